//! Export and import: Marginalia's own versioned JSON (`marginalia/1`,
//! schema in `docs/marginalia-1.schema.json`) and the W3C Web Annotation
//! model. Offsets in both are Unicode code points, as the W3C model
//! requires; each annotation also carries its exact quote with a prefix and
//! suffix, so an import re-anchors it when the position no longer fits.
//!
//! Import is two-step: [`plan_import`] reads and checks a file and says what
//! would happen (placed exactly, re-anchored by its quote, orphans) without
//! touching the library; [`apply_import`] then carries the plan out.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;

use marginalia_core::{OffsetIndex, Span};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::annotation::{Annotation, MAX_NOTE_CHARS, MAX_TAGS, Op, Origin, Review, SuggestionKey, Tag, clean_tag};
use crate::check::Check;
use crate::document::{Document, Library};
use crate::page::PageMeta;

mod claimreview;
mod flat;
mod tools;
mod w3c;

pub use claimreview::to_claim_review;
pub use flat::{CSV_COLUMNS, to_csv};
pub use tools::{Unreviewed, label_studio_config, sanitize_label, to_doccano, to_label_studio, to_prodigy, to_spacy};
pub use w3c::{NAMESPACE, to_w3c, to_w3c_string, to_w3c_with};
use w3c::{from_w3c, is_w3c};

/// The format tag of Marginalia JSON, version 1.
pub const FORMAT: &str = "marginalia/1";
/// Largest file an import reads.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
/// Most annotations an import accepts.
pub const MAX_IMPORT_ANNOTATIONS: usize = 100_000;
/// Characters of context kept before and after a quote.
const CONTEXT: usize = 32;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    /// Milliseconds since the Unix epoch.
    pub exported: f64,
    pub core_version: String,
    pub tags: Vec<Tag>,
    pub documents: Vec<ExportDocument>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportDocument {
    pub title: String,
    pub source: Option<String>,
    /// SHA-256 of the text (UTF-8), hex.
    pub sha256: String,
    /// The text itself; absent when the reader exports annotations only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What a web page said about itself (title, byline, published,
    /// site, url, lang); absent for other documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageMeta>,
    pub annotations: Vec<ExportAnnotation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportAnnotation {
    /// Code point offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub note: String,
    /// `user` for the reader's annotations; a suggestion kind for reviewed suggestions.
    pub origin: Origin,
    #[serde(default)]
    pub review: Review,
    /// Milliseconds since the Unix epoch, read whole as the library keeps them.
    #[serde(default, deserialize_with = "crate::annotation::whole_ms")]
    pub created: f64,
    #[serde(default, deserialize_with = "crate::annotation::whole_ms")]
    pub modified: f64,
    /// Who said it, for quotes: the reader's correction, else the core's;
    /// for the reader's own quote, the speaker they gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The speaker is the reader's correction (absent `speaker`: they said
    /// unknown), not what the core found; only corrections are restored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub speaker_corrected: bool,
    /// What the core found there (a quote's cue, a number's value, unit
    /// and qualifier, a claim's score): for the tools that read the export;
    /// an import recomputes it from the text, so it is never read.
    #[serde(default, skip_deserializing, skip_serializing_if = "Finding::is_empty")]
    pub finding: Finding,
    /// The reader's check of this claim (a suggested claim, or their own
    /// annotation tagged "claim"): verdict, status, claimant, evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
}

/// What the core found at a reviewed suggestion, as exported.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Finding {
    /// The verb that introduces a quote ("said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// A number's value (the low end of a range).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// A number's normalised unit or counted noun.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A number's qualifier ("about", "up to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// A claim's check-worthiness score, 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

impl Finding {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// What the core found at `key` in `doc`.
    pub fn of(doc: &Document, key: SuggestionKey) -> Self {
        let a = &doc.analysis;
        let span = key.span();
        match key.origin {
            Origin::Quote => Self { cue: doc.quote_at(span).and_then(|q| q.cue.clone()), ..Self::default() },
            Origin::Number => a
                .numbers
                .iter()
                .find(|n| n.span == span)
                .map(|n| Self {
                    value: n.value.filter(|v| v.is_finite()),
                    unit: n.unit.clone(),
                    qualifier: n.approx.clone(),
                    ..Self::default()
                })
                .unwrap_or_default(),
            Origin::Claim => Self {
                // Three decimals: the model's f32 without its binary noise (0.846, not 0.8460000157).
                score: a.claims.iter().find(|c| c.span == span).map(|c| (f64::from(c.score) * 1000.0).round() / 1000.0),
                ..Self::default()
            },
            Origin::User => Self::default(),
        }
    }
}

/// Milliseconds since the Unix epoch as ISO 8601 in UTC
/// (`2025-11-23T00:00:00.000Z`); `None` for an unknown time (0 or less,
/// which older exports wrote for "never"), or one past year 9999.
pub fn iso8601(ms: f64) -> Option<String> {
    if !ms.is_finite() || ms <= 0.0 || ms >= 253_402_300_800_000.0 {
        return None;
    }
    let ms = ms as i64;
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s, milli) = (rem / 3_600_000, rem / 60_000 % 60, rem / 1000 % 60, rem % 1000);
    Some(format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{milli:03}Z"))
}

/// ISO 8601 date-time (`2025-11-23T10:00:00Z`, with optional fraction and
/// a `Z` or `±hh:mm` offset) as milliseconds since the Unix epoch; `None`
/// when it is not one.
pub fn parse_iso8601(s: &str) -> Option<f64> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = s.get(from..from + len)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (h, m, sec) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut milli = 0i64;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first3: String = frac[..digits].chars().chain("000".chars()).take(3).collect();
        milli = first3.parse().ok()?;
        rest = &frac[digits..];
    }
    let offset_min = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && matches!(rest.as_bytes()[0], b'+' | b'-') && rest.as_bytes()[3] == b':' => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            let (oh, om) = (rest[1..3].parse::<i64>().ok()?, rest[4..6].parse::<i64>().ok()?);
            sign * (oh * 60 + om)
        }
        _ => return None,
    };
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let ms = ((days * 24 + h) * 60 + m - offset_min) * 60_000 + sec * 1000 + milli;
    Some(ms as f64)
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A span as exported: code points, the quote, and its context.
fn anchor(text: &str, ix: &OffsetIndex, span: Span) -> (usize, usize, String, String, String) {
    let (start, end) = ix.span_to_chars(span);
    let prefix: String = {
        let before: Vec<char> = text.get(..span.start).unwrap_or_default().chars().rev().take(CONTEXT).collect();
        before.into_iter().rev().collect()
    };
    let suffix: String = text.get(span.end..).unwrap_or_default().chars().take(CONTEXT).collect();
    (start, end, span.text(text).to_string(), prefix, suffix)
}

fn export_document(doc: &Document, include_text: bool) -> ExportDocument {
    let ix = OffsetIndex::new(&doc.text);
    let checks = &doc.annotations.checks;
    let entry = |span: Span, tags: Vec<String>, note: String, origin: Origin, review: Review, times: (f64, f64)| {
        let (start, end, quote, prefix, suffix) = anchor(&doc.text, &ix, span);
        let (created, modified) = times;
        let (speaker, speaker_corrected) = (None, false);
        ExportAnnotation {
            start,
            end,
            quote,
            prefix,
            suffix,
            tags,
            note,
            origin,
            review,
            created,
            modified,
            speaker,
            speaker_corrected,
            finding: Finding::default(),
            check: None,
        }
    };
    let mut annotations: Vec<ExportAnnotation> = doc
        .annotations
        .reviews
        .iter()
        .map(|(key, review)| {
            let tags = if *review == Review::Accepted { vec![origin_tag(key.origin).to_string()] } else { Vec::new() };
            let at = doc.annotations.reviewed_at.get(key).copied().unwrap_or(0.0);
            let mut e = entry(key.span(), tags, String::new(), key.origin, *review, (at, at));
            e.speaker = speaker_of(doc, *key);
            e.speaker_corrected = doc.annotations.speakers.contains_key(key);
            e.finding = Finding::of(doc, *key);
            e.check = if key.origin == Origin::Claim { checks.get(&key.span()).cloned() } else { None };
            e
        })
        .collect();
    annotations.extend(doc.annotations.items.iter().map(|a| {
        let mut e =
            entry(a.span, a.tags.clone(), a.note.clone(), Origin::User, Review::Accepted, (a.created, a.modified));
        e.speaker = a.speaker.clone();
        e.check = if crate::findings::is_claim(a) { checks.get(&a.span).cloned() } else { None };
        e
    }));
    // Checks of claims that are neither reviewed nor the reader's own: a
    // pending suggestion with its check.
    let carried: HashSet<Span> = doc
        .annotations
        .reviews
        .keys()
        .filter(|k| k.origin == Origin::Claim)
        .map(|k| k.span())
        .chain(doc.annotations.items.iter().filter(|a| crate::findings::is_claim(a)).map(|a| a.span))
        .collect();
    annotations.extend(checks.iter().filter(|(span, _)| !carried.contains(span)).map(|(span, check)| {
        let key = SuggestionKey::new(Origin::Claim, *span);
        let mut e =
            entry(*span, Vec::new(), String::new(), Origin::Claim, Review::Pending, (check.modified, check.modified));
        e.finding = Finding::of(doc, key);
        e.check = Some(check.clone());
        e
    }));
    annotations.sort_by_key(|a| (a.start, a.end));
    ExportDocument {
        title: doc.title.clone(),
        source: doc.source.clone(),
        sha256: sha256_hex(&doc.text),
        text: include_text.then(|| doc.text.clone()),
        page: doc.page.clone(),
        annotations,
    }
}

/// The speaker of a suggested quote as the reader last left it.
fn speaker_of(doc: &Document, key: SuggestionKey) -> Option<String> {
    if key.origin != Origin::Quote {
        return None;
    }
    doc.annotations.speaker(key, doc.quote_at(key.span()).and_then(|q| q.speaker.as_deref()))
}

fn origin_tag(origin: Origin) -> &'static str {
    match origin {
        Origin::Quote => "quote",
        Origin::Number => "number",
        Origin::Claim => "claim",
        Origin::User => "note",
    }
}

/// Marginalia JSON for the given documents (all when `only` is `None`).
/// A file made from `lib` (its document `only`, or all): Marginalia JSON
/// (`"marginalia"`), a share link's payload (`"share-link"`), or one of
/// the formats other tools read: `"w3c"` (with the article text), `"prodigy"`,
/// `"doccano"`, `"label-studio"`, `"spacy"`, `"csv"`, `"claimreview"` (the
/// claims given a verdict, as schema.org ClaimReview). The reader's
/// [`ExportChoices`](crate::document::ExportChoices) say who the creator is
/// (W3C) and whether never-reviewed documents are left out or marked. What
/// the app's worker makes for the export buttons.
pub fn write_format(lib: &Library, kind: &str, only: Option<u64>, now: f64) -> Result<String, ImportError> {
    let choices = &lib.export_choices;
    let unreviewed = if choices.mark_unreviewed { Unreviewed::Mark } else { Unreviewed::LeaveOut };
    Ok(match kind {
        "marginalia" => serde_json::to_string_pretty(&export(lib, only, true, now))
            .map_err(|e| ImportError(format!("the export could not be written: {e}")))?,
        "share-link" => share_pack(&share_json(&export(lib, only, true, now))?)?,
        "w3c" => to_w3c_string(&export(lib, only, !choices.w3c_without_text, now), choices.creator.as_deref()),
        "prodigy" => to_prodigy(lib, only, unreviewed),
        "doccano" => to_doccano(lib, only, unreviewed),
        "label-studio" => to_label_studio(lib, only, unreviewed),
        "spacy" => to_spacy(lib, only, unreviewed),
        "csv" => to_csv(lib, only),
        "claimreview" => to_claim_review(lib, only),
        other => return Err(ImportError(format!("there is no export format “{other}”"))),
    })
}

pub fn export(lib: &Library, only: Option<u64>, include_text: bool, now: f64) -> Export {
    Export {
        format: FORMAT.into(),
        exported: now,
        core_version: marginalia_core::VERSION.into(),
        tags: lib.tags.clone(),
        documents: lib
            .documents
            .iter()
            .filter(|d| only.is_none_or(|id| d.id == id))
            .map(|d| export_document(d, include_text))
            .collect(),
    }
}

/// Longest share link payload (after `#share=`), in bytes.
pub const MAX_SHARE_BYTES: usize = 64 * 1024;

/// A share link's payload: the export as compact JSON, deflated, in
/// base64url — it lives in the URL fragment, which browsers never send to a
/// server. Refused above [`MAX_SHARE_BYTES`].
pub fn share_encode(export: &Export) -> Result<String, ImportError> {
    share_pack(&share_json(export)?)
}

/// The JSON a share link carries for `export` (compact).
pub fn share_json(export: &Export) -> Result<String, ImportError> {
    serde_json::to_string(export).map_err(|e| ImportError(e.to_string()))
}

/// A share link's payload for `json` (see [`share_encode`]). The app packs
/// in its worker, so the compressor is not part of the page's first load.
pub fn share_pack(json: &str) -> Result<String, ImportError> {
    use base64::Engine;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed);
    if payload.len() > MAX_SHARE_BYTES {
        return Err(ImportError(format!(
            "This document is too large for a link ({} kB compressed, the limit is {} kB): export it as a file instead.",
            payload.len() / 1024,
            MAX_SHARE_BYTES / 1024
        )));
    }
    Ok(payload)
}

/// The JSON a share link carries, for [`plan_import`].
pub fn share_decode(payload: &str) -> Result<String, ImportError> {
    use base64::Engine;
    let bad = || ImportError("This share link is damaged or incomplete.".into());
    if payload.len() > MAX_SHARE_BYTES {
        return Err(ImportError("This share link is longer than Marginalia makes them.".into()));
    }
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim()).map_err(|_| bad())?;
    // Bounded: a small link must not unpack into gigabytes.
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_IMPORT_BYTES).map_err(|_| bad())?;
    String::from_utf8(json).map_err(|_| bad())
}

/// Why a file cannot be imported: a reason a reader can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError(pub String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

/// An annotation that could not be placed confidently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Orphan {
    pub document: String,
    pub quote: String,
    pub note: String,
}

/// A document an import adds: its title, source, text and web page metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewDocument {
    pub title: String,
    pub source: Option<String>,
    pub text: String,
    pub page: Option<PageMeta>,
}

/// What an import would do. Planned in the app's worker (its readers of
/// every format stay out of the page's first load) and sent back as JSON.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImportPlan {
    /// Documents to add (their text was in the file and is not in the library).
    pub new_documents: Vec<NewDocument>,
    /// (document index in the library after the new ones are added, op).
    changes: Vec<(DocRef, Op)>,
    pub tags: Vec<Tag>,
    pub exact: usize,
    pub reanchored: usize,
    pub duplicates: usize,
    pub orphans: Vec<Orphan>,
    /// Claims whose check here the file's replaces (the file's is newer, or
    /// neither says when it was made).
    #[serde(default)]
    pub checks_replaced: usize,
    /// Claims whose check here is newer than the file's: kept.
    #[serde(default)]
    pub checks_kept: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
enum DocRef {
    Existing(u64),
    New(usize),
}

impl ImportPlan {
    /// One line for the reader: what will happen.
    pub fn summary(&self) -> String {
        let counted = |n: usize, one: &str, many: &str| crate::describe::counted(n, one, many, &|n| n.to_string());
        let mut parts = Vec::new();
        if !self.new_documents.is_empty() {
            parts.push(counted(self.new_documents.len(), "new document", "new documents"));
        }
        parts.push(format!("{} placed exactly", counted(self.exact, "annotation", "annotations")));
        if self.reanchored > 0 {
            parts.push(format!("{} placed by their quote", self.reanchored));
        }
        if self.duplicates > 0 {
            parts.push(format!("{} already here", self.duplicates));
        }
        if !self.orphans.is_empty() {
            parts.push(format!("{} could not be placed (orphans)", self.orphans.len()));
        }
        if self.checks_replaced > 0 {
            parts.push(format!("{} of your checks replaced by the file's", self.checks_replaced));
        }
        if self.checks_kept > 0 {
            parts.push(format!("{} of your checks kept (newer than the file's)", self.checks_kept));
        }
        parts.join(", ")
    }
}

/// Why a file is not JSON, in a reader's words and with where it goes
/// wrong (serde's own message, "EOF while parsing a value", is a parser's).
fn not_json(e: &serde_json::Error) -> String {
    let place = format!("line {}, column {}", e.line(), e.column());
    match e.classify() {
        serde_json::error::Category::Eof => {
            format!(
                "The file is not valid JSON: it ends too soon ({place}), as a file cut off while it was saved or copied does."
            )
        }
        _ => format!("The file is not valid JSON: it goes wrong at {place}."),
    }
}

/// Reads an export (Marginalia JSON or W3C) and plans its import into `lib`.
/// Never changes `lib`; fails with a clear message on anything it cannot read.
pub fn plan_import(lib: &Library, json: &str) -> Result<ImportPlan, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError(format!("The file is larger than {} MB.", MAX_IMPORT_BYTES / 1_048_576)));
    }
    // A byte-order mark is not part of the data.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportError("The file is empty.".into()));
    }
    let export = match serde_json::from_str::<serde_json::Value>(json) {
        Ok(value) => read_value(value)?,
        // JSON Lines: doccano, Prodigy, spaCy.
        Err(e) => match json_lines(json) {
            Some(values) if values.iter().any(tools::is_span_line) => tools::from_lines(&values)?,
            Some(_) => {
                return Err(ImportError(
                    "These JSON lines are not doccano, Prodigy or spaCy data: no line has a \"text\" with \"label\" or \"spans\"."
                        .into(),
                ));
            }
            None => return Err(ImportError(not_json(&e))),
        },
    };
    let total: usize = export.documents.iter().map(|d| d.annotations.len()).sum();
    if total > MAX_IMPORT_ANNOTATIONS {
        return Err(ImportError(format!(
            "The file has {total} annotations, more than the {MAX_IMPORT_ANNOTATIONS} an import takes."
        )));
    }
    check_bounds(&export)?;
    let mut plan = ImportPlan { tags: export.tags.clone(), ..Default::default() };
    for t in &mut plan.tags {
        t.name = clean_tag(&t.name);
    }
    plan.tags.retain(|t| !t.name.is_empty());
    let mut next_id = lib.next_annotation_id();
    let mut present: HashMap<DocRef, HashSet<(Span, Vec<String>, String)>> = HashMap::new();
    let mut budget = SEARCH_BUDGET;
    // Claims whose check here differs from the file's: whether the file's
    // replaces it (counted once per claim, though a file may carry a check
    // twice, with the suggested claim and with the reader's own).
    let conflicts: RefCell<HashMap<(DocRef, Span), bool>> = RefCell::default();
    // A document without text can show nothing and place nothing.
    for d in export.documents.iter().filter(|d| d.text.as_deref().is_some_and(|t| t.trim().is_empty())) {
        plan.orphans.extend(d.annotations.iter().map(|a| Orphan {
            document: d.title.clone(),
            quote: a.quote.clone(),
            note: a.note.clone(),
        }));
    }
    for d in export.documents.iter().filter(|d| !d.text.as_deref().is_some_and(|t| t.trim().is_empty())) {
        let existing =
            lib.documents.iter().find(|x| sha256_hex(&x.text) == d.sha256 || Some(&x.text) == d.text.as_ref());
        // The same text twice in one file is one new document.
        let planned = d.text.as_ref().and_then(|t| plan.new_documents.iter().position(|n| &n.text == t));
        let (doc_ref, text, current): (DocRef, String, Option<&Document>) = match (existing, &d.text) {
            (Some(x), _) => (DocRef::Existing(x.id), x.text.clone(), Some(x)),
            (None, Some(text)) if planned.is_some() => (DocRef::New(planned.unwrap_or_default()), text.clone(), None),
            (None, Some(text)) => {
                plan.new_documents.push(NewDocument {
                    title: d.title.clone(),
                    source: d.source.clone(),
                    text: text.clone(),
                    page: d.page.clone(),
                });
                (DocRef::New(plan.new_documents.len() - 1), text.clone(), None)
            }
            // Annotations of a page the library does not know by hash (a
            // Hypothesis or Recogito export names it by URL): the open
            // document is the one the reader means; quotes decide.
            (None, None) => match lib.current() {
                Some(open) => (DocRef::Existing(open.id), open.text.clone(), Some(open)),
                None => {
                    plan.orphans.extend(d.annotations.iter().map(|a| Orphan {
                        document: d.title.clone(),
                        quote: a.quote.clone(),
                        note: a.note.clone(),
                    }));
                    continue;
                }
            },
        };
        let ix = OffsetIndex::new(&text);
        // A new document's quotes, to tell a corrected speaker from the core's.
        let fresh = (current.is_none() && d.annotations.iter().any(|a| a.origin == Origin::Quote))
            .then(|| marginalia_core::analyze(&text));
        // The reader's annotations already there (or planned, for a text met
        // earlier in this file), to find duplicates in one lookup each.
        let present = present.entry(doc_ref).or_insert_with(|| {
            current
                .map(|c| c.annotations.items.iter().map(|x| (x.span, x.tags.clone(), x.note.clone())).collect())
                .unwrap_or_default()
        });
        for a in &d.annotations {
            // The annotation's check, where it brings one this library does not
            // have; a different check here stays if it is the newer.
            let check_op = |span: Span| {
                let check = a.check.clone()?.cleaned();
                let here = current.and_then(|c| c.annotations.checks.get(&span));
                // The same check made at another time is no conflict.
                let same = here.is_some_and(|h| *h == Check { modified: h.modified, ..check.clone() });
                if same || check.is_blank() {
                    return None;
                }
                let replaces = here.is_none_or(|h| h.modified <= check.modified);
                if here.is_some() {
                    conflicts.borrow_mut().insert((doc_ref, span), replaces);
                }
                replaces.then_some(Op::Check { span, to: Some(check) })
            };
            let Some((span, exact)) = reanchor(&text, &ix, a, &mut budget) else {
                plan.orphans.push(Orphan { document: d.title.clone(), quote: a.quote.clone(), note: a.note.clone() });
                continue;
            };
            let op = if a.origin == Origin::User {
                let mut tags: Vec<String> = Vec::new();
                for t in a.tags.iter().map(|t| clean_tag(t)).filter(|t| !t.is_empty()) {
                    if !tags.contains(&t) {
                        tags.push(t);
                    }
                }
                // The same annotation twice in one file, or already here: once
                // (its check, if new, still comes).
                if !present.insert((span, tags.clone(), a.note.clone())) {
                    match check_op(span) {
                        Some(op) => plan.changes.push((doc_ref, op)),
                        None => plan.duplicates += 1,
                    }
                    continue;
                }
                next_id += 1;
                let add = Op::Add(Annotation {
                    id: next_id - 1,
                    span,
                    tags,
                    note: a.note.clone(),
                    speaker: a.speaker.clone(),
                    created: a.created,
                    modified: a.modified,
                });
                match check_op(span) {
                    Some(check) => Op::Batch(vec![add, check]),
                    None => add,
                }
            } else {
                let key = SuggestionKey::new(a.origin, span);
                // A quote's speaker as exported: restored as the reader's
                // correction where it differs from what this library shows.
                let speaker_fix = match current {
                    _ if a.origin != Origin::Quote || !a.speaker_corrected => None,
                    Some(c) => (speaker_of(c, key) != a.speaker).then(|| a.speaker.clone().unwrap_or_default()),
                    None => {
                        let core = fresh.as_ref().and_then(|f| f.quotes.iter().find(|q| q.span == span));
                        (core.and_then(|q| q.speaker.clone()) != a.speaker)
                            .then(|| a.speaker.clone().unwrap_or_default())
                    }
                };
                let same_review = current.is_some_and(|c| c.annotations.review(key) == a.review);
                let check = if a.origin == Origin::Claim { check_op(span) } else { None };
                if same_review && speaker_fix.is_none() && check.is_none() {
                    plan.duplicates += 1;
                    continue;
                }
                // The decision's time, where the file gives one.
                let at = Some(a.modified.max(a.created)).filter(|t| t.is_finite() && *t > 0.0);
                let mut ops = Vec::new();
                if !same_review {
                    ops.push(Op::Review { key, to: a.review, at });
                }
                ops.extend(speaker_fix.map(|name| Op::Speaker { key, to: Some(name) }));
                ops.extend(check);
                if ops.len() == 1 { ops.remove(0) } else { Op::Batch(ops) }
            };
            if exact {
                plan.exact += 1;
            } else {
                plan.reanchored += 1;
            }
            plan.changes.push((doc_ref, op));
        }
    }
    let conflicts = conflicts.into_inner();
    plan.checks_replaced = conflicts.values().filter(|&&replaced| replaced).count();
    plan.checks_kept = conflicts.len() - plan.checks_replaced;
    refuse_unplaceable(lib, &export, &plan)?;
    Ok(plan)
}

/// The annotations and web page metadata Marginalia wrote into another
/// format (its `marginalia` objects), read by the Marginalia JSON reader
/// itself — one reader in the page, not two. What does not read is left out.
fn marginalia_parts(
    annotations: Option<&serde_json::Value>,
    page: Option<&serde_json::Value>,
) -> (Vec<ExportAnnotation>, Option<PageMeta>) {
    use serde_json::Value;
    let read = |annotations: Value, page: Value| {
        let v = serde_json::json!({ "format": FORMAT, "exported": 0, "core_version": "", "tags": [],
            "documents": [{ "title": "", "sha256": "", "annotations": annotations, "page": page }] });
        serde_json::from_value::<Export>(v).ok().and_then(|mut e| e.documents.pop()).map(|d| (d.annotations, d.page))
    };
    let none = || Value::Array(Vec::new());
    let (a, p) = (annotations.cloned().unwrap_or_else(none), page.cloned().unwrap_or(Value::Null));
    read(a.clone(), p.clone()).or_else(|| read(none(), p)).or_else(|| read(a, Value::Null)).unwrap_or_default()
}

/// Every non-empty line of `text` as JSON; `None` when one is not.
fn json_lines(text: &str) -> Option<Vec<serde_json::Value>> {
    let values: Option<Vec<serde_json::Value>> =
        text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).ok()).collect();
    values.filter(|v| !v.is_empty())
}

/// One JSON value as an export: Marginalia JSON, Label Studio tasks, W3C,
/// or (doccano's JSON, a single line of JSONL) spans.
fn read_value(value: serde_json::Value) -> Result<Export, ImportError> {
    if value.get("format").and_then(|f| f.as_str()).is_some_and(|f| f.starts_with("marginalia/")) {
        let format = value["format"].as_str().unwrap_or_default();
        if format != FORMAT {
            return Err(ImportError(format!(
                "“{format}” is a newer Marginalia format than this app reads ({FORMAT})."
            )));
        }
        serde_json::from_value::<Export>(value)
            .map_err(|e| ImportError(format!("The file says it is {FORMAT} but does not match it: {e}.")))
    } else if tools::is_label_studio(&value) {
        tools::from_label_studio(&value)
    } else if is_w3c(&value) {
        from_w3c(&value)
    } else if tools::is_span_line(&value) {
        tools::from_lines(std::slice::from_ref(&value))
    } else if let Some(lines) = value.as_array().filter(|a| !a.is_empty() && a.iter().all(tools::is_span_line)) {
        tools::from_lines(lines)
    } else {
        Err(ImportError(
            "This is neither a Marginalia export nor W3C Web Annotation JSON, nor doccano, Prodigy or Label Studio data."
                .into(),
        ))
    }
}

/// Refuses, before any confirmation, a file none of whose annotations can
/// be placed, saying why and what to do instead.
fn refuse_unplaceable(lib: &Library, export: &Export, plan: &ImportPlan) -> Result<(), ImportError> {
    let n = plan.orphans.len();
    if n == 0 || !plan.new_documents.is_empty() || plan.exact + plan.reanchored + plan.duplicates > 0 {
        return Ok(());
    }
    let has_text = export.documents.iter().any(|d| d.text.is_some());
    let none = if n == 1 { "This annotation cannot".to_string() } else { format!("None of these {n} annotations can") };
    let why = match (has_text, lib.current()) {
        (true, _) => "their text is not in the article the file carries".to_string(),
        (false, None) => "the file does not contain the article and no open document matches".to_string(),
        (false, Some(open)) => format!(
            "the file does not contain the article and the open document (“{}”) does not contain their text",
            crate::chars::shown(&open.title)
        ),
    };
    Err(ImportError(format!(
        "{none} be placed: {why}. Open the article they belong to and import again, \
         or export them again with the article's text included. Nothing was imported."
    )))
}

/// Refuses an export that brings more than a library holds: more tags than
/// a vocabulary or an annotation may have, longer tags or notes. A link or
/// file is refused whole, with the reason, rather than cut.
fn check_bounds(export: &Export) -> Result<(), ImportError> {
    let refuse = |what: String| Err(ImportError(format!("{what}; nothing was imported.")));
    if export.tags.len() > MAX_TAGS {
        return refuse(format!("It brings {} tags, more than the {MAX_TAGS} a library holds", export.tags.len()));
    }
    for a in export.documents.iter().flat_map(|d| &d.annotations) {
        if a.tags.len() > MAX_TAGS {
            return refuse(format!("An annotation has {} tags, more than the {MAX_TAGS} one may have", a.tags.len()));
        }
        let note = a.note.chars().count();
        if note > MAX_NOTE_CHARS {
            return refuse(format!("A note is {note} characters long, more than the {MAX_NOTE_CHARS} a note may be"));
        }
    }
    Ok(())
}

/// Carries out a plan from [`plan_import`]: adds the new documents (pending:
/// their findings are made by the app's worker, or by
/// [`Library::analyze_pending`]), then the annotations and reviews, as one
/// undoable step per document.
pub fn apply_import(lib: &mut Library, plan: ImportPlan) {
    let current = lib.current;
    let mut new_ids = Vec::new();
    for d in &plan.new_documents {
        new_ids.push(lib.add_pending(d.source.clone(), d.text.clone(), d.page.clone()));
    }
    for tag in &plan.tags {
        lib.add_tag(&tag.name);
    }
    let mut by_doc: Vec<(u64, Vec<Op>)> = Vec::new();
    for (doc_ref, op) in plan.changes {
        let id = match doc_ref {
            DocRef::Existing(id) => id,
            DocRef::New(i) => new_ids[i],
        };
        match by_doc.iter_mut().find(|(d, _)| *d == id) {
            Some((_, ops)) => ops.push(op),
            None => by_doc.push((id, vec![op])),
        }
    }
    // Every tag an annotation brings joins the vocabulary (the tag bar and
    // the library's filter know it), written as the vocabulary has it
    // ("MISLEADING" is the reader's "misleading").
    for op in by_doc.iter_mut().flat_map(|(_, ops)| ops.iter_mut()) {
        if let Op::Add(a) = op {
            for t in &mut a.tags {
                if let Some(name) = lib.add_tag(t) {
                    *t = name;
                }
            }
        }
    }
    let max_id = by_doc
        .iter()
        .flat_map(|(_, ops)| ops.iter())
        .filter_map(|op| if let Op::Add(a) = op { Some(a.id + 1) } else { None })
        .max();
    for (doc, ops) in by_doc {
        lib.apply(doc, Op::Batch(ops));
    }
    if let Some(m) = max_id {
        lib.reserve_annotation_ids(m);
    }
    lib.current = new_ids.last().copied().or(current);
}

/// Places an exported annotation in `text`: its position when the text
/// there still equals the quote; else the occurrence of the quote whose
/// context matches best, nearest the old position; else the closest
/// approximate match near the old position (at most one edit in five
/// characters, and its context must agree). `None` when nothing is close
/// enough: never placed on look-alike text.
/// `budget` bounds the searching (in characters compared) across an
/// import, so a file of many moved annotations cannot freeze the page:
/// once spent, what is not where it was stays an orphan.
fn reanchor(text: &str, ix: &OffsetIndex, a: &ExportAnnotation, budget: &mut usize) -> Option<(Span, bool)> {
    if a.quote.is_empty() {
        return None;
    }
    if let Some(span) = ix.chars_to_span(a.start, a.end)
        && span.text(text) == a.quote
    {
        return Some((span, true));
    }
    *budget = budget.checked_sub(text.len())?;
    let mut best: Option<(usize, usize, Span)> = None;
    for (at, _) in text.match_indices(a.quote.as_str()) {
        let span = Span::new(at, at + a.quote.len());
        let before = &text[..at];
        let after = &text[span.end..];
        let score = common_suffix(before, &a.prefix) + common_prefix(after, &a.suffix);
        let distance = ix.byte_to_char(at).abs_diff(a.start);
        let better = match best {
            None => true,
            Some((s, dist, _)) => score > s || (score == s && distance < dist),
        };
        if better {
            best = Some((score, distance, span));
        }
    }
    best.map(|(_, _, span)| (span, false)).or_else(|| approximate(text, ix, a, budget))
}

/// How much an import may search for annotations that moved (see
/// [`reanchor`]): about a second of work.
const SEARCH_BUDGET: usize = 400_000_000;

/// The approximate match of the quote near its old position: Sellers'
/// algorithm (edit distance with a free start) over a window of the text,
/// O(window × quote), then the start found by running it backwards.
fn approximate(text: &str, ix: &OffsetIndex, a: &ExportAnnotation, budget: &mut usize) -> Option<(Span, bool)> {
    const WINDOW: usize = 4_000;
    const MAX_QUOTE: usize = 400;
    let pattern: Vec<char> = a.quote.chars().collect();
    let m = pattern.len();
    if !(4..=MAX_QUOTE).contains(&m) {
        return None;
    }
    let max_edits = m / 5;
    let len = ix.len_chars();
    let lo = a.start.min(len).saturating_sub(WINDOW);
    let hi = (a.end.max(a.start).min(len) + WINDOW).min(len);
    let window: Vec<char> = text[ix.char_to_byte(lo)?..ix.char_to_byte(hi)?].chars().collect();
    *budget = budget.checked_sub(window.len() * m)?;
    // Forward: the best end position (fewest edits, then nearest the old end).
    let (end, edits) = best_end(&window, &pattern, a.end.saturating_sub(lo))?;
    if edits > max_edits {
        return None;
    }
    // Backward from that end: where the match starts.
    let from = end.saturating_sub(m + max_edits);
    let back: Vec<char> = window[from..end].iter().rev().copied().collect();
    let rev_pattern: Vec<char> = pattern.iter().rev().copied().collect();
    let (length, _) = best_end(&back, &rev_pattern, m)?;
    let start = end - length;
    let span = ix.chars_to_span(lo + start, lo + end)?;
    // The context must agree too, or this is look-alike text elsewhere.
    let context = common_suffix(&text[..span.start], &a.prefix) + common_prefix(&text[span.end..], &a.suffix);
    let wanted = (a.prefix.chars().count() + a.suffix.chars().count()) / 4;
    (context >= wanted.min(8)).then_some((span, false))
}

/// Sellers' algorithm: for each end position in `text`, the fewest edits to
/// turn some substring ending there into `pattern`. Returns the best end
/// (exclusive) and its edits, ties broken towards `near`.
fn best_end(text: &[char], pattern: &[char], near: usize) -> Option<(usize, usize)> {
    let m = pattern.len();
    let mut col: Vec<usize> = (0..=m).collect();
    let mut best: Option<(usize, usize)> = None;
    for (j, &t) in text.iter().enumerate() {
        let mut diag = col[0];
        col[0] = 0; // a match may start anywhere
        for i in 1..=m {
            let up = col[i];
            col[i] = (diag + usize::from(pattern[i - 1] != t)).min(col[i - 1] + 1).min(up + 1);
            diag = up;
        }
        let end = j + 1;
        let better = match best {
            None => true,
            Some((e, d)) => col[m] < d || (col[m] == d && end.abs_diff(near) < e.abs_diff(near)),
        };
        if better {
            best = Some((end, col[m]));
        }
    }
    best
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_import_summary_agrees_with_its_counts() {
        let one = ImportPlan { exact: 1, duplicates: 2, ..Default::default() };
        assert_eq!(one.summary(), "1 annotation placed exactly, 2 already here");
        let new = ImportPlan {
            new_documents: vec![NewDocument { title: "A".into(), source: None, text: "A.".into(), page: None }],
            exact: 1,
            ..Default::default()
        };
        assert_eq!(new.summary(), "1 new document, 1 annotation placed exactly");
        let many = ImportPlan { exact: 3, ..Default::default() };
        assert_eq!(many.summary(), "3 annotations placed exactly");
    }

    /// A corrected speaker, a speaker the reader gave their own quote, and a
    /// quote the reader marked unknown travel through every format and come
    /// back as corrections, not as new annotations.
    #[test]
    fn speakers_travel_through_every_format() {
        let text = "“We will win,” said Fiona Hill. “It is over,” he said.\n\n“Nobody knows,” a voice called.";
        let mut lib = library(text);
        let a = lib.current().unwrap().analysis.clone();
        let key = |i: usize| SuggestionKey::new(Origin::Quote, a.quotes[i].span);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Fiona Hill"));
        assert!(lib.correct_speaker(key(0), Some("Fiona Hill-Smith".into())));
        assert!(lib.correct_speaker(key(1), Some(String::new())));
        let span = Span::new(text.find("Nobody").unwrap(), text.find(" knows").unwrap() + 6);
        let id = lib.annotate(span, vec!["quote".into()], String::new(), 1.0).unwrap();
        let mut mine = lib.current().unwrap().annotations.get(id).unwrap().clone();
        mine.speaker = Some("A voice".into());
        assert!(lib.edit(mine, 2.0));

        let exported = export(&lib, None, true, 5.0);
        let speakers: Vec<Option<&str>> =
            exported.documents[0].annotations.iter().map(|x| x.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Fiona Hill-Smith"), None, Some("A voice")]);
        // Marginalia JSON into a fresh library: the corrections come back.
        let json = serde_json::to_string(&exported).unwrap();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        apply_import(&mut fresh, plan);
        fresh.analyze_pending();
        let doc = fresh.current().unwrap();
        assert_eq!(doc.quote_speaker(0).as_deref(), Some("Fiona Hill-Smith"));
        assert_eq!(doc.quote_speaker(1), None);
        assert_eq!(doc.annotations.items[0].speaker.as_deref(), Some("A voice"));
        assert!(plan_import(&fresh, &json).unwrap().changes.is_empty(), "a second import adds nothing");
        // W3C: `identifying` bodies; back into the same library they are
        // reviews and corrections already present.
        let w3c = to_w3c(&exported);
        let items = w3c["first"]["items"].as_array().unwrap();
        let identifying: Vec<&str> = items
            .iter()
            .flat_map(|i| i["body"].as_array().unwrap().iter())
            .filter(|b| b["purpose"] == "identifying")
            .map(|b| b["value"].as_str().unwrap())
            .collect();
        assert_eq!(identifying, ["Fiona Hill-Smith", "A voice"]);
        let again = plan_import(&lib, &w3c.to_string()).unwrap();
        assert!(again.changes.is_empty(), "the library it came from gains nothing: {:?}", again.changes);
        // Flat formats carry the speaker as a column and a span field.
        assert!(to_csv(&lib, None).contains("Fiona Hill-Smith"));
        assert!(to_prodigy(&lib, None, Unreviewed::LeaveOut).contains("\"speaker\":\"A voice\""));
    }

    /// Checks of a pending claim, a rejected one and the reader's own claim
    /// travel through Marginalia JSON and come back; a second import brings
    /// nothing, and a changed check comes as a change.
    #[test]
    fn checks_travel_through_marginalia_json() {
        use crate::check::{Check, Evidence, Status};
        let text = "War report\n\nRussia lost 5,000 troops in 2024, officials said.\n\nUnemployment fell to 4 percent in 2023.\n\nThe bridge cost $2 billion.";
        let mut lib = library(text);
        let claims: Vec<Span> = lib.current().unwrap().analysis.claims.iter().map(|c| c.span).collect();
        assert!(claims.len() >= 3, "{claims:?}");
        let check = |verdict: &str| Check {
            verdict: Some(verdict.into()),
            status: Status::Done,
            claimant: Some("officials".into()),
            evidence: vec![Evidence { url: "https://example.org/a".into(), note: "table 2".into() }],
            ..Check::default()
        };
        assert!(lib.set_check(claims[0], check("false"), 1_000.0));
        assert!(lib.review(SuggestionKey::new(Origin::Claim, claims[1]), Review::Rejected));
        assert!(lib.set_check(claims[1], check("true"), 1_000.0));
        let own = lib.annotate(claims[2], vec!["claim".into()], "mine".into(), 1.0).unwrap();
        assert!(lib.set_check(claims[2], check("misleading"), 1_000.0));

        let exported = export(&lib, None, true, 5.0);
        let with_checks = exported.documents[0].annotations.iter().filter(|a| a.check.is_some()).count();
        assert_eq!(with_checks, 3, "{:?}", exported.documents[0].annotations);
        let json = serde_json::to_string(&exported).unwrap();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        apply_import(&mut fresh, plan);
        fresh.analyze_pending();
        let doc = fresh.current().unwrap();
        assert_eq!(doc.annotations.checks, lib.current().unwrap().annotations.checks);
        assert_eq!(doc.annotations.review(SuggestionKey::new(Origin::Claim, claims[1])), Review::Rejected);
        assert!(doc.annotations.items.iter().any(|a| a.span == claims[2] && a.note == "mine"));
        assert!(plan_import(&fresh, &json).unwrap().changes.is_empty(), "a second import adds nothing");
        // A check changed here since the export: the reader's newer one is
        // kept, and the summary says so.
        assert!(fresh.set_check(claims[0], check("true"), 2_000.0));
        let plan = plan_import(&fresh, &json).unwrap();
        assert_eq!((plan.changes.len(), plan.checks_kept, plan.checks_replaced), (0, 1, 0), "{:?}", plan.changes);
        assert!(plan.summary().contains("1 of your checks kept (newer than the file's)"), "{}", plan.summary());
        // The same check as the file's, made at another time: nothing to say.
        assert!(fresh.set_check(claims[0], check("misleading"), 3_000.0));
        assert!(fresh.set_check(claims[0], check("false"), 3_000.0));
        let plan = plan_import(&fresh, &json).unwrap();
        assert_eq!((plan.changes.len(), plan.checks_kept, plan.checks_replaced), (0, 0, 0), "{:?}", plan.changes);
        // One older than the file's: the file's comes back as one change, said.
        assert!(fresh.set_check(claims[0], check("misleading"), 500.0));
        let plan = plan_import(&fresh, &json).unwrap();
        assert_eq!((plan.changes.len(), plan.checks_kept, plan.checks_replaced), (1, 0, 1), "{:?}", plan.changes);
        assert!(plan.summary().contains("1 of your checks replaced by the file's"), "{}", plan.summary());
        apply_import(&mut fresh, plan);
        assert_eq!(fresh.current().unwrap().annotations.checks[&claims[0]].verdict.as_deref(), Some("false"));
        let _ = own;
        // W3C: the verdict as an `assessing` body, the check whole beside
        // it (the rejected claim's in the document's list), all read back.
        let w3c = to_w3c(&exported);
        let assessing: Vec<&str> = w3c["first"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|i| i["body"].as_array().unwrap().iter())
            .filter(|b| b["purpose"] == "assessing")
            .map(|b| b["value"].as_str().unwrap())
            .collect();
        assert_eq!(assessing.len(), 2, "the pending and the reader's own claim: {assessing:?}");
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../../docs/w3c-annotation.schema.json")).unwrap();
        let errors: Vec<String> =
            jsonschema::validator_for(&schema).unwrap().iter_errors(&w3c).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &w3c.to_string()).unwrap();
        apply_import(&mut fresh, plan);
        fresh.analyze_pending();
        assert_eq!(fresh.current().unwrap().annotations.checks, lib.current().unwrap().annotations.checks);
        assert!(plan_import(&fresh, &w3c.to_string()).unwrap().changes.is_empty(), "a second import adds nothing");
    }

    pub(super) fn library(text: &str) -> Library {
        let mut lib = Library::default();
        lib.add(Some("a.txt".into()), text.into());
        lib
    }

    pub(super) fn annotate(lib: &mut Library, text: &str, quote: &str, tag: &str, note: &str) {
        let start = text.find(quote).unwrap();
        lib.annotate(Span::new(start, start + quote.len()), vec![tag.into()], note.into(), 1.0).unwrap();
    }

    #[test]
    fn exports_match_the_committed_json_schema() {
        let schema: serde_json::Value = serde_json::from_str(include_str!("../../../../docs/marginalia-1.schema.json"))
            .expect("the schema is JSON");
        let validator = jsonschema::validator_for(&schema).expect("a valid schema");
        let text = "“We will see,” said Fiona Hill. Russia lost 5,000 troops.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "verified", "per ISW");
        let key = lib.current().unwrap().annotations.suggestions(&lib.current().unwrap().analysis)[0].0;
        lib.review(key, Review::Accepted);
        let claim = lib.current().unwrap().analysis.claims[0].span;
        let check = crate::check::Check {
            verdict: Some("false".into()),
            claimant: Some("Fiona Hill".into()),
            evidence: vec![crate::check::Evidence { url: "https://example.org".into(), note: "n".into() }],
            ..Default::default()
        };
        assert!(lib.set_check(claim, check, 3.0));
        let (web, _) = web_page();
        for (lib, include_text) in [(&lib, true), (&lib, false), (&web, true)] {
            let json = serde_json::to_value(export(lib, None, include_text, 1.0)).unwrap();
            let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{errors:?}");
        }
        // And the schema is not a rubber stamp.
        let bad = serde_json::json!({ "format": "marginalia/2", "exported": 0, "core_version": "", "tags": [], "documents": [] });
        assert!(!validator.is_valid(&bad));
    }

    #[test]
    fn offsets_are_code_points_with_emoji_and_combining_marks() {
        let text = "👋 Cafe\u{301} “quoted” 5,000 troops.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "verified", "");
        let e = export(&lib, None, true, 0.0);
        let a = &e.documents[0].annotations.iter().find(|a| a.origin == Origin::User).unwrap();
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[a.start..a.end].iter().collect::<String>(), "5,000 troops");
        assert_eq!(a.quote, "5,000 troops");
        assert!(a.prefix.ends_with("“quoted” "));
    }

    #[test]
    fn export_then_import_into_a_fresh_library_is_the_identity() {
        let text = "Russia lost 5,000 troops in 2024, officials said.\r\nשלום 👨‍👩‍👧 e\u{301}";
        let mut lib = library(text);
        annotate(&mut lib, text, "lost 5,000", "misleading", "Check the <script>alert(1)</script> source");
        let key = lib.current().unwrap().annotations.suggestions(&lib.current().unwrap().analysis)[0].0;
        lib.review(key, Review::Rejected);
        let json = serde_json::to_string(&export(&lib, None, true, 5.0)).unwrap();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        assert_eq!((plan.new_documents.len(), plan.exact, plan.orphans.len()), (1, 2, 0));
        apply_import(&mut fresh, plan);
        assert_eq!(fresh.documents[0].text, text);
        assert_eq!(fresh.documents[0].annotations.items[0].span, lib.documents[0].annotations.items[0].span);
        assert_eq!(fresh.documents[0].annotations.items[0].note, "Check the <script>alert(1)</script> source");
        assert_eq!(fresh.documents[0].annotations.reviews, lib.documents[0].annotations.reviews);
        // Importing the same file again changes nothing.
        let again = plan_import(&fresh, &json).unwrap();
        assert_eq!((again.new_documents.len(), again.exact, again.duplicates), (0, 0, 2));
    }

    #[test]
    fn the_worker_plans_and_writes_as_the_page_would() {
        // The app sends the library as stored (`to_json_of`), the worker
        // restores it (analysing again) and plans or writes; the plan comes
        // back as JSON. Each step must give what the page itself would.
        let text = "“We will win,” Zelensky said. Russia lost 5,000 troops in 2024.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "misleading", "check");
        lib.add(None, "Another article, with 12 figures.".into());
        let first = lib.documents[0].id;
        let file = serde_json::to_string(&export(&lib, Some(first), true, 5.0)).unwrap();
        let mut target = library("Intro. “We will win,” Zelensky said. Russia lost 5,000 troops in 2024.");
        let in_worker = Library::from_json(&target.to_json_of(None)).unwrap();
        let plan = plan_import(&in_worker, &file).unwrap();
        let back: ImportPlan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
        assert_eq!(back, plan_import(&target, &file).unwrap());
        apply_import(&mut target, back);
        assert!(target.documents.iter().flat_map(|d| &d.annotations.items).any(|a| a.note == "check"));
        // One document's library: only that document goes to the worker.
        let one = Library::from_json(&lib.to_json_of(Some(first))).unwrap();
        assert_eq!(one.documents.len(), 1);
        for kind in ["w3c", "prodigy", "doccano", "label-studio", "spacy", "csv"] {
            assert_eq!(
                write_format(&one, kind, Some(first), 5.0).unwrap(),
                write_format(&lib, kind, Some(first), 5.0).unwrap(),
                "{kind}"
            );
        }
        assert!(write_format(&lib, "pdf", None, 5.0).unwrap_err().to_string().contains("no export format"));
        // Marginalia JSON and share links are written there too.
        let marginalia = write_format(&one, "marginalia", Some(first), 5.0).unwrap();
        assert_eq!(marginalia, serde_json::to_string_pretty(&export(&lib, Some(first), true, 5.0)).unwrap());
        let payload = write_format(&one, "share-link", Some(first), 5.0).unwrap();
        assert_eq!(share_decode(&payload).unwrap(), share_json(&export(&lib, Some(first), true, 5.0)).unwrap());
    }

    #[test]
    fn a_document_without_text_is_not_added() {
        let text = "Russia lost 5,000 troops in 2024.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "misleading", "check");
        let mut file = export(&lib, None, true, 5.0);
        file.documents[0].text = Some("  ".into());
        file.documents[0].sha256 = String::new();
        let plan = plan_import(&Library::default(), &serde_json::to_string(&file).unwrap());
        // Its one annotation cannot be placed: refused, with the reason.
        let why = plan.unwrap_err().to_string();
        assert!(why.contains("cannot be placed"), "{why}");
    }

    #[test]
    fn an_imported_time_is_read_whole_so_the_library_saves_as_it_restores() {
        // Found by the fuzzer: a file's fractional time was kept as it was,
        // and the page's JSON reader does not read every fraction back exactly.
        let text = "Intro. Russia lost 5,000 troops in 2024, the ministry said.";
        let mut lib = library(text);
        let doc = lib.current().unwrap();
        let (key, _) = doc.annotations.suggestions(&doc.analysis)[0];
        assert!(lib.review(key, Review::Rejected));
        let mut file = serde_json::to_value(export(&lib, None, true, 9.0)).unwrap();
        for (created, modified, at) in
            [(0.0, 0.8, Some(1.0)), (1.4, 1733000000000.6, Some(1733000000001.0)), (-3.0, -2.0, None)]
        {
            let entry = &mut file["documents"][0]["annotations"][0];
            (entry["created"], entry["modified"]) = (created.into(), modified.into());
            let mut fresh = library(text);
            let plan = plan_import(&fresh, &file.to_string()).unwrap();
            apply_import(&mut fresh, plan);
            let annotations = &fresh.current().unwrap().annotations;
            assert_eq!(annotations.review(key), Review::Rejected);
            assert_eq!(annotations.reviewed_at.get(&key).copied(), at, "{modified}");
            let saved = fresh.to_json();
            assert_eq!(Library::from_json(&saved).unwrap().to_json(), saved);
        }
    }

    #[test]
    fn a_decisions_time_is_kept_exported_and_read_back() {
        let text = "Intro. “We will win,” Zelensky said. Russia lost 5,000 troops in 2024.";
        let mut lib = library(text);
        let doc = lib.current().unwrap();
        let keys: Vec<SuggestionKey> = doc.annotations.suggestions(&doc.analysis).into_iter().map(|(k, _)| k).collect();
        let t = 1_763_856_100_000.0; // 2025-11-23T00:01:40Z
        assert!(lib.review_at(keys[0], Review::Accepted, Some(t)));
        assert!(lib.review(keys[1], Review::Rejected), "a decision whose time is not known");
        let doc = lib.current().unwrap();
        assert_eq!(doc.annotations.reviewed_at.get(&keys[0]), Some(&t));
        assert_eq!(doc.annotations.reviewed_at.get(&keys[1]), None);
        // CSV and W3C give it; unknown stays empty, never 1970.
        let csv = to_csv(&lib, None);
        let accepted = csv.lines().find(|l| l.contains(",accepted,")).unwrap();
        assert!(accepted.contains("2025-11-23T00:01:40"), "{accepted}");
        assert!(!csv.lines().find(|l| l.contains(",rejected,")).unwrap().contains("1970"));
        let w3c = to_w3c(&export(&lib, None, true, 9.0));
        assert!(w3c.to_string().contains("2025-11-23T00:01:40"), "{w3c}");
        // Imported into a fresh library: the time comes back with the decision.
        let file = serde_json::to_string(&export(&lib, None, true, 9.0)).unwrap();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &file).unwrap();
        apply_import(&mut fresh, plan);
        let back = &fresh.documents[0].annotations;
        assert_eq!(back.reviewed_at.get(&keys[0]), Some(&t));
        assert_eq!(back.review(keys[1]), Review::Rejected);
        // Undo takes the decision and its time back; it is stored and read.
        assert!(lib.undo() && lib.undo());
        assert!(lib.current().unwrap().annotations.reviewed_at.is_empty());
        assert!(lib.redo());
        let stored = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(stored.documents[0].annotations.reviewed_at.get(&keys[0]), Some(&t));
    }

    #[test]
    fn the_readers_export_choices_travel_with_the_library_to_the_worker() {
        let text = "Intro. “We will win,” Zelensky said. Russia lost 5,000 troops in 2024.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "misleading", "check");
        lib.add(None, "Another article, never reviewed, with 12 figures.".into());
        let w3c = |lib: &Library| write_format(lib, "w3c", None, 5.0).unwrap();
        let prodigy_lines = |lib: &Library| write_format(lib, "prodigy", None, 5.0).unwrap().lines().count();
        assert!(!w3c(&lib).contains("\"creator\""), "no name, no creator");
        assert_eq!(prodigy_lines(&lib), 1, "the unreviewed document is left out");
        let choices = |name: &str, mark: bool, without_text: bool| crate::document::ExportChoices {
            creator: Some(name.into()),
            mark_unreviewed: mark,
            w3c_without_text: without_text,
            organisation: None,
        };
        lib.set_export_choices(choices("  Ana \u{200B}Ruiz ", true, false));
        assert_eq!(lib.export_choices.creator.as_deref(), Some("Ana Ruiz"));
        // As the worker gets it: through the stored JSON.
        let in_worker = Library::from_json(&lib.to_json_of(None)).unwrap();
        assert!(w3c(&in_worker).contains("\"name\": \"Ana Ruiz\""), "{}", w3c(&in_worker));
        assert_eq!(prodigy_lines(&in_worker), 2, "marked, not left out");
        let one = Library::from_json(&lib.to_json_of(Some(lib.documents[0].id))).unwrap();
        assert_eq!(one.export_choices, lib.export_choices);
        // The article's text left out of W3C: annotations only.
        let embedded = "\"value\": \"Intro. “We will win,”";
        assert!(w3c(&lib).contains(embedded), "{}", w3c(&lib));
        lib.set_export_choices(choices("Ana Ruiz", true, true));
        assert!(!w3c(&lib).contains(embedded), "{}", w3c(&lib));
        assert!(w3c(&lib).contains("\"name\": \"Ana Ruiz\""));
        lib.set_export_choices(choices("   ", false, false));
        assert_eq!(lib.export_choices, crate::document::ExportChoices::default());
        assert!(!lib.to_json().contains("export_choices"), "the default is not stored");
    }

    #[test]
    fn moved_text_reanchors_by_quote_and_missing_text_is_an_orphan() {
        let old = "Intro. Russia lost 5,000 troops. Outro about talks.";
        let mut lib = library(old);
        annotate(&mut lib, old, "5,000 troops", "verified", "");
        annotate(&mut lib, old, "talks", "claim", "gone later");
        let json = serde_json::to_string(&export(&lib, None, false, 0.0)).unwrap();
        let edited = "A new first paragraph.\n\nIntro. Russia lost 5,000 troops. Outro.";
        let target = library(edited);
        // Without text and with another hash: placed by quote in the open
        // document where the quote is there, an orphan where it is not.
        let plan = plan_import(&target, &json).unwrap();
        assert_eq!((plan.reanchored, plan.orphans.len()), (1, 1));
        assert_eq!(plan.orphans[0].quote, "talks");
        let mut closed = Library::default();
        closed.add(None, edited.into());
        closed.current = None;
        let refused = plan_import(&closed, &json).unwrap_err().to_string();
        assert!(
            refused.starts_with(
                "None of these 2 annotations can be placed: the file does not contain the article and no open document matches."
            ),
            "no open document: refused before any confirmation: {refused}"
        );
        assert!(refused.contains("with the article's text included"), "and says how to fix it");
        let unrelated = library("Nothing about that here.");
        let refused = plan_import(&unrelated, &json).unwrap_err().to_string();
        assert!(refused.contains("the open document (“Nothing about that here.”) does not contain their text"));
        // With the text included and an edited version in the library, the
        // annotations are placed against the file's own copy (a new document).
        let with_text = serde_json::to_string(&export(&lib, None, true, 0.0)).unwrap();
        assert_eq!(plan_import(&target, &with_text).unwrap().new_documents.len(), 1);
        // Re-anchoring itself: position stale, quote found, context decides.
        let ix = OffsetIndex::new(edited);
        let a = ExportAnnotation {
            start: 19,
            end: 31,
            quote: "5,000 troops".into(),
            prefix: "Russia lost ".into(),
            suffix: ". Outro".into(),
            tags: vec![],
            note: String::new(),
            origin: Origin::User,
            review: Review::Accepted,
            created: 0.0,
            modified: 0.0,
            speaker: None,
            speaker_corrected: false,
            finding: Finding::default(),
            check: None,
        };
        let (span, exact) = reanchor(edited, &ix, &a, &mut { usize::MAX }).unwrap();
        assert_eq!((span.text(edited), exact), ("5,000 troops", false));
        let gone = ExportAnnotation { quote: "talks".into(), ..a.clone() };
        assert_eq!(reanchor(edited, &ix, &gone, &mut { usize::MAX }), None);
        // Edited text: an approximate match near the old place, with its context.
        let revised = "A new first paragraph.\n\nIntro. Russia lost 5,500 troops. Outro.";
        let ix = OffsetIndex::new(revised);
        let (span, exact) = reanchor(revised, &ix, &a, &mut { usize::MAX }).unwrap();
        assert_eq!((span.text(revised), exact), ("5,500 troops", false));
        // Look-alike text whose context does not agree stays an orphan.
        let elsewhere = "Something else entirely. Kyiv reported 5,500 troops moving, said a spokesman.";
        let ix = OffsetIndex::new(elsewhere);
        assert_eq!(reanchor(elsewhere, &ix, &a, &mut { usize::MAX }), None);
        // Too many edits: an orphan.
        let rewritten = "Intro. Russia lost thousands of soldiers. Outro.";
        let ix = OffsetIndex::new(rewritten);
        assert_eq!(reanchor(rewritten, &ix, &a, &mut { usize::MAX }), None);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason_and_change_nothing() {
        let lib = library("Some text.");
        let cases: &[(&str, &str)] = &[
            ("{not json", "not valid JSON: it goes wrong at line 1, column 2."),
            ("{\n  \"format\": \"marginalia/1\",\n  \"documents\": [", "it ends too soon (line 3, column 16)"),
            ("", "The file is empty."),
            ("  \n", "The file is empty."),
            ("[1, 2, 3]", "neither a Marginalia export nor W3C"),
            (r#"{"format": "marginalia/9", "documents": []}"#, "newer Marginalia format"),
            (r#"{"format": "marginalia/1", "documents": "x"}"#, "does not match it"),
            (
                r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"}"#,
                "no annotation with a TextQuoteSelector",
            ),
        ];
        for (json, says) in cases {
            let e = plan_import(&lib, json).unwrap_err().to_string();
            assert!(e.contains(says), "{json}: {e}");
        }
        let huge = format!(
            r#"{{"format":"marginalia/1","exported":0,"core_version":"","tags":[],"documents":[{{"title":"t","source":null,"sha256":"x","annotations":[{}]}}]}}"#,
            vec![r#"{"start":0,"end":1,"quote":"S","origin":"user"}"#; MAX_IMPORT_ANNOTATIONS + 1].join(",")
        );
        assert!(plan_import(&lib, &huge).unwrap_err().to_string().contains("more than"));
    }

    #[test]
    fn imports_are_bounded_cleaned_and_added_once() {
        let text = "He said 12 people left.";
        let lib = library(text);
        let file = |tags: &str, annotations: &str| {
            format!(
                r#"{{"format":"marginalia/1","exported":0,"core_version":"","tags":[{tags}],"documents":[{{"title":"t","source":null,"sha256":"{}","annotations":[{annotations}]}}]}}"#,
                sha256_hex(text)
            )
        };
        let one = |tags: &str, note: &str| {
            format!(r#"{{"start":8,"end":17,"quote":"12 people","origin":"user","tags":[{tags}],"note":"{note}"}}"#)
        };
        let many_tags = vec![r#""t""#; MAX_TAGS + 1].join(",");
        let vocabulary = vec![r#"{"name":"t","color":"red","key":null}"#; MAX_TAGS + 1].join(",");
        for (json, says) in [
            (
                file("", &one(&many_tags, "")),
                "An annotation has 201 tags, more than the 200 one may have; nothing was imported.",
            ),
            (file(&vocabulary, ""), "It brings 201 tags, more than the 200 a library holds"),
            (file("", &one("", &"n".repeat(MAX_NOTE_CHARS + 1))), "A note is 20001 characters long"),
        ] {
            let e = plan_import(&lib, &json).unwrap_err().to_string();
            assert!(e.contains(says), "{e}");
        }
        // The same annotation twice in one file is added once; hidden
        // characters never make look-alike tags.
        let twice = file(
            r#"{"name":"\u202edeifirev","color":"red","key":null}"#,
            &[one(r#""verified\u200b","verified""#, "n"), one(r#""verified""#, "n")].join(","),
        );
        let plan = plan_import(&lib, &twice).unwrap();
        assert_eq!((plan.exact, plan.duplicates), (1, 1), "{}", plan.summary());
        assert_eq!(plan.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["deifirev"]);
        let mut lib = lib;
        apply_import(&mut lib, plan);
        assert_eq!(lib.current().unwrap().annotations.items[0].tags, ["verified"]);
        let again = plan_import(&lib, &twice).unwrap();
        assert_eq!((again.exact, again.duplicates), (0, 2), "importing twice adds nothing");
    }

    #[test]
    fn searching_for_moved_annotations_stops_when_its_budget_is_spent() {
        let text = "Intro. Russia lost 5,000 troops in 2024, officials said. Outro.";
        let a = ExportAnnotation {
            start: 0,
            end: 12,
            quote: "5,000 troops".into(),
            prefix: "Russia lost ".into(),
            suffix: " in 2024".into(),
            tags: vec![],
            note: String::new(),
            origin: Origin::User,
            review: Review::Pending,
            created: 0.0,
            modified: 0.0,
            speaker: None,
            speaker_corrected: false,
            finding: Finding::default(),
            check: None,
        };
        let ix = OffsetIndex::new(text);
        let mut plenty = usize::MAX;
        assert!(reanchor(text, &ix, &a, &mut plenty).is_some());
        assert!(plenty < usize::MAX, "the search is counted");
        let mut spent = text.len() - 1;
        assert_eq!(reanchor(text, &ix, &a, &mut spent), None, "not searched: an orphan");
        // Where it was still places it, whatever the budget.
        let here = ExportAnnotation { start: 19, end: 31, ..a };
        assert_eq!(
            reanchor(text, &ix, &here, &mut 0).map(|(s, exact)| (s.text(text), exact)),
            Some(("5,000 troops", true))
        );
    }

    #[test]
    fn the_same_document_twice_in_one_file_is_added_once() {
        let text = "He said 12 people left.";
        let doc = |note: &str| {
            format!(
                r#"{{"title":"t","source":null,"sha256":"{}","text":"{text}","annotations":[{{"start":8,"end":17,"quote":"12 people","origin":"user","tags":[],"note":"{note}"}}]}}"#,
                sha256_hex(text)
            )
        };
        let json = format!(
            r#"{{"format":"marginalia/1","exported":0,"core_version":"","tags":[],"documents":[{},{},{}]}}"#,
            doc("a"),
            doc("a"),
            doc("b")
        );
        let mut lib = Library::default();
        let plan = plan_import(&lib, &json).unwrap();
        assert_eq!((plan.new_documents.len(), plan.exact), (1, 2), "{}", plan.summary());
        apply_import(&mut lib, plan);
        assert_eq!(lib.documents.len(), 1);
        let notes: Vec<&str> = lib.documents[0].annotations.items.iter().map(|a| a.note.as_str()).collect();
        assert_eq!(notes, ["a", "b"]);
    }

    #[test]
    fn out_of_range_offsets_fall_back_to_the_quote() {
        let text = "He said 12 people left.";
        let lib = library(text);
        let json = format!(
            r#"{{"format":"marginalia/1","exported":0,"core_version":"","tags":[],"documents":[{{"title":"t","source":null,"sha256":"{}","annotations":[
                {{"start":900,"end":905,"quote":"12 people","origin":"user","tags":["x"]}},
                {{"start":2,"end":1,"quote":"left","origin":"user"}},
                {{"start":0,"end":2,"quote":"nowhere","origin":"user"}}]}}]}}"#,
            sha256_hex(text)
        );
        let plan = plan_import(&lib, &json).unwrap();
        assert_eq!((plan.exact, plan.reanchored, plan.orphans.len()), (0, 2, 1));
    }

    #[test]
    fn w3c_round_trip_and_hypothesis_style_files() {
        let text = "Emoji 👋 first. Russia lost 5,000 troops in 2024.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "verified", "Source: ISW");
        let w3c = to_w3c(&export(&lib, None, false, 0.0));
        let item = &w3c["first"]["items"][0];
        assert_eq!(item["target"]["selector"][1]["start"], 27, "code points, not UTF-16 (28) or bytes (30)");
        assert_eq!(item["body"][0]["purpose"], "tagging");
        assert_eq!(item["body"][1]["purpose"], "commenting");
        let mut fresh = library(text);
        let plan = plan_import(&fresh, &w3c.to_string()).unwrap();
        assert_eq!((plan.exact, plan.orphans.len()), (1, 0));
        apply_import(&mut fresh, plan);
        assert_eq!(fresh.documents[0].annotations.items[0].note, "Source: ISW");
        // Hypothesis writes UTF-16 positions and a top-level tags list; the
        // quote decides where it goes.
        let hypothesis = r#"[{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "tags": ["needs source"], "body": [{"type": "TextualBody", "value": "Really?"}],
            "target": [{"source": "https://example.org/a", "selector": [
              {"type": "TextPositionSelector", "start": 28, "end": 40},
              {"type": "TextQuoteSelector", "exact": "5,000 troops", "prefix": "Russia lost ", "suffix": " in 2024"}]}]}]"#;
        let target = library(text);
        let plan = plan_import(&target, hypothesis).unwrap();
        assert_eq!((plan.reanchored, plan.orphans.len()), (1, 0), "placed in the open document by its quote");
    }

    /// The rows of a CSV export by column name.
    pub(super) fn csv_rows(csv: &str) -> Vec<HashMap<String, String>> {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        reader.records().map(|r| header.iter().cloned().zip(r.unwrap().iter().map(String::from)).collect()).collect()
    }

    #[test]
    fn prodigy_lines_and_csv_rows_for_training_and_spreadsheets() {
        let text = "👋 “We will see,” said Fiona Hill. Russia lost about 5,000 troops. =cmd|' /C calc'!A0 was typed.";
        let mut lib = library(text);
        annotate(&mut lib, text, "Russia lost", "needs source", "Which, \"exactly\"?");
        let suggestions = lib.current().unwrap().annotations.suggestions(&lib.current().unwrap().analysis);
        let keys: Vec<SuggestionKey> =
            suggestions.iter().map(|(k, _)| *k).filter(|k| k.origin != Origin::Claim).collect();
        lib.review_all(&keys, Review::Accepted);
        let jsonl = to_prodigy(&lib, None, Unreviewed::LeaveOut);
        let line: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for span in line["spans"].as_array().unwrap() {
            let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
            assert!(e <= chars.len() && s < e);
        }
        let first = &line["spans"][0];
        assert_eq!(
            chars[first["start"].as_u64().unwrap() as usize..first["end"].as_u64().unwrap() as usize]
                .iter()
                .collect::<String>(),
            "“We will see,”"
        );
        assert_eq!(first["label"], "QUOTE");
        let csv = to_csv(&lib, None);
        assert!(csv.starts_with("\u{feff}document_id,document,status,origin,"), "a byte-order mark for Excel");
        let rows = csv_rows(&csv);
        let row = |origin: &str| rows.iter().find(|r| r["origin"] == origin).unwrap();
        let id = &sha256_hex(text)[..12];
        assert!(rows.iter().all(|r| r["document_id"] == id));
        let quote = row("quote");
        assert_eq!(
            (quote["speaker"].as_str(), quote["cue"].as_str(), quote["status"].as_str()),
            ("Fiona Hill", "said", "accepted")
        );
        let number = row("number");
        assert_eq!(
            (number["quote"].as_str(), number["value"].as_str(), number["unit"].as_str(), number["qualifier"].as_str()),
            ("5,000 troops", "5000", "troops", "about")
        );
        assert_eq!((number["created"].as_str(), number["modified"].as_str()), ("", ""), "unknown: empty, never 1970");
        let claim = row("claim");
        assert_eq!(claim["status"], "pending", "pending suggestions have a row too");
        assert!(claim["score"].parse::<f64>().is_ok_and(|s| (0.0..=1.0).contains(&s)));
        assert_eq!((claim["verdict"].as_str(), claim["evidence"].as_str()), ("", ""), "never checked");
        // A checked claim carries its check.
        let mut checked = lib.clone();
        let span = checked.current().unwrap().analysis.claims.iter().find(|c| c.checkworthy).unwrap().span;
        let check = crate::check::Check {
            verdict: Some("Mostly false".into()),
            status: crate::check::Status::Done,
            claimant: Some("Fiona Hill".into()),
            evidence: vec![
                crate::check::Evidence { url: "https://example.org/isw".into(), note: "ISW counts 3,000".into() },
                crate::check::Evidence { url: String::new(), note: "Called the ministry".into() },
            ],
            url: Some("https://example.org/fact-check".into()),
            modified: 0.0,
        };
        assert!(checked.set_check(span, check, 1.0));
        let rows = csv_rows(&to_csv(&checked, None));
        let claim = rows.iter().find(|r| r["origin"] == "claim").unwrap();
        let cells: Vec<&str> = ["verdict", "check_status", "claimant", "evidence", "fact_check_url"]
            .iter()
            .map(|c| claim[*c].as_str())
            .collect();
        assert_eq!(
            cells,
            [
                "Mostly false",
                "done",
                "Fiona Hill",
                "https://example.org/isw — ISW counts 3,000 | Called the ministry",
                "https://example.org/fact-check"
            ]
        );
        assert!(rows.iter().filter(|r| r["origin"] != "claim").all(|r| r["verdict"].is_empty()));
        let mine = row("reader");
        assert_eq!((mine["status"].as_str(), mine["tags"].as_str()), ("annotated", "needs source"));
        assert_eq!(mine["note"], "Which, \"exactly\"?");
        assert_eq!(mine["created"], "1970-01-01T00:00:00.001Z");
        // A formula in the text stays text in a spreadsheet.
        let mut hostile = lib.clone();
        annotate(&mut hostile, text, "=cmd|' /C calc'!A0", "x", "@SUM(1)");
        let rows = csv_rows(&to_csv(&hostile, None));
        let formula = rows.iter().find(|r| r["note"].contains("SUM")).unwrap();
        assert_eq!((formula["quote"].as_str(), formula["note"].as_str()), ("'=cmd|' /C calc'!A0", "'@SUM(1)"));
    }

    /// A library with one web page, its metadata set, and one annotation.
    pub(super) fn web_page() -> (Library, &'static str) {
        let text = "Rates rose again on Monday, officials said.";
        let mut lib = Library::default();
        let page = PageMeta {
            title: Some("Rates rise again".into()),
            byline: Some("Ana Ruiz".into()),
            published: Some("2024-03-01T10:00:00Z".into()),
            site: Some("The Courier".into()),
            url: Some("https://courier.example/rates".into()),
            lang: Some("en".into()),
            note: None,
        };
        lib.add_page(Some("rates.html".into()), text.into(), Some(page));
        annotate(&mut lib, text, "Rates rose", "needs source", "Which rates?");
        (lib, text)
    }

    #[test]
    fn web_page_metadata_is_exported_in_every_format() {
        let (lib, text) = web_page();
        // Marginalia JSON: a `page` object, and back again on import.
        let json = serde_json::to_string(&export(&lib, None, true, 0.0)).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["documents"][0]["title"], "Rates rise again");
        assert_eq!(v["documents"][0]["page"]["byline"], "Ana Ruiz");
        assert_eq!(v["documents"][0]["page"]["url"], "https://courier.example/rates");
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        apply_import(&mut fresh, plan);
        assert_eq!(fresh.documents[0].page, lib.documents[0].page);
        assert_eq!(fresh.documents[0].title, "Rates rise again");
        // W3C: the page's address is the source; the text's hash stays.
        let w3c = to_w3c(&export(&lib, None, false, 0.0));
        let target = &w3c["first"]["items"][0]["target"];
        assert_eq!(target["source"], "https://courier.example/rates");
        assert_eq!(target["marginalia:sha256"], sha256_hex(text));
        assert_eq!(target["selector"][0]["exact"], "Rates rose");
        // ... and Marginalia's W3C import finds the text by that hash.
        let plan = plan_import(&lib, &w3c.to_string()).unwrap();
        assert_eq!((plan.exact, plan.duplicates, plan.orphans.len()), (0, 1, 0));
        // CSV: the metadata in the last columns.
        let rows = csv_rows(&to_csv(&lib, None));
        let row = rows.iter().find(|r| r["origin"] == "reader").unwrap();
        let got: Vec<&str> =
            ["document", "byline", "published", "site", "url"].iter().map(|&c| row[c].as_str()).collect();
        assert_eq!(
            got,
            ["Rates rise again", "Ana Ruiz", "2024-03-01T10:00:00Z", "The Courier", "https://courier.example/rates"]
        );
        // Prodigy JSONL: in `meta`.
        let line: serde_json::Value =
            serde_json::from_str(to_prodigy(&lib, None, Unreviewed::LeaveOut).lines().next().unwrap()).unwrap();
        assert_eq!(line["meta"]["title"], "Rates rise again");
        assert_eq!(line["meta"]["byline"], "Ana Ruiz");
        assert_eq!(line["meta"]["url"], "https://courier.example/rates");
        assert_eq!(line["meta"]["lang"], "en");
    }

    #[test]
    fn without_an_address_w3c_names_the_text_by_its_hash() {
        let text = "Russia lost 5,000 troops.";
        let mut lib = library(text);
        annotate(&mut lib, text, "Russia lost", "x", "");
        let w3c = to_w3c(&export(&lib, None, false, 0.0));
        assert_eq!(w3c["first"]["items"][0]["target"]["source"], format!("urn:sha256:{}", sha256_hex(text)));
        let line: serde_json::Value =
            serde_json::from_str(to_prodigy(&lib, None, Unreviewed::LeaveOut).lines().next().unwrap()).unwrap();
        assert_eq!(line["meta"], serde_json::json!({ "title": "Russia lost 5,000 troops.", "source": "a.txt" }));
    }

    #[test]
    fn share_links_round_trip_and_refuse_damage() {
        let text = "👋 Russia lost 5,000 troops, “officials” said.";
        let mut lib = library(text);
        annotate(&mut lib, text, "5,000 troops", "verified", "ok");
        let payload = share_encode(&export(&lib, None, true, 0.0)).unwrap();
        assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let json = share_decode(&payload).unwrap();
        let mut fresh = Library::default();
        let plan = plan_import(&fresh, &json).unwrap();
        apply_import(&mut fresh, plan);
        assert_eq!(fresh.documents[0].annotations.items[0].note, "ok");
        for broken in ["", "!!!", &payload[..payload.len() / 2], "AAAA"] {
            assert!(share_decode(broken).is_err() || plan_import(&fresh, &share_decode(broken).unwrap()).is_err());
        }
        // A bomb: 30 MB of zeros packs small but must not unpack.
        use base64::Engine;
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 30 * 1024 * 1024], 9);
        let bomb = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb);
        assert!(share_decode(&bomb).is_err());
        // Too long for a link.
        let big: String = (0..60_000).map(|i| char::from_u32(0x4e00 + (i * 7919 % 20_000)).unwrap()).collect();
        let lib = library(&big);
        assert!(share_encode(&export(&lib, None, true, 0.0)).unwrap_err().to_string().contains("too large for a link"));
    }

    proptest! {
        #[test]
        fn reanchoring_never_panics_and_places_only_matching_text(
            text in "\\PC{0,200}", quote in "\\PC{0,30}", start in 0usize..400, len in 0usize..50,
        ) {
            let ix = OffsetIndex::new(&text);
            let a = ExportAnnotation {
                start, end: start + len, quote: quote.clone(), prefix: String::new(), suffix: String::new(),
                tags: vec![], note: String::new(), origin: Origin::User, review: Review::Accepted, created: 0.0, modified: 0.0, speaker: None, speaker_corrected: false, finding: Finding::default(), check: None,
            };
            if let Some((span, exact)) = reanchor(&text, &ix, &a, &mut { usize::MAX }) {
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end) && span.end <= text.len());
                if exact {
                    prop_assert_eq!(span.text(&text), quote.as_str());
                }
            }
        }

        #[test]
        fn export_import_round_trips_any_text(text in "\\PC{1,120}", a in 0usize..120, len in 1usize..20) {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let s = chars[a % chars.len()].0;
            let e = chars.get((a % chars.len()) + len).map_or(text.len(), |c| c.0);
            let mut lib = library(&text);
            prop_assume!(lib.annotate(Span::new(s, e), vec!["t".into()], "n".into(), 0.0).is_some());
            let json = serde_json::to_string(&export(&lib, None, true, 0.0)).unwrap();
            let mut fresh = Library::default();
            let plan = plan_import(&fresh, &json).unwrap();
            prop_assert_eq!(plan.exact, 1);
            apply_import(&mut fresh, plan);
            prop_assert_eq!(&fresh.documents[0].annotations.items[0].span, &lib.documents[0].annotations.items[0].span);
        }
    }
}
