//! The app's state: a small struct of signals with action methods, and the
//! one place that reads and writes the browser's storage.

use std::time::Duration;

use leptos::prelude::*;
use marginalia_model::Library;

/// Where the library is kept between visits.
pub const STORAGE_KEY: &str = "marginalia.library.v1";

/// A message shown to the reader: an error with a file, or what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub error: bool,
}

/// The finding the reader has selected in the article or the side panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    Quote(usize),
    Number(usize),
    Claim(usize),
}

/// Which kinds of highlight the reader shows (the legend's toggles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub quotes: bool,
    pub numbers: bool,
    pub claims: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self { quotes: true, numbers: true, claims: true }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub library: RwSignal<Library>,
    pub notices: RwSignal<Vec<Notice>>,
    pub selected: RwSignal<Option<Finding>>,
    pub layers: RwSignal<Layers>,
    next_notice: RwSignal<u64>,
}

impl AppState {
    /// The state, with the library restored from storage when there is one.
    pub fn restore() -> Self {
        let state = Self::empty();
        match storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
            None => {}
            Some(json) => match Library::from_json(&json) {
                Ok(lib) => state.library.set(lib),
                Err(e) => {
                    // Keep what was stored rather than overwrite it.
                    if let Some(s) = storage() {
                        let _ = s.set_item(&format!("{STORAGE_KEY}.unreadable"), &json);
                    }
                    state.notify(
                        format!(
                            "Your saved library could not be read ({e}); a copy was kept in this browser's storage."
                        ),
                        true,
                    );
                }
            },
        }
        state
    }

    pub fn empty() -> Self {
        Self {
            library: RwSignal::new(Library::default()),
            notices: RwSignal::new(Vec::new()),
            selected: RwSignal::new(None),
            layers: RwSignal::new(Layers::default()),
            next_notice: RwSignal::new(0),
        }
    }

    /// Adds a text as a new document and opens it.
    pub fn add_text(&self, source: Option<String>, text: String) {
        if text.trim().is_empty() {
            self.notify("There is no text to analyze: paste an article or drop a file.".into(), true);
            return;
        }
        self.selected.set(None);
        self.library.update(|lib| {
            lib.add(source, text);
        });
    }

    pub fn open(&self, id: u64) {
        self.selected.set(None);
        self.library.update(|lib| lib.open(id));
    }

    pub fn remove(&self, id: u64) {
        self.selected.set(None);
        self.library.update(|lib| lib.remove(id));
    }

    pub fn step(&self, delta: isize) {
        self.selected.set(None);
        self.library.update(|lib| lib.step(delta));
    }

    /// Selects a finding and scrolls the article to it.
    pub fn select(&self, f: Finding) {
        self.selected.set(Some(f));
        scroll_to(f);
    }

    pub fn notify(&self, text: String, error: bool) {
        let id = self.next_notice.get_untracked();
        self.next_notice.set(id + 1);
        self.notices.update(|n| n.push(Notice { id, text, error }));
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Writes the library to storage shortly after it changes (so a large
    /// paste paints before it is saved), and at once when the page is left.
    /// Call once.
    pub fn persist(&self) {
        let state = *self;
        let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
        Effect::new(move |previous: Option<()>| {
            state.library.track();
            if previous.is_none() {
                return; // what was just restored is already stored
            }
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let save = move || {
                pending.set_value(None);
                state.save();
            };
            pending.set_value(set_timeout_with_handle(save, Duration::from_millis(300)).ok());
        });
        let flush = window_event_listener(leptos::ev::pagehide, move |_| {
            if let Some(h) = pending.get_value() {
                h.clear();
                pending.set_value(None);
                state.save();
            }
        });
        on_cleanup(move || flush.remove());
    }

    fn save(&self) {
        let json = self.library.with_untracked(Library::to_json);
        let Some(s) = storage() else { return };
        if s.set_item(STORAGE_KEY, &json).is_err() {
            self.notify(
                "This browser refused to save the library (storage full or disabled): export your work before closing the tab.".into(),
                true,
            );
        }
    }
}

/// Scrolls the article to a finding's first highlight.
fn scroll_to(f: Finding) {
    use wasm_bindgen::JsCast;
    let selector = match f {
        Finding::Quote(i) => format!("[data-quote=\"{i}\"]"),
        Finding::Number(i) => format!("[data-number=\"{i}\"]"),
        Finding::Claim(i) => format!("[data-claim=\"{i}\"]"),
    };
    let el =
        document().query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        el.scroll_into_view_with_bool(false);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
