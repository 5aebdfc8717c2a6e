//! The shared analysis every rule reads: blocks, sentences, words and scores.

use std::ops::Range;

use crate::document::{BlockKind, Document};
use crate::readability::{Counts, Scores};
use crate::text::{self, Word};

/// Sentences this short (table labels, "Who: Dad") are not scored, as textstat does.
pub const MIN_SCORED_WORDS: usize = 3;

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    pub block: usize,
    /// Indexes into [`Analysis::words`].
    pub words: Range<usize>,
    pub counts: Counts,
}

impl Sentence {
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// Whether the sentence counts towards the document's scores: prose, not a heading
    /// or a short label.
    pub fn is_scored(&self, doc: &Document) -> bool {
        self.word_count() >= MIN_SCORED_WORDS
            && !matches!(doc.blocks[self.block].kind, BlockKind::Heading { .. })
    }
}

#[derive(Debug)]
pub struct Analysis<'d> {
    pub doc: &'d Document,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    /// Every word and sentence, headings included.
    pub totals: Counts,
    /// The sentences that are scored.
    pub scored: Counts,
    pub scores: Option<Scores>,
}

impl<'d> Analysis<'d> {
    pub fn new(doc: &'d Document) -> Analysis<'d> {
        let mut words = Vec::with_capacity(doc.text.len() / 6);
        let mut sentences = Vec::with_capacity(doc.text.len() / 80);
        for (b, block) in doc.blocks.iter().enumerate() {
            let block_text = doc.block_text(block);
            for range in text::sentence_ranges(block_text) {
                let start = block.range.start + range.start;
                let first = words.len();
                words.extend(text::words(&block_text[range.clone()], start));
                let counts = counts_of(&words[first..]);
                sentences.push(Sentence {
                    range: start..block.range.start + range.end,
                    block: b,
                    words: first..words.len(),
                    counts,
                });
            }
        }
        let mut totals = Counts::default();
        let mut scored = Counts::default();
        for s in &sentences {
            totals.add(&s.counts);
            if s.is_scored(doc) {
                scored.add(&s.counts);
            }
        }
        let scores = Scores::from_counts(&scored).or_else(|| Scores::from_counts(&totals));
        Analysis {
            doc,
            words,
            sentences,
            totals,
            scored,
            scores,
        }
    }

    pub fn text(&self, range: Range<usize>) -> &str {
        &self.doc.text[range]
    }

    pub fn sentence_words(&self, s: &Sentence) -> &[Word] {
        &self.words[s.words.clone()]
    }
}

fn counts_of(words: &[Word]) -> Counts {
    let mut c = Counts {
        sentences: usize::from(!words.is_empty()),
        ..Counts::default()
    };
    for w in words {
        c.words += 1;
        c.syllables += usize::from(w.syllables);
        c.letters += usize::from(w.letters);
        c.characters += usize::from(w.chars);
        c.polysyllables += usize::from(w.syllables >= 3);
    }
    c
}
