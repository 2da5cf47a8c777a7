//! Any bytes offered as an import file (Marginalia JSON, W3C Web Annotation,
//! Hypothesis, Recogito, doccano, Prodigy, Label Studio, spaCy): planning either refuses with a message or yields a
//! plan whose application leaves a library that saves and restores.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia_model::document::Library;
use marginalia_model::exchange::{apply_import, plan_import};

const ARTICLE: &str = include_str!("../../crates/model/tests/samples/article.txt");

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let mut lib = Library::default();
    lib.add(Some("article.txt".into()), ARTICLE.to_string());
    let Ok(plan) = plan_import(&lib, json) else { return };
    let _ = plan.summary();
    apply_import(&mut lib, plan);
    let saved = lib.to_json();
    let restored = Library::from_json(&saved).expect("a library we saved restores");
    assert_eq!(restored.to_json(), saved, "save → restore → save is stable");
});
