use leptos::prelude::*;
use marginalia_core::{BlockKind, QuoteKind};
use marginalia_model::annotation::{Origin, Review, SuggestionKey, Tag};
use marginalia_model::{Document, Run, describe, findings, layout};
use wasm_bindgen::JsCast;

use crate::exchange;
use crate::state::{AppState, Finding, Layers, finding_selector};

/// The open document, with its findings highlighted, a legend that toggles
/// each kind, and an overview bar of where they are.
#[component]
pub fn Article() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Re-render only when another document opens (or the open one changes).
    let current = Memo::new(move |_| {
        let query = state.query.get();
        state.library.with(|l| l.current().map(|d| (d.id, d.text.len(), d.annotations.clone(), l.tags.clone(), query)))
    });
    let layers = state.layers;
    // One effect marks the selected finding's runs, instead of one reactive
    // class per run: selecting stays instant in a 1 MB article.
    Effect::new(move |_| mark_selected(state.selected.get()));
    view! {
        <article
            class="article"
            class:hide-quotes=move || !layers.get().quotes
            class:hide-numbers=move || !layers.get().numbers
            class:hide-claims=move || !layers.get().claims
            data-testid="article"
            aria-label="Article"
        >
            {move || match current.get() {
                Some(_) => state.library.with_untracked(|l| l.current().map(|doc| render(doc, state).into_any())),
                None => Some(view! { <Welcome/> }.into_any()),
            }}
            <Why/>
        </article>
    }
}

/// Why the selected finding was found, in words: shown under the article
/// while it is selected and announced to screen readers, so the keyboard
/// (j / k, or Tab through the side panel) learns what the mouse's hover does.
#[component]
fn Why() -> impl IntoView {
    let state = expect_context::<AppState>();
    let why = move || {
        let f = state.selected.get()?;
        state.library.with(|l| l.current().and_then(|doc| why_text(doc, f)))
    };
    view! {
        <div class="why" role="status" data-testid="why" class:shown=move || why().is_some()>
            {why}
        </div>
    }
}

fn why_text(doc: &Document, f: Finding) -> Option<String> {
    let a = &doc.analysis;
    Some(match f {
        Finding::Quote(i) => describe::quote(a.quotes.get(i)?),
        Finding::Number(i) => format!("number: {}", describe::number(a.numbers.get(i)?)),
        Finding::Claim(i) => {
            let c = a.claims.get(i)?;
            let reasons: Vec<&str> = c.reasons.iter().map(|r| r.label.as_str()).collect();
            format!("{} — {}", describe::claim(c), reasons.join("; "))
        }
        Finding::Note(id) => {
            let n = doc.annotations.get(id)?;
            let note = if n.note.is_empty() { String::new() } else { format!(": {}", n.note) };
            format!("your annotation [{}]{note}", n.tags.join(", "))
        }
    })
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <div class="welcome">
            <h2>"Read with a fact-checker’s eyes"</h2>
            <p>
                "Paste an article or drop text files. Marginalia highlights "
                <mark class="hl hl-quote">"direct quotes"</mark>
                " with who said them, "
                <mark class="hl hl-number">"numbers"</mark>
                " with what they measure, and "
                <mark class="hl hl-claim tier-3">"sentences worth checking"</mark>
                "."
            </p>
            <p class="muted">"Everything runs in this browser tab. Nothing is uploaded."</p>
        </div>
    }
}

/// The export buttons: test id, label, title, what they export.
const EXPORTS: &[(&str, &str, &str, exchange::Kind)] = &[
    (
        "export-document",
        "This document",
        "This document and your annotations, as Marginalia JSON",
        exchange::Kind::Document,
    ),
    ("export-library", "Library", "Every document, as Marginalia JSON", exchange::Kind::Library),
    ("export-w3c", "W3C", "This document's annotations as W3C Web Annotations (JSON-LD)", exchange::Kind::W3c),
    ("export-csv", "CSV", "Every annotation as a spreadsheet row", exchange::Kind::Csv),
    ("export-jsonl", "Spans JSONL", "Spans JSONL for spaCy, Prodigy and doccano", exchange::Kind::Jsonl),
];

/// One toggle of the legend: the kind, its count, and whether it shows.
fn toggle(
    state: AppState,
    kind: &'static str,
    count: usize,
    get: fn(&Layers) -> bool,
    flip: fn(&mut Layers),
) -> impl IntoView {
    let on = move || state.layers.with(get);
    view! {
        <button
            class=format!("legend-item legend-{kind}")
            data-testid=format!("toggle-{kind}")
            aria-pressed=move || on().to_string()
            title=move || if on() { format!("Hide {kind}") } else { format!("Show {kind}") }
            on:click=move |_| state.layers.update(flip)
        >
            <span class="swatch" aria-hidden="true"></span>
            {format!("{count} {kind}")}
        </button>
    }
}

fn render(doc: &Document, state: AppState) -> impl IntoView + use<> {
    let a = &doc.analysis;
    let (quotes, numbers, claims) = (doc.quote_count(), doc.figure_count(), doc.checkworthy());
    let tags = state.library.with_untracked(|l| l.tags.clone());
    let query = state.query.get_untracked();
    let blocks = layout(&doc.text, a, &doc.annotations);
    let body = blocks
        .into_iter()
        .map(|b| {
            let runs: Vec<AnyView> = b.runs.iter().map(|r| run_view(doc, r, &tags, &query)).collect();
            let at = b.span.start;
            match b.kind {
                BlockKind::Heading => view! { <p class="block heading" data-at=at>{runs}</p> }.into_any(),
                BlockKind::Furniture => view! {
                    <p class="block furniture" data-at=at title="Page furniture: not part of the article">{runs}</p>
                }
                .into_any(),
                BlockKind::Body => view! { <p class="block" data-at=at>{runs}</p> }.into_any(),
            }
        })
        .collect::<Vec<_>>();
    view! {
        <header class="article-head">
            <h2 class="article-title" data-testid="article-title">{doc.title.clone()}</h2>
            <p class="muted">{doc.source.clone().unwrap_or_else(|| "Pasted text".into())}</p>
            <div class="legend" role="group" aria-label="Show or hide highlights" data-testid="legend">
                {toggle(state, "quotes", quotes, |l| l.quotes, |l| l.quotes = !l.quotes)}
                {toggle(state, "numbers", numbers, |l| l.numbers, |l| l.numbers = !l.numbers)}
                {toggle(state, "claims", claims, |l| l.claims, |l| l.claims = !l.claims)}
            </div>
            <div class="exports" role="group" aria-label="Export">
                <span class="muted small">"Export:"</span>
                {EXPORTS
                    .iter()
                    .map(|&(testid, label, title, kind)| {
                        view! {
                            <button data-testid=testid title=title on:click=move |_| exchange::download(state, kind)>
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
                <button data-testid="share" title="Copy a link that carries this document and its annotations" on:click=move |_| exchange::share(state)>
                    "Share link"
                </button>
                <button data-testid="copy" title="Copy this document and its annotations as Marginalia JSON" on:click=move |_| exchange::copy(state)>
                    "Copy"
                </button>
            </div>
        </header>
        <div class="article-frame">
            <div class="article-body" on:click=move |ev| state.selected.set(finding_at(ev.target()))>{body}</div>
            {overview(doc, state)}
        </div>
    }
}

/// A slim bar beside the text with a mark for every finding, like a code
/// editor's minimap; clicking a mark selects the finding.
fn overview(doc: &Document, state: AppState) -> impl IntoView + use<> {
    let a = &doc.analysis;
    let len = doc.text.len();
    let mark = move |f: Finding, class: &'static str, x: &'static str, at: usize| {
        let y = findings::per_mille(at, len).min(994);
        view! { <rect class=class x=x y=y.to_string() width="3" height="6" on:click=move |_| state.select(f)></rect> }
    };
    let claims = findings::claims_by_score(a)
        .into_iter()
        .map(|i| mark(Finding::Claim(i), "mm-claim", "7", a.claims[i].span.start));
    let quotes = (0..a.quotes.len())
        .filter(|&i| a.quotes[i].kind != QuoteKind::Scare)
        .map(|i| mark(Finding::Quote(i), "mm-quote", "0", a.quotes[i].span.start));
    let numbers =
        findings::figures(a).into_iter().map(|i| mark(Finding::Number(i), "mm-number", "3.5", a.numbers[i].span.start));
    view! {
        <svg class="overview" viewBox="0 0 10 1000" preserveAspectRatio="none" role="img" aria-label="Where the highlights are" data-testid="overview">
            {claims.collect_view()}
            {quotes.collect_view()}
            {numbers.collect_view()}
        </svg>
    }
}

fn run_view(doc: &Document, run: &Run, tags: &[Tag], query: &str) -> AnyView {
    let text = run.span.text(&doc.text).to_string();
    if run.quote.is_none() && run.number.is_none() && run.claim.is_none() && run.notes.is_empty() {
        return text.into_any();
    }
    let a = &doc.analysis;
    let mut class = String::from("hl");
    let mut labels = Vec::new();
    let mut speaker = None;
    let accepted = |origin: Origin, span| doc.annotations.review(SuggestionKey::new(origin, span)) == Review::Accepted;
    if run.quote.is_some_and(|i| accepted(Origin::Quote, a.quotes[i].span))
        || run.number.is_some_and(|i| accepted(Origin::Number, a.numbers[i].span))
        || run.claim.is_some_and(|i| accepted(Origin::Claim, a.claims[i].span))
    {
        class.push_str(" accepted");
    }
    if let Some(first) = run.notes.first().and_then(|id| doc.annotations.get(*id)) {
        let color =
            first.tags.first().and_then(|t| tags.iter().find(|x| &x.name == t)).map_or("slate", |t| t.color.as_str());
        class.push_str(&format!(" note tag-{color}"));
    }
    for note in run.notes.iter().filter_map(|id| doc.annotations.get(*id)) {
        let what = if note.note.is_empty() { String::new() } else { format!(": {}", note.note) };
        labels.push(format!("your annotation [{}]{what}", note.tags.join(", ")));
    }
    // With a search, what does not match is dimmed.
    let findings = run
        .notes
        .iter()
        .map(|id| Finding::Note(*id))
        .chain(run.quote.map(Finding::Quote))
        .chain(run.number.map(Finding::Number))
        .chain(run.claim.map(Finding::Claim));
    if !query.trim().is_empty() && !findings.into_iter().any(|f| crate::state::finding_matches(doc, f, query)) {
        class.push_str(" dim");
    }
    let notes = (!run.notes.is_empty()).then(|| run.notes.iter().map(u64::to_string).collect::<Vec<_>>().join(" "));
    if let Some(i) = run.claim {
        let c = &a.claims[i];
        class.push_str(&format!(" hl-claim tier-{}", findings::score_tier(c.score)));
        labels.push(describe::claim(c));
        labels.extend(c.reasons.iter().map(|r| r.label.clone()));
    }
    if let Some(i) = run.quote {
        let q = &a.quotes[i];
        class.push_str(if q.kind == QuoteKind::Scare { " hl-scare" } else { " hl-quote" });
        // The speaker is shown after the quote's last run.
        if run.span.end == q.span.end && q.kind != QuoteKind::Scare {
            speaker = q.speaker.clone();
        }
        labels.push(describe::quote(q));
    }
    if let Some(i) = run.number {
        class.push_str(" hl-number");
        labels.push(describe::number(&a.numbers[i]));
    }
    let label = labels.join("\n");
    let (quote, number, claim) = (run.quote, run.number, run.claim);
    // What a screen reader says where a finding begins ("claim, score 0.90",
    // "quote by Fiona Hill", "number: count: 1,200,000 casualties"): CSS
    // shows it to assistive technology only, and it is not text of the
    // article, so selections and offsets never include it.
    let starts = |span: marginalia_core::Span| span.start == run.span.start;
    let mut spoken = Vec::new();
    spoken.extend(run.claim.map(|i| &a.claims[i]).filter(|c| starts(c.span)).map(describe::claim));
    spoken.extend(run.quote.map(|i| &a.quotes[i]).filter(|q| starts(q.span)).map(describe::quote));
    spoken.extend(
        run.number
            .map(|i| &a.numbers[i])
            .filter(|n| starts(n.span))
            .map(|n| format!("number: {}", describe::number(n))),
    );
    spoken.extend(run.notes.iter().filter_map(|id| doc.annotations.get(*id)).filter(|n| starts(n.span)).map(|n| {
        format!("your annotation: {}", if n.tags.is_empty() { "untagged".to_string() } else { n.tags.join(", ") })
    }));
    let spoken = (!spoken.is_empty()).then(|| format!("[{}] ", spoken.join("; ")));
    view! {
        <mark
            class=class
            data-quote=quote
            data-number=number
            data-claim=claim
            data-notes=notes
            data-speaker=speaker
            data-sr=spoken
            title=label
        >
            {text}
        </mark>
    }
    .into_any()
}

/// The finding a click in the article landed on: the innermost — number,
/// then quote, then claim — of the highlight under the pointer.
fn finding_at(target: Option<web_sys::EventTarget>) -> Option<Finding> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?.closest(".hl").ok()??;
    let attr = |name: &str| el.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
    // The reader's own annotation first (the latest of those over the text).
    let note = el.get_attribute("data-notes").and_then(|v| v.split(' ').filter_map(|x| x.parse().ok()).max());
    note.map(Finding::Note)
        .or(attr("data-number").map(Finding::Number))
        .or(attr("data-quote").map(Finding::Quote))
        .or(attr("data-claim").map(Finding::Claim))
}

/// Moves the `selected` class to the runs of `f`.
fn mark_selected(f: Option<Finding>) {
    let doc = document();
    let elements = |selector: &str| {
        let list = doc.query_selector_all(selector).ok();
        (0..list.as_ref().map_or(0, |l| l.length()))
            .filter_map(move |i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
    };
    for el in elements(".article-body .hl.selected") {
        let _ = el.class_list().remove_1("selected");
    }
    let Some(f) = f else { return };
    let selector = finding_selector(f);
    for el in elements(&selector) {
        let _ = el.class_list().add_1("selected");
    }
}
