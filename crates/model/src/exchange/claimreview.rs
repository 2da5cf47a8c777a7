//! ClaimReview: the schema.org markup fact-checking sites publish with a
//! fact-check and search engines read (<https://schema.org/ClaimReview>).
//! One `ClaimReview` per claim the reader gave a verdict, as a JSON-LD list.

use marginalia_core::lexicon::{self, Role};
use serde_json::{Map, Value, json};

use crate::check::{BEST_RATING, Check, WORST_RATING};
use crate::document::{Document, Library};

/// The claims of `lib` (its document `only`, or all) whose check is done
/// and has a verdict ([`Check::publishable`]; one still to check or being
/// checked is no published review), as a JSON-LD list of ClaimReview
/// objects, in document and text order.
pub fn to_claim_review(lib: &Library, only: Option<u64>) -> String {
    let reviews: Vec<Value> = lib
        .documents
        .iter()
        .filter(|d| only.is_none_or(|id| d.id == id))
        .flat_map(|d| {
            d.annotations
                .checks
                .iter()
                .filter(|(_, c)| c.publishable())
                .map(move |(span, c)| review(lib, d, span.text(&d.text), c))
        })
        .collect();
    let json = serde_json::to_string_pretty(&reviews).unwrap_or_else(|_| "[]".into());
    // Pasted into a page's <script type="application/ld+json">, the text
    // must not end the script ("</script>" in a claim): `<` only occurs
    // inside strings, where JSON's escape means the same.
    json.replace('<', "\\u003c")
}

/// What schema.org calls a claimant: an organisation when the head of its
/// name — the last word before "of" or "for", without a possessive — heads
/// one in the lexicon ("Ministry of Defence", "the Kremlin", "Ukraine's air
/// force"), as it is for a group ("Tunisian officials", "the police": no
/// one person), else a person ("Bill Clinton", "House Speaker Mike Johnson").
/// A surname that is itself such a word ("Washington", "West") is taken
/// for an organisation.
fn claimant_type(name: &str) -> &'static str {
    // "Steven Mufson (Washington Post)": the name, not what the brackets add.
    let name = name.split_once(" (").map_or(name, |(head, _)| head);
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let before = words.iter().position(|w| w == "of" || w == "for").unwrap_or(words.len());
    let head = words[..before].last().map(|w| {
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
    });
    if head.is_some_and(|w| lexicon::roles(&w).any(&[Role::OrgHead, Role::GroupHead])) {
        "Organization"
    } else {
        "Person"
    }
}

fn review(lib: &Library, doc: &Document, claim: &str, c: &Check) -> Value {
    let verdict = c.verdict.clone().unwrap_or_default();
    let mut rating = Map::new();
    rating.insert("@type".into(), json!("Rating"));
    // A verdict that rates nothing ("unverifiable") has its name alone.
    if let Some(r) = lib.verdicts.iter().find(|v| crate::check::same_words(&v.name, &verdict)).and_then(|v| v.rating) {
        rating.insert("ratingValue".into(), json!(r));
    }
    rating.insert("bestRating".into(), json!(BEST_RATING));
    rating.insert("worstRating".into(), json!(WORST_RATING));
    rating.insert("alternateName".into(), json!(verdict));

    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    if let Some(who) = &c.claimant {
        item.insert("author".into(), json!({ "@type": claimant_type(who), "name": who }));
    }
    let page = doc.page.as_ref();
    if let Some(url) = page.and_then(|p| p.url.as_ref()) {
        let mut appearance = Map::new();
        appearance.insert("@type".into(), json!("CreativeWork"));
        appearance.insert("url".into(), json!(url));
        appearance.insert("headline".into(), json!(doc.title));
        item.insert("appearance".into(), Value::Object(appearance));
    }
    if let Some(date) = page.and_then(|p| p.published.as_deref()).and_then(date_of) {
        item.insert("datePublished".into(), json!(date));
    }

    let mut out = Map::new();
    out.insert("@context".into(), json!("https://schema.org"));
    out.insert("@type".into(), json!("ClaimReview"));
    out.insert("claimReviewed".into(), json!(claim.split_whitespace().collect::<Vec<_>>().join(" ")));
    out.insert("reviewRating".into(), Value::Object(rating));
    out.insert("itemReviewed".into(), Value::Object(item));
    let choices = &lib.export_choices;
    match (&choices.organisation, &choices.creator) {
        (Some(org), _) => out.insert("author".into(), json!({ "@type": "Organization", "name": org })),
        (None, Some(name)) => out.insert("author".into(), json!({ "@type": "Person", "name": name })),
        (None, None) => None,
    };
    if let Some(date) = super::iso8601(c.modified) {
        out.insert("datePublished".into(), json!(date[..10]));
    }
    // The fact-check's page, where it is a web address (search engines
    // need one to show the fact-check).
    if let Some(url) = c.url.as_deref().filter(|u| crate::check::is_web_address(u)) {
        out.insert("url".into(), json!(url));
    }
    let cited: Vec<&str> = c.evidence.iter().filter_map(|e| e.link()).collect();
    if !cited.is_empty() {
        out.insert("citation".into(), json!(cited));
    }
    Value::Object(out)
}

/// The date of an ISO 8601 date or date-time ("2024-03-05T10:00:00Z" →
/// "2024-03-05"); `None` for anything else (a page's "March 5").
fn date_of(s: &str) -> Option<String> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_cannot_end_the_script_it_is_pasted_into() {
        let mut lib = Library::default();
        lib.add(
            None,
            "Title\n\nThe tax rose by 40 percent in 2024 </script><script>alert(1)</script>, officials said.".into(),
        );
        let span = lib.current().unwrap().analysis.claims[0].span;
        let check = Check {
            verdict: Some("false".into()),
            status: crate::check::Status::Done,
            url: Some("javascript:alert(1)".into()),
            ..Check::default()
        };
        assert!(lib.set_check(span, check, 1.0));
        let out = to_claim_review(&lib, None);
        assert!(!out.contains('<'), "{out}");
        let back: Value = serde_json::from_str(&out).unwrap();
        assert!(back[0]["claimReviewed"].as_str().unwrap().contains("</script>"), "the same text once read");
        assert!(back[0].get("url").is_none(), "only a web address is the fact-check's url");
    }

    #[test]
    fn only_finished_checks_are_published() {
        let mut lib = Library::default();
        lib.add(None, "Title\n\nThe tax rose by 40 percent in 2024, officials said.".into());
        let span = lib.current().unwrap().analysis.claims[0].span;
        for (status, published) in
            [(crate::check::Status::ToCheck, 0), (crate::check::Status::Checking, 0), (crate::check::Status::Done, 1)]
        {
            let check = Check { verdict: Some("false".into()), status, ..Check::default() };
            assert!(lib.set_check(span, check, 1.0));
            let out: Value = serde_json::from_str(&to_claim_review(&lib, None)).unwrap();
            assert_eq!(out.as_array().unwrap().len(), published, "{status:?}");
            assert_eq!((lib.verdict_count(), lib.publishable_count()), (1, published));
        }
    }

    #[test]
    fn a_claimant_is_a_person_or_an_organisation() {
        for (name, kind) in [
            ("Volodymyr Zelensky", "Person"),
            ("John Bolton", "Person"),
            ("the Kremlin", "Organization"),
            ("Russia's Ministry of Defence", "Organization"),
            ("The White House", "Organization"),
            ("European Central Bank", "Organization"),
            ("Ukraine’s air force", "Organization"),
            ("Tunisian officials", "Organization"),
            ("the police", "Organization"),
            ("Bill Clinton", "Person"),
            ("House Speaker Mike Johnson", "Person"),
            ("Secretary of State Antony Blinken", "Person"),
            ("Steven Mufson (Washington Post)", "Person"),
            ("", "Person"),
        ] {
            assert_eq!(claimant_type(name), kind, "{name}");
        }
    }

    #[test]
    fn dates_of_pages() {
        for (given, date) in [
            ("2024-03-05T10:00:00Z", Some("2024-03-05")),
            ("2024-03-05", Some("2024-03-05")),
            (" 2017-01-13T19:02:00+01:00", Some("2017-01-13")),
            ("March 5, 2024", None),
            ("2024-3-5", None),
            ("", None),
            ("2024-03-0é", None),
        ] {
            assert_eq!(date_of(given).as_deref(), date, "{given}");
        }
    }
}
