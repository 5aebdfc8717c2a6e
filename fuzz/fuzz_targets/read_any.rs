//! Any bytes through format detection, decoding, every reader and the check.
#![no_main]

use plainplan::input::{read, Limits};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(source) = read(None, data, None, &limits) {
        let _ = plainplan::Checker::default().check(&source);
    }
});
