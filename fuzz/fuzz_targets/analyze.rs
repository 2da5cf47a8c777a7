//! Any bytes, read as text, analyse without a panic and keep every promise
//! the core makes about its spans (`Analysis::check`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = marginalia_core::analyze(&text);
    if let Err(broken) = analysis.check(&text) {
        panic!("{broken}");
    }
});
