//! The view across the library — who said what, figures that disagree and
//! quote variants — over the page. The model works out the lists and their
//! words (`marginalia_model::across::listing`), in the worker where the
//! analyses are; this draws them, and each finding listed opens its
//! document with it selected.

use leptos::prelude::*;
use marginalia_model::across::{Block, Listing, Part, View};

use crate::locale;
use crate::state::AppState;

#[component]
pub fn Across() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.across.get()>
            <AcrossView/>
        </Show>
    }
}

/// The open view: its lists are asked for only while it is open.
#[component]
fn AcrossView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = RwSignal::new(View::Who);
    // Focus moves into the view as it opens, and back where it was as it closes.
    let before = document().active_element();
    let close = NodeRef::<leptos::html::Button>::new();
    request_animation_frame(move || {
        if let Some(button) = close.get_untracked() {
            let _ = button.focus();
        }
    });
    on_cleanup(move || {
        if let Some(el) = before.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
    // The views are made in the worker, where the analyses are: asked for
    // again when the library changes (a join, a part, an undo); only the
    // latest answer is shown.
    let listing = RwSignal::new(None::<Result<Listing, String>>);
    let asked = StoredValue::new(0u32);
    Effect::new(move |_| {
        let library = state.with_library(|l| l.to_json());
        asked.update_value(|n| *n += 1);
        let this = asked.get_value();
        leptos::task::spawn_local(async move {
            let answer = crate::worker::across(&library).await;
            if asked.get_value() == this {
                listing.set(Some(answer));
            }
        });
    });
    let summary = move || match state.with_library(|l| l.documents.len()) {
        1 => "One document: add another to compare.".to_string(),
        n => format!("{} documents.", locale::count(n)),
    };
    let index = |view: View| View::ALL.iter().position(|v| *v == view).unwrap_or(0);
    let tabs = View::ALL.map(|view| {
        let count = move || {
            listing.with(|l| match l {
                Some(Ok(l)) => locale::count(l.counts[index(view)]),
                _ => "…".into(),
            })
        };
        view! {
            <button
                data-testid=format!("across-{}", view.id())
                aria-pressed=move || (tab.get() == view).to_string()
                on:click=move |_| tab.set(view)
            >
                {view.label()}
                " "
                <span class="count">{count}</span>
            </button>
        }
    });
    let body = move || match listing.get() {
        None => view! { <p class="muted" role="status">"Working out the views…"</p> }.into_any(),
        Some(Err(why)) => {
            view! { <p class="error" role="alert">{format!("The views could not be made: {why}")}</p> }.into_any()
        }
        Some(Ok(mut l)) => {
            let blocks = std::mem::take(&mut l.blocks[index(tab.get())]);
            blocks.into_iter().map(|b| block_view(state, b)).collect_view().into_any()
        }
    };
    view! {
        <div class="across" role="dialog" aria-modal="true" aria-labelledby="across-title" data-testid="across">
            <div class="across-card">
                <header class="across-head">
                    <h2 id="across-title">"Across the library"</h2>
                    <p class="muted">{summary}</p>
                    <button node_ref=close on:click=move |_| state.across.set(false) title="Close (Esc)">
                        "Close"
                    </button>
                </header>
                <nav class="across-tabs" aria-label="Views">{tabs.into_iter().collect_view()}</nav>
                <div class="across-body" data-testid="across-body">{body}</div>
            </div>
        </div>
    }
}

fn block_view(state: AppState, b: Block) -> impl IntoView {
    let lines = b
        .lines
        .into_iter()
        .map(|line| {
            let parts = line.parts.into_iter().map(|p| part_view(state, p)).collect_view();
            view! { <p class=line.class>{parts}</p> }
        })
        .collect_view();
    view! {
        <section class=b.class.clone() data-testid=b.class>
            {b.heading.map(|h| view! { <h3>{h}</h3> })}
            {lines}
        </section>
    }
}

fn part_view(state: AppState, part: Part) -> AnyView {
    match part {
        Part::Apart(spelling) => {
            let title = format!("“{spelling}” is someone else: list them apart");
            view! {
                <button class="apart" title=title.clone() aria-label=title on:click=move |_| state.other_person(&spelling)>
                    "not them"
                </button>
            }
            .into_any()
        }
        Part::Join { spellings, choices } => view! {
            <select
                class="join"
                aria-label="The same person as…"
                on:change=move |ev| {
                    let person = event_target_value(&ev);
                    if !person.is_empty() {
                        state.same_person(&spellings, &person);
                    }
                }
            >
                <option value="">"Same person as…"</option>
                {choices.into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        Part::Text(text) => text.into_any(),
        Part::Link { text, origin, place } => view! {
            <button class="place" data-testid="place" on:click=move |_| state.show_place(origin, place)>
                {text}
            </button>
        }
        .into_any(),
        Part::Mark(text) => view! { <mark>{text}</mark> }.into_any(),
        Part::First(text) => view! {
            <del title="only in the first">
                <span class="visually-hidden">"(only in the first: "</span>
                {text}
                <span class="visually-hidden">")"</span>
            </del>
            " "
        }
        .into_any(),
        Part::Second(text) => view! {
            <ins title="only in the second">
                <span class="visually-hidden">"(only in the second: "</span>
                {text}
                <span class="visually-hidden">")"</span>
            </ins>
            " "
        }
        .into_any(),
    }
}
