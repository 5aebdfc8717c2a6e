//! The cue lists of `dictionaries/plan-cues.toml`, compiled once, and the words of a
//! piece of text to match them against.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_segmentation::UnicodeSegmentation;

const CUES: &str = include_str!("../../dictionaries/plan-cues.toml");

/// A list of phrases matched word by word; `word*` matches any ending.
#[derive(Debug, Default)]
pub struct Phrases(Vec<Vec<(String, bool)>>);

impl<'de> Deserialize<'de> for Phrases {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<String>::deserialize(d)?;
        Ok(Phrases(
            list.iter()
                .map(|p| {
                    p.split_whitespace()
                        .map(|w| match w.strip_suffix('*') {
                            Some(stem) => (stem.to_string(), true),
                            None => (w.to_string(), false),
                        })
                        .collect()
                })
                .collect(),
        ))
    }
}

impl Phrases {
    /// Length in words of the longest phrase that starts at word `i`.
    pub fn at(&self, words: &[String], i: usize) -> Option<usize> {
        self.0
            .iter()
            .filter(|p| {
                p.len() <= words.len() - i.min(words.len())
                    && p.iter().zip(&words[i..]).all(|((w, prefix), t)| {
                        if *prefix {
                            t.starts_with(w.as_str())
                        } else {
                            t == w
                        }
                    })
            })
            .map(Vec::len)
            .max()
    }

    /// The first word where a phrase starts, and its length.
    pub fn find(&self, words: &[String]) -> Option<(usize, usize)> {
        (0..words.len()).find_map(|i| self.at(words, i).map(|n| (i, n)))
    }

    pub fn any(&self, words: &[String]) -> bool {
        self.find(words).is_some()
    }

    /// Whether the whole of `words` is one phrase.
    pub fn whole(&self, words: &[String]) -> bool {
        !words.is_empty() && self.at(words, 0) == Some(words.len())
    }
}

#[derive(Debug, Deserialize)]
pub struct Cues {
    pub headings: Headings,
    pub columns: Columns,
    pub labels: Labels,
    pub owner: Owner,
    pub timescale: Timescale,
    pub measure: Measure,
    pub next_step: NextStep,
    pub vague: Vague,
}

#[derive(Debug, Deserialize)]
pub struct Headings {
    pub contingency: Phrases,
    pub skip: Phrases,
    pub outcome: Phrases,
    pub action: Phrases,
    pub review: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Columns {
    pub label: Phrases,
    pub progress: Phrases,
    pub measure: Phrases,
    pub owner: Phrases,
    pub timescale: Phrases,
    pub action: Phrases,
    pub outcome: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Labels {
    pub outcome: Phrases,
    pub action: Phrases,
    pub contingency: Phrases,
    pub owner: Phrases,
    pub timescale: Phrases,
    pub measure: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Owner {
    pub people: Phrases,
    pub not_people: Phrases,
    pub state_verbs: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Timescale {
    pub months: Phrases,
    pub weekdays: Phrases,
    pub units: Phrases,
    pub frequencies: Phrases,
    pub events: Phrases,
    pub deadline_words: Phrases,
    pub not_timescales: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Measure {
    pub phrases: Phrases,
    pub not_measures: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct NextStep {
    pub triggers: Phrases,
    pub hedges: Phrases,
    pub whole_plan: Phrases,
    pub pointers: Phrases,
}

#[derive(Debug, Deserialize)]
pub struct Vague {
    pub verbs: Phrases,
    pub nouns: Phrases,
    pub concrete: Phrases,
}

pub fn cues() -> &'static Cues {
    static CACHE: OnceLock<Cues> = OnceLock::new();
    CACHE.get_or_init(|| {
        toml::from_str(CUES).unwrap_or_else(|e| panic!("dictionaries/plan-cues.toml: {e}"))
    })
}

/// The words of a piece of text: lower case with apostrophes unified, as written, and
/// whether each starts with a capital.
#[derive(Debug, Default, Clone)]
pub struct Words {
    pub lower: Vec<String>,
    pub written: Vec<String>,
    /// Byte offset of each word in the text.
    pub at: Vec<usize>,
    /// The text between words: `gaps[i]` comes before word `i`, the last one after them all.
    pub gaps: Vec<String>,
}

impl Words {
    pub fn new(text: &str) -> Words {
        let mut w = Words::default();
        let mut gap = String::new();
        for (at, word) in text.split_word_bound_indices() {
            if !word.chars().any(char::is_alphanumeric) {
                gap.push_str(word);
                continue;
            }
            w.lower.push(word.to_lowercase().replace('’', "'"));
            w.written.push(word.to_string());
            w.at.push(at);
            w.gaps.push(std::mem::take(&mut gap));
        }
        w.gaps.push(gap);
        w
    }

    pub fn len(&self) -> usize {
        self.lower.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.written[i]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    pub fn comma_before(&self, i: usize) -> bool {
        self.gaps[i].contains(',')
    }

    /// Clause punctuation between word `i` and the one before.
    pub fn punct_before(&self, i: usize) -> bool {
        self.gaps[i].contains([',', '.', ';', ':', '!', '?', '(', ')'])
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.lower[i]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    }
}

/// Capitalised words that are names in this plan: seen capitalised in the middle of a
/// sentence, and not a month, a weekday or a word the cue lists know.
pub fn names(text: &str) -> HashMap<String, usize> {
    let c = cues();
    let mut out: HashMap<String, usize> = HashMap::new();
    for sentence in text.split_sentence_bounds() {
        let w = Words::new(sentence);
        for i in 1..w.len() {
            let word = &w.written[i];
            let mut chars = word.chars();
            let proper = chars.next().is_some_and(char::is_uppercase)
                && chars.clone().next().is_some_and(char::is_lowercase);
            if !proper {
                continue;
            }
            let one = std::slice::from_ref(&w.lower[i]);
            if c.timescale.months.whole(one)
                || c.timescale.weekdays.whole(one)
                || c.owner.not_people.whole(one)
            {
                continue;
            }
            let name = w.lower[i].trim_end_matches("'s");
            *out.entry(name.to_string()).or_default() += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cue_file_parses_and_prefixes_match() {
        let c = cues();
        let w = Words::new("The school will send the attendance records.");
        assert!(c.measure.phrases.any(&w.lower));
        assert_eq!(c.owner.people.at(&w.lower, 1), Some(1));
    }

    #[test]
    fn names_are_capitalised_words_inside_sentences() {
        let n = names("Mum will ring Ade on Monday. Ade will visit Poppy.");
        assert!(n.contains_key("ade") && n.contains_key("poppy"));
        assert!(!n.contains_key("monday") && !n.contains_key("mum"));
    }
}
