use leptos::prelude::*;

use crate::state::AppState;

/// The tag bar: tags the text the reader selected in the article. Buttons
/// act on mouse-down so the selection is still there; Shift keeps the exact
/// selection instead of snapping it to whole words.
#[component]
pub fn TagBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_tag = RwSignal::new(String::new());
    let tags = move || state.library.with(|l| l.tags.clone());
    let apply = move |name: String, exact: bool| {
        state.annotate_selection(&name, exact);
    };
    view! {
        <div class="tagbar" role="toolbar" aria-label="Tag the selected text" data-testid="tagbar">
            <span class="tagbar-hint">"Select text, then tag it:"</span>
            <For each=tags key=|t| t.name.clone() let:tag>
                {
                    let name = tag.name.clone();
                    let key = tag.key.map(|k| format!(" ({k})")).unwrap_or_default();
                    view! {
                        <button
                            class=format!("tag-chip tag-{}", tag.color)
                            data-testid="tag-button"
                            title=format!("Tag the selection “{}”{key}; Shift keeps the exact selection", tag.name)
                            on:mousedown=move |ev| {
                                ev.prevent_default();
                                apply(name.clone(), ev.shift_key());
                            }
                        >
                            {tag.name.clone()}
                        </button>
                    }
                }
            </For>
            <input
                class="new-tag"
                data-testid="new-tag"
                placeholder="New tag…"
                aria-label="New tag for the selected text"
                prop:value=move || new_tag.get()
                on:input:target=move |ev| new_tag.set(ev.target().value())
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        let name = new_tag.get_untracked();
                        if !name.trim().is_empty() {
                            state.library.update(|l| l.add_tag(&name));
                            new_tag.set(String::new());
                        }
                    }
                }
            />
            <span class="spacer"></span>
            <button
                data-testid="undo"
                title="Undo (Ctrl+Z)"
                disabled=move || !state.library.with(|l| l.can_undo())
                on:click=move |_| state.undo()
            >
                "Undo"
            </button>
            <button
                data-testid="redo"
                title="Redo (Ctrl+Shift+Z)"
                disabled=move || !state.library.with(|l| l.can_redo())
                on:click=move |_| state.redo()
            >
                "Redo"
            </button>
        </div>
    }
}

/// Every keyboard shortcut, shown with `?`.
#[component]
pub fn HelpSheet(open: RwSignal<bool>) -> impl IntoView {
    const KEYS: &[(&str, &str)] = &[
        ("j / k", "next / previous suggestion"),
        ("a", "accept the selected suggestion"),
        ("x", "reject the selected suggestion"),
        ("p", "set it back to pending"),
        ("1 – 9", "tag the selected text with that tag (Shift: exact selection)"),
        ("Ctrl+Z", "undo"),
        ("Ctrl+Shift+Z / Ctrl+Y", "redo"),
        ("Alt+↓ / Alt+↑", "next / previous document"),
        ("/", "search quotes, numbers, claims and notes (#tag, is:quote)"),
        ("?", "show or hide this sheet"),
        ("Esc", "close this sheet, clear the selection"),
    ];
    view! {
        <Show when=move || open.get()>
            <div class="help" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" data-testid="help">
                <div class="help-card">
                    <h2>"Keyboard shortcuts"</h2>
                    <dl>
                        {KEYS.iter().map(|(k, what)| view! { <dt><kbd>{*k}</kbd></dt><dd>{*what}</dd> }).collect_view()}
                    </dl>
                    <button class="primary" on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}
