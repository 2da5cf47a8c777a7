//! Marginalia's web worker. The page starts it while it is first shown: it
//! makes every analysis (so the core is no part of the page's first load,
//! and the page answers while a long text is analysed), converts Markdown,
//! decides on web pages, and reads and writes every exchange format.
//!
//! Protocol (structured-clone objects): the worker posts `{ready: true}` once
//! it listens; then it answers each request with the request's `id`:
//! `{id, file, markdown}` → `{id, text}` or `{id, error}` (a message naming
//! the file); `{id, analyze}` → `{id, analysis, ms}`: the core's `Analysis` as JSON and
//! the milliseconds the analysis took; `{id, page}` (what the page gathered
//! from a web page, `marginalia_model::page::Gathered` as JSON) → `{id, page}`
//! (`Decided` as JSON: the text and metadata); `{id, file, mhtml}` →
//! `{id, html, location}` or `{id, error}`; `{id, share_unpack: payload}` →
//! `{id, json}` or `{id, error}` (a share link's payload,
//! `marginalia_model::exchange`); `{id, export: kind, library, only, now}` →
//! `{id, file}` (Marginalia JSON, a share link's payload or a file in another
//! tool's format, `exchange::write_format`, from the library as stored) and
//! `{id, plan_import: file, library}` → `{id, plan}` (`exchange::ImportPlan`
//! as JSON), or `{id, error}`: every format's reader and writer lives here,
//! not in the page's first load. `{id, across: library}` → `{id, listing}`
//! (`marginalia_model::across::Listing` as JSON): the views across the
//! library, made here where the analyses are.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let reply = Object::new();
        let _ = Reflect::set(&reply, &"id".into(), &Reflect::get(&data, &"id".into()).unwrap_or_default());
        if let Some(text) = Reflect::get(&data, &"analyze".into()).ok().and_then(|v| v.as_string()) {
            let clock = reply_scope.performance();
            let started = clock.as_ref().map_or(0.0, web_sys::Performance::now);
            let analysis = marginalia_core::analyze(&text);
            // How long the analysis alone took: `make bench` compares it with native.
            let ms = clock.as_ref().map_or(0.0, web_sys::Performance::now) - started;
            let json = serde_json::to_string(&analysis).unwrap_or_default();
            let _ = Reflect::set(&reply, &"analysis".into(), &json.into());
            let _ = Reflect::set(&reply, &"ms".into(), &ms.into());
        } else if let Some(json) = Reflect::get(&data, &"page".into()).ok().and_then(|v| v.as_string()) {
            let gathered = serde_json::from_str(&json).unwrap_or_default();
            let decided = marginalia_model::page::decide(gathered);
            let _ = Reflect::set(&reply, &"page".into(), &serde_json::to_string(&decided).unwrap_or_default().into());
        } else if let Some(payload) = Reflect::get(&data, &"share_unpack".into()).ok().and_then(|v| v.as_string()) {
            let _ = match marginalia_model::exchange::share_decode(&payload) {
                Ok(json) => Reflect::set(&reply, &"json".into(), &json.into()),
                Err(e) => Reflect::set(&reply, &"error".into(), &e.to_string().into()),
            };
        } else if let Some(kind) = Reflect::get(&data, &"export".into()).ok().and_then(|v| v.as_string()) {
            let only = field("only").parse::<u64>().ok();
            let now = field("now").parse::<f64>().unwrap_or(0.0);
            let written = marginalia_model::Library::from_json(&field("library"))
                .map_err(|e| format!("the library could not be read: {e}"))
                .and_then(|lib| {
                    marginalia_model::exchange::write_format(&lib, &kind, only, now).map_err(|e| e.to_string())
                });
            let _ = match written {
                Ok(file) => Reflect::set(&reply, &"file".into(), &file.into()),
                Err(e) => Reflect::set(&reply, &"error".into(), &e.into()),
            };
        } else if let Some(file) = Reflect::get(&data, &"plan_import".into()).ok().and_then(|v| v.as_string()) {
            let planned = marginalia_model::Library::from_json(&field("library"))
                .map_err(|e| format!("the library could not be read: {e}"))
                .and_then(|lib| marginalia_model::exchange::plan_import(&lib, &file).map_err(|e| e.to_string()))
                .and_then(|plan| serde_json::to_string(&plan).map_err(|e| e.to_string()));
            let _ = match planned {
                Ok(plan) => Reflect::set(&reply, &"plan".into(), &plan.into()),
                Err(e) => Reflect::set(&reply, &"error".into(), &e.into()),
            };
        } else if let Some(library) = Reflect::get(&data, &"across".into()).ok().and_then(|v| v.as_string()) {
            let _ = match across(&library) {
                Ok(listing) => Reflect::set(&reply, &"listing".into(), &listing.into()),
                Err(e) => Reflect::set(&reply, &"error".into(), &e.into()),
            };
        } else if let Some(text) = Reflect::get(&data, &"mhtml".into()).ok().and_then(|v| v.as_string()) {
            match marginalia_model::mhtml::page_of(&field("file"), &text) {
                Ok((html, location)) => {
                    let _ = Reflect::set(&reply, &"html".into(), &html.into());
                    let _ = Reflect::set(&reply, &"location".into(), &location.map_or(JsValue::NULL, JsValue::from));
                }
                Err(e) => {
                    let _ = Reflect::set(&reply, &"error".into(), &e.to_string().into());
                }
            }
        } else {
            match marginalia_model::ingest::markdown_article(&field("file"), &field("markdown")) {
                Ok(text) => Reflect::set(&reply, &"text".into(), &text.into()),
                Err(e) => Reflect::set(&reply, &"error".into(), &e.to_string().into()),
            }
            .ok();
        }
        let _ = reply_scope.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // listens for the worker's whole life
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
    // Run the core once on a sample, so the browser has compiled its code
    // by the first real paste (requests wait in the queue meanwhile).
    drop(marginalia_core::analyze(WARM_UP));
}

/// The views across the library (`marginalia_model::across::Listing`, as
/// JSON) of a library as stored. Each text's analysis is kept for the
/// next time, so the view opens again at once.
#[cfg(target_arch = "wasm32")]
fn across(library: &str) -> Result<String, String> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::{DefaultHasher, Hash, Hasher};
    thread_local! {
        static ANALYSES: RefCell<HashMap<u64, marginalia_core::Analysis>> = RefCell::new(HashMap::new());
    }
    let (mut lib, _) =
        marginalia_model::Library::from_stored(library).map_err(|e| format!("the library could not be read: {e}"))?;
    let texts: Vec<(u64, u64)> = lib
        .documents
        .iter()
        .map(|d| {
            let mut h = DefaultHasher::new();
            d.text.hash(&mut h);
            (d.id, h.finish())
        })
        .collect();
    ANALYSES.with_borrow_mut(|cache| {
        // Only the library's texts are kept: a removed document's analysis goes.
        cache.retain(|hash, _| texts.iter().any(|(_, h)| h == hash));
        for (id, hash) in texts {
            let analysis = match cache.get(&hash) {
                Some(a) => a.clone(),
                None => {
                    let text = lib.documents.iter().find(|d| d.id == id).map(|d| d.text.as_str()).unwrap_or_default();
                    let a = marginalia_core::analyze(text);
                    cache.insert(hash, a.clone());
                    a
                }
            };
            lib.set_analysis(id, Ok(analysis));
        }
    });
    let listing = marginalia_model::across::listing(&lib, &|n| marginalia_model::describe::value(n as f64));
    serde_json::to_string(&listing).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
const WARM_UP: &str = "Warm Up Headline\n\n“We will see,” Ukrainian President Volodymyr Zelensky said on Monday. \
    Russia launched 13,897 missiles and drones in 2024, about 38 per day, a 300% increase, officials said. \
    Trump told reporters that “there may be some changes” within two weeks.\n\nPost a Comment";

/// Natively there is nothing to run: the conversion itself is
/// `marginalia_model::ingest::markdown_article`, tested in the model.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("marginalia-worker runs in the browser; see crates/worker/src/main.rs");
}
