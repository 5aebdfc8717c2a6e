//! The whole check on arbitrary text read as html.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let source = plainplan::Source::new(&text, plainplan::Format::Html);
    let _ = plainplan::Checker::default().check(&source);
});
