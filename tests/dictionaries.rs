//! Every dictionary entry fires on its own term, and its plain alternative does not.

use plainplan::lexicon::{parse_entries, Category, DICTIONARIES};
use plainplan::{Checker, Config, Format, RuleId, Source};

fn rule_for(category: Category, term: &str) -> RuleId {
    let capitals = term
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    match category {
        Category::Jargon if capitals => RuleId::Acronym,
        other => other.rule(),
    }
}

fn flagged(text: &str, rule: RuleId) -> Vec<String> {
    let mut checker = Checker::new(Config::default());
    let report = checker.check(&Source::new(text, Format::Text)).unwrap();
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
            let rule = rule_for(e.category, &e.term);
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
fn a_term_is_found_whatever_words_come_before_it() {
    // Phrases no rule reports must not hide the terms inside them.
    for text in ["The agencies will meet.", "All agencies will meet."] {
        assert!(
            flagged(text, RuleId::Jargon)
                .iter()
                .chain(&flagged(text, RuleId::PlainWords))
                .any(|t| t == "agencies"),
            "{text}"
        );
    }
}
