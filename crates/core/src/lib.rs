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
pub mod number;
pub mod quote;
pub mod segment;
pub mod span;

use serde::Serialize;

pub use claim::{Claim, Reason};
pub use number::{Number, NumberKind};
pub use quote::{Quote, QuoteKind};
pub use segment::{BlockKind, Paragraph, Sentence};
pub use span::{OffsetIndex, Span};

/// The version of the extraction rules, carried into exports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Everything the core finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    pub numbers: Vec<Number>,
    pub claims: Vec<Claim>,
}

/// Analyses `text`. Linear in its length; never panics.
pub fn analyze(text: &str) -> Analysis {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let quotes = quote::find(text, &paragraphs, &sentences);
    let numbers = number::find(text, &paragraphs);
    let claims = claim::score(text, &sentences, &quotes, &numbers);
    Analysis { paragraphs, sentences, quotes, numbers, claims }
}
