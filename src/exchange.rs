//! Export to a downloaded file and import from a picked one, in the browser.
//! The formats themselves are `marginalia_model::exchange`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use marginalia_model::exchange;
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
    /// doccano JSONL of the library's reviewed documents.
    Doccano,
    /// Label Studio tasks (decisions as annotations, pending suggestions as predictions).
    LabelStudio,
    /// JSONL of spans that spaCy's `Example.from_dict` reads.
    Spacy,
    /// schema.org ClaimReview (JSON-LD) of the claims given a verdict.
    ClaimReview,
}

/// Which document an export covers (`None`: all) and its file name's stem;
/// `None` when it needs an open document and none is.
fn target(lib: &marginalia_model::Library, kind: Kind) -> Option<(Option<u64>, String)> {
    let current = lib.current().map(|d| (d.id, d.title.clone()));
    Some(match kind {
        Kind::Library | Kind::Jsonl | Kind::Csv | Kind::Doccano | Kind::LabelStudio | Kind::Spacy => {
            (None, "marginalia-library".to_string())
        }
        Kind::ClaimReview => (None, "marginalia-fact-checks".to_string()),
        Kind::Document | Kind::W3c => {
            let (id, title) = current?;
            (Some(id), file_stem(&title))
        }
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
/// Every format is written in the worker, whose code is loaded only when
/// one is asked for.
pub fn download(state: AppState, kind: Kind) {
    let (format, extension) = match kind {
        Kind::Document | Kind::Library => ("marginalia", "marginalia.json"),
        Kind::W3c => ("w3c", "w3c.jsonld"),
        // Prodigy's JSONL (`text`, `spans`, `answer`, hashes), which spaCy
        // users and doccano read too; never-reviewed documents left out.
        Kind::Jsonl => ("prodigy", "prodigy.jsonl"),
        Kind::Csv => ("csv", "csv"),
        Kind::Doccano => ("doccano", "doccano.jsonl"),
        Kind::LabelStudio => ("label-studio", "label-studio.json"),
        Kind::Spacy => ("spacy", "spacy.jsonl"),
        Kind::ClaimReview => ("claimreview", "claimreview.jsonld"),
    };
    if kind == Kind::ClaimReview && state.peek_library(marginalia_model::Library::publishable_count) == 0 {
        let said = match state.peek_library(marginalia_model::Library::verdict_count) {
            0 => "No claim has a verdict yet: open a claim's “Check…” (or select it and press c), choose a verdict, mark it done and save; then export.".to_string(),
            n => format!("ClaimReview publishes finished checks only: {n} with a verdict are still to check or being checked. Mark a check “done” to export it."),
        };
        return state.notices.say(said, false);
    }
    let Some((only, base, library)) =
        state.peek_library(|lib| target(lib, kind).map(|(only, base)| (only, base, lib.to_json_of(only))))
    else {
        return state.notices.say("Open a document to export it.".into(), false);
    };
    let name = format!("{base}.{extension}");
    state.busy.set(Some(format!("Writing “{name}”…")));
    spawn_local(async move {
        let written = crate::worker::write_format(format, &library, only, js_sys::Date::now()).await;
        state.busy.set(None);
        match written {
            Ok(file) => save_file(state, &name, file),
            Err(e) => state.notices.say(format!("“{name}” could not be written: {e}."), true),
        }
    });
}

/// What importing `file` would do, planned in the worker against the
/// library as it is now; an error when the library changed meanwhile (the
/// plan's annotation ids would no longer be free).
async fn plan(state: AppState, file: &str) -> Result<exchange::ImportPlan, String> {
    let (library, changes) = (state.peek_library(|l| l.to_json_of(None)), state.saving.generation());
    let plan = crate::worker::plan_import(file, &library).await?;
    if state.saving.generation() != changes {
        return Err("the library changed while the file was read; import it again".into());
    }
    serde_json::from_str(&plan).map_err(|e| format!("the plan could not be read: {e}"))
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
        Some(()) => state.notices.say(format!("Exported “{name}”."), false),
        None => state.notices.say("This browser could not save the export.".into(), true),
    }
}

/// The open document written in the worker as `format` (see
/// `marginalia_model::exchange::write_format`).
async fn open_document_as(state: AppState, format: &str) -> Result<String, String> {
    let (id, library) = state
        .peek_library(|lib| {
            let id = lib.current().map(|d| d.id)?;
            Some((id, lib.to_json_of(Some(id))))
        })
        .ok_or("open a document first")?;
    crate::worker::write_format(format, &library, Some(id), js_sys::Date::now()).await
}

/// Puts what `text` resolves to on the clipboard. The clipboard is asked at
/// once, while the click that asked is still the reader's (Safari refuses a
/// write that comes after an await): with a `ClipboardItem` whose contents
/// are still being made. Where there is no `ClipboardItem`, the text is
/// written when it is ready. `said` turns the text into the notice.
fn to_clipboard(
    state: AppState,
    text: std::pin::Pin<Box<dyn Future<Output = Result<String, String>>>>,
    said: fn(&str) -> String,
) {
    use js_sys::{Array, Function, Object, Promise, Reflect};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::{JsFuture, future_to_promise};
    // What was made (or why not), for the notice once the clipboard has it.
    let made: Rc<RefCell<Option<Result<String, String>>>> = Rc::default();
    let keep = made.clone();
    let contents = future_to_promise(async move {
        let text = text.await;
        *keep.borrow_mut() = Some(text.clone());
        let text = text.map_err(|e| JsValue::from_str(&e))?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&text.as_str().into()), &options)?;
        Ok(blob.into())
    });
    let clipboard = window().navigator().clipboard();
    let written: Result<Promise, JsValue> = (|| {
        let item_type: Function = Reflect::get(&window(), &"ClipboardItem".into())?.dyn_into()?;
        let data = Object::new();
        Reflect::set(&data, &"text/plain".into(), &contents)?;
        let item = Reflect::construct(&item_type, &Array::of1(&data))?;
        let write: Function = Reflect::get(&clipboard, &"write".into())?.dyn_into()?;
        write.call1(&clipboard, &Array::of1(&item))?.dyn_into()
    })();
    spawn_local(async move {
        let outcome = match written {
            Ok(promise) => JsFuture::from(promise).await.map(|_| ()),
            // No ClipboardItem here: write the text once it is made.
            Err(_) => match JsFuture::from(contents).await {
                Ok(_) => {
                    let text = made.borrow().clone().and_then(Result::ok).unwrap_or_default();
                    JsFuture::from(clipboard.write_text(&text)).await.map(|_| ())
                }
                Err(e) => Err(e),
            },
        };
        let text = made.borrow_mut().take();
        match (outcome, text) {
            (Ok(()), Some(Ok(text))) => state.notices.say(said(&text), false),
            // The text could not be made: why, in the reader's words.
            (_, Some(Err(why))) => state.notices.say(why, true),
            _ => state
                .notices
                .say("This browser did not allow copying to the clipboard; use Export instead.".into(), true),
        }
    });
}

/// Copies the open document's Marginalia JSON to the clipboard.
pub fn copy(state: AppState) {
    if state.peek_library(|lib| lib.current().is_none()) {
        return state.notices.say("Open a document to copy it.".into(), false);
    }
    let json = async move {
        open_document_as(state, "marginalia").await.map_err(|e| format!("The document could not be copied: {e}."))
    };
    to_clipboard(state, Box::pin(json), |_| "Copied the document and its annotations (Marginalia JSON).".into());
}

/// Copies a link that carries the open document and its annotations in the
/// URL fragment (never sent to a server), packed in the worker.
pub fn share(state: AppState) {
    if state.peek_library(|lib| lib.current().is_none()) {
        return state.notices.say("Open a document to share it.".into(), false);
    }
    let link = async move {
        let payload = open_document_as(state, "share-link").await?;
        let location = window().location();
        let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        Ok(format!("{base}#share={payload}"))
    };
    to_clipboard(state, Box::pin(link), |link| {
        format!(
            "Share link copied ({} kB). It carries the article in the link itself: nothing is uploaded.",
            link.len() / 1024
        )
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
        let plan = match crate::worker::share_unpack(&payload).await {
            Ok(json) => plan(state, &json).await,
            Err(e) => Err(e),
        };
        match plan {
            // A link changes the library only with the reader's yes, as a file does.
            Ok(plan) => {
                let summary = plan.summary();
                let question = format!("Open the shared document from this link?\n\n{summary}.");
                if !window().confirm_with_message(&question).unwrap_or(false) {
                    return state.notices.say("The share link was not opened; nothing changed.".into(), false);
                }
                state.apply_import(plan);
                state.notices.say(format!("Opened a shared document: {summary}."), false);
            }
            Err(e) => {
                state.notices.say(format!("This share link could not be opened: {e} Your library is unchanged."), true)
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
            state.notices.say(
                format!("“{name}” is larger than {} MB: not imported.", exchange::MAX_IMPORT_BYTES / 1_048_576),
                true,
            );
            continue;
        }
        spawn_local(async move {
            let blob = gloo_file::Blob::from(file);
            let text = match gloo_file::futures::read_as_text(&blob).await {
                Ok(t) => t,
                Err(e) => return state.notices.say(format!("“{name}” could not be read: {e}"), true),
            };
            state.busy.set(Some(format!("Reading “{name}”…")));
            let plan = plan(state, &text).await;
            state.busy.set(None);
            let plan = match plan {
                Ok(p) => p,
                Err(e) => {
                    return state
                        .notices
                        .say(format!("“{name}” was not imported: {e} Your library is unchanged."), true);
                }
            };
            let summary = plan.summary();
            let confirmed = window().confirm_with_message(&format!("Import “{name}”?\n\n{summary}.")).unwrap_or(false);
            if !confirmed {
                return state.notices.say(format!("Import of “{name}” cancelled; nothing changed."), false);
            }
            let orphans: Vec<String> = plan.orphans.iter().map(|o| format!("“{}”", o.quote)).collect();
            state.apply_import(plan);
            state.notices.say(format!("Imported “{name}”: {summary}."), false);
            if !orphans.is_empty() {
                state
                    .notices
                    .say(format!("Not placed (the text is not in the document): {}", orphans.join(", ")), true);
            }
        });
    }
}
