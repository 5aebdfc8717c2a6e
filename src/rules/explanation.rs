//! Whether a term is explained where it is used: in a bracket or a clause after it,
//! named before it ("this is called ..."), in the next sentence ("This is a meeting
//! where ..."), or as a leaflet's question heading ("What is a core group?").

use std::ops::Range;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::analysis::Analysis;
use crate::document::BlockKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cues {
    after: Vec<String>,
    before: Vec<String>,
    next: Vec<String>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        toml::from_str(include_str!("../../dictionaries/explanations.toml"))
            .unwrap_or_else(|e| panic!("dictionaries/explanations.toml: {e}"))
    })
}

/// Whether the term at `range` is explained where it stands.
pub fn explained(a: &Analysis, range: Range<usize>) -> bool {
    let doc = a.doc;
    let b = doc.blocks.partition_point(|x| x.range.end < range.start);
    let Some(block) = doc.blocks.get(b) else {
        return false;
    };
    let c = cues();
    if matches!(block.kind, BlockKind::Heading { .. })
        && doc.block_text(block).trim_end().ends_with('?')
    {
        return true;
    }
    let after = head(&doc.text[range.end..block.range.end], 80).to_lowercase();
    let bracket = after.strip_prefix(" (").or_else(|| after.strip_prefix('('));
    let plain_bracket = bracket.is_some_and(|inner| {
        let inner = inner.split(')').next().unwrap_or("");
        // "(a meeting of the police and us)"; not "(former relevant child)" or a list
        // of who came "(Police, Health, school)".
        inner.split_whitespace().count() >= 4
            && inner.chars().any(char::is_lowercase)
            && !inner.contains(',')
    });
    if plain_bracket || c.after.iter().any(|p| after.starts_with(p.as_str())) {
        return true;
    }
    let before = tail(&doc.text[block.range.start..range.start], 24)
        .trim_end()
        .to_lowercase();
    if c.before.iter().any(|p| before.ends_with(p.as_str())) {
        return true;
    }
    // Plain words first, the term after them in brackets: "a record of his health
    // (health passport)".
    let lead = doc.text[block.range.start..range.start].trim_end();
    let lead = ["(a", "(an", "(the"]
        .iter()
        .find_map(|a| lead.strip_suffix(&a[1..]).filter(|l| l.ends_with('(')))
        .unwrap_or(lead);
    if let Some(plain) = lead.strip_suffix('(') {
        let plain = tail(plain, 60).trim_end();
        let lower_words = plain
            .split_whitespace()
            .rev()
            .take(3)
            .filter(|w| w.chars().all(|ch| ch.is_lowercase() || !ch.is_alphabetic()))
            .count();
        if lower_words == 3 && after.starts_with(')') {
            return true;
        }
    }
    // The sentence after the one the term is in.
    let i = a.sentences.partition_point(|s| s.range.end <= range.start);
    a.sentences
        .get(i + 1)
        .filter(|s| s.block == b)
        .is_some_and(|s| {
            let start = head(&doc.text[s.range.clone()], 20).to_lowercase();
            c.next.iter().any(|p| {
                start.starts_with(p.as_str())
                    && start[p.len()..].starts_with(|ch: char| !ch.is_alphanumeric())
            })
        })
}

/// At most `n` bytes from the start of `s`, cut at a character boundary.
fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// At most `n` bytes from the end of `s`, cut at a character boundary.
fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn a_term_explained_where_it_is_first_used_is_not_reported() {
        for text in [
            "Ola will call a strategy discussion, which means a meeting of the police and us.",
            "Ola will call a strategy discussion (a meeting of the police and us) this week.",
            "This is called a strategy discussion. Ola will call one this week.",
            "Ola will call a strategy discussion. This is a meeting of the police and us.",
            "Ola will call a meeting of the police and us (a strategy discussion) soon.",
        ] {
            assert!(flagged(RuleId::Jargon, text).is_empty(), "{text}");
        }
        assert!(!flagged(
            RuleId::Jargon,
            "Ola will call a strategy discussion this week."
        )
        .is_empty());
    }

    #[test]
    fn a_term_is_reported_once_with_how_often_it_is_used() {
        let got = flagged(
            RuleId::Jargon,
            "Ola will call a strategy discussion. The strategy discussion will be on Monday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
