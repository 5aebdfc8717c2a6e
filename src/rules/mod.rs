//! Rules: each reads the shared [`Analysis`] and emits findings.
//!
//! A new rule is a file here with its `INFO` (what it checks, why, a before and an
//! after example, its severity and what it needs analysed), its `check` and its tests;
//! its name in [`RuleId`]; and its line in [`RULES`]. Nothing else: the analysis builds
//! what enabled rules need, settings and control comments know it by name, and the
//! tests below check its examples.

mod acronym;
mod blaming_language;
mod care_language;
mod explanation;
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

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::analysis::Analysis;
use crate::config::Config;
pub use crate::registry::{Kind, Needs, RuleId, RuleInfo, Severity};

/// A problem found in the analysed text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// Borrowed when the same words go on every finding of a rule ("This action names
    /// nobody to do it. …"): a long plan has one per item.
    pub message: Cow<'static, str>,
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    pub suggestion: Option<String>,
    /// What a parent or child hears in the flagged words, in their voice.
    pub heard: Option<String>,
    /// Words that make the flagged text hard, for readers to see split into parts.
    pub hard_words: Vec<String>,
    /// Uses of one term share a key: the report keeps the first and counts the rest.
    pub repeat: Option<String>,
}

/// Keeps the first finding of each repeated term (by rule and key) and says how many
/// times the term is used; run after control comments have had their say.
pub fn merge_repeats(findings: &mut Vec<Finding>) {
    let mut first: HashMap<(RuleId, String), (usize, usize)> = HashMap::new();
    let mut keep = vec![true; findings.len()];
    for (i, f) in findings.iter().enumerate() {
        if let Some(key) = &f.repeat {
            match first.entry((f.rule, key.clone())) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    e.get_mut().1 += 1;
                    keep[i] = false;
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert((i, 1));
                }
            }
        }
    }
    for &(i, uses) in first.values() {
        if uses > 1 {
            findings[i]
                .message
                .to_mut()
                .push_str(&format!(" Used {uses} times."));
        }
    }
    let mut k = keep.into_iter();
    findings.retain(|_| k.next().unwrap_or(true));
}

/// Collects findings for one rule, at the severity the configuration gives it.
pub struct Sink<'a> {
    rule: RuleId,
    severity: Severity,
    out: &'a mut Vec<Finding>,
}

impl Sink<'_> {
    pub fn push(
        &mut self,
        range: Range<usize>,
        message: impl Into<Cow<'static, str>>,
        suggestion: Option<String>,
    ) -> &mut Finding {
        self.out.push(Finding {
            rule: self.rule,
            severity: self.severity,
            message: message.into(),
            range,
            suggestion,
            heard: None,
            hard_words: Vec::new(),
            repeat: None,
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

/// The rule with this id.
pub fn rule(id: RuleId) -> &'static Rule {
    &RULES[id as usize]
}

pub fn info(id: RuleId) -> &'static RuleInfo {
    rule(id).info
}

/// The severity a rule reports at, or `None` when the settings switch it off.
pub fn severity(config: &Config, id: RuleId) -> Option<Severity> {
    config.level(id).unwrap_or(Some(info(id).severity))
}

/// What the enabled rules among `wanted` need analysed.
pub fn needs(config: &Config, wanted: impl Fn(RuleId) -> bool) -> Needs {
    RULES
        .iter()
        .filter(|r| wanted(r.info.id) && severity(config, r.info.id).is_some())
        .fold(Needs::TEXT, |n, r| n.union(r.info.needs))
}

/// Runs the enabled rules that `wanted` picks; findings come back in text order.
pub fn run(analysis: &Analysis, config: &Config, wanted: impl Fn(RuleId) -> bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES.iter().filter(|r| wanted(r.info.id)) {
        if let Some(severity) = severity(config, rule.info.id) {
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

/// What the rule files' own tests share.
#[cfg(test)]
pub(crate) mod testing {
    use crate::{Checker, Config, Format, Report, RuleId, Source};

    pub fn report(text: &str, format: Format) -> Report {
        Checker::new(Config::default())
            .check(&Source::new(text, format))
            .unwrap()
    }

    /// The texts `rule` flags in a Markdown plan, in order.
    pub fn flagged(rule: RuleId, text: &str) -> Vec<String> {
        report(text, Format::Markdown)
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.text)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{input::Source, Checker, Format};

    #[test]
    fn rules_are_listed_once_each_in_id_order() {
        let ids: Vec<RuleId> = RULES.iter().map(|r| r.info.id).collect();
        assert_eq!(ids, RuleId::ALL);
    }

    /// Every rule's `before` example fires it and its `after` example does not: the
    /// examples `plainplan explain` shows are true of the rule as built. A plan rule's
    /// example is one line of a plan, so each is also tried under an outcomes heading
    /// and an actions heading: `before` must fire in one of them, `after` in none.
    #[test]
    fn every_rule_fires_on_its_before_example_and_not_its_after() {
        let mut checker = Checker::new(Config::default());
        let mut fires = |id: RuleId, example: &str| -> Vec<bool> {
            let framed = [
                Source::new(example, Format::Text),
                Source::new(
                    &format!("## What needs to change\n\n{example}\n"),
                    Format::Markdown,
                ),
                Source::new(&format!("## Actions\n\n{example}\n"), Format::Markdown),
            ];
            framed
                .iter()
                .map(|s| {
                    checker
                        .check(s)
                        .unwrap()
                        .findings
                        .iter()
                        .any(|f| f.rule == id)
                })
                .collect()
        };
        let mut wrong = Vec::new();
        for rule in RULES {
            let i = rule.info;
            assert!(!i.before.is_empty() && !i.after.is_empty(), "{}", i.id);
            if !fires(i.id, i.before).contains(&true) {
                wrong.push(format!("{} does not fire on its before example", i.id));
            }
            if fires(i.id, i.after).contains(&true) {
                wrong.push(format!("{} fires on its after example", i.id));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
