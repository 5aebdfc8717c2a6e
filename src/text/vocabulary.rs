//! The distinct spellings of a text. A plan repeats its words (a 20 KB plan has about
//! 3,800 words but about 1,000 spellings), so each spelling is lower-cased and its
//! syllables counted once, and every word points at its entry.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::FxBuildHasher;

use super::syllables;

/// One spelling, as written.
#[derive(Debug, Clone)]
pub struct Lexeme<'t> {
    pub written: &'t str,
    /// Where the lower-case form (apostrophes unified) is in the vocabulary's buffer.
    lower: Range<u32>,
    pub syllables: u8,
    /// Letters only, for Coleman–Liau; digits count as characters for ARI.
    pub letters: u16,
    pub chars: u16,
    /// Starts with a capital letter.
    pub capital: bool,
    /// A capital then a small letter, as names are written ("Ade", not "GP").
    pub proper: bool,
}

#[derive(Debug, Default)]
pub struct Vocabulary<'t> {
    ids: HashMap<&'t str, u32, FxBuildHasher>,
    lexemes: Vec<Lexeme<'t>>,
    lower: String,
}

impl<'t> Vocabulary<'t> {
    /// Room for the spellings of about `bytes` of text.
    pub fn for_text(bytes: usize) -> Self {
        let spellings = bytes / 20;
        Vocabulary {
            ids: HashMap::with_capacity_and_hasher(spellings, FxBuildHasher),
            lexemes: Vec::with_capacity(spellings),
            lower: String::with_capacity(spellings * 8),
        }
    }

    /// The number of `written`, added when new; its syllables come from `memory` when
    /// it has met the spelling before.
    pub fn intern(&mut self, written: &'t str, memory: Option<&mut Memory>) -> u32 {
        let id = self.lexemes.len() as u32;
        match self.ids.entry(written) {
            Entry::Occupied(e) => return *e.get(),
            Entry::Vacant(e) => e.insert(id),
        };
        let start = self.lower.len() as u32;
        let (letters, chars) = if written.is_ascii() {
            // Most words: no case tables needed.
            self.lower.push_str(written);
            self.lower[start as usize..].make_ascii_lowercase();
            let b = written.as_bytes();
            let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
            (
                letters,
                b.iter().filter(|c| c.is_ascii_alphanumeric()).count(),
            )
        } else {
            for c in written.chars() {
                if c == '’' {
                    self.lower.push('\'');
                } else {
                    self.lower.extend(c.to_lowercase());
                }
            }
            let count = |keep: fn(&char) -> bool| written.chars().filter(keep).count();
            (count(|c| c.is_alphabetic()), count(|c| c.is_alphanumeric()))
        };
        let mut first_two = written.chars();
        let first = first_two.next();
        self.lexemes.push(Lexeme {
            written,
            lower: start..self.lower.len() as u32,
            syllables: match memory {
                Some(m) => m.syllables(written),
                None => syllables(written),
            },
            letters: letters.min(usize::from(u16::MAX)) as u16,
            chars: chars.min(usize::from(u16::MAX)) as u16,
            capital: first.is_some_and(char::is_uppercase),
            proper: first.is_some_and(char::is_uppercase)
                && first_two.next().is_some_and(char::is_lowercase),
        });
        id
    }

    /// The number of a spelling, if the text has it.
    pub fn find(&self, written: &str) -> Option<u32> {
        self.ids.get(written).copied()
    }

    pub fn get(&self, id: u32) -> &Lexeme<'t> {
        &self.lexemes[id as usize]
    }

    /// The lower-case form of spelling `id`, with ’ written as '.
    pub fn lower(&self, id: u32) -> &str {
        let r = &self.lexemes[id as usize].lower;
        &self.lower[r.start as usize..r.end as usize]
    }

    pub fn len(&self) -> usize {
        self.lexemes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lexemes.is_empty()
    }

    /// Every spelling with its number, in the order first seen.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &Lexeme<'t>)> {
        (0..).zip(&self.lexemes)
    }
}

/// Syllable counts of spellings seen in earlier plans, kept by a caller that checks many
/// (`score`, the editor): plans share most of their words, and counting syllables is a
/// tenth of a check. Holds at most `limit` spellings, then starts again.
#[derive(Debug)]
pub struct Memory {
    syllables: HashMap<Box<str>, u8, FxBuildHasher>,
    limit: usize,
}

impl Default for Memory {
    fn default() -> Self {
        Memory {
            syllables: HashMap::default(),
            limit: 100_000,
        }
    }
}

impl Memory {
    fn syllables(&mut self, word: &str) -> u8 {
        if let Some(&n) = self.syllables.get(word) {
            return n;
        }
        if self.syllables.len() >= self.limit {
            self.syllables.clear();
        }
        let n = syllables(word);
        self.syllables.insert(word.into(), n);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_spelling_is_kept_once_with_its_lower_case_form() {
        let mut v = Vocabulary::default();
        let a = v.intern("Zoë’s", None);
        let b = v.intern("zoë’s", None);
        assert_eq!(v.intern("Zoë’s", None), a);
        assert_ne!(a, b);
        assert_eq!(v.len(), 2);
        assert_eq!(v.lower(a), "zoë's");
        assert!(v.get(a).proper && v.get(a).capital && !v.get(b).capital);
        assert_eq!(v.get(a).syllables, 2);
        let gp = v.intern("GP", None);
        assert!(v.get(gp).capital && !v.get(gp).proper);
        assert_eq!((v.get(gp).letters, v.get(gp).chars), (2, 2));
    }

    #[test]
    fn remembered_syllables_are_the_counted_ones_and_memory_stays_bounded() {
        let mut memory = Memory {
            limit: 3,
            ..Memory::default()
        };
        let words = [
            "Zoë",
            "nursery",
            "appointments",
            "GP",
            "nursery",
            "safeguarding",
        ];
        for w in words {
            let mut v = Vocabulary::default();
            let id = v.intern(w, Some(&mut memory));
            assert_eq!(v.get(id).syllables, syllables(w), "{w}");
            assert!(memory.syllables.len() <= 3);
        }
    }
}
