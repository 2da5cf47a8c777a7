//! The verdict scale a claim's check chooses from, edited by the reader:
//! rename, rate (ClaimReview's 1 worst to 5 best, or none), add, remove.
//! The model keeps it or says why not (`Library::set_verdicts`).

use leptos::prelude::*;
use marginalia_model::check::{BEST_RATING, ScaleRow, Verdict, WORST_RATING};

use crate::state::AppState;

/// A row being edited: the name it had (none if new), its name, its rating.
type Row = (Option<String>, String, Option<u8>);

#[component]
pub fn VerdictScale() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || {
        state.peek_library(|l| l.verdicts.iter().map(|v| (Some(v.name.clone()), v.name.clone(), v.rating)).collect())
    };
    let rows: RwSignal<Vec<Row>> = RwSignal::new(current());
    let error = RwSignal::new(None::<String>);
    let save = move |_| {
        let edit: Vec<ScaleRow> =
            rows.get_untracked().into_iter().map(|(was, name, rating)| (was, Verdict { name, rating })).collect();
        match state.set_verdicts(&edit) {
            Ok(changed) => {
                error.set(None);
                rows.set(current());
                if changed {
                    state.notices.say("The verdict scale is saved (Ctrl+Z undoes it).".into(), false);
                }
            }
            Err(why) => error.set(Some(why)),
        }
    };
    let row = move |i: usize, name: String, rating: Option<u8>| {
        let ratings = std::iter::once((String::new(), "no rating".to_string()))
            .chain((WORST_RATING..=BEST_RATING).map(|r| (r.to_string(), format!("rated {r}"))))
            .map(|(value, label)| {
                let chosen = rating.map(|r| r.to_string()).unwrap_or_default() == value;
                view! { <option value=value selected=chosen>{label}</option> }
            })
            .collect_view();
        let remove = format!("Remove the verdict “{name}”");
        view! {
            <div class="verdict-row" data-testid="verdict-row">
                <input
                    type="text"
                    aria-label="Verdict"
                    data-testid="verdict-name"
                    maxlength="60"
                    prop:value=name
                    on:input:target=move |ev| rows.update_untracked(|r| if let Some(x) = r.get_mut(i) { x.1 = ev.target().value() })
                />
                <select
                    aria-label="Its rating"
                    data-testid="verdict-rating"
                    on:change:target=move |ev| rows.update_untracked(|r| if let Some(x) = r.get_mut(i) { x.2 = ev.target().value().parse().ok() })
                >
                    {ratings}
                </select>
                <button type="button" class="small" aria-label=remove.clone() title=remove on:click=move |_| rows.update(|r| { r.remove(i); })>
                    "✕"
                </button>
            </div>
        }
    };
    view! {
        <fieldset class="verdict-scale" data-testid="verdict-scale">
            <legend>"Verdicts a claim’s check chooses from (ClaimReview rates 1 worst to 5 best)"</legend>
            {move || rows.with(|r| r.iter().enumerate().map(|(i, (_, name, rating))| row(i, name.clone(), *rating)).collect_view())}
            <div class="verdict-actions">
                <button type="button" class="small" data-testid="verdict-add" on:click=move |_| rows.update(|r| r.push((None, String::new(), None)))>
                    "Add a verdict"
                </button>
                <button type="button" class="small primary" data-testid="verdict-save" on:click=save>"Save the scale"</button>
            </div>
            {move || error.get().map(|why| view! { <p class="error" role="alert" data-testid="verdict-error">{why}</p> })}
        </fieldset>
    }
}
