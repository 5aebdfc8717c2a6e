use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::Hedging,
    kind: Kind::Language,
    severity: Severity::Note,
    needs: Needs::TERMS,
    summary: "A phrase that avoids saying what will happen (it is hoped that, may be \
              considered, should be able to).",
    why: "A family cannot plan around 'may'. Hedges hide who will do what, and leave \
          parents guessing what happens next.",
    before: "It is hoped that Dad should be able to have more time with the children.",
    after: "From 1 May, Dad will see the children every Saturday from 10am to 4pm.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    terms::report(
        a,
        out,
        Category::Hedge,
        |_| true,
        |written, e| {
            format!(
                "“{written}” does not say what will happen.{}",
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
    fn flags_phrases_that_avoid_saying_what_will_happen() {
        assert_eq!(
            flagged(RuleId::Hedging, "It is hoped that Mum will ring."),
            ["It is hoped that"]
        );
        assert!(flagged(RuleId::Hedging, "Mum will ring on Monday.").is_empty());
    }
}
