use super::{Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::LongSentence,
    kind: Kind::Reading,
    severity: Severity::Warning,
    needs: Needs::TEXT,
    summary: "A sentence has more words than the limit (25 by default).",
    why: "By the end of a long sentence a reader has often lost its start. Parents under \
          stress, and children, need one idea at a time.",
    before: "Following the initial child protection conference it was agreed that the \
             children would remain on a plan under the category of neglect and that \
             Mum would be supported to improve home conditions through regular visits.",
    after: "At the meeting on 3 March we agreed the children need a plan. We are worried \
            they are not being looked after well enough. Sam will visit every week to \
            help Mum keep the house clean.",
};

pub fn check(a: &Analysis, config: &Config, out: &mut Sink) {
    let limit = config.max_sentence_words;
    for s in &a.sentences {
        let n = s.word_count();
        if n > limit {
            out.push(
                s.range.clone(),
                format!(
                    "This sentence has {n} words. Sentences over {limit} words are hard to \
                     follow: split it into shorter sentences, one idea each."
                ),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn counts_words_against_the_limit() {
        let long = format!("Sam will visit {} today.", "and ring ".repeat(12));
        assert_eq!(flagged(RuleId::LongSentence, &long).len(), 1);
        let short = "Sam will visit on Friday. She will ring Mum first.";
        assert!(flagged(RuleId::LongSentence, short).is_empty());
    }
}
