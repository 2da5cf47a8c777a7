use leptos::prelude::*;
use marginalia_model::chars::shown;

use crate::state::AppState;

/// The loaded documents, one click (or Alt+↑/↓) to switch.
#[component]
pub fn LibraryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || {
        let query = state.query.get();
        state.library.with(|lib| {
            lib.documents
                .iter()
                .map(|d| {
                    (
                        d.id,
                        shown(&d.title),
                        d.source.as_deref().map(shown),
                        d.text.len(),
                        d.quote_count(),
                        d.figure_count(),
                        d.checkworthy(),
                        lib.current == Some(d.id),
                        d.named_by(&query),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <nav class="library" aria-label="Documents">
            <h2 class="panel-title">"Library"</h2>
            <Show when=move || state.library.with(|l| l.documents.is_empty())>
                <p class="muted">"No articles yet."</p>
            </Show>
            <ul data-testid="library">
                <For each=items key=|item| item.clone() let:item>
                    {
                        let (id, title, source, bytes, quotes, numbers, claims, current, matched) = item;
                        let meta = format!(
                            "{} · {} · {} quotes · {} numbers · {} claims",
                            source.unwrap_or_else(|| "pasted".into()),
                            human_size(bytes),
                            crate::locale::count(quotes),
                            crate::locale::count(numbers),
                            crate::locale::count(claims),
                        );
                        let full = format!("{title}\n{meta}");
                        view! {
                            <li class="doc" class:current=current>
                                <button
                                    class="doc-open"
                                    class:search-match=matched
                                    data-testid="doc"
                                    aria-current=current.then_some("true")
                                    title=full
                                    on:click=move |_| state.open(id)
                                >
                                    <span class="doc-title">{title}</span>
                                    <span class="doc-meta">{meta}</span>
                                </button>
                                <button
                                    class="doc-remove"
                                    data-testid="doc-remove"
                                    aria-label="Remove from library"
                                    title="Remove (can be undone)"
                                    on:click=move |_| state.remove(id)
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </nav>
    }
}

fn human_size(bytes: usize) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} kB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / 1_048_576.0),
    }
}
