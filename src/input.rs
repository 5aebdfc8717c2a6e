//! From bytes to text: decoding and format detection, with errors a user can act on.

use std::fmt;

use crate::document::Format;

/// Why an input cannot be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Empty,
    Binary,
    TooLarge { limit: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "the file is empty"),
            InputError::Binary => write!(
                f,
                "this is not a text, Markdown, HTML or Word file (it looks like binary data)"
            ),
            InputError::TooLarge { limit } => write!(
                f,
                "the file is larger than the limit of {} MB (change it with --max-file-size)",
                limit / 1_000_000
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Decodes text: UTF-8 with or without a byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<String, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    if bytes.contains(&0) {
        return Err(InputError::Binary);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| InputError::Binary)
}

/// The format of a plan: from its name when the extension says, otherwise from its text.
pub fn detect(name: Option<&str>, text: &str) -> Format {
    let ext = name.and_then(|n| std::path::Path::new(n).extension()?.to_str());
    if let Some(format) = ext.and_then(Format::from_extension) {
        return format;
    }
    let markdown = text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("# ") || l.starts_with("## ") || l.starts_with("|---") || l.starts_with("**")
    });
    if markdown {
        Format::Markdown
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFPlan").unwrap(), "Plan");
    }

    #[test]
    fn empty_and_binary_inputs_are_errors() {
        assert_eq!(decode(b" \n"), Err(InputError::Empty));
        assert_eq!(decode(b"PK\x03\x04\0\0"), Err(InputError::Binary));
    }

    #[test]
    fn detects_markdown_by_its_headings() {
        assert_eq!(detect(None, "# Plan\n\nText"), Format::Markdown);
        assert_eq!(detect(Some("plan.txt"), "# Plan"), Format::Text);
        assert_eq!(detect(None, "PLAN\n\nText"), Format::Text);
    }
}
