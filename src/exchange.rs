//! Export to a downloaded file and import from a picked one, in the browser.
//! The formats themselves are `marginalia_model::exchange`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use marginalia_model::exchange::{self, Export};
use wasm_bindgen::JsCast;

use crate::state::AppState;

/// Which export the reader asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Marginalia JSON of the open document.
    Document,
    /// Marginalia JSON of the whole library.
    Library,
    /// W3C Web Annotation JSON-LD of the open document.
    W3c,
    /// Prodigy JSONL of the library's reviewed documents.
    Jsonl,
    /// CSV of the library, for spreadsheets.
    Csv,
}

fn build(state: AppState, kind: Kind) -> Option<(String, String)> {
    let now = js_sys::Date::now();
    state.library.with_untracked(|lib| {
        let current = lib.current().map(|d| (d.id, d.title.clone()));
        let only = match kind {
            Kind::Library | Kind::Jsonl | Kind::Csv => None,
            _ => Some(current.as_ref()?.0),
        };
        let export: Export = exchange::export(lib, only, true, now);
        let base = match (kind, &current) {
            (Kind::Library | Kind::Jsonl | Kind::Csv, _) | (_, None) => "marginalia-library".to_string(),
            (_, Some((_, title))) => file_stem(title),
        };
        Some(match kind {
            Kind::W3c => (format!("{base}.w3c.jsonld"), exchange::to_w3c_string(&export, None)),
            // Prodigy's JSONL (`text`, `spans`, `answer`, hashes), which spaCy
            // users and doccano read too; never-reviewed documents left out.
            Kind::Jsonl => {
                (format!("{base}.prodigy.jsonl"), exchange::to_prodigy(lib, only, exchange::Unreviewed::LeaveOut))
            }
            Kind::Csv => (format!("{base}.csv"), exchange::to_csv(lib, only)),
            Kind::Document | Kind::Library => {
                (format!("{base}.marginalia.json"), serde_json::to_string_pretty(&export).ok()?)
            }
        })
    })
}

/// A file name from a title: letters, digits and dashes, at most 60.
fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem: String = stem.chars().take(60).collect();
    if stem.is_empty() { "marginalia".into() } else { stem }
}

/// Downloads the export as a file (the browser's own download; no server).
pub fn download(state: AppState, kind: Kind) {
    let Some((name, json)) = build(state, kind) else {
        state.notify("Open a document to export it.".into(), false);
        return;
    };
    save_file(state, &name, json);
}

/// Offers `contents` as a file download named `name`.
pub fn save_file(state: AppState, name: &str, contents: String) {
    let saved = (|| {
        let parts = js_sys::Array::of1(&contents.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(if name.ends_with(".csv") { "text/csv" } else { "application/json" });
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok()
    })();
    match saved {
        Some(()) => state.notify(format!("Exported “{name}”."), false),
        None => state.notify("This browser could not save the export.".into(), true),
    }
}

/// Copies the open document's Marginalia JSON to the clipboard.
pub fn copy(state: AppState) {
    let Some((_, json)) = build(state, Kind::Document) else {
        state.notify("Open a document to copy it.".into(), false);
        return;
    };
    let promise = window().navigator().clipboard().write_text(&json);
    spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => state.notify("Copied the document and its annotations (Marginalia JSON).".into(), false),
            Err(_) => {
                state.notify("This browser did not allow copying to the clipboard; use Export instead.".into(), true)
            }
        }
    });
}

/// Copies a link that carries the open document and its annotations in the
/// URL fragment (never sent to a server).
pub fn share(state: AppState) {
    let now = js_sys::Date::now();
    let json = state.library.with_untracked(|lib| {
        let id = lib.current().map(|d| d.id)?;
        Some(exchange::share_json(&exchange::export(lib, Some(id), true, now)))
    });
    let json = match json {
        None => return state.notify("Open a document to share it.".into(), false),
        Some(Err(e)) => return state.notify(e.to_string(), true),
        Some(Ok(json)) => json,
    };
    spawn_local(async move {
        let payload = match crate::worker::share_pack(&json).await {
            Ok(p) => p,
            Err(e) => return state.notify(e, true),
        };
        let location = window().location();
        let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        let link = format!("{base}#share={payload}");
        let promise = window().navigator().clipboard().write_text(&link);
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => state.notify(
                format!(
                    "Share link copied ({} kB). It carries the article in the link itself: nothing is uploaded.",
                    link.len() / 1024
                ),
                false,
            ),
            Err(_) => state.notify("This browser did not allow copying the link.".into(), true),
        }
    });
}

/// Opens a share link the page was loaded with (`#share=…`), then removes
/// it from the address bar so a reload does not open it again.
pub fn open_shared(state: AppState) {
    let location = window().location();
    let Some(payload) = location.hash().ok().and_then(|h| h.strip_prefix("#share=").map(String::from)) else { return };
    let _ = window().history().map(|h| {
        let clean = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean))
    });
    spawn_local(async move {
        let plan = crate::worker::share_unpack(&payload).await.and_then(|json| {
            state.library.with_untracked(|lib| exchange::plan_import(lib, &json)).map_err(|e| e.to_string())
        });
        match plan {
            // A link changes the library only with the reader's yes, as a file does.
            Ok(plan) => {
                let summary = plan.summary();
                let question = format!("Open the shared document from this link?\n\n{summary}.");
                if !window().confirm_with_message(&question).unwrap_or(false) {
                    return state.notify("The share link was not opened; nothing changed.".into(), false);
                }
                state.library.update(|lib| exchange::apply_import(lib, plan));
                state.notify(format!("Opened a shared document: {summary}."), false);
            }
            Err(e) => {
                state.notify(format!("This share link could not be opened: {e} Your library is unchanged."), true)
            }
        }
    });
}

/// Reads picked files as exports: plans each import, asks the reader to
/// confirm the summary, then applies it. A bad file changes nothing.
pub fn import_files(state: AppState, files: web_sys::FileList) {
    for file in (0..files.length()).filter_map(|i| files.get(i)) {
        let name = marginalia_model::chars::shown(&file.name());
        if file.size() as usize > exchange::MAX_IMPORT_BYTES {
            state.notify(
                format!("“{name}” is larger than {} MB: not imported.", exchange::MAX_IMPORT_BYTES / 1_048_576),
                true,
            );
            continue;
        }
        spawn_local(async move {
            let blob = gloo_file::Blob::from(file);
            let text = match gloo_file::futures::read_as_text(&blob).await {
                Ok(t) => t,
                Err(e) => return state.notify(format!("“{name}” could not be read: {e}"), true),
            };
            let plan = state.library.with_untracked(|lib| exchange::plan_import(lib, &text));
            let plan = match plan {
                Ok(p) => p,
                Err(e) => {
                    return state.notify(format!("“{name}” was not imported: {e} Your library is unchanged."), true);
                }
            };
            let summary = plan.summary();
            let confirmed = window().confirm_with_message(&format!("Import “{name}”?\n\n{summary}.")).unwrap_or(false);
            if !confirmed {
                return state.notify(format!("Import of “{name}” cancelled; nothing changed."), false);
            }
            let orphans: Vec<String> = plan.orphans.iter().map(|o| format!("“{}”", o.quote)).collect();
            state.library.update(|lib| exchange::apply_import(lib, plan));
            state.notify(format!("Imported “{name}”: {summary}."), false);
            if !orphans.is_empty() {
                state.notify(format!("Not placed (the text is not in the document): {}", orphans.join(", ")), true);
            }
        });
    }
}
