//! The W3C Web Annotation model (JSON-LD): export and import.

use super::*;

/// The same annotations in the W3C Web Annotation model (JSON-LD): one
/// Annotation each, with a TextQuoteSelector and a TextPositionSelector
/// (code points); tags are `tagging` bodies, the note a `commenting` body.
/// The target's source is the web page's canonical address when it is
/// known (so Hypothesis and other W3C tools place the annotations on the
/// live page), else the text's hash as `urn:sha256:…`; the hash is always
/// in `marginalia:sha256` too, so an import finds the text either way.
pub fn to_w3c(export: &Export) -> serde_json::Value {
    let mut items = Vec::new();
    for (d, doc) in export.documents.iter().enumerate() {
        for (i, a) in export.documents[d].annotations.iter().enumerate() {
            if a.review == Review::Rejected {
                continue;
            }
            let mut body: Vec<serde_json::Value> = a
                .tags
                .iter()
                .map(|t| serde_json::json!({ "type": "TextualBody", "purpose": "tagging", "value": t }))
                .collect();
            if !a.note.is_empty() {
                body.push(serde_json::json!({ "type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain" }));
            }
            // Who said the quote: W3C's `identifying` purpose names the
            // entity the target is attributed to.
            if let Some(speaker) = &a.speaker {
                body.push(serde_json::json!({ "type": "TextualBody", "purpose": "identifying", "value": speaker }));
            }
            items.push(serde_json::json!({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": format!("urn:marginalia:{}:{}", doc.sha256, i),
                "type": "Annotation",
                "motivation": if a.note.is_empty() { "tagging" } else { "commenting" },
                "body": body,
                "target": {
                    "source": doc.page.as_ref().and_then(|p| p.url.clone())
                        .unwrap_or_else(|| format!("urn:sha256:{}", doc.sha256)),
                    "marginalia:sha256": doc.sha256,
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix },
                        { "type": "TextPositionSelector", "start": a.start, "end": a.end }
                    ]
                },
                "marginalia:origin": a.origin,
            }));
        }
    }
    serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items }
    })
}

pub(super) fn is_w3c(v: &serde_json::Value) -> bool {
    let ctx = |v: &serde_json::Value| v.get("@context").is_some_and(|c| c.to_string().contains("w3.org/ns/anno"));
    // Hypothesis' API and exports: {"rows": [{"target": [{"selector": …}]}]}.
    let hypothesis =
        v.get("rows").and_then(|r| r.as_array()).is_some_and(|r| r.iter().any(|x| x.get("target").is_some()));
    ctx(v)
        || hypothesis
        || v.as_array().is_some_and(|a| a.iter().any(ctx))
        || v.get("type").and_then(|t| t.as_str()) == Some("Annotation")
}

/// W3C Web Annotation JSON (a collection, a page, a list or one annotation)
/// as an export without text: each annotation re-anchors by its quote in the
/// library's documents. Positions written by tools that count UTF-16 units
/// (Hypothesis, Recogito) are only a hint; the quote decides.
pub(super) fn from_w3c(v: &serde_json::Value) -> Result<Export, ImportError> {
    let items: Vec<&serde_json::Value> = if let Some(a) = v.as_array() {
        a.iter().collect()
    } else if let Some(a) = v.pointer("/first/items").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else if let Some(a) = v.get("items").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else if let Some(a) = v.get("rows").and_then(|i| i.as_array()) {
        a.iter().collect()
    } else {
        vec![v]
    };
    let mut docs: Vec<ExportDocument> = Vec::new();
    for item in items {
        let target = item.get("target").map(|t| if let Some(a) = t.as_array() { a.first().unwrap_or(t) } else { t });
        let Some(target) = target else { continue };
        let source = target.get("source").and_then(|s| s.as_str()).unwrap_or("").to_string();
        let selectors: Vec<&serde_json::Value> = match target.get("selector") {
            Some(serde_json::Value::Array(a)) => a.iter().collect(),
            Some(s) => vec![s],
            None => Vec::new(),
        };
        let find = |ty: &str| selectors.iter().find(|s| s.get("type").and_then(|t| t.as_str()) == Some(ty)).copied();
        let Some(quote) = find("TextQuoteSelector") else { continue };
        let text_of = |k: &str| quote.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let position = find("TextPositionSelector");
        let pos = |k: &str| position.and_then(|p| p.get(k)).and_then(|x| x.as_u64()).unwrap_or(0) as usize;
        let bodies: Vec<&serde_json::Value> = match item.get("body") {
            Some(serde_json::Value::Array(a)) => a.iter().collect(),
            Some(b) => vec![b],
            None => Vec::new(),
        };
        let purpose = |b: &serde_json::Value, p: &str| b.get("purpose").and_then(|x| x.as_str()) == Some(p);
        let value = |b: &serde_json::Value| b.get("value").and_then(|x| x.as_str()).unwrap_or("").to_string();
        let mut tags: Vec<String> = bodies.iter().filter(|b| purpose(b, "tagging")).map(|b| value(b)).collect();
        // Hypothesis keeps tags in a top-level list.
        if let Some(t) = item.get("tags").and_then(|t| t.as_array()) {
            tags.extend(t.iter().filter_map(|x| x.as_str().map(String::from)));
        }
        let speaker = bodies.iter().find(|b| purpose(b, "identifying")).map(|b| value(b));
        let mut notes: Vec<String> =
            bodies.iter().filter(|b| !purpose(b, "tagging") && !purpose(b, "identifying")).map(|b| value(b)).collect();
        // Hypothesis keeps the note in a top-level "text".
        if let Some(t) = item.get("text").and_then(|t| t.as_str()).filter(|t| !t.is_empty()) {
            notes.push(t.to_string());
        }
        let note = notes.join("\n");
        // Marginalia's own W3C export names the text's hash beside the page's address.
        let sha = target
            .get("marginalia:sha256")
            .and_then(|s| s.as_str())
            .or_else(|| source.strip_prefix("urn:sha256:"))
            .unwrap_or("")
            .to_string();
        let doc = match docs.iter_mut().position(|d| d.source.as_deref() == Some(source.as_str())) {
            Some(i) => &mut docs[i],
            None => {
                docs.push(ExportDocument {
                    title: source.clone(),
                    source: Some(source.clone()),
                    sha256: sha,
                    text: None,
                    page: None,
                    annotations: vec![],
                });
                docs.last_mut().expect("just pushed")
            }
        };
        doc.annotations.push(ExportAnnotation {
            start: pos("start"),
            end: pos("end"),
            quote: text_of("exact"),
            prefix: text_of("prefix"),
            suffix: text_of("suffix"),
            tags,
            note,
            // Marginalia's own W3C files say which suggestion an annotation
            // reviewed, so it comes back as that review, not as a new note.
            origin: item
                .get("marginalia:origin")
                .and_then(|o| serde_json::from_value::<Origin>(o.clone()).ok())
                .unwrap_or(Origin::User),
            review: Review::Accepted,
            created: 0.0,
            modified: 0.0,
            // A W3C `identifying` body is said outright: restored where it differs.
            speaker_corrected: speaker.is_some(),
            speaker,
        });
    }
    if docs.is_empty() {
        return Err(ImportError("The W3C file has no annotation with a TextQuoteSelector to place.".into()));
    }
    Ok(Export { format: FORMAT.into(), exported: 0.0, core_version: String::new(), tags: vec![], documents: docs })
}
