//! # Marginalia app
//!
//! The Leptos (client-side rendered) user interface. Components are thin:
//! the logic lives in `marginalia-model` and `marginalia-core`, tested
//! natively; [`state::AppState`] holds the signals and the actions on them,
//! and is the one place that persists.
//!
//! | module | what it holds |
//! |---|---|
//! | [`state`] | the app's signals, actions, and when to save |
//! | [`store`] | the library in IndexedDB |
//! | [`worker`] | the web worker started when needed (Markdown) |
//! | [`crash`] | the panel shown if the app ever panics |
//! | [`exchange`] | export downloads and imports, in the browser |
//! | [`files`] | reading dropped and picked files in the browser |
//! | [`selection`] | the reader's text selection as a byte span |
//! | [`offline`] | the service worker that makes the app work offline |
//! | [`keys`] | the keyboard shortcuts' table |
//! | [`locale`] | numbers in the reader's locale (`Intl.NumberFormat`) |
//! | [`html`] | HTML pages reduced to their article by the browser's parser |
//! | [`components`] | the view: loader, library, article, findings |

pub mod components;
pub mod crash;
pub mod exchange;
pub mod files;
pub mod html;
pub mod keys;
pub mod locale;
pub mod offline;
pub mod selection;
pub mod state;
pub mod store;
pub mod warmup;
pub mod worker;

pub use components::App;
