//! Words, sentences and syllables of the analysed text.

mod quotes;
mod sentences;
mod syllables;
mod words;

pub use quotes::quotes;
pub use sentences::sentence_ranges;
pub use syllables::syllables;
pub use words::{words, Word};
