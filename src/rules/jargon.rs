use super::{terms, Kind, Needs, RuleId, RuleInfo, Severity, Sink};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::lexicon::Category;

pub const INFO: RuleInfo = RuleInfo {
    id: RuleId::Jargon,
    kind: Kind::Language,
    severity: Severity::Warning,
    needs: Needs::TERMS,
    summary: "A process or legal term of children's social care that a family may not know.",
    why: "Parents tell inspectors they cannot understand their plans. A word like \
          'core group' or 'strategy discussion' means nothing to most families, so \
          they cannot tell what is being decided about their child.",
    before: "A strategy discussion was held and a section 47 enquiry was initiated.",
    after: "The police, the school and I met to talk about Ava's safety. We agreed to \
            look into what happened.",
};

pub fn check(a: &Analysis, _: &Config, out: &mut Sink) {
    terms::report(
        a,
        out,
        Category::Jargon,
        |t| !t.entry.is_acronym(),
        |written, e| {
            format!(
                "“{written}” is a professional term a family may not know.{}",
                terms::note(e)
            )
        },
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::flagged;
    use crate::RuleId;

    #[test]
    fn flags_process_words_but_not_everyday_ones() {
        let got = flagged(
            RuleId::Jargon,
            "The core group met after the strategy discussion.",
        );
        assert_eq!(got, ["core group", "strategy discussion"]);
        assert!(flagged(RuleId::Jargon, "We met at your house on Monday.").is_empty());
    }

    #[test]
    fn names_of_teams_and_everyday_abbreviations_are_not_jargon() {
        let text = "Ade works in the Family Safeguarding Team. Mum will see the GP. Safeguarding is everyone's job.";
        assert_eq!(flagged(RuleId::Jargon, text), ["Safeguarding"]);
        let unit = "Jo Patel, Safeguarding and Quality Unit. Safeguarding and care matter.";
        assert_eq!(flagged(RuleId::Jargon, unit), ["Safeguarding"]);
        let schemes = "Ola will stay under Staying Put. Ask about staying put.";
        assert_eq!(flagged(RuleId::Jargon, schemes), ["staying put"]);
        let all: Vec<String> = [RuleId::Acronym, RuleId::Jargon]
            .iter()
            .flat_map(|r| flagged(*r, "Go to A&E or see your GP."))
            .collect();
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn the_document_own_name_is_not_jargon_in_it() {
        let plan = "# Child in Need Plan for Amir\n\nThe child in need plan will be looked at again in June. The core group will meet.\n";
        assert_eq!(flagged(RuleId::Jargon, plan), ["core group"]);
        // A meeting the title names is still a process word.
        let notes = "# Core group meeting notes\n\nThe core group meeting agreed the actions.\n";
        assert_eq!(flagged(RuleId::Jargon, notes), ["Core group meeting"]);
        let letter = "# A letter about Amir\n\nAmir has a child in need plan.\n";
        assert_eq!(flagged(RuleId::Jargon, letter), ["child in need plan"]);
    }
}
