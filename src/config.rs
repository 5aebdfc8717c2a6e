//! What a user can change: targets, limits, which rules run at what severity, local
//! terms and accepted words. Read from `plainplan.toml` (see README).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::Deserialize;

use crate::document::DocumentKind;
use crate::lexicon::{Category, Entry, Lexicon};
use crate::registry::{RuleId, Severity};

#[derive(Debug, Clone)]
pub struct Config {
    /// Reading age (years) the family should manage; `reading-level` fires above it.
    pub reading_age_target: f64,
    /// `long-sentence` fires on sentences with more words than this.
    pub max_sentence_words: usize,
    /// Most findings reported for one plan; the rest are counted in a note.
    pub max_findings: usize,
    /// What kind of document every file is, when the user says; otherwise each file's
    /// kind is worked out from its title and shape.
    pub kind: Option<DocumentKind>,
    /// Severities the settings give; `None` switches a rule off.
    severities: HashMap<RuleId, Option<Severity>>,
    /// Words and terms never flagged, lower case.
    accepted: HashSet<String>,
    local: Option<Arc<Lexicon>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            reading_age_target: 11.0,
            max_sentence_words: 25,
            max_findings: 5_000,
            kind: None,
            severities: HashMap::new(),
            accepted: HashSet::new(),
            local: None,
        }
    }
}

/// `plainplan.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    #[serde(alias = "reading_age")]
    reading_age: Option<f64>,
    #[serde(alias = "max_sentence_words")]
    max_sentence_words: Option<usize>,
    #[serde(alias = "max_findings")]
    max_findings: Option<usize>,
    kind: Option<String>,
    #[serde(default)]
    rules: HashMap<String, String>,
    #[serde(default)]
    accept: Vec<String>,
    #[serde(default)]
    terms: Vec<LocalTerm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalTerm {
    term: String,
    #[serde(default)]
    plain: String,
    #[serde(default = "default_term_rule")]
    rule: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    heard: String,
}

fn default_term_rule() -> String {
    RuleId::Jargon.name().into()
}

/// A reading age a plan can be written for: a number of years from 5 to 25.
pub fn reading_age(years: f64) -> Result<f64, String> {
    if years.is_finite() && (5.0..=25.0).contains(&years) {
        Ok(years)
    } else {
        Err("the reading age is a number of years from 5 to 25, such as 11".to_string())
    }
}

impl Config {
    /// Reads a `plainplan.toml`; errors name the setting that is wrong.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        let file: File = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let mut config = Config::default();
        if let Some(age) = file.reading_age {
            config.reading_age_target =
                reading_age(age).map_err(|e| format!("reading-age: {e}"))?;
        }
        if let Some(words) = file.max_sentence_words {
            config.max_sentence_words = words;
        }
        if let Some(n) = file.max_findings {
            config.max_findings = n;
        }
        if let Some(kind) = &file.kind {
            config.kind = Some(DocumentKind::from_name(kind).map_err(|e| format!("kind: {e}"))?);
        }
        for (rule, level) in &file.rules {
            let severity = match level.as_str() {
                "off" | "false" | "none" => None,
                other => Some(Severity::parse(other).ok_or_else(|| {
                    format!("rules.{rule}: '{other}' is not a severity (use off, note, warning or error)")
                })?),
            };
            config.set_severity(RuleId::from_name(rule)?, severity);
        }
        config.accepted = file.accept.iter().map(|w| w.to_lowercase()).collect();
        let mut entries = Vec::new();
        for t in file.terms {
            let category = RuleId::from_name(&t.rule)
                .ok()
                .and_then(Category::of_rule)
                .ok_or_else(|| {
                    let lists: Vec<_> = Category::ALL.iter().map(|c| c.rule().name()).collect();
                    format!(
                        "terms '{}': rule '{}' does not take terms (use one of {})",
                        t.term,
                        t.rule,
                        lists.join(", ")
                    )
                })?;
            entries.push(Entry {
                term: t.term,
                category,
                plain: t.plain,
                note: t.note,
                heard: t.heard,
                upper_only: false,
                context_dependent: false,
                scheme: false,
            });
        }
        if !entries.is_empty() {
            config.local = Some(Arc::new(Lexicon::new(entries)));
        }
        Ok(config)
    }

    /// What the settings say of a rule: a severity, `Some(None)` for off, or `None`
    /// when they leave it at its default.
    pub fn level(&self, rule: RuleId) -> Option<Option<Severity>> {
        self.severities.get(&rule).copied()
    }

    /// Sets a rule's severity, or switches it off with `None`.
    pub fn set_severity(&mut self, rule: RuleId, severity: Option<Severity>) {
        self.severities.insert(rule, severity);
    }

    pub fn is_accepted(&self, text: &str) -> bool {
        !self.accepted.is_empty() && self.accepted.contains(&text.to_lowercase())
    }

    pub fn local_terms(&self) -> Option<&Lexicon> {
        self.local.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_targets_rules_terms_and_accepted_words() {
        let c = Config::from_toml(
            r#"
reading-age = 9
max-sentence-words = 20
kind = "meeting-notes"
accept = ["CAMHS"]
[rules]
passive-voice = "off"
jargon = "error"
[[terms]]
term = "Healthy Minds"
plain = "the children's mental health team"
"#,
        )
        .unwrap();
        assert_eq!(c.reading_age_target, 9.0);
        for bad in ["nan", "inf", "-3.0", "300.0"] {
            let err = Config::from_toml(&format!("reading-age = {bad}")).unwrap_err();
            assert!(err.starts_with("reading-age:"), "{bad}: {err}");
        }
        assert_eq!(c.max_sentence_words, 20);
        assert_eq!(c.kind, Some(DocumentKind::MeetingNotes));
        assert_eq!(c.level(RuleId::PassiveVoice), Some(None));
        assert_eq!(c.level(RuleId::Jargon), Some(Some(Severity::Error)));
        assert_eq!(c.level(RuleId::Hedging), None);
        assert!(c.is_accepted("camhs"));
        assert_eq!(c.local_terms().unwrap().entries[0].term, "Healthy Minds");
    }

    #[test]
    fn unknown_rules_and_settings_are_named() {
        let e = Config::from_toml("[rules]\njargn = \"off\"\n").unwrap_err();
        assert!(e.contains("unknown rule 'jargn'"), "{e}");
        let e = Config::from_toml("colour = 1\n").unwrap_err();
        assert!(e.contains("colour"), "{e}");
        let e = Config::from_toml("[rules]\njargon = \"loud\"\n").unwrap_err();
        assert!(e.contains("'loud' is not a severity"), "{e}");
    }
}
