//! Saved web pages. What the page says about itself and its article (found
//! by Readability, Firefox's Reader View) are gathered by `webpage.js`, in the
//! browser's `DOMParser` documents (scripts never run in them, nothing is
//! fetched, nothing is inserted into the live DOM); the worker decides on
//! them (`marginalia_model::page::decide`). `webpage.js` and `Readability.js`
//! are loaded with `<script src>` the first time a web page arrives, and the
//! worker is started then too: none of it is in the page's first load.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use marginalia_model::page::Decided;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where Trunk copies them (see index.html); same origin, so the page's CSP
/// (`script-src 'self'`) allows them. Without Readability (it could not be
/// loaded) `webpage.js` still reads the page, and says why there is no article.
const READABILITY: &str = "./Readability.js";
const WEBPAGE: &str = "./webpage.js";

/// The article of an HTML page and what the page says about itself, or the
/// page's whole text with a note saying why. `Err` only when the scripts or
/// the worker cannot run.
pub async fn read_page(html: &str, saved_from: Option<String>) -> Result<Decided, String> {
    marginalia_model::page::check_depth(html)?;
    crate::worker::warm(); // it starts while the page is read
    let gather = load_scripts().await?;
    let saved_from = saved_from.map_or(JsValue::NULL, JsValue::from);
    let gathered = gather.call2(&JsValue::NULL, &html.into(), &saved_from).map_err(|e| describe(&e))?;
    let json = gathered.as_string().ok_or("the page could not be read")?;
    let decided = crate::worker::decide_page(&json).await?;
    serde_json::from_str(&decided).map_err(|e| format!("the worker's answer could not be read: {e}"))
}

thread_local! {
    /// Loading or loaded: one pair of `<script>`s for every page that arrives.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// `marginaliaGather` from `webpage.js`, loading it and Readability the first time.
async fn load_scripts() -> Result<Function, String> {
    let window = web_sys::window().ok_or("no window")?;
    let gather = || Reflect::get(&window, &"marginaliaGather".into()).ok().and_then(|c| c.dyn_into::<Function>().ok());
    if let Some(f) = gather() {
        return Ok(f);
    }
    let loading = LOADING.with(|l| l.borrow().clone());
    let promise = match loading {
        Some(p) => p,
        None => {
            let all = js_sys::Array::of2(inject(READABILITY, false)?.as_ref(), inject(WEBPAGE, true)?.as_ref());
            let p = Promise::all(&all);
            LOADING.with(|l| *l.borrow_mut() = Some(p.clone()));
            p
        }
    };
    let loaded = JsFuture::from(promise).await;
    if loaded.is_err() || Reflect::get(&window, &"Readability".into()).map_or(true, |r| r.is_undefined()) {
        // The next page tries again (the network may be back).
        LOADING.with(|l| *l.borrow_mut() = None);
    }
    loaded.map_err(|e| describe(&e))?;
    gather().ok_or_else(|| "webpage.js did not load".to_string())
}

/// Adds `<script src>` to the page's head; the promise settles when it ran,
/// or when it could not be loaded: rejected if it is `required`.
fn inject(src: &str, required: bool) -> Result<Promise, String> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let script = doc.create_element("script").map_err(|e| describe(&e))?;
    let mut failed = None;
    let what = format!("{} could not be loaded", src.trim_start_matches("./"));
    let promise = Promise::new(&mut |resolve, reject| {
        let settle = if required { reject } else { resolve.clone() };
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let what = what.clone();
        let err = Closure::once_into_js(move || {
            let _ = settle.call1(&JsValue::NULL, &what.into());
        });
        let set =
            |name: &str, f: &JsValue| Reflect::set(&script, &name.into(), f).map(|_| ()).map_err(|e| describe(&e));
        failed = set("onload", &ok).and(set("onerror", &err)).err();
    });
    if let Some(why) = failed {
        return Err(why);
    }
    script.set_attribute("src", src).map_err(|e| describe(&e))?;
    doc.head().ok_or("no head")?.append_child(&script).map_err(|e| describe(&e))?;
    Ok(promise)
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "unknown error".into())
}
