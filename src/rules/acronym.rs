use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::document::BlockKind;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::Acronym,
    kind: Kind::Language,
    severity: Severity::Warning,
    needs: Needs::TERMS,
    summary: "An abbreviation that is not spelled out where it is first used.",
    why: "Social care runs on abbreviations (ICPC, PLO, CAMHS) that families have never \
          seen. Written out once, 'Public Law Outline (PLO)', the rest of the plan can \
          be followed.",
    before: "The RCPC agreed that the LA will progress to PLO.",
    after: "At the review meeting we agreed that the council's lawyers will write to \
            you about the Public Law Outline (PLO), a formal warning before court.",
};

/// Abbreviations families know, and titles: not flagged when found in no list.
const FAMILIAR: &str = include_str!("../../dictionaries/familiar-acronyms.txt");
/// Common words, which in capitals (WHO, NEXT) are words, not abbreviations.
const COMMON_WORDS: &str = include_str!("../../dictionaries/common-words.txt");

fn word_list(text: &'static str) -> FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    // Whether each spelling could be an acronym at all, judged once per spelling.
    let (could_define, could_flag): (Vec<bool>, Vec<bool>) = a
        .vocabulary
        .iter()
        .map(|(_, l)| {
            (
                could_be_acronym(l.written),
                unknown_acronym(l.written).is_some(),
            )
        })
        .unzip();
    let defined = definitions(a, &could_define);
    let is_defined = |key: &str, at: usize| defined.get(key).is_some_and(|&d| d <= at);
    let mut reported: FxHashSet<String> = FxHashSet::default();
    for t in &a.terms {
        if !t.entry.is_acronym() || t.entry.category == Category::CareLanguage {
            continue;
        }
        let written = a.text(t.range.clone());
        let key = written.trim_end_matches('s').to_uppercase();
        if is_defined(&key, t.range.start) || !reported.insert(key) {
            continue;
        }
        let message = match t.entry.expansion() {
            Some(x) => format!("“{written}” is short for {x}. Write it in full the first time, or use plain words."),
            None => format!("“{written}” is an abbreviation a family may not know. Write it in full the first time, or use plain words."),
        };
        let finding = out.push(t.range.clone(), message, terms::suggestion(t.entry));
        terms::describe(finding, t.entry);
    }
    static LISTS: OnceLock<(FxHashSet<&str>, FxHashSet<&str>)> = OnceLock::new();
    let (familiar, common) = LISTS.get_or_init(|| (word_list(FAMILIAR), word_list(COMMON_WORDS)));
    // Terms are in text order, so the one that could hold a word is found by bisection.
    let in_term = |r: &std::ops::Range<usize>| {
        let i = a.terms.partition_point(|t| t.range.start <= r.start);
        i > 0 && a.terms[i - 1].range.end >= r.end
    };
    // A surname in capitals ("Worker: Jo BENN") is written "Benn" elsewhere in the same
    // document; an abbreviation never is.
    let written_as_a_name = |key: &str| {
        let mut name = key[..1].to_string();
        name.push_str(&key[1..].to_lowercase());
        a.vocabulary.find(&name).is_some()
    };
    let mut current: Option<(usize, bool)> = None;
    for s in &a.sentences {
        for w in a.sentence_words(s) {
            if !could_flag[w.lexeme as usize] {
                continue;
            }
            // Words in a capitalised heading or label line are not abbreviations.
            let capitals = match current {
                Some((b, c)) if b == s.block => c,
                _ => {
                    let block = &a.doc.blocks[s.block];
                    let c = matches!(block.kind, BlockKind::Heading { .. })
                        || mostly_capitals(a.doc.block_text(block));
                    current = Some((s.block, c));
                    c
                }
            };
            if capitals {
                continue;
            }
            let written = a.text(w.range());
            let Some(key) = unknown_acronym(written) else {
                continue;
            };
            if familiar.contains(key.as_str())
                || common.contains(key.to_lowercase().as_str())
                || written_as_a_name(&key)
                || in_term(&w.range())
                || is_defined(&key, w.range().start)
                || !reported.insert(key.clone())
            {
                continue;
            }
            out.push(
                w.range(),
                format!("“{written}” looks like an abbreviation that is not spelled out. Write it in full the first time, e.g. “Public Law Outline (PLO)”."),
                None,
            );
        }
    }
}

/// An upper-case token of 2–6 letters (a plural s allowed), as its upper-case key.
fn unknown_acronym(word: &str) -> Option<String> {
    let core = word.strip_suffix('s').unwrap_or(word);
    let n = core.chars().count();
    ((2..=6).contains(&n) && core.chars().all(|c| c.is_ascii_uppercase())).then(|| core.to_string())
}

fn mostly_capitals(text: &str) -> bool {
    let (letters, upper) = if text.is_ascii() {
        let b = text.as_bytes();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        (letters, b.iter().filter(|c| c.is_ascii_uppercase()).count())
    } else {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        (letters, text.chars().filter(|c| c.is_uppercase()).count())
    };
    letters >= 4 && upper * 2 >= letters
}

/// Acronyms spelled out in the text, "Public Law Outline (PLO)" or "PLO (Public Law
/// Outline)", with where the definition starts.
fn definitions(a: &Analysis, could_define: &[bool]) -> FxHashMap<String, usize> {
    let text = &a.doc.text;
    let mut out = FxHashMap::default();
    for w in a.words.iter().filter(|w| could_define[w.lexeme as usize]) {
        let written = &text[w.range()];
        let Some(key) = acronym_key(written) else {
            continue;
        };
        let before = text[..w.range().start].trim_end();
        let after = text[w.range().end..].trim_start();
        // "Public Law Outline (PLO)"
        if before.ends_with('(') && after.starts_with(')') {
            // Only the few words before the bracket can spell it out.
            let mut from = before.len().saturating_sub(200);
            while !before.is_char_boundary(from) {
                from += 1;
            }
            let words: Vec<&str> = lexicon_words(&before[from..before.len() - 1])
                .into_iter()
                .rev()
                .take(key.len() + 4)
                .collect();
            let words: Vec<&str> = words.into_iter().rev().collect();
            if spells(&words, &key) {
                out.entry(key).or_insert(w.range().start);
                continue;
            }
        }
        // "PLO (Public Law Outline)"
        if let Some(inside) = after.strip_prefix('(').and_then(|r| r.split(')').next()) {
            if spells(&lexicon_words(inside), &key) {
                out.entry(key).or_insert(w.range().start);
            }
        }
    }
    out
}

/// Two capitals or more in at most 8 letters: PLO, DoLS, CiN.
fn could_be_acronym(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    upper >= 2 && word.chars().count() <= 8
}

fn acronym_key(word: &str) -> Option<String> {
    could_be_acronym(word).then(|| word.trim_end_matches('s').to_uppercase())
}

fn lexicon_words(s: &str) -> Vec<&str> {
    use unicode_segmentation::UnicodeSegmentation;
    s.unicode_words().collect()
}

/// Whether some run of words ending at the last one has initials that spell the
/// acronym; small joining words may be skipped or used.
fn spells(words: &[&str], key: &str) -> bool {
    let letters: Vec<char> = key.chars().filter(|c| c.is_alphabetic()).collect();
    (0..words.len()).any(|start| spells_from(&words[start..], &letters))
}

fn spells_from(words: &[&str], letters: &[char]) -> bool {
    const SMALL: &[&str] = &["of", "and", "the", "for", "in", "on", "to", "with", "&"];
    let Some((w, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    let first = w.chars().next().map(|c| c.to_ascii_uppercase());
    let uses =
        letters.first().is_some_and(|&l| first == Some(l)) && spells_from(rest, &letters[1..]);
    uses || SMALL.contains(&w.to_lowercase().as_str()) && spells_from(rest, letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_spell_acronyms() {
        assert!(spells(&["Public", "Law", "Outline"], "PLO"));
        assert!(spells(
            &["the", "Harnley", "Drug", "and", "Alcohol", "Service"],
            "HDAS"
        ));
        assert!(!spells(&["Public", "Outline"], "PLO"));
        assert!(spells(
            &["Harnley", "Drug", "and", "Alcohol", "Service"],
            "HDAS"
        ));
    }

    #[test]
    fn a_surname_in_capitals_is_not_an_abbreviation() {
        use crate::rules::testing::flagged;
        let text = "Social worker: Jo OKAFOR. Jo Okafor will visit on Monday with the FSW.";
        assert_eq!(flagged(RuleId::Acronym, text), ["FSW"]);
        assert_eq!(
            flagged(RuleId::Acronym, "Jo OKAFOR will visit."),
            ["OKAFOR"]
        );
    }
}
