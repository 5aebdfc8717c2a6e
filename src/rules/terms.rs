//! The shared part of the word-list rules: report each use of a term from one list.

use super::{Finding, Severity, Sink};
use crate::analysis::{Analysis, TermUse};
use crate::lexicon::{Category, Entry};

/// Reports every use of a term from `category` that `keep` accepts.
pub fn report(
    a: &Analysis,
    out: &mut Sink,
    category: Category,
    keep: impl Fn(&TermUse) -> bool,
    message: impl Fn(&str, &Entry) -> String,
) {
    for t in a
        .terms
        .iter()
        .filter(|t| t.entry.category == category && keep(t) && !in_a_name(a, t))
    {
        let written = a.text(t.range.clone());
        let finding = out.push(
            t.range.clone(),
            message(written, t.entry),
            suggestion(t.entry),
        );
        describe(finding, t.entry);
    }
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
    let first = words.partition_point(|w| w.range.start < t.range.start);
    let last = words.partition_point(|w| w.range.end <= t.range.end);
    if first >= last {
        return false;
    }
    let lexeme = |i: usize| a.vocabulary.get(words[i].lexeme);
    if !(first..last).all(|i| lexeme(i).proper) {
        return false;
    }
    // Nothing but spaces between two words of one sentence.
    let joined = |i: usize, j: usize| {
        a.text(words[i].range.end..words[j].range.start)
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
    };
    let before = first > 0 && joined(first - 1, first) && lexeme(first - 1).proper && {
        // The capital of a sentence's first word says nothing.
        let start = first == 1 || !joined(first - 2, first - 1) || {
            let gap = a.text(words[first - 2].range.end..words[first - 1].range.start);
            gap.contains(['.', '!', '?', ':'])
        };
        !start
    };
    let after = last < words.len() && joined(last - 1, last) && lexeme(last).proper;
    before || after
}

/// What every word-list finding carries: the family's view, and a softer severity
/// for terms that are only sometimes a problem.
pub fn describe(finding: &mut Finding, e: &Entry) {
    finding.heard = Some(e.heard().to_string());
    if e.context_dependent {
        finding.severity = finding.severity.min(Severity::Info);
    }
}

/// The plain alternative, if the list gives one.
pub fn suggestion(e: &Entry) -> Option<String> {
    (!e.plain.is_empty()).then(|| e.plain.clone())
}

/// The note, as a sentence to follow the message.
pub fn note(e: &Entry) -> String {
    let n = e.note.trim();
    if n.is_empty() || n.starts_with("Expansion:") || n.starts_with("General plain-English") {
        String::new()
    } else {
        format!(" {}", n.trim_start_matches("Context-dependent:").trim())
    }
}
