use std::collections::HashSet;
use std::sync::OnceLock;

use super::{Kind, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: "passive-voice",
    kind: Kind::Language,
    severity: Severity::Info,
    summary: "A passive sentence that hides who does the action (a referral will be \
              made, Mum was asked).",
    why: "'A referral will be made' does not tell the family who will make it, so \
          nobody can be asked about it later. Naming the person makes the plan \
          something people can act on.",
    before: "A referral will be made to the housing team and a visit will be arranged.",
    after: "Sam, your social worker, will ask the housing team for help by Friday and \
            arrange to visit you.",
};

const PARTICIPLES: &str = include_str!("../../dictionaries/participles.txt");
const STATIVE: &str = include_str!("../../dictionaries/stative-adjectives.txt");
const BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't",
];
/// Words that may stand between "be" and the participle: "was not seen", "is always told".
const BETWEEN: &[&str] = &[
    "not", "also", "then", "already", "always", "never", "often", "still", "now", "just", "being",
    "been", "be",
];

fn list(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    static WORDS: OnceLock<(HashSet<&str>, HashSet<&str>)> = OnceLock::new();
    let (participles, stative) = WORDS.get_or_init(|| (list(PARTICIPLES), list(STATIVE)));
    for s in &a.sentences {
        let words = a.sentence_words(s);
        let lower: Vec<String> = words
            .iter()
            .map(|w| a.text(w.range.clone()).to_lowercase().replace('’', "'"))
            .collect();
        let mut i = 0;
        while i < lower.len() {
            if !BE.contains(&lower[i].as_str()) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < lower.len()
                && j - i <= 3
                && (BETWEEN.contains(&lower[j].as_str())
                    || lower[j].ends_with("ly") && !participles.contains(lower[j].as_str()))
            {
                j += 1;
            }
            let Some(word) = lower.get(j) else { break };
            if participles.contains(word.as_str()) && !stative.contains(word.as_str()) {
                let range = words[i].range.start..words[j].range.end;
                out.push(
                    range,
                    format!("“{}” does not say who does it. Name the person: “Sam will …”, not “… will be {word}”.", a.text(words[i].range.start..words[j].range.end)),
                    None,
                );
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }
}
