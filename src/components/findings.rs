use leptos::prelude::*;
use marginalia_core::QuoteKind;
use marginalia_model::describe;
use wasm_bindgen::JsCast;

use crate::state::{AppState, Finding};

/// The side panel: what the core found in the open document.
#[component]
pub fn Findings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let doc = Memo::new(move |_| state.library.with(|l| l.current().cloned()));
    let select = move |f: Finding| {
        state.selected.set(Some(f));
        scroll_to(f);
    };
    view! {
        <aside class="findings" aria-label="Findings" data-testid="findings">
            {move || doc.get().map(|doc| {
                let a = doc.analysis;
                let text = doc.text;
                let quotes: Vec<_> = a.quotes.iter().enumerate().filter(|(_, q)| q.kind != QuoteKind::Scare).map(|(i, q)| (i, q.span.text(&text).to_string(), describe::quote(q))).collect();
                let numbers: Vec<_> = a.numbers.iter().enumerate().filter(|(_, n)| n.kind != marginalia_core::NumberKind::Identifier).map(|(i, n)| (i, n.span.text(&text).to_string(), describe::number(n))).collect();
                let claims: Vec<_> = a.claims.iter().enumerate().filter(|(_, c)| c.checkworthy).map(|(i, c)| (i, c.span.text(&text).to_string(), c.score, c.reasons.iter().map(|r| r.label.clone()).collect::<Vec<_>>())).collect();
                view! {
                    <section class="finding-group">
                        <h2 class="panel-title">"Quotes " <span class="count" data-testid="count-quotes">{quotes.len()}</span></h2>
                        <ul>
                            {quotes.into_iter().map(|(i, q, d)| view! {
                                <li><button class="finding" class:selected=move || state.selected.get() == Some(Finding::Quote(i)) on:click=move |_| select(Finding::Quote(i))>
                                    <span class="finding-text">{q}</span><span class="finding-meta">{d}</span>
                                </button></li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <section class="finding-group">
                        <h2 class="panel-title">"Numbers " <span class="count" data-testid="count-numbers">{numbers.len()}</span></h2>
                        <ul>
                            {numbers.into_iter().map(|(i, n, d)| view! {
                                <li><button class="finding" class:selected=move || state.selected.get() == Some(Finding::Number(i)) on:click=move |_| select(Finding::Number(i))>
                                    <span class="finding-text">{n}</span><span class="finding-meta">{d}</span>
                                </button></li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <section class="finding-group">
                        <h2 class="panel-title">"Check-worthy claims " <span class="count" data-testid="count-claims">{claims.len()}</span></h2>
                        <ul>
                            {claims.into_iter().map(|(i, c, score, reasons)| view! {
                                <li><button class="finding" class:selected=move || state.selected.get() == Some(Finding::Claim(i)) on:click=move |_| select(Finding::Claim(i))>
                                    <span class="finding-text">{c}</span>
                                    <span class="finding-meta">{format!("score {score:.2}")}</span>
                                    <ul class="reasons">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                                </button></li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })}
        </aside>
    }
}

/// Scrolls the article to a finding's first highlight.
fn scroll_to(f: Finding) {
    let selector = match f {
        Finding::Quote(i) => format!("[data-quote=\"{i}\"]"),
        Finding::Number(i) => format!("[data-number=\"{i}\"]"),
        Finding::Claim(i) => format!("[data-claim=\"{i}\"]"),
    };
    if let Some(el) =
        document().query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view();
    }
}
