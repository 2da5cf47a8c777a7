//! CSV for spreadsheets.

use super::*;

/// The columns of [`to_csv`].
pub const CSV_COLUMNS: &[&str] = &[
    "document_id",
    "document",
    "status",
    "origin",
    "start",
    "end",
    "quote",
    "tags",
    "note",
    "speaker",
    "cue",
    "value",
    "unit",
    "qualifier",
    "score",
    "verdict",
    "check_status",
    "claimant",
    "evidence",
    "fact_check_url",
    "created",
    "modified",
    "byline",
    "published",
    "site",
    "url",
];

/// The check of the claim at `span`, as five cells: verdict, status,
/// claimant, evidence (each source "address — note", joined by " | ") and
/// the published fact-check's address; empty when it was never checked.
fn check_cells(doc: &Document, span: Span) -> [String; 5] {
    let Some(c) = doc.annotations.checks.get(&span) else { return Default::default() };
    let evidence: Vec<String> = c
        .evidence
        .iter()
        .map(|e| match (e.url.is_empty(), e.note.is_empty()) {
            (false, false) => format!("{} — {}", e.url, e.note),
            (false, true) => e.url.clone(),
            _ => e.note.clone(),
        })
        .collect();
    [
        cell(c.verdict.as_deref().unwrap_or("")),
        c.status.label().replace(' ', "-"),
        cell(c.claimant.as_deref().unwrap_or("")),
        cell(&evidence.join(" | ")),
        cell(c.url.as_deref().unwrap_or("")),
    ]
}

/// A text cell a spreadsheet could take for a formula (`=`, `+`, `-`, `@`,
/// a tab or a carriage return first) starts with `'`, which spreadsheets
/// show as text: a hostile article cannot run a formula in Excel.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

/// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads “ ”
/// right), one row per suggestion — pending ones too, with their `status`
/// (`pending`, `accepted`, `rejected`) — and per annotation of the reader's
/// (`origin` `reader`, `status` `annotated`). `document_id` is the first 12
/// hex digits of the text's SHA-256 (two documents with the same title stay
/// apart); offsets are code points; `created`/`modified` are ISO 8601 when
/// known (a suggestion's: when it was accepted or rejected) and empty
/// otherwise (pending, or decided before times were kept). A quote
/// has its speaker (the reader's correction, else the core's) and cue, a
/// number its value, unit and qualifier, a claim its score and its check
/// (verdict, status, claimant, evidence, the fact-check's address).
pub fn to_csv(lib: &Library, only: Option<u64>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for doc in lib.documents.iter().filter(|d| only.is_none_or(|id| d.id == id)) {
        let page = doc.page.clone().unwrap_or_default();
        let field = |f: &Option<String>| cell(&f.clone().unwrap_or_default());
        let id = sha256_hex(&doc.text)[..12].to_string();
        let ix = OffsetIndex::new(&doc.text);
        let mut keys: Vec<(SuggestionKey, Review)> = doc.annotations.suggestions(&doc.analysis);
        // Reviews of suggestions no longer listed (a claim under the threshold) too.
        for (k, r) in &doc.annotations.reviews {
            if !keys.iter().any(|(x, _)| x == k) {
                keys.push((*k, *r));
            }
        }
        let mut rows: Vec<(usize, usize, Vec<String>)> = Vec::new();
        for (key, review) in keys {
            let (start, end) = ix.span_to_chars(key.span());
            let f = Finding::of(doc, key);
            let speaker = speaker_of(doc, key).unwrap_or_default();
            // When the decision was made, where known.
            let reviewed = doc.annotations.reviewed_at.get(&key).and_then(|t| iso8601(*t)).unwrap_or_default();
            let status = match review {
                Review::Pending => "pending",
                Review::Accepted => "accepted",
                Review::Rejected => "rejected",
            };
            rows.push((
                start,
                end,
                vec![
                    status.into(),
                    origin_tag(key.origin).into(),
                    cell(key.span().text(&doc.text)),
                    String::new(),
                    String::new(),
                    cell(&speaker),
                    cell(f.cue.as_deref().unwrap_or("")),
                    f.value.map(|v| v.to_string()).unwrap_or_default(),
                    cell(f.unit.as_deref().unwrap_or("")),
                    cell(f.qualifier.as_deref().unwrap_or("")),
                    f.score.map(|s| format!("{s:.3}")).unwrap_or_default(),
                ]
                .into_iter()
                .chain(if key.origin == Origin::Claim { check_cells(doc, key.span()) } else { Default::default() })
                .chain([reviewed.clone(), reviewed])
                .collect(),
            ));
        }
        for a in &doc.annotations.items {
            let (start, end) = ix.span_to_chars(a.span);
            rows.push((
                start,
                end,
                vec![
                    "annotated".into(),
                    "reader".into(),
                    cell(a.span.text(&doc.text)),
                    cell(&a.tags.join("; ")),
                    cell(&a.note),
                    cell(a.speaker.as_deref().unwrap_or("")),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]
                .into_iter()
                .chain(if crate::findings::is_claim(a) { check_cells(doc, a.span) } else { Default::default() })
                .chain([iso8601(a.created).unwrap_or_default(), iso8601(a.modified).unwrap_or_default()])
                .collect(),
            ));
        }
        let mut order: Vec<(usize, usize, usize)> = rows.iter().enumerate().map(|(i, (s, e, _))| (*s, *e, i)).collect();
        super::tools::sort(&mut order);
        for (start, end, r) in order.into_iter().map(|(_, _, i)| std::mem::take(&mut rows[i])) {
            let mut record =
                vec![id.clone(), cell(&doc.title), r[0].clone(), r[1].clone(), start.to_string(), end.to_string()];
            record.extend(r[2..].iter().cloned());
            record.extend([field(&page.byline), field(&page.published), field(&page.site), field(&page.url)]);
            let _ = w.write_record(&record);
        }
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("\u{feff}{body}")
}
