//! Rules: each reads the shared [`Analysis`] and emits findings. Adding a rule means one
//! file here and one line in [`RULES`].

mod acronym;
mod blaming_language;
mod care_language;
mod hedging;
mod jargon;
mod long_sentence;
mod no_contingency;
mod no_direction;
mod no_measure;
mod no_next_step;
mod no_owner;
mod no_timescale;
mod passive_voice;
mod plain_words;
mod plan_items;
mod reading_level;
mod terms;
mod vague_outcome;

use std::ops::Range;

use serde::Serialize;

use crate::analysis::Analysis;
use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" | "hint" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Which part of the check a rule belongs to; the editor colours findings by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Reading,
    Language,
    Plan,
}

/// What `plainplan explain RULE` prints.
#[derive(Debug)]
pub struct RuleInfo {
    pub id: &'static str,
    pub kind: Kind,
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// Why it matters to a family.
    pub why: &'static str,
    pub before: &'static str,
    pub after: &'static str,
}

/// A problem found in the analysed text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    pub suggestion: Option<String>,
    /// What a parent or child hears in the flagged words, in their voice.
    pub heard: Option<String>,
    /// Words that make the flagged text hard, for readers to see split into parts.
    pub hard_words: Vec<String>,
}

/// Collects findings for one rule, at the severity the configuration gives it.
pub struct Sink<'a> {
    rule: &'static str,
    severity: Severity,
    out: &'a mut Vec<Finding>,
}

impl Sink<'_> {
    pub fn push(
        &mut self,
        range: Range<usize>,
        message: String,
        suggestion: Option<String>,
    ) -> &mut Finding {
        self.out.push(Finding {
            rule: self.rule,
            severity: self.severity,
            message,
            range,
            suggestion,
            heard: None,
            hard_words: Vec::new(),
        });
        self.out.last_mut().expect("just pushed")
    }
}

pub struct Rule {
    pub info: &'static RuleInfo,
    check: fn(&Analysis, &Config, &mut Sink),
}

pub const RULES: &[Rule] = &[
    Rule {
        info: &long_sentence::INFO,
        check: long_sentence::check,
    },
    Rule {
        info: &reading_level::INFO,
        check: reading_level::check,
    },
    Rule {
        info: &jargon::INFO,
        check: jargon::check,
    },
    Rule {
        info: &acronym::INFO,
        check: acronym::check,
    },
    Rule {
        info: &plain_words::INFO,
        check: plain_words::check,
    },
    Rule {
        info: &care_language::INFO,
        check: care_language::check,
    },
    Rule {
        info: &blaming_language::INFO,
        check: blaming_language::check,
    },
    Rule {
        info: &hedging::INFO,
        check: hedging::check,
    },
    Rule {
        info: &passive_voice::INFO,
        check: passive_voice::check,
    },
    Rule {
        info: &vague_outcome::INFO,
        check: vague_outcome::check,
    },
    Rule {
        info: &no_owner::INFO,
        check: no_owner::check,
    },
    Rule {
        info: &no_timescale::INFO,
        check: no_timescale::check,
    },
    Rule {
        info: &no_measure::INFO,
        check: no_measure::check,
    },
    Rule {
        info: &no_next_step::INFO,
        check: no_next_step::check,
    },
    Rule {
        info: &no_contingency::INFO,
        check: no_contingency::check,
    },
    Rule {
        info: &no_direction::INFO,
        check: no_direction::check,
    },
];

pub fn info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().map(|r| r.info).find(|i| i.id == id)
}

pub fn unknown_rule(id: &str) -> String {
    let known: Vec<_> = RULES.iter().map(|r| r.info.id).collect();
    format!("unknown rule '{id}'; the rules are: {}", known.join(", "))
}

/// Runs every enabled rule; findings come back in text order.
pub fn run(analysis: &Analysis, config: &Config) -> Vec<Finding> {
    run_some(analysis, config, |_| true)
}

/// Runs the enabled rules that `wanted` picks; findings come back in text order.
pub fn run_some(
    analysis: &Analysis,
    config: &Config,
    wanted: impl Fn(&str) -> bool,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES.iter().filter(|r| wanted(r.info.id)) {
        if let Some(severity) = config.severity(rule.info.id) {
            let mut sink = Sink {
                rule: rule.info.id,
                severity,
                out: &mut out,
            };
            (rule.check)(analysis, config, &mut sink);
        }
    }
    out.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(a.range.end.cmp(&b.range.end))
    });
    out
}
