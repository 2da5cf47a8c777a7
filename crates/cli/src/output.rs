//! The CLI's JSON: the core's analysis with offsets in code points.

use marginalia_core::{Analysis, OffsetIndex, Span, analyze};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
pub struct Input {
    #[serde(default)]
    pub id: serde_json::Value,
    pub text: String,
}

#[derive(Serialize)]
pub struct Output {
    pub version: &'static str,
    pub offsets: &'static str,
    pub sentences: Vec<SentenceOut>,
    pub quotes: Vec<QuoteOut>,
    pub numbers: Vec<NumberOut>,
    pub claims: Vec<ClaimOut>,
}

#[derive(Serialize)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    pub kind: marginalia_core::BlockKind,
}

#[derive(Serialize)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: marginalia_core::QuoteKind,
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_end: Option<usize>,
    pub cue: Option<String>,
    pub closed: bool,
}

#[derive(Serialize)]
pub struct NumberOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub kind: marginalia_core::NumberKind,
    pub approx: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Serialize)]
pub struct ClaimOut {
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub checkworthy: bool,
    pub reasons: Vec<String>,
    pub numbers: Vec<usize>,
    pub quotes: Vec<usize>,
}

pub fn extract(text: &str) -> Output {
    let a: Analysis = analyze(text);
    let ix = OffsetIndex::new(text);
    let cp = |s: Span| ix.span_to_chars(s);
    Output {
        version: marginalia_core::VERSION,
        offsets: "unicode code points, 0-based, end exclusive",
        sentences: a
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = cp(s.span);
                SentenceOut { start, end, kind: s.kind }
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| {
                let (start, end) = cp(q.span);
                let speaker = q.speaker_span.map(cp);
                QuoteOut {
                    start,
                    end,
                    text: q.span.text(text).to_string(),
                    kind: q.kind,
                    speaker: q.speaker.clone(),
                    speaker_start: speaker.map(|s| s.0),
                    speaker_end: speaker.map(|s| s.1),
                    cue: q.cue.clone(),
                    closed: q.closed,
                }
            })
            .collect(),
        numbers: a
            .numbers
            .iter()
            .map(|n| {
                let (start, end) = cp(n.span);
                NumberOut {
                    start,
                    end,
                    text: n.span.text(text).to_string(),
                    value: n.value,
                    unit: n.unit.clone(),
                    kind: n.kind,
                    approx: n.approx.clone(),
                    range: n.range,
                    currency: n.currency.clone(),
                    date: n.date.clone(),
                }
            })
            .collect(),
        claims: a
            .claims
            .iter()
            .map(|c| {
                let (start, end) = cp(c.span);
                ClaimOut {
                    start,
                    end,
                    score: c.score,
                    checkworthy: c.checkworthy,
                    reasons: c.reasons.iter().map(|r| r.label.clone()).collect(),
                    numbers: c.numbers.clone(),
                    quotes: c.quotes.clone(),
                }
            })
            .collect(),
    }
}
