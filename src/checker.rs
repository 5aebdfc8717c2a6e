//! The one way into the engine. A [`Checker`] holds the settings and the syllable counts
//! it has learnt; it checks a plan in one findings stage (analysis, the enabled rules,
//! control comments), from which both the full [`Report`] and the audit [`Summary`]
//! are made.

use std::sync::Arc;

use crate::analysis::Analysis;
use crate::config::Config;
use crate::controls::Controls;
use crate::input::Source;
use crate::position::LineIndex;
use crate::registry::RuleId;
use crate::report::{self, Report};
use crate::rules::{self, Finding};
use crate::score::{self, Summary};
use crate::text::Memory;

#[derive(Debug, Default)]
pub struct Checker {
    config: Arc<Config>,
    /// Syllable counts by spelling, kept from plan to plan (a QA run checks thousands;
    /// the editor checks the same plan at every pause in typing).
    memory: Memory,
}

/// A plan after the findings stage: what was analysed and the findings that the
/// control comments keep, before `max-findings` applies.
pub struct Checked<'a> {
    pub source: &'a Source,
    pub analysis: Analysis<'a>,
    pub findings: Vec<Finding>,
    /// Line starts of the source, when they were needed.
    pub lines: Option<LineIndex<'a>>,
}

impl Checker {
    pub fn new(config: impl Into<Arc<Config>>) -> Checker {
        Checker {
            config: config.into(),
            memory: Memory::default(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Checks the next plans with other settings, keeping what was learnt.
    pub fn set_config(&mut self, config: impl Into<Arc<Config>>) {
        self.config = config.into();
    }

    /// The full report. The only error is a control comment in the plan that names no
    /// rule plainplan has.
    pub fn check(&mut self, source: &Source) -> Result<Report, String> {
        let checked = findings(&self.config, &mut self.memory, source, |_| true, true)?;
        Ok(report::build(&checked, &self.config))
    }

    /// Only the audit line: the rules the summary counts run, and no report is built.
    pub fn summarise(&mut self, source: &Source) -> Result<Summary, String> {
        let counted = |id| score::COUNTED.contains(&id);
        let checked = findings(&self.config, &mut self.memory, source, counted, false)?;
        Ok(Summary::of(&checked, &self.config))
    }

    /// Both, from one findings stage; the summary counts every finding, also those
    /// that `max-findings` leaves out of the report.
    pub fn check_and_summarise(&mut self, source: &Source) -> Result<(Summary, Report), String> {
        let checked = findings(&self.config, &mut self.memory, source, |_| true, true)?;
        let summary = Summary::of(&checked, &self.config);
        Ok((summary, report::build(&checked, &self.config)))
    }
}

/// The findings stage: analyse what the enabled rules among `wanted` need, run them,
/// and drop what control comments switch off.
fn findings<'a>(
    config: &'a Config,
    memory: &mut Memory,
    source: &'a Source,
    wanted: impl Fn(RuleId) -> bool + Copy,
    with_lines: bool,
) -> Result<Checked<'a>, String> {
    let doc = &source.document;
    let needs = rules::needs(config, wanted);
    let analysis = Analysis::new(doc, config, needs, Some(memory));
    let mut findings = rules::run(&analysis, config, wanted);
    // Lines are counted for the report's spans, or for control comments.
    let lines = (with_lines || !doc.controls.is_empty()).then(|| LineIndex::new(&source.text));
    if let Some(lines) = lines.as_ref().filter(|_| !doc.controls.is_empty()) {
        let line_of = |at: usize| lines.point(at).line;
        let controls = Controls::new(&doc.controls, line_of, doc.text.len())?;
        let map = doc.source_map();
        findings.retain(|f| {
            !controls.silences(f.rule, &f.range, || line_of(map.to_source(f.range.start)))
        });
    }
    rules::merge_repeats(&mut findings);
    Ok(Checked {
        source,
        analysis,
        findings,
        lines,
    })
}
