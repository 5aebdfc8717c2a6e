//! The whole check on arbitrary text read as text.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let source = plainplan::Source::new(&text, plainplan::Format::Text);
    let _ = plainplan::Checker::default().check(&source);
});
