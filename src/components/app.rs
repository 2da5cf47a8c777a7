use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use marginalia_model::annotation::Review;

use super::{Across, Article, Findings, HelpSheet, LibraryList, Loader, Notices, TagBar, Why};
use crate::files::load_files;
use crate::keys::{self, Action};
use crate::state::{AppState, PANES, SaveStatus, analysing};

/// The whole app, for a state restored from storage (`AppState::restore`):
/// persists it, opens a share link, and lays out the page.
#[component]
pub fn App(state: AppState) -> impl IntoView {
    state.saving.persist();
    crate::exchange::open_shared(state);
    // A share link pasted into the address bar of an open tab.
    let shared = window_event_listener(ev::hashchange, move |_| crate::exchange::open_shared(state));
    on_cleanup(move || shared.remove());
    // The worker, which makes every analysis, loads while the reader looks
    // at the page, so it is ready by the first paste.
    set_timeout(crate::worker::warm, std::time::Duration::from_millis(50));
    // So does the browser's number formatter: made the first time, it takes
    // tens of milliseconds (measured: 60 ms of a first 50 kB paste).
    set_timeout(crate::locale::warm, std::time::Duration::from_millis(100));
    // And the page's own code, shown a sample once out of sight, shortly
    // after the page is first shown, when the reader's first article is
    // still to come (`warmup`).
    set_timeout(
        move || {
            if state.peek_library(|l| l.documents.is_empty()) {
                leptos::task::spawn_local(async {
                    crate::warmup::rehearse().await;
                });
            }
        },
        std::time::Duration::from_millis(60),
    );
    view! { <Shell state/> }
}

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
    // Keyboard first: every shortcut of `keys::action`, outside text fields.
    let help = RwSignal::new(false);
    let keys = window_event_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if in_text_field(ev.target()) {
            return;
        }
        let code = ev.code();
        let digit = code.strip_prefix("Digit").and_then(|d| d.chars().next());
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let Some(action) = keys::action(&ev.key(), digit, ctrl, ev.shift_key(), ev.alt_key()) else { return };
        // Over the view across the library, the article's keys rest: only
        // Esc, w, ?, undo and redo act.
        let over_page = matches!(action, Action::Escape | Action::Across | Action::Help | Action::Undo | Action::Redo);
        if state.across.get_untracked() && !over_page {
            return;
        }
        ev.prevent_default();
        match action {
            Action::NextSuggestion => state.step_suggestion(1),
            Action::PreviousSuggestion => state.step_suggestion(-1),
            Action::NextUnreviewed => state.next_unreviewed(),
            Action::Accept => state.review_selected(Review::Accepted),
            Action::Reject => state.review_selected(Review::Rejected),
            Action::Pending => state.review_selected(Review::Pending),
            Action::Tag { key, exact } => {
                let tag = state.peek_library(|l| l.tags.iter().find(|t| t.key == Some(key)).map(|t| t.name.clone()));
                if let Some(tag) = tag {
                    state.apply_tag(&tag, exact);
                }
            }
            Action::MoveEdge { edge, forward } => {
                if let Some(id) = state.selected_note() {
                    state.move_edge(id, edge, forward);
                }
            }
            Action::Delete => {
                if let Some(id) = state.selected_note() {
                    state.delete_note(id);
                }
            }
            Action::Undo => state.undo(),
            Action::Redo => state.redo(),
            Action::NextDocument => state.step(1),
            Action::PreviousDocument => state.step(-1),
            Action::Help => help.update(|h| *h = !*h),
            Action::Search => {
                // On a narrow screen the search is in the findings' pane.
                state.pane.set("findings".into());
                request_animation_frame(|| {
                    if let Some(el) =
                        document().get_element_by_id("search").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = el.focus();
                    }
                });
            }
            Action::EditSpeaker => {
                let field = document()
                    .query_selector(".findings li:has(> .finding.selected) .speaker-input")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                match field {
                    // The name found is selected: typing replaces it.
                    Some(el) => {
                        let _ = el.focus();
                        el.select();
                    }
                    None => state
                        .notices
                        .say("Select a quote first (j / k), then press s to say who said it.".into(), false),
                }
            }
            Action::CheckClaim => match state.selected_claim() {
                Some(span) => {
                    state.pane.set("findings".into());
                    super::findings::open_check(state, span);
                }
                None => state.notices.say("Select a claim first (j / k), then press c to check it.".into(), false),
            },
            Action::Across => state.across.update(|open| *open = !*open),
            Action::Escape => {
                help.set(false);
                state.panel.set(None);
                state.across.set(false);
                state.selected.set(None);
            }
        }
    });
    on_cleanup(move || {
        paste.remove();
        keys.remove();
    });

    let has_docs = move || state.with_library(|l| !l.documents.is_empty());
    // A document whose findings are being made says so first; then what
    // else is going on (reading files, painting).
    let busy = move || {
        let analysing = state.with_library(|l| l.documents.iter().find(|d| d.pending).map(analysing));
        analysing.or_else(|| state.busy.get())
    };
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
                <Show when=move || busy().is_some()>
                    <span class="busy" role="status" data-testid="busy">{busy}</span>
                </Show>
                <SaveIndicator/>
                <button class="help-button" title="Keyboard shortcuts (?)" on:click=move |_| help.update(|h| *h = !*h)>
                    "? Shortcuts"
                </button>
            </header>
            <Notices/>
            <div class="drop-overlay" aria-hidden="true">"Drop articles to add them"</div>
            <Show when=has_docs>
                <nav class="pane-tabs" aria-label="Show" data-testid="pane-tabs">
                    {PANES
                        .into_iter()
                        .map(|(id, label)| {
                            view! {
                                <button
                                    data-testid=format!("tab-{id}")
                                    aria-pressed=move || state.pane.with(|p| p == id).to_string()
                                    on:click=move |_| state.show_pane(id)
                                >
                                    {label}
                                </button>
                            }
                        })
                        .collect_view()}
                </nav>
            </Show>
            <main class="layout" class:empty=move || !has_docs() data-pane=move || state.pane.get()>
                <aside class="sidebar" aria-label="Library">
                    <Loader/>
                    <LibraryList/>
                </aside>
                <div class="reader">
                    <Article/>
                    // Pinned under the reading column together, the line
                    // above the bar: neither covers the other.
                    <Show when=has_docs>
                        <div class="reader-foot">
                            <Why/>
                            <TagBar/>
                        </div>
                    </Show>
                </div>
                <Findings/>
            </main>
            <Across/>
            <HelpSheet open=help/>
        </div>
    }
}

/// Whether the work on screen is in the browser's storage: what a reader
/// sees as "Saved" survives a reload, a closed tab, a browser restart.
/// With no document there is no work to speak of: nothing is said until
/// there is, unless saving failed.
#[component]
fn SaveIndicator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = move || state.saving.status();
    let nothing = move || status() == SaveStatus::Saved && state.with_library(|l| l.documents.is_empty());
    let (text, title) = (
        move || match status() {
            SaveStatus::Saved => "Saved",
            SaveStatus::Saving => "Saving…",
            SaveStatus::Failed => "Not saved",
            SaveStatus::Conflict => "Not saving",
        },
        move || match status() {
            SaveStatus::Saved if state.saving.persistent() == Some(true) => {
                "Everything here is saved in this browser, which has promised to keep it."
            }
            SaveStatus::Saved => {
                "Everything here is saved in this browser. It may clear its storage when space runs low: \
                 export the library to keep a copy."
            }
            SaveStatus::Saving => "Saving your latest changes in this browser.",
            SaveStatus::Failed => "This browser refused to save: export the library to keep your work.",
            SaveStatus::Conflict => "Another tab changed the library: this tab no longer saves. Export, then reload.",
        },
    );
    view! {
        <span
            class="save-status"
            class:warn=move || matches!(status(), SaveStatus::Failed | SaveStatus::Conflict)
            hidden=nothing
            data-testid="save-status"
            data-status=move || format!("{:?}", status()).to_lowercase()
            title=title
        >
            {text}
        </span>
    }
}

fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        // A select takes letters too (it jumps to the option they begin).
        // And a check's form, buttons too: its keys are its own (Enter, Esc).
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.closest(".check-form").ok().flatten().is_some()
            || el.closest("[contenteditable]").ok().flatten().is_some()
    })
}
