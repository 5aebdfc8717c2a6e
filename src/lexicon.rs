//! The word lists in `dictionaries/`, compiled into the binary and matched with one
//! Aho–Corasick automaton: whole words, any case (acronyms as written), inflections,
//! phrases across line breaks, longest match first.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use unicode_segmentation::UnicodeSegmentation;

/// Which list a term comes from; each list feeds one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Acronym,
    Jargon,
    CareLanguage,
    Blaming,
    PlainWords,
    Hedge,
    Vague,
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
    (
        Category::Vague,
        "vague.tsv",
        include_str!("../dictionaries/vague.tsv"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub term: String,
    pub category: Category,
    /// The plain alternative; `[child]` and `[name]` are slots for the writer.
    pub plain: String,
    pub note: String,
    /// Short acronyms that are also words (SO, LA) match only in capitals.
    pub upper_only: bool,
    /// Only a problem in some uses ("contact", "services"): reported more softly.
    pub context_dependent: bool,
}

impl Entry {
    /// What an acronym stands for, from a note starting "Expansion: ...".
    pub fn expansion(&self) -> Option<&str> {
        let rest = self.note.strip_prefix("Expansion:")?.trim();
        Some(rest.split(['.', ';']).next().unwrap_or(rest).trim())
    }

    /// Whether the term is written in capitals, as acronyms are.
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

/// A compiled set of entries.
pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// Leftmost-longest, for the usual case.
    automaton: AhoCorasick,
    /// Every overlapping match, for blocks where the longest match was not a whole word.
    overlapping: AhoCorasick,
    /// Pattern number to entry number.
    pattern_entry: Vec<usize>,
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
        if term.is_empty() {
            return Err(format!("line {}: no term", n + 1));
        }
        out.push(Entry {
            term: term.to_string(),
            category,
            plain: plain.to_string(),
            note: note.to_string(),
            upper_only: note.contains("Match in upper case only"),
            context_dependent: note.starts_with("Context-dependent"),
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
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
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
        // Every term's own form first, then inflections: "DoLS" is not the plural of "DOL".
        // Among equals the first list to claim a form keeps it: a term is in one list only.
        let longest = forms.iter().map(Vec::len).max().unwrap_or(0);
        for rank in 0..longest {
            for (i, f) in forms.iter().enumerate() {
                let Some(v) = f.get(rank) else { continue };
                let key = format!(" {}", v.join(" "));
                if seen.insert(key.clone(), i).is_none() {
                    patterns.push(key);
                    pattern_entry.push(i);
                }
            }
        }
        // The quickest kind to build: the CLI pays for the build on every run.
        let build = |kind| {
            AhoCorasick::builder()
                .match_kind(kind)
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(&patterns)
                .expect("dictionary patterns compile")
        };
        let automaton = build(MatchKind::LeftmostLongest);
        let overlapping = build(MatchKind::Standard);
        Lexicon {
            entries,
            automaton,
            overlapping,
            pattern_entry,
        }
    }

    /// Every term used in `text` (one block), offsets shifted by `base`. Of terms that
    /// overlap, the one that starts first wins, then the longest.
    pub fn find(&self, text: &str, base: usize, out: &mut Vec<Match>) {
        let normal = Normalised::new(text);
        let mut candidates: Vec<(Range<usize>, usize)> = Vec::new();
        let mut whole_words = true;
        for m in self.automaton.find_iter(&normal.text) {
            match self.accept(&normal, text, m) {
                Some(c) => candidates.push(c),
                None => whole_words = false,
            }
        }
        // A rejected longest match may hide a shorter one that fits: look at them all.
        if !whole_words {
            candidates = self
                .overlapping
                .find_overlapping_iter(&normal.text)
                .filter_map(|m| self.accept(&normal, text, m))
                .collect();
            candidates.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
        }
        let mut end = 0;
        for (range, entry) in candidates {
            if range.start >= end {
                end = range.end;
                out.push(Match {
                    range: base + range.start..base + range.end,
                    entry,
                });
            }
        }
    }

    /// The match as a source range and entry, if it is whole words written as the term needs.
    fn accept(
        &self,
        normal: &Normalised,
        text: &str,
        m: aho_corasick::Match,
    ) -> Option<(Range<usize>, usize)> {
        if normal
            .text
            .as_bytes()
            .get(m.end())
            .is_some_and(|&b| b != b' ')
        {
            return None; // ends inside a word
        }
        let range = normal.source_range(m.start() + 1, m.end())?;
        let entry = self.pattern_entry[m.pattern().as_usize()];
        let e = &self.entries[entry];
        let written = &text[range.clone()];
        if e.is_acronym() && !written_as_acronym(written, &e.term) {
            return None;
        }
        if e.upper_only && written != e.term && written.chars().any(|c| c.is_lowercase()) {
            return None;
        }
        Some((range, entry))
    }
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

/// A block's words in lower case, one space before each, with `|` where punctuation
/// separates two words, so phrases match across line breaks but not across sentences.
struct Normalised {
    text: String,
    /// (offset in `text`, source range) of each word.
    words: Vec<(usize, Range<usize>)>,
}

impl Normalised {
    fn new(source: &str) -> Self {
        let mut text = String::with_capacity(source.len() + 8);
        let mut words = Vec::new();
        let mut last_end = 0;
        for (at, w) in source.unicode_word_indices() {
            if !words.is_empty()
                && source[last_end..at]
                    .contains(['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'])
            {
                text.push_str(" |");
            }
            text.push(' ');
            words.push((text.len(), at..at + w.len()));
            for c in w.chars() {
                if c == '’' {
                    text.push('\'');
                } else {
                    text.extend(c.to_lowercase());
                }
            }
            last_end = at + w.len();
        }
        Normalised { text, words }
    }

    /// The source range of normalised text that starts at a word and ends at `end`.
    fn source_range(&self, start: usize, end: usize) -> Option<Range<usize>> {
        let i = self.words.binary_search_by_key(&start, |w| w.0).ok()?;
        let last = self.words[..].partition_point(|w| w.0 < end) - 1;
        Some(self.words[i].1.start..self.words[last].1.end)
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
        assert!(found("Mum engaged with Sam.")
            .iter()
            .any(|(t, _)| t == "engaged with"));
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
