//! The shared analysis every rule reads: blocks, sentences, words and scores.

use std::ops::Range;

use crate::config::Config;
use crate::document::{BlockKind, Document};
use crate::lexicon::{self, Entry, Lexicon, Match, Scratch};
use crate::plan::{self, Classified, Plan};
use crate::readability::{Counts, Scores};
use crate::registry::Needs;
use crate::text::{self, Memory, Vocabulary, Word};

/// Sentences this short (table labels, "Who: Dad") are not scored, as textstat does.
pub const MIN_SCORED_WORDS: usize = 3;

/// Blocks of this many words or more are prose: paragraphs and full bullets, not
/// labels, short cells or one-line fields.
pub const PROSE_BLOCK_WORDS: usize = 12;

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
    /// The distinct spellings of the words, each analysed once.
    pub vocabulary: Vocabulary<'d>,
    pub sentences: Vec<Sentence>,
    /// Every word and sentence, headings included.
    pub totals: Counts,
    /// The sentences that are scored.
    pub scored: Counts,
    pub scores: Option<Scores>,
    /// The scores of the prose alone, which short fields and cells make look easier;
    /// `None` when the plan has no prose.
    pub prose_scores: Option<Scores>,
    /// Dictionary terms used, built-in and local, in text order.
    pub terms: Vec<TermUse<'d>>,
    /// Stretches inside quotation marks: what a parent or child said.
    pub quotes: Vec<Range<usize>>,
    /// What kind of document this is: plan checks run only on plans and meeting notes.
    pub kind: Classified,
    /// Sections, outcomes, actions and contingencies.
    pub plan: Plan,
}

/// A dictionary term found in the text.
#[derive(Debug, Clone)]
pub struct TermUse<'d> {
    pub range: Range<usize>,
    pub entry: &'d Entry,
}

impl<'d> Analysis<'d> {
    /// Analyses `doc`: always its words, sentences and scores; the terms and the plan
    /// only when `needs` asks for them (the enabled rules' needs, `rules::needs`).
    /// Syllable counts are kept in `memory` from plan to plan.
    pub fn new(
        doc: &'d Document,
        config: &'d Config,
        needs: Needs,
        mut memory: Option<&mut Memory>,
    ) -> Analysis<'d> {
        // English runs 5 to 6 bytes a word with its space, short lines 4 to 5: room
        // enough never to regrow (a word is 12 bytes).
        let mut words = Vec::with_capacity(doc.text.len() / 4 + 16);
        let mut sentences = Vec::with_capacity(doc.text.len() / 80);
        let mut vocabulary = Vocabulary::for_text(doc.text.len());
        for (b, block) in doc.blocks.iter().enumerate() {
            let block_text = doc.block_text(block);
            for range in text::sentence_ranges(block_text) {
                let start = block.range.start + range.start;
                let first = words.len();
                let sentence = &block_text[range.clone()];
                let memory = memory.as_deref_mut();
                text::words(sentence, start, &mut vocabulary, memory, &mut words);
                let counts = counts_of(&words[first..], &vocabulary);
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
        let prose_scores = Scores::from_counts(&prose_counts(doc, &sentences));
        let terms = if needs.terms {
            find_terms(doc, config, &words, &vocabulary, &sentences)
        } else {
            Vec::new()
        };
        let quotes = doc
            .blocks
            .iter()
            .flat_map(|b| text::quotes(doc.block_text(b), b.range.start))
            .collect();
        let kind = match config.kind {
            Some(kind) => Classified {
                kind,
                evidence: "set with --kind or in plainplan.toml".to_string(),
                title: plan::classify(doc).title,
            },
            None => plan::classify(doc),
        };
        let plan = if needs.plan && kind.kind.can_lack_direction() {
            let plan = Plan::new(
                doc,
                kind.kind,
                &words,
                &vocabulary,
                sentences.iter().map(|s| s.words.clone()),
            );
            // Case notes get no plan checks, only whether they give any direction.
            if kind.kind.has_plan() {
                plan
            } else {
                plan.only_direction(kind.kind)
            }
        } else {
            Plan::default()
        };
        Analysis {
            doc,
            words,
            vocabulary,
            sentences,
            totals,
            scored,
            scores,
            prose_scores,
            terms,
            quotes,
            kind,
            plan,
        }
    }

    pub fn in_quotes(&self, range: &Range<usize>) -> bool {
        self.quotes
            .iter()
            .any(|q| q.start <= range.start && range.end <= q.end)
    }

    pub fn text(&self, range: Range<usize>) -> &str {
        &self.doc.text[range]
    }

    pub fn sentence_words(&self, s: &Sentence) -> &[Word] {
        &self.words[s.words.clone()]
    }
}

/// The counts of the scored sentences in prose blocks.
fn prose_counts(doc: &Document, sentences: &[Sentence]) -> Counts {
    let mut prose = Counts::default();
    for run in sentences.chunk_by(|a, b| a.block == b.block) {
        let words: usize = run.iter().map(Sentence::word_count).sum();
        if words >= PROSE_BLOCK_WORDS {
            for s in run.iter().filter(|s| s.is_scored(doc)) {
                prose.add(&s.counts);
            }
        }
    }
    prose
}

fn counts_of(words: &[Word], vocabulary: &Vocabulary) -> Counts {
    let mut c = Counts {
        sentences: usize::from(!words.is_empty()),
        ..Counts::default()
    };
    for w in words {
        let l = vocabulary.get(w.lexeme);
        c.words += 1;
        c.syllables += usize::from(l.syllables);
        c.letters += usize::from(l.letters);
        c.characters += usize::from(l.chars);
        c.polysyllables += usize::from(l.syllables >= 3);
    }
    c
}

/// Local terms first, so a council's own wording wins over the built-in lists.
fn find_terms<'d>(
    doc: &Document,
    config: &'d Config,
    words: &[Word],
    vocabulary: &Vocabulary,
    sentences: &[Sentence],
) -> Vec<TermUse<'d>> {
    let lexicons: Vec<&'d Lexicon> = config
        .local_terms()
        .into_iter()
        .chain([lexicon::builtin()])
        .collect();
    let tokens: Vec<Vec<u16>> = lexicons.iter().map(|l| l.tokens(vocabulary)).collect();
    let mut out: Vec<TermUse<'d>> = Vec::new();
    let mut found: Vec<Match> = Vec::new();
    let mut scratch = Scratch::default();
    // Sentences come block by block, so each block's words are one run.
    for run in sentences.chunk_by(|a, b| a.block == b.block) {
        let block = &doc.blocks[run[0].block];
        let text = doc.block_text(block);
        let block_words = &words[run[0].words.start..run[run.len() - 1].words.end];
        let first = out.len();
        for (lex, tokens) in lexicons.iter().zip(&tokens) {
            found.clear();
            let base = block.range.start;
            lex.find_words(text, base, block_words, tokens, &mut scratch, &mut found);
            // What earlier lists took in this block, in text order and never
            // overlapping: a match is looked up by bisection, so a block with a
            // hundred thousand terms stays linear.
            let earlier = out.len();
            out[first..earlier].sort_by_key(|t| t.range.start);
            for m in found.drain(..) {
                let taken = {
                    let prior = &out[first..earlier];
                    let i = prior.partition_point(|t| t.range.end <= m.range.start);
                    // Matches come in text order: the last one kept is the one this
                    // could overlap.
                    let own = out[earlier..].last();
                    prior.get(i).is_some_and(|t| t.range.start < m.range.end)
                        || own.is_some_and(|t| m.range.start < t.range.end)
                };
                let entry = &lex.entries[m.entry];
                if !taken
                    && !config.is_accepted(&doc.text[m.range.clone()])
                    && !config.is_accepted(&entry.term)
                {
                    out.push(TermUse {
                        range: m.range,
                        entry,
                    });
                }
            }
        }
        out[first..].sort_by_key(|t| t.range.start);
    }
    out
}
