//! Any bytes found in storage where the library should be: restoring either
//! refuses (the app then keeps the raw data exportable) or yields a library
//! that saves and restores to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia_model::document::Library;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(lib) = Library::from_json(json) else { return };
    let saved = lib.to_json();
    let restored = Library::from_json(&saved).expect("a library we saved restores");
    assert_eq!(restored.to_json(), saved, "save → restore → save is stable");
});
