//! Every dictionary entry fires on its own term, and its plain alternative does not.

use plainplan::lexicon::{parse_entries, Category, DICTIONARIES};
use plainplan::{check, Config, Format};

fn rule_for(category: Category, term: &str) -> Option<&'static str> {
    let capitals = term
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    Some(match category {
        Category::Acronym => "acronym",
        Category::Jargon if capitals => "acronym",
        Category::Jargon => "jargon",
        Category::CareLanguage => "care-language",
        Category::Blaming => "blaming-language",
        Category::PlainWords => "plain-words",
        Category::Hedge => "hedging",
        Category::Vague => return None,
    })
}

fn flagged(text: &str, rule: &str) -> Vec<String> {
    let report = check(text, Format::Text, &Config::default()).unwrap();
    report
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.text)
        .collect()
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn each_entry_fires_on_its_term_and_not_on_its_plain_alternative() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (category, name, text) in DICTIONARIES {
        for e in parse_entries(*category, text).unwrap() {
            let Some(rule) = rule_for(e.category, &e.term) else {
                continue;
            };
            checked += 1;
            let sentence = format!("We talked about {} today.", e.term);
            let hits = flagged(&sentence, rule);
            if !hits.iter().any(|h| squash(h) == squash(&e.term)) {
                failures.push(format!(
                    "{name}: '{}' not flagged by {rule} (got {hits:?})",
                    e.term
                ));
            }
            if !e.plain.is_empty() && !e.plain.contains('[') {
                let plain = format!("We talked about {} today.", e.plain);
                let hits = flagged(&plain, rule);
                if !hits.is_empty() {
                    failures.push(format!(
                        "{name}: plain alternative '{}' of '{}' is flagged by {rule}: {hits:?}",
                        e.plain, e.term
                    ));
                }
            }
        }
    }
    assert!(checked > 900, "only {checked} entries");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn vague_phrases_are_in_the_lexicon_for_the_plan_checks() {
    let lex = plainplan::lexicon::builtin();
    let mut found = Vec::new();
    lex.find("Mum to engage with services.", 0, &mut found);
    assert!(found
        .iter()
        .any(|m| lex.entries[m.entry].category == Category::Vague));
}
