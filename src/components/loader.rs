use leptos::prelude::*;

use crate::files::load_files;
use crate::state::AppState;

/// Shown when a stored library could not be read: it was kept, untouched,
/// and can be downloaded as it was (or discarded).
#[component]
fn Recovery() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.saving.unreadable().is_some()>
            <div class="recovery" role="alert" data-testid="recovery">
                <p>"A saved library could not be read. It is kept exactly as it was stored."</p>
                <button
                    class="primary"
                    data-testid="recovery-download"
                    on:click=move |_| {
                        if let Some(json) = untrack(|| state.saving.unreadable()) {
                            crate::exchange::save_file(state, "marginalia-unreadable-library.json", json);
                        }
                    }
                >
                    "Download it"
                </button>
                <button
                    on:click=move |_| {
                        state.saving.discard_unreadable();
                    }
                >
                    "Discard"
                </button>
            </div>
        </Show>
    }
}

/// Paste box, file picker, and the hint that files can be dropped anywhere.
#[component]
pub fn Loader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let analyze = move || {
        state.add_text(None, marginalia_model::ingest::normalize_newlines(&text.get_untracked()));
        text.set(String::new());
    };
    view! {
        <section class="loader" aria-label="Add articles">
            <label class="loader-label" for="paste-input">"Paste an article"</label>
            <textarea
                id="paste-input"
                data-testid="paste-input"
                placeholder="Paste the text of a news article here…"
                prop:value=move || text.get()
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    crate::worker::warm();
                    text.set(value);
                }
                on:keydown=move |ev| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        analyze();
                    }
                }
            ></textarea>
            <div class="loader-actions">
                <button
                    class="primary"
                    data-testid="analyze"
                    title="Ctrl+Enter"
                    disabled=move || text.with(|t| t.trim().is_empty())
                    on:click=move |_| analyze()
                >
                    "Analyze"
                </button>
                <label class="button" for="file-input">"Open files…"</label>
                <input
                    id="file-input"
                    data-testid="file-input"
                    class="visually-hidden"
                    type="file"
                    multiple
                    accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                    on:change:target=move |ev| {
                        if let Some(files) = ev.target().files() {
                            load_files(state, files);
                        }
                        ev.target().set_value("");
                    }
                />
            </div>
            <p class="hint">"Or drop .txt, .md or .html files anywhere on the page."</p>
            <Recovery/>
            <label class="button import" for="import-input">"Import annotations…"</label>
            <input
                id="import-input"
                data-testid="import-input"
                class="visually-hidden"
                type="file"
                accept=".json,.jsonld,.jsonl,application/json,application/ld+json,application/jsonl"
                on:change:target=move |ev| {
                    if let Some(files) = ev.target().files() {
                        crate::exchange::import_files(state, files);
                    }
                    ev.target().set_value("");
                }
            />
        </section>
    }
}
