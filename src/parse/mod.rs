//! Readers that turn a source text into a [`Document`](crate::document::Document).

mod markdown;
mod text;

pub use markdown::parse_markdown;
pub use text::parse_text;

use crate::document::{Document, Format};

/// Parses decoded source text in the given format.
pub fn parse(source: &str, format: Format) -> Document {
    match format {
        Format::Markdown => parse_markdown(source),
        Format::Text => parse_text(source),
    }
}

/// The directive inside an HTML comment, if it is one of plainplan's.
pub(crate) fn control_directive(html: &str) -> Option<String> {
    let inner = html
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    inner
        .starts_with("plainplan-")
        .then(|| inner.split_whitespace().collect::<Vec<_>>().join(" "))
}
