//! The app's state: a small struct of signals with action methods, and the
//! one place that decides when the library is saved (`crate::store` says how).

use std::collections::HashSet;
use std::time::Duration;

use leptos::prelude::*;
use marginalia_core::Analysis;
use marginalia_model::annotation::{Edge, Origin, Review, SuggestionKey, nudge, snap_to_words};
use marginalia_model::chars::shown;
use marginalia_model::{Library, PageMeta};

use crate::store::{self, LIBRARY, SAVED_STAMP, Store, UNREADABLE};

/// A message shown to the reader: an error with a file, or what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub error: bool,
    /// How many times it was said.
    pub count: u32,
}

/// How long a notice that is not an error stays.
const NOTICE_SECONDS: u64 = 8;

/// Adds `notice` to `list`; one with the same text and kind is taken out
/// and counted in, so it shows once, last, under the new id (whose timer
/// then decides when it goes).
fn add_notice(list: &mut Vec<Notice>, mut notice: Notice) {
    if let Some(i) = list.iter().position(|n| n.text == notice.text && n.error == notice.error) {
        notice.count += list.remove(i).count;
    }
    list.push(notice);
}

/// The finding the reader has selected in the article or the side panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    Quote(usize),
    Number(usize),
    Claim(usize),
    /// One of the reader's annotations, by id.
    Note(u64),
}

impl Finding {
    /// The suggestion this finding is, if it is one.
    pub fn key(self, a: &Analysis) -> Option<SuggestionKey> {
        match self {
            Finding::Quote(i) => a.quotes.get(i).map(|q| SuggestionKey::new(Origin::Quote, q.span)),
            Finding::Number(i) => a.numbers.get(i).map(|n| SuggestionKey::new(Origin::Number, n.span)),
            Finding::Claim(i) => a.claims.get(i).map(|c| SuggestionKey::new(Origin::Claim, c.span)),
            Finding::Note(_) => None,
        }
    }

    /// The finding for a suggestion key.
    pub fn of_key(key: SuggestionKey, a: &Analysis) -> Option<Finding> {
        let span = key.span();
        match key.origin {
            Origin::Quote => a.quotes.iter().position(|q| q.span == span).map(Finding::Quote),
            Origin::Number => a.numbers.iter().position(|n| n.span == span).map(Finding::Number),
            Origin::Claim => a.claims.iter().position(|c| c.span == span).map(Finding::Claim),
            Origin::User => None,
        }
    }
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

/// Texts this long (bytes) say that they are being analyzed.
pub const BIG_TEXT: usize = 256 * 1024;
/// Texts this long are analyzed in the web worker. Starting it and passing
/// the analysis back cost about 0.2 s (measured, README); analysing less than
/// this on the page blocks it for less than that.
pub const WORKER_TEXT: usize = 1536 * 1024;

/// What the busy line says while `doc`'s findings are being made.
pub fn analysing(doc: &marginalia_model::Document) -> String {
    let what = doc.source.as_ref().map_or_else(|| "the pasted text".to_string(), |s| format!("“{}”", shown(s)));
    format!("Analyzing {what} ({:.1} MB)…", doc.text.len() as f64 / 1_048_576.0)
}

/// Whether the reader's work is in the browser's storage, for the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The browser refused (storage full, disabled, or absent).
    Failed,
    /// Another tab saved the library; this one stopped saving.
    Conflict,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub library: RwSignal<Library>,
    pub notices: RwSignal<Vec<Notice>>,
    pub selected: RwSignal<Option<Finding>>,
    pub layers: RwSignal<Layers>,
    /// The reader's search: the panel lists, and the article highlights,
    /// only what matches (see `marginalia_model::findings::matches`).
    pub query: RwSignal<String>,
    next_notice: RwSignal<u64>,
    /// Another tab saved the library: this tab stops saving rather than
    /// overwrite that work.
    pub conflict: RwSignal<bool>,
    /// The last save failed (storage full or disabled), or there is no storage.
    pub unsaved: RwSignal<bool>,
    /// Changes made, and changes known to be committed to storage.
    changes: RwSignal<u64>,
    committed: RwSignal<u64>,
    /// A stored library that could not be read, kept for the reader.
    pub unreadable: RwSignal<Option<String>>,
    /// What the app is busy with, while it takes a moment ("Reading…",
    /// "Analyzing…"), for the header.
    pub busy: RwSignal<Option<String>>,
    /// Whether the browser promised to keep the storage (`None`: not asked,
    /// or the browser offers no such promise).
    pub persistent: RwSignal<Option<bool>>,
    asked_to_persist: StoredValue<bool>,
    store: StoredValue<Option<Store>, LocalStorage>,
    /// The documents whose text the database holds (as of the last save
    /// that committed): the copy written on leaving can leave them out.
    stored_texts: StoredValue<HashSet<u64>>,
}

/// Keeps `json` for the reader to download, beside what is kept already
/// (see `Library::keep_copy`).
async fn keep_aside(db: &Store, json: &str) -> Result<(), String> {
    let kept = db.get(UNREADABLE).await?;
    match Library::keep_copy(kept.as_deref(), json) {
        Some(value) => db.put(UNREADABLE, &value).await,
        None => Ok(()),
    }
}

impl AppState {
    /// The state, with the library restored from storage when there is one.
    /// A library written by a version that kept it in localStorage moves to
    /// IndexedDB. One that cannot be read is kept untouched, never saved over.
    pub async fn restore() -> Self {
        let state = Self::empty();
        let db = match Store::open().await {
            Ok(db) => db,
            Err(why) => {
                state.storage_failed(&why);
                return state;
            }
        };
        for (old, key) in [(store::LEGACY_LIBRARY, LIBRARY), (store::LEGACY_UNREADABLE, UNREADABLE)] {
            if let Some(value) = store::local_get(old)
                && matches!(db.get(key).await, Ok(None))
                && db.put(key, &value).await.is_ok()
            {
                store::local_remove(old);
            }
        }
        // Changes the page was left with, written synchronously then: newer
        // than the database's copy, which they replace.
        // It leaves out the texts the database already had (see
        // `Library::to_leaving_json`): they are taken from there.
        if let Some(leaving) = store::local_get(store::LEFT_WITH_CHANGES) {
            let stored = db.get(LIBRARY).await.ok().flatten();
            match Library::merge_leaving(&leaving, stored.as_deref()).filter(|json| Library::parses(json)) {
                Some(json) => {
                    if db.put(LIBRARY, &json).await.is_ok() {
                        store::local_remove(store::LEFT_WITH_CHANGES);
                    }
                }
                // A text it left out is not in the database either (the
                // site's data was cleared meanwhile): kept, and said.
                None => {
                    if keep_aside(&db, &leaving).await.is_ok() {
                        store::local_remove(store::LEFT_WITH_CHANGES);
                    }
                    state.notify(
                        "Changes made just before the last visit ended could not be joined to the saved library (the \
                         browser's copy of it is missing or changed). They are kept: download them from the box on the left."
                            .into(),
                        true,
                    );
                }
            }
        }
        match db.get(LIBRARY).await {
            Ok(None) => {}
            Ok(Some(json)) => match Library::from_stored(&json) {
                Ok((mut lib, damage)) => {
                    // Damage set aside: the library as stored is kept for the
                    // reader, and they are told what was left out.
                    let mut in_database = damage.is_empty();
                    if !damage.is_empty() && keep_aside(&db, &json).await.is_ok() {
                        state.notify(
                            format!(
                                "Your saved library was damaged: {}. The rest opened as it was; the library as stored is kept — download it from the box on the left.",
                                damage.join("; ")
                            ),
                            true,
                        );
                        // Saved as it opened, so the damage is not met again.
                        in_database = db.put(LIBRARY, &lib.to_json()).await.is_ok();
                    }
                    state.not_reopening(&mut lib);
                    // What the database holds: the texts of these documents, by these ids.
                    if in_database {
                        state.stored_texts.set_value(lib.documents.iter().map(|d| d.id).collect());
                    }
                    state.library.set(lib);
                }
                Err(e) => {
                    // Keep what was stored rather than overwrite it; if even
                    // the copy fails, this tab does not save at all.
                    let kept = keep_aside(&db, &json).await;
                    state.notify(
                        format!(
                            "Your saved library could not be read ({e}). It was kept as it was: download it from the box on the left."
                        ),
                        true,
                    );
                    if let Err(why) = kept {
                        state.unreadable.set(Some(json));
                        state.storage_failed(&why);
                        return state;
                    }
                }
            },
            Err(why) => {
                state.storage_failed(&why);
                return state;
            }
        }
        state.unreadable.set(db.get(UNREADABLE).await.ok().flatten());
        state.store.set_value(Some(db));
        state
    }

    /// The last visit ended while a document was being opened, perhaps
    /// because opening it stopped the app: it stays in the library, closed.
    fn not_reopening(&self, lib: &mut Library) {
        let Some(id) = store::local_get(store::OPENING).and_then(|v| v.parse::<u64>().ok()) else { return };
        store::local_remove(store::OPENING);
        let Some(title) = lib.current().filter(|d| d.id == id).map(|d| d.title.clone()) else { return };
        lib.current = None;
        self.notify(
            format!(
                "The last visit ended while “{title}” was being opened. In case that is what stopped the app, it was \
                 not opened again: it is still in your library, open it from there."
            ),
            true,
        );
    }

    pub fn empty() -> Self {
        Self {
            library: RwSignal::new(Library::default()),
            notices: RwSignal::new(Vec::new()),
            selected: RwSignal::new(None),
            layers: RwSignal::new(Layers::default()),
            query: RwSignal::new(String::new()),
            next_notice: RwSignal::new(0),
            conflict: RwSignal::new(false),
            unsaved: RwSignal::new(false),
            changes: RwSignal::new(0),
            committed: RwSignal::new(0),
            unreadable: RwSignal::new(None),
            persistent: RwSignal::new(None),
            asked_to_persist: StoredValue::new(false),
            busy: RwSignal::new(None),
            store: StoredValue::new_local(None),
            stored_texts: StoredValue::new(HashSet::new()),
        }
    }

    /// Whether the work shown is saved, for the header's status.
    pub fn save_status(&self) -> SaveStatus {
        if self.conflict.get() {
            SaveStatus::Conflict
        } else if self.unsaved.get() {
            SaveStatus::Failed
        } else if self.committed.get() < self.changes.get() {
            SaveStatus::Saving
        } else {
            SaveStatus::Saved
        }
    }

    /// Forgets the unreadable copy (after the reader downloaded or discarded it).
    pub fn discard_unreadable(&self) {
        self.unreadable.set(None);
        if let Some(db) = self.store.get_value() {
            leptos::task::spawn_local(async move {
                let _ = db.delete(UNREADABLE).await;
            });
        }
    }

    /// Adds a text as a new document and opens it.
    pub fn add_text(&self, source: Option<String>, text: String) {
        self.add_page(source, text, None);
    }

    /// Adds a document from a web page, with what the page said about
    /// itself (see [`AppState::add_text`]).
    pub fn add_page(&self, source: Option<String>, text: String, page: Option<PageMeta>) {
        if text.trim().is_empty() {
            self.notify("There is no text to analyze: paste an article or drop a file.".into(), true);
            return;
        }
        if text.len() < BIG_TEXT {
            self.selected.set(None);
            self.library.update(|lib| {
                lib.add_page(source, text, page);
            });
            return;
        }
        let what = source.clone().map_or_else(|| "the pasted text".to_string(), |s| format!("“{s}”"));
        let state = *self;
        if text.len() >= WORKER_TEXT {
            // Shown at once, plain, while the worker finds what is in it (the
            // page keeps answering; the article says so); analysed here if
            // the worker cannot run.
            self.selected.set(None);
            let added = self.library.try_update(|lib| {
                let id = lib.add_pending(source, text.clone());
                if let Some(page) = page {
                    lib.set_page(id, page);
                }
                id
            });
            let Some(id) = added else { return };
            leptos::task::spawn_local(async move {
                let analysis = crate::worker::analyze(&text).await.ok();
                drop(text);
                state.library.update(|lib| {
                    lib.set_analysis(id, analysis);
                });
            });
            return;
        }
        // On the page, once the browser has painted the message that a long
        // text takes a moment.
        let message = format!("Analyzing {what} ({:.1} MB)…", text.len() as f64 / 1_048_576.0);
        self.busy.set(Some(message.clone()));
        request_animation_frame(move || {
            set_timeout(
                move || {
                    state.selected.set(None);
                    state.library.update(|lib| {
                        lib.add_page(source, text, page);
                    });
                    // Cleared once painted, unless painting says more.
                    request_animation_frame(move || {
                        if state.busy.with_untracked(|b| b.as_ref() == Some(&message)) {
                            state.busy.set(None);
                        }
                    });
                },
                Duration::ZERO,
            )
        });
    }

    pub fn open(&self, id: u64) {
        self.selected.set(None);
        self.library.update(|lib| lib.open(id));
    }

    /// Removes a document after the reader confirms; it can be undone.
    pub fn remove(&self, id: u64) {
        let Some(title) =
            self.library.with_untracked(|l| l.documents.iter().find(|d| d.id == id).map(|d| d.title.clone()))
        else {
            return;
        };
        let question =
            format!("Remove “{title}” and its annotations from the library?\n\nYou can undo this with Ctrl+Z.");
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        self.selected.set(None);
        self.library.update(|lib| lib.remove(id));
        self.notify(format!("Removed “{title}”. Undo (Ctrl+Z) brings it back."), false);
    }

    pub fn step(&self, delta: isize) {
        self.selected.set(None);
        self.library.update(|lib| lib.step(delta));
    }

    /// Accepts or rejects the selected suggestion (or puts it back to pending).
    pub fn review_selected(&self, to: Review) {
        let Some(f) = self.selected.get_untracked() else {
            self.notify("Select a suggestion first (j / k move between them).".into(), false);
            return;
        };
        self.library.update(|lib| {
            if let Some(key) = lib.current().and_then(|d| f.key(&d.analysis)) {
                lib.review(key, to);
            }
        });
    }

    pub fn review(&self, key: SuggestionKey, to: Review) {
        self.library.update(|lib| {
            lib.review(key, to);
        });
    }

    /// Moves the selection to the next (or previous) pending or accepted
    /// suggestion in text order, wrapping around.
    pub fn step_suggestion(&self, delta: isize) {
        let next = self.library.with_untracked(|lib| {
            let doc = lib.current()?;
            let list: Vec<SuggestionKey> = doc
                .annotations
                .suggestions(&doc.analysis)
                .into_iter()
                .filter(|(_, r)| *r != Review::Rejected)
                .map(|(k, _)| k)
                .collect();
            if list.is_empty() {
                return None;
            }
            let here = self.selected.get_untracked().and_then(|f| f.key(&doc.analysis));
            let i = match here.and_then(|k| list.iter().position(|x| *x == k)) {
                Some(i) => (i as isize + delta).rem_euclid(list.len() as isize) as usize,
                None if delta >= 0 => 0,
                None => list.len() - 1,
            };
            Finding::of_key(list[i], &doc.analysis)
        });
        if let Some(f) = next {
            self.select(f);
        }
    }

    /// Selects the next suggestion not yet reviewed after the selected one
    /// (from the top when none is selected), wrapping round; says so when
    /// every suggestion is reviewed.
    pub fn next_unreviewed(&self) {
        let next = self.library.with_untracked(|lib| {
            let doc = lib.current()?;
            if doc.pending {
                return Some(Err("The findings of this document are still being made."));
            }
            let here = self.selected.get_untracked().and_then(|f| f.key(&doc.analysis));
            let next = marginalia_model::progress::next_unreviewed(doc, here);
            Some(
                next.and_then(|k| Finding::of_key(k, &doc.analysis))
                    .ok_or("Every suggestion in this document is reviewed."),
            )
        });
        match next {
            Some(Ok(f)) => self.select(f),
            Some(Err(why)) => self.notify(why.into(), false),
            None => {}
        }
    }

    /// Tags the reader's text selection (snapped to whole words unless
    /// `exact`) with `tag`, adding the tag to the vocabulary if it is new.
    /// Returns whether an annotation was made.
    pub fn annotate_selection(&self, tag: &str, exact: bool) -> bool {
        let Some(span) = crate::selection::selected_span() else {
            self.notify("Select some text in the article first, then choose a tag.".into(), false);
            return false;
        };
        self.annotate_span(span, tag, exact)
    }

    /// Tags `span` of the open document (a selection held while the reader
    /// typed a new tag's name), as `annotate_selection` does.
    pub fn annotate_span(&self, span: marginalia_core::Span, tag: &str, exact: bool) -> bool {
        let now = js_sys::Date::now();
        let mut made = None;
        self.library.update(|lib| {
            let Some(text) = lib.current().map(|d| d.text.clone()) else { return };
            let span = if exact { span } else { snap_to_words(&text, span) };
            let Some(tag) = lib.add_tag(tag) else { return };
            made = lib.annotate(span, vec![tag], String::new(), now);
        });
        crate::selection::clear();
        if let Some(id) = made {
            self.selected.set(Some(Finding::Note(id)));
        }
        made.is_some()
    }

    /// Applies a tag (a chip or its number key): to the text selection when
    /// there is one, else on or off the selected annotation.
    pub fn apply_tag(&self, tag: &str, exact: bool) {
        if crate::selection::selected_span().is_some() {
            self.annotate_selection(tag, exact);
        } else if let Some(Finding::Note(id)) = self.selected.get_untracked() {
            self.toggle_tag(id, tag);
        } else {
            self.notify(
                "Select some text in the article, or one of your annotations, then choose a tag.".into(),
                false,
            );
        }
    }

    /// Adds `tag` to an annotation, or removes it if it is there.
    pub fn toggle_tag(&self, id: u64, tag: &str) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            let Some(tag) = lib.add_tag(tag) else { return };
            match a.tags.iter().position(|t| *t == tag) {
                Some(i) => drop(a.tags.remove(i)),
                None => a.tags.push(tag),
            }
            lib.edit(a, now);
        });
    }

    /// Moves one end of annotation `id` by a word (see `nudge`).
    pub fn move_edge(&self, id: u64, edge: Edge, forward: bool) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(doc) = lib.current() else { return };
            let Some(mut a) = doc.annotations.get(id).cloned() else { return };
            let span = nudge(&doc.text, a.span, edge, forward);
            if span != a.span {
                a.span = span;
                lib.edit(a, now);
            }
        });
    }

    /// The selected annotation's id, or a hint to select one.
    pub fn selected_note(&self) -> Option<u64> {
        match self.selected.get_untracked() {
            Some(Finding::Note(id)) => Some(id),
            _ => {
                self.notify(
                    "Select one of your annotations first: click it in the article or the panel.".into(),
                    false,
                );
                None
            }
        }
    }

    /// Edits the note and tags of one of the reader's annotations.
    pub fn edit_note(&self, id: u64, note: String, tags: Vec<String>) {
        let now = js_sys::Date::now();
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            a.note = note;
            a.tags = tags;
            lib.edit(a, now);
        });
    }

    /// Corrects who said a suggested quote (`Some("")`: unknown; `None`:
    /// back to what the core found). Accepts the quote with it; undoable.
    pub fn correct_speaker(&self, key: SuggestionKey, to: Option<String>) {
        let said = match to.as_deref().map(str::trim) {
            Some("") => "Speaker set to unknown.".to_string(),
            Some(name) => format!("Speaker set to {name}."),
            None => "Speaker back to the one found in the text.".to_string(),
        };
        let changed = self.library.try_update(|lib| lib.correct_speaker(key, to)).unwrap_or(false);
        if changed {
            self.notify(said, false);
        }
    }

    /// The words selected in the article, as a speaker's name.
    pub fn selected_words(&self) -> Option<String> {
        let span = crate::selection::selected_span()?;
        let text = self.library.with_untracked(|l| l.current().map(|d| span.text(&d.text).to_string()))?;
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        // A name, not a paragraph: a long selection is refused.
        (!name.is_empty() && name.chars().count() <= 80).then_some(name)
    }

    /// Sets the speaker of one of the reader's own quotes (`None`: unknown).
    pub fn set_note_speaker(&self, id: u64, speaker: Option<String>) {
        let now = js_sys::Date::now();
        let speaker = speaker.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        self.library.update(|lib| {
            let Some(mut a) = lib.current().and_then(|d| d.annotations.get(id)).cloned() else { return };
            if a.speaker == speaker {
                return;
            }
            a.speaker = speaker;
            lib.edit(a, now);
        });
    }

    pub fn delete_note(&self, id: u64) {
        self.selected.set(None);
        self.library.update(|lib| {
            lib.delete_annotation(id);
        });
    }

    pub fn undo(&self) {
        let mut done = false;
        self.library.update(|lib| done = lib.undo());
        if !done {
            self.notify("Nothing to undo.".into(), false);
        }
    }

    pub fn redo(&self) {
        let mut done = false;
        self.library.update(|lib| done = lib.redo());
        if !done {
            self.notify("Nothing to redo.".into(), false);
        }
    }

    /// Selects a finding and scrolls the article to it.
    pub fn select(&self, f: Finding) {
        self.selected.set(Some(f));
        // In a virtualised document its paragraph may not be painted yet.
        let at = self.library.with_untracked(|l| {
            let doc = l.current()?;
            match f {
                Finding::Note(id) => doc.annotations.get(id).map(|a| a.span.start),
                _ => f.key(&doc.analysis).map(|k| k.span().start),
            }
        });
        if let Some(at) = at {
            crate::components::reveal(at);
        }
        scroll_to(f);
    }

    /// How many times the library has changed in this visit: work begun
    /// away from it (an import planned in the worker) checks it did not.
    pub fn generation(&self) -> u64 {
        self.changes.get_untracked()
    }

    /// Shows a notice. The same text again is one notice with a count, not
    /// a pile; a message that is not an error goes away by itself after
    /// `NOTICE_SECONDS` (errors stay until dismissed).
    pub fn notify(&self, text: String, error: bool) {
        let id = self.next_notice.get_untracked();
        self.next_notice.set(id + 1);
        self.notices.update(|n| add_notice(n, Notice { id, text, error, count: 1 }));
        if !error {
            let state = *self;
            set_timeout(move || state.dismiss(id), Duration::from_secs(NOTICE_SECONDS));
        }
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
            state.changes.update(|n| *n += 1);
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let save = move || {
                pending.set_value(None);
                state.save();
            };
            pending.set_value(set_timeout_with_handle(save, Duration::from_millis(300)).ok());
        });
        // Another tab saved the library: stop saving here, say so once.
        let other_tab = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(SAVED_STAMP) && !state.conflict.get_untracked() {
                state.conflict.set(true);
                state.notify(
                    "The library was changed in another tab. This tab no longer saves, so it cannot overwrite that work: \
                     export anything you want to keep from here, then reload."
                        .into(),
                    true,
                );
            }
        });
        // Leaving with changes not yet committed: write them at once, to
        // IndexedDB and (synchronously, so it surely lands) to localStorage.
        let flush = window_event_listener(leptos::ev::pagehide, move |_| {
            // Left normally (a reload while a long document paints, too): not a
            // document that stopped the app.
            store::opened(None);
            let waiting = pending.get_value();
            let uncommitted = state.committed.get_untracked() < state.changes.get_untracked();
            if state.conflict.get_untracked() || !uncommitted {
                return;
            }
            if let Some(h) = waiting {
                h.clear();
                pending.set_value(None);
                state.save();
            }
            // Small enough for localStorage: without the texts the database
            // already holds (a 6 MB article and a new tag: a few kilobytes).
            let stored = state.stored_texts.get_value();
            let leaving = state.library.with_untracked(|lib| lib.to_leaving_json(&stored));
            if !store::local_set(store::LEFT_WITH_CHANGES, &leaving) {
                store::local_remove(store::LEFT_WITH_CHANGES);
            }
        });
        on_cleanup(move || {
            flush.remove();
            other_tab.remove();
        });
    }

    /// Starts writing the library; the write is issued before this returns
    /// (so a save from `pagehide` reaches the database), its outcome is
    /// reported when the transaction commits or fails.
    fn save(&self) {
        if !self.conflict.get_untracked() {
            self.save_json(self.library.with_untracked(Library::to_json));
        }
    }

    /// Writes `json`, the library as it is now (see `save`).
    fn save_json(&self, json: String) {
        let Some(db) = self.store.get_value() else { return };
        let change = self.changes.get_untracked();
        let ids: HashSet<u64> = self.library.with_untracked(|lib| lib.documents.iter().map(|d| d.id).collect());
        let write = db.put(LIBRARY, &json);
        let state = *self;
        leptos::task::spawn_local(async move {
            let mut written = write.await;
            // The connection may have been closed under us (the site's data
            // cleared while the tab was open): open the database again, once.
            if written.as_ref().is_err_and(|why| why.starts_with(store::CLOSED))
                && let Ok(again) = Store::open().await
            {
                written = again.put(LIBRARY, &json).await;
                state.store.set_value(Some(again));
            }
            match written {
                Ok(()) => {
                    if state.committed.get_untracked() < change {
                        state.stored_texts.set_value(ids);
                    }
                    store::local_set(SAVED_STAMP, &js_sys::Date::now().to_string());
                    // The page came back (back/forward cache): the copy
                    // written on leaving is older than this one now.
                    store::local_remove(store::LEFT_WITH_CHANGES);
                    if state.committed.get_untracked() < change {
                        state.committed.set(change);
                    }
                    // Once there is work to keep, ask the browser to keep it.
                    if !state.asked_to_persist.get_value() {
                        state.asked_to_persist.set_value(true);
                        state.persistent.set(store::ask_persistent().await);
                    }
                    if state.unsaved.get_untracked() {
                        state.unsaved.set(false);
                        state.notify("Saving works again: the library is saved in this browser.".into(), false);
                    }
                }
                Err(why) => state.storage_failed(&why),
            }
        });
    }

    /// Says once that saving fails, and why; the work stays in the tab.
    fn storage_failed(&self, why: &str) {
        if !self.unsaved.get_untracked() {
            self.unsaved.set(true);
            self.notify(
                format!(
                    "This browser refused to save the library ({why}). Your work is still here in this tab: \
                     export it (Library) before closing the tab."
                ),
                true,
            );
        }
    }
}

/// Whether finding `f` of `doc` matches the search `query`.
pub fn finding_matches(doc: &marginalia_model::Document, f: Finding, query: &str) -> bool {
    use marginalia_model::{describe, findings::matches};
    if query.trim().is_empty() {
        return true;
    }
    let a = &doc.analysis;
    let text = |s: marginalia_core::Span| s.text(&doc.text).to_string();
    match f {
        Finding::Quote(i) => a.quotes.get(i).is_some_and(|q| {
            let speaker = doc.quote_speaker(i).unwrap_or_default();
            matches(query, "quote", &[&text(q.span), &speaker, q.cue.as_deref().unwrap_or("")], &[])
        }),
        Finding::Number(i) => {
            a.numbers.get(i).is_some_and(|n| matches(query, "number", &[&text(n.span), &describe::number(n)], &[]))
        }
        Finding::Claim(i) => a.claims.get(i).is_some_and(|c| {
            let reasons: Vec<&str> = c.reasons.iter().map(|r| r.label.as_str()).collect();
            matches(query, "claim", &[&[text(c.span).as_str()], reasons.as_slice()].concat(), &[])
        }),
        Finding::Note(id) => doc
            .annotations
            .get(id)
            .is_some_and(|n| matches(query, "note", &[&text(n.span), &n.note, &n.tags.join(" ")], &n.tags)),
    }
}

/// The CSS selector of a finding's runs in the article.
pub fn finding_selector(f: Finding) -> String {
    format!(".article-body {}", run_selector(f))
}

/// The CSS selector of a finding's runs within a paragraph.
pub fn run_selector(f: Finding) -> String {
    match f {
        Finding::Quote(i) => format!("[data-quote=\"{i}\"]"),
        Finding::Number(i) => format!("[data-number=\"{i}\"]"),
        Finding::Claim(i) => format!("[data-claim=\"{i}\"]"),
        Finding::Note(id) => format!("[data-notes~=\"{id}\"]"),
    }
}

/// Scrolls the article to a finding's first highlight.
fn scroll_to(f: Finding) {
    use wasm_bindgen::JsCast;
    let selector = finding_selector(f);
    let el =
        document().query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    // To the middle of the view: at its edge the finding would sit under
    // the tag bar at the bottom (or the header at the top).
    if let Some(el) = el {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_notice_again_is_counted_not_piled() {
        let notice = |id, text: &str, error| Notice { id, text: text.into(), error, count: 1 };
        let mut list = Vec::new();
        for id in 0..6 {
            add_notice(&mut list, notice(id, "Nothing to undo.", false));
        }
        add_notice(&mut list, notice(6, "Saved elsewhere.", true));
        add_notice(&mut list, notice(7, "Nothing to undo.", true));
        let shown: Vec<(u64, &str, bool, u32)> =
            list.iter().map(|n| (n.id, n.text.as_str(), n.error, n.count)).collect();
        assert_eq!(
            shown,
            [(5, "Nothing to undo.", false, 6), (6, "Saved elsewhere.", true, 1), (7, "Nothing to undo.", true, 1)]
        );
    }
}
