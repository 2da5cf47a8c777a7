//! Golden tests: W3C annotation files in the shapes Hypothesis and Recogito
//! write (made by hand from their documented formats, under samples/),
//! imported into a library that has the article open. Their positions count
//! UTF-16 units, so the emoji in the title puts them one off: the quote decides.
//!
//! And files of doccano, Prodigy and Label Studio (under fixtures/, written by
//! hand after the formats each tool documents), imported into a fresh library.

use marginalia_model::Library;
use marginalia_model::exchange::{apply_import, plan_import};

fn library() -> Library {
    let mut lib = Library::default();
    lib.add(Some("article.txt".into()), include_str!("samples/article.txt").into());
    lib
}

fn placed(lib: &Library) -> Vec<(String, Vec<String>, String)> {
    let doc = lib.current().unwrap();
    doc.annotations.items.iter().map(|a| (a.span.text(&doc.text).to_string(), a.tags.clone(), a.note.clone())).collect()
}

#[test]
fn hypothesis_export() {
    let mut lib = library();
    let plan = plan_import(&lib, include_str!("samples/hypothesis.json")).unwrap();
    assert_eq!((plan.exact, plan.reanchored, plan.orphans.len()), (0, 2, 0), "{}", plan.summary());
    apply_import(&mut lib, plan);
    assert_eq!(
        placed(&lib),
        [
            (
                "13,897 missiles and drones".into(),
                vec!["needs source".into()],
                "Which source? <img src=x onerror=alert(1)>".into()
            ),
            ("1.2 million".into(), vec!["misleading".into(), "casualties".into()], String::new()),
        ]
    );
    // Its times come along: `created`, and `updated` as modified.
    let first = &lib.current().unwrap().annotations.items[0];
    assert_eq!(
        (first.created, first.modified),
        (
            marginalia_model::exchange::parse_iso8601("2026-11-20T10:15:02.123Z").unwrap(),
            marginalia_model::exchange::parse_iso8601("2026-11-20T10:16:40Z").unwrap()
        )
    );
}

#[test]
fn recogito_export() {
    let mut lib = library();
    let plan = plan_import(&lib, include_str!("samples/recogito.jsonld")).unwrap();
    assert_eq!((plan.reanchored, plan.orphans.len()), (1, 1), "{}", plan.summary());
    assert_eq!(plan.orphans[0].quote, "a sentence that is not in this article");
    apply_import(&mut lib, plan);
    assert_eq!(
        placed(&lib),
        [("“We will not give up,”".into(), vec!["verified".into()], "Confirmed by the ministry.".into())]
    );
}

/// Every document of a fresh library after importing `file`: its text and
/// each annotation's (quoted text, tags, note).
type Placed = Vec<(String, Vec<(String, Vec<String>, String)>)>;

fn import_fresh(file: &str) -> Placed {
    let mut lib = Library::default();
    let plan = plan_import(&lib, file).unwrap();
    assert!(plan.orphans.is_empty(), "{}", plan.summary());
    apply_import(&mut lib, plan);
    lib.documents
        .iter()
        .map(|d| {
            let placed = d
                .annotations
                .items
                .iter()
                .map(|a| (a.span.text(&d.text).to_string(), a.tags.clone(), a.note.clone()))
                .collect();
            (d.text.clone(), placed)
        })
        .collect()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// doccano's documented sequence-labelling import (JSONL, `label` triples);
/// labels in capitals read as tags are written (`PERSON` → `person`).
#[test]
fn doccano_golden_sample() {
    let got = import_fresh(include_str!("fixtures/doccano.jsonl"));
    let one = |q: &str, t: &str| (q.to_string(), strings(&[t]), String::new());
    assert_eq!(
        got,
        [
            (
                "EU rejects German call to boycott British lamb.".to_string(),
                vec![one("EU", "org"), one("German", "misc"), one("British", "misc")]
            ),
            ("Peter Blackburn".to_string(), vec![one("Peter Blackburn", "person")]),
            ("President Obama".to_string(), vec![one("Obama", "person")]),
        ]
    );
}

/// Prodigy's documented task format (`db-out`): accepted spans become
/// annotations, a rejected binary task and an ignored one add none.
#[test]
fn prodigy_golden_sample() {
    let got = import_fresh(include_str!("fixtures/prodigy.jsonl"));
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Apple updates its analytics service with new metrics",
            "Facebook is a social network",
            "Hello Apple, how are you?",
            "Why is this text here?"
        ]
    );
    assert_eq!(got[0].1, [("Apple".to_string(), strings(&["org"]), String::new())]);
    assert_eq!(got[1].1, [("Facebook".to_string(), strings(&["org"]), String::new())]);
    assert!(got[2].1.is_empty() && got[3].1.is_empty(), "rejected and ignored: nothing");
}

/// Label Studio's documented JSON export of a named-entity project: the
/// annotation's regions with their per-region note; a cancelled annotation
/// and the model's predictions add nothing.
#[test]
fn label_studio_golden_sample() {
    let got = import_fresh(include_str!("fixtures/label-studio.json"));
    assert_eq!(
        got,
        [(
            "Opossums like to be aloft in trees.".to_string(),
            vec![
                ("Opossums".to_string(), strings(&["Animal"]), "Marsupials, strictly.".to_string()),
                ("trees".to_string(), strings(&["Plant", "Habitat"]), String::new()),
            ]
        )]
    );
    // A second import adds nothing.
    let mut lib = Library::default();
    let file = include_str!("fixtures/label-studio.json");
    let plan = plan_import(&lib, file).unwrap();
    apply_import(&mut lib, plan);
    let again = plan_import(&lib, file).unwrap();
    assert_eq!((again.exact, again.duplicates, again.new_documents.len()), (0, 2, 0));
}
