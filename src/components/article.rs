use leptos::prelude::*;
use marginalia_core::{BlockKind, QuoteKind};
use marginalia_model::{Document, Run, describe, layout};

use crate::state::{AppState, Finding};

/// The open document, with its findings highlighted.
#[component]
pub fn Article() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Re-render only when another document opens (or the open one changes).
    let current = Memo::new(move |_| state.library.with(|l| l.current().cloned()));
    view! {
        <article class="article" data-testid="article" aria-label="Article">
            {move || match current.get() {
                Some(doc) => render(&doc, state).into_any(),
                None => view! { <Welcome/> }.into_any(),
            }}
        </article>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <div class="welcome">
            <h2>"Read with a fact-checker’s eyes"</h2>
            <p>"Paste an article or drop text files. Marginalia highlights " <mark class="hl hl-quote">"direct quotes"</mark> " with who said them, " <mark class="hl hl-number">"numbers"</mark> " with what they measure, and " <mark class="hl hl-claim">"sentences worth checking"</mark> "."</p>
            <p class="muted">"Everything runs in this browser tab. Nothing is uploaded."</p>
        </div>
    }
}

fn render(doc: &Document, state: AppState) -> impl IntoView + use<> {
    let blocks = layout(&doc.text, &doc.analysis);
    let doc_view = blocks
        .into_iter()
        .map(|b| {
            let runs: Vec<AnyView> = b.runs.iter().map(|r| run_view(doc, r, state)).collect();
            match b.kind {
                BlockKind::Heading => view! { <p class="block heading">{runs}</p> }.into_any(),
                BlockKind::Furniture => {
                    view! { <p class="block furniture" title="Page furniture: not part of the article">{runs}</p> }
                        .into_any()
                }
                BlockKind::Body => view! { <p class="block">{runs}</p> }.into_any(),
            }
        })
        .collect::<Vec<_>>();
    view! {
        <header class="article-head">
            <h2 class="article-title" data-testid="article-title">{doc.title.clone()}</h2>
            <p class="muted">{doc.source.clone().unwrap_or_else(|| "Pasted text".into())}</p>
        </header>
        <div class="article-body">{doc_view}</div>
    }
}

fn run_view(doc: &Document, run: &Run, state: AppState) -> AnyView {
    let text = run.span.text(&doc.text).to_string();
    if run.quote.is_none() && run.number.is_none() && run.claim.is_none() {
        return text.into_any();
    }
    let a = &doc.analysis;
    let mut class = String::from("hl");
    let mut labels = Vec::new();
    if let Some(i) = run.claim {
        class.push_str(" hl-claim");
        labels.push(describe::claim(&a.claims[i]));
    }
    if let Some(i) = run.quote {
        let q = &a.quotes[i];
        class.push_str(if q.kind == QuoteKind::Scare { " hl-scare" } else { " hl-quote" });
        labels.push(describe::quote(q));
    }
    if let Some(i) = run.number {
        class.push_str(" hl-number");
        labels.push(describe::number(&a.numbers[i]));
    }
    // Clicking selects the innermost finding: number, then quote, then claim.
    let target = run.number.map(Finding::Number).or(run.quote.map(Finding::Quote)).or(run.claim.map(Finding::Claim));
    let label = labels.join("; ");
    let (quote, number, claim) = (run.quote, run.number, run.claim);
    let selected = move || {
        let sel = state.selected.get();
        sel.is_some()
            && (sel == quote.map(Finding::Quote)
                || sel == number.map(Finding::Number)
                || sel == claim.map(Finding::Claim))
    };
    view! {
        <span
            class=class
            class:selected=selected
            data-quote=quote
            data-number=number
            data-claim=claim
            title=label
            on:click=move |_| state.selected.set(target)
        >
            {text}
        </span>
    }
    .into_any()
}
