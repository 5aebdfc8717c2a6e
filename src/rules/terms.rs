//! The shared part of the word-list rules: report each use of a term from one list.

use std::collections::HashMap;

use super::{explanation, Finding, Severity, Sink};
use crate::analysis::{Analysis, TermUse};
use crate::lexicon::{self, Category};

/// Reports each use of a term from `category` that `keep` accepts, keyed so that the
/// report keeps the first use and counts the rest ([`super::merge_repeats`]); a term
/// explained where it is first used is not reported.
pub fn report(
    a: &Analysis,
    out: &mut Sink,
    category: Category,
    keep: impl Fn(&TermUse) -> bool,
    message: impl Fn(&str, &lexicon::Entry) -> String,
) {
    // "minimise" and "minimised" are one term, "LAC" and "looked after" (one entry)
    // two; a term explained at its first use is explained for every use.
    let mut explained: HashMap<(*const lexicon::Entry, String), bool> = HashMap::new();
    let title = Title::of(a);
    for t in a
        .terms
        .iter()
        .filter(|t| t.entry.category == category && keep(t) && !in_a_name(a, t))
    {
        let written = a.text(t.range.clone());
        if category == Category::Jargon && title.names(written)
            || t.entry.scheme && capitalised(written)
        {
            continue;
        }
        let key = stem(written);
        let known = *explained
            .entry((t.entry as *const lexicon::Entry, key.clone()))
            .or_insert_with(|| explanation::explained(a, t.range.clone()));
        if known {
            continue;
        }
        let finding = out.push(
            t.range.clone(),
            message(written, t.entry),
            suggestion(t.entry),
        );
        finding.repeat = Some(format!("{:p} {key}", t.entry));
        describe(finding, t.entry);
    }
}

/// The words a document names itself with ("Child in Need Plan", "Core group meeting
/// – notes"): the family was given a document called that, so its own name is not
/// jargon inside it.
struct Title(Vec<String>);

impl Title {
    fn of(a: &Analysis) -> Title {
        Title(a.kind.title.iter().map(|l| words(l).join(" ")).collect())
    }

    /// Whether `term` is the name of the document itself: in its title, and a kind of
    /// document ("child in need plan", "letter before proceedings"); a meeting or a
    /// process the title names ("core group meeting – notes") is still jargon.
    fn names(&self, term: &str) -> bool {
        let words = words(term);
        if !DOCUMENTS.iter().any(|d| words.iter().any(|w| w == d)) {
            return false;
        }
        let term = words.join(" ");
        self.0.iter().any(|line| {
            line.match_indices(&term).any(|(at, _)| {
                let end = at + term.len();
                (at == 0 || line.as_bytes()[at - 1] == b' ')
                    && (end == line.len() || line.as_bytes()[end] == b' ')
            })
        })
    }
}

/// Every word starts with a capital: "Staying Put", "Early Help".
fn capitalised(written: &str) -> bool {
    written
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
}

/// Words that name a kind of document.
const DOCUMENTS: &[&str] = &[
    "plan",
    "letter",
    "agreement",
    "assessment",
    "chronology",
    "minutes",
    "notes",
    "record",
    "report",
    "summary",
    "referral",
];

fn words(text: &str) -> Vec<String> {
    crate::plan::lower_words(text).collect()
}

/// A term as written, lower case, its last word without an inflection: "minimised" and
/// "minimising" are "minimis".
fn stem(written: &str) -> String {
    let lower = written.to_lowercase().replace('’', "'");
    let word = lower.trim_end_matches("'s");
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

/// Whether the term is part of a name, as team, service and programme names are
/// written: in Title Case with a capitalised word beside it in the same sentence
/// ("Family Safeguarding Team 3", "the Kingsmoor Early Help Hub"). A council's own
/// terms from `plainplan.toml` are always reported.
fn in_a_name(a: &Analysis, t: &TermUse) -> bool {
    let builtin = crate::lexicon::builtin().entries.as_ptr_range();
    if !builtin.contains(&(t.entry as *const _)) {
        return false;
    }
    let words = &a.words;
    let first = words.partition_point(|w| w.range().start < t.range.start);
    let last = words.partition_point(|w| w.range().end <= t.range.end);
    if first >= last {
        return false;
    }
    let lexeme = |i: usize| a.vocabulary.get(words[i].lexeme);
    if !(first..last).all(|i| lexeme(i).proper) {
        return false;
    }
    // Nothing but spaces between two words of one sentence.
    let joined = |i: usize, j: usize| {
        a.text(words[i].range().end..words[j].range().start)
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
    };
    let before = first > 0 && joined(first - 1, first) && lexeme(first - 1).proper && {
        // The capital of a sentence's first word says nothing.
        let start = first == 1 || !joined(first - 2, first - 1) || {
            let gap = a.text(words[first - 2].range().end..words[first - 1].range().start);
            gap.contains(['.', '!', '?', ':'])
        };
        !start
    };
    let after = last < words.len() && joined(last - 1, last) && lexeme(last).proper;
    // "Safeguarding and Quality Assurance Unit": a name goes on over "and", "of", "for".
    let connector = |i: usize| {
        ["and", "&", "of", "for"]
            .iter()
            .any(|c| a.text(words[i].range()) == *c)
    };
    let after_connector = last + 1 < words.len()
        && connector(last)
        && joined(last - 1, last)
        && joined(last, last + 1)
        && lexeme(last + 1).proper;
    before || after || after_connector
}

/// What every word-list finding carries: the family's view, and a softer severity
/// for terms that are only sometimes a problem.
pub fn describe(finding: &mut Finding, e: &lexicon::Entry) {
    finding.heard = Some(e.heard().to_string());
    if e.context_dependent {
        finding.severity = finding.severity.min(Severity::Note);
    }
}

/// The plain alternative, if the list gives one.
pub fn suggestion(e: &lexicon::Entry) -> Option<String> {
    (!e.plain.is_empty()).then(|| e.plain.clone())
}

/// The note, as a sentence to follow the message.
pub fn note(e: &lexicon::Entry) -> String {
    let n = e
        .note
        .trim()
        .trim_start_matches("Scheme name.")
        .trim_start();
    if n.is_empty() || n.starts_with("Expansion:") || n.starts_with("General plain-English") {
        String::new()
    } else {
        format!(" {}", n.trim_start_matches("Context-dependent:").trim())
    }
}
