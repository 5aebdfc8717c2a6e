//! plainplan: checks child protection plans for plain language.

pub mod document;
pub mod parse;
pub mod text;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
