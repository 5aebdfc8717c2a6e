use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::PlainWords,
    kind: Kind::Language,
    severity: Severity::Note,
    needs: Needs::TERMS,
    summary: "A formal word where an everyday one says the same.",
    why: "Formal words make a plan sound like a letter from a court. Everyday words \
          are quicker to read and easier to trust.",
    before: "Prior to the commencement of the assessment, Mum will be required to attend.",
    after: "Before the assessment starts, Mum needs to come to the meeting.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    terms::report(
        a,
        out,
        Category::PlainWords,
        |_| true,
        |written, e| match terms::suggestion(e) {
            Some(plain) => format!(
                "“{written}” is formal; “{plain}” is plainer.{}",
                terms::note(e)
            ),
            None => format!("“{written}” is formal.{}", terms::note(e)),
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{flagged, report};
    use crate::{Format, RuleId};

    #[test]
    fn offers_an_everyday_swap() {
        let report = report("We will commence visits in May.", Format::Text);
        let f = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::PlainWords)
            .unwrap();
        assert_eq!(
            (f.text.as_str(), f.suggestion.as_deref()),
            ("commence", Some("start"))
        );
        assert!(flagged(RuleId::PlainWords, "We will start visits in May.").is_empty());
    }
}
