//! plainplan checks child protection plans for plain language: how hard they are to
//! read, words a family would not know, and outcomes and actions that say too little.
//!
//! The engine is pure: text in, [`Report`] out. The CLI, the wasm module, the benches
//! and the tests all go through a [`Checker`].
//!
//! Layers, each using only those below it: `text` and `document` (words, sentences,
//! blocks) → `parse` and `input` (readers) → `registry` (rule names, severities) →
//! `lexicon` and `config` → `plan` and `analysis` (the shared analysis) → `rules` →
//! `report` and `score` → `checker`.

pub mod analysis;
pub mod checker;
pub mod config;
pub mod controls;
pub mod document;
pub mod input;
pub mod lexicon;
pub mod parse;
pub mod plan;
pub mod position;
pub mod readability;
pub mod registry;
pub mod report;
pub mod rules;
pub mod score;
pub mod text;

pub use analysis::Analysis;
pub use checker::Checker;
pub use config::Config;
pub use document::{Document, Format};
pub use input::Source;
pub use registry::{Kind, RuleId, Severity};
pub use report::Report;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
