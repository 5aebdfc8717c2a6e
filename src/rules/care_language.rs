use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::CareLanguage,
    kind: Kind::Language,
    severity: Severity::Warning,
    needs: Needs::TERMS,
    summary: "A care-system label where children and families prefer everyday words \
              (Language that Cares): placement, contact, LAC, respite.",
    why: "Children in care say these words make them feel like a case, not a person. \
          'Family time' and 'home' say the same thing kindly.",
    before: "Contact with birth mother will take place at the contact centre. The \
             placement is stable.",
    after: "Jade will see her mum every Saturday at the family centre. Jade is settled \
            living with Sue and Tom.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    terms::report(
        a,
        out,
        Category::CareLanguage,
        |t| !(t.entry.term == "contact" && means_get_in_touch(a, &t.range)),
        |written, e| {
            format!(
                "“{written}” is care-system language; families prefer everyday words.{}",
                terms::note(e)
            )
        },
    );
}

/// "contact" as in getting in touch (contact the school, make contact, contacts to the
/// police), not family time.
fn means_get_in_touch(a: &Analysis, range: &std::ops::Range<usize>) -> bool {
    const AFTER: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "your", "my", "our", "school", "us", "me", "him",
        "them", "details", "number", "numbers", "police",
    ];
    const BEFORE: &[&str] = &[
        "make",
        "made",
        "making",
        "in",
        "of",
        "first",
        "point",
        "any",
        "no",
        "further",
        "phone",
        "telephone",
        "email",
        "regular",
    ];
    let text = &a.doc.text;
    let written = &text[range.clone()];
    let next = text[range.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let prev = text[..range.start]
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    let prev = prev.trim_matches(|c: char| !c.is_alphanumeric());
    written.to_lowercase().ends_with('s')
        || AFTER.contains(&next)
        || BEFORE.contains(&prev)
        || next.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{flagged, report};
    use crate::{Format, RuleId};

    #[test]
    fn flags_system_labels_and_offers_the_family_word() {
        let report = report("Contact with Dad is on Saturdays.", Format::Text);
        let f = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::CareLanguage)
            .unwrap();
        assert_eq!(f.text, "Contact");
        assert!(
            f.suggestion
                .as_deref()
                .is_some_and(|s| s.contains("family time")),
            "{f:?}"
        );
        assert!(flagged(
            RuleId::CareLanguage,
            "Family time with Dad is on Saturdays."
        )
        .is_empty());
    }
}
