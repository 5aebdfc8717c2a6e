use super::{Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::plan::Contingency;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::NoContingency,
    kind: Kind::Plan,
    severity: Severity::Error,
    needs: Needs::PLAN,
    summary: "The plan does not say what will happen if things do not change.",
    why: "Serious case reviews and inspectors criticise plans with no contingency. A \
          family must know, in plain words, what will happen if the plan is not working, \
          and a heading with 'as per the CP plan' under it tells them nothing.",
    before: "Contingency: as per the CP plan.",
    after: "If things do not change: if Kai misses 2 days of nursery in \
            a week, Sam will visit the same day and the core group will meet within 5 \
            working days.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    let (range, message) = match &a.plan.contingency {
        Contingency::Present(_) => return,
        Contingency::Empty(range) => (
            range.clone(),
            "The contingency section does not say what will happen. Write an \"if ... then ...\" line for each worry: what will set it off, who will do what, and by when.",
        ),
        Contingency::Missing => (
            first_line(a),
            "The plan does not say what will happen if things do not change. Add a section \"What will happen if things do not change\" with an \"if ... then ...\" line for each worry.",
        ),
    };
    out.push(range, message.to_string(), None);
}

/// The plan's title, or its first block: where a finding about the whole plan goes.
pub fn first_line(a: &Analysis) -> std::ops::Range<usize> {
    a.doc.blocks.first().map_or(0..0, |b| {
        let text = a.doc.block_text(b);
        let end = text.find('\n').unwrap_or(text.len());
        b.range.start..b.range.start + end
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn a_plan_needs_a_contingency_and_a_pointer_is_not_one() {
        let none = "# Plan\n\n## Actions\n\n- Mum will ring the GP by Friday.\n";
        assert_eq!(flagged(RuleId::NoContingency, none).len(), 1);
        let pointer = "## Actions\n\n- Mum will ring the GP by Friday.\n\n## Contingency\n\nAs per the CP plan.\n";
        assert_eq!(flagged(RuleId::NoContingency, pointer), ["Contingency"]);
        let letter = "Dear Ms Reid,\n\nThank you for meeting me on Monday.\n";
        assert!(flagged(RuleId::NoContingency, letter).is_empty());
    }
}
