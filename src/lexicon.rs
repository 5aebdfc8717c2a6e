//! The word lists in `dictionaries/`, compiled into the binary and matched with one
//! Aho–Corasick automaton: whole words, any case (acronyms as written), inflections,
//! phrases across line breaks, longest match first.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxBuildHasher;
use unicode_segmentation::UnicodeSegmentation;

use crate::registry::RuleId;
use crate::text::{Vocabulary, Word};

/// Which list a term comes from; each list feeds one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Acronym,
    Jargon,
    CareLanguage,
    Blaming,
    PlainWords,
    Hedge,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Acronym,
        Category::Jargon,
        Category::CareLanguage,
        Category::Blaming,
        Category::PlainWords,
        Category::Hedge,
    ];

    /// The rule that reports this list's terms.
    pub fn rule(self) -> RuleId {
        match self {
            Category::Acronym => RuleId::Acronym,
            Category::Jargon => RuleId::Jargon,
            Category::CareLanguage => RuleId::CareLanguage,
            Category::Blaming => RuleId::BlamingLanguage,
            Category::PlainWords => RuleId::PlainWords,
            Category::Hedge => RuleId::Hedging,
        }
    }

    /// The list a rule reports, if it reports one.
    pub fn of_rule(rule: RuleId) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.rule() == rule)
    }

    /// What a family hears in a term of this list, when the entry says nothing better.
    pub fn heard(self) -> &'static str {
        match self {
            Category::Acronym => "I don't know what these letters stand for.",
            Category::Jargon => "I don't know what this means, so I can't tell what is being decided about my child.",
            Category::CareLanguage => "That is how the system talks about my child, not how we talk.",
            Category::Blaming => "They have decided what kind of person I am, not told me what happened.",
            Category::PlainWords => "Why not just say it in ordinary words?",
            Category::Hedge => "So will it happen or not?",
        }
    }
}

/// The built-in lists: (category, file contents).
pub const DICTIONARIES: &[(Category, &str, &str)] = &[
    (
        Category::Acronym,
        "acronyms.tsv",
        include_str!("../dictionaries/acronyms.tsv"),
    ),
    (
        Category::Jargon,
        "jargon.tsv",
        include_str!("../dictionaries/jargon.tsv"),
    ),
    (
        Category::CareLanguage,
        "care-language.tsv",
        include_str!("../dictionaries/care-language.tsv"),
    ),
    (
        Category::Blaming,
        "blaming.tsv",
        include_str!("../dictionaries/blaming.tsv"),
    ),
    (
        Category::PlainWords,
        "plain-words.tsv",
        include_str!("../dictionaries/plain-words.tsv"),
    ),
    (
        Category::Hedge,
        "hedges.tsv",
        include_str!("../dictionaries/hedges.tsv"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub term: String,
    pub category: Category,
    /// The plain alternative; `[child]` and `[name]` are slots for the writer.
    pub plain: String,
    pub note: String,
    /// What a parent or child hears in the term, in their words; empty for the list's
    /// usual line (see [`Category::heard`]).
    pub heard: String,
    /// Short acronyms that are also words (SO, LA) match only in capitals.
    pub upper_only: bool,
    /// Only a problem in some uses ("contact", "services"): reported more softly.
    pub context_dependent: bool,
    /// Also the name of a scheme or service: written with capitals ("Staying Put",
    /// "Early Help") it is that name, not jargon; in lower case it is the process.
    pub scheme: bool,
}

impl Entry {
    /// What an acronym stands for, from a note starting "Expansion: ...".
    pub fn expansion(&self) -> Option<&str> {
        let rest = self.note.strip_prefix("Expansion:")?.trim();
        Some(rest.split(['.', ';']).next().unwrap_or(rest).trim())
    }

    /// What a parent or child hears in this term.
    pub fn heard(&self) -> &str {
        if self.heard.is_empty() {
            self.category.heard()
        } else {
            &self.heard
        }
    }

    /// Whether the term is an acronym: from the acronym list, or written in capitals.
    pub fn is_acronym(&self) -> bool {
        self.category == Category::Acronym
            || self
                .term
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
    }
}

/// One use of a term in the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub range: Range<usize>,
    pub entry: usize,
}

/// A compiled set of entries. Each word of a term is a two-byte token, and the
/// automaton runs over tokens, so every match is whole words and the automaton stays
/// small enough to build on every CLI run.
pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// Every word used in a term, lower case, to its token.
    vocabulary: HashMap<String, u16, FxBuildHasher>,
    /// Leftmost-longest, for the usual case.
    automaton: AhoCorasick,
    /// Every overlapping match, for blocks where the longest match was rejected (an
    /// acronym written in lower case); built on first need, as most plans never need it.
    overlapping: OnceLock<AhoCorasick>,
    patterns: Vec<Vec<u8>>,
    /// Pattern number to entry number.
    pattern_entry: Vec<usize>,
}

/// Token for punctuation between two words: phrases do not run across it.
const BREAK: u16 = 0;
/// Token for a word in no term.
const OTHER: u16 = 1;
/// Words past this share one token; the built-in lists use about 3,200.
const MAX_TOKEN: u16 = 0x3FFF;

/// A token as three bytes: only the first has its high bit set, so a match can only
/// start and end on a token boundary. Small digits keep the automaton quick to build.
fn push_token(out: &mut Vec<u8>, token: u16) {
    out.push(0x80 | (token >> 10) as u8);
    out.push(((token >> 5) & 0x1F) as u8);
    out.push((token & 0x1F) as u8);
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} entries)", self.entries.len())
    }
}

/// Parses one dictionary file: `term<TAB>plain<TAB>note`, `#` comments.
pub fn parse_entries(category: Category, text: &str) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let term = cols.next().unwrap_or("").trim();
        let plain = cols.next().unwrap_or("").trim();
        let note = cols.next().unwrap_or("").trim();
        let heard = cols.next().unwrap_or("").trim();
        if term.is_empty() {
            return Err(format!("line {}: no term", n + 1));
        }
        out.push(Entry {
            term: term.to_string(),
            category,
            plain: plain.to_string(),
            note: note.to_string(),
            heard: heard.to_string(),
            upper_only: note.contains("Match in upper case only"),
            context_dependent: note.starts_with("Context-dependent"),
            scheme: note.contains("Scheme name"),
        });
    }
    Ok(out)
}

/// The built-in lexicon, compiled on first use.
pub fn builtin() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let entries = DICTIONARIES
            .iter()
            .flat_map(|(cat, name, text)| {
                parse_entries(*cat, text).unwrap_or_else(|e| panic!("dictionaries/{name}: {e}"))
            })
            .collect();
        Lexicon::new(entries)
    })
}

impl Lexicon {
    pub fn new(entries: Vec<Entry>) -> Lexicon {
        let forms: Vec<Vec<Vec<String>>> = entries
            .iter()
            .map(|e| {
                let words = normal_words(&e.term);
                if e.is_acronym() {
                    vec![words.clone(), plural(&words)]
                } else {
                    inflections(&words)
                }
            })
            .collect();
        let mut vocabulary: HashMap<String, u16, FxBuildHasher> = HashMap::default();
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut seen: HashMap<Vec<u8>, usize> = HashMap::new();
        // Every term's own form first, then inflections: "DoLS" is not the plural of "DOL".
        // Among equals the first list to claim a form keeps it: a term is in one list only.
        let longest = forms.iter().map(Vec::len).max().unwrap_or(0);
        for rank in 0..longest {
            for (i, f) in forms.iter().enumerate() {
                let Some(words) = f.get(rank).filter(|w| !w.is_empty()) else {
                    continue;
                };
                let mut key = Vec::with_capacity(words.len() * 3);
                for w in words {
                    let next = (vocabulary.len() + 2).min(usize::from(MAX_TOKEN)) as u16;
                    let token = *vocabulary.entry(w.clone()).or_insert(next);
                    push_token(&mut key, token);
                }
                if let std::collections::hash_map::Entry::Vacant(v) = seen.entry(key.clone()) {
                    v.insert(i);
                    patterns.push(key);
                    pattern_entry.push(i);
                }
            }
        }
        Lexicon {
            entries,
            vocabulary,
            automaton: build(&patterns, MatchKind::LeftmostLongest),
            overlapping: OnceLock::new(),
            patterns,
            pattern_entry,
        }
    }

    /// Every term used in `text` (one block), offsets shifted by `base`.
    pub fn find(&self, text: &str, base: usize, out: &mut Vec<Match>) {
        let mut vocabulary = Vocabulary::default();
        let mut words = Vec::new();
        crate::text::words(text, base, &mut vocabulary, None, &mut words);
        let tokens = self.tokens(&vocabulary);
        self.find_words(text, base, &words, &tokens, &mut Scratch::default(), out);
    }

    /// The token of each spelling of `vocabulary`, for [`Lexicon::find_words`].
    pub fn tokens(&self, vocabulary: &Vocabulary) -> Vec<u16> {
        vocabulary
            .iter()
            .map(|(id, _)| {
                let lower = vocabulary.lower(id);
                self.vocabulary.get(lower).copied().unwrap_or(OTHER)
            })
            .collect()
    }

    /// Every term among `words` (one block of `text`, whose offsets are shifted by
    /// `base`), given the token of each spelling. Of terms that overlap, the one that
    /// starts first wins, then the longest. `scratch` is reused between blocks.
    pub fn find_words(
        &self,
        text: &str,
        base: usize,
        words: &[Word],
        tokens: &[u16],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        scratch.fill(text, base, words, tokens);
        let mut candidates = std::mem::take(&mut scratch.candidates);
        candidates.clear();
        let tokens = &*scratch;
        let mut rejected = false;
        for m in self.automaton.find_iter(&tokens.bytes) {
            match self.accept(tokens, text, base, m) {
                Some(c) => candidates.push(c),
                None => rejected = true,
            }
        }
        // A rejected longest match may hide a shorter one that fits: look at them all.
        if rejected {
            candidates.clear();
            candidates.extend(
                self.overlapping
                    .get_or_init(|| build(&self.patterns, MatchKind::Standard))
                    .find_overlapping_iter(&tokens.bytes)
                    .filter_map(|m| self.accept(tokens, text, base, m)),
            );
            candidates.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
        }
        let mut end = 0;
        for (range, entry) in candidates.drain(..) {
            if range.start >= end {
                end = range.end;
                out.push(Match { range, entry });
            }
        }
        scratch.candidates = candidates;
    }

    /// The match as a source range and entry, if it is written as the term needs.
    fn accept(
        &self,
        tokens: &Scratch,
        text: &str,
        base: usize,
        m: aho_corasick::Match,
    ) -> Option<(Range<usize>, usize)> {
        let range = tokens.spans[m.start() / 3].start..tokens.spans[m.end() / 3 - 1].end;
        let entry = self.pattern_entry[m.pattern().as_usize()];
        let e = &self.entries[entry];
        let written = &text[range.start - base..range.end - base];
        if e.is_acronym() && !written_as_acronym(written, &e.term) {
            return None;
        }
        if e.upper_only && written != e.term && written.chars().any(|c| c.is_lowercase()) {
            return None;
        }
        Some((range, entry))
    }
}

/// A contiguous NFA: fast to search, and quick to build over tokens.
fn build(patterns: &[Vec<u8>], kind: MatchKind) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(kind)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .dense_depth(2)
        .build(patterns)
        .expect("dictionary patterns compile")
}

/// An acronym must be written in capitals (a plural s aside) or exactly as listed (CiN).
fn written_as_acronym(written: &str, term: &str) -> bool {
    let core = written
        .strip_suffix('s')
        .filter(|c| c.len() >= 2)
        .unwrap_or(written);
    written == term || core == term || !core.chars().any(|c| c.is_lowercase())
}

/// Lower-case words of a term, apostrophes unified.
pub fn normal_words(s: &str) -> Vec<String> {
    s.unicode_words()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

fn plural(words: &[String]) -> Vec<String> {
    let mut v = words.to_vec();
    if let Some(last) = v.last_mut() {
        last.push('s');
    }
    v
}

/// Forms of a term: its last word inflected, or a leading verb ("engaged with").
fn inflections(words: &[String]) -> Vec<Vec<String>> {
    let mut out = vec![words.to_vec()];
    let n = words.len();
    let positions: &[usize] = if n > 1 { &[n - 1, 0] } else { &[0] };
    for &p in positions {
        for form in word_forms(&words[p]) {
            let mut w = words.to_vec();
            w[p] = form;
            out.push(w);
        }
    }
    out
}

/// engage: engages, engaged, engaging; placement: placements; minimising: minimised.
/// A term in -ed or -ing gets only the other of the two: "refused" never matches "refuse".
fn word_forms(w: &str) -> Vec<String> {
    if w.len() < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return Vec::new();
    }
    let past_and_ing = |stem: &str| -> Vec<String> {
        match stem.strip_suffix('e') {
            Some(base) => vec![format!("{stem}d"), format!("{base}ing")],
            None => vec![format!("{stem}ed"), format!("{stem}ing")],
        }
    };
    let mut out = if let Some(s) = w.strip_suffix("ing").filter(|s| s.len() >= 3) {
        let mut v = past_and_ing(s);
        v.extend(past_and_ing(&format!("{s}e")));
        v
    } else if let Some(s) = w.strip_suffix("ed").filter(|s| s.len() >= 3) {
        let mut v = past_and_ing(s);
        v.extend(past_and_ing(&format!("{s}e")));
        v
    } else if let Some(stem) = w
        .strip_suffix('y')
        .filter(|st| !st.ends_with(['a', 'e', 'o', 'u']))
    {
        vec![
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        ]
    } else if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") {
        vec![format!("{w}es"), format!("{w}ed"), format!("{w}ing")]
    } else {
        let mut v = vec![format!("{w}s")];
        v.extend(past_and_ing(w));
        v
    };
    out.retain(|f| f != w);
    out.sort();
    out.dedup();
    out
}

/// A block as tokens, with a break token where punctuation separates two words, so
/// phrases match across line breaks but not across sentences. Kept between blocks so a
/// whole document needs only a few allocations.
#[derive(Default)]
pub struct Scratch {
    bytes: Vec<u8>,
    /// Source range of each token (empty for breaks).
    spans: Vec<Range<usize>>,
    candidates: Vec<(Range<usize>, usize)>,
}

impl Scratch {
    fn fill(&mut self, source: &str, base: usize, words: &[Word], tokens: &[u16]) {
        self.bytes.clear();
        self.spans.clear();
        let mut last_end = None;
        for w in words {
            let (at, end) = (w.range().start - base, w.range().end - base);
            if let Some(last) = last_end {
                let gap = &source[last..at];
                if gap != " "
                    && gap.contains(['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'])
                {
                    push_token(&mut self.bytes, BREAK);
                    self.spans.push(w.range().start..w.range().start);
                }
            }
            push_token(&mut self.bytes, tokens[w.lexeme as usize]);
            self.spans.push(w.range());
            last_end = Some(end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Category)> {
        let lex = builtin();
        let mut out = Vec::new();
        lex.find(text, 0, &mut out);
        out.into_iter()
            .map(|m| (text[m.range].to_string(), lex.entries[m.entry].category))
            .collect()
    }

    #[test]
    fn longest_match_wins_and_phrases_cross_line_breaks() {
        let got = found("The initial child\nprotection   conference is on Friday.");
        assert_eq!(
            got[0],
            (
                "initial child\nprotection   conference".to_string(),
                Category::Jargon
            )
        );
    }

    #[test]
    fn inflected_forms_match() {
        assert!(found("It is stepping up to a plan.")
            .iter()
            .any(|(t, c)| t == "stepping up" && *c == Category::Jargon));
        assert!(found("Two placements broke down.")
            .iter()
            .any(|(t, c)| t == "placements" && *c == Category::CareLanguage));
        assert!(found("He minimised it.")
            .iter()
            .any(|(t, c)| t == "minimised" && *c == Category::Blaming));
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        assert!(found("Mum and the LA agreed.")
            .iter()
            .any(|(t, _)| t == "LA"));
        assert!(!found("Tra la la.")
            .iter()
            .any(|(t, _)| t.eq_ignore_ascii_case("la")));
    }

    #[test]
    fn whole_words_only() {
        assert!(found("The medicine helps.")
            .iter()
            .all(|(t, _)| t != "medicine"));
        assert!(found("Ava is careful.").is_empty());
    }

    #[test]
    fn phrases_do_not_run_across_sentences() {
        let lex = builtin();
        let mut out = Vec::new();
        lex.find(
            "We talked about the core. Group work starts soon.",
            0,
            &mut out,
        );
        assert!(out
            .iter()
            .all(|m| lex.entries[m.entry].term != "core group"));
    }

    #[test]
    fn word_forms_cover_common_inflections() {
        let f = word_forms("engage");
        for w in ["engages", "engaged", "engaging"] {
            assert!(f.contains(&w.to_string()), "{w}");
        }
        assert!(word_forms("minimising").contains(&"minimised".to_string()));
        assert!(!word_forms("refused").contains(&"refuse".to_string()));
        assert!(word_forms("supply").contains(&"supplies".to_string()));
    }
}
