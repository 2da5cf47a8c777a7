//! The browser's first-run costs, paid before the reader's first paste.
//!
//! A browser compiles each WebAssembly function the first time it runs.
//! Measured (`tests/perf/ui-timing.mjs`): a first 50 kB paste took about
//! 170 ms longer than the same paste after a short one, for that compiling
//! and the first use of the page's code. So, just after the page is first
//! shown, [`rehearse`] shows a short sample article — plain, then with its
//! highlights and its side panel — once, in an element that is never
//! attached to the page, with a state that leaves what the page shares
//! alone (`AppState::rehearsal`), and drops it: nothing is shown, stored
//! or announced.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

use crate::components::{Article, Findings};
use crate::state::AppState;

/// A short article with a quote and its speaker, figures and claims.
const SAMPLE: &str = "Rehearsal\n\n\
The city council voted 7 to 2 on Tuesday to spend $4.5 million on new bus shelters, \
the largest such project since 2019. \u{201c}Riders have waited in the rain for far too long,\u{201d} \
said Mayor Ana Ruiz, who proposed the plan in March.\n\n\
Ridership rose by 12% last year to about 3.1 million trips, according to the transit agency. \
Critics said the money would be better spent on more frequent service.";

/// How long the sample's findings may take (the worker may still be
/// starting: it is given a minute, `worker::START_WITHIN_MS`).
const WITHIN: Duration = Duration::from_secs(120);

/// Shows [`SAMPLE`] in a detached element until its findings have arrived
/// (or could not be made) and are painted, then unmounts it and disposes of
/// its state. Returns how many highlights were painted. Should the worker
/// not answer within [`WITHIN`], the sample is left as it is, not disposed
/// of, so that a late answer finds its state alive.
pub async fn rehearse() -> usize {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return 0 };
    let Ok(el) = doc.create_element("div") else { return 0 };
    let el: web_sys::HtmlElement = el.unchecked_into();
    let owner = Owner::new();
    let state = owner.with(AppState::rehearsal);
    let handle = owner.with(|| {
        leptos::mount::mount_to(el.clone(), move || {
            provide_context(state);
            view! { <Article/> <Findings/> }.into_any()
        })
    });
    // Shown plain at once, then with its findings when the worker, which
    // may still be starting, has made them: both ways a paste is shown.
    owner.with(|| state.add_plain_first(None, SAMPLE.into(), None));
    let step = Duration::from_millis(50);
    let mut waited = Duration::ZERO;
    let count = || el.query_selector_all(".article-body .hl").map_or(0, |l| l.length() as usize);
    let pending = || state.peek_library(|l| l.current().is_some_and(|d| d.pending));
    while pending() {
        if waited >= WITHIN {
            return 0;
        }
        sleep(step).await;
        waited += step;
    }
    // One more turn, for the timers the article sets, and until the side
    // panel lists the findings (a frame after the article shows them).
    sleep(step).await;
    let listed = || el.query_selector(".findings .suggestion").ok().flatten().is_some();
    for _ in 0..20 {
        if listed() {
            break;
        }
        sleep(step).await;
    }
    let painted = count();
    drop(handle);
    owner.cleanup();
    painted
}

/// Resolves after `d` (a browser timer).
async fn sleep(d: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, d.as_millis() as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
