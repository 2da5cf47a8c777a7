//! The native formats of annotation and training tools: doccano JSONL,
//! Prodigy JSONL, Label Studio JSON and spaCy JSONL — exported, and (but
//! spaCy) read back.
//!
//! Every export works from the same view of a document: the reader's
//! decisions (accepted suggestions and their own annotations) as spans with
//! a label. Labels are sanitised (`needs source` → `NEEDS_SOURCE`) and the
//! mapping back to Marginalia's tags travels in the file
//! (`marginalia.labels`). Offsets are code points (Python string indices).
//! Beside the tool's own fields each document carries a `marginalia` object
//! (its hash, title, whether it was reviewed, and each annotation in full:
//! origin, review, tags, note, speaker, times), which tools keep as
//! metadata; an import reads the tool's spans as the truth and that object
//! for what the tool cannot hold, so nothing is lost.

use serde_json::{Value, json};

use super::*;

/// What to do with documents the reader never reviewed (no suggestion
/// decided, no annotation of theirs): exported with no spans they would
/// read as "checked: nothing here".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unreviewed {
    /// Not exported.
    #[default]
    LeaveOut,
    /// Exported and marked (`marginalia.reviewed: false`; Prodigy's
    /// `answer: ignore`; Label Studio: a task without annotations).
    Mark,
}

/// The label a tag is exported as: letters and digits in capitals, other
/// runs of characters as one `_` (`needs source` → `NEEDS_SOURCE`).
pub fn sanitize_label(tag: &str) -> String {
    let mut out = String::new();
    for c in tag.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_uppercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_').to_string();
    if out.is_empty() { "TAG".into() } else { out }
}

/// The tag a label of another tool's file becomes when the file does not
/// say (no Marginalia map): a label written as [`sanitize_label`] writes
/// them reads back as a tag is written (`NEEDS_SOURCE` → `needs source`);
/// any other (`Person`, `needs-review`) is kept as it is.
pub fn tag_of_label(label: &str) -> String {
    let shouting =
        label.chars().any(char::is_alphabetic) && label.chars().all(|c| c == '_' || c.is_numeric() || c.is_uppercase());
    if shouting { label.to_lowercase().replace('_', " ") } else { label.to_string() }
}

/// The label of an annotation of the reader's without tags.
const NOTE_LABEL: &str = "NOTE";

/// Tags to labels for one export: injective (`needs source` and
/// `needs-source` become `NEEDS_SOURCE` and `NEEDS_SOURCE_2`).
#[derive(Debug, Default)]
struct Labels {
    /// (tag, label); the empty tag is an annotation without tags.
    pairs: Vec<(String, String)>,
}

impl Labels {
    fn label(&mut self, tag: &str) -> String {
        if let Some((_, l)) = self.pairs.iter().find(|(t, _)| t == tag) {
            return l.clone();
        }
        let base = if tag.is_empty() { NOTE_LABEL.to_string() } else { sanitize_label(tag) };
        let mut label = base.clone();
        let mut n = 1;
        while self.pairs.iter().any(|(_, l)| *l == label) {
            n += 1;
            label = format!("{base}_{n}");
        }
        self.pairs.push((tag.to_string(), label.clone()));
        label
    }
}

/// One document as the tools see it.
struct Labelled {
    export: ExportDocument,
    text: String,
    reviewed: bool,
    pending: usize,
    /// Accepted spans: (start, end, label), code points, each once, in order.
    spans: Vec<(usize, usize, String)>,
    /// Rejected suggestions: (start, end, label).
    rejected: Vec<(usize, usize, String)>,
    /// Suggestions still pending: (start, end, label).
    predictions: Vec<(usize, usize, String)>,
}

/// The labels of one exported annotation.
fn labels_of(a: &ExportAnnotation, labels: &mut Labels) -> Vec<String> {
    if a.origin != Origin::User {
        return vec![labels.label(origin_tag(a.origin))];
    }
    if a.tags.is_empty() {
        return vec![labels.label("")];
    }
    a.tags.iter().map(|t| labels.label(t)).collect()
}

fn labelled(lib: &Library, only: Option<u64>, unreviewed: Unreviewed, labels: &mut Labels) -> Vec<Labelled> {
    let mut out = Vec::new();
    for doc in lib.documents.iter().filter(|d| only.is_none_or(|id| d.id == id)) {
        let reviewed = !doc.annotations.reviews.is_empty() || !doc.annotations.items.is_empty();
        if !reviewed && unreviewed == Unreviewed::LeaveOut {
            continue;
        }
        let export = export_document(doc, false);
        let ix = OffsetIndex::new(&doc.text);
        let mut spans = Vec::new();
        let mut rejected = Vec::new();
        for a in &export.annotations {
            for label in labels_of(a, labels) {
                let span = (a.start, a.end, label);
                match a.review {
                    Review::Rejected => rejected.push(span),
                    // A claim carried for its check alone: never decided, so no label.
                    Review::Pending => {}
                    _ if !spans.contains(&span) => spans.push(span),
                    _ => {}
                }
            }
        }
        let mut predictions = Vec::new();
        for (key, review) in doc.annotations.suggestions(&doc.analysis) {
            if review == Review::Pending {
                let (s, e) = ix.span_to_chars(key.span());
                predictions.push((s, e, labels.label(origin_tag(key.origin))));
            }
        }
        out.push(Labelled {
            pending: predictions.len(),
            export,
            text: doc.text.clone(),
            reviewed,
            spans,
            rejected,
            predictions,
        });
    }
    out
}

/// The `marginalia` object each document carries (see the module's doc).
/// Typed, not a `serde_json::Value`: it serialises with the code the
/// Marginalia export already has, which keeps the page's first load small.
#[derive(Serialize)]
struct Sidecar<'a> {
    sha256: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<&'a PageMeta>,
    reviewed: bool,
    pending: usize,
    labels: LabelMap<'a>,
    annotations: &'a [ExportAnnotation],
}

/// Labels to tags, as a JSON object.
struct LabelMap<'a>(&'a [(String, String)]);

impl Serialize for LabelMap<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(tag, label)| (label, tag)))
    }
}

fn sidecar<'a>(d: &'a Labelled, labels: &'a Labels) -> Sidecar<'a> {
    Sidecar {
        sha256: &d.export.sha256,
        title: &d.export.title,
        source: d.export.source.as_deref(),
        page: d.export.page.as_ref(),
        reviewed: d.reviewed,
        pending: d.pending,
        labels: LabelMap(&labels.pairs),
        annotations: &d.export.annotations,
    }
}

/// Each value as one line of compact JSON.
fn lines<T: Serialize>(values: impl IntoIterator<Item = T>) -> String {
    let mut out = String::new();
    for v in values {
        out.push_str(&serde_json::to_string(&v).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// `[start, end, "LABEL"]`, as doccano and spaCy write spans.
type Triple<'a> = (usize, usize, &'a str);

fn triples(d: &Labelled) -> Vec<Triple<'_>> {
    d.spans.iter().map(|(s, e, l)| (*s, *e, l.as_str())).collect()
}

#[derive(Serialize)]
struct DoccanoLine<'a> {
    text: &'a str,
    label: Vec<Triple<'a>>,
    marginalia: Sidecar<'a>,
}

/// doccano's JSONL for sequence labelling: one line per document,
/// `{"text", "label": [[start, end, "LABEL"], …]}`, offsets in code points
/// (doccano's documented import; its own annotation screen counts UTF-16
/// units, so after an emoji it shows spans one off — see docs/formats.md).
/// Other fields (`marginalia`) become the document's metadata in doccano.
pub fn to_doccano(lib: &Library, only: Option<u64>, unreviewed: Unreviewed) -> String {
    let mut labels = Labels::default();
    let docs = labelled(lib, only, unreviewed, &mut labels);
    lines(docs.iter().map(|d| DoccanoLine { text: &d.text, label: triples(d), marginalia: sidecar(d, &labels) }))
}

/// A Prodigy hash: a signed 32-bit integer, as Prodigy's own are, from the
/// SHA-256 of `s`. Prodigy only compares them (`--rehash` recomputes its own).
fn prodigy_hash(s: &str) -> i64 {
    let d = Sha256::digest(s.as_bytes());
    i64::from(i32::from_be_bytes([d[0], d[1], d[2], d[3]]))
}

#[derive(Serialize)]
struct ProdigyTask<'a> {
    text: &'a str,
    spans: Vec<ProdigySpan<'a>>,
    answer: &'static str,
    #[serde(rename = "_input_hash")]
    input_hash: i64,
    #[serde(rename = "_task_hash")]
    task_hash: i64,
    meta: ProdigyMeta<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    marginalia: Option<Sidecar<'a>>,
}

#[derive(Serialize)]
struct ProdigySpan<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    text: String,
}

/// What Prodigy shows under the text: the title, the file, and what a web
/// page said about itself.
#[derive(Serialize, Clone, Copy)]
struct ProdigyMeta<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
}

/// Prodigy's JSONL (what `prodigy db-in` reads and `db-out` writes): per
/// document one task `{"text", "spans": [{"start", "end", "label",
/// "text"}], "answer": "accept", "_input_hash", "_task_hash", "meta"}`
/// with the reader's accepted spans; each rejected suggestion as its own
/// binary task with that one span and `"answer": "reject"` (the shape of
/// Prodigy's `ner.teach`); an unreviewed document, when marked, with
/// `"answer": "ignore"`. No `tokens`: Prodigy tokenises when it needs to.
pub fn to_prodigy(lib: &Library, only: Option<u64>, unreviewed: Unreviewed) -> String {
    let mut labels = Labels::default();
    let docs = labelled(lib, only, unreviewed, &mut labels);
    let mut out = Vec::new();
    for d in &docs {
        let input_hash = prodigy_hash(&d.text);
        let chars: Vec<char> = d.text.chars().collect();
        fn span<'a>(chars: &[char], (s, e, l): &'a (usize, usize, String)) -> ProdigySpan<'a> {
            ProdigySpan { start: *s, end: *e, label: l, text: chars.get(*s..*e).unwrap_or_default().iter().collect() }
        }
        // The task's hash: its text's and its spans'.
        let task_hash = |spans: &[ProdigySpan]| {
            let mut key = input_hash.to_string();
            for s in spans {
                key.push_str(&format!(" {} {} {}", s.start, s.end, s.label));
            }
            prodigy_hash(&key)
        };
        let page = d.export.page.as_ref();
        let field = |f: fn(&PageMeta) -> &Option<String>| page.and_then(|p| f(p).as_deref());
        let meta = ProdigyMeta {
            title: &d.export.title,
            source: d.export.source.as_deref(),
            byline: field(|p| &p.byline),
            published: field(|p| &p.published),
            site: field(|p| &p.site),
            url: field(|p| &p.url),
            lang: field(|p| &p.lang),
        };
        let spans: Vec<ProdigySpan> = d.spans.iter().map(|x| span(&chars, x)).collect();
        out.push(ProdigyTask {
            text: &d.text,
            answer: if d.reviewed { "accept" } else { "ignore" },
            input_hash,
            task_hash: task_hash(&spans),
            spans,
            meta,
            marginalia: Some(sidecar(d, &labels)),
        });
        for r in &d.rejected {
            let spans = vec![span(&chars, r)];
            out.push(ProdigyTask {
                text: &d.text,
                answer: "reject",
                input_hash,
                task_hash: task_hash(&spans),
                spans,
                meta: ProdigyMeta {
                    source: None,
                    byline: None,
                    published: None,
                    site: None,
                    url: None,
                    lang: None,
                    ..meta
                },
                marginalia: None,
            });
        }
    }
    lines(out)
}

/// Label Studio's JSON tasks (what its "Import" reads and its "JSON"
/// export writes): `[{"data": {"text", "title", "marginalia"},
/// "annotations": [{"result": […]}], "predictions": [{"model_version",
/// "result": […]}]}]`. The reader's decisions are the annotation — one
/// `labels` region per span, with the note and the speaker as per-region
/// `textarea` results of the same id — and the suggestions still pending
/// are the core's predictions. An unreviewed document, when marked, is a
/// task with predictions only (Label Studio's "not yet annotated").
/// [`label_studio_config`] is the labelling interface that reads it.
pub fn to_label_studio(lib: &Library, only: Option<u64>, unreviewed: Unreviewed) -> String {
    let mut labels = Labels::default();
    let docs = labelled(lib, only, unreviewed, &mut labels);
    let region = |d: &Labelled, id: &str, (s, e, l): (usize, usize, &str)| {
        let text: String = d.text.chars().skip(s).take(e.saturating_sub(s)).collect();
        json!({ "id": id, "from_name": "label", "to_name": "text", "type": "labels",
                "value": { "start": s, "end": e, "text": text, "labels": [l] } })
    };
    let tasks: Vec<Value> = docs
        .iter()
        .map(|d| {
            let mut result = Vec::new();
            // Region `m{i}` is the document's i-th annotation in `marginalia.annotations`.
            for (i, a) in d.export.annotations.iter().enumerate().filter(|(_, a)| a.review != Review::Rejected) {
                let id = format!("m{i}");
                let mut r = region(d, &id, (a.start, a.end, ""));
                r["value"]["labels"] = json!(labels_of(a, &mut labels));
                result.push(r);
                for (name, value) in [("note", Some(a.note.clone()).filter(|n| !n.is_empty())), ("speaker", a.speaker.clone())] {
                    if let Some(v) = value {
                        result.push(json!({ "id": id, "from_name": name, "to_name": "text", "type": "textarea",
                                            "value": { "start": a.start, "end": a.end, "text": [v] } }));
                    }
                }
            }
            let predicted: Vec<Value> =
                d.predictions.iter().enumerate().map(|(i, (s, e, l))| region(d, &format!("p{i}"), (*s, *e, l))).collect();
            let mut task = json!({
                "data": { "text": d.text, "title": d.export.title, "marginalia": serde_json::to_value(sidecar(d, &labels)).unwrap_or_default() },
                "predictions": [{ "model_version": format!("marginalia-core {}", marginalia_core::VERSION), "result": predicted }],
            });
            if d.reviewed {
                task["annotations"] = json!([{ "result": result, "was_cancelled": false, "ground_truth": false }]);
            }
            task
        })
        .collect();
    serde_json::to_string_pretty(&tasks).unwrap_or_default()
}

/// The Label Studio labelling interface for [`to_label_studio`]'s tasks:
/// the labels of `lib`'s export, the text, and per-region note and speaker.
pub fn label_studio_config(lib: &Library) -> String {
    let mut labels = Labels::default();
    labelled(lib, None, Unreviewed::Mark, &mut labels);
    let escape = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let mut out = String::from("<View>\n  <Labels name=\"label\" toName=\"text\">\n");
    for (_, l) in &labels.pairs {
        out.push_str(&format!("    <Label value=\"{}\"/>\n", escape(l)));
    }
    out.push_str("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
    out.push_str("  <TextArea name=\"note\" toName=\"text\" perRegion=\"true\" placeholder=\"Note\"/>\n");
    out.push_str(
        "  <TextArea name=\"speaker\" toName=\"text\" perRegion=\"true\" placeholder=\"Said by\"/>\n</View>\n",
    );
    out
}

#[derive(Serialize)]
struct SpacyLine<'a> {
    text: &'a str,
    spans: SpanGroups<'a>,
    marginalia: Sidecar<'a>,
}

/// spaCy's span groups: the span categoriser's default key.
#[derive(Serialize)]
struct SpanGroups<'a> {
    sc: Vec<Triple<'a>>,
}

/// spaCy: one JSON object per line, `{"text", "spans": {"sc": [[start,
/// end, "LABEL"], …]}, "marginalia"}` — `spans` is the dictionary that
/// `spacy.training.Example.from_dict(nlp.make_doc(text), {"spans": …})`
/// reads (character offsets; overlapping spans allowed, under the span
/// categoriser's default key `sc`). spaCy's `convert` command has no JSONL
/// reader; docs/formats.md has the five lines that make a `.spacy` DocBin.
pub fn to_spacy(lib: &Library, only: Option<u64>, unreviewed: Unreviewed) -> String {
    let mut labels = Labels::default();
    let docs = labelled(lib, only, unreviewed, &mut labels);
    lines(docs.iter().map(|d| SpacyLine {
        text: &d.text,
        spans: SpanGroups { sc: triples(d) },
        marginalia: sidecar(d, &labels),
    }))
}

// ---------------------------------------------------------------- import

/// Whether `v` is a Label Studio task or a list of them.
pub(super) fn is_label_studio(v: &Value) -> bool {
    let task = |t: &Value| t.get("data").and_then(|d| d.get("text")).is_some_and(Value::is_string);
    match v {
        Value::Array(a) => !a.is_empty() && a.iter().all(task),
        _ => task(v),
    }
}

/// Whether `v` is one line of doccano, Prodigy or spaCy JSONL.
pub(super) fn is_span_line(v: &Value) -> bool {
    v.get("text").is_some_and(Value::is_string)
        && ["label", "labels", "spans", "entities"].iter().any(|k| v.get(*k).is_some())
}

/// A labelled span read from a tool: code points, end exclusive.
struct Read {
    start: usize,
    end: usize,
    label: String,
    note: Option<String>,
    speaker: Option<String>,
    /// Label Studio's region id.
    region: Option<String>,
}

fn usize_of(v: Option<&Value>) -> Option<usize> {
    v.and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok())
}

/// doccano's `label: [[s, e, "L"]]` (and `labels`), its relation projects'
/// `entities: [{start_offset, end_offset, label}]`, Prodigy's `spans:
/// [{start, end, label}]` and spaCy's `spans: {"key": [[s, e, "L"]]}`.
fn spans_of_line(v: &Value) -> Vec<Read> {
    let triple = |t: &Value| {
        let t = t.as_array()?;
        Some(Read {
            start: usize_of(t.first())?,
            end: usize_of(t.get(1))?,
            label: t.get(2)?.as_str()?.to_string(),
            note: None,
            speaker: None,
            region: None,
        })
    };
    let object = |o: &Value, s: &str, e: &str| {
        Some(Read {
            start: usize_of(o.get(s))?,
            end: usize_of(o.get(e))?,
            label: o.get("label")?.as_str()?.to_string(),
            note: None,
            speaker: None,
            region: None,
        })
    };
    let mut out = Vec::new();
    for key in ["label", "labels"] {
        if let Some(a) = v.get(key).and_then(Value::as_array) {
            out.extend(a.iter().filter_map(triple));
        }
    }
    if let Some(a) = v.get("entities").and_then(Value::as_array) {
        out.extend(a.iter().filter_map(|o| object(o, "start_offset", "end_offset")));
    }
    match v.get("spans") {
        Some(Value::Array(a)) => out.extend(a.iter().filter_map(|o| object(o, "start", "end"))),
        Some(Value::Object(groups)) => {
            for group in groups.values().filter_map(Value::as_array) {
                out.extend(group.iter().filter_map(triple));
            }
        }
        _ => {}
    }
    out
}

/// Label Studio's regions of one task: every annotation not cancelled
/// (predictions are the core's and come again from the text).
fn spans_of_task(task: &Value) -> Vec<Read> {
    let mut regions: Vec<(String, Read)> = Vec::new();
    let only = list_of(task.get("annotations"))
        .iter()
        .filter(|a| a.get("was_cancelled").and_then(Value::as_bool) != Some(true))
        .count()
        == 1;
    let mut extra: Vec<(String, String, String)> = Vec::new();
    for (n, annotation) in list_of(task.get("annotations")).into_iter().enumerate() {
        if annotation.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        for (i, r) in list_of(annotation.get("result")).into_iter().enumerate() {
            let id = format!("{n}/{}", r.get("id").and_then(Value::as_str).map_or_else(|| i.to_string(), String::from));
            let value = r.get("value").unwrap_or(&Value::Null);
            match r.get("type").and_then(Value::as_str) {
                Some("labels") | Some("hypertextlabels") => {
                    let (Some(start), Some(end)) = (usize_of(value.get("start")), usize_of(value.get("end"))) else {
                        continue;
                    };
                    // Region ids name Marginalia's annotations only in a task's one annotation.
                    let region = r.get("id").and_then(Value::as_str).filter(|_| only).map(String::from);
                    for label in list_of(value.get("labels")).into_iter().filter_map(Value::as_str) {
                        regions.push((
                            id.clone(),
                            Read {
                                start,
                                end,
                                label: label.to_string(),
                                note: None,
                                speaker: None,
                                region: region.clone(),
                            },
                        ));
                    }
                }
                Some("textarea") => {
                    let name = r.get("from_name").and_then(Value::as_str).unwrap_or_default().to_string();
                    let text: Vec<&str> = list_of(value.get("text")).into_iter().filter_map(Value::as_str).collect();
                    extra.push((id, name, text.join("\n")));
                }
                _ => {}
            }
        }
    }
    // Each text area goes to the regions of its id: found by grouping the
    // ids (not by comparing every pair, which a large file would make slow).
    let ids: Vec<Option<&str>> = regions
        .iter()
        .map(|(id, _)| Some(id.as_str()))
        .chain(extra.iter().map(|(id, _, _)| Some(id.as_str())))
        .collect();
    let leader = leaders(&ids);
    let mut given: Vec<(Option<String>, Option<String>)> = vec![(None, None); regions.len()];
    for (k, (_, name, text)) in extra.iter().enumerate() {
        let Some(g) = given.get_mut(leader[regions.len() + k]) else { continue };
        match name.as_str() {
            "speaker" => g.1 = Some(text.clone()),
            _ => g.0 = Some(text.clone()),
        }
    }
    let leader = &leader[..regions.len()];
    regions
        .into_iter()
        .zip(leader)
        .map(|((_, mut r), &l)| {
            (r.note, r.speaker) = given[l].clone();
            r
        })
        .collect()
}

fn list_of(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    }
}

/// One document read from a tool, before its spans become annotations.
struct ReadDocument {
    text: String,
    title: Option<String>,
    meta: Option<Value>,
    accepted: Vec<Read>,
    rejected: Vec<Read>,
}

/// The most labels a file's label map may name (Marginalia's have a few).
const MAX_LABELS: usize = 1_000;

/// The one sort the importers use: one instance of the sorting code in the
/// page, not one per element type.
pub(super) fn sort(v: &mut [(usize, usize, usize)]) {
    v.sort_unstable();
}

/// For each key, the index of the first equal key (`usize::MAX` for
/// none): keys sorted by a hash, then compared only within a run of one
/// hash — O(n log n), where comparing every pair would make a large file
/// freeze the page.
pub(super) fn leaders(keys: &[Option<&str>]) -> Vec<usize> {
    // FNV-1a: small and good enough to group by; equal keys are compared.
    let hash =
        |t: &str| t.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let mut order: Vec<(usize, usize, usize)> =
        keys.iter().enumerate().filter_map(|(i, k)| Some((hash((*k)?) as usize, i, 0))).collect();
    sort(&mut order);
    let mut leader = vec![usize::MAX; keys.len()];
    // The keys met in the current run of one hash (one, but for a collision).
    let mut group: Vec<usize> = Vec::new();
    for n in 0..order.len() {
        let (h, i, _) = order[n];
        if n == 0 || order[n - 1].0 != h {
            group.clear();
        }
        leader[i] = match group.iter().find(|&&m| keys[m] == keys[i]) {
            Some(&m) => m,
            None => {
                group.push(i);
                i
            }
        };
    }
    leader
}

/// Lines of doccano, Prodigy or spaCy JSONL as an export with the text.
pub(super) fn from_lines(values: &[Value]) -> Result<Export, ImportError> {
    // Lines of one text (a Prodigy task and its rejections) are one
    // document, in the order texts first appear.
    let text = |i: usize| values[i].get("text").and_then(Value::as_str);
    let leader = leaders(&(0..values.len()).map(text).collect::<Vec<_>>());
    let mut docs: Vec<ReadDocument> = Vec::new();
    let mut index = vec![usize::MAX; values.len()];
    for (i, v) in values.iter().enumerate() {
        let Some(t) = text(i) else { continue };
        let l = leader[i];
        if index[l] == usize::MAX {
            index[l] = docs.len();
            docs.push(ReadDocument {
                text: t.to_string(),
                title: v.pointer("/meta/title").and_then(Value::as_str).map(String::from),
                meta: None,
                accepted: Vec::new(),
                rejected: Vec::new(),
            });
        }
        let d = &mut docs[index[l]];
        if d.meta.is_none() {
            d.meta = v.get("marginalia").filter(|m| m.is_object()).cloned();
        }
        match v.get("answer").and_then(Value::as_str).unwrap_or("accept") {
            "accept" => d.accepted.extend(spans_of_line(v)),
            "reject" => d.rejected.extend(spans_of_line(v)),
            _ => {}
        }
    }
    to_export(docs, "The file has no line with a \"text\" to import.")
}

/// Label Studio tasks as an export with the text.
pub(super) fn from_label_studio(v: &Value) -> Result<Export, ImportError> {
    let tasks: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        _ => vec![v],
    };
    let docs = tasks
        .into_iter()
        .filter_map(|t| {
            let data = t.get("data")?;
            Some(ReadDocument {
                text: data.get("text")?.as_str()?.to_string(),
                title: data.get("title").and_then(Value::as_str).map(String::from),
                meta: data.get("marginalia").filter(|m| m.is_object()).cloned(),
                accepted: spans_of_task(t),
                rejected: Vec::new(),
            })
        })
        .collect();
    to_export(docs, "The Label Studio file has no task with a text to import.")
}

/// Read spans as annotations. With Marginalia's `marginalia` object, each
/// annotation it lists is kept where the tool still has one of its labels
/// at its place (rejected suggestions, which the tools cannot hold, are
/// kept); every other span is an annotation of the reader's, its label
/// mapped back to their tag.
fn to_export(read: Vec<ReadDocument>, empty: &str) -> Result<Export, ImportError> {
    if read.is_empty() {
        return Err(ImportError(empty.into()));
    }
    // Refused before any work: the bound plan_import applies, on spans.
    let total: usize = read.iter().map(|d| d.accepted.len() + d.rejected.len()).sum();
    if total > MAX_IMPORT_ANNOTATIONS {
        return Err(ImportError(format!(
            "The file has {total} labelled spans, more than the {MAX_IMPORT_ANNOTATIONS} an import takes."
        )));
    }
    let mut documents = Vec::new();
    for mut d in read {
        let meta = d.meta.as_ref();
        let string = |k: &str| meta.and_then(|m| m.get(k)).and_then(Value::as_str).map(String::from);
        // Labels to tags (a map larger than any export writes is ignored).
        let map: Vec<(&str, &str)> = meta
            .and_then(|m| m.get("labels"))
            .and_then(Value::as_object)
            .filter(|o| o.len() <= MAX_LABELS)
            .map(|o| o.iter().filter_map(|(l, t)| Some((l.as_str(), t.as_str()?))).collect())
            .unwrap_or_default();
        // A file another tool made (no Marginalia object): its labels read
        // as tags; one Marginalia wrote keeps each label it did not map.
        let foreign = meta.is_none();
        let tag_of = |label: &str| match map.iter().find(|(l, _)| *l == label) {
            Some((_, t)) => t.to_string(),
            None if foreign => tag_of_label(label),
            None => label.to_string(),
        };
        let (known, page) = marginalia_parts(meta.and_then(|m| m.get("annotations")), meta.and_then(|m| m.get("page")));
        let ix = OffsetIndex::new(&d.text);
        // The tool's spans in text order, each with its tag; `used` when an
        // annotation of Marginalia's object accounts for it.
        let mut by_place: Vec<(usize, usize, usize)> =
            d.accepted.iter().enumerate().map(|(i, r)| (r.start, r.end, i)).collect();
        sort(&mut by_place);
        let mut slots: Vec<Option<Read>> = std::mem::take(&mut d.accepted).into_iter().map(Some).collect();
        let reads: Vec<Read> = by_place.iter().filter_map(|&(_, _, i)| slots[i].take()).collect();
        let reads = &reads;
        let tags: Vec<String> = reads.iter().map(|r| tag_of(&r.label)).collect();
        let mut used = vec![false; reads.len()];
        let place = |s: usize, e: usize| {
            reads.partition_point(|r| (r.start, r.end) < (s, e))..reads.partition_point(|r| (r.start, r.end) <= (s, e))
        };
        let mut annotations = Vec::new();
        for (i, mut a) in known.into_iter().enumerate() {
            if a.review != Review::Rejected {
                let here = place(a.start, a.end);
                let accounts = |a: &ExportAnnotation, tag: &str| match a.origin {
                    Origin::User if a.tags.is_empty() => tag.is_empty(),
                    Origin::User => a.tags.iter().any(|t| t == tag),
                    o => origin_tag(o) == tag,
                };
                if a.origin == Origin::User && !a.tags.is_empty() {
                    a.tags.retain(|t| here.clone().any(|j| tags[j] == *t));
                    if a.tags.is_empty() {
                        continue;
                    }
                } else if !here.clone().any(|j| accounts(&a, &tags[j])) {
                    continue;
                }
                for j in here.clone() {
                    used[j] |= accounts(&a, &tags[j]);
                }
                // Its note and speaker in the tool (Label Studio's per-region
                // text areas): its own region, else the first given there.
                let region = format!("m{i}");
                let given = here
                    .clone()
                    .find(|&j| reads[j].region.as_deref() == Some(region.as_str()))
                    .or_else(|| here.clone().find(|&j| reads[j].note.is_some() || reads[j].speaker.is_some()));
                if let Some(r) = given.map(|j| &reads[j]) {
                    let speaker = r.speaker.as_ref().map(|s| s.trim().to_string());
                    if a.origin == Origin::User {
                        if let Some(n) = &r.note {
                            a.note = n.clone();
                        }
                        if let Some(s) = speaker {
                            a.speaker = Some(s).filter(|s| !s.is_empty());
                        }
                    } else if a.origin == Origin::Quote && speaker.is_some() && speaker != a.speaker {
                        a.speaker = speaker.filter(|s| !s.is_empty());
                        a.speaker_corrected = true;
                    }
                }
            }
            annotations.push(a);
        }
        // What the tool has that Marginalia's object does not account for:
        // one annotation of the reader's per place, its labels as tags.
        let mut added: Vec<ExportAnnotation> = Vec::new();
        for (j, r) in reads.iter().enumerate().filter(|(j, _)| !used[*j]) {
            let tag = &tags[j];
            match added.last_mut().filter(|a| (a.start, a.end) == (r.start, r.end)) {
                Some(a) => {
                    if !tag.is_empty() && !a.tags.contains(tag) {
                        a.tags.push(tag.clone());
                    }
                    if a.note.is_empty() {
                        a.note = r.note.clone().unwrap_or_default();
                    }
                }
                None => {
                    let mut a = read_annotation(&d.text, &ix, r);
                    a.tags = if tag.is_empty() { Vec::new() } else { vec![tag.clone()] };
                    added.push(a);
                }
            }
        }
        // Prodigy's rejected binary tasks: a rejected suggestion when the
        // label is a suggestion kind.
        let mut rejected: Vec<(usize, usize, usize)> = annotations
            .iter()
            .filter(|a| a.review == Review::Rejected)
            .map(|a| (a.origin as usize, a.start, a.end))
            .collect();
        sort(&mut rejected);
        for r in &d.rejected {
            let origin = match tag_of(&r.label).to_lowercase().as_str() {
                "quote" => Origin::Quote,
                "number" => Origin::Number,
                "claim" => Origin::Claim,
                _ => continue,
            };
            if rejected.binary_search(&(origin as usize, r.start, r.end)).is_err() {
                annotations.push(ExportAnnotation {
                    origin,
                    review: Review::Rejected,
                    ..read_annotation(&d.text, &ix, r)
                });
            }
        }
        accept_found(&d.text, &mut annotations, &mut added);
        annotations.extend(added);
        documents.push(ExportDocument {
            title: string("title").or(d.title).unwrap_or_else(|| crate::document::title_of(&d.text, None)),
            source: string("source"),
            sha256: sha256_hex(&d.text),
            page,
            text: Some(d.text),
            annotations,
        });
    }
    Ok(Export { format: FORMAT.into(), exported: 0.0, core_version: String::new(), tags: vec![], documents })
}

/// A span the tool added with a suggestion's label (`QUOTE`, `NUMBER`,
/// `CLAIM`, in any case) exactly where the core finds that suggestion — a prediction
/// accepted in Label Studio, a quote labelled in doccano — is that
/// suggestion accepted, not an annotation of the reader's tagged "quote".
fn accept_found(text: &str, annotations: &mut Vec<ExportAnnotation>, added: &mut Vec<ExportAnnotation>) {
    let kinds = [Origin::Quote, Origin::Number, Origin::Claim];
    let is = |t: &str, o: Origin| t.eq_ignore_ascii_case(origin_tag(o));
    if !added.iter().any(|a| a.tags.iter().any(|t| kinds.iter().any(|o| is(t, *o)))) {
        return;
    }
    let analysis = marginalia_core::analyze(text);
    let ix = OffsetIndex::new(text);
    let mut found: Vec<(usize, usize, usize)> = crate::annotation::Annotations::default()
        .suggestions(&analysis)
        .into_iter()
        .map(|(k, _)| {
            let (s, e) = ix.span_to_chars(k.span());
            (k.origin as usize, s, e)
        })
        .collect();
    sort(&mut found);
    for a in added.iter_mut() {
        for origin in kinds {
            let tag = origin_tag(origin);
            if a.tags.iter().any(|t| is(t, origin)) && found.binary_search(&(origin as usize, a.start, a.end)).is_ok() {
                a.tags.retain(|t| !is(t, origin));
                // A speaker given in the tool is the quote's, said outright.
                let speaker = if origin == Origin::Quote { a.speaker.take() } else { None };
                annotations.push(ExportAnnotation {
                    origin,
                    tags: vec![tag.to_string()],
                    note: String::new(),
                    speaker_corrected: speaker.is_some(),
                    speaker,
                    ..a.clone()
                });
            }
        }
    }
    // What is left of the reader's: other tags, or a note.
    added.retain(|a| !a.tags.is_empty() || !a.note.is_empty() || a.speaker.is_some());
}

/// A span read from a tool as an annotation of the reader's: its quote is
/// the text at its place (empty when the place is not in the text: an orphan).
fn read_annotation(text: &str, ix: &OffsetIndex, r: &Read) -> ExportAnnotation {
    let quote = ix.chars_to_span(r.start, r.end).map(|s| s.text(text).to_string()).unwrap_or_default();
    ExportAnnotation {
        start: r.start,
        end: r.end,
        quote,
        prefix: String::new(),
        suffix: String::new(),
        tags: Vec::new(),
        note: r.note.clone().unwrap_or_default(),
        origin: Origin::User,
        review: Review::Accepted,
        created: 0.0,
        modified: 0.0,
        speaker: r.speaker.clone().filter(|s| !s.trim().is_empty()),
        speaker_corrected: false,
        finding: Finding::default(),
        check: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{annotate, library};
    use super::*;

    /// A library with everything a reader decides: a quote whose speaker
    /// they corrected, an accepted number, a rejected claim, an annotation
    /// of theirs with two tags, a note and a speaker, one without tags, and
    /// an emoji before it all (code points, not bytes or UTF-16 units).
    pub(in crate::exchange) fn rich() -> Library {
        let text =
            "👋 “We will win,” said Fiona Hill on Monday. Russia lost about 5,000 troops in 2024, officials said.";
        let mut lib = library(text);
        let doc = lib.current().unwrap();
        let a = doc.analysis.clone();
        let keys: Vec<SuggestionKey> = doc.annotations.suggestions(&a).into_iter().map(|(k, _)| k).collect();
        let find = |o: Origin| *keys.iter().find(|k| k.origin == o).unwrap();
        assert!(lib.correct_speaker(find(Origin::Quote), Some("Fiona Hill-Smith".into())));
        lib.review(find(Origin::Number), Review::Accepted);
        lib.review(find(Origin::Claim), Review::Rejected);
        annotate(&mut lib, text, "officials said", "needs source", "Which officials?");
        let id = lib.current().unwrap().annotations.items[0].id;
        let mut mine = lib.current().unwrap().annotations.get(id).unwrap().clone();
        mine.tags.push("needs-source".into());
        mine.speaker = Some("Officials".into());
        assert!(lib.edit(mine, 7.0));
        let start = text.find("Monday").unwrap();
        lib.annotate(Span::new(start, start + 6), vec![], "when exactly?".into(), 3.0).unwrap();
        lib
    }

    /// What a round trip must keep: reviews, speaker corrections, and each
    /// annotation's span, tags, note, speaker and times.
    pub(in crate::exchange) type Kept = (
        Vec<(SuggestionKey, Review)>,
        Vec<(SuggestionKey, String)>,
        Vec<(Span, Vec<String>, String, Option<String>, f64, f64)>,
    );

    pub(in crate::exchange) fn kept(doc: &Document) -> Kept {
        (
            doc.annotations.reviews.iter().map(|(k, r)| (*k, *r)).collect(),
            doc.annotations.speakers.iter().map(|(k, s)| (*k, s.clone())).collect(),
            doc.annotations
                .items
                .iter()
                .map(|a| (a.span, a.tags.clone(), a.note.clone(), a.speaker.clone(), a.created, a.modified))
                .collect(),
        )
    }

    #[test]
    fn doccano_prodigy_and_label_studio_round_trip_into_a_fresh_library() {
        let lib = rich();
        let formats: [(&str, String); 3] = [
            ("doccano", to_doccano(&lib, None, Unreviewed::LeaveOut)),
            ("prodigy", to_prodigy(&lib, None, Unreviewed::LeaveOut)),
            ("label studio", to_label_studio(&lib, None, Unreviewed::LeaveOut)),
        ];
        for (name, file) in formats {
            let mut fresh = Library::default();
            let plan = plan_import(&fresh, &file).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(plan.orphans.is_empty(), "{name}: {}", plan.summary());
            apply_import(&mut fresh, plan);
            assert_eq!(fresh.documents.len(), 1, "{name}");
            assert_eq!(fresh.documents[0].text, lib.documents[0].text, "{name}");
            assert_eq!(kept(&fresh.documents[0]), kept(&lib.documents[0]), "{name}");
            let again = plan_import(&fresh, &file).unwrap();
            assert!(again.changes.is_empty() && again.new_documents.is_empty(), "{name}: twice adds nothing");
            let back = plan_import(&lib, &file).unwrap();
            assert!(back.changes.is_empty(), "{name}: into the library it came from adds nothing");
        }
    }

    #[test]
    fn each_tool_gets_its_documented_shape_with_sanitised_labels() {
        let lib = rich();
        let text = &lib.documents[0].text;
        let chars: Vec<char> = text.chars().collect();
        let cut = |s: &Value, e: &Value| -> String {
            chars[s.as_u64().unwrap() as usize..e.as_u64().unwrap() as usize].iter().collect()
        };
        // doccano: [[start, end, "LABEL"]], code points.
        let line: Value = serde_json::from_str(to_doccano(&lib, None, Unreviewed::LeaveOut).trim()).unwrap();
        let label = line["label"].as_array().unwrap();
        let names: Vec<&str> = label.iter().map(|t| t[2].as_str().unwrap()).collect();
        assert!(names.contains(&"NEEDS_SOURCE") && names.contains(&"NEEDS_SOURCE_2"), "{names:?}");
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_')));
        let needs = label.iter().find(|t| t[2] == "NEEDS_SOURCE").unwrap();
        assert_eq!(cut(&needs[0], &needs[1]), "officials said");
        assert!(names.contains(&"NOTE"), "an annotation without tags");
        assert_eq!(line["marginalia"]["labels"]["NEEDS_SOURCE_2"], "needs-source");
        assert_eq!(line["marginalia"]["labels"]["NOTE"], "");
        assert!(!names.contains(&"CLAIM"), "the rejected claim is no label");
        // Prodigy: spans, answer, 32-bit hashes; the rejected claim as a binary task.
        let tasks: Vec<Value> =
            to_prodigy(&lib, None, Unreviewed::LeaveOut).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(tasks[0]["answer"], "accept");
        for t in &tasks {
            let h = t["_input_hash"].as_i64().unwrap();
            assert!(i32::try_from(h).is_ok() && i32::try_from(t["_task_hash"].as_i64().unwrap()).is_ok());
            assert_eq!(h, tasks[0]["_input_hash"].as_i64().unwrap(), "one text, one input hash");
            for s in t["spans"].as_array().unwrap() {
                assert_eq!(cut(&s["start"], &s["end"]), s["text"].as_str().unwrap());
            }
        }
        let rejected: Vec<&Value> = tasks.iter().filter(|t| t["answer"] == "reject").collect();
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0]["spans"][0]["label"], "CLAIM");
        // Label Studio: the decisions are the annotation, pending suggestions the predictions.
        let ls: Value = serde_json::from_str(&to_label_studio(&lib, None, Unreviewed::LeaveOut)).unwrap();
        let result = ls[0]["annotations"][0]["result"].as_array().unwrap();
        let speaker =
            result.iter().find(|r| r["from_name"] == "speaker" && r["value"]["text"][0] == "Fiona Hill-Smith");
        assert!(speaker.is_some(), "the corrected speaker is a per-region text area");
        let region = result.iter().find(|r| r["value"]["labels"] == json!(["NEEDS_SOURCE", "NEEDS_SOURCE_2"])).unwrap();
        assert_eq!(region["value"]["text"], "officials said");
        let note = result.iter().find(|r| r["id"] == region["id"] && r["from_name"] == "note").unwrap();
        assert_eq!(note["value"]["text"][0], "Which officials?");
        assert!(!ls[0]["predictions"][0]["result"].as_array().unwrap().is_empty(), "pending suggestions");
        let config = label_studio_config(&lib);
        assert!(config.contains("<Label value=\"NEEDS_SOURCE_2\"/>") && config.contains("perRegion=\"true\""));
        // spaCy: the `spans` dictionary `Example.from_dict` reads.
        let line: Value = serde_json::from_str(to_spacy(&lib, None, Unreviewed::LeaveOut).trim()).unwrap();
        assert_eq!(line["spans"]["sc"], line_labels(&to_doccano(&lib, None, Unreviewed::LeaveOut)));
    }

    fn line_labels(doccano: &str) -> Value {
        serde_json::from_str::<Value>(doccano.trim()).unwrap()["label"].clone()
    }

    #[test]
    fn unreviewed_documents_are_left_out_or_marked() {
        let mut lib = rich();
        lib.add(Some("untouched.txt".into()), "Officials said 40 people were hurt.".into());
        for (export, lines) in
            [(to_doccano as fn(&Library, Option<u64>, Unreviewed) -> String, 1), (to_spacy, 1), (to_prodigy, 2)]
        {
            assert_eq!(
                export(&lib, None, Unreviewed::LeaveOut).lines().count(),
                lines,
                "the untouched one is left out"
            );
            assert_eq!(export(&lib, None, Unreviewed::Mark).lines().count(), lines + 1, "or marked");
        }
        let marked = to_doccano(&lib, None, Unreviewed::Mark);
        let last: Value = serde_json::from_str(marked.lines().last().unwrap()).unwrap();
        assert_eq!(
            (last["marginalia"]["reviewed"].as_bool(), last["label"].as_array().map(Vec::len)),
            (Some(false), Some(0))
        );
        assert!(last["marginalia"]["pending"].as_u64().unwrap() > 0);
        let prodigy: Value =
            serde_json::from_str(to_prodigy(&lib, None, Unreviewed::Mark).lines().last().unwrap()).unwrap();
        assert_eq!(prodigy["answer"], "ignore");
        let ls: Value = serde_json::from_str(&to_label_studio(&lib, None, Unreviewed::Mark)).unwrap();
        assert!(ls[1].get("annotations").is_none() && ls[1]["predictions"][0]["result"].as_array().is_some());
        let ls: Value = serde_json::from_str(&to_label_studio(&lib, None, Unreviewed::LeaveOut)).unwrap();
        assert_eq!(ls.as_array().unwrap().len(), 1);
    }

    #[test]
    fn what_the_reader_changed_in_the_tool_is_what_comes_back() {
        let lib = rich();
        let mut line: Value = serde_json::from_str(to_doccano(&lib, None, Unreviewed::LeaveOut).trim()).unwrap();
        // In doccano: NEEDS_SOURCE_2 taken off, the number's label removed, a new PERSON span.
        let label = line["label"].as_array_mut().unwrap();
        label.retain(|t| t[2] != "NEEDS_SOURCE_2" && t[2] != "NUMBER");
        let text = lib.documents[0].text.clone();
        let start = text[..text.find("Fiona").unwrap()].chars().count();
        label.push(json!([start, start + 10, "PERSON"]));
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &line.to_string()).unwrap();
        apply_import(&mut fresh, plan);
        let doc = fresh.current().unwrap();
        assert!(doc.annotations.reviews.keys().all(|k| k.origin != Origin::Number));
        let items: Vec<(&str, Vec<String>)> =
            doc.annotations.items.iter().map(|a| (a.span.text(&doc.text), a.tags.clone())).collect();
        assert!(items.contains(&("officials said", vec!["needs source".to_string()])), "{items:?}");
        assert!(items.contains(&("Fiona Hill", vec!["PERSON".to_string()])), "{items:?}");
    }

    #[test]
    fn a_prediction_accepted_in_the_tool_comes_back_as_the_accepted_suggestion() {
        let text = "“We will win,” said Fiona Hill. Russia lost about 5,000 troops in 2024.";
        let lib = library(text);
        let mut tasks: Value = serde_json::from_str(&to_label_studio(&lib, None, Unreviewed::Mark)).unwrap();
        // In Label Studio: the quote's prediction accepted, with a speaker typed in.
        let prediction = tasks[0]["predictions"][0]["result"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["value"]["labels"][0] == "QUOTE")
            .unwrap()
            .clone();
        let mut speaker = prediction.clone();
        speaker["from_name"] = json!("speaker");
        speaker["type"] = json!("textarea");
        speaker["value"]["text"] = json!(["F. Hill"]);
        tasks[0]["annotations"] = json!([{ "result": [prediction, speaker] }]);
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &tasks.to_string()).unwrap();
        apply_import(&mut fresh, plan);
        fresh.analyze_pending();
        let doc = fresh.current().unwrap();
        assert!(doc.annotations.items.is_empty(), "not an annotation of the reader's");
        let (key, review) = doc.annotations.reviews.iter().next().unwrap();
        assert_eq!((key.origin, *review, key.span().text(text)), (Origin::Quote, Review::Accepted, "“We will win,”"));
        assert_eq!(doc.quote_speaker(0).as_deref(), Some("F. Hill"));
        // A QUOTE label where the core finds no quote stays the reader's.
        let line = json!({ "text": text, "label": [[32, 38, "QUOTE"]] }).to_string();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &line).unwrap();
        apply_import(&mut fresh, plan);
        let doc = fresh.current().unwrap();
        assert_eq!(doc.annotations.items[0].tags, ["quote"]);
        // Another tool's labels read as tags are written: NEEDS_SOURCE is "needs source".
        let line = json!({ "text": text, "label": [[32, 38, "NEEDS_SOURCE"], [39, 43, "Person"]] }).to_string();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &line).unwrap();
        apply_import(&mut fresh, plan);
        let tags: Vec<&str> =
            fresh.current().unwrap().annotations.items.iter().flat_map(|a| a.tags.iter().map(String::as_str)).collect();
        assert_eq!(tags, ["needs source", "Person"]);
        // Each joins the vocabulary once, so the tag bar and the library's filter know it.
        let vocabulary: Vec<&str> = fresh.tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(vocabulary.iter().filter(|t| t.eq_ignore_ascii_case("person")).count(), 1, "{vocabulary:?}");
        assert_eq!(vocabulary.iter().filter(|t| t.eq_ignore_ascii_case("needs source")).count(), 1, "{vocabulary:?}");
        // A tag the vocabulary has in another case is written as it has it.
        let line = json!({ "text": text, "label": [[32, 38, "Needs Source"]] }).to_string();
        let mut known = Library::default();
        known.add_tag("needs source");
        let plan = plan_import(&known, &line).unwrap();
        apply_import(&mut known, plan);
        assert_eq!(known.current().unwrap().annotations.items[0].tags, ["needs source"]);
        for (label, tag) in
            [("NEEDS_SOURCE", "needs source"), ("COVID_19", "covid 19"), ("Person", "Person"), ("_", "_")]
        {
            assert_eq!(tag_of_label(label), tag);
        }
        let other = "{\"text\": \"a\", \"cats\": {}}\n{\"text\": \"b\"}\n";
        assert!(plan_import(&fresh, other).unwrap_err().to_string().contains("not doccano, Prodigy or spaCy data"));
    }

    /// Files near the bounds are planned without comparing every pair
    /// (50,000 spans, text areas or W3C pages: a pairwise search would take
    /// minutes; grouping takes well under a second natively).
    #[test]
    fn large_files_are_planned_in_n_log_n() {
        let text = "word ".repeat(60_000);
        let n = 50_000;
        let label: Vec<Value> = (0..n).map(|i| json!([i * 5, i * 5 + 4, format!("L{}", i % 7)])).collect();
        let doccano = json!({ "text": text, "label": label }).to_string();
        let regions: Vec<Value> = (0..n)
            .flat_map(|i| {
                let value = json!({ "start": i * 5, "end": i * 5 + 4, "labels": ["X"] });
                let note = json!({ "start": i * 5, "end": i * 5 + 4, "text": [format!("n{i}")] });
                [
                    json!({ "id": format!("r{i}"), "type": "labels", "from_name": "label", "value": value }),
                    json!({ "id": format!("r{i}"), "type": "textarea", "from_name": "note", "value": note }),
                ]
            })
            .collect();
        let studio = json!([{ "data": { "text": text }, "annotations": [{ "result": regions }] }]).to_string();
        let items: Vec<Value> = (0..n)
            .map(|i| {
                json!({ "type": "Annotation", "target": { "source": format!("https://example.org/{i}"),
                "selector": { "type": "TextQuoteSelector", "exact": "word" } } })
            })
            .collect();
        let w3c = json!({ "@context": "http://www.w3.org/ns/anno.jsonld", "items": items }).to_string();
        let lib = library("word word");
        for (name, file) in [("doccano", doccano), ("label studio", studio), ("w3c", w3c)] {
            let start = std::time::Instant::now();
            let plan = plan_import(&lib, &file).unwrap();
            assert!(plan.exact + plan.reanchored + plan.duplicates > 0, "{name}");
            assert!(start.elapsed().as_secs() < 30, "{name}: {:?}", start.elapsed());
        }
    }

    #[test]
    fn hostile_tool_files_are_refused_or_bounded_and_never_panic() {
        let lib = Library::default();
        for file in [
            r#"{"text": "abc", "label": [[2, 1, "X"], [0, 99999999999999999999, "Y"], [5, 9, "Z"], ["a", 1, "Q"]]}"#,
            r#"{"text": "abc", "spans": [{"start": 0, "end": 3}]}"#,
            r#"[{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels", "value": {"start": 0, "end": 2, "labels": [1, null]}}]}]}]"#,
            "{\"text\": \"abc\", \"label\": []}\n{\"text\": 5, \"label\": 1}\n",
            r#"{"text": "abc", "label": [[0, 1, "A"]], "marginalia": {"labels": 5, "annotations": [{"start": "x"}]}}"#,
        ] {
            let _ = plan_import(&lib, file);
        }
        let many = format!(
            r#"{{"text": "abc", "label": [{}]}}"#,
            vec![r#"[0, 1, "A"]"#; MAX_IMPORT_ANNOTATIONS + 1].join(",")
        );
        let refused = plan_import(&lib, &many).unwrap_err().to_string();
        assert!(refused.contains("100001 labelled spans, more than the 100000"), "refused before any work: {refused}");
        let notes = format!(
            r#"{{"text": "abc", "label": [[0, 1, "A"]], "marginalia": {{"annotations": [{{"start": 0, "end": 1, "quote": "a", "origin": "user", "tags": ["A"], "note": "{}"}}]}}}}"#,
            "n".repeat(MAX_NOTE_CHARS + 1)
        );
        assert!(plan_import(&lib, &notes).unwrap_err().to_string().contains("A note is 20001 characters long"));
        let out_of_text = r#"{"text": "abc", "label": [[1, 9, "A"]]}"#;
        let e = plan_import(&lib, out_of_text);
        assert!(e.is_ok_and(|p| p.orphans.len() == 1 && p.new_documents.len() == 1), "an orphan, the text still comes");
    }

    /// Every format that can be read back, by name.
    fn readable(lib: &Library) -> Vec<(&'static str, String)> {
        vec![
            ("marginalia", serde_json::to_string(&export(lib, None, true, 9.0)).unwrap()),
            ("w3c", to_w3c(&export(lib, None, true, 9.0)).to_string()),
            ("doccano", to_doccano(lib, None, Unreviewed::Mark)),
            ("prodigy", to_prodigy(lib, None, Unreviewed::Mark)),
            ("label studio", to_label_studio(lib, None, Unreviewed::Mark)),
        ]
    }

    const TAGS: &[&str] = &["needs source", "needs-source", "quote", "claim", "x", "Ünïcode tag"];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Export → import into a fresh library gives back the same text,
        /// reviews, speaker corrections, annotations, tags, notes, speakers
        /// and times, in every readable format; a second import adds nothing.
        #[test]
        fn every_readable_format_round_trips_into_a_fresh_library(
            text in "(\\PC{0,30}(“[A-Za-z ,]{1,20},” said [A-Z][a-z]+ [A-Z][a-z]+\\.|[0-9]{1,4} (troops|people|percent)|, officials said\\.) ?){1,5}",
            notes in proptest::collection::vec(
                (0usize..200, 1usize..30, proptest::collection::vec(0..TAGS.len(), 0..3), "\\PC{0,12}", proptest::option::of("[A-Z][a-z]{1,8}"), 1u32..2_000_000_000),
                0..4,
            ),
            decisions in proptest::collection::vec((0usize..40, 0u8..3), 0..6),
            correction in proptest::option::of((0usize..10, "[A-Z][a-z]{0,8}")),
        ) {
            let mut lib = library(&text);
            let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            for (i, (at, len, tags, note, speaker, time)) in notes.into_iter().enumerate() {
                let s = chars[at % chars.len()];
                let e = chars[(at % chars.len() + len).min(chars.len() - 1)];
                let mut tags: Vec<String> = tags.into_iter().map(|t| TAGS[t].to_string()).collect();
                tags.dedup();
                let Some(id) = lib.annotate(Span::new(s, e), tags, format!("{i}{note}"), f64::from(time)) else { continue };
                let mut a = lib.current().unwrap().annotations.get(id).unwrap().clone();
                a.speaker = speaker;
                lib.edit(a, f64::from(time) + 1.0);
            }
            let doc = lib.current().unwrap();
            let keys: Vec<SuggestionKey> = doc.annotations.suggestions(&doc.analysis).into_iter().map(|(k, _)| k).collect();
            if !keys.is_empty() {
                for (k, r) in decisions {
                    lib.review(keys[k % keys.len()], [Review::Pending, Review::Accepted, Review::Rejected][usize::from(r)]);
                }
                let quotes: Vec<SuggestionKey> = keys.iter().copied().filter(|k| k.origin == Origin::Quote).collect();
                if let (Some((q, name)), false) = (correction, quotes.is_empty()) {
                    lib.correct_speaker(quotes[q % quotes.len()], Some(name));
                }
            }
            for (name, file) in readable(&lib) {
                let mut fresh = Library::default();
                let plan = plan_import(&fresh, &file).map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{name}: {e}")))?;
                proptest::prop_assert!(plan.orphans.is_empty(), "{}: {}", name, plan.summary());
                apply_import(&mut fresh, plan);
                proptest::prop_assert_eq!(fresh.documents.len(), 1, "{}", name);
                proptest::prop_assert_eq!(&fresh.documents[0].text, &lib.documents[0].text, "{}", name);
                proptest::prop_assert_eq!(kept(&fresh.documents[0]), kept(&lib.documents[0]), "{}", name);
                let again = plan_import(&fresh, &file).unwrap();
                proptest::prop_assert!(again.changes.is_empty() && again.new_documents.is_empty(), "{}: twice", name);
                let back = plan_import(&lib, &file).unwrap();
                proptest::prop_assert!(back.changes.is_empty() && back.new_documents.is_empty(), "{}: into its own library", name);
            }
        }
    }

    proptest::proptest! {
        /// Any spans in any tool's shape: planned or refused, never a panic,
        /// and what is placed lies on the text's character boundaries.
        #[test]
        fn any_tool_file_is_planned_or_refused_without_panic(
            text in "\\PC{0,40}",
            spans in proptest::collection::vec((0u64..60, 0u64..60, "\\PC{0,6}"), 0..6),
            answer in "(accept|reject|ignore|x)",
            open in proptest::bool::ANY,
        ) {
            let triples: Vec<Value> = spans.iter().map(|(s, e, l)| json!([s, e, l])).collect();
            let objects: Vec<Value> = spans.iter().map(|(s, e, l)| json!({ "start": s, "end": e, "label": l })).collect();
            let regions: Vec<Value> = spans
                .iter()
                .enumerate()
                .map(|(i, (s, e, l))| json!({ "id": format!("m{i}"), "type": "labels", "value": { "start": s, "end": e, "labels": [l] } }))
                .collect();
            let files = [
                json!({ "text": text, "label": triples }).to_string(),
                json!({ "text": text, "spans": objects, "answer": answer }).to_string(),
                json!({ "text": text, "spans": { "sc": triples } }).to_string(),
                json!([{ "data": { "text": text }, "annotations": [{ "result": regions }] }]).to_string(),
                format!("{}\n{}", json!({ "text": text, "label": triples }), json!({ "text": "other", "label": triples })),
            ];
            for file in files {
                let mut lib = if open { library("Some other text.") } else { Library::default() };
                if let Ok(plan) = plan_import(&lib, &file) {
                    apply_import(&mut lib, plan);
                    for d in &lib.documents {
                        for a in &d.annotations.items {
                            proptest::prop_assert!(a.span.end <= d.text.len() && d.text.is_char_boundary(a.span.start) && d.text.is_char_boundary(a.span.end));
                        }
                    }
                }
            }
        }
    }
}
#[cfg(test)]
mod documented {
    use super::super::tests::{annotate, library};
    use super::*;

    /// docs/formats.md shows real output: the library its examples describe
    /// exports exactly what it shows.
    #[test]
    fn the_documented_examples_are_what_the_exporters_write() {
        let text = "“We will see,” said Fiona Hill. Russia lost 5,000 troops 👋.";
        let mut lib = library(text);
        let doc = lib.current().unwrap();
        let keys: Vec<SuggestionKey> = doc.annotations.suggestions(&doc.analysis).into_iter().map(|(k, _)| k).collect();
        for k in &keys {
            lib.review(*k, if k.origin == Origin::Claim { Review::Rejected } else { Review::Accepted });
        }
        annotate(&mut lib, text, "5,000 troops", "needs source", "Which estimate?");
        let id = lib.current().unwrap().annotations.items[0].id;
        let mut a = lib.current().unwrap().annotations.get(id).unwrap().clone();
        a.created = 1_763_856_000_000.0;
        lib.edit(a, 1_763_856_060_000.0);
        let docs = include_str!("../../../../docs/formats.md");
        let doccano = to_doccano(&lib, None, Unreviewed::LeaveOut);
        assert!(docs.contains(doccano.trim()), "the doccano line, now:\n{doccano}");
        for row in to_csv(&lib, None).trim_start_matches('\u{feff}').lines() {
            assert!(docs.contains(row), "{row}");
        }
        assert!(docs.contains(label_studio_config(&lib).trim()));
        // The W3C annotation shown is a piece of the collection's file (indented there).
        let trimmed = |s: &str| s.lines().map(str::trim).collect::<Vec<_>>().join("\n");
        let file = trimmed(&to_w3c_string(&export(&lib, None, true, 1_763_856_100_000.0), Some("Ana Ruiz")));
        let at = docs.find("The reader's annotation (one of the three items").unwrap();
        let block = &docs[at..];
        let block = &block[block.find("```json\n").unwrap() + 8..];
        let block = &block[..block.find("\n```").unwrap()];
        let shown = trimmed(block);
        let shown = &shown[..shown.rfind('\n').unwrap()];
        assert!(file.contains(shown), "the W3C annotation");
    }
}
