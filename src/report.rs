//! The JSON report, schema `plainplan.report.v1` (DESIGN.md): names here are a contract.

use serde::Serialize;

use crate::readability::Scores;
use crate::rules::{Kind, Severity};

pub const SCHEMA: &str = "plainplan.report.v1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub file: String,
    pub format: &'static str,
    pub stats: Stats,
    pub readability: Readability,
    /// What the reader could not be sure of ("read from a PDF, best effort").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub items: Vec<Item>,
    pub findings: Vec<Finding>,
    /// Scores of each sentence that counts towards the document's scores.
    pub sentences: Vec<SentenceScore>,
}

impl Report {
    /// The most severe finding, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
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
    pub kind: &'static str,
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
    pub rule: &'static str,
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
