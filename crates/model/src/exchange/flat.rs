//! Flat formats: spans JSONL and CSV.

use super::*;

/// Accepted suggestions and the reader's annotations of one document, with
/// code point offsets and a label: what the flat formats carry.
struct Flat {
    start: usize,
    end: usize,
    quote: String,
    label: String,
    tags: Vec<String>,
    note: String,
    origin: Origin,
    value: Option<f64>,
    unit: Option<String>,
    speaker: Option<String>,
}

fn flat(doc: &Document) -> Vec<Flat> {
    let ix = OffsetIndex::new(&doc.text);
    let a = &doc.analysis;
    let mut out = Vec::new();
    for (key, review) in &doc.annotations.reviews {
        if *review != Review::Accepted {
            continue;
        }
        let span = key.span();
        let (start, end) = ix.span_to_chars(span);
        let number = a.numbers.iter().find(|n| key.origin == Origin::Number && n.span == span);
        let quote = a.quotes.iter().find(|q| key.origin == Origin::Quote && q.span == span);
        out.push(Flat {
            start,
            end,
            quote: span.text(&doc.text).to_string(),
            label: origin_tag(key.origin).to_uppercase(),
            tags: vec![origin_tag(key.origin).to_string()],
            note: String::new(),
            origin: key.origin,
            value: number.and_then(|n| n.value),
            unit: number.and_then(|n| n.unit.clone()),
            speaker: quote.and_then(|_| speaker_of(doc, *key)),
        });
    }
    for n in &doc.annotations.items {
        let (start, end) = ix.span_to_chars(n.span);
        out.push(Flat {
            start,
            end,
            quote: n.span.text(&doc.text).to_string(),
            label: n.tags.first().cloned().unwrap_or_else(|| "NOTE".into()),
            tags: n.tags.clone(),
            note: n.note.clone(),
            origin: Origin::User,
            value: None,
            unit: None,
            speaker: n.speaker.clone(),
        });
    }
    out.sort_by_key(|f| (f.start, f.end));
    out
}

/// Spans JSONL, the shape spaCy/Prodigy and doccano import: one line per
/// document, `{"text", "spans": [{"start", "end", "label"}]}`, offsets in
/// code points (Python string indices).
pub fn to_spans_jsonl(lib: &Library, only: Option<u64>) -> String {
    let mut out = String::new();
    for doc in lib.documents.iter().filter(|d| only.is_none_or(|id| d.id == id)) {
        let spans: Vec<serde_json::Value> = flat(doc)
            .into_iter()
            .map(|f| match &f.speaker {
                Some(speaker) => {
                    serde_json::json!({ "start": f.start, "end": f.end, "label": f.label, "speaker": speaker })
                }
                None => serde_json::json!({ "start": f.start, "end": f.end, "label": f.label }),
            })
            .collect();
        let mut meta = serde_json::json!({ "title": doc.title });
        if let Some(page) = &doc.page
            && let (Ok(serde_json::Value::Object(fields)), Some(m)) = (serde_json::to_value(page), meta.as_object_mut())
        {
            m.extend(fields.into_iter().filter(|(k, _)| k != "title"));
        }
        out.push_str(&serde_json::json!({ "text": doc.text, "meta": meta, "spans": spans }).to_string());
        out.push('\n');
    }
    out
}

/// CSV for spreadsheets: one row per annotation (accepted suggestions and
/// the reader's own), offsets in code points.
pub fn to_csv(lib: &Library, only: Option<u64>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // The web page's metadata after the original columns, so readers of the
    // older layout keep working.
    #[rustfmt::skip]
    let _ = w.write_record([
        "document", "start", "end", "quote", "tags", "note", "origin", "value", "unit", "speaker",
        "byline", "published", "site", "url",
    ]);
    for doc in lib.documents.iter().filter(|d| only.is_none_or(|id| d.id == id)) {
        let page = doc.page.clone().unwrap_or_default();
        let field = |f: &Option<String>| f.clone().unwrap_or_default();
        for f in flat(doc) {
            let _ = w.write_record([
                doc.title.as_str(),
                &f.start.to_string(),
                &f.end.to_string(),
                &f.quote,
                &f.tags.join("; "),
                &f.note,
                origin_tag(f.origin),
                &f.value.map(|v| v.to_string()).unwrap_or_default(),
                f.unit.as_deref().unwrap_or(""),
                f.speaker.as_deref().unwrap_or(""),
                &field(&page.byline),
                &field(&page.published),
                &field(&page.site),
                &field(&page.url),
            ]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
