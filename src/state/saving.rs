//! Saving: the one place that decides when the library is written to the
//! browser's storage, and that restores it (`crate::store` says how).

use std::collections::HashSet;
use std::time::Duration;

use leptos::prelude::*;
use marginalia_model::Library;
use wasm_bindgen::JsCast;

use super::Notices;
use crate::store::{self, LIBRARY, SAVED_STAMP, Store, UNREADABLE};

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

/// The library's saving: what is written, what is committed, and what
/// went wrong.
#[derive(Clone, Copy)]
pub struct Saving {
    /// Read only: saving never changes the library.
    library: RwSignal<Library>,
    notices: Notices,
    /// Another tab saved the library: this tab stops saving rather than
    /// overwrite that work.
    conflict: RwSignal<bool>,
    /// The last save failed (storage full or disabled), or there is no storage.
    unsaved: RwSignal<bool>,
    /// Changes made, and changes known to be committed to storage.
    changes: RwSignal<u64>,
    committed: RwSignal<u64>,
    /// A stored library that could not be read, kept for the reader.
    unreadable: RwSignal<Option<String>>,
    /// Whether the browser promised to keep the storage (`None`: not asked,
    /// or the browser offers no such promise).
    persistent: RwSignal<Option<bool>>,
    asked_to_persist: StoredValue<bool>,
    store: StoredValue<Option<Store>, LocalStorage>,
    /// The documents whose text the database holds (as of the last save
    /// that committed): the copy written on leaving can leave them out.
    stored_texts: StoredValue<HashSet<u64>>,
    /// The change the copy written on leaving holds: an older save that
    /// commits after it does not remove it.
    left_at: StoredValue<u64>,
    /// The library's index as the database holds it (restored or last
    /// written): a change that leaves it as it is (a document analysed again
    /// when the app starts) writes nothing, and tells no other tab.
    stored_index: StoredValue<Option<String>>,
    /// The change of the last write begun.
    issued: StoredValue<u64>,
}

/// `json` (a stored library, or a copy written on leaving) with the texts
/// it leaves out read from their own keys, and the ids of those found.
/// Missing texts stay out (`Library::from_stored` then says so).
/// A text that cannot be read (not one that is missing) is an error: the
/// library is then not opened, so nothing is saved over it.
async fn with_stored_texts(db: &Store, json: String) -> Result<(String, HashSet<u64>), String> {
    let ids = Library::texts_left_out(&json);
    if ids.is_empty() {
        return Ok((json, HashSet::new()));
    }
    let mut texts = Vec::new();
    for id in ids {
        if let Some(text) = db.get(&store::text_key(id)).await? {
            texts.push((id, text));
        }
    }
    let apart = texts.iter().map(|(id, _)| *id).collect();
    Ok(match Library::fill_texts(&json, &texts) {
        Some((whole, _missing)) => (whole, apart),
        None => (json, apart),
    })
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

impl Saving {
    pub fn new(library: RwSignal<Library>, notices: Notices) -> Self {
        Self {
            library,
            notices,
            conflict: RwSignal::new(false),
            unsaved: RwSignal::new(false),
            changes: RwSignal::new(0),
            committed: RwSignal::new(0),
            unreadable: RwSignal::new(None),
            persistent: RwSignal::new(None),
            asked_to_persist: StoredValue::new(false),
            store: StoredValue::new_local(None),
            stored_texts: StoredValue::new(HashSet::new()),
            left_at: StoredValue::new(0),
            stored_index: StoredValue::new(None),
            issued: StoredValue::new(0),
        }
    }

    /// The library as stored, if there is one.
    /// A library written by a version that kept it in localStorage moves to
    /// IndexedDB. One that cannot be read is kept untouched, never saved over.
    pub async fn restore(&self) -> Option<Library> {
        let state = *self;
        let db = match Store::open().await {
            Ok(db) => db,
            Err(why) => {
                state.storage_failed(&why);
                return None;
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
        let mut kept_leaving = false;
        if let Some(leaving) = store::local_get(store::LEFT_WITH_CHANGES) {
            let read = async {
                let stored = match db.get(LIBRARY).await? {
                    Some(json) => Some(with_stored_texts(&db, json).await?.0),
                    None => None,
                };
                // With the texts found apart, if any were (else as it was).
                let (filled, found) = with_stored_texts(&db, leaving.clone()).await?;
                Ok::<_, String>((stored, if found.is_empty() { leaving.clone() } else { filled }))
            };
            let (stored, filled) = match read.await {
                Ok(read) => read,
                Err(why) => {
                    state.storage_failed(&why);
                    return None;
                }
            };
            match Library::merge_leaving(&filled, stored.as_deref()).filter(|json| Library::parses(json)) {
                Some(json) => {
                    if db.put(LIBRARY, &json).await.is_ok() {
                        store::local_remove(store::LEFT_WITH_CHANGES);
                    }
                }
                // A text it left out is not in the database either (the
                // site's data was cleared meanwhile): kept, and said.
                None => {
                    kept_leaving = true;
                    // With the texts that could be found: the cleaning below
                    // may let the others go.
                    if keep_aside(&db, &filled).await.is_ok() {
                        store::local_remove(store::LEFT_WITH_CHANGES);
                    }
                    state.notices.say(
                        "Changes made just before the last visit ended could not be joined to the saved library (the \
                         browser's copy of it is missing or changed). They are kept: download them with “Download it” in the Library."
                            .into(),
                        true,
                    );
                }
            }
        }
        let mut restored = None;
        match db.get(LIBRARY).await {
            Ok(None) => {}
            Ok(Some(stored)) => {
                let (json, apart) = match with_stored_texts(&db, stored.clone()).await {
                    Ok(read) => read,
                    Err(why) => {
                        state.storage_failed(&why);
                        return None;
                    }
                };
                match Library::from_stored(&json) {
                    Ok((mut lib, damage)) => {
                        // Damage set aside: the library as stored is kept for the
                        // reader, and they are told what was left out.
                        if !damage.is_empty() && keep_aside(&db, &json).await.is_ok() {
                            state.notices.say(
                                format!(
                                    "Your saved library was damaged: {}. The rest opened as it was; the library as stored is kept — download it with “Download it” in the Library.",
                                    damage.join("; ")
                                ),
                                true,
                            );
                            // Saved as it opened, so the damage is not met again.
                            let _ = db.put(LIBRARY, &lib.to_json()).await;
                        }
                        state.not_reopening(&mut lib);
                        // The texts the database holds apart: saves leave them out.
                        state.stored_texts.set_value(apart);
                        if damage.is_empty() {
                            state.stored_index.set_value(Some(stored.clone()));
                        }
                        // Texts of documents no longer in the library (removed in
                        // an earlier visit, whose undo is gone) are let go.
                        // Only those no document of the library as stored
                        // has (see `Library::unused_texts`).
                        if !kept_leaving {
                            let db = db.clone();
                            // (Restoring runs before the app is mounted, so
                            // before Leptos's executor is set up.)
                            wasm_bindgen_futures::spawn_local(async move {
                                let ids = db.text_ids().await.unwrap_or_default();
                                let unused: Vec<String> =
                                    Library::unused_texts(&stored, &ids).into_iter().map(store::text_key).collect();
                                if !unused.is_empty() {
                                    let _ = db.delete_all(&unused).await;
                                }
                            });
                        }
                        restored = Some(lib);
                    }
                    Err(e) => {
                        // Keep what was stored rather than overwrite it; if even
                        // the copy fails, this tab does not save at all.
                        let kept = keep_aside(&db, &json).await;
                        state.notices.say(
                            format!(
                                "Your saved library could not be read ({e}). It was kept as it was: download it with “Download it” in the Library."
                            ),
                            true,
                        );
                        if let Err(why) = kept {
                            state.unreadable.set(Some(json));
                            state.storage_failed(&why);
                            return None;
                        }
                    }
                }
            }
            Err(why) => {
                state.storage_failed(&why);
                return None;
            }
        }
        state.unreadable.set(db.get(UNREADABLE).await.ok().flatten());
        state.store.set_value(Some(db));
        restored
    }

    /// The last visit ended while a document was being opened, perhaps
    /// because opening it stopped the app: it stays in the library, closed.
    fn not_reopening(&self, lib: &mut Library) {
        let Some(id) = store::local_get(store::OPENING).and_then(|v| v.parse::<u64>().ok()) else { return };
        store::local_remove(store::OPENING);
        let Some(title) = lib.current().filter(|d| d.id == id).map(|d| d.title.clone()) else { return };
        lib.current = None;
        self.notices.say(
            format!(
                "The last visit ended while “{title}” was being opened. In case that is what stopped the app, it was \
                 not opened again: it is still in your library, open it from there."
            ),
            true,
        );
    }

    /// Whether the work shown is saved, for the header's status.
    pub fn status(&self) -> SaveStatus {
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

    /// A stored library that could not be read, kept for the reader (tracked).
    pub fn unreadable(&self) -> Option<String> {
        self.unreadable.get()
    }

    /// Whether the browser promised to keep the storage.
    pub fn persistent(&self) -> Option<bool> {
        self.persistent.get()
    }

    /// How many times the library has changed in this visit: work begun
    /// away from it (an import planned in the worker) checks it did not.
    pub fn generation(&self) -> u64 {
        self.changes.get_untracked()
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
                state.notices.say(
                    "The library was changed in another tab. This tab no longer saves, so it cannot overwrite that work: \
                     export anything you want to keep from here, then reload."
                        .into(),
                    true,
                );
            }
        });
        // Leaving with changes not yet committed: write them at once, to
        // IndexedDB and (synchronously, so it surely lands) to localStorage.
        let leave = move || {
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
            if store::local_set(store::LEFT_WITH_CHANGES, &leaving) {
                state.left_at.set_value(state.changes.get_untracked());
            } else {
                store::local_remove(store::LEFT_WITH_CHANGES);
            }
        };
        let flush = window_event_listener(leptos::ev::pagehide, move |_| {
            // Left normally (a reload while a long document paints, too): not a
            // document that stopped the app.
            store::opened(None);
            // A note or a speaker being typed is saved when its field is left
            // ("change"): leave it now, so what was typed is kept. The change
            // is counted by the effect above, which runs as a microtask; the
            // flush is queued after it.
            let typing = document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(field) = typing.filter(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA")) {
                let _ = field.blur();
                wasm_bindgen_futures::spawn_local(async move { leave() });
            } else {
                leave();
            }
        });
        on_cleanup(move || {
            flush.remove();
            other_tab.remove();
        });
    }

    /// Starts writing the library — its index, and the texts not stored
    /// yet, in one transaction; the write is issued before this returns
    /// (so a save from `pagehide` reaches the database), its outcome is
    /// reported when the transaction commits or fails.
    fn save(&self) {
        if self.conflict.get_untracked() {
            return;
        }
        let Some(db) = self.store.get_value() else { return };
        let change = self.changes.get_untracked();
        let state = *self;
        // The library's index, and the texts the database does not hold yet.
        let entries = move |stored: &HashSet<u64>| {
            let (index, texts) = state.library.with_untracked(|lib| lib.to_parts(stored));
            let ids: Vec<u64> = texts.iter().map(|(id, _)| *id).collect();
            let mut entries: Vec<(String, String)> =
                texts.into_iter().map(|(id, text)| (store::text_key(id), text)).collect();
            entries.push((LIBRARY.to_string(), index));
            (entries, ids)
        };
        // A document removed meanwhile is no longer counted as stored: if an
        // undo brings it back, its text is written again (another tab may
        // have let it go).
        let present: HashSet<u64> = self.library.with_untracked(|lib| lib.documents.iter().map(|d| d.id).collect());
        self.stored_texts.update_value(|stored| stored.retain(|id| present.contains(id)));
        let (first, mut ids) = entries(&self.stored_texts.get_value());
        // Nothing the database does not hold already (and no write still
        // on its way that might hold something else).
        if let [(key, index)] = first.as_slice()
            && key == LIBRARY
            && self.committed.get_untracked() >= self.issued.get_value()
            && self.stored_index.with_value(|stored| stored.as_deref() == Some(index.as_str()))
        {
            self.committed.set(change);
            return;
        }
        self.issued.set_value(change);
        let index = first.last().map(|(_, index)| index.clone());
        let write = db.put_all(&first);
        drop(first);
        leptos::task::spawn_local(async move {
            let mut written = write.await;
            // The connection may have been closed under us (the site's data
            // cleared while the tab was open): open the database again, once,
            // and write every text again, for the clearing took them too.
            if written.as_ref().is_err_and(|why| why.starts_with(store::CLOSED))
                && let Ok(again) = Store::open().await
            {
                state.stored_texts.set_value(HashSet::new());
                let (all, all_ids) = entries(&HashSet::new());
                ids = all_ids;
                written = again.put_all(&all).await;
                state.store.set_value(Some(again));
            }
            match written {
                Ok(()) => {
                    state.stored_texts.update_value(|stored| stored.extend(ids));
                    if change >= state.issued.get_value() {
                        state.stored_index.set_value(index);
                    }
                    store::local_set(SAVED_STAMP, &js_sys::Date::now().to_string());
                    // The page came back (back/forward cache): the copy
                    // written on leaving is older than this one now — unless
                    // this save is older than it (one that commits while the
                    // page is being left, before the save the leaving began).
                    if change >= state.left_at.get_value() {
                        store::local_remove(store::LEFT_WITH_CHANGES);
                    }
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
                        state.notices.say("Saving works again: the library is saved in this browser.".into(), false);
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
            self.notices.say(
                format!(
                    "This browser refused to save the library ({why}). Your work is still here in this tab: \
                     export it (Library) before closing the tab."
                ),
                true,
            );
        }
    }
}
