//! Writing to standard output and standard error without panicking: a reader that has
//! gone (`plainplan rules | head -1`) ends the output quietly, and a full disk is an
//! error with its own exit code, never a lost report that looks like success.

use std::fmt::Display;
use std::io::{self, Write};

use super::EXIT_ERROR;

/// An `error:` line on standard error; if standard error itself cannot be written,
/// there is nobody left to tell.
pub fn error(message: impl Display) {
    let _ = writeln!(io::stderr(), "error: {message}");
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
