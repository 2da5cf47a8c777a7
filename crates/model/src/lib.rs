//! # Marginalia model
//!
//! What the app knows, as plain Rust tested natively: how loaded bytes become
//! text ([`ingest`]), the documents of the reader's library ([`document`]),
//! and how the core's findings are laid out as non-overlapping runs of text
//! for the view ([`layout`]). The Leptos UI only wires these to signals.

pub mod across;
pub mod annotation;
pub mod chars;
pub mod check;
pub mod describe;
pub mod document;
pub mod exchange;
pub mod findings;
pub mod ingest;
pub mod layout;
pub mod mhtml;
pub mod page;
pub mod progress;
pub mod view;

pub use document::{Document, Library};
pub use ingest::{Charset, Decode, Format, IngestError, Loaded, MAX_BYTES};
pub use layout::{Block, Layout, MARK_BUDGET, Run, layout, layout_within};
pub use page::PageMeta;
