//! Words by Unicode word boundaries (UAX #29), so "friend’s", "Zoë" and "3.30pm" are one
//! word each, and dashes and quotes are never words.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::syllables;

/// A word of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    pub syllables: u8,
    /// Letters only, for Coleman–Liau; digits count as characters for ARI.
    pub letters: u16,
    pub chars: u16,
}

/// The words of `text`, with offsets shifted by `base`.
pub fn words(text: &str, base: usize) -> impl Iterator<Item = Word> + '_ {
    text.unicode_word_indices().filter_map(move |(at, w)| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let chars = w.chars().filter(|c| c.is_alphanumeric()).count();
        (chars > 0).then(|| Word {
            range: base + at..base + at + w.len(),
            syllables: syllables(w),
            letters: letters.min(u16::MAX as usize) as u16,
            chars: chars.min(u16::MAX as usize) as u16,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s, 0).map(|w| &s[w.range]).collect()
    }

    #[test]
    fn apostrophes_accents_and_times_stay_inside_words() {
        assert_eq!(
            texts("Zoë’s mum – Siobhán – rang at 3.30pm: “fine”."),
            vec!["Zoë’s", "mum", "Siobhán", "rang", "at", "3.30pm", "fine"]
        );
    }

    #[test]
    fn hyphens_split_compound_words() {
        assert_eq!(texts("well-being"), vec!["well", "being"]);
    }
}
