use super::{Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::ReadingLevel,
    kind: Kind::Reading,
    severity: Severity::Warning,
    needs: Needs::TEXT,
    summary: "The plan needs a reading age more than a year above the target (11 by default).",
    why: "About one adult in seven in England reads at the level of a 9 to 11 year old. \
          A parent who cannot read the plan cannot do what it asks.",
    before: "Parents are expected to demonstrate sustained improvements in their \
             capacity to prioritise the children's emotional wellbeing.",
    after: "Mum and Dad will spend 20 minutes each evening playing or reading with the \
            children.",
};

/// Readability formulas are good to about a year, so a plan within a year of the
/// target passes.
pub const TOLERANCE: f64 = 1.0;

/// Words of this many syllables or more are shown as the words to change.
const HARD_WORD_SYLLABLES: u8 = 3;

/// At most this many of them are shown.
const MAX_HARD_WORDS: usize = 12;

pub fn check(a: &Analysis, config: &Config, out: &mut Sink) {
    // The plan is judged on its prose: labels, fields and short cells are easy to read
    // and would hide hard paragraphs. A plan of short lines is judged on them.
    let Some(scores) = a.prose_scores.or(a.scores) else {
        return;
    };
    let target = config.reading_age_target;
    if scores.reading_age <= target + TOLERANCE {
        return;
    }
    // Point at the hardest sentence, so the writer knows where to start.
    let hardest = a
        .sentences
        .iter()
        .filter(|s| s.is_scored(a.doc) && s.word_count() >= 8)
        .filter_map(|s| {
            Some((
                s,
                crate::readability::Scores::from_counts(&s.counts)?.reading_age,
            ))
        })
        .max_by(|x, y| x.1.total_cmp(&y.1));
    let Some((sentence, age)) = hardest else {
        return;
    };
    let finding = out.push(
        sentence.range.clone(),
        format!(
            "The paragraphs of this plan need a reading age of about {:.0}; the family needs \
             {:.0} or lower. Use shorter sentences and everyday words. The hardest sentence, \
             shown here, needs a reading age of about {:.0}.",
            scores.reading_age, target, age
        ),
        None,
    );
    // A few words are enough to show; a sentence of a million words must not make the
    // search for them quadratic.
    let mut hard: Vec<String> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for w in a.sentence_words(sentence) {
        if hard.len() == MAX_HARD_WORDS {
            break;
        }
        let text = a.text(w.range());
        if a.vocabulary.get(w.lexeme).syllables >= HARD_WORD_SYLLABLES
            && seen.insert(text.to_lowercase())
        {
            hard.push(text.to_string());
        }
    }
    finding.hard_words = hard;
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{flagged, report};
    use crate::{Format, RuleId};

    fn reading_level(text: &str) -> Option<String> {
        flagged(RuleId::ReadingLevel, text).into_iter().next()
    }

    #[test]
    fn short_fields_do_not_hide_hard_paragraphs() {
        let fields = "Who: Mum and Dad\n\nWhen: every Friday\n\nWhere: at home\n\n".repeat(12);
        let hard = "The core group acknowledged that parental engagement with the \
                    recommended therapeutic interventions has been inconsistent, and \
                    professionals remain concerned about the cumulative impact of neglect \
                    on the children's emotional development.";
        let plan = format!("{fields}{hard}\n");
        let report = report(&plan, Format::Markdown);
        // The easy fields pull the whole plan's score down to the target...
        assert!(
            report.readability.scores.reading_age < 12.0,
            "{:?}",
            report.readability
        );
        // ...but the paragraph is what the family has to read.
        assert_eq!(reading_level(&plan).as_deref(), Some(hard));
        let easy = "Mum will take Kai to nursery every day. The nursery will ring us if he is not there by ten.";
        assert_eq!(reading_level(&format!("{fields}{easy}\n")), None);
    }
}
