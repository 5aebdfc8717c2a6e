use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::BlamingLanguage,
    kind: Kind::Language,
    severity: Severity::Warning,
    needs: Needs::TERMS,
    summary: "A word that describes a person as the problem (non-compliant, hostile, \
              chaotic, refused to engage) instead of saying what happened.",
    why: "A parent who reads that they are 'hostile' or 'manipulative' hears that they \
          have already been judged, and stops working with the plan. Saying what \
          happened is fairer and more useful.",
    before: "Mum was hostile and refused to engage with the parenting programme.",
    after: "Mum said she was angry about the visit. She did not go to the first two \
            parenting sessions on 3 and 10 March.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    // A parent's or child's own words, in quotation marks, are not the writer's.
    terms::report(
        a,
        out,
        Category::Blaming,
        |t| !a.in_quotes(&t.range),
        |written, e| {
            format!(
                "“{written}” describes the person as the problem; say what happened instead.{}",
                terms::note(e)
            )
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_labels_for_the_person_but_not_their_own_words() {
        assert_eq!(
            flagged(
                RuleId::BlamingLanguage,
                "Mum was non-compliant with the plan."
            ),
            ["non-compliant"]
        );
        assert!(flagged(RuleId::BlamingLanguage, "Dad said “I was hostile, I know.”").is_empty());
    }
}
