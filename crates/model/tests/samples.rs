//! Golden tests: W3C annotation files in the shapes Hypothesis and Recogito
//! write (made by hand from their documented formats, under samples/),
//! imported into a library that has the article open. Their positions count
//! UTF-16 units, so the emoji in the title puts them one off: the quote decides.

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
