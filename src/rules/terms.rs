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
        .filter(|t| t.entry.category == category && keep(t))
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
