use super::{plan_items, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::plan::ItemKind;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoMeasure,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "An outcome that does not say how anyone will know it has been reached. (An action is checked by whether it was done by its date.)",
    why: "Without a measure the review conference has only opinions to go on. A count, \
          a record or what the child says lets the family show that things have changed.",
    before: "Poppy will attend school regularly.",
    after: "Poppy will be in school on at least 19 of every 20 school days, shown on the \
            school register.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    // Actions are checked by being done on time; it is the outcome that needs a measure.
    plan_items::report(
        a,
        out,
        |i| i.kind == ItemKind::Outcome && !i.has_measure,
        "does not say how anyone will know it has worked. Add a count or threshold (\"at least 4 days out of 5\"), a record (the school register, a test result) or what the child will say.",
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_outcomes_that_say_not_how_anyone_will_know() {
        let plan = "## Outcomes\n\n- Kai will go to nursery.\n- Kai will be at nursery at least 4 days a week, shown on the register.\n\n## Actions\n\n- Mum will walk Kai to nursery.\n";
        assert_eq!(
            flagged(RuleId::NoMeasure, plan),
            ["Kai will go to nursery."]
        );
    }
}
