use super::{plan_items, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::plan::ItemKind;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::VagueOutcome,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "An outcome or action that does not say what will be different for the child, or a contingency that only hedges.",
    why: "Inspectors keep finding outcomes that are 'very general and not specific enough \
          to the circumstances of individual children'. 'Mum to engage with services' \
          does not tell Mum what to do, or anyone how to tell whether it has happened.",
    before: "Kai's needs will be met. Mum to engage with services.",
    after: "Kai will go to nursery every weekday in clean clothes and will have had \
            breakfast; nursery will write this in their daily log. Mum will go to the \
            drug and alcohol service every Tuesday.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    for item in a.plan.items.iter().filter(|i| i.vague) {
        let message = if item.kind == ItemKind::Contingency {
            "This contingency does not say what will happen. Say what will set it off (\"if Kai misses 2 days of nursery in a week\") and who will do what, by when.".to_string()
        } else {
            format!(
                "{} is vague: a family cannot tell what will be different, or how anyone would know. Say what you will see the person do, how often, and how it will be checked.",
                plan_items::this(item)
            )
        };
        out.push(item.range.clone(), message, None);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    const PLAN: &str = "## What needs to change\n\n- Mum to engage with services.\n- Kai will go to nursery every weekday.\n";

    #[test]
    fn flags_outcomes_that_name_nothing_anyone_could_see() {
        assert_eq!(
            flagged(RuleId::VagueOutcome, PLAN),
            ["Mum to engage with services."]
        );
    }
}
