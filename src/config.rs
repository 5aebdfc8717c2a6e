//! What a user can change: targets, limits, and which rules run at what severity.

use std::collections::HashMap;

use crate::rules::{self, Severity};

#[derive(Debug, Clone)]
pub struct Config {
    /// Reading age (years) the family should manage; `reading-level` fires above it.
    pub reading_age_target: f64,
    /// `long-sentence` fires on sentences with more words than this.
    pub max_sentence_words: usize,
    /// Severity per rule id; `None` switches a rule off.
    severities: HashMap<&'static str, Option<Severity>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            reading_age_target: 11.0,
            max_sentence_words: 25,
            severities: HashMap::new(),
        }
    }
}

impl Config {
    /// The severity a rule reports at, or `None` when it is switched off.
    pub fn severity(&self, rule: &'static str) -> Option<Severity> {
        match self.severities.get(rule) {
            Some(s) => *s,
            None => rules::info(rule).map(|r| r.severity),
        }
    }

    pub fn is_enabled(&self, rule: &str) -> bool {
        rules::info(rule).is_some_and(|r| self.severity(r.id).is_some())
    }

    /// Sets a rule's severity, or switches it off with `None`. Unknown rules are an error.
    pub fn set_severity(&mut self, rule: &str, severity: Option<Severity>) -> Result<(), String> {
        let info = rules::info(rule).ok_or_else(|| rules::unknown_rule(rule))?;
        self.severities.insert(info.id, severity);
        Ok(())
    }
}
