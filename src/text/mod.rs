//! Words, sentences and syllables of the analysed text.

pub mod passive;
mod quotes;
mod sentences;
mod syllables;
mod vocabulary;
mod words;

pub use quotes::quotes;
pub use sentences::sentence_ranges;
pub use syllables::syllables;
pub use vocabulary::{Lexeme, Memory, Vocabulary};
pub use words::{words, Word};
