//! # Marginalia core
//!
//! Text in, [`Analysis`] out: the sentences of an article, its direct and
//! partial quotes with their speakers, its figures normalised, and the
//! sentences a fact-checker would want to verify. Pure Rust with no web
//! dependencies, so it runs natively (CLI, tests, benches) and in the browser
//! (WASM) alike.
//!
//! [`analyze`] never fails and never panics; every span it returns is a
//! half-open **byte** range over the input ([`Span`]), on `char` boundaries.
//! Convert to code points or UTF-16 with [`OffsetIndex`] at the edges.
//!
//! | module | what it finds |
//! |---|---|
//! | [`segment`] | paragraphs and sentences; headings and page furniture flagged |
//! | [`quote`] | quotations, their kind, speaker and reporting verb |
//! | [`number`] | numbers and quantities with value, unit, kind and qualifier |
//! | [`claim`] | check-worthy sentences, scored, with the reasons |

pub mod chars;
pub mod claim;
pub mod entity;
pub mod language;
pub mod lexicon;
pub mod number;
pub mod quote;
pub mod segment;
pub mod span;

use serde::{Deserialize, Serialize};

pub use claim::{Claim, Reason};
pub use language::Language;
pub use number::{Number, NumberKind};
pub use quote::{Quote, QuoteKind};
pub use segment::{BlockKind, Paragraph, Sentence};
pub use span::{OffsetIndex, Span};

/// The version of the extraction rules, carried into exports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Everything the core finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub numbers: Vec<Number>,
    pub claims: Vec<Claim>,
    /// The text's language when it is reliably not English: then its
    /// claims are not scored (the model reads English) and its numbers are
    /// read with that language's separators. `None` for English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

/// Analyses `text`. Linear in its length; never panics.
pub fn analyze(text: &str) -> Analysis {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let quotes = quote::find(text, &paragraphs, &sentences);
    let language = language::detect(text);
    let separators = language.as_ref().map_or_else(|| language::english_separators(text), Language::separators);
    let numbers = number::find_with(text, &paragraphs, &sentences, separators);
    let claims = match language {
        None => claim::score(text, &paragraphs, &sentences, &quotes, &numbers),
        Some(_) => Vec::new(),
    };
    Analysis { paragraphs, sentences, quotes, numbers, claims, language }
}

impl Analysis {
    /// Checks the promises [`analyze`] makes about its output for `text`:
    /// every span inside the text and on `char` boundaries, each kind sorted
    /// and non-overlapping, values finite, scores in 0..=1, links in range.
    /// Returns the first broken promise. The property tests and the fuzzers
    /// share this one definition.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let mut spans: Vec<(&str, Span)> = Vec::new();
        spans.extend(self.paragraphs.iter().map(|p| ("paragraph", p.span)));
        spans.extend(self.sentences.iter().map(|s| ("sentence", s.span)));
        for q in &self.quotes {
            spans.extend([("quote", q.span), ("quote content", q.content)]);
            spans.extend(q.speaker_span.map(|s| ("speaker", s)));
            spans.extend(q.cue_span.map(|s| ("cue", s)));
        }
        for n in &self.numbers {
            spans.push(("number", n.span));
            spans.extend(n.approx_span.map(|s| ("qualifier", s)));
        }
        for c in &self.claims {
            spans.push(("claim", c.span));
            spans.extend(c.reasons.iter().map(|r| ("reason", r.span)));
            spans.extend(c.source.map(|s| ("claim source", s)));
        }
        for (what, s) in spans {
            if s.start > s.end || s.end > text.len() {
                return Err(format!("{what} {s:?} lies outside the text ({} bytes)", text.len()));
            }
            if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                return Err(format!("{what} {s:?} splits a character"));
            }
        }
        let kinds: [(&str, Vec<Span>); 4] = [
            ("sentences", self.sentences.iter().map(|s| s.span).collect()),
            ("quotes", self.quotes.iter().map(|q| q.span).collect()),
            ("numbers", self.numbers.iter().map(|n| n.span).collect()),
            ("claims", self.claims.iter().map(|c| c.span).collect()),
        ];
        for (name, spans) in kinds {
            if let Some(w) = spans.windows(2).find(|w| w[0].end > w[1].start) {
                return Err(format!("{name} overlap or are unsorted: {:?} {:?}", w[0], w[1]));
            }
        }
        if let Some(n) = self.numbers.iter().find(|n| n.value.is_some_and(|v| !v.is_finite())) {
            return Err(format!("number {:?} has a non-finite value {:?}", n.span, n.value));
        }
        for c in &self.claims {
            if !(0.0..=1.0).contains(&c.score) {
                return Err(format!("claim {:?} has score {} outside 0..=1", c.span, c.score));
            }
            if c.numbers.iter().any(|&i| i >= self.numbers.len()) || c.quotes.iter().any(|&i| i >= self.quotes.len()) {
                return Err(format!("claim {:?} links to a number or quote that does not exist", c.span));
            }
        }
        Ok(())
    }
}
