//! The language rules as a writer sees them.

mod common;
use common::check;
use plainplan::{Config, Format};

fn findings(text: &str, format: Format) -> Vec<(String, String, Option<String>)> {
    check(text, format, &Config::default())
        .unwrap()
        .findings
        .into_iter()
        .map(|f| (f.rule.to_string(), f.text, f.suggestion))
        .collect()
}

fn has(found: &[(String, String, Option<String>)], rule: &str, text: &str) -> bool {
    found.iter().any(|(r, t, _)| r == rule && t == text)
}

#[test]
fn jargon_care_and_blaming_words_come_with_a_plain_alternative() {
    let f = findings("The core group agreed that Mum was non-compliant. Contact with Dad is at the contact centre.", Format::Text);
    assert!(has(&f, "jargon", "core group"));
    assert!(has(&f, "blaming-language", "non-compliant"));
    assert!(has(&f, "care-language", "Contact"));
    assert!(has(&f, "care-language", "contact centre"));
    let (_, _, suggestion) = f.iter().find(|(r, _, _)| r == "care-language").unwrap();
    assert!(suggestion.as_deref().unwrap().contains("family time"));
}

#[test]
fn contact_meaning_get_in_touch_is_not_care_language() {
    let f = findings("Sam will contact the school on Monday.", Format::Text);
    assert!(!f.iter().any(|(r, _, _)| r == "care-language"), "{f:?}");
}

#[test]
fn an_acronym_spelled_out_once_is_not_flagged_again() {
    let f = findings(
        "We will follow the Public Law Outline (PLO). The PLO meeting is on Friday.",
        Format::Text,
    );
    assert!(
        !f.iter().any(|(r, t, _)| r == "acronym" && t == "PLO"),
        "{f:?}"
    );
    let f = findings("We talked about the PLO on Friday.", Format::Text);
    assert!(has(&f, "acronym", "PLO"));
    let f = findings(
        "PLO (Public Law Outline) starts. Then the PLO meeting.",
        Format::Text,
    );
    assert!(!f.iter().any(|(r, _, _)| r == "acronym"), "{f:?}");
}

#[test]
fn unknown_acronyms_are_flagged_but_familiar_ones_and_capital_words_are_not() {
    let f = findings(
        "Ava sees the XQZ team and her NHS dentist. WHO\tWHEN\n",
        Format::Text,
    );
    assert!(has(&f, "acronym", "XQZ"));
    assert!(!f.iter().any(|(_, t, _)| t == "NHS" || t == "WHO"), "{f:?}");
}

#[test]
fn a_parents_own_words_in_quotes_are_not_blamed_on_the_writer() {
    let f = findings(
        "Mum said “I was hostile because I was scared”. The CAMHS worker said “it is chaotic”.",
        Format::Text,
    );
    assert!(!f.iter().any(|(r, _, _)| r == "blaming-language"), "{f:?}");
    let f = findings("Dad said “the ICPC was hard”.", Format::Text);
    assert!(
        has(&f, "acronym", "ICPC"),
        "jargon in quotes is still jargon"
    );
}

#[test]
fn passive_voice_but_not_feelings() {
    let f = findings(
        "A referral will be made to housing. Mum was worried and tired.",
        Format::Text,
    );
    assert!(has(&f, "passive-voice", "be made"));
    assert!(
        !f.iter()
            .any(|(r, t, _)| r == "passive-voice" && t.contains("worried")),
        "{f:?}"
    );
}

#[test]
fn hedges_and_formal_words() {
    let f = findings(
        "It is hoped that Mum will commence the course.",
        Format::Text,
    );
    assert!(has(&f, "hedging", "It is hoped that"));
    assert!(f
        .iter()
        .any(|(r, t, s)| r == "plain-words" && t == "commence" && s.as_deref() == Some("start")));
}

#[test]
fn inline_comments_switch_rules_off() {
    let md = "<!-- plainplan-disable jargon -->\nThe core group met.\n<!-- plainplan-enable jargon -->\n\nThe core group met again.\n\n<!-- plainplan-ignore-next-line -->\nThe strategy discussion was held.\n";
    let f = findings(md, Format::Markdown);
    let jargon: Vec<_> = f.iter().filter(|(r, _, _)| r == "jargon").collect();
    assert_eq!(jargon.len(), 1, "{f:?}");
    let err = check(
        "<!-- plainplan-disable jargn -->\nText\n",
        Format::Markdown,
        &Config::default(),
    )
    .unwrap_err();
    // The comment is the plan's text: the error names its line, never its words.
    assert!(
        err.contains("names a rule plainplan does not have")
            && err.contains("line 1")
            && !err.contains("jargn"),
        "{err}"
    );
}

#[test]
fn local_terms_and_accepted_words_come_from_the_config() {
    let config = Config::from_toml(
        "accept = [\"core group\"]\n[[terms]]\nterm = \"Healthy Minds\"\nplain = \"the children's mental health team\"\n",
    )
    .unwrap();
    let report = check(
        "The core group asked Healthy Minds to help.",
        Format::Text,
        &config,
    )
    .unwrap();
    let rules: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.rule, f.text.as_str()))
        .collect();
    assert!(
        rules.contains(&(plainplan::RuleId::Jargon, "Healthy Minds")),
        "{rules:?}"
    );
    assert!(!rules.iter().any(|(_, t)| *t == "core group"), "{rules:?}");
}

#[test]
fn word_list_findings_say_what_a_family_hears() {
    let report = check(
        "Mum was non-compliant. We will follow the PLO.",
        Format::Text,
        &Config::default(),
    )
    .unwrap();
    let heard = |rule: &str| {
        report
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .and_then(|f| f.heard.clone())
            .unwrap_or_default()
    };
    // The entry's own line for "non-compliant", the list's usual line for "PLO".
    assert!(heard("blaming-language").contains("what they asked me to do"));
    assert!(heard("acronym").contains("letters stand for"));
}
