use leptos::prelude::*;
use marginalia_model::{describe, findings};

use crate::state::{AppState, Finding};

/// The side panel: the open document's quotes by speaker, its figures, and
/// its check-worthy claims by score. Clicking an entry selects and scrolls.
#[component]
pub fn Findings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = Memo::new(move |_| state.library.with(|l| l.current().map(|d| (d.id, d.text.len()))));
    let entry = move |f: Finding, text: String, meta: String, extra: Option<AnyView>| {
        view! {
            <li>
                <button class="finding" class:selected=move || state.selected.get() == Some(f) on:click=move |_| state.select(f)>
                    <span class="finding-text">{text}</span>
                    <span class="finding-meta">{meta}</span>
                    {extra}
                </button>
            </li>
        }
    };
    view! {
        <aside class="findings" aria-label="Findings" data-testid="findings">
            {move || current.get().and_then(|_| state.library.with_untracked(|l| l.current().map(|doc| {
                let a = &doc.analysis;
                let text = |s: marginalia_core::Span| s.text(&doc.text).to_string();
                let quote_groups = findings::quotes_by_speaker(a);
                let quote_count: usize = quote_groups.iter().map(|(_, ids)| ids.len()).sum();
                let figures = findings::figures(a);
                let claims = findings::claims_by_score(a);
                view! {
                    <section class="finding-group">
                        <h2 class="panel-title">"Quotes " <span class="count" data-testid="count-quotes">{quote_count}</span></h2>
                        {quote_groups.into_iter().map(|(speaker, ids)| view! {
                            <h3 class="speaker" data-testid="speaker">{speaker.unwrap_or_else(|| "Speaker unknown".into())}</h3>
                            <ul>
                                {ids.into_iter().map(|i| {
                                    let q = &a.quotes[i];
                                    entry(Finding::Quote(i), text(q.span), describe::quote(q), None)
                                }).collect_view()}
                            </ul>
                        }).collect_view()}
                    </section>
                    <section class="finding-group">
                        <h2 class="panel-title">"Numbers " <span class="count" data-testid="count-numbers">{figures.len()}</span></h2>
                        <ul>
                            {figures.into_iter().map(|i| {
                                let n = &a.numbers[i];
                                entry(Finding::Number(i), text(n.span), describe::number(n), None)
                            }).collect_view()}
                        </ul>
                    </section>
                    <section class="finding-group">
                        <h2 class="panel-title">"Check-worthy claims " <span class="count" data-testid="count-claims">{claims.len()}</span></h2>
                        <ul>
                            {claims.into_iter().map(|i| {
                                let c = &a.claims[i];
                                let reasons = view! {
                                    <ul class="reasons">{c.reasons.iter().map(|r| view! { <li>{r.label.clone()}</li> }).collect_view()}</ul>
                                };
                                entry(Finding::Claim(i), text(c.span), format!("score {:.2}", c.score), Some(reasons.into_any()))
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })))}
        </aside>
    }
}
