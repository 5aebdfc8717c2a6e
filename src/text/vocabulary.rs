//! The distinct spellings of a text. A plan repeats its words (a 20 KB plan has about
//! 3,500 words but under 1,000 spellings), so each spelling is lower-cased and its
//! syllables counted once, and every word points at its entry.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::syllables;
use crate::lexicon::WordHasher;

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
    ids: HashMap<&'t str, u32, BuildHasherDefault<WordHasher>>,
    lexemes: Vec<Lexeme<'t>>,
    lower: String,
}

impl<'t> Vocabulary<'t> {
    /// The number of `written`, added when new.
    pub fn intern(&mut self, written: &'t str) -> u32 {
        if let Some(&id) = self.ids.get(written) {
            return id;
        }
        let id = self.lexemes.len() as u32;
        let start = self.lower.len() as u32;
        for c in written.chars() {
            if c == '’' {
                self.lower.push('\'');
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        let mut chars = written.chars();
        let first = chars.next();
        let count = |keep: fn(&char) -> bool| written.chars().filter(keep).count();
        self.lexemes.push(Lexeme {
            written,
            lower: start..self.lower.len() as u32,
            syllables: syllables(written),
            letters: count(|c| c.is_alphabetic()).min(usize::from(u16::MAX)) as u16,
            chars: count(|c| c.is_alphanumeric()).min(usize::from(u16::MAX)) as u16,
            capital: first.is_some_and(char::is_uppercase),
            proper: first.is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase),
        });
        self.ids.insert(written, id);
        id
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_spelling_is_kept_once_with_its_lower_case_form() {
        let mut v = Vocabulary::default();
        let a = v.intern("Zoë’s");
        let b = v.intern("zoë’s");
        assert_eq!(v.intern("Zoë’s"), a);
        assert_ne!(a, b);
        assert_eq!(v.len(), 2);
        assert_eq!(v.lower(a), "zoë's");
        assert!(v.get(a).proper && v.get(a).capital && !v.get(b).capital);
        assert_eq!(v.get(a).syllables, 2);
        let gp = v.intern("GP");
        assert!(v.get(gp).capital && !v.get(gp).proper);
        assert_eq!((v.get(gp).letters, v.get(gp).chars), (2, 2));
    }
}
