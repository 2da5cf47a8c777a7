//! The page's side of Marginalia's web worker (`crates/worker`): started
//! while the page is first shown, so what it carries (the core, the
//! Markdown parser, every export format) is not part of the page's first
//! load; every text is analysed there while the page stays responsive. Requests carry an id; each reply settles
//! the request with that id. If the worker dies, every open request fails
//! with a message and the next request starts a new worker.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use marginalia_core::Analysis;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Where Trunk puts the worker's loader (see index.html).
const LOADER: &str = "./worker_loader.js";

/// How long a request waits for the worker to start listening.
const START_WITHIN_MS: i32 = 60_000;

type Settle = (Function, Function);

/// The core's entry point (`marginalia_core::analyze`).
type Analyzer = fn(&str) -> Analysis;

struct Client {
    worker: Worker,
    ready: Promise,
    pending: Rc<RefCell<HashMap<u32, Settle>>>,
    next_id: u32,
    /// Kept alive as long as the worker they listen to.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    static STAND_IN: Cell<Option<Analyzer>> = const { Cell::new(None) };
}

/// Makes analyses on the page with `analyze` instead of in the worker: for
/// the component tests, whose runner serves no worker. The app never calls
/// it, so the core is no part of the page's first load.
pub fn analyse_here(analyze: Analyzer) {
    STAND_IN.set(Some(analyze));
}

/// The plain text of a Markdown file, converted in the worker; or a message
/// naming the file when it has no text or the worker cannot run.
pub async fn markdown_article(file: &str, markdown: &str) -> Result<String, String> {
    let unavailable = |why: String| format!("“{file}” could not be converted from Markdown: {why}.");
    let data = request(&[("file", file), ("markdown", markdown)]).await.map_err(unavailable)?;
    let field = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
    match (field("text"), field("error")) {
        (Some(text), _) => Ok(text),
        (None, Some(error)) => Err(error),
        (None, None) => Err(unavailable("the worker gave no answer".into())),
    }
}

/// What a web page becomes (its text and metadata), decided in the worker
/// from what the page gathered (`marginalia_model::page::decide`).
pub async fn decide_page(gathered_json: &str) -> Result<String, String> {
    let data = request(&[("page", gathered_json)]).await?;
    Reflect::get(&data, &"page".into()).ok().and_then(|v| v.as_string()).ok_or_else(|| "no answer came back".into())
}

/// The HTML page inside an MHTML file and where it was saved from, read in
/// the worker; or a message naming the file.
pub async fn mhtml_page(file: &str, mhtml: &str) -> Result<(String, Option<String>), String> {
    let unavailable = |why: String| format!("“{file}” could not be read as a saved web page: {why}.");
    let data = request(&[("file", file), ("mhtml", mhtml)]).await.map_err(unavailable)?;
    let field = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
    match (field("html"), field("error")) {
        (Some(html), _) => Ok((html, field("location"))),
        (None, Some(error)) => Err(error),
        (None, None) => Err(unavailable("the worker gave no answer".into())),
    }
}

/// The JSON a share link's payload carries, unpacked in the worker; or why
/// the link cannot be read.
pub async fn share_unpack(payload: &str) -> Result<String, String> {
    answer(request(&[("share_unpack", payload)]).await?, "json")
}

/// A file in `kind`'s format — Marginalia JSON, a share link's payload, or
/// another tool's (see `marginalia_model::exchange::write_format`) —
/// written in the worker (its code is not part of the first load) from
/// `library` (the library as stored); or why not.
pub async fn write_format(kind: &str, library: &str, only: Option<u64>, now: f64) -> Result<String, String> {
    let (only, now) = (only.map(|id| id.to_string()).unwrap_or_default(), now.to_string());
    answer(request(&[("export", kind), ("library", library), ("only", &only), ("now", &now)]).await?, "file")
}

/// What importing `file` into `library` (as stored) would do, planned in
/// the worker (every format's reader lives there): the plan as JSON.
pub async fn plan_import(file: &str, library: &str) -> Result<String, String> {
    answer(request(&[("plan_import", file), ("library", library)]).await?, "plan")
}

/// The reply's `field`, else its `error`.
fn answer(data: JsValue, field: &str) -> Result<String, String> {
    let get = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
    get(field).ok_or_else(|| get("error").unwrap_or_else(|| "the worker gave no answer".into()))
}

/// The views across the library (who said what, figures that disagree,
/// quote variants) of `library` as stored, made in the worker.
pub async fn across(library: &str) -> Result<marginalia_model::across::Listing, String> {
    let json = answer(request(&[("across", library)]).await?, "listing")?;
    serde_json::from_str(&json).map_err(|e| format!("the views could not be read: {e}"))
}

/// The core's analysis of `text`, made in the worker (the page keeps
/// answering meanwhile); an error when the worker cannot run.
pub async fn analyze(text: &str) -> Result<Analysis, String> {
    if let Some(analyze) = STAND_IN.get() {
        return Ok(analyze(text));
    }
    let data = request(&[("analyze", text)]).await?;
    let json =
        Reflect::get(&data, &"analysis".into()).ok().and_then(|v| v.as_string()).ok_or("no analysis came back")?;
    serde_json::from_str(&json).map_err(|e| format!("the analysis could not be read: {e}"))
}

/// Starts the worker ahead of need (a long text was pasted, a big file is
/// being read), so its loading overlaps what the reader does meanwhile.
pub fn warm() {
    let _ = started();
}

/// The worker (started if it is not), as the promise that it listens.
fn started() -> Result<Promise, JsValue> {
    CLIENT.with_borrow_mut(|slot| {
        if slot.is_none() {
            *slot = Some(start()?);
        }
        Ok(slot.as_ref().expect("just started").ready.clone())
    })
}

/// Sends one request (an object of string fields) and waits for its reply.
async fn request(fields: &[(&str, &str)]) -> Result<JsValue, String> {
    let ready = started().map_err(|_| "this browser would not start a worker".to_string())?;
    // Until the worker listens, what is posted to it is lost: wait for it,
    // but not for ever (a worker whose WebAssembly cannot be fetched never
    // says so).
    let late = Promise::new(&mut |_, reject| {
        let why = JsValue::from_str("the worker did not start within a minute");
        let give_up = Closure::once_into_js(move || reject.call1(&JsValue::NULL, &why));
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), START_WITHIN_MS);
        }
    });
    JsFuture::from(Promise::race(&js_sys::Array::of2(&ready, &late))).await.map_err(|e| describe(&e))?;
    let reply = CLIENT
        .with_borrow_mut(|slot| -> Result<Promise, JsValue> {
            let client = slot.as_mut().ok_or_else(|| JsValue::from_str("the worker stopped"))?;
            let id = client.next_id;
            client.next_id += 1;
            let pending = client.pending.clone();
            let reply = Promise::new(&mut |resolve, reject| {
                pending.borrow_mut().insert(id, (resolve, reject));
            });
            let request = Object::new();
            Reflect::set(&request, &"id".into(), &id.into())?;
            for (name, value) in fields {
                Reflect::set(&request, &(*name).into(), &(*value).into())?;
            }
            client.worker.post_message(&request)?;
            Ok(reply)
        })
        .map_err(|e| describe(&e))?;
    JsFuture::from(reply).await.map_err(|e| describe(&e))
}

fn start() -> Result<Client, JsValue> {
    let worker = Worker::new(LOADER)?;
    let pending: Rc<RefCell<HashMap<u32, Settle>>> = Rc::default();
    let mut ready_settle: Option<Settle> = None;
    let ready = Promise::new(&mut |resolve, reject| ready_settle = Some((resolve, reject)));
    let ready_settle = Rc::new(ready_settle.expect("Promise::new runs its executor at once"));
    // A worker warmed ahead of need that fails to start rejects `ready` with
    // no request waiting: handled here, so it is no uncaught error.
    let handled = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = ready.catch(&handled);
    handled.forget(); // one per worker started

    let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
        let (pending, ready_settle) = (pending.clone(), ready_settle.clone());
        move |ev: MessageEvent| {
            let data = ev.data();
            if Reflect::get(&data, &"ready".into()).ok().is_some_and(|v| v.is_truthy()) {
                let _ = ready_settle.0.call0(&JsValue::NULL);
                return;
            }
            let id = Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64()).map(|v| v as u32);
            if let Some((resolve, _)) = id.and_then(|id| pending.borrow_mut().remove(&id)) {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        }
    });
    // A worker that fails to load or traps: fail what waits on it, and let
    // the next request start afresh.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new({
        let (pending, ready_settle) = (pending.clone(), ready_settle.clone());
        move |ev: web_sys::Event| {
            ev.prevent_default();
            let why = JsValue::from_str("the worker stopped");
            let _ = ready_settle.1.call1(&JsValue::NULL, &why);
            for (_, (_, reject)) in pending.borrow_mut().drain() {
                let _ = reject.call1(&JsValue::NULL, &why);
            }
            // Dropping the client here would drop this closure while it runs.
            wasm_bindgen_futures::spawn_local(async {
                if let Some(old) = CLIENT.with_borrow_mut(Option::take) {
                    old.worker.terminate();
                }
            });
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Client { worker, ready, pending, next_id: 0, _on_message: on_message, _on_error: on_error })
}

fn describe(e: &JsValue) -> String {
    e.as_string().unwrap_or_else(|| "the worker stopped".to_string())
}
