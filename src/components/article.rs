use leptos::prelude::*;
use marginalia_core::BlockKind;
use std::sync::Arc;
use std::time::Duration;

use marginalia_model::chars::shown;
use marginalia_model::progress::{Progress, Status, next_document_to_review};
use marginalia_model::view::{self, BlockCache, BlockView, ViewContext};
use marginalia_model::{Document, MARK_BUDGET, describe, findings, layout_within};
use wasm_bindgen::JsCast;

use crate::state::{AppState, Layers, Panel, finding_selector, run_selector};
use crate::{exchange, locale, store};
use marginalia_model::findings::Finding;

/// The open document, with its findings highlighted, a legend that toggles
/// each kind, and an overview bar of where they are.
#[component]
pub fn Article() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Re-render the whole only when another document opens (or the claim
    // threshold moves); within one, `render` updates the blocks that change.
    // The claim threshold changes which sentences are claims: the legend's
    // count, the highlights and the overview bar follow it.
    // A long text is shown before its findings arrive (`Document::pending`),
    // and again with them.
    let current = Memo::new(move |_| {
        state.with_library(|l| l.current().map(|d| (d.id, d.text.len(), d.pending, l.claim_threshold())))
    });
    let layers = state.layers;
    view! {
        <article
            class="article"
            class:hide-quotes=move || !layers.get().quotes
            class:hide-numbers=move || !layers.get().numbers
            class:hide-claims=move || !layers.get().claims
            data-testid="article"
            aria-label="Article"
            // While the open document's findings are being made.
            aria-busy=move || current.with(|c| c.is_some_and(|c| c.2)).to_string()
        >
            {move || match current.get() {
                Some(_) => state.peek_library(|l| l.current().map(|doc| render(doc, state).into_any())),
                None => Some(view! { <Welcome/> }.into_any()),
            }}
        </article>
    }
}

/// How exports are made: the reader's name as the annotations' creator
/// (W3C), and whether documents never reviewed are exported, marked, to
/// the annotation tools' formats. Kept with the library.
#[component]
fn ExportOptions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = Memo::new(move |_| state.panel.get() == Some(Panel::ExportOptions));
    // The panel is made when it opens, with the choices as they are then;
    // each change is kept at once.
    let panel = move || {
        open.get().then(|| {
            let choices = state.peek_library(|l| l.export_choices.clone());
            let creator = NodeRef::<leptos::html::Input>::new();
            let organisation = NodeRef::<leptos::html::Input>::new();
            let marked = NodeRef::<leptos::html::Input>::new();
            let no_text = NodeRef::<leptos::html::Input>::new();
            let keep = move |_| {
                let (Some(name), Some(org), Some(mark), Some(no_text)) = (
                    creator.get_untracked(),
                    organisation.get_untracked(),
                    marked.get_untracked(),
                    no_text.get_untracked(),
                ) else {
                    return;
                };
                state.set_export_choices(marginalia_model::document::ExportChoices {
                    creator: Some(name.value()),
                    organisation: Some(org.value()),
                    mark_unreviewed: mark.checked(),
                    w3c_without_text: no_text.checked(),
                });
            };
            view! {
                <div class="export-options" data-testid="export-options-panel">
                    <label>
                        "Your name, as the annotations’ creator (W3C): "
                        <input
                            type="text"
                            data-testid="export-creator"
                            maxlength="200"
                            placeholder="none"
                            value=choices.creator.unwrap_or_default()
                            node_ref=creator
                            on:change=keep
                        />
                    </label>
                    <label>
                        "Your organisation, as the fact-checks’ author (ClaimReview): "
                        <input
                            type="text"
                            data-testid="export-organisation"
                            maxlength="200"
                            placeholder="none"
                            value=choices.organisation.unwrap_or_default()
                            node_ref=organisation
                            on:change=keep
                        />
                    </label>
                    <label>
                        <input type="checkbox" data-testid="export-unreviewed" checked=choices.mark_unreviewed node_ref=marked on:change=keep/>
                        " Export documents not reviewed yet to Prodigy, doccano, Label Studio and spaCy, marked as unreviewed (else they are left out)"
                    </label>
                    <label>
                        <input type="checkbox" data-testid="export-w3c-without-text" checked=choices.w3c_without_text node_ref=no_text on:change=keep/>
                        " Leave the article’s text out of W3C exports (annotations only, placed by their quotes; a fresh browser then cannot place them)"
                    </label>
                    <super::VerdictScale/>
                </div>
            }
        })
    };
    view! {
        <button data-testid="export-options" title="Your name for W3C exports, your organisation for ClaimReview; unreviewed documents; the verdict scale" aria-expanded=move || open.get().to_string() on:click=move |_| state.toggle_panel(Panel::ExportOptions)>
            "Options…"
        </button>
        {panel}
    }
}

/// How far the review of the open document has come ("12 of 40
/// reviewed"), and a button to the next suggestion still to review (`n`).
#[component]
fn ReviewProgress() -> impl IntoView {
    let state = expect_context::<AppState>();
    let progress =
        Memo::new(move |_| state.with_library(|l| l.current().and_then(Progress::of)).filter(|p| p.total > 0));
    let done = move || progress.with(|p| p.is_some_and(|p| p.status() == Status::Done));
    // Done here: the button goes on to the next document with something to review.
    let elsewhere = move || done() && state.with_library(|l| next_document_to_review(l).is_some());
    // The line stays while its figures change, so the button keeps the
    // keyboard's focus through a review (n, a, x, Enter).
    view! {
        <Show when=move || progress.with(Option::is_some)>
            <div class="review-progress" data-testid="progress">
                <progress
                    aria-hidden="true"
                    max=move || progress.with(|p| p.map_or(0, |p| p.total)).to_string()
                    value=move || progress.with(|p| p.map_or(0, |p| p.reviewed)).to_string()
                ></progress>
                <span data-testid="progress-text">{move || progress.with(|p| p.map(|p| p.describe(&locale::count)))}</span>
                <button
                    data-testid="next-unreviewed"
                    title="Select the next suggestion not yet accepted or rejected (n)"
                    disabled=move || done() && !elsewhere()
                    on:click=move |_| state.next_unreviewed()
                >
                    {move || if elsewhere() { "Next document to review" } else { "Next to review" }}
                </button>
            </div>
        </Show>
    }
}

/// Why the selected finding was found, in words: shown under the article
/// while it is selected and announced to screen readers, so the keyboard
/// (j / k, or Tab through the side panel) learns what the mouse's hover does.
#[component]
pub fn Why() -> impl IntoView {
    let state = expect_context::<AppState>();
    let why = move || {
        let f = state.selected.get()?;
        state.with_library(|l| l.current().and_then(|doc| view::why(doc, f, &locale::number)))
    };
    view! {
        <div class="why" role="status" data-testid="why" class:shown=move || why().is_some()>
            {why}
        </div>
    }
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
    ("export-jsonl", "Prodigy", "Reviewed documents as Prodigy JSONL (text, spans, answer)", exchange::Kind::Jsonl),
    (
        "export-doccano",
        "doccano",
        "Reviewed documents as doccano JSONL (label: [start, end, label])",
        exchange::Kind::Doccano,
    ),
    (
        "export-label-studio",
        "Label Studio",
        "Label Studio tasks: your decisions as annotations, pending suggestions as predictions",
        exchange::Kind::LabelStudio,
    ),
    (
        "export-claimreview",
        "ClaimReview",
        "The claims you gave a verdict, as schema.org ClaimReview (JSON-LD) for your fact-check pages",
        exchange::Kind::ClaimReview,
    ),
    (
        "export-spacy",
        "spaCy",
        "Reviewed documents as JSONL of spans for spaCy's Example.from_dict",
        exchange::Kind::Spacy,
    ),
];

/// One toggle of the legend: the kind, its count, and whether it shows.
fn toggle(
    state: AppState,
    (kind, one): (&'static str, &'static str),
    count: Option<usize>,
    pending: bool,
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
            {match count {
                Some(n) => describe::counted(n, one, kind, &locale::count),
                // Being found; or not to be found (see `Document::unanalysed`).
                None if pending => format!("… {kind}"),
                None => kind.to_string(),
            }}
        </button>
    }
}

/// The open document: its header, its text with the highlights, and the
/// overview bar. Called when another document opens; changes to the same
/// document (reviews, annotations, tags, search) re-render only the blocks
/// they touch (a keyed list of blocks). A long document is painted in
/// slices, so the page answers while the rest is laid out.
fn render(doc: &Document, state: AppState) -> impl IntoView + use<> {
    // Counts are not known while the findings are being made.
    let known = |n: usize| (!doc.pending && doc.unanalysed.is_none()).then_some(n);
    let (quotes, numbers, claims) = (known(doc.quote_count()), known(doc.figure_count()), known(doc.checkworthy()));
    // Past the budget the rest of the text is painted plain (see
    // `MARK_BUDGET`); how many were left is said under the title.
    // The views made last time, reused for the blocks a change leaves alone.
    let cache: StoredValue<BlockCache> = StoredValue::new(BlockCache::default());
    let laid_out: Memo<(Vec<Arc<BlockView>>, usize)> = Memo::new(move |_| {
        let query = state.query.get();
        state.with_library(|l| {
            let Some(doc) = l.current() else { return (Vec::new(), 0) };
            let ctx = ViewContext::new(doc, &l.tags, &query, &locale::number);
            let laid = layout_within(&doc.text, &doc.analysis, &doc.annotations, MARK_BUDGET);
            let mut views = Vec::new();
            cache.update_value(|c| views = c.views(&ctx, &laid.blocks));
            (views, laid.unpainted)
        })
    });
    let unpainted = Memo::new(move |_| laid_out.with(|l| l.1));
    let total = laid_out.with_untracked(|l| l.0.len());
    let painted = RwSignal::new(FIRST_SLICE.min(total));
    // Until every block is painted the document counts as being opened: if
    // the app stops meanwhile, the next start does not open it again.
    let id = doc.id;
    let rehearsal = state.is_rehearsal();
    if !rehearsal {
        store::opening(id);
    }
    // A very long document is virtualised: only the chunks near the
    // viewport hold their paragraphs (see `Virtual`).
    let virtualised = total > VIRTUAL_FROM;
    if !rehearsal {
        virtual_stop();
    }
    if total > FIRST_SLICE && !virtualised {
        paint_in_slices(state, painted, total, id);
    } else if !rehearsal {
        set_timeout(move || store::opened(Some(id)), Duration::ZERO);
    }
    // The blocks are painted by plain DOM calls (see `paint`), the key of
    // each painted block kept here: a change replaces only the blocks whose
    // key changed, and painting the next slice only appends.
    let body = NodeRef::<leptos::html::Div>::new();
    let keys: StoredValue<Vec<u64>> = StoredValue::new(Vec::new());
    Effect::new(move |_| {
        let Some(body) = body.get() else { return };
        if virtualised {
            laid_out.track();
            virtual_paint(&body, laid_out, state);
            return;
        }
        let count = painted.get();
        let selected = state.selected.get_untracked().map(run_selector);
        laid_out.with(|(blocks, _)| keys.update_value(|keys| paint(&body, blocks, count, keys, selected.as_deref())));
    });
    // One effect marks the selected finding's runs, instead of one reactive
    // class per run: selecting stays instant in a 1 MB article.
    Effect::new(move |_| {
        let selected = state.selected.get();
        if !rehearsal {
            mark_selected(selected);
        }
    });
    let unpainted_note = move || {
        let n = unpainted.get();
        (n > 0).then(|| {
            view! {
                <p class="page-note" role="note" data-testid="unpainted-note">
                    {format!(
                        "This document has more findings than can be highlighted at once: the first {} are highlighted, {} further ones are not, to keep the page responsive.",
                        locale::count(MARK_BUDGET),
                        locale::count(n),
                    )}
                </p>
            }
        })
    };
    let pending_note = (doc.pending && doc.text.len() >= crate::state::BIG_TEXT).then(|| {
        view! {
            <p class="page-note pending-note" role="status" data-testid="pending-note">
                {format!(
                    "Finding quotes, numbers and claims in this {:.1} MB text… You can read it meanwhile; the highlights appear when they are found.",
                    doc.text.len() as f64 / 1_048_576.0,
                )}
            </p>
        }
    });
    let unanalysed_note = doc.unanalysed.as_ref().map(|why| {
        view! {
            <p class="page-note" role="note" data-testid="unanalysed-note">
                {format!(
                    "Its quotes, numbers and claims could not be found: {why}. The text and your annotations are here; reload the page to try again."
                )}
            </p>
        }
    });
    let language_note = view::language_note(doc)
        .map(|note| view! { <p class="page-note info-note" role="note" data-testid="language-note">{note}</p> });
    let exports_open = RwSignal::new(false);
    view! {
        <header class="article-head">
            <h2 class="article-title" data-testid="article-title">{shown(&doc.title)}</h2>
            {page_line(doc)}
            {pending_note}
            {unanalysed_note}
            {language_note}
            {unpainted_note}
            <div class="legend" role="group" aria-label="Show or hide highlights" data-testid="legend">
                {toggle(state, ("quotes", "quote"), quotes, doc.pending, |l| l.quotes, |l| l.quotes = !l.quotes)}
                {toggle(state, ("numbers", "number"), numbers, doc.pending, |l| l.numbers, |l| l.numbers = !l.numbers)}
                {toggle(state, ("claims", "claim"), claims, doc.pending, |l| l.claims, |l| l.claims = !l.claims)}
            </div>
            <ReviewProgress/>
            <div class="exports" class:open=move || exports_open.get() role="group" aria-label="Export">
                // On a narrow screen the buttons wait behind this one.
                <button
                    class="exports-toggle"
                    data-testid="exports-toggle"
                    aria-expanded=move || exports_open.get().to_string()
                    on:click=move |_| exports_open.update(|o| *o = !*o)
                >
                    "Export, share…"
                </button>
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
                <ExportOptions/>
            </div>
        </header>
        <div class="article-frame">
            <div class="article-body" node_ref=body on:click=move |ev| state.pick(finding_at(ev.target()))></div>
            {overview(doc, state)}
        </div>
    }
    .into_any()
}

/// Blocks painted at once when a document opens; the rest follow in slices
/// of `SLICE`, one per turn of the event loop, into elements of `CHUNK`.
const FIRST_SLICE: usize = 150;
const SLICE: usize = 300;
const CHUNK: usize = 300;

fn paint_in_slices(state: AppState, painted: RwSignal<usize>, total: usize, id: u64) {
    let say = move |shown: usize| format!("Painting highlights… {}%", shown * 100 / total);
    state.busy.set(Some(say(painted.get_untracked())));
    fn next(
        state: AppState,
        painted: RwSignal<usize>,
        total: usize,
        id: u64,
        say: impl Fn(usize) -> String + Copy + 'static,
    ) {
        set_timeout(
            move || {
                // The document was closed meanwhile: its signals are gone.
                let Some(shown) = painted.try_get_untracked() else {
                    state.busy.set(None);
                    store::opened(Some(id));
                    return;
                };
                let shown = (shown + SLICE).min(total);
                painted.set(shown);
                if shown < total {
                    state.busy.set(Some(say(shown)));
                    next(state, painted, total, id, say);
                } else {
                    state.busy.set(None);
                    store::opened(Some(id));
                }
            },
            Duration::ZERO,
        );
    }
    next(state, painted, total, id, say);
}

/// Documents with more blocks than this are virtualised.
const VIRTUAL_FROM: usize = 20 * CHUNK;
/// How far beyond the viewport (CSS pixels) chunks are kept painted.
const VIRTUAL_MARGIN: &str = "1500px 0px";

type Blocks = Memo<(Vec<Arc<BlockView>>, usize)>;

/// The painter of a virtualised document: every chunk of `CHUNK` paragraphs
/// has its element from the start, but only those near the viewport (an
/// `IntersectionObserver` tells) hold their paragraphs; the others keep
/// the height they had, or an estimate, so the scroll bar stays true. So
/// 200,000 paragraphs show their first screen at once and the page holds
/// a few thousand elements, not millions. Selecting a finding paints its
/// chunk first ([`reveal`]). One document at a time.
struct Virtual {
    body: web_sys::Element,
    blocks: Blocks,
    state: AppState,
    /// The keys of each chunk's painted blocks; `None` while it is empty.
    chunks: Vec<Option<Vec<u64>>>,
    /// CSS pixels per unit of [`chunk_units`], measured on the first chunk painted.
    px_per_unit: Option<f64>,
    observer: web_sys::IntersectionObserver,
    _on_change: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

thread_local! {
    static VIRTUAL: std::cell::RefCell<Option<Virtual>> = const { std::cell::RefCell::new(None) };
}

/// Stops the painter of the document shown before, if it was virtualised.
fn virtual_stop() {
    if let Some(old) = VIRTUAL.with_borrow_mut(Option::take) {
        old.observer.disconnect();
    }
}

/// Paints the chunk of a virtualised document that holds byte offset `at`,
/// so a finding there can be scrolled to. Nothing for other documents.
pub fn reveal(at: usize) {
    VIRTUAL.with_borrow_mut(|v| {
        let Some(v) = v.as_mut() else { return };
        let Some(i) = v.blocks.try_with_untracked(|(blocks, _)| blocks.partition_point(|b| b.at <= at).max(1) - 1)
        else {
            return;
        };
        v.fill(i / CHUNK);
    });
}

/// Sets up or updates the painter of a virtualised document: a new set of
/// blocks (another document, or the same one with its findings) makes every
/// chunk anew; a change (a tag, a review, a search) replaces the changed
/// blocks of the painted chunks only.
fn virtual_paint(body: &web_sys::Element, blocks: Blocks, state: AppState) {
    let count = blocks.with_untracked(|(b, _)| b.len().div_ceil(CHUNK));
    let reused = VIRTUAL.with_borrow_mut(|v| match v.as_mut() {
        Some(v) if v.body == *body && v.chunks.len() == count => {
            v.blocks = blocks;
            v.refresh();
            true
        }
        _ => false,
    });
    if reused {
        return;
    }
    virtual_stop();
    let on_change = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
        VIRTUAL.with_borrow_mut(|v| {
            let Some(v) = v.as_mut() else { return };
            for entry in entries.iter().filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok()) {
                let Some(i) = entry.target().get_attribute("data-chunk").and_then(|i| i.parse::<usize>().ok()) else {
                    continue;
                };
                if entry.is_intersecting() {
                    v.fill(i);
                } else {
                    v.empty(i);
                }
            }
        })
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(VIRTUAL_MARGIN);
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    body.set_text_content(None);
    let doc = document();
    let added = doc.create_document_fragment();
    let mut v = Virtual {
        body: body.clone(),
        blocks,
        state,
        chunks: vec![None; count],
        px_per_unit: None,
        observer,
        _on_change: on_change,
    };
    for i in 0..count {
        let Ok(c) = doc.create_element("div") else { return };
        c.set_class_name("chunk virtual");
        let _ = c.set_attribute("data-chunk", &i.to_string());
        let _ = added.append_child(&c);
        v.observer.observe(&c);
    }
    let _ = body.append_child(&added);
    v.estimate_heights();
    // The first screen at once, not a frame later when the observer speaks.
    v.fill(0);
    VIRTUAL.with_borrow_mut(|slot| *slot = Some(v));
}

/// What a chunk's height is estimated from: its characters, and a line's
/// worth for each paragraph's margin and last line.
fn chunk_units(blocks: &[Arc<BlockView>]) -> f64 {
    blocks.iter().map(|b| b.runs.iter().map(|r| r.text.len()).sum::<usize>() as f64 + 60.0).sum()
}

impl Virtual {
    fn chunk(&self, i: usize) -> Option<web_sys::HtmlElement> {
        self.body.children().item(i as u32)?.dyn_into().ok()
    }

    /// Gives every empty chunk the height its text is estimated to take
    /// (before any chunk is measured: about 0.35 px per character).
    fn estimate_heights(&self) {
        let per_unit = self.px_per_unit.unwrap_or(0.35);
        let _ = self.blocks.try_with_untracked(|(blocks, _)| {
            for (i, keys) in self.chunks.iter().enumerate() {
                if keys.is_none()
                    && let Some(c) = self.chunk(i)
                {
                    let part = &blocks[i * CHUNK..((i + 1) * CHUNK).min(blocks.len())];
                    let _ = c.style().set_property("height", &format!("{:.0}px", chunk_units(part) * per_unit));
                }
            }
        });
    }

    fn fill(&mut self, i: usize) {
        if self.chunks.get(i).is_none_or(Option::is_some) {
            return;
        }
        let Some(c) = self.chunk(i) else { return };
        let selected = self.state.selected.try_get_untracked().flatten().map(run_selector);
        let Some((added, keys, units)) = self.blocks.try_with_untracked(|(blocks, _)| {
            let part = &blocks[i * CHUNK..((i + 1) * CHUNK).min(blocks.len())];
            let added = document().create_document_fragment();
            for b in part {
                if let Some(p) = marked_block(b, selected.as_deref()) {
                    let _ = added.append_child(&p);
                }
            }
            (added, part.iter().map(|b| b.key).collect::<Vec<_>>(), chunk_units(part))
        }) else {
            return;
        };
        let _ = c.append_child(&added);
        let _ = c.style().remove_property("height");
        self.chunks[i] = Some(keys);
        // A hidden article (another pane on a phone) measures 0: no estimate.
        let height = c.get_bounding_client_rect().height();
        if self.px_per_unit.is_none() && units > 0.0 && height > 0.0 {
            self.px_per_unit = Some(height / units);
            self.estimate_heights();
        }
    }

    /// Empties a painted chunk, keeping the height it had.
    fn empty(&mut self, i: usize) {
        if self.chunks.get(i).is_none_or(Option::is_none) {
            return;
        }
        let Some(c) = self.chunk(i) else { return };
        let height = c.get_bounding_client_rect().height();
        // Hidden (another pane on a phone): kept as it is, so the reading
        // place and the heights are there when it shows again.
        if height <= 0.0 {
            return;
        }
        c.set_text_content(None);
        let _ = c.style().set_property("height", &format!("{height}px"));
        self.chunks[i] = None;
    }

    /// Replaces the changed blocks of the painted chunks.
    fn refresh(&mut self) {
        let selected = self.state.selected.try_get_untracked().flatten().map(run_selector);
        let body = self.body.clone();
        let chunks = &mut self.chunks;
        let _ = self.blocks.try_with_untracked(|(blocks, _)| {
            for (i, keys) in chunks.iter_mut().enumerate() {
                let Some(keys) = keys else { continue };
                let Some(c) = body.children().item(i as u32) else { continue };
                for (j, b) in blocks.iter().skip(i * CHUNK).take(keys.len()).enumerate() {
                    if keys[j] != b.key
                        && let Some(old) = c.children().item(j as u32)
                        && let Some(new) = marked_block(b, selected.as_deref())
                    {
                        let _ = old.replace_with_with_node_1(&new);
                        keys[j] = b.key;
                    }
                }
            }
        });
    }
}

/// A block's element, with the `selected` finding's runs marked.
fn marked_block(b: &BlockView, selected: Option<&str>) -> Option<web_sys::Element> {
    let p = block_element(b)?;
    if let Some(list) = selected.and_then(|s| p.query_selector_all(s).ok()) {
        for el in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.class_list().add_1("selected");
        }
    }
    Some(p)
}

/// Brings `body` to the first `count` of `blocks`, `keys` being what it
/// shows now: a block whose key changed is replaced, new ones appended.
/// A block never changes once painted (a change gives it a new key), so it
/// needs no reactive state and holds no JavaScript handle: as Leptos views
/// each highlight kept about fourteen, and 20,000 held 285,000 of them.
/// New blocks carry the class of the `selected` finding's runs (a selector
/// within a paragraph): marking them costs the new blocks, not the page.
fn paint(
    body: &web_sys::Element,
    blocks: &[Arc<BlockView>],
    count: usize,
    keys: &mut Vec<u64>,
    selected: Option<&str>,
) {
    let block = |b: &BlockView| marked_block(b, selected);
    let count = count.min(blocks.len());
    if keys.is_empty() {
        // Leptos may reuse the element of the document shown before.
        body.set_text_content(None);
    }
    keys.truncate(count);
    let chunks = body.children();
    for (i, b) in blocks.iter().enumerate().take(keys.len()) {
        if keys[i] != b.key
            && let Some(old) = chunks.item((i / CHUNK) as u32).and_then(|c| c.children().item((i % CHUNK) as u32))
            && let Some(new) = block(b)
        {
            let _ = old.replace_with_with_node_1(&new);
            keys[i] = b.key;
        }
    }
    // Blocks go into chunks of `CHUNK`: the browser then lays out a new
    // slice without going over every paragraph already shown (appended to
    // one long list, 200,000 paragraphs took minutes to paint).
    let doc = document();
    while keys.len() < count {
        let at = keys.len();
        let chunk = match chunks.item((at / CHUNK) as u32) {
            Some(c) => c,
            None => {
                let Ok(c) = doc.create_element("div") else { return };
                c.set_class_name("chunk");
                let _ = body.append_child(&c);
                c
            }
        };
        let added = doc.create_document_fragment();
        let end = count.min((at / CHUNK + 1) * CHUNK);
        for b in &blocks[at..end] {
            if let Some(p) = block(b) {
                let _ = added.append_child(&p);
            }
            keys.push(b.key);
        }
        let _ = chunk.append_child(&added);
    }
}

/// A paragraph with its runs, as plain DOM: text as text, never as HTML.
fn block_element(b: &BlockView) -> Option<web_sys::Element> {
    let doc = document();
    let p = doc.create_element("p").ok()?;
    p.set_class_name(match b.kind {
        BlockKind::Heading => "block heading",
        BlockKind::Furniture => "block furniture",
        BlockKind::Body => "block",
    });
    p.set_attribute("data-at", &b.at.to_string()).ok()?;
    if b.kind == BlockKind::Furniture {
        p.set_attribute("title", "Page furniture: not part of the article").ok()?;
    }
    for run in &b.runs {
        let Some(m) = &run.mark else {
            p.append_with_str_1(&run.text).ok()?;
            continue;
        };
        let mark = doc.create_element("mark").ok()?;
        mark.set_class_name(&m.class);
        let index = |i: Option<usize>| i.map(|i| i.to_string());
        let attributes = [
            ("data-quote", index(m.quote)),
            ("data-number", index(m.number)),
            ("data-claim", index(m.claim)),
            ("data-notes", m.notes.clone()),
            ("data-speaker", m.speaker.clone()),
            ("data-sr", m.spoken.clone()),
            ("title", Some(m.title.clone())),
        ];
        for (name, value) in attributes {
            if let Some(value) = value {
                mark.set_attribute(name, &value).ok()?;
            }
        }
        mark.set_text_content(Some(&run.text));
        p.append_child(&mark).ok()?;
    }
    Some(p)
}

/// A slim bar beside the text with a mark for every finding, like a code
/// editor's minimap; clicking a mark selects the finding.
fn overview(doc: &Document, state: AppState) -> impl IntoView + use<> {
    // At most one mark per kind and height, drawn by plain DOM calls once
    // (thousands of Leptos elements would each hold handles), and one click
    // handler on the bar that reads which mark was hit.
    let marks = findings::overview_marks(&doc.analysis, doc.text.len());
    let bar = NodeRef::<leptos::svg::Svg>::new();
    bar.on_load(move |bar| draw_marks(&bar, &marks));
    let pick = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let i = el.get_attribute("data-i").and_then(|v| v.parse().ok());
        let f = match (el.get_attribute("data-kind").as_deref(), i) {
            (Some("claim"), Some(i)) => Finding::Claim(i),
            (Some("quote"), Some(i)) => Finding::Quote(i),
            (Some("number"), Some(i)) => Finding::Number(i),
            _ => return,
        };
        state.select(f);
    };
    view! {
        <svg class="overview" viewBox="0 0 10 1000" preserveAspectRatio="none" role="img" aria-label="Where the highlights are" data-testid="overview" node_ref=bar on:click=pick></svg>
    }
}

fn draw_marks(bar: &web_sys::Element, marks: &[(&'static str, usize, u32)]) {
    const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");
    let doc = document();
    // Leptos may reuse the bar of the document shown before.
    bar.set_text_content(None);
    let added = doc.create_document_fragment();
    for &(kind, i, y) in marks {
        let Ok(rect) = doc.create_element_ns(SVG, "rect") else { return };
        let x = match kind {
            "quote" => "0",
            "number" => "3.5",
            _ => "7",
        };
        for (name, value) in [
            ("class", format!("mm-{kind}")),
            ("data-kind", kind.to_string()),
            ("data-i", i.to_string()),
            ("x", x.to_string()),
            ("y", y.min(994).to_string()),
            ("width", "3".to_string()),
            ("height", "6".to_string()),
        ] {
            let _ = rect.set_attribute(name, &value);
        }
        let _ = added.append_child(&rect);
    }
    let _ = bar.append_child(&added);
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

/// Under the title: for a web page what it says about itself (byline, site,
/// date, address) and, when its article was not found, why the whole page
/// is shown; for other documents the file name.
fn page_line(doc: &Document) -> AnyView {
    let file = doc.source.as_deref().map_or_else(|| "Pasted text".into(), shown);
    let Some(page) = doc.page.clone() else {
        return view! { <p class="muted">{file}</p> }.into_any();
    };
    let line = page.line();
    let address = page.url.clone().unwrap_or(file);
    view! {
        {(!line.is_empty()).then(|| view! { <p class="page-byline" data-testid="article-byline">{line}</p> })}
        <p class="muted page-address" data-testid="article-address">{address}</p>
        {page.note.map(|note| view! { <p class="page-note" role="note" data-testid="page-note">{note}</p> })}
    }
    .into_any()
}
