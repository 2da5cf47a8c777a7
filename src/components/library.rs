use leptos::prelude::*;
use marginalia_model::describe;
use marginalia_model::progress::{LibraryFilter, LibraryRow, Status, StatusFilter, library_rows, tags_in_use};

use crate::locale;
use crate::state::AppState;

/// The loaded documents, one click (or Alt+↑/↓) to switch; filtered by
/// review status or tag, each with how far its review has come.
#[component]
pub fn LibraryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The list's own state: which documents it shows (the menus' values:
    // a status's value, a tag's name, or "" for any).
    let (status, tag) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let filter = move || LibraryFilter {
        status: status.with(|s| StatusFilter::from_value(s)),
        tag: tag.with(|t| (!t.is_empty()).then(|| t.clone())),
    };
    // Made once per change, for the list and the "not shown" line alike.
    let rows = Memo::new(move |_| {
        let query = state.query.get();
        let filter = filter();
        state.with_library(|lib| library_rows(lib, &query, &filter))
    });
    // What Alt+↓ and Alt+↑ step through.
    Effect::new(move |_| state.listed.set_value(rows.with(|r| r.iter().map(|row| row.id).collect())));
    let count = move || state.with_library(|l| l.documents.len());
    let hidden = move || count() - rows.with(Vec::len);
    // A tag no annotation has any more (its last use deleted or undone) is
    // no filter: every document is listed again.
    Effect::new(move |_| {
        let gone = tag.with(|t| !t.is_empty() && state.with_library(|l| !tags_in_use(l).contains(t)));
        if gone {
            tag.set(String::new());
        }
    });
    let show_all = move |_| {
        status.set(String::new());
        tag.set(String::new());
    };
    view! {
        <nav class="library" aria-label="Documents">
            <h2 class="panel-title">"Library"</h2>
            <Show when=move || { count() > 0 }>
                <button
                    class="across-button"
                    data-testid="open-across"
                    title="Who said what, figures that disagree, quote variants (w)"
                    on:click=move |_| state.across.set(true)
                >
                    "Across the library…"
                </button>
            </Show>
            <Show when=move || count() == 0>
                <p class="muted">"No articles yet."</p>
            </Show>
            <Show when=move || { count() > 1 || filter().is_active() }>
                <Filters status tag/>
            </Show>
            <ul data-testid="library">
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    {row_view(state, row)}
                </For>
            </ul>
            {move || {
                let n = hidden();
                (n > 0 && filter().is_active()).then(|| {
                    let said = match n {
                        1 => "1 document is not shown by this filter. ".to_string(),
                        n => format!("{} documents are not shown by this filter. ", locale::count(n)),
                    };
                    view! {
                        <p class="muted small" data-testid="library-hidden">
                            {said}
                            <button class="link" data-testid="library-show-all" on:click=show_all>
                                "Show all"
                            </button>
                        </p>
                    }
                })
            }}
        </nav>
    }
}

/// The library's filters: review status and tag (the tags the reader has used).
#[component]
fn Filters(status: RwSignal<String>, tag: RwSignal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let used_tags = move || state.with_library(tags_in_use);
    view! {
        <div class="library-filters" role="group" aria-label="Filter the library">
            <label>
                <span class="visually-hidden">"Review status"</span>
                <select data-testid="filter-status" prop:value=status on:change=move |ev| status.set(event_target_value(&ev))>
                    <option value="">"All documents"</option>
                    {StatusFilter::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.value()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span class="visually-hidden">"Tag"</span>
                <select data-testid="filter-tag" prop:value=tag on:change=move |ev| tag.set(event_target_value(&ev))>
                    <option value="">"Any tag"</option>
                    {move || {
                        used_tags()
                            .into_iter()
                            .map(|t| {
                                let shown = format!("#{}", marginalia_model::chars::shown(&t));
                                view! { <option value=t>{shown}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}

fn row_view(state: AppState, row: LibraryRow) -> impl IntoView {
    let LibraryRow { id, title, source, bytes, counts, progress, current, outside_filter, matched } = row;
    let mut meta = format!("{source} · {}", describe::size(bytes));
    if let Some([quotes, numbers, claims]) = counts {
        for (n, one, many) in [(quotes, "quote", "quotes"), (numbers, "number", "numbers"), (claims, "claim", "claims")]
        {
            meta.push_str(" · ");
            meta.push_str(&describe::counted(n, one, many, &locale::count));
        }
    }
    let review = progress.filter(|p| p.total > 0).map(|p| match p.status() {
        Status::Done => "✓ reviewed".to_string(),
        _ => format!("{}/{} reviewed", locale::count(p.reviewed), locale::count(p.total)),
    });
    let full = format!("{title}\n{meta}{}", review.as_deref().map(|r| format!("\n{r}")).unwrap_or_default());
    let done = progress.is_some_and(|p| p.total > 0 && p.status() == Status::Done);
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
                {review.map(|r| view! { <span class="doc-progress" class:done=done data-testid="doc-progress">{r}</span> })}
                {outside_filter.then(|| view! { <span class="doc-outside" data-testid="doc-outside">"Open, outside the filter"</span> })}
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
