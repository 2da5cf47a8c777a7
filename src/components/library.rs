use leptos::prelude::*;
use marginalia_model::describe;
use marginalia_model::progress::{LibraryFilter, LibraryRow, Status, StatusFilter, library_rows};

use crate::locale;
use crate::state::AppState;

/// The loaded documents, one click (or Alt+↑/↓) to switch; filtered by
/// review status or tag, each with how far its review has come.
#[component]
pub fn LibraryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The list's own state: which documents it shows.
    let filter = RwSignal::new(LibraryFilter::default());
    let rows = move || {
        let query = state.query.get();
        let filter = filter.get();
        state.library().with(|lib| library_rows(lib, &query, &filter))
    };
    // The tags the reader has used, for the tag filter.
    let used_tags = Memo::new(move |_| {
        state.library().with(|lib| {
            lib.tags
                .iter()
                .filter(|t| lib.documents.iter().any(|d| d.annotations.items.iter().any(|a| a.tags.contains(&t.name))))
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
        })
    });
    let count = move || state.library().with(|l| l.documents.len());
    let hidden = move || count() - rows().len();
    view! {
        <nav class="library" aria-label="Documents">
            <h2 class="panel-title">"Library"</h2>
            <Show when=move || count() == 0>
                <p class="muted">"No articles yet."</p>
            </Show>
            <Show when=move || { count() > 1 || filter.with(LibraryFilter::is_active) }>
                <Filters filter used_tags/>
            </Show>
            <ul data-testid="library">
                <For each=rows key=|row| row.clone() let:row>
                    {row_view(state, row)}
                </For>
            </ul>
            <Show when=move || { filter.with(LibraryFilter::is_active) && hidden() > 0 }>
                <p class="muted small" data-testid="library-hidden">
                    {move || match hidden() {
                        1 => "1 document is not shown by this filter. ".to_string(),
                        n => format!("{} documents are not shown by this filter. ", locale::count(n)),
                    }}
                    <button class="link" data-testid="library-show-all" on:click=move |_| filter.set(LibraryFilter::default())>
                        "Show all"
                    </button>
                </p>
            </Show>
        </nav>
    }
}

/// The library's filters: review status and tag.
#[component]
fn Filters(filter: RwSignal<LibraryFilter>, used_tags: Memo<Vec<String>>) -> impl IntoView {
    let status_value = move || filter.with(|f| f.status.map_or("", StatusFilter::value).to_string());
    let tag_value = move || filter.with(|f| f.tag.clone().unwrap_or_default());
    view! {
        <div class="library-filters" role="group" aria-label="Filter the library">
            <label>
                <span class="visually-hidden">"Review status"</span>
                <select
                    data-testid="filter-status"
                    prop:value=status_value
                    on:change=move |ev| {
                        let status = StatusFilter::from_value(&event_target_value(&ev));
                        filter.update(|f| f.status = status);
                    }
                >
                    <option value="">"All documents"</option>
                    {StatusFilter::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.value()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span class="visually-hidden">"Tag"</span>
                <select
                    data-testid="filter-tag"
                    prop:value=tag_value
                    on:change=move |ev| {
                        let tag = Some(event_target_value(&ev)).filter(|t| !t.is_empty());
                        filter.update(|f| f.tag = tag);
                    }
                >
                    <option value="">"Any tag"</option>
                    {move || {
                        used_tags
                            .get()
                            .into_iter()
                            .map(|t| {
                                let shown = marginalia_model::chars::shown(&t);
                                view! { <option value=t>{format!("#{shown}")}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}

fn row_view(state: AppState, row: LibraryRow) -> impl IntoView {
    let LibraryRow { id, title, source, bytes, counts, progress, current, matched } = row;
    let mut meta = format!("{source} · {}", describe::size(bytes));
    if let Some([quotes, numbers, claims]) = counts {
        meta.push_str(&format!(
            " · {} quotes · {} numbers · {} claims",
            locale::count(quotes),
            locale::count(numbers),
            locale::count(claims)
        ));
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
