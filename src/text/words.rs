//! Words by Unicode word boundaries (UAX #29), so "friend’s", "Zoë" and "3.30pm" are one
//! word each, and dashes and quotes are never words.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{Memory, Vocabulary};

/// A word of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the analysed text, as `u32`: a word list of a long plan stays
    /// small (the analysed text is far under 4 GB; inputs are capped).
    start: u32,
    end: u32,
    /// Its spelling's number in the analysis's [`Vocabulary`], which holds its
    /// syllables, letters and characters once for every use.
    pub lexeme: u32,
}

impl Word {
    pub fn new(range: Range<usize>, lexeme: u32) -> Word {
        let offset = |at: usize| u32::try_from(at).expect("analysed text under 4 GB");
        Word {
            start: offset(range.start),
            end: offset(range.end),
            lexeme,
        }
    }

    /// Byte range in the analysed text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Adds the words of `text` to `out`, with offsets shifted by `base` and each spelling
/// filed in `vocabulary` (syllables from `memory` when it knows the spelling).
pub fn words<'t>(
    text: &'t str,
    base: usize,
    vocabulary: &mut Vocabulary<'t>,
    mut memory: Option<&mut Memory>,
    out: &mut Vec<Word>,
) {
    // No word spans a space, so each space-separated piece is segmented on its own:
    // the segmenter's ASCII fast path then applies to every piece without a ’ or an é,
    // not only to whole blocks without one.
    let mut piece_start = 0;
    for piece in text.split([' ', '\n']) {
        let offset = base + piece_start;
        piece_start += piece.len() + 1;
        for (at, w) in piece_words(piece) {
            let lexeme = vocabulary.intern(w, memory.as_deref_mut());
            let l = vocabulary.get(lexeme);
            if l.chars > 0 {
                out.push(Word::new(offset + at..offset + at + w.len(), lexeme));
            }
        }
    }
}

/// ASCII punctuation that is never part of a word at the edge of a piece.
const OPENING: [char; 4] = ['(', '[', '"', '\''];
const CLOSING: [char; 10] = ['.', ',', ';', ':', '!', '?', ')', ']', '"', '\''];

/// The words of one space-separated piece. Most pieces are one plain ASCII word with
/// perhaps a bracket, quote or stop around it: that word needs no segmenter.
fn piece_words(piece: &str) -> impl Iterator<Item = (usize, &str)> {
    let core = piece.trim_start_matches(OPENING).trim_end_matches(CLOSING);
    let plain = !core.is_empty() && core.bytes().all(|b| b.is_ascii_alphanumeric());
    let at = piece.len() - piece.trim_start_matches(OPENING).len();
    let one = plain.then_some((at, core));
    let many = (!plain).then(|| piece.unicode_word_indices());
    one.into_iter().chain(many.into_iter().flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        words(s, 0, &mut Vocabulary::default(), None, &mut out);
        out.into_iter().map(|w| &s[w.range()]).collect()
    }

    #[test]
    fn apostrophes_accents_and_times_stay_inside_words() {
        assert_eq!(
            texts("Zoë’s mum – Siobhán – rang at 3.30pm: “fine”."),
            vec!["Zoë’s", "mum", "Siobhán", "rang", "at", "3.30pm", "fine"]
        );
    }

    #[test]
    fn plain_pieces_split_as_the_segmenter_splits_them() {
        let pieces = [
            "(school).",
            "\"Mum\",",
            "'tis",
            "parents'",
            "2.",
            "e.g.",
            "3.30pm",
            "well-being",
            "GP's",
            "--",
            "_x",
            "(",
            "[ok]",
            "A&E",
            "x/y",
            "Kai:",
            "5%",
            "£20",
        ];
        for p in pieces {
            let fast: Vec<_> = piece_words(p).collect();
            let slow: Vec<_> = p.unicode_word_indices().collect();
            assert_eq!(fast, slow, "{p}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_piece_splits_as_the_segmenter_splits_it(p in "[a-zA-Z0-9().,;:!?'\"\\[\\]_&%£é’-]{0,10}") {
            let fast: Vec<_> = piece_words(&p).collect();
            let slow: Vec<_> = p.unicode_word_indices().collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn hyphens_split_compound_words() {
        assert_eq!(texts("well-being"), vec!["well", "being"]);
    }
}
