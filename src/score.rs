//! One line per plan for audits: the counts a quality-assurance team compares, and a
//! 0–100 plain-plan score.
//!
//! The score adds three parts:
//! - **reading, 30 points**: all 30 when the reading age is at or below the target, 6
//!   fewer for each year above it;
//! - **language, 20 points**: 20, less 2 for each jargon term, unexplained acronym or
//!   blaming or care-system word per 1,000 words;
//! - **plan, 50 points**: 40 times the share of checks the outcomes and actions pass
//!   (each: not vague, a timescale, a next step, and an owner for an action or a measure
//!   for an outcome), and 10 when the plan says what happens if things do not change.
//!   A document with no outcomes or actions gets no plan points.
//!
//! A document that is not a plan (a letter, a leaflet, minutes that set no plan) gets
//! no score.

use serde::Serialize;

use crate::checker::Checked;
use crate::config::Config;
use crate::document::DocumentKind;
use crate::plan::{Item, ItemKind};
use crate::registry::RuleId;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub file: String,
    pub kind: DocumentKind,
    pub words: usize,
    pub reading_age: f64,
    pub flesch_reading_ease: f64,
    pub jargon: usize,
    pub acronyms: usize,
    pub blaming: usize,
    pub outcomes: usize,
    pub actions: usize,
    pub vague: usize,
    pub no_owner: usize,
    pub no_timescale: usize,
    pub no_measure: usize,
    pub no_next_step: usize,
    pub has_contingency: bool,
    /// The plain-plan score; `None` for a document that is not a plan.
    pub score: Option<u32>,
}

/// The rules whose findings a summary counts: `score` runs only these unless it also
/// writes the audit page.
pub const COUNTED: &[RuleId] = &[
    RuleId::Jargon,
    RuleId::Acronym,
    RuleId::BlamingLanguage,
    RuleId::CareLanguage,
    RuleId::NoContingency,
];

/// How many of an outcome's or action's four checks pass: not vague, a timescale, a
/// next step, and an owner for an action or a measure for an outcome.
fn passed(item: &Item) -> usize {
    let kind_check = if item.kind == ItemKind::Outcome {
        item.has_measure
    } else {
        item.has_owner
    };
    [
        !item.vague,
        item.has_timescale,
        item.has_next_step,
        kind_check,
    ]
    .iter()
    .filter(|&&ok| ok)
    .count()
}

impl Summary {
    /// The audit line of a checked plan, from every finding its rules kept.
    pub fn of(checked: &Checked, config: &Config) -> Summary {
        let a = &checked.analysis;
        let items: Vec<&Item> = a
            .plan
            .items
            .iter()
            .filter(|i| i.kind != ItemKind::Contingency)
            .collect();
        let count = |f: fn(&Item) -> bool| items.iter().filter(|i| f(i)).count();
        let scores = a.scores.unwrap_or_default().rounded();
        let mut s = Summary {
            kind: a.kind.kind,
            words: a.totals.words,
            reading_age: scores.reading_age,
            flesch_reading_ease: scores.flesch_reading_ease,
            outcomes: count(|i| i.kind == ItemKind::Outcome),
            actions: count(|i| i.kind == ItemKind::Action),
            vague: count(|i| i.vague),
            no_owner: count(|i| !i.has_owner),
            no_timescale: count(|i| !i.has_timescale),
            no_measure: count(|i| !i.has_measure),
            no_next_step: count(|i| !i.has_next_step),
            has_contingency: true,
            ..Summary::default()
        };
        for f in &checked.findings {
            match f.rule {
                RuleId::Jargon => s.jargon += 1,
                RuleId::Acronym => s.acronyms += 1,
                RuleId::BlamingLanguage | RuleId::CareLanguage => s.blaming += 1,
                RuleId::NoContingency => s.has_contingency = false,
                _ => {}
            }
        }
        let target = config.reading_age_target;
        let reading = (30.0 - 6.0 * (s.reading_age - target).max(0.0)).max(0.0);
        let per_thousand =
            (s.jargon + s.acronyms + s.blaming) as f64 * 1000.0 / s.words.max(1) as f64;
        let language = (20.0 - 2.0 * per_thousand).max(0.0);
        let passed: usize = items.iter().map(|i| passed(i)).sum();
        let plan = if items.is_empty() {
            0.0
        } else {
            40.0 * passed as f64 / (4 * items.len()) as f64
                + if s.has_contingency { 10.0 } else { 0.0 }
        };
        // Minutes that set no plan are scored no more than a letter is.
        let scored = match s.kind {
            DocumentKind::Plan => true,
            DocumentKind::MeetingNotes => !items.is_empty(),
            _ => false,
        };
        s.score = scored.then(|| (reading + language + plan).round().clamp(0.0, 100.0) as u32);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{input::Source, Checker, Format};

    fn score(text: &str) -> Summary {
        let source = Source::new(text, Format::Markdown);
        Checker::new(Config::default()).summarise(&source).unwrap()
    }

    #[test]
    fn a_specific_plain_plan_scores_near_full_marks_and_a_vague_one_low() {
        let good = score(
            "## What needs to change\n\nKai will go to nursery every weekday by 9am, shown on the nursery register.\n\n\
             - Mum will walk Kai to nursery every weekday, starting on 3 March 2027.\n\n\
             ## What will happen if things do not change\n\n\
             - If Kai misses 2 days of nursery in a week, Sam (social worker) will visit the same day.\n",
        );
        // Reading age 12.6 against 11: 30 − 6 × 1.6 = 20.4; no jargon: 20; both items pass
        // all four checks and there is a contingency: 40 + 10.
        assert_eq!(good.reading_age, 12.6);
        assert_eq!(good.score, Some(90), "{good:?}");
        assert!(good.has_contingency && good.outcomes == 1 && good.actions == 1);
        let poor = score(
            "## Outcomes\n\n- Kai's needs will be met.\n- Mum to engage with services and demonstrate capacity to change.\n\n\
             ## Actions\n\n- Referral to be made to CAMHS. The core group will monitor.\n",
        );
        assert!(poor.score < Some(60), "{poor:?}");
        assert_eq!((poor.vague, poor.has_contingency), (3, false));
    }
}
