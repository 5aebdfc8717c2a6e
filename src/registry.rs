//! The names every layer shares about rules: which rules there are, how severe a
//! finding is, what kind of problem it is, and what a rule needs analysed. Below
//! `config` and `analysis`, so both can name rules without reaching up to `rules/`.
//! Each rule's own facts (severity, examples, what it needs) are its `INFO`, in its
//! file under `src/rules/`.

use serde::Serialize;

/// Every rule, in the order `plainplan rules` lists them. The names are the JSON
/// report's `rule` field and the names in `plainplan.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    LongSentence,
    ReadingLevel,
    Jargon,
    Acronym,
    PlainWords,
    CareLanguage,
    BlamingLanguage,
    Hedging,
    PassiveVoice,
    VagueOutcome,
    NoOwner,
    NoTimescale,
    NoMeasure,
    NoNextStep,
    NoContingency,
    NoDirection,
}

impl RuleId {
    pub const ALL: [RuleId; 16] = [
        RuleId::LongSentence,
        RuleId::ReadingLevel,
        RuleId::Jargon,
        RuleId::Acronym,
        RuleId::PlainWords,
        RuleId::CareLanguage,
        RuleId::BlamingLanguage,
        RuleId::Hedging,
        RuleId::PassiveVoice,
        RuleId::VagueOutcome,
        RuleId::NoOwner,
        RuleId::NoTimescale,
        RuleId::NoMeasure,
        RuleId::NoNextStep,
        RuleId::NoContingency,
        RuleId::NoDirection,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RuleId::LongSentence => "long-sentence",
            RuleId::ReadingLevel => "reading-level",
            RuleId::Jargon => "jargon",
            RuleId::Acronym => "acronym",
            RuleId::PlainWords => "plain-words",
            RuleId::CareLanguage => "care-language",
            RuleId::BlamingLanguage => "blaming-language",
            RuleId::Hedging => "hedging",
            RuleId::PassiveVoice => "passive-voice",
            RuleId::VagueOutcome => "vague-outcome",
            RuleId::NoOwner => "no-owner",
            RuleId::NoTimescale => "no-timescale",
            RuleId::NoMeasure => "no-measure",
            RuleId::NoNextStep => "no-next-step",
            RuleId::NoContingency => "no-contingency",
            RuleId::NoDirection => "no-direction",
        }
    }

    /// The rule a name in settings, a control comment or the command line means.
    pub fn from_name(name: &str) -> Result<RuleId, String> {
        RuleId::ALL
            .into_iter()
            .find(|r| r.name() == name)
            .ok_or_else(|| {
                let known: Vec<_> = RuleId::ALL.iter().map(|r| r.name()).collect();
                format!("unknown rule '{name}'; the rules are: {}", known.join(", "))
            })
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" | "note" | "hint" => Some(Severity::Note),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// Which part of the check a rule belongs to; the editor colours findings by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Reading,
    Language,
    Plan,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Reading => "reading",
            Kind::Language => "language",
            Kind::Plan => "plan",
        }
    }
}

/// What a rule reads beyond the words and sentences every check has: the analysis
/// builds a stage only when an enabled rule needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Needs {
    /// The dictionary pass: terms from the word lists.
    pub terms: bool,
    /// The plan: sections, items and what each item says.
    pub plan: bool,
}

impl Needs {
    pub const TEXT: Needs = Needs {
        terms: false,
        plan: false,
    };
    pub const TERMS: Needs = Needs {
        terms: true,
        plan: false,
    };
    pub const PLAN: Needs = Needs {
        terms: false,
        plan: true,
    };
    pub const ALL: Needs = Needs {
        terms: true,
        plan: true,
    };

    pub fn union(self, other: Needs) -> Needs {
        Needs {
            terms: self.terms || other.terms,
            plan: self.plan || other.plan,
        }
    }
}

/// A rule's facts: what `plainplan explain RULE` prints, its default severity, and
/// what it needs analysed.
#[derive(Debug)]
pub struct RuleInfo {
    pub id: RuleId,
    pub kind: Kind,
    pub severity: Severity,
    pub needs: Needs,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// Why it matters to a family.
    pub why: &'static str,
    /// Text the rule fires on, and the same text put right; a test checks both.
    pub before: &'static str,
    pub after: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_rules() {
        for id in RuleId::ALL {
            assert_eq!(RuleId::from_name(id.name()), Ok(id));
            assert_eq!(
                serde_json::to_string(&id).unwrap(),
                format!("\"{}\"", id.name())
            );
        }
        let e = RuleId::from_name("jargn").unwrap_err();
        assert!(e.starts_with("unknown rule 'jargn'; the rules are: long-sentence, "));
    }
}
