//! The passive: a form of "be" and a past participle ("was made", "will be arranged").
//! One detector for the `passive-voice` rule and for the plan's owner judgement.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

const PARTICIPLES: &str = include_str!("../../dictionaries/participles.txt");
const STATIVE: &str = include_str!("../../dictionaries/stative-adjectives.txt");

/// Forms of "be" that start a passive.
pub const BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't",
];

/// Words that may stand between "be" and the participle: "was not seen", "is always told".
pub const BETWEEN: &[&str] = &[
    "not", "also", "then", "already", "always", "never", "often", "still", "now", "just", "being",
    "been", "be",
];

fn list(text: &'static str) -> FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn lists() -> &'static (FxHashSet<&'static str>, FxHashSet<&'static str>) {
    static LISTS: OnceLock<(FxHashSet<&str>, FxHashSet<&str>)> = OnceLock::new();
    LISTS.get_or_init(|| (list(PARTICIPLES), list(STATIVE)))
}

/// A listed participle, lower case: "made", "arranged"; not "worried" or "tired",
/// which say how someone is.
pub fn participle(lower: &str) -> bool {
    let (participles, stative) = lists();
    participles.contains(lower) && !stative.contains(lower)
}

/// Whether a lower-case word is listed as a participle, stative or not.
pub fn listed(lower: &str) -> bool {
    lists().0.contains(lower)
}

/// A listed participle, or a regular one ("sourced", "undertaken") that is not stative:
/// after "to be" in a plan item almost any -ed or -en word is a passive.
pub fn participle_like(lower: &str) -> bool {
    let regular = lower.ends_with("ed") || lower.ends_with("en");
    participle(lower) || regular && !lists().1.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participles_not_states() {
        assert!(participle("arranged") && participle("made"));
        assert!(!participle("worried") && !participle("needed"));
        assert!(participle_like("sourced") && !participle_like("tired"));
        assert!(!participle_like("safe"));
    }
}
