use super::{Kind, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: "reading-level",
    kind: Kind::Reading,
    severity: Severity::Warning,
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

pub fn check(a: &Analysis, config: &Config, out: &mut Sink) {
    let Some(scores) = a.scores else { return };
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
            "This plan needs a reading age of about {:.0}; the family needs {:.0} or lower. \
             Use shorter sentences and everyday words. The hardest sentence, shown here, \
             needs a reading age of about {:.0}.",
            scores.reading_age, target, age
        ),
        None,
    );
    let mut hard: Vec<String> = Vec::new();
    for w in a.sentence_words(sentence) {
        let text = a.text(w.range.clone());
        if w.syllables >= HARD_WORD_SYLLABLES && !hard.iter().any(|h| h.eq_ignore_ascii_case(text))
        {
            hard.push(text.to_string());
        }
    }
    finding.hard_words = hard;
}
