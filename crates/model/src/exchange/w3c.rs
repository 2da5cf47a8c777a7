//! The W3C Web Annotation model (JSON-LD): export and import.
//!
//! Marginalia's own terms are declared in an extra `@context` under the
//! `marginalia:` prefix ([`NAMESPACE`]); `docs/formats.md` documents each.

use serde_json::Value;
#[cfg(test)]
use serde_json::json;

use super::tools::leaders;
use super::*;

/// The IRI Marginalia's JSON-LD terms expand under (`marginalia:origin` is
/// `urn:marginalia:vocab:origin`).
pub const NAMESPACE: &str = "urn:marginalia:vocab:";

/// The `@context` of every W3C export: the W3C model's, then Marginalia's
/// prefix, `["http://www.w3.org/ns/anno.jsonld", {"marginalia": NAMESPACE}]`.
#[derive(Clone, Copy)]
struct Context;

impl Serialize for Context {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Prefix {
            marginalia: &'static str,
        }
        ("http://www.w3.org/ns/anno.jsonld", Prefix { marginalia: NAMESPACE }).serialize(s)
    }
}

// The export is typed, not built as a `serde_json::Value`: it serialises
// with little code, which keeps the page's first load small.

/// An `AnnotationCollection` (see [`to_w3c_with`]).
#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: Context,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    total: usize,
    #[serde(rename = "marginalia:documents")]
    documents: Vec<DocumentEntry<'a>>,
    first: Page<'a>,
}

#[derive(Serialize)]
struct Page<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    #[serde(rename = "@context")]
    context: Context,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    body: Vec<Body<'a>>,
    target: Target<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generated: Option<&'a str>,
    generator: Agent<'a>,
    #[serde(rename = "marginalia:origin")]
    origin: Origin,
    #[serde(rename = "marginalia:review")]
    review: Review,
    #[serde(rename = "marginalia:speakerCorrected", skip_serializing_if = "Option::is_none")]
    speaker_corrected: Option<bool>,
    /// The reader's check of the claim, whole (its verdict is also an
    /// `assessing` body, which any W3C tool shows).
    #[serde(rename = "marginalia:check", skip_serializing_if = "Option::is_none")]
    check: Option<&'a Check>,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: std::borrow::Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(rename = "marginalia:field", skip_serializing_if = "Option::is_none")]
    field: Option<&'static str>,
}

#[derive(Serialize)]
struct Target<'a> {
    source: &'a str,
    #[serde(rename = "marginalia:sha256")]
    sha256: &'a str,
    selector: Selectors<'a>,
}

#[derive(Serialize)]
struct Agent<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

/// A TextQuoteSelector and a TextPositionSelector, as a list.
type Selectors<'a> = (QuoteSelector<'a>, PositionSelector);

#[derive(Serialize)]
struct QuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct DocumentEntry<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(rename = "marginalia:sha256")]
    sha256: &'a str,
    #[serde(rename = "marginalia:title")]
    title: &'a str,
    #[serde(rename = "marginalia:source", skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(rename = "marginalia:page", skip_serializing_if = "Option::is_none")]
    page: Option<&'a PageMeta>,
    #[serde(rename = "marginalia:rejected", skip_serializing_if = "Vec::is_empty")]
    rejected: Vec<Rejected<'a>>,
}

#[derive(Serialize)]
struct Rejected<'a> {
    #[serde(rename = "marginalia:origin")]
    origin: Origin,
    selector: Selectors<'a>,
    #[serde(rename = "marginalia:check", skip_serializing_if = "Option::is_none")]
    check: Option<&'a Check>,
}

/// The same annotations in the W3C Web Annotation model (JSON-LD); see
/// [`to_w3c_with`]. No `creator`.
pub fn to_w3c(export: &Export) -> Value {
    to_w3c_with(export, None)
}

/// [`w3c_collection`] as a JSON value.
pub fn to_w3c_with(export: &Export, creator: Option<&str>) -> Value {
    serde_json::to_value(w3c_collection(export, creator, &W3cStrings::of(export))).unwrap_or_default()
}

/// [`w3c_collection`] as pretty-printed JSON, for a file.
pub fn to_w3c_string(export: &Export, creator: Option<&str>) -> String {
    serde_json::to_string_pretty(&w3c_collection(export, creator, &W3cStrings::of(export))).unwrap_or_default()
}

/// The strings the collection borrows: each document's source and the times.
struct W3cStrings {
    sources: Vec<String>,
    generated: Option<String>,
    generator_id: String,
    generator_name: String,
}

impl W3cStrings {
    fn of(export: &Export) -> Self {
        Self {
            sources: export
                .documents
                .iter()
                .map(|d| {
                    d.page.as_ref().and_then(|p| p.url.clone()).unwrap_or_else(|| format!("urn:sha256:{}", d.sha256))
                })
                .collect(),
            generated: iso8601(export.exported),
            generator_id: format!("urn:marginalia:app:{}", marginalia_core::VERSION),
            generator_name: format!("Marginalia {}", marginalia_core::VERSION),
        }
    }
}

/// The annotations of `export` in the W3C Web Annotation model (JSON-LD):
/// an `AnnotationCollection` with one Annotation each (rejected suggestions
/// are not annotations: they are listed with their document, below), with a
/// TextQuoteSelector and a TextPositionSelector (code points).
///
/// - Bodies: tags are `tagging`, the note `commenting`, a quote's speaker
///   `identifying`; the core's findings (a quote's cue, a number's value,
///   unit and qualifier, a claim's score) are `describing` bodies named by
///   `marginalia:field`.
/// - `created`/`modified` (ISO 8601) when known, `generated` (the export's
///   time), `generator` (Marginalia and its version), `creator` (a Person
///   named `creator`) when the reader gave a name.
/// - The target's source is the web page's canonical address when it is
///   known (so Hypothesis and other W3C tools place the annotations on the
///   live page), else the text's hash as `urn:sha256:…`; the hash is always
///   in `marginalia:sha256` too, so an import finds the text either way.
/// - `marginalia:documents` describes each document: its title, hash, web
///   page metadata, rejected suggestions and — when the export includes the
///   text — the text as an embedded `TextualBody`, so a fresh library can
///   place everything.
fn w3c_collection<'a>(export: &'a Export, creator: Option<&'a str>, strings: &'a W3cStrings) -> Collection<'a> {
    let creator = creator.map(str::trim).filter(|c| !c.is_empty());
    let mut items = Vec::new();
    let mut documents = Vec::new();
    for (doc, source) in export.documents.iter().zip(&strings.sources) {
        let mut rejected = Vec::new();
        for (i, a) in doc.annotations.iter().enumerate() {
            if a.review == Review::Rejected {
                rejected.push(Rejected { origin: a.origin, selector: selectors(a), check: a.check.as_ref() });
                continue;
            }
            items.push(Item {
                context: Context,
                id: format!("urn:marginalia:{}:{}", doc.sha256, i),
                kind: "Annotation",
                motivation: if a.note.is_empty() { "tagging" } else { "commenting" },
                body: bodies(a),
                target: Target { source, sha256: &doc.sha256, selector: selectors(a) },
                creator: creator.map(|name| Agent { id: None, kind: "Person", name }),
                created: iso8601(a.created),
                modified: iso8601(a.modified),
                generated: strings.generated.as_deref(),
                generator: Agent { id: Some(&strings.generator_id), kind: "Software", name: &strings.generator_name },
                origin: a.origin,
                review: a.review,
                speaker_corrected: (a.origin == Origin::Quote && (a.speaker.is_some() || a.speaker_corrected))
                    .then_some(a.speaker_corrected),
                check: a.check.as_ref(),
            });
        }
        let with_text = doc.text.is_some();
        documents.push(DocumentEntry {
            id: source,
            kind: if with_text { "TextualBody" } else { "Text" },
            value: doc.text.as_deref(),
            format: with_text.then_some("text/plain"),
            language: doc.page.as_ref().and_then(|p| p.lang.as_deref()).filter(|_| with_text),
            sha256: &doc.sha256,
            title: &doc.title,
            source: doc.source.as_deref(),
            page: doc.page.as_ref(),
            rejected,
        });
    }
    let hashes: Vec<&str> = export.documents.iter().map(|d| d.sha256.as_str()).collect();
    Collection {
        context: Context,
        id: format!("urn:marginalia:export:{}", &sha256_hex(&hashes.join(","))[..16]),
        kind: "AnnotationCollection",
        total: items.len(),
        documents,
        first: Page { kind: "AnnotationPage", items },
    }
}

fn selectors(a: &ExportAnnotation) -> Selectors<'_> {
    (
        QuoteSelector { kind: "TextQuoteSelector", exact: &a.quote, prefix: &a.prefix, suffix: &a.suffix },
        PositionSelector { kind: "TextPositionSelector", start: a.start, end: a.end },
    )
}

/// The bodies of one annotation (see [`w3c_collection`]).
fn bodies(a: &ExportAnnotation) -> Vec<Body<'_>> {
    let body = |purpose, value, format, field| Body { kind: "TextualBody", purpose, value, format, field };
    let mut out: Vec<Body> = a.tags.iter().map(|t| body("tagging", t.as_str().into(), None, None)).collect();
    if !a.note.is_empty() {
        out.push(body("commenting", a.note.as_str().into(), Some("text/plain"), None));
    }
    // Who said the quote: W3C's `identifying` purpose names the entity the
    // target is attributed to.
    if let Some(speaker) = &a.speaker {
        out.push(body("identifying", speaker.as_str().into(), None, Some("speaker")));
    }
    // The reader's verdict on a claim: W3C's `assessing` purpose.
    if let Some(verdict) = a.check.as_ref().and_then(|c| c.verdict.as_deref()) {
        out.push(body("assessing", verdict.into(), None, Some("verdict")));
    }
    let f = &a.finding;
    let described = [
        ("cue", f.cue.clone()),
        ("value", f.value.map(|v| v.to_string())),
        ("unit", f.unit.clone()),
        ("qualifier", f.qualifier.clone()),
        ("score", f.score.map(|s| format!("{s:.3}"))),
    ];
    for (field, value) in described {
        if let Some(value) = value {
            out.push(body("describing", value.into(), None, Some(field)));
        }
    }
    out
}

pub(super) fn is_w3c(v: &Value) -> bool {
    let ctx = |v: &Value| v.get("@context").is_some_and(|c| c.to_string().contains("w3.org/ns/anno"));
    // Hypothesis' API and exports: {"rows": [{"target": [{"selector": …}]}]}.
    let hypothesis =
        v.get("rows").and_then(|r| r.as_array()).is_some_and(|r| r.iter().any(|x| x.get("target").is_some()));
    ctx(v)
        || hypothesis
        || v.as_array().is_some_and(|a| a.iter().any(ctx))
        || v.get("type").and_then(|t| t.as_str()) == Some("Annotation")
}

fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(x) => vec![x],
    }
}

fn string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(|x| x.as_str()).map(String::from)
}

/// An annotation from its selectors: `None` without a TextQuoteSelector.
fn placed(selector: Option<&Value>) -> Option<ExportAnnotation> {
    let selectors = list(selector);
    let find = |ty: &str| selectors.iter().find(|s| s.get("type").and_then(|t| t.as_str()) == Some(ty)).copied();
    let quote = find("TextQuoteSelector")?;
    let text_of = |k: &str| string(quote, k).unwrap_or_default();
    let position = find("TextPositionSelector");
    let pos = |k: &str| {
        position.and_then(|p| p.get(k)).and_then(|x| x.as_u64()).map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX))
    };
    Some(ExportAnnotation {
        start: pos("start"),
        end: pos("end"),
        quote: text_of("exact"),
        prefix: text_of("prefix"),
        suffix: text_of("suffix"),
        tags: Vec::new(),
        note: String::new(),
        origin: Origin::User,
        review: Review::Accepted,
        created: 0.0,
        modified: 0.0,
        speaker: None,
        speaker_corrected: false,
        finding: Finding::default(),
        check: None,
    })
}

/// The reader's check Marginalia wrote on an annotation, if it reads.
fn check_of(v: &Value) -> Option<Check> {
    v.get("marginalia:check").and_then(|c| serde_json::from_value::<Check>(c.clone()).ok()).map(Check::cleaned)
}

fn origin_of(v: &Value) -> Option<Origin> {
    v.get("marginalia:origin").and_then(|o| serde_json::from_value::<Origin>(o.clone()).ok())
}

/// W3C Web Annotation JSON (a collection, a page, a list or one annotation)
/// as an export. Without Marginalia's `marginalia:documents` (or without
/// the text in it) each annotation re-anchors by its quote in the library's
/// documents. Positions written by tools that count UTF-16 units
/// (Hypothesis, Recogito) are only a hint; the quote decides.
pub(super) fn from_w3c(v: &Value) -> Result<Export, ImportError> {
    let items: Vec<&Value> = if let Some(a) = v.as_array() {
        a.iter().collect()
    } else if let Some(a) = v.pointer("/first/items").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else if let Some(a) = v.get("items").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else if let Some(a) = v.get("rows").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else if v.get("type").and_then(|t| t.as_str()) == Some("AnnotationCollection") {
        Vec::new()
    } else {
        vec![v]
    };
    // Each document's key: the text's hash, else the target's source.
    let mut keys: Vec<String> = Vec::new();
    let mut docs: Vec<ExportDocument> = Vec::new();
    // Marginalia's own exports describe their documents: title, hash, page,
    // rejected suggestions, and the text when it was included.
    for d in list(v.get("marginalia:documents")) {
        let text = string(d, "value");
        let sha = match &text {
            Some(t) => sha256_hex(t),
            None => string(d, "marginalia:sha256").unwrap_or_default(),
        };
        let id = string(d, "id").unwrap_or_default();
        let annotations = list(d.get("marginalia:rejected"))
            .into_iter()
            .filter_map(|r| {
                let origin = origin_of(r).filter(|o| *o != Origin::User)?;
                let check = check_of(r);
                Some(ExportAnnotation { origin, review: Review::Rejected, check, ..placed(r.get("selector"))? })
            })
            .collect();
        keys.push(if sha.is_empty() { id.clone() } else { sha.clone() });
        docs.push(ExportDocument {
            title: string(d, "marginalia:title").unwrap_or_else(|| id.clone()),
            source: string(d, "marginalia:source"),
            sha256: sha,
            text,
            page: marginalia_parts(None, d.get("marginalia:page")).1,
            annotations,
        });
    }
    let described = docs.len();
    // The annotations, each with its document's key and (for a document
    // the file does not describe) its source and hash.
    let mut read: Vec<(ExportAnnotation, String, String)> = Vec::new();
    for item in items {
        let target = item.get("target").map(|t| if let Some(a) = t.as_array() { a.first().unwrap_or(t) } else { t });
        let Some(target) = target else { continue };
        let source = string(target, "source").unwrap_or_default();
        let Some(mut a) = placed(target.get("selector")) else { continue };
        let bodies = list(item.get("body"));
        let purpose = |b: &Value, p: &str| b.get("purpose").and_then(|x| x.as_str()) == Some(p);
        let field = |b: &Value| b.get("marginalia:field").and_then(|x| x.as_str()).map(String::from);
        let value = |b: &Value| string(b, "value").unwrap_or_default();
        let mut tags: Vec<String> = bodies.iter().filter(|b| purpose(b, "tagging")).map(|b| value(b)).collect();
        // Hypothesis keeps tags in a top-level list.
        tags.extend(list(item.get("tags")).into_iter().filter_map(|x| x.as_str().map(String::from)));
        let speaker = bodies.iter().find(|b| purpose(b, "identifying")).map(|b| value(b));
        // Notes: what is neither a tag, nor a speaker, nor a finding Marginalia described.
        let mut notes: Vec<String> = bodies
            .iter()
            .filter(|b| !purpose(b, "tagging") && !purpose(b, "identifying") && field(b).is_none())
            .filter(|b| b.is_object())
            .map(|b| value(b))
            .collect();
        // Hypothesis keeps the note in a top-level "text".
        if let Some(t) = item.get("text").and_then(|t| t.as_str()).filter(|t| !t.is_empty()) {
            notes.push(t.to_string());
        }
        // Marginalia's own W3C export names the text's hash beside the page's address.
        let sha = target
            .get("marginalia:sha256")
            .and_then(|s| s.as_str())
            .or_else(|| source.strip_prefix("urn:sha256:"))
            .unwrap_or("")
            .to_string();
        keys.push(if sha.is_empty() { source.clone() } else { sha.clone() });
        let time = |k: &str| item.get(k).and_then(|t| t.as_str()).and_then(parse_iso8601).unwrap_or(0.0);
        a.tags = tags;
        a.note = notes.join("\n");
        // Marginalia's own W3C files say which suggestion an annotation
        // reviewed, so it comes back as that review, not as a new note.
        a.origin = origin_of(item).unwrap_or(Origin::User);
        a.review = item
            .get("marginalia:review")
            .and_then(|r| serde_json::from_value::<Review>(r.clone()).ok())
            .unwrap_or(Review::Accepted);
        a.created = time("created");
        // Hypothesis names it `updated`.
        a.modified = if item.get("modified").is_some() { time("modified") } else { time("updated") };
        // A W3C `identifying` body is said outright: restored where it
        // differs, unless Marginalia's export says it is the core's.
        a.speaker_corrected =
            item.get("marginalia:speakerCorrected").and_then(|c| c.as_bool()).unwrap_or(speaker.is_some());
        a.speaker = speaker;
        a.check = check_of(item);
        read.push((a, source, sha));
    }
    // Annotations join the document of their key (grouped, not searched
    // one by one: a large file must not freeze the page).
    let leader = leaders(&keys.iter().map(|k| Some(k.as_str())).collect::<Vec<_>>());
    let mut index: Vec<usize> = (0..described).collect();
    index.resize(keys.len(), usize::MAX);
    for (k, (a, source, sha)) in read.into_iter().enumerate() {
        let l = leader[described + k];
        if index[l] == usize::MAX {
            index[l] = docs.len();
            docs.push(ExportDocument {
                title: source.clone(),
                source: Some(source),
                sha256: sha,
                text: None,
                page: None,
                annotations: vec![],
            });
        }
        docs[index[l]].annotations.push(a);
    }
    if docs.iter().all(|d| d.annotations.is_empty() && d.text.is_none()) {
        return Err(ImportError("The W3C file has no annotation with a TextQuoteSelector to place.".into()));
    }
    Ok(Export { format: FORMAT.into(), exported: 0.0, core_version: String::new(), tags: vec![], documents: docs })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{annotate, library, web_page};
    use super::*;
    use proptest::prelude::*;

    fn validator() -> jsonschema::Validator {
        let schema: Value = serde_json::from_str(include_str!("../../../../docs/w3c-annotation.schema.json"))
            .expect("the schema is JSON");
        jsonschema::validator_for(&schema).expect("a valid schema")
    }

    /// A library with a reviewed quote (speaker corrected), an accepted
    /// number, a rejected claim and a note of the reader's.
    fn reviewed() -> (Library, &'static str) {
        let text = "“We will win,” said Fiona Hill on Monday. Russia lost about 5,000 troops in 2024, officials said.";
        let mut lib = library(text);
        let doc = lib.current().unwrap();
        let a = doc.analysis.clone();
        let quote = SuggestionKey::new(Origin::Quote, a.quotes[0].span);
        let number = doc.annotations.suggestions(&a).into_iter().map(|(k, _)| k).find(|k| k.origin == Origin::Number);
        let claim = doc.annotations.suggestions(&a).into_iter().map(|(k, _)| k).find(|k| k.origin == Origin::Claim);
        assert!(lib.correct_speaker(quote, Some("Fiona Hill-Smith".into())));
        lib.review(number.expect("a number"), Review::Accepted);
        lib.review(claim.expect("a claim"), Review::Rejected);
        annotate(&mut lib, text, "officials said", "needs source", "Which officials?");
        (lib, text)
    }

    #[test]
    fn w3c_exports_validate_against_the_committed_schema_as_the_published_examples_do() {
        let validator = validator();
        // Examples of the W3C Recommendation (Web Annotation Data Model,
        // examples 1, 5, 18, 23, 24, 28 and the collection of section 5.1),
        // transcribed: the schema accepts what the model publishes.
        let published = [
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
                "body": "http://example.org/post1", "target": "http://example.com/page1"}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno5", "type": "Annotation",
                "body": {"type": "TextualBody", "value": "<p>j'adore !</p>", "format": "text/html", "language": "fr"},
                "target": "http://example.org/photo1"}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno18", "type": "Annotation",
                "body": [{"type": "TextualBody", "purpose": "tagging", "value": "love"},
                         {"type": "TextualBody", "purpose": "describing", "value": "I really love this particular bird ..."}],
                "target": "http://www.example.com/images/bird.jpg"}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno23", "type": "Annotation",
                "body": "http://example.org/comment1",
                "target": {"source": "http://example.org/page1", "selector": {"type": "TextQuoteSelector",
                  "exact": "anotation", "prefix": "this is an ", "suffix": " that has some"}}}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno24", "type": "Annotation",
                "body": "http://example.org/review1",
                "target": {"source": "http://example.org/ebook1", "selector": {"type": "TextPositionSelector", "start": 412, "end": 795}}}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno28", "type": "Annotation",
                "creator": {"id": "http://example.org/user1", "type": "Person", "name": "My Pseudonym", "nickname": "pseudo",
                            "email_sha1": "58bad08927902ff9307b621c54716dcc5083e339"},
                "created": "2015-10-13T13:00:00Z",
                "generator": {"id": "http://example.org/client1", "type": "Software", "name": "Code v2.1",
                              "homepage": "http://example.org/client1/homepage1"},
                "generated": "2015-10-14T15:13:28Z",
                "body": "http://example.net/review1", "target": "http://example.com/restaurant1"}"#,
            r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/collection1",
                "type": "AnnotationCollection", "label": "Steampunk Annotations", "creator": "http://example.com/publisher",
                "total": 42023, "first": "http://example.org/page1", "last": "http://example.org/page42"}"#,
        ];
        for example in published {
            let v: Value = serde_json::from_str(example).unwrap();
            let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{example}: {errors:?}");
        }
        // Ours: the collection, and each annotation on its own.
        let (lib, _) = reviewed();
        let (web, _) = web_page();
        for (lib, with_text) in [(&lib, true), (&lib, false), (&web, true)] {
            let w3c = to_w3c_with(&export(lib, None, with_text, 1_763_856_000_000.0), Some("Ana"));
            let errors: Vec<String> = validator.iter_errors(&w3c).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{errors:?}");
            for item in w3c["first"]["items"].as_array().unwrap() {
                assert!(validator.is_valid(item), "{item}");
            }
        }
        // And the schema is not a rubber stamp.
        for bad in [
            json!({ "@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation" }),
            json!({ "id": "urn:x:1", "type": "Annotation", "target": "urn:x:2", "created": "yesterday" }),
            json!({ "id": "urn:x:1", "type": "Annotation", "target": "urn:x:2", "motivation": "liking" }),
            json!({ "id": "urn:x:1", "type": "Annotation", "target": { "source": "urn:x:2",
                    "selector": { "type": "TextPositionSelector", "start": -1, "end": 2 } } }),
            json!({ "id": "urn:x:1", "type": "Annotation", "target": "urn:x:2", "body": { "type": "TextualBody" } }),
        ] {
            assert!(!validator.is_valid(&bad), "{bad}");
        }
    }

    #[test]
    fn w3c_carries_times_agents_speakers_and_findings_in_declared_terms() {
        let (lib, text) = reviewed();
        let w3c = to_w3c_with(&export(&lib, None, true, 1_763_856_000_000.0), Some("  Ana Ruiz "));
        assert_eq!(w3c["@context"][1]["marginalia"], NAMESPACE, "the marginalia: prefix is declared");
        let items = w3c["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), 3, "the rejected claim is not an annotation");
        let by_origin = |o: &str| items.iter().find(|i| i["marginalia:origin"] == o).unwrap();
        let quote = by_origin("quote");
        let bodies = |i: &Value| i["body"].as_array().unwrap().clone();
        let field =
            |i: &Value, f: &str| bodies(i).into_iter().find(|b| b["marginalia:field"] == f).map(|b| b["value"].clone());
        assert_eq!(field(quote, "speaker"), Some(json!("Fiona Hill-Smith")));
        assert_eq!(field(quote, "cue"), Some(json!("said")));
        assert_eq!(quote["marginalia:speakerCorrected"], true);
        let number = by_origin("number");
        assert_eq!(field(number, "value"), Some(json!("5000")));
        assert_eq!(field(number, "unit"), Some(json!("troops")));
        assert_eq!(field(number, "qualifier"), Some(json!("about")));
        assert!(bodies(number).iter().all(|b| b["purpose"] != "commenting"));
        let mine = by_origin("user");
        assert_eq!(mine["created"], "1970-01-01T00:00:00.001Z", "the reader's annotation keeps its time");
        assert!(quote.get("created").is_none(), "a review's time is not known: absent, never 1970");
        for item in items {
            assert_eq!(item["creator"], json!({ "type": "Person", "name": "Ana Ruiz" }));
            assert_eq!(item["generator"]["name"], format!("Marginalia {}", marginalia_core::VERSION));
            assert_eq!(item["generated"], "2025-11-23T00:00:00.000Z");
        }
        assert!(to_w3c(&export(&lib, None, true, 0.0))["first"]["items"][0].get("creator").is_none());
        // The document, with its text and the rejected claim.
        let doc = &w3c["marginalia:documents"][0];
        assert_eq!((doc["type"].as_str(), doc["value"].as_str()), (Some("TextualBody"), Some(text)));
        assert_eq!(doc["marginalia:rejected"][0]["marginalia:origin"], "claim");
        let without = to_w3c(&export(&lib, None, false, 0.0));
        assert!(without["marginalia:documents"][0].get("value").is_none());
    }

    #[test]
    fn w3c_round_trips_reviews_speakers_notes_and_times_and_never_duplicates() {
        let (lib, _) = reviewed();
        let mut lib = lib;
        let id = lib.current().unwrap().annotations.items[0].id;
        let mut mine = lib.current().unwrap().annotations.get(id).unwrap().clone();
        mine.created = 1_700_000_000_123.0;
        mine.speaker = Some("An official".into());
        assert!(lib.edit(mine, 1_700_000_100_000.0));
        let json = to_w3c(&export(&lib, None, true, 5.0)).to_string();
        // A fresh library: the text comes with the file, everything is placed.
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        assert_eq!((plan.new_documents.len(), plan.exact, plan.orphans.len()), (1, 4, 0), "{}", plan.summary());
        apply_import(&mut fresh, plan);
        let (a, b) = (lib.current().unwrap(), fresh.current().unwrap());
        assert_eq!(b.text, a.text);
        assert_eq!(b.annotations.reviews, a.annotations.reviews, "reviews come back as reviews, the rejection too");
        assert_eq!(b.annotations.speakers, a.annotations.speakers);
        let strip = |d: &Document| {
            d.annotations
                .items
                .iter()
                .map(|x| (x.span, x.tags.clone(), x.note.clone(), x.speaker.clone(), x.created, x.modified))
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(b), strip(a));
        // Twice: nothing. Into the library it came from: nothing.
        assert!(plan_import(&fresh, &json).unwrap().changes.is_empty());
        let back = plan_import(&lib, &json).unwrap();
        assert!(back.changes.is_empty() && back.new_documents.is_empty(), "{}", back.summary());
        // Into the document it came from, after the reader set a review back:
        // the review returns as a review, not as an annotation of theirs.
        let key = *lib.current().unwrap().annotations.reviews.keys().next().unwrap();
        lib.review(key, Review::Pending);
        let plan = plan_import(&lib, &json).unwrap();
        apply_import(&mut lib, plan);
        assert_eq!(lib.current().unwrap().annotations.reviews, fresh.current().unwrap().annotations.reviews);
        assert_eq!(lib.current().unwrap().annotations.items.len(), 1);
    }

    #[test]
    fn iso_8601_times_round_trip() {
        assert_eq!(iso8601(0.0), None);
        assert_eq!(iso8601(-5.0), None);
        assert_eq!(iso8601(f64::NAN), None);
        assert_eq!(iso8601(951_782_400_000.0).as_deref(), Some("2000-02-29T00:00:00.000Z"));
        assert_eq!(parse_iso8601("2015-10-13T13:00:00Z"), Some(1_444_741_200_000.0));
        assert_eq!(parse_iso8601("2015-10-13T15:00:00.5+02:00"), Some(1_444_741_200_500.0));
        for bad in [
            "",
            "2015-10-13",
            "2015-13-01T00:00:00Z",
            "2015-10-13T13:00:00",
            "２０１５-10-13T13:00:00Z",
            "2015-10-13T13:00:00.Z",
        ] {
            assert_eq!(parse_iso8601(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn any_time_round_trips_and_any_string_parses_without_panic(ms in 1i64..253_402_300_799_999, s in "\\PC{0,40}") {
            let t = iso8601(ms as f64).unwrap();
            prop_assert_eq!(parse_iso8601(&t), Some(ms as f64));
            let _ = parse_iso8601(&s);
        }
    }
}
