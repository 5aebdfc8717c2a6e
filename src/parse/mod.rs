//! Readers that turn a source text into a [`Document`](crate::document::Document).

mod docx;
mod html;
mod markdown;
mod text;

pub use docx::{parse_docx, DocxError, DocxLimits};
pub use html::parse_html;
pub use markdown::parse_markdown;
pub use text::{list_marker, parse_text};

use crate::document::{Document, Format};

/// Parses decoded source text in the given format. Word files are bytes: see
/// [`parse_docx`]; given here as text they are read as plain text.
pub fn parse(source: &str, format: Format) -> Document {
    match format {
        Format::Markdown => parse_markdown(source),
        Format::Html => parse_html(source),
        Format::Text | Format::Docx | Format::Pdf => parse_text(source),
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
