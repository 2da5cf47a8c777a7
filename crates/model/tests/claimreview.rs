//! ClaimReview export: a golden sample (`samples/claimreview.jsonld`, read
//! by eye against schema.org's ClaimReview page and Google's fact-check
//! markup guide), and a structural test that every object and property it
//! writes is one schema.org defines for that type
//! (`samples/schema-org-claimreview.json`), with the required ones present.

use marginalia_model::check::{Check, Evidence, Status};
use marginalia_model::document::ExportChoices;
use marginalia_model::exchange::write_format;
use marginalia_model::{Library, PageMeta};
use serde_json::Value;

/// A web page with three claims checked: one false (claimant, evidence, a
/// published fact-check), one unverifiable, one still without a verdict.
fn library() -> Library {
    let mut lib = Library::default();
    let page = PageMeta {
        title: Some("Kremlin Rejects Plan".into()),
        published: Some("2025-02-03T08:00:00Z".into()),
        url: Some("https://news.example.org/kremlin-plan".into()),
        ..PageMeta::default()
    };
    lib.add_page(Some("kremlin.html".into()), include_str!("samples/article.txt").into(), Some(page));
    lib.set_export_choices(ExportChoices { organisation: Some("Example Checks".into()), ..ExportChoices::default() });
    let claims: Vec<_> = lib.current().unwrap().analysis.claims.iter().map(|c| c.span).collect();
    assert!(claims.len() >= 3, "{claims:?}");
    let day = 1_740_000_000_000.0; // 2025-02-19
    let false_claim = Check {
        verdict: Some("false".into()),
        status: Status::Done,
        claimant: Some("Volodymyr Zelensky".into()),
        evidence: vec![
            Evidence { url: "https://data.example.org/strikes-2024".into(), note: "Air force daily counts".into() },
            Evidence { url: "javascript:alert(1)".into(), note: "not a link".into() },
            Evidence { url: String::new(), note: "Called the ministry".into() },
        ],
        url: Some("https://checks.example.org/2025/missiles".into()),
        ..Check::default()
    };
    assert!(lib.set_check(claims[0], false_claim, day));
    let unverifiable = Check { verdict: Some("unverifiable".into()), status: Status::Done, ..Check::default() };
    assert!(lib.set_check(claims[1], unverifiable, day));
    assert!(lib.set_check(claims[2], Check { status: Status::Checking, ..Check::default() }, day));
    lib
}

#[test]
fn claimreview_golden_sample() {
    let got = write_format(&library(), "claimreview", None, 0.0).unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/samples/claimreview.jsonld");
    // `UPDATE_SAMPLES=1 cargo test` writes the sample anew, to be read by eye.
    if std::env::var_os("UPDATE_SAMPLES").is_some() {
        std::fs::write(path, format!("{got}\n")).unwrap();
    }
    let want = std::fs::read_to_string(path).unwrap();
    assert_eq!(got.trim(), want.trim(), "the export differs from the sample:\n{got}");
}

#[test]
fn claimreview_uses_schema_org_terms_only() {
    let schema: Value = serde_json::from_str(include_str!("samples/schema-org-claimreview.json")).unwrap();
    let got: Value = serde_json::from_str(&write_format(&library(), "claimreview", None, 0.0).unwrap()).unwrap();
    let reviews = got.as_array().expect("a JSON-LD list");
    assert_eq!(reviews.len(), 2, "one per claim with a verdict");
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org");
        check(&schema, r, "ClaimReview");
    }
    assert_eq!(reviews[0]["reviewRating"]["ratingValue"], 1);
    assert!(reviews[1]["reviewRating"].get("ratingValue").is_none(), "unverifiable rates nothing");
}

/// `v` is a `want` with only the properties schema.org gives that type,
/// every required one present, and nested objects checked the same way.
fn check(schema: &Value, v: &Value, want: &str) {
    let ty = v["@type"].as_str().unwrap_or_else(|| panic!("no @type in {v}"));
    assert!(want.split('|').any(|w| w == ty), "{ty} where schema.org expects {want}");
    let props = schema["types"][ty].as_object().unwrap_or_else(|| panic!("{ty} is not a type the list knows"));
    for name in schema["required"][ty].as_array().into_iter().flatten() {
        let name = name.as_str().unwrap();
        assert!(v.get(name).is_some(), "{ty} lacks {name}: {v}");
    }
    for (name, value) in v.as_object().unwrap() {
        if name.starts_with('@') {
            continue;
        }
        let expects = props.get(name).and_then(Value::as_str).unwrap_or_else(|| panic!("{ty} has no property {name}"));
        let values = match value {
            Value::Array(items) => items.clone(),
            one => vec![one.clone()],
        };
        for value in &values {
            match value {
                Value::Object(_) => check(schema, value, expects),
                Value::String(s) if expects.contains("URL") => assert!(s.starts_with("https://"), "{name}: {s}"),
                Value::String(s) if expects == "Date" => assert!(s.len() == 10 && s.as_bytes()[4] == b'-', "{s}"),
                Value::String(_) => assert!(expects.contains("Text"), "{ty}.{name} is text, expects {expects}"),
                Value::Number(_) => assert!(expects.contains("Number"), "{ty}.{name} is a number, expects {expects}"),
                other => panic!("{ty}.{name} is {other}"),
            }
        }
    }
}
