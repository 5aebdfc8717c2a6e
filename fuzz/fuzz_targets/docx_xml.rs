//! Arbitrary bytes as a Word file's document.xml: the fuzzer explores XML shapes
//! (merged and spanning cells, nested tables, fields, deep nesting) that random zip
//! bytes never reach.
#![no_main]

use std::io::Write;

use plainplan::input::{read, Limits};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    if zip.start_file("word/document.xml", stored).is_err() || zip.write_all(data).is_err() {
        return;
    }
    let Ok(bytes) = zip.finish().map(|c| c.into_inner()) else {
        return;
    };
    if let Ok(source) = read(Some("plan.docx"), &bytes, Some(plainplan::Format::Docx), &Limits::default()) {
        let _ = plainplan::Checker::default().check(&source);
    }
});
