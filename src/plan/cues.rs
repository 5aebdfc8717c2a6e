//! The cue lists of `dictionaries/plan-cues.toml`, compiled once, and the words of a
//! piece of text to match them against.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxBuildHasher;
use serde::Deserialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::{Vocabulary, Word};

const CUES: &str = include_str!("../../dictionaries/plan-cues.toml");

/// One word of a cue phrase: a word of the vocabulary, or a stem (`record*`).
#[derive(Debug)]
enum Part {
    Word(u32),
    Stem(String),
}

thread_local! {
    /// The vocabulary as the cue file is read: every whole word of every phrase.
    static BUILDING: std::cell::RefCell<HashMap<String, u32>> = Default::default();
}

/// A list of phrases matched word by word; `word*` matches any ending. Words are numbered
/// once, so matching compares numbers and finds candidates by their first word.
#[derive(Debug, Default)]
pub struct Phrases {
    phrases: Vec<Vec<Part>>,
    /// Phrases by the number of their first word, when it is a whole word.
    by_first: HashMap<u32, Vec<usize>, FxBuildHasher>,
    /// Phrases that start with a stem, by the stem's first two bytes.
    stems: HashMap<[u8; 2], Vec<usize>, FxBuildHasher>,
    /// A bit for each first word and each stem's first byte: most words start no phrase
    /// of a list, and these say so without a look-up.
    first_ids: Vec<u64>,
    stem_keys: [u64; 8],
    /// Set when the list is first consulted, for the test that every list is used.
    #[cfg(test)]
    used: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// Every list read from the cue file, with its phrases and whether it was consulted.
#[cfg(test)]
type Registered = (Vec<String>, std::sync::Arc<std::sync::atomic::AtomicBool>);
#[cfg(test)]
static REGISTERED: std::sync::Mutex<Vec<Registered>> = std::sync::Mutex::new(Vec::new());

/// Where a stem key's bit is in `stem_keys`; keys may share a bit.
fn stem_bit(key: [u8; 2]) -> usize {
    (usize::from(key[0]) * 31 + usize::from(key[1])) % 512
}

fn has_bit(bits: &[u64], n: usize) -> bool {
    bits.get(n / 64).is_some_and(|b| b >> (n % 64) & 1 == 1)
}

fn set_bit(bits: &mut Vec<u64>, n: usize) {
    if bits.len() <= n / 64 {
        bits.resize(n / 64 + 1, 0);
    }
    bits[n / 64] |= 1 << (n % 64);
}

/// The key a stem, and every word it could match, is filed under.
fn stem_key(word: &str) -> Option<[u8; 2]> {
    let b = word.as_bytes();
    Some([*b.first()?, *b.get(1)?])
}

impl<'de> Deserialize<'de> for Phrases {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let list = Vec::<String>::deserialize(d)?;
        let mut out = Phrases::default();
        BUILDING.with_borrow_mut(|vocabulary| {
            for p in &list {
                let parts: Vec<Part> = p
                    .split_whitespace()
                    .map(|w| match w.strip_suffix('*') {
                        Some(stem) => Part::Stem(stem.to_string()),
                        None => {
                            let next = vocabulary.len() as u32 + 1;
                            Part::Word(*vocabulary.entry(w.to_string()).or_insert(next))
                        }
                    })
                    .collect();
                let i = out.phrases.len();
                match parts.first() {
                    Some(Part::Word(id)) => {
                        out.by_first.entry(*id).or_default().push(i);
                        set_bit(&mut out.first_ids, *id as usize);
                    }
                    Some(Part::Stem(stem)) => match stem_key(stem) {
                        Some(key) => {
                            out.stems.entry(key).or_default().push(i);
                            let bit = stem_bit(key);
                            out.stem_keys[bit / 64] |= 1 << (bit % 64);
                        }
                        None => continue,
                    },
                    None => continue,
                }
                out.phrases.push(parts);
            }
        });
        #[cfg(test)]
        REGISTERED
            .lock()
            .unwrap()
            .push((list.clone(), out.used.clone()));
        Ok(out)
    }
}

impl Phrases {
    #[inline]
    fn mark(&self) {
        #[cfg(test)]
        self.used.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Length in words of the longest phrase that starts at word `i`.
    #[inline]
    pub fn at(&self, w: &Words, i: usize) -> Option<usize> {
        self.mark();
        if i >= w.len() {
            return None;
        }
        let id = w.id(i);
        let exact = has_bit(&self.first_ids, id as usize);
        let stem = w
            .key(i)
            .is_some_and(|k| has_bit(&self.stem_keys, stem_bit(k)));
        if !exact && !stem {
            return None;
        }
        self.longest_at(
            w,
            i,
            exact.then_some(id),
            stem.then_some(w.key(i)).flatten(),
        )
    }

    fn longest_at(
        &self,
        w: &Words,
        i: usize,
        id: Option<u32>,
        key: Option<[u8; 2]>,
    ) -> Option<usize> {
        let exact = id
            .and_then(|id| self.by_first.get(&id))
            .map_or(&[][..], Vec::as_slice);
        let stems = key
            .and_then(|k| self.stems.get(&k))
            .map_or(&[][..], Vec::as_slice);
        exact
            .iter()
            .chain(stems)
            .map(|&k| &self.phrases[k])
            .filter(|p| {
                p.len() <= w.len() - i
                    && p.iter().enumerate().all(|(k, part)| match part {
                        Part::Word(id) => w.id(i + k) == *id,
                        Part::Stem(stem) => w.lower(i + k).starts_with(stem.as_str()),
                    })
            })
            .map(Vec::len)
            .max()
    }

    /// The first word where a phrase starts, and its length.
    pub fn find(&self, w: &Words) -> Option<(usize, usize)> {
        (0..w.len()).find_map(|i| self.at(w, i).map(|n| (i, n)))
    }

    pub fn any(&self, w: &Words) -> bool {
        self.find(w).is_some()
    }

    /// Whether the whole of `w` is one phrase.
    pub fn whole(&self, w: &Words) -> bool {
        !w.is_empty() && self.at(w, 0) == Some(w.len())
    }

    /// Whether word `i` of `w` alone is a phrase of this list.
    pub fn has_word_at(&self, w: &Words, i: usize) -> bool {
        self.has_numbered(w.id(i), w.lower(i))
    }

    /// Whether a lower-case word, whose cue number is `id`, alone is a phrase of this
    /// list; the bit sets answer most words without a look-up.
    pub fn has_numbered(&self, id: u32, word: &str) -> bool {
        self.mark();
        let exact = has_bit(&self.first_ids, id as usize) && self.one_word(id);
        exact
            || stem_key(word).is_some_and(|k| has_bit(&self.stem_keys, stem_bit(k)))
                && self.one_stem(word)
    }

    /// Whether the word numbered `id` alone is a phrase.
    fn one_word(&self, id: u32) -> bool {
        self.by_first
            .get(&id)
            .is_some_and(|list| list.iter().any(|&k| self.phrases[k].len() == 1))
    }

    /// Whether a one-stem phrase matches `word`.
    fn one_stem(&self, word: &str) -> bool {
        stem_key(word)
            .and_then(|key| self.stems.get(&key))
            .is_some_and(|list| {
                list.iter().any(|&k| {
                    let p = &self.phrases[k];
                    p.len() == 1
                        && matches!(&p[0], Part::Stem(stem) if word.starts_with(stem.as_str()))
                })
            })
    }

    /// Whether these lower-case words, together, are one phrase of this list.
    pub fn has_phrase(&self, words: &[&str]) -> bool {
        self.mark();
        let first = words.first().map_or(0, |w| id_of(w));
        let stems = words.first().and_then(|w| stem_key(w));
        let exact = self.by_first.get(&first).map_or(&[][..], Vec::as_slice);
        let stemmed = stems
            .and_then(|k| self.stems.get(&k))
            .map_or(&[][..], Vec::as_slice);
        exact.iter().chain(stemmed).any(|&k| {
            let p = &self.phrases[k];
            p.len() == words.len()
                && p.iter().zip(words).all(|(part, w)| match part {
                    Part::Word(id) => id_of(w) == *id,
                    Part::Stem(stem) => w.starts_with(stem.as_str()),
                })
        })
    }

    /// Whether one lower-case word is a phrase of this list.
    pub fn has_word(&self, word: &str) -> bool {
        self.mark();
        self.one_word(id_of(word)) || self.one_stem(word)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    pub kinds: Kinds,
    pub headings: Headings,
    pub columns: Columns,
    pub labels: Labels,
    pub grammar: Grammar,
    pub names: Names,
    pub owner: Owner,
    pub timescale: Timescale,
    pub measure: Measure,
    pub next_step: NextStep,
    pub facts: Facts,
    pub intro: Intro,
    pub vague: Vague,
    pub topic: Topic,
    pub synonyms: std::collections::BTreeMap<String, Phrases>,
    #[serde(skip)]
    vocabulary: HashMap<String, u32, FxBuildHasher>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headings {
    pub whole_action: Phrases,
    pub whole_review: Phrases,
    pub whole_outcome: Phrases,
    pub contingency: Phrases,
    pub skip: Phrases,
    pub outcome: Phrases,
    pub action: Phrases,
    pub review: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    pub whole_action: Phrases,
    pub label: Phrases,
    pub trigger: Phrases,
    pub progress: Phrases,
    pub measure: Phrases,
    pub owner: Phrases,
    pub timescale: Phrases,
    pub action: Phrases,
    pub outcome: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub outcome: Phrases,
    pub action: Phrases,
    pub contingency: Phrases,
    pub owner: Phrases,
    pub timescale: Phrases,
    pub measure: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    pub openers: Phrases,
    pub determiners: Phrases,
    pub young_children: Phrases,
    pub children: Phrases,
    pub me: Phrases,
    pub prepositions: Phrases,
    pub adverbs: Phrases,
    pub be_places: Phrases,
    pub people: Phrases,
    pub not_people: Phrases,
    pub state_verbs: Phrases,
    pub receiving: Phrases,
    pub given: Phrases,
    pub family_voice: Phrases,
    pub we: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timescale {
    pub unit_leads: Phrases,
    pub unit_leads_with_number: Phrases,
    pub every: Phrases,
    pub months: Phrases,
    pub weekdays: Phrases,
    pub units: Phrases,
    pub frequencies: Phrases,
    pub events: Phrases,
    pub deadline_words: Phrases,
    pub not_timescales: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub frequency_after_at_least: Phrases,
    pub report_verbs: Phrases,
    pub phrases: Phrases,
    pub kept_up: Phrases,
    pub not_measures: Phrases,
    pub amounts: Phrases,
    pub durations: Phrases,
    pub not_counted: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub triggers: Phrases,
    pub choices: Phrases,
    pub hedges: Phrases,
    pub emergency: Phrases,
    pub whole_plan: Phrases,
    pub pointers: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vague {
    pub objects: Phrases,
    pub enablers: Phrases,
    pub verbs: Phrases,
    pub passives: Phrases,
    pub hedged: Phrases,
    pub feelings: Phrases,
    pub nouns: Phrases,
    pub evidence: Phrases,
    pub concrete: Phrases,
    pub kept_states: Phrases,
    pub sharing: Phrases,
    pub worries: Phrases,
    pub subjectless: Phrases,
    pub subjects: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kinds {
    pub meeting_notes: Phrases,
    pub case_notes: Phrases,
    pub chronology: Phrases,
    pub assessment: Phrases,
    pub leaflet: Phrases,
    pub guidance: Phrases,
    pub plan: Phrases,
    pub greetings: Phrases,
    pub sign_offs: Phrases,
    pub email_fields: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    pub doer_ends: Phrases,
    pub verb_markers: Phrases,
    pub second_verb: Phrases,
    pub statement_modals: Phrases,
    pub commit_modals: Phrases,
    pub anaphors: Phrases,
    pub checks: Phrases,
    pub follow_on: Phrases,
    pub records: Phrases,
    pub people_pronouns: Phrases,
    pub not_plan_to: Phrases,
    pub between: Phrases,
    pub negations: Phrases,
    pub past: Phrases,
    pub past_verbs: Phrases,
    pub present: Phrases,
    pub future: Phrases,
    pub carry_on: Phrases,
    pub wishes: Phrases,
    pub numbers: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub title: Phrases,
    pub born: Phrases,
    pub aged: Phrases,
    pub is: Phrases,
    pub school_year: Phrases,
    pub age_units: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub phrases: Phrases,
    pub admin: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    pub words: Phrases,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub generic: Phrases,
    pub places: Phrases,
    pub missed: Phrases,
    pub school_time: Phrases,
}

/// The cue lists, read from `dictionaries/plan-cues.toml` on first use.
pub fn cues() -> &'static Cues {
    static CACHE: OnceLock<Cues> = OnceLock::new();
    CACHE.get_or_init(|| {
        let mut cues: Cues =
            toml::from_str(CUES).unwrap_or_else(|e| panic!("dictionaries/plan-cues.toml: {e}"));
        cues.vocabulary = BUILDING.take().into_iter().collect();
        cues
    })
}

/// The analysis's words, with each spelling's number in the cue vocabulary looked up
/// once.
pub struct Analysed<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    pub vocabulary: &'a Vocabulary<'a>,
    /// Each spelling's number in the cue vocabulary.
    pub ids: Vec<u32>,
}

impl<'a> Analysed<'a> {
    pub fn new(text: &'a str, words: &'a [Word], vocabulary: &'a Vocabulary<'a>) -> Self {
        let ids = vocabulary
            .iter()
            .map(|(id, _)| id_of(vocabulary.lower(id)))
            .collect();
        Analysed {
            text,
            words,
            vocabulary,
            ids,
        }
    }

    pub fn lower(&self, w: &Word) -> &'a str {
        self.vocabulary.lower(w.lexeme)
    }
}

/// The words of a piece of text, lower case with apostrophes unified, and what stands
/// between them.
#[derive(Debug, Default, Clone)]
pub struct Words<'a> {
    words: Vec<CueWord<'a>>,
    /// What follows the last word.
    end: Gap,
}

/// One word as the cue lists see it.
#[derive(Debug, Clone)]
struct CueWord<'a> {
    lower: Cow<'a, str>,
    /// Its number in the cue vocabulary; 0 for words no cue uses.
    id: u32,
    key: Option<[u8; 2]>,
    capital: bool,
    /// What comes between this word and the one before.
    before: Gap,
}

/// What the text between two words holds.
#[derive(Debug, Default, Clone, Copy)]
struct Gap {
    comma: bool,
    /// Any clause punctuation: , . ; : ! ? ( )
    clause: bool,
    /// . ; ! ?
    stop: bool,
    /// Exactly "/", as in 14/03/2027.
    slash: bool,
    /// Starts with "%" (after a number) or ends with "£" (before one).
    percent: bool,
    pound: bool,
    /// A dash between spaces: "Book the visit – SW – by May".
    dash: bool,
}

impl Gap {
    fn of(s: &str) -> Gap {
        // Most gaps are one space.
        if s == " " {
            return Gap::default();
        }
        Gap {
            comma: s.contains(','),
            clause: s.contains([',', '.', ';', ':', '!', '?', '(', ')']),
            stop: s.contains(['.', ';', '!', '?']),
            slash: s == "/",
            percent: s.starts_with('%'),
            pound: s.ends_with('£'),
            dash: [" – ", " - ", " — "].iter().any(|d| s.contains(d)),
        }
    }
}

impl<'a> Words<'a> {
    pub fn new(text: &str) -> Words<'a> {
        let mut w = Words::default();
        let mut gap_start = 0;
        for (at, word) in text.split_word_bound_indices() {
            if word.chars().any(char::is_alphanumeric) {
                let lower = word.to_lowercase().replace('’', "'");
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                let id = id_of(&lower);
                w.push(Cow::Owned(lower), id, capital, &text[gap_start..at]);
                gap_start = at + word.len();
            }
        }
        w.end = Gap::of(&text[gap_start..]);
        w
    }

    /// The words of `text[range]`, from words the analysis has already found.
    pub fn of(a: &Analysed<'a>, range: Range<usize>) -> Words<'a> {
        let words = a.words;
        let first = words.partition_point(|x| x.range().start < range.start);
        let last = words.partition_point(|x| x.range().end <= range.end);
        let words = &words[first..last.max(first)];
        let mut w = Words {
            words: Vec::with_capacity(words.len()),
            end: Gap::default(),
        };
        let mut gap_start = range.start;
        for x in words {
            let capital = a.vocabulary.get(x.lexeme).capital;
            let gap = &a.text[gap_start..x.range().start];
            let id = a.ids[x.lexeme as usize];
            w.push(Cow::Borrowed(a.lower(x)), id, capital, gap);
            gap_start = x.range().end;
        }
        w.end = Gap::of(&a.text[gap_start..range.end.max(gap_start)]);
        w
    }

    fn push(&mut self, lower: Cow<'a, str>, id: u32, capital: bool, gap: &str) {
        self.words.push(CueWord {
            key: stem_key(&lower),
            lower,
            id,
            capital,
            before: Gap::of(gap),
        });
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Word `i`, lower case.
    pub fn lower(&self, i: usize) -> &str {
        &self.words[i].lower
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(|w| &*w.lower)
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().map(|w| &*w.lower)
    }

    /// The words `range` of these, with what stands between them.
    pub fn slice(&self, range: Range<usize>) -> Words<'a> {
        let end = range.end.min(self.len());
        Words {
            end: self.gap_before(end),
            words: self.words[range.start.min(end)..end].to_vec(),
        }
    }

    /// Drops the first word ("1." before a heading).
    pub fn drop_first(&mut self) {
        self.words.remove(0);
    }

    fn id(&self, i: usize) -> u32 {
        self.words[i].id
    }

    fn key(&self, i: usize) -> Option<[u8; 2]> {
        self.words[i].key
    }

    /// What comes before word `i`; after the last word when `i` is the length.
    fn gap_before(&self, i: usize) -> Gap {
        self.words.get(i).map_or(self.end, |w| w.before)
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.words[i].capital
    }

    pub fn comma_before(&self, i: usize) -> bool {
        self.gap_before(i).comma
    }

    /// Clause punctuation between word `i` and the one before.
    pub fn punct_before(&self, i: usize) -> bool {
        self.gap_before(i).clause
    }

    /// A sentence or clause ends before word `i` (. ; ! ?).
    pub fn stop_before(&self, i: usize) -> bool {
        self.gap_before(i).stop
    }

    /// Word `i` and the one before are joined by "/" (14/03).
    pub fn slash_before(&self, i: usize) -> bool {
        self.gap_before(i).slash
    }

    /// Word `i` is followed by "%".
    pub fn percent_after(&self, i: usize) -> bool {
        i < self.len() && self.gap_before(i + 1).percent
    }

    /// A dash between spaces stands before word `i`.
    pub fn dash_before(&self, i: usize) -> bool {
        self.gap_before(i).dash
    }

    pub fn pound_before(&self, i: usize) -> bool {
        self.gap_before(i).pound
    }

    /// Word `i` commits to something: "will", "must", "shall", or a doer joined to its
    /// "'ll" ("Gran'll").
    pub fn is_modal(&self, i: usize) -> bool {
        cues().grammar.statement_modals.has_word_at(self, i) || self.lower(i).ends_with("'ll")
    }

    /// Word `i` looks ahead: "will", "to", or a "'ll".
    pub fn is_future(&self, i: usize) -> bool {
        cues().grammar.future.has_word_at(self, i) || self.lower(i).ends_with("'ll")
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.lower(i)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    }
}

fn id_of(word: &str) -> u32 {
    cues().vocabulary.get(word).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cue_file_parses_and_prefixes_match() {
        let c = cues();
        let w = Words::new("The school will send the attendance records.");
        assert!(c.measure.phrases.any(&w));
        assert_eq!(c.owner.people.at(&w, 1), Some(1));
    }

    /// Every phrase of every list can match: lower case, and its words are words as
    /// the text is split ("check-up" is two words, "-" none).
    #[test]
    fn every_cue_entry_can_match() {
        let table: toml::Table = toml::from_str(CUES).unwrap();
        let mut wrong = Vec::new();
        for (section, lists) in &table {
            for (key, list) in lists.as_table().unwrap() {
                for p in list.as_array().unwrap() {
                    let p = p.as_str().unwrap();
                    let parts: Vec<&str> = p.split_whitespace().collect();
                    let w = Words::new(&p.replace('*', ""));
                    let same = w.len() == parts.len()
                        && parts
                            .iter()
                            .enumerate()
                            .all(|(k, part)| w.lower(k) == part.trim_end_matches('*'))
                        && parts
                            .iter()
                            .all(|x| x.trim_end_matches('*').len() >= 2 || !x.ends_with('*'));
                    if !same {
                        wrong.push(format!("{section}.{key}: '{p}'"));
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "entries that can never match:\n{}",
            wrong.join("\n")
        );
    }

    /// Every list in the cue file is consulted when plans are checked: none is dead.
    #[test]
    fn every_cue_list_is_used() {
        let table: toml::Table = toml::from_str(CUES).unwrap();
        let lists: usize = table.values().map(|t| t.as_table().unwrap().len()).sum();
        cues();
        let mut checker = crate::Checker::default();
        let mut plans: Vec<_> = std::fs::read_dir("tests/corpus")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "md" || e == "txt" || e == "html")
            })
            .collect();
        plans.sort();
        assert!(plans.len() > 20, "{}", plans.len());
        for path in plans {
            let text = std::fs::read_to_string(&path).unwrap();
            let format = crate::input::detect(path.to_str(), &text);
            checker.check(&crate::Source::new(&text, format)).unwrap();
        }
        // Paths the corpus may not take: a child's "will be in school".
        let invented = "# Plan for Poppy (9)\n\n## Actions\n\n- Poppy will be in school by 9am.\n";
        checker
            .check(&crate::Source::new(invented, crate::Format::Markdown))
            .unwrap();
        let registered = REGISTERED.lock().unwrap();
        assert_eq!(registered.len(), lists, "every list is read");
        let unused: Vec<String> = registered
            .iter()
            .filter(|(_, used)| !used.load(std::sync::atomic::Ordering::Relaxed))
            .map(|(phrases, _)| {
                let name = table.iter().flat_map(|(s, t)| {
                    t.as_table().unwrap().iter().filter_map(move |(k, v)| {
                        let v: Vec<&str> =
                            v.as_array()?.iter().filter_map(|x| x.as_str()).collect();
                        (v == phrases.iter().map(String::as_str).collect::<Vec<_>>())
                            .then(|| format!("{s}.{k}"))
                    })
                });
                name.collect::<Vec<_>>().join(" or ")
            })
            .collect();
        assert!(unused.is_empty(), "lists no check reads: {unused:?}");
    }
}
