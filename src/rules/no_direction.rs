use super::{no_contingency, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoDirection,
    kind: Kind::Plan,
    severity: Severity::Warning,
    needs: Needs::PLAN,
    summary: "Notes that recount events with no view of progress and no next steps.",
    why: "Inspectors describe core group notes that are 'an update of events with no \
          direction'. A family reading them cannot tell whether things are getting \
          better or what anyone will do next.",
    before: "School reported that attendance was 84%. The health visitor saw Kai on 3 \
             March and said he had gained weight. Mum attended one parenting session. \
             Dad was not at home. Kai said he had played in the park. Plan to continue.",
    after: "Attendance is 84%, below the 95% we agreed, so the plan is not working yet. \
            Mrs Dunn will ring Mum by 9.30am on any day Kai is not in school, starting \
            on Monday.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    if a.plan.recounts_only {
        out.push(
            no_contingency::first_line(a),
            "These notes recount what happened but say nothing about progress against the plan or what happens next. Say what has changed, what it means for the child, and who will do what by when.".to_string(),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn notes_that_only_recount_events_have_no_direction() {
        let notes = "Mum said the week had been hard. Kai was at nursery on 3 days. Dad was not at home. The health visitor said Kai had gained weight. School reported no concerns. Plan to continue.\n";
        assert_eq!(flagged(RuleId::NoDirection, notes).len(), 1);
        let plan = "## Actions\n\n- Mum will take Kai to nursery every weekday.\n";
        assert!(flagged(RuleId::NoDirection, plan).is_empty());
    }
}
