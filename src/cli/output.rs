//! Writing to standard output and standard error without panicking: a reader that has
//! gone (`plainplan rules | head -1`) ends the output quietly, and a full disk is an
//! error with its own exit code, never a lost report that looks like success.

use std::fmt::Display;
use std::io::{self, Write};

use super::EXIT_ERROR;

/// An `error:` line on standard error; if standard error itself cannot be written,
/// there is nobody left to tell.
pub fn error(message: impl Display) {
    let _ = writeln!(io::stderr(), "error: {}", printable(&message.to_string()));
}

/// Text from a plan or a file name, safe for a terminal: a control character (an
/// escape sequence's ESC, a line break inside a file name that would forge an
/// `error:` line) or a bidirectional override is shown as one visible symbol, so the
/// caret under a line still lines up.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| match c {
            '\t' => c,
            // C0 controls have pictures at U+2400 ("␛" for ESC, "␊" for a line feed).
            '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if unsafe_char(c) => '\u{fffd}',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// A line for the person at the keyboard, on standard error.
pub fn hint(message: impl Display) {
    let _ = writeln!(io::stderr(), "{message}");
}

/// The exit code for output that could not be written.
pub fn failed(e: &io::Error) -> i32 {
    if e.kind() == io::ErrorKind::BrokenPipe {
        // The reader has all it wanted.
        0
    } else {
        error(format!("could not write the output: {e}"));
        EXIT_ERROR
    }
}

/// Writes `text` to standard output; 0, or the exit code for what went wrong.
pub fn print(text: &str) -> i32 {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) => failed(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_and_overrides_become_visible_symbols() {
        assert_eq!(printable("plan.md"), "plan.md");
        assert_eq!(
            printable("a\nerror: b\x1b[31m"),
            "a\u{240a}error: b\u{241b}[31m"
        );
        assert_eq!(printable("x\u{9b}y\u{202e}z\tw"), "x\u{fffd}y\u{fffd}z\tw");
        assert_eq!(
            printable("a\x1bb").chars().count(),
            3,
            "one symbol per character"
        );
    }
}
