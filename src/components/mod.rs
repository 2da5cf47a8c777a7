//! The view. Each component reads the [`AppState`](crate::state::AppState)
//! from context and calls its actions; none holds logic of its own.

mod across;
mod annotate;
mod app;
mod article;
mod findings;
mod library;
mod loader;
mod notices;
mod verdicts;

pub use across::Across;
pub use annotate::{HelpSheet, TagBar};
pub use app::{App, Shell};
pub use article::{Article, Why, reveal};
pub use findings::Findings;
pub use library::LibraryList;
pub use loader::Loader;
pub use notices::Notices;
pub use verdicts::VerdictScale;
