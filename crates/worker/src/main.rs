//! Marginalia's web worker. The page starts it the first time a Markdown
//! file arrives, so the Markdown parser (about 60 kB gzipped) is not part of
//! the page's first load.
//!
//! Protocol (structured-clone objects): the worker posts `{ready: true}` once
//! it listens; then for each `{id, file, markdown}` it posts back
//! `{id, text}` or `{id, error}` (a message naming the file).

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let reply = Object::new();
        let _ = Reflect::set(&reply, &"id".into(), &Reflect::get(&data, &"id".into()).unwrap_or_default());
        match marginalia_model::ingest::markdown_article(&field("file"), &field("markdown")) {
            Ok(text) => Reflect::set(&reply, &"text".into(), &text.into()),
            Err(e) => Reflect::set(&reply, &"error".into(), &e.to_string().into()),
        }
        .ok();
        let _ = reply_scope.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // listens for the worker's whole life
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

/// Natively there is nothing to run: the conversion itself is
/// `marginalia_model::ingest::markdown_article`, tested in the model.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("marginalia-worker runs in the browser; see crates/worker/src/main.rs");
}
