use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Article, Findings, LibraryList, Loader, Notices};
use crate::files::load_files;
use crate::state::AppState;

/// The whole app: restores the library, persists it, and lays out the page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::restore();
    state.persist();
    // Run the core once on a sample while the reader looks at the page, so
    // the browser has compiled it by the first real paste.
    set_timeout(|| drop(marginalia_core::analyze(WARM_UP)), std::time::Duration::from_millis(50));
    view! { <Shell state/> }
}

const WARM_UP: &str = "Warm Up Headline\n\n“We will see,” Ukrainian President Volodymyr Zelensky said on Monday. \
    Russia launched 13,897 missiles and drones in 2024, about 38 per day, a 300% increase, officials said. \
    Trump told reporters that “there may be some changes” within two weeks.\n\nPost a Comment";

/// The page for a given state (tests mount it with a fresh state).
#[component]
pub fn Shell(state: AppState) -> impl IntoView {
    provide_context(state);
    let dragging = RwSignal::new(false);

    // Paste anywhere outside a text field: the clipboard's text becomes a document.
    let paste = window_event_listener(ev::paste, move |ev: web_sys::ClipboardEvent| {
        if in_text_field(ev.target()) {
            return;
        }
        if let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) {
            ev.prevent_default();
            state.add_text(None, marginalia_model::ingest::normalize_newlines(&text));
        }
    });
    // Alt+↓ / Alt+↑ switch documents.
    let keys = window_event_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() && !in_text_field(ev.target()) {
            match ev.key().as_str() {
                "ArrowDown" => state.step(1),
                "ArrowUp" => state.step(-1),
                _ => return,
            }
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        paste.remove();
        keys.remove();
    });

    let has_docs = move || state.library.with(|l| !l.documents.is_empty());
    view! {
        <div
            class="app"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |ev: ev::DragEvent| {
                if ev.related_target().is_none() {
                    dragging.set(false);
                }
            }
            on:drop=move |ev: ev::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
                    load_files(state, files);
                }
            }
        >
            <header class="topbar">
                <h1 class="brand">"Marginalia"</h1>
                <p class="tagline">"Quotes, numbers and check-worthy claims — found in your browser, never uploaded."</p>
            </header>
            <Notices/>
            <div class="drop-overlay" aria-hidden="true">"Drop articles to add them"</div>
            <main class="layout" class:empty=move || !has_docs()>
                <aside class="sidebar" aria-label="Library">
                    <Loader/>
                    <LibraryList/>
                </aside>
                <Article/>
                <Findings/>
            </main>
        </div>
    }
}

fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA")
            || el.closest("[contenteditable]").ok().flatten().is_some()
    })
}
