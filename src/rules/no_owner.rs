use super::{plan_items, Kind, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: "no-owner",
    kind: Kind::Plan,
    severity: Severity::Warning,
    summary: "An outcome or action that names nobody to do it.",
    why: "When a plan says 'professionals will support' or 'a referral will be made', \
          nobody is answerable, and the family does not know whom to ask.",
    before: "Referral to be made to CAMHS.",
    after: "Dr Khan (GP) will refer Leah to CAMHS by 20 April.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    plan_items::report(
        a,
        out,
        |i| !i.has_owner,
        |i| {
            format!(
            "{} names nobody to do it. Say who: a person or a role (\"Mum\", \"Ade, the social worker\"), not \"professionals\", \"services\" or \"to be arranged\".",
            plan_items::this(i)
        )
        },
    );
}
