use super::{plan_items, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoNextStep,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "An outcome or action with no 'if this does not happen' line, and no contingency that covers it.",
    why: "Inspectors find plans that do not say 'what the next steps will be when no \
          progress is being made'. Families have a right to know what will happen if \
          things do not change, before it happens.",
    before: "Social worker to continue to monitor school attendance.",
    after: "Sam will check Poppy's attendance with the school every Friday. If Poppy \
            misses more than 2 days in a fortnight, Sam will hold a core group within 5 \
            working days.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    plan_items::report(
        a,
        out,
        |i| !i.has_next_step,
        "does not say what happens if it does not work, and no contingency covers it. Add an \"if ... then ...\" line: what will set it off, who will do what, and by when.",
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn a_contingency_on_the_same_topic_covers_an_item_and_a_hedge_covers_nothing() {
        let covered = "## Actions\n\n- Mum will take Kai to nursery every day.\n\n## If things do not change\n\n- If Kai misses nursery, Sam will visit that day.\n";
        assert!(flagged(RuleId::NoNextStep, covered).is_empty());
        let hedged = "## Actions\n\n- Mum will take Kai to nursery every day.\n\n## If things do not change\n\n- Further action may be considered.\n";
        assert_eq!(
            flagged(RuleId::NoNextStep, hedged),
            ["Mum will take Kai to nursery every day."]
        );
    }
}
