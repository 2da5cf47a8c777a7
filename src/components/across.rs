//! The view across the library — who said what, figures that disagree and
//! quote variants — over the page. The model works out the lists and their
//! words (`marginalia_model::across::blocks`); this draws them, and each
//! finding listed opens its document with it selected.

use leptos::prelude::*;
use marginalia_model::across::{Block, Part, View, across, blocks};

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

/// The open view: its lists are worked out only while it is open.
#[component]
fn AcrossView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = RwSignal::new(View::Who);
    let views = Memo::new(move |_| state.with_library(across));
    let summary = move || {
        let (documents, pending) = state.with_library(|l| (l.documents.len(), l.pending().len()));
        let mut line = match documents {
            1 => "One document: add another to compare.".to_string(),
            n => format!("{} documents.", locale::count(n)),
        };
        match pending {
            0 => {}
            1 => line.push_str(" One is still being analysed: it joins when it is done."),
            n => line.push_str(&format!(" {n} are still being analysed: they join when they are done.")),
        }
        line
    };
    let tabs = View::ALL.map(|view| {
        view! {
            <button
                data-testid=format!("across-{}", view.id())
                aria-pressed=move || (tab.get() == view).to_string()
                on:click=move |_| tab.set(view)
            >
                {view.label()}
                " "
                <span class="count">{move || locale::count(views.with(|v| view.count(v)))}</span>
            </button>
        }
    });
    let body = move || {
        let blocks = views.with(|v| blocks(v, tab.get(), &locale::count));
        blocks.into_iter().map(|b| block_view(state, b)).collect_view()
    };
    view! {
        <div class="across" role="dialog" aria-modal="true" aria-labelledby="across-title" data-testid="across">
            <div class="across-card">
                <header class="across-head">
                    <h2 id="across-title">"Across the library"</h2>
                    <p class="muted">{summary}</p>
                    <button on:click=move |_| state.across.set(false) title="Close (Esc)">"Close"</button>
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
        <section class=b.class data-testid=b.class>
            {b.heading.map(|h| view! { <h3>{h}</h3> })}
            {lines}
        </section>
    }
}

fn part_view(state: AppState, part: Part) -> AnyView {
    match part {
        Part::Text(text) => text.into_any(),
        Part::Link { text, origin, place } => view! {
            <button class="place" data-testid="place" on:click=move |_| state.show_place(origin, place)>
                {text}
            </button>
        }
        .into_any(),
        Part::Mark(text) => view! { <mark>{text}</mark> }.into_any(),
        Part::First(text) => view! { <del title="only in the first">{text}</del> " " }.into_any(),
        Part::Second(text) => view! { <ins title="only in the second">{text}</ins> " " }.into_any(),
    }
}
