//! Who a plan names: capitalised words inside sentences that no list knows, and which
//! of them are children (an age or a date of birth beside the name, or a title such as
//! "Plan for Kayden").

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::cues::{cues, Analysed, Phrases};

/// Whether a word is a term of the word lists, so not a name even when it starts with
/// a capital ("Contact", "Placement").
fn is_word(w: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
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
    pub names: FxHashSet<String>,
    /// The children, with their age in years where the plan gives it.
    pub children: FxHashMap<String, Option<u32>>,
}

/// Below this age a child's own actions still need a named adult (LABELLING.md).
pub const OWNS_FROM_AGE: u32 = 11;

impl People {
    /// From the analysis's words, sentence by sentence (ranges into `a.words`).
    pub fn of(a: &Analysed, sentences: impl Iterator<Item = Range<usize>> + Clone) -> People {
        let c = cues();
        let text = a.text;
        let words = a.words;
        let mut people = People::default();
        // Each spelling is judged once: a capital then a small letter, and in no list.
        let mut name_like: Vec<Option<bool>> = vec![None; a.vocabulary.len()];
        for s in sentences.clone() {
            for w in &words[s.clone()][1.min(s.len())..] {
                let seen = &mut name_like[w.lexeme as usize];
                if seen.is_some() {
                    continue;
                }
                let word = a.lower(w);
                let id = a.ids[w.lexeme as usize];
                let name = a.vocabulary.get(w.lexeme).proper
                    && !is_word(word)
                    && !c.timescale.months.has_numbered(id, word)
                    && !c.timescale.weekdays.has_numbered(id, word)
                    && !c.owner.not_people.has_numbered(id, word);
                *seen = Some(name);
                if name {
                    people.names.insert(word.trim_end_matches("'s").to_string());
                }
            }
        }
        // Which spellings name someone, capitalised.
        let named: Vec<bool> = a
            .vocabulary
            .iter()
            .map(|(id, l)| {
                l.capital
                    && people
                        .names
                        .contains(a.vocabulary.lower(id).trim_end_matches("'s"))
            })
            .collect();
        // The plan's own year, for ages from dates of birth: the latest year it names.
        let this_year = a
            .vocabulary
            .iter()
            .filter_map(|(id, _)| year_in(a.vocabulary.lower(id)))
            .max();
        for s in sentences {
            let ws = &words[s];
            let said = |i: usize| ws.get(i).map(|w| a.lower(w));
            // "Plan for Kayden (4)": a name after the title's words is the child's.
            let title = (1..ws.len()).find(|&i| {
                let pair = [said(i - 1).unwrap_or(""), said(i).unwrap_or("")];
                c.names.title.has_phrase(&pair)
            });
            for i in 0..ws.len() {
                if !named[ws[i].lexeme as usize] {
                    continue;
                }
                let name = a.lower(&ws[i]).trim_end_matches("'s");
                let next = |k: usize| said(i + k);
                let years =
                    |x: Option<&str>| x.and_then(|x| x.parse::<u32>().ok()).filter(|&n| n <= 18);
                let bracket = |k: usize| {
                    ws.get(i + k).is_some_and(|w| {
                        text[ws[i + k - 1].range().end..w.range().start].contains('(')
                    })
                };
                // "Niamh (9)", "Kayden Walsh DOB 14/06/2022", "Riley: 7 years old",
                // "José is 17", "Aoife, Year 4", "Plan for Kai".
                let is = |list: &Phrases, x: Option<&str>| x.is_some_and(|x| list.has_word(x));
                let n = &c.names;
                let age = (1..=3).find_map(|k| {
                    if bracket(k) && years(next(k)).is_some() {
                        return Some(years(next(k)));
                    }
                    if is(&n.born, next(k)) {
                        let born = (k + 1..k + 6).find_map(|j| next(j).and_then(year_in));
                        return Some(born.and_then(|b| this_year.map(|y| y.saturating_sub(b))));
                    }
                    if (is(&n.aged, next(k)) || is(&n.is, next(k))) && years(next(k + 1)).is_some()
                    {
                        return Some(years(next(k + 1)));
                    }
                    if is(&n.school_year, next(k)) && years(next(k + 1)).is_some() {
                        return Some(years(next(k + 1)).map(|y| y + 5));
                    }
                    if years(next(k)).is_some() && is(&n.age_units, next(k + 1)) {
                        let months = next(k + 1).is_some_and(|u| u.starts_with("month"));
                        return Some(if months { Some(0) } else { years(next(k)) });
                    }
                    None
                });
                let age = age.or_else(|| title.is_some_and(|t| i > t).then_some(None));
                if let Some(age) = age {
                    let known = people.children.entry(name.to_string()).or_insert(age);
                    if known.is_none() {
                        *known = age;
                    }
                }
            }
        }
        people
    }

    /// Whether `word` names a child, and if so whether the child is too young to own
    /// what they do.
    pub fn child(&self, word: &str) -> Option<bool> {
        self.children
            .get(word.trim_end_matches("'s"))
            .map(|age| age.is_some_and(|a| a < OWNS_FROM_AGE))
    }

    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word.trim_end_matches("'s"))
    }
}

/// A year of birth or of the plan in a word: "2022", "14.06.2022", "14/06/22" is not.
fn year_in(word: &str) -> Option<u32> {
    word.split(['.', '/', '-'])
        .filter(|p| p.len() == 4)
        .find_map(|p| p.parse::<u32>().ok().filter(|y| (1990..2100).contains(y)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Vocabulary;

    #[test]
    fn names_are_capitalised_words_inside_sentences_and_children_have_ages() {
        let text = "Mum will ring Ade on Monday. Ade will visit Poppy (9). Reggie is 4.";
        let mut vocabulary = Vocabulary::default();
        let mut words = Vec::new();
        crate::text::words(text, 0, &mut vocabulary, None, &mut words);
        let a = Analysed::new(text, &words, &vocabulary);
        let p = People::of(&a, [0..6, 6..11, 11..14].into_iter());
        assert!(p.is_name("ade") && p.is_name("poppy"));
        assert!(!p.is_name("monday") && !p.is_name("mum"));
        assert_eq!(p.child("poppy"), Some(true));
        assert_eq!(p.child("ade"), None);
    }

    #[test]
    fn ages_come_from_dates_of_birth_and_school_years() {
        let text = "Children: Jo Bell DOB 14.06.2022 and Sam, Year 8. Plan agreed on 3 March 2027.";
        let mut vocabulary = Vocabulary::default();
        let mut words = Vec::new();
        crate::text::words(text, 0, &mut vocabulary, None, &mut words);
        let a = Analysed::new(text, &words, &vocabulary);
        let p = People::of(&a, std::iter::once(0..words.len()));
        assert_eq!(p.children.get("jo"), Some(&Some(5)), "{p:?}");
        assert_eq!(p.children.get("sam"), Some(&Some(13)), "{p:?}");
        assert_eq!((p.child("jo"), p.child("sam")), (Some(true), Some(false)));
    }

    #[test]
    fn a_name_after_the_title_is_a_child() {
        let text = "Plan for Kayden Walsh. Kayden will go to nursery.";
        let mut vocabulary = Vocabulary::default();
        let mut words = Vec::new();
        crate::text::words(text, 0, &mut vocabulary, None, &mut words);
        let a = Analysed::new(text, &words, &vocabulary);
        let p = People::of(&a, [0..4, 4..9].into_iter());
        assert_eq!(p.child("kayden"), Some(false), "{p:?}");
    }
}
