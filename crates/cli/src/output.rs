//! The CLI's JSON: the core's analysis with offsets in code points.

use marginalia_core::{Analysis, OffsetIndex, Span, analyze};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
pub struct Input {
    #[serde(default)]
    pub id: serde_json::Value,
    pub text: String,
}

/// The analysis of one text as the CLI prints it, serialised straight from
/// the core's analysis: no copy of it is made, so memory stays a small
/// multiple of the text (issue 22: a 20 MB line).
pub struct Output<'a> {
    /// The batch input's id, printed first; `None` for a single file.
    id: Option<&'a serde_json::Value>,
    text: &'a str,
    analysis: Analysis,
    ix: OffsetIndex,
}

impl<'a> Output<'a> {
    pub fn new(id: Option<&'a serde_json::Value>, text: &'a str) -> Self {
        Output { id, text, analysis: analyze(text), ix: OffsetIndex::new(text) }
    }
}

/// A sequence serialised item by item from an iterator made on demand.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

impl Serialize for Output<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (text, a) = (self.text, &self.analysis);
        let cp = |s: Span| self.ix.span_to_chars(s);
        let mut map = serializer.serialize_map(None)?;
        if let Some(id) = self.id {
            map.serialize_entry("id", id)?;
        }
        map.serialize_entry("version", marginalia_core::VERSION)?;
        map.serialize_entry("offsets", "unicode code points, 0-based, end exclusive")?;
        if let Some(language) = &a.language {
            map.serialize_entry("language", language)?;
        }
        map.serialize_entry(
            "sentences",
            &Lazy(|| {
                a.sentences.iter().map(move |s| {
                    let (start, end) = cp(s.span);
                    SentenceOut { start, end, kind: s.kind }
                })
            }),
        )?;
        map.serialize_entry(
            "quotes",
            &Lazy(|| {
                a.quotes.iter().map(move |q| {
                    let (start, end) = cp(q.span);
                    let speaker = q.speaker_span.map(cp);
                    QuoteOut {
                        start,
                        end,
                        text: q.span.text(text),
                        kind: q.kind,
                        speaker: q.speaker.as_deref(),
                        speaker_start: speaker.map(|s| s.0),
                        speaker_end: speaker.map(|s| s.1),
                        cue: q.cue.as_deref(),
                        closed: q.closed,
                    }
                })
            }),
        )?;
        map.serialize_entry(
            "numbers",
            &Lazy(|| {
                a.numbers.iter().map(move |n| {
                    let (start, end) = cp(n.span);
                    NumberOut {
                        start,
                        end,
                        text: n.span.text(text),
                        value: n.value,
                        unit: n.unit.as_deref(),
                        kind: n.kind,
                        approx: n.approx.as_deref(),
                        range: n.range,
                        currency: n.currency.as_deref(),
                        date: n.date.as_deref(),
                    }
                })
            }),
        )?;
        map.serialize_entry(
            "claims",
            &Lazy(|| {
                a.claims.iter().map(move |c| {
                    let (start, end) = cp(c.span);
                    ClaimOut {
                        start,
                        end,
                        score: c.score,
                        checkworthy: c.checkworthy,
                        reasons: Lazy(|| c.reasons.iter().map(|r| r.label.as_str())),
                        numbers: &c.numbers,
                        quotes: &c.quotes,
                    }
                })
            }),
        )?;
        map.end()
    }
}

#[derive(Serialize)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    pub kind: marginalia_core::BlockKind,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: marginalia_core::QuoteKind,
    pub speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_end: Option<usize>,
    pub cue: Option<&'a str>,
    pub closed: bool,
}

#[derive(Serialize)]
pub struct NumberOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: Option<f64>,
    pub unit: Option<&'a str>,
    pub kind: marginalia_core::NumberKind,
    pub approx: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ClaimOut<'a, R> {
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub checkworthy: bool,
    pub reasons: R,
    pub numbers: &'a [usize],
    pub quotes: &'a [usize],
}
