//! The cue lists of `dictionaries/plan-cues.toml`, compiled once, and the words of a
//! piece of text to match them against.

use std::collections::HashSet;
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
    pub receiving: Phrases,
    pub evidence: Phrases,
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
    pub passives: Phrases,
    pub hedged: Phrases,
    pub nouns: Phrases,
    pub evidence: Phrases,
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

/// Whether a word is a term of the word lists, so not a name even when it starts with
/// a capital ("Contact", "Placement").
fn is_word(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            crate::lexicon::builtin()
                .entries
                .iter()
                .map(|e| e.term.as_str())
                .filter(|t| !t.contains(' ') && t.chars().next().is_some_and(char::is_lowercase))
                .collect()
        })
        .contains(w)
}

/// The people a plan names: capitalised words seen in the middle of a sentence that no
/// cue list knows, and which of them are children (an age or date of birth next to the
/// name, or "plan for ..." in a title).
#[derive(Debug, Default)]
pub struct People {
    pub names: HashSet<String>,
    pub children: HashSet<String>,
}

impl People {
    pub fn new(text: &str) -> People {
        let c = cues();
        let mut people = People::default();
        let sentences: Vec<Words> = text.split_sentence_bounds().map(Words::new).collect();
        for w in &sentences {
            for i in 1..w.len() {
                let word = &w.written[i];
                let mut chars = word.chars();
                let proper = chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(char::is_lowercase);
                let one = std::slice::from_ref(&w.lower[i]);
                if proper
                    && !is_word(&w.lower[i])
                    && !c.timescale.months.whole(one)
                    && !c.timescale.weekdays.whole(one)
                    && !c.owner.not_people.whole(one)
                {
                    people
                        .names
                        .insert(w.lower[i].trim_end_matches("'s").to_string());
                }
            }
        }
        for w in &sentences {
            let title = w
                .lower
                .windows(2)
                .position(|p| p[0] == "plan" && p[1] == "for");
            for i in 0..w.len() {
                let name = w.lower[i].trim_end_matches("'s");
                if !w.is_capitalised(i) || !people.names.contains(name) {
                    continue;
                }
                let next = |k: usize| w.lower.get(i + k).map(String::as_str);
                let young = |x: Option<&str>| {
                    x.and_then(|x| x.parse::<u32>().ok())
                        .is_some_and(|n| n <= 18)
                };
                // "Niamh (9)", "Kayden Walsh DOB", "Riley: 7 years old", "José is 17".
                let aged = (1..=2).any(|k| {
                    w.gaps.get(i + k).is_some_and(|g| g.contains('('))
                        && (young(next(k)) || next(k) == Some("dob"))
                        || next(k) == Some("dob")
                        || matches!(next(k), Some("aged" | "age")) && young(next(k + 1))
                        || next(k) == Some("is") && young(next(k + 1))
                        || young(next(k))
                            && matches!(next(k + 1), Some("years" | "year" | "months"))
                }) || title.is_some_and(|t| i > t);
                if aged {
                    people.children.insert(name.to_string());
                }
            }
        }
        people
    }

    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word.trim_end_matches("'s"))
    }
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
    fn names_are_capitalised_words_inside_sentences_and_children_have_ages() {
        let p = People::new("Mum will ring Ade on Monday. Ade will visit Poppy (9). Reggie is 4.");
        assert!(p.is_name("ade") && p.is_name("poppy"));
        assert!(!p.is_name("monday") && !p.is_name("mum"));
        assert!(p.children.contains("poppy") && !p.children.contains("ade"));
    }
}
