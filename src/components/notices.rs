use leptos::prelude::*;

use crate::state::AppState;

/// Errors and messages, each dismissible, announced to screen readers.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            <For each=move || state.notices.shown() key=|n| n.id let:notice>
                <div class="notice" class:error=notice.error data-testid="notice">
                    <span>{notice.text.clone()}</span>
                    {(notice.count > 1).then(|| view! { <span class="notice-count" data-testid="notice-count">{format!("×{}", notice.count)}</span> })}
                    <button class="dismiss" aria-label="Dismiss" on:click=move |_| state.notices.dismiss(notice.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
