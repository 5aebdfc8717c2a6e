use super::{plan_items, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoTimescale,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "An outcome or action with no date, deadline or frequency.",
    why: "'Ongoing' and 'as soon as possible' cannot be checked at the review. A date or \
          'every Friday' tells the family when, and tells everyone when it is late.",
    before: "Health visitor to visit. Timescale: ongoing.",
    after: "Priya (health visitor) will visit every 2 weeks until 30 June.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    plan_items::report(
        a,
        out,
        |i| !i.has_timescale,
        "does not say by when or how often. Give a date (\"by 28 January\"), a frequency (\"every Friday\") or a meeting with its date; \"ongoing\" and \"ASAP\" are not timescales.",
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_items_with_no_date_or_frequency() {
        let plan = "## Actions\n\n- Mum will ring the GP. Ongoing.\n- Dad will ring the school every Monday.\n";
        assert_eq!(
            flagged(RuleId::NoTimescale, plan),
            ["Mum will ring the GP. Ongoing."]
        );
    }
}
