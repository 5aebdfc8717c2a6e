//! plainplan checks child protection plans for plain language: how hard they are to
//! read, words a family would not know, and outcomes and actions that say too little.
//!
//! The engine is pure: text in, [`Report`] out. The CLI, the wasm module and the tests
//! all call [`check`].

pub mod analysis;
pub mod config;
pub mod controls;
pub mod document;
pub mod input;
pub mod lexicon;
pub mod parse;
pub mod plan;
pub mod position;
pub mod readability;
pub mod report;
pub mod rules;
pub mod score;
pub mod text;

use std::ops::Range;

pub use analysis::Analysis;
pub use config::Config;
pub use document::{Document, Format};
pub use report::Report;
pub use rules::Severity;

use position::LineIndex;
use report::{Readability, SentenceScore, Span, Stats};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Checks one plan given as text in a known format. The only error is a control
/// comment in the plan that names no rule plainplan has.
pub fn check(source: &str, format: Format, config: &Config) -> Result<Report, String> {
    check_remembering(source, format, config, None)
}

/// As [`check`], with syllable counts kept in `memory` from check to check (the
/// editor checks the same plan again at every pause in typing).
pub fn check_remembering(
    source: &str,
    format: Format,
    config: &Config,
    memory: Option<&mut text::Memory>,
) -> Result<Report, String> {
    let doc = parse::parse(source, format);
    let mut report = full_report(source, &doc, format, config, memory)?;
    truncate(&mut report, config);
    Ok(report)
}

/// Checks a plan read from bytes by [`input::read`] (any format, Word included).
pub fn check_source(source: &input::Source, config: &Config) -> Result<Report, String> {
    let mut report = source_report(source, config, None)?;
    truncate(&mut report, config);
    Ok(report)
}

/// Checks a plan read by [`input::read`], with its audit line counted before
/// `max-findings` cuts the report short.
pub fn check_and_summarise(
    source: &input::Source,
    config: &Config,
    memory: Option<&mut text::Memory>,
) -> Result<(score::Summary, Report), String> {
    let mut report = source_report(source, config, memory)?;
    let summary = score::Summary::of(&report);
    truncate(&mut report, config);
    Ok((summary, report))
}

/// The full report of a plan read from bytes, with what reading it noted first.
fn source_report(
    source: &input::Source,
    config: &Config,
    memory: Option<&mut text::Memory>,
) -> Result<Report, String> {
    let mut report = full_report(
        &source.text,
        &source.document,
        source.format,
        config,
        memory,
    )?;
    report.notes.splice(0..0, source.notes.iter().cloned());
    Ok(report)
}

/// Only the audit line of a plan: the counted rules run and no report is built, as
/// `score` checks thousands of plans.
pub fn summarise(source: &input::Source, config: &Config) -> Result<score::Summary, String> {
    summarise_remembering(source, config, None)
}

/// As [`summarise`], with syllable counts kept in `memory` from plan to plan.
pub fn summarise_remembering(
    source: &input::Source,
    config: &Config,
    memory: Option<&mut text::Memory>,
) -> Result<score::Summary, String> {
    let a = Analysis::remembering(&source.document, config, memory);
    let findings = rules::run_some(&a, config, |id| score::COUNTED_RULES.contains(&id));
    // Lines are only counted when the plan has control comments.
    let lines = (!a.doc.controls.is_empty()).then(|| LineIndex::new(&source.text));
    let controls = match &lines {
        Some(lines) => controls_of(&a, lines)?,
        None => controls::Controls::default(),
    };
    let line_of = |at: usize| {
        let at = a.doc.source_map().to_source(at);
        lines.as_ref().map_or(0, |l| l.point(at).line)
    };
    let kept = findings
        .iter()
        .filter(|f| !controls.silences(f.rule, &f.range, || line_of(f.range.start)));
    let items = a
        .plan
        .items
        .iter()
        .filter(|i| i.kind != plan::ItemKind::Contingency)
        .map(|i| score::Checked {
            outcome: i.kind == plan::ItemKind::Outcome,
            vague: i.vague,
            has_owner: i.has_owner,
            has_timescale: i.has_timescale,
            has_measure: i.has_measure,
            has_next_step: i.has_next_step,
        })
        .collect();
    Ok(score::Summary::from_parts(score::Parts {
        file: String::new(),
        words: a.totals.words,
        scores: a.scores.unwrap_or_default().rounded(),
        target_reading_age: config.reading_age_target,
        rules: kept.map(|f| f.rule),
        items,
    }))
}

fn controls_of(a: &Analysis, lines: &LineIndex) -> Result<controls::Controls, String> {
    controls::Controls::new(&a.doc.controls, |at| lines.point(at).line, a.doc.text.len())
}

/// The report with every finding, before `max-findings` applies.
fn full_report(
    source: &str,
    doc: &Document,
    format: Format,
    config: &Config,
    memory: Option<&mut text::Memory>,
) -> Result<Report, String> {
    let analysis = Analysis::remembering(doc, config, memory);
    let findings = rules::run(&analysis, config);
    build_report(source, format, &analysis, findings, config)
}

/// A pathological file can have a finding on every word: keep the report usable.
fn truncate(report: &mut Report, config: &Config) {
    if report.findings.len() > config.max_findings {
        let dropped = report.findings.len() - config.max_findings;
        report.findings.truncate(config.max_findings);
        report.notes.push(format!(
            "Only the first {} findings are shown; {dropped} more were left out (max-findings in plainplan.toml).",
            config.max_findings
        ));
    }
}

fn build_report(
    source: &str,
    format: Format,
    a: &Analysis,
    findings: Vec<rules::Finding>,
    config: &Config,
) -> Result<Report, String> {
    let lines = LineIndex::new(source);
    let controls = controls_of(a, &lines)?;
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
    let findings = findings
        .into_iter()
        .map(|f| {
            (
                f.range.clone(),
                report::Finding {
                    rule: f.rule,
                    kind: rules::info(f.rule).map_or(rules::Kind::Language, |i| i.kind),
                    severity: f.severity,
                    message: f.message,
                    text: a.text(f.range.clone()).to_string(),
                    suggestion: f.suggestion,
                    heard: f.heard,
                    hard_words: f.hard_words,
                    location: a.doc.place_of(f.range.start).map(str::to_string),
                    span: span(f.range),
                },
            )
        })
        .filter(|(range, f)| !controls.silences(f.rule, range, || f.span.line))
        .map(|(_, f)| f)
        .collect();
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
    Ok(Report {
        schema: report::SCHEMA,
        file: String::new(),
        format: format.name(),
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
        notes: Vec::new(),
        items: a
            .plan
            .items
            .iter()
            .map(|i| report::Item {
                kind: match i.kind {
                    plan::ItemKind::Outcome => "outcome",
                    plan::ItemKind::Action => "action",
                    plan::ItemKind::Contingency => "contingency",
                },
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
    })
}
