use leptos::prelude::*;
use marginalia_core::Span;
use marginalia_model::annotation::{Edge, Review, SuggestionKey};
use marginalia_model::check::{Check, Evidence, Status};
use marginalia_model::{Document, describe, findings};

use crate::locale;
use crate::state::AppState;
use marginalia_model::findings::Finding;
use wasm_bindgen::JsCast;

/// The side panel: the reader's annotations, then the open document's
/// suggestions — quotes by speaker, figures, check-worthy claims by score —
/// each with accept / reject. Clicking an entry selects and scrolls to it.
#[component]
pub fn Findings() -> impl IntoView {
    let state = expect_context::<AppState>();
    // What each part of the panel is made from, so that a change elsewhere
    // does not make it again (in a long article the lists hold hundreds of
    // entries): a tag or a note remakes the reader's annotations only, and a
    // review remakes nothing (each entry follows its own decision, below).
    // `pending`: the findings arrive from the worker after the text.
    let made_from = move |notes: bool| {
        let query = state.query.get();
        state.with_library(|l| {
            let t = l.claim_threshold();
            l.current().map(|d| {
                let a = &d.annotations;
                let items = notes.then(|| (a.items.clone(), l.tags.clone()));
                (
                    d.id,
                    d.text.len(),
                    d.pending,
                    d.unanalysed.is_some(),
                    a.speakers.clone(),
                    a.checks.clone(),
                    items,
                    query,
                    t,
                )
            })
        })
    };
    let annotations = Memo::new(move |_| made_from(true));
    let suggestions = Memo::new(move |_| made_from(false));
    let reviews = Memo::new(move |_| {
        state.with_library(|l| l.current().map(|d| d.annotations.reviews.clone()).unwrap_or_default())
    });
    // A document's findings, when they arrive, are listed a frame after the
    // article shows them: the highlights are painted first (the panel's
    // hundreds of entries took most of a first paste's time, measured).
    // Later changes to the same findings (a review, the threshold, the
    // search) are listed at once.
    // Read from a frame's callback, which may run after the panel is gone
    // (the rehearsal's, in a hidden tab): then `None` twice, and nothing set.
    let arrival = move || suggestions.try_with_untracked(|m| m.as_ref().map(|m| (m.0, m.1, m.2, m.3)));
    let listed = RwSignal::new(None::<(u64, usize, bool, bool)>);
    Effect::new(move |_| {
        suggestions.track();
        let now = arrival();
        if listed.try_get_untracked() == now {
            return;
        }
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if now.is_some() && arrival() == now && listed.try_get_untracked() != now {
                        listed.try_set(now.flatten());
                    }
                },
                std::time::Duration::ZERO,
            );
        });
    });
    let has_doc = move || state.with_library(|l| l.current().is_some());
    view! {
        <aside class="findings" aria-label="Findings" data-testid="findings">
            <Show when=has_doc>
                <input
                    id="search"
                    class="search"
                    type="search"
                    data-testid="search"
                    placeholder="Search…  #tag  is:quote"
                    aria-label="Search quotes, numbers, claims and your notes (/)"
                    prop:value=move || state.query.get()
                    on:input:target=move |ev| state.query.set(ev.target().value())
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            state.query.set(String::new());
                        }
                    }
                />
                <ClaimThreshold/>
            </Show>
            {move || {
                annotations.get().and_then(|_| state.peek_library(|l| l.current().map(|doc| search_and_notes(doc, state))))
            }}
            {move || {
                let made = suggestions.get()?;
                if listed.get() != Some((made.0, made.1, made.2, made.3)) {
                    return Some(
                        view! { <p class="listing" data-testid="listing" aria-busy="true">"Listing the findings…"</p> }
                            .into_any(),
                    );
                }
                state.peek_library(|l| l.current().map(|doc| panel(doc, state, reviews).into_any()))
            }}
        </aside>
    }
}

/// The score from which claims are marked: a slider the reader moves to see
/// more or fewer claims (the counts follow as it moves). Outside the list
/// below, which is rebuilt as the threshold changes, so dragging goes on.
#[component]
fn ClaimThreshold() -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || state.with_library(|l| l.claim_threshold());
    let is_default = move || state.with_library(|l| l.claim_threshold_is_default());
    let default = marginalia_core::claim::threshold();
    let set = move |t: f32| state.set_claim_threshold(t);
    view! {
        <div class="threshold" data-testid="claim-threshold-control">
            <label for="claim-threshold">
                "Mark claims scored "
                <output for="claim-threshold" data-testid="claim-threshold-value">{move || format!("{:.2}", value())}</output>
                " or more"
            </label>
            <input
                id="claim-threshold"
                type="range"
                min="0.05"
                max="0.95"
                step="0.01"
                data-testid="claim-threshold"
                aria-describedby="claim-threshold-help"
                prop:value=move || format!("{:.2}", value())
                on:input:target=move |ev| {
                    if let Ok(t) = ev.target().value().parse::<f32>() {
                        set(t);
                    }
                }
            />
            <p id="claim-threshold-help" class="muted small">
                {format!(
                    "Lower marks more sentences, higher fewer and surer ones. The default, {default:.2}, is where the model’s precision and recall meet on news it was not trained on."
                )}
                " "
                <Show when=move || !is_default()>
                    <button class="small" data-testid="claim-threshold-default" on:click=move |_| set(default)>
                        "Back to the default"
                    </button>
                </Show>
            </p>
        </div>
    }
}

/// The search's result line (how many findings of all kinds match, or that
/// none does) and the reader's own annotations.
fn search_and_notes(doc: &Document, state: AppState) -> impl IntoView + use<> {
    let query = state.query.get_untracked();
    let search_line = findings::search_result(doc, &query).map(|(matched, said)| {
        view! { <p class="search-result" role="status" data-testid="search-result" class:none=matched == 0>{said}</p> }
    });
    view! {
        {search_line}
        {notes(doc, state, &query)}
    }
}

/// The document's suggestions: quotes by speaker, figures, claims by score.
/// Each entry follows its decision in `reviews`.
fn panel(doc: &Document, state: AppState, reviews: Memo<Reviews>) -> impl IntoView + use<> {
    let a = &doc.analysis;
    let query = state.query.get_untracked();
    let shown = |f: Finding| f.matches(doc, &query);
    let text = |s: marginalia_core::Span| s.text(&doc.text).to_string();
    let quote_groups = findings::quotes_by_speaker(doc);
    let figures = findings::figures(a);
    // Not known while the findings are being made, or when they could not be.
    let count = |n: usize| match (doc.pending, doc.unanalysed.is_some()) {
        (true, _) => "…".to_string(),
        (false, true) => "–".to_string(),
        (false, false) => locale::count(n),
    };
    let claims = findings::claims_by_score(a);
    let key = |f: Finding| f.key(a).expect("a suggestion");
    let entry = |f: Finding, text: String, meta: String, extra: Option<AnyView>| {
        let k = key(f);
        let editor = match f {
            Finding::Quote(i) => {
                Some(speaker_editor(state, k, doc.quote_speaker(i), doc.annotations.speakers.contains_key(&k)))
            }
            Finding::Claim(_) => Some(check_section(state, doc, k.span(), false)),
            _ => None,
        };
        shown(f).then(|| suggestion(state, f, k, reviews, text, meta, extra, editor))
    };
    // While a search is typed, the bulk buttons accept what it shows, never
    // what it hides.
    let keys_of = |findings: &mut dyn Iterator<Item = Finding>| -> Vec<SuggestionKey> {
        findings.filter(|&f| shown(f)).filter_map(|f| f.key(a)).collect()
    };
    let all_quotes = keys_of(&mut quote_groups.iter().flat_map(|(_, ids)| ids.iter().map(|&i| Finding::Quote(i))));
    let all_numbers = keys_of(&mut figures.iter().map(|&i| Finding::Number(i)));
    let strong_claims = keys_of(&mut claims.iter().filter(|&&i| a.claims[i].score >= 0.8).map(|&i| Finding::Claim(i)));
    let searched = !query.trim().is_empty();
    let label = move |all: &'static str, shown: &'static str| if searched { shown } else { all };
    // Nothing to accept: no button ("Accept all quotes" over no quotes).
    let bulk = move |label: &'static str, testid: &'static str, keys: Vec<SuggestionKey>| {
        (!keys.is_empty()).then(|| {
            view! {
                <button
                    class="bulk"
                    data-testid=testid
                    on:click=move |_| {
                        state.accept_all(&keys)
                    }
                >
                    {label}
                </button>
            }
        })
    };
    // Long articles have thousands of findings: each list shows the first
    // LISTED that match the search (the article shows them all), and says
    // how many more a search would list.
    let mut left = LISTED;
    let mut quotes_more = 0;
    let quote_views = quote_groups
        .into_iter()
        .filter_map(|(speaker, ids)| {
            let ids: Vec<usize> = ids.into_iter().filter(|&i| shown(Finding::Quote(i))).collect();
            let listed = ids.len().min(left);
            left -= listed;
            quotes_more += ids.len() - listed;
            (listed > 0).then(|| {
                view! {
                    <h3 class="speaker" data-testid="speaker">{speaker.unwrap_or_else(|| "Speaker unknown".into())}</h3>
                    <ul>
                        {ids[..listed].iter().map(|&i| {
                            let q = &a.quotes[i];
                            entry(Finding::Quote(i), text(q.span), describe::quote(q, doc.quote_speaker(i).as_deref()), None)
                        }).collect_view()}
                    </ul>
                }
            })
        })
        .collect_view();
    // While a search is typed each count says how many it shows: "5 of 17".
    let (quotes_shown, numbers_shown) = (all_quotes.len(), all_numbers.len());
    let matching_claims = findings::claims_matching(doc, &query);
    let claims_shown = matching_claims.len();
    let count = move |shown: usize, n: usize| {
        let all = count(n);
        if searched && !doc.pending { format!("{} of {all}", locale::count(shown)) } else { all }
    };
    let (figures, numbers_more) = listed(figures.into_iter().filter(|&i| shown(Finding::Number(i))));
    let (claims, claims_more) = listed(matching_claims.into_iter());
    view! {
        <section class="finding-group">
            <h2 class="panel-title">"Quotes " <span class="count" data-testid="count-quotes">{count(quotes_shown, doc.quote_count())}</span></h2>
            {bulk(label("Accept all quotes", "Accept the quotes shown"), "accept-quotes", all_quotes)}
            {quote_views}
            {more(quotes_more)}
        </section>
        <section class="finding-group">
            <h2 class="panel-title">"Numbers " <span class="count" data-testid="count-numbers">{count(numbers_shown, doc.figure_count())}</span></h2>
            {bulk(label("Accept all numbers", "Accept the numbers shown"), "accept-numbers", all_numbers)}
            <ul>
                {figures.into_iter().map(|i| {
                    let n = &a.numbers[i];
                    entry(Finding::Number(i), text(n.span), locale::number(n), None)
                }).collect_view()}
            </ul>
            {more(numbers_more)}
        </section>
        <section class="finding-group">
            <h2 class="panel-title">"Check-worthy claims " <span class="count" data-testid="count-claims">{count(claims_shown, doc.checkworthy())}</span></h2>
            {bulk(label("Accept claims scored 0.8 or more", "Accept those shown scored 0.8 or more"), "accept-claims", strong_claims)}
            <ul>
                {claims.into_iter().map(|i| {
                    let c = &a.claims[i];
                    let reasons = view! {
                        <ul class="reasons">{c.reasons.iter().map(|r| view! { <li>{describe::reason(r)}</li> }).collect_view()}</ul>
                    };
                    entry(Finding::Claim(i), text(c.span), format!("score {:.2}", c.score), Some(reasons.into_any()))
                }).collect_view()}
            </ul>
            {more(claims_more)}
        </section>
    }
}

/// The open document's decisions (absent: pending).
type Reviews = std::collections::BTreeMap<SuggestionKey, Review>;

/// How many entries of one kind the panel lists at once.
const LISTED: usize = 200;

/// The first `LISTED` of `ids`, and how many are left out.
fn listed(ids: impl Iterator<Item = usize>) -> (Vec<usize>, usize) {
    let all: Vec<usize> = ids.collect();
    let more = all.len().saturating_sub(LISTED);
    (all.into_iter().take(LISTED).collect(), more)
}

/// "…and N more", when a list is cut.
fn more(n: usize) -> Option<impl IntoView> {
    (n > 0).then(|| {
        view! {
            <p class="muted small" data-testid="more">
                {format!("…and {n} more in the article (j / k visit them). Search (/) narrows the list.")}
            </p>
        }
    })
}

/// Who said a suggested quote, editable: type a name and press Enter (an
/// empty name means unknown), or take the words selected in the article.
/// `s` on a selected quote focuses it.
fn speaker_editor(state: AppState, key: SuggestionKey, current: Option<String>, corrected: bool) -> AnyView {
    let input = NodeRef::<leptos::html::Input>::new();
    // Saving hands the keys back to review (j / k, Ctrl+Z) by leaving the field.
    let save = move || {
        if let Some(el) = input.get_untracked() {
            state.correct_speaker(key, Some(el.value()));
            let _ = el.blur();
        }
    };
    view! {
        <div class="speaker-edit" role="group" aria-label="Who said it">
            <span class="speaker-label" aria-hidden="true">"Said by"</span>
            <input
                node_ref=input
                class="speaker-input"
                data-testid="speaker-input"
                aria-label="Who said it (Enter saves; leave empty for unknown)"
                placeholder="speaker unknown"
                prop:value=current.clone().unwrap_or_default()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        save();
                    } else if ev.key() == "Escape" {
                        // Esc gives up what was typed and hands the keys back.
                        ev.prevent_default();
                        if let Some(el) = input.get_untracked() {
                            el.set_value(current.as_deref().unwrap_or_default());
                            let _ = el.blur();
                        }
                    }
                }
            />
            <button
                class="speaker-from-selection"
                data-testid="speaker-from-selection"
                title="Use the words selected in the article as the speaker"
                on:mousedown=|ev| ev.prevent_default()
                on:click=move |_| match state.selected_words() {
                    Some(name) => state.correct_speaker(key, Some(name)),
                    None => state.notices.say("Select the speaker’s name (a few words) in the article first.".into(), false),
                }
            >
                "From selection"
            </button>
            {corrected.then(|| view! {
                <button
                    class="speaker-reset"
                    data-testid="speaker-reset"
                    title="Go back to the speaker found in the text"
                    on:click=move |_| state.correct_speaker(key, None)
                >
                    "Reset"
                </button>
            })}
        </div>
    }
    .into_any()
}

/// One suggestion in the panel, with its review buttons.
#[allow(clippy::too_many_arguments)]
fn suggestion(
    state: AppState,
    f: Finding,
    key: SuggestionKey,
    reviews: Memo<Reviews>,
    text: String,
    meta: String,
    extra: Option<AnyView>,
    editor: Option<AnyView>,
) -> impl IntoView {
    let review = move || reviews.with(|r| r.get(&key).copied().unwrap_or_default());
    let decided = move || reviews.with_untracked(|r| r.get(&key).copied().unwrap_or_default());
    let state_word = move || match review() {
        Review::Pending => "pending",
        Review::Accepted => "accepted",
        Review::Rejected => "rejected",
    };
    view! {
        <li class=move || format!("suggestion {}", state_word()) data-testid="suggestion" data-review=state_word>
            <button class="finding" class:selected=move || state.selected.get() == Some(f) on:click=move |_| state.select(f)>
                <span class="finding-text">{text}</span>
                <span class="finding-meta">{meta}</span>
                {extra}
            </button>
            <div class="review" role="group" aria-label="Review">
                <button
                    class="accept"
                    title="Accept (a)"
                    aria-pressed=move || (review() == Review::Accepted).to_string()
                    on:click=move |_| {
                        state.review(key, if decided() == Review::Accepted { Review::Pending } else { Review::Accepted })
                    }
                >
                    "✓"
                </button>
                <button
                    class="reject"
                    title=move || if review() == Review::Rejected { "Show again" } else { "Reject (x)" }
                    aria-pressed=move || (review() == Review::Rejected).to_string()
                    on:click=move |_| {
                        state.review(key, if decided() == Review::Rejected { Review::Pending } else { Review::Rejected })
                    }
                >
                    "✗"
                </button>
            </div>
            {editor}
        </li>
    }
}

/// The reader's own annotations: text, tags, an editable note, delete.
fn notes(doc: &Document, state: AppState, query: &str) -> impl IntoView + use<> {
    // The suggested claims the panel lists (this list is made again whenever
    // that one is): a check's form opens there, and at the reader's own
    // claim on the same words only when that suggestion is not listed.
    let a = &doc.analysis;
    let suggested: Vec<Span> =
        findings::claims_matching(doc, query).into_iter().take(LISTED).map(|i| a.claims[i].span).collect();
    let matching: Vec<&marginalia_model::annotation::Annotation> =
        doc.annotations.items.iter().filter(|n| Finding::Note(n.id).matches(doc, query)).collect();
    let total = matching.len();
    // A list of thousands helps no one and costs seconds to build: the first
    // ones are listed, search narrows to the rest. All stay in the article.
    let items: Vec<_> = matching.into_iter().take(LISTED).cloned().collect();
    let more = total - items.len();
    let text = doc.text.clone();
    view! {
        <section class="finding-group" data-testid="notes">
            <h2 class="panel-title">"Your annotations " <span class="count" data-testid="count-notes">{locale::count(total)}</span></h2>
            <Show when={let empty = items.is_empty(); move || empty}>
                <p class="muted small">"Select text in the article and choose a tag (or press its number)."</p>
            </Show>
            <ul>
                {items.into_iter().map(|n| {
                    let id = n.id;
                    let tags = n.tags.clone();
                    view! {
                        <li class="note-entry" data-testid="note">
                            <button
                                class="finding"
                                class:selected=move || state.selected.get() == Some(Finding::Note(id))
                                on:click=move |_| state.select(Finding::Note(id))
                            >
                                <span class="finding-text">{n.span.text(&text).to_string()}</span>
                            </button>
                            <div class="note-tags" role="group" aria-label="Tags of this annotation">
                                {n.tags.iter().map(|t| {
                                    let tag = t.clone();
                                    view! {
                                        <button
                                            class="note-tag"
                                            data-testid="remove-tag"
                                            title=format!("Remove the tag “{t}”")
                                            aria-label=format!("Remove the tag {t}")
                                            on:click=move |_| state.toggle_tag(id, &tag)
                                        >
                                            {t.clone()} <span aria-hidden="true">" ×"</span>
                                        </button>
                                    }
                                }).collect_view()}
                            </div>
                            <div class="note-edges" role="group" aria-label="Move the ends of this annotation">
                                {[
                                    (Edge::Start, false, "◂", "Start back a word (Alt+Shift+←)"),
                                    (Edge::Start, true, "▸", "Start on a word (Alt+Shift+→)"),
                                    (Edge::End, false, "◂", "End back a word (Shift+←)"),
                                    (Edge::End, true, "▸", "End on a word (Shift+→)"),
                                ].into_iter().map(|(edge, forward, arrow, label)| view! {
                                    <button
                                        class="edge"
                                        data-testid=format!("{}-{}", if edge == Edge::Start { "start" } else { "end" }, if forward { "on" } else { "back" })
                                        title=label
                                        aria-label=label
                                        on:click=move |_| {
                                            state.selected.set(Some(Finding::Note(id)));
                                            state.move_edge(id, edge, forward);
                                        }
                                    >
                                        {
                                            let name = if edge == Edge::Start { "start" } else { "end" };
                                            if forward { format!("{name} {arrow}") } else { format!("{arrow} {name}") }
                                        }
                                    </button>
                                }).collect_view()}
                            </div>
                            {n.tags.iter().any(|t| t == "quote").then(|| {
                                let input = NodeRef::<leptos::html::Input>::new();
                                view! {
                                    <input
                                        node_ref=input
                                        class="speaker-input"
                                        data-testid="note-speaker"
                                        aria-label="Who said this quote (Enter saves)"
                                        placeholder="speaker unknown"
                                        prop:value=n.speaker.clone().unwrap_or_default()
                                        // Enter leaves the field, which saves it once (change).
                                        on:keydown=move |ev| {
                                            if ev.key() == "Enter"
                                                && let Some(el) = input.get_untracked()
                                            {
                                                let _ = el.blur();
                                            }
                                        }
                                        on:change:target=move |ev| state.set_note_speaker(id, Some(ev.target().value()))
                                    />
                                }
                            })}
                            {marginalia_model::findings::is_claim(&n).then(|| check_section(state, doc, n.span, suggested.contains(&n.span)))}
                            <textarea
                                class="note-text"
                                data-testid="note-text"
                                aria-label="Note"
                                placeholder="Add a note…"
                                prop:value=n.note.clone()
                                on:change:target=move |ev| state.edit_note(id, ev.target().value(), tags.clone())
                            ></textarea>
                            <button class="delete" data-testid="delete-note" title="Delete annotation" on:click=move |_| state.delete_note(id)>
                                "Delete"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || { more != 0 }>
                <p class="muted small" data-testid="notes-more">
                    {format!("…and {more} more in the article. Search (/) for a tag or a word in a note to list them.")}
                </p>
            </Show>
        </section>
    }
}

/// Opens the check of the claim on `span` and, once the panel has made its
/// form (the next frame), focuses the form's first field, wherever in the
/// panel it is (a reader's claim opens it at the suggested claim).
pub(crate) fn open_check(state: AppState, span: Span) {
    state.checking.set(Some(span));
    request_animation_frame(|| {
        if let Some(el) = document()
            .query_selector("[data-testid=check-form] select")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// A claim's check: one line of what the reader found (verdict, status,
/// claimant, sources) with the evidence's links, and the form that edits it
/// (`c` on the selected claim, or "Check…"). The form is kept as it is
/// typed and saved whole: Enter or "Save" keeps it, Esc or "Cancel" closes.
///
/// `at_suggestion`: this is the reader's own claim on the words of a
/// suggested claim the panel lists, where the form opens instead (not twice).
fn check_section(state: AppState, doc: &Document, span: Span, at_suggestion: bool) -> AnyView {
    let check = doc.annotations.checks.get(&span).cloned();
    let claimant = marginalia_model::check::claimant_in(doc, span);
    let checking = move || state.checking.get() == Some(span);
    let elsewhere = move || at_suggestion && checking();
    let open = move || checking() && !elsewhere();
    let evidence = check.as_ref().map(|c| c.evidence.clone()).unwrap_or_default();
    let label = if check.is_some() { "Edit check" } else { "Check…" };
    let summary = check.as_ref().map(|c| {
        view! { <p class="check-summary" data-testid="check-summary" data-status=c.status.label()>{c.summary()}</p> }
    });
    // The form starts from the saved check, with a blank evidence row to
    // fill, or from what was typed before the panel was made again.
    let mut saved = check.unwrap_or(Check { claimant, ..Check::default() });
    saved.evidence.push(Evidence::default());
    let draft = move || {
        state.check_draft.get_value().filter(|(s, _)| *s == span).map_or_else(|| saved.clone(), |(_, typed)| typed)
    };
    view! {
        <div class="check" data-testid="check">
            {summary}
            {(!evidence.is_empty()).then(|| view! {
                <ul class="evidence" data-testid="evidence">
                    {evidence.into_iter().map(|e| {
                        // Only a web address is a link; anything else is shown as text.
                        let link = e.link().map(|url| view! {
                            <a href=url.to_string() target="_blank" rel="noopener noreferrer">{url.to_string()}</a>
                        });
                        let text = if link.is_none() { e.url.clone() } else { String::new() };
                        let note = (!e.note.is_empty()).then(|| format!(" — {}", e.note));
                        view! { <li>{link}{text}{note}</li> }
                    }).collect_view()}
                </ul>
            })}
            <Show when=elsewhere>
                <p class="muted small" data-testid="check-elsewhere">"Being checked at the suggested claim, under “Check-worthy claims”."</p>
            </Show>
            <Show when=move || !checking()>
                <button class="check-open small" data-testid="check-open" title="Check this claim: verdict, evidence, who claimed it (c)" on:click=move |_| open_check(state, span)>
                    {label}
                </button>
            </Show>
            {move || open().then(|| check_form(state, span, draft()))}
        </div>
    }
    .into_any()
}

/// The form of a claim's check, as a draft kept while it is typed. Made of
/// two small field kinds (one view type each, so the page's code stays small).
fn check_form(state: AppState, span: marginalia_core::Span, check: Check) -> impl IntoView {
    let verdicts =
        state.peek_library(|l| marginalia_model::check::verdict_choices(&l.verdicts, check.verdict.as_deref()));
    let statuses: Vec<(String, String, bool)> = Status::ALL
        .into_iter()
        .map(|st| (st.label().to_string(), st.label().to_string(), st == check.status))
        .collect();
    let (claimant, url) = (check.claimant.clone().unwrap_or_default(), check.url.clone().unwrap_or_default());
    let rows = RwSignal::new(check.evidence.clone());
    // Every keystroke goes to the state's draft (see `AppState::check_draft`).
    let draft = state.check_draft;
    draft.set_value(Some((span, check)));
    let edit = move |f: &dyn Fn(&mut Check)| {
        draft.update_value(|d| {
            if let Some((_, c)) = d.as_mut() {
                f(c)
            }
        })
    };
    let save = move || {
        if let Some((_, mut c)) = draft.get_value() {
            c.evidence = rows.get_untracked();
            state.check_claim(span, c);
        }
    };
    let set = move |f: fn(&mut Check, String)| Callback::new(move |v: String| edit(&|c| f(c, v.clone())));
    view! {
        <form
            class="check-form"
            data-testid="check-form"
            aria-label="Check this claim"
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }
            on:keydown=move |ev| {
                let on_select = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| el.tag_name() == "SELECT");
                match ev.key().as_str() {
                    "Escape" => {
                        ev.stop_propagation();
                        state.close_check();
                    }
                    // Enter in a text field submits the form; on a select it
                    // saves too, with the option shown there (its change may
                    // not have been told yet).
                    "Enter" if on_select => {
                        ev.prevent_default();
                        if let Some(select) = ev.target() {
                            let value = js_sys::Reflect::get(&select, &"value".into()).ok().and_then(|v| v.as_string());
                            let which = select.dyn_ref::<web_sys::Element>().and_then(|e| e.get_attribute("data-testid"));
                            match (which.as_deref(), value) {
                                (Some("check-verdict"), Some(v)) => edit(&|c| c.verdict = Some(v.clone())),
                                (Some("check-status"), Some(v)) => edit(&|c| c.status = Status::named(&v).unwrap_or_default()),
                                _ => {}
                            }
                        }
                        save();
                    }
                    _ => {}
                }
            }
        >
            {choice("Verdict", "check-verdict", verdicts, set(|c, v| c.verdict = Some(v)))}
            {choice("Status", "check-status", statuses, set(|c, v| c.status = Status::named(&v).unwrap_or_default()))}
            {field("Claimed by", "check-claimant", "unknown", claimant, set(|c, v| c.claimant = Some(v)))}
            <fieldset class="evidence-rows">
                <legend>"Evidence"</legend>
                {move || rows.with(|list| list.iter().enumerate().map(|(i, e)| {
                    let at = move |f: fn(&mut Evidence, String)| {
                        Callback::new(move |v: String| {
                            rows.update_untracked(|r| if let Some(e) = r.get_mut(i) { f(e, v) });
                            let list = rows.get_untracked();
                            edit(&|c| c.evidence = list.clone());
                        })
                    };
                    view! {
                        <div class="evidence-row" data-testid="evidence-row">
                            {field("Address", "evidence-url", "https://…", e.url.clone(), at(|e, v| e.url = v))}
                            {field("Note", "evidence-note", "what it shows", e.note.clone(), at(|e, v| e.note = v))}
                        </div>
                    }
                }).collect_view())}
                <button type="button" class="small" data-testid="evidence-add" on:click=move |_| {
                    rows.update(|r| r.push(Evidence::default()));
                    let list = rows.get_untracked();
                    edit(&|c| c.evidence = list.clone());
                }>
                    "Add evidence"
                </button>
            </fieldset>
            {field("Your fact-check’s address", "check-url", "where you published it (optional)", url, set(|c, v| c.url = Some(v)))}
            <div class="check-actions">
                <button type="submit" class="primary small" data-testid="check-save">"Save"</button>
                <button type="button" class="small" data-testid="check-cancel" on:click=move |_| state.close_check()>"Cancel"</button>
            </div>
        </form>
    }
}

/// A labelled text field of the check's form.
fn field(
    label: &'static str,
    testid: &'static str,
    placeholder: &'static str,
    value: String,
    set: Callback<String>,
) -> AnyView {
    view! {
        <label>
            {label}
            <input
                type="text"
                data-testid=testid
                placeholder=placeholder
                maxlength="500"
                prop:value=value
                on:input:target=move |ev| set.run(ev.target().value())
            />
        </label>
    }
    .into_any()
}

/// A labelled choice of the check's form: (value, label, chosen) options.
fn choice(
    label: &'static str,
    testid: &'static str,
    options: Vec<(String, String, bool)>,
    set: Callback<String>,
) -> AnyView {
    view! {
        <label>
            {label}
            <select data-testid=testid on:change:target=move |ev| set.run(ev.target().value())>
                {options.into_iter().map(|(value, text, chosen)| view! { <option value=value selected=chosen>{text}</option> }).collect_view()}
            </select>
        </label>
    }
    .into_any()
}
