//! Any string in a share link's fragment: decoding refuses damaged,
//! tampered or oversized payloads with a message, and what it accepts goes
//! through the same import planning as a file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia_model::document::Library;
use marginalia_model::exchange::{plan_import, share_decode};

fuzz_target!(|data: &[u8]| {
    let Ok(payload) = std::str::from_utf8(data) else { return };
    let Ok(json) = share_decode(payload) else { return };
    let _ = plan_import(&Library::default(), &json);
});
