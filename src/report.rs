//! The JSON report, schema `plainplan.report.v1` (docs/report-schema.md): names here are a contract.

use std::ops::Range;

use serde::Serialize;

use crate::checker::Checked;
use crate::config::Config;
use crate::document::DocumentKind;
use crate::plan::ItemKind;
use crate::position::LineIndex;
use crate::readability::{self, Scores};
use crate::registry::{Kind, RuleId, Severity};
use crate::rules;

pub const SCHEMA: &str = "plainplan.report.v1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub file: String,
    pub format: &'static str,
    /// What kind of document this is and why plainplan thinks so.
    pub document: DocumentInfo,
    pub stats: Stats,
    pub readability: Readability,
    /// What the reader could not be sure of ("read from a PDF, best effort").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub items: Vec<Item>,
    pub findings: Vec<Finding>,
    /// Scores of each sentence that counts towards the document's scores.
    pub sentences: Vec<SentenceScore>,
    /// The most severe of all findings, also those `max-findings` leaves out.
    #[serde(skip)]
    pub worst: Option<Severity>,
}

impl Report {
    /// The most severe finding, if any, counting those the report leaves out: a cap on
    /// what is shown never lets a plan pass `--fail-on`.
    pub fn worst(&self) -> Option<Severity> {
        self.worst
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    pub kind: DocumentKind,
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Words and sentences the scores were computed on (headings and labels left out).
    pub scored_words: usize,
    pub scored_sentences: usize,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Readability {
    #[serde(flatten)]
    pub scores: Scores,
    pub target_reading_age: f64,
}

/// An outcome, action or contingency found in the plan.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    pub text: String,
    pub vague: bool,
    pub has_owner: bool,
    pub has_timescale: bool,
    pub has_measure: bool,
    pub has_next_step: bool,
    /// Where a Word user finds it: "table 2, row 3, column 'By when'".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub kind: Kind,
    pub severity: Severity,
    pub message: String,
    pub text: String,
    pub suggestion: Option<String>,
    /// What a parent or child hears in the flagged words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heard: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hard_words: Vec<String>,
    /// Where a Word user finds it: "paragraph 12", "table 2, row 3, column 'By when'".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    pub span: Span,
}

/// Where a finding is. `start`/`end` are bytes and `utf16_*` UTF-16 code units, both into
/// the source text; `line` and `column` (characters) are 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub utf16_start: usize,
    pub utf16_end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SentenceScore {
    pub span: Span,
    pub words: usize,
    pub flesch_reading_ease: f64,
    pub reading_age: f64,
}

/// The report of a checked plan. A pathological file can have a finding on every
/// word: past `max-findings` the rest are counted in a note.
pub fn build(checked: &Checked, config: &Config) -> Report {
    let a = &checked.analysis;
    let source = checked.source;
    let own;
    let lines = match &checked.lines {
        Some(lines) => lines,
        None => {
            own = LineIndex::new(&source.text);
            &own
        }
    };
    let span = |range: Range<usize>| -> Span {
        let src = a.doc.source_map().range_to_source(range);
        let start = lines.point(src.start);
        let end = lines.point(src.end);
        Span {
            start: start.byte,
            end: end.byte,
            utf16_start: start.utf16,
            utf16_end: end.utf16,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    };
    let worst = checked.findings.iter().map(|f| f.severity).max();
    let shown = checked.findings.len().min(config.max_findings);
    let findings = checked.findings[..shown]
        .iter()
        .map(|f| Finding {
            rule: f.rule,
            kind: rules::info(f.rule).kind,
            severity: f.severity,
            message: f.message.to_string(),
            text: a.text(f.range.clone()).to_string(),
            suggestion: f.suggestion.clone(),
            heard: f.heard.clone(),
            hard_words: f.hard_words.clone(),
            location: a.doc.place_of(f.range.start).map(str::to_string),
            span: span(f.range.clone()),
        })
        .collect();
    let mut notes = source.notes.clone();
    if shown < checked.findings.len() {
        notes.push(format!(
            "Only the first {shown} findings are shown; {} more were left out (max-findings in plainplan.toml).",
            checked.findings.len() - shown
        ));
    }
    let sentences = a
        .sentences
        .iter()
        .filter(|s| s.is_scored(a.doc))
        .filter_map(|s| {
            let scores = readability::Scores::from_counts(&s.counts)?.rounded();
            Some(SentenceScore {
                span: span(s.range.clone()),
                words: s.word_count(),
                flesch_reading_ease: scores.flesch_reading_ease,
                reading_age: scores.reading_age,
            })
        })
        .collect();
    Report {
        schema: SCHEMA,
        file: String::new(),
        format: source.format.name(),
        document: DocumentInfo {
            kind: a.kind.kind,
            evidence: a.kind.evidence.clone(),
        },
        stats: Stats {
            words: a.totals.words,
            sentences: a.totals.sentences,
            syllables: a.totals.syllables,
            scored_words: a.scored.words,
            scored_sentences: a.scored.sentences,
        },
        readability: Readability {
            scores: a.scores.unwrap_or_default().rounded(),
            target_reading_age: config.reading_age_target,
        },
        notes,
        items: a
            .plan
            .items
            .iter()
            .map(|i| Item {
                kind: i.kind,
                text: a.text(i.range.clone()).to_string(),
                vague: i.vague,
                has_owner: i.has_owner,
                has_timescale: i.has_timescale,
                has_measure: i.has_measure,
                has_next_step: i.has_next_step,
                location: a.doc.place_of(i.range.start).map(str::to_string),
                span: span(i.range.clone()),
            })
            .collect(),
        findings,
        sentences,
        worst,
    }
}
