use super::{plan_items, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::plan::ItemKind;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoOwner,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "An action that names nobody to do it. (Outcomes may describe the child's life, so they need no owner.)",
    why: "When a plan says 'professionals will support' or 'a referral will be made', \
          nobody is answerable, and the family does not know whom to ask.",
    before: "Referral to be made to CAMHS.",
    after: "Dr Khan (GP) will refer Leah to CAMHS by 20 April.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    // An outcome may say what life will look like for the child; only actions need a doer.
    plan_items::report(
        a,
        out,
        |i| i.kind == ItemKind::Action && !i.has_owner,
        "names nobody to do it. Say who: a person or a role (\"Mum\", \"Ade, the social worker\"), not \"professionals\", \"services\" or \"to be arranged\".",
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_actions_with_nobody_to_do_them_but_not_outcomes() {
        let plan = "## Actions\n\n- Referral to be made to CAMHS.\n- Mum will ring the GP.\n\n## Outcomes\n\n- Home conditions to improve.\n";
        assert_eq!(
            flagged(RuleId::NoOwner, plan),
            ["Referral to be made to CAMHS."]
        );
    }
}
