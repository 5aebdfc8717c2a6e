//! The Word reader on arbitrary bytes, then the check.
#![no_main]

use plainplan::input::{read, Limits};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(source) = read(Some("plan.docx"), data, Some(plainplan::Format::Docx), &limits) {
        let _ = plainplan::Checker::default().check(&source);
    }
});
