use leptos::prelude::*;

use crate::state::{AppState, Panel};

/// The tag bar: tags the text the reader selected in the article. Buttons
/// act on mouse-down so the selection is still there; Shift keeps the exact
/// selection instead of snapping it to whole words.
#[component]
pub fn TagBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_tag = RwSignal::new(String::new());
    // The article's selection when the field was entered, with its document.
    let held = StoredValue::new(None::<(u64, marginalia_core::Span)>);
    let hold = move || {
        let doc = state.peek_library(|l| l.current);
        doc.zip(crate::selection::selected_span())
    };
    let managing = Memo::new(move |_| state.panel.get() == Some(Panel::Tags));
    let tags = move || state.with_library(|l| l.tags.clone());
    let apply = move |name: String, exact: bool| state.apply_tag(&name, exact);
    view! {
        <div class="tagbar" role="toolbar" aria-label="Tag the selected text" data-testid="tagbar">
            <span class="tagbar-hint">"Select text or an annotation, then tag it:"</span>
            // The tags scroll sideways; Tags…, Undo and Redo stay in view.
            <div class="tagbar-tags">
            <For each=tags key=|t| (t.name.clone(), t.color.clone(), t.key) let:tag>
                {
                    let name = tag.name.clone();
                    let key = tag.key.map(|k| format!(" ({k})")).unwrap_or_default();
                    view! {
                        <button
                            class=format!("tag-chip tag-{}", tag.color)
                            data-testid="tag-button"
                            title=format!("Tag the selection “{}”{key} (Shift keeps the exact selection), or add it to or remove it from the selected annotation", tag.name)
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
                // Clicking the field clears the article's selection: hold it first.
                on:mousedown=move |_| held.set_value(hold())
                on:focus=move |_| {
                    if let Some(h) = hold() {
                        held.set_value(Some(h));
                    }
                }
                on:blur=move |_| held.set_value(None)
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        let name = new_tag.get_untracked();
                        if name.trim().is_empty() {
                            return;
                        }
                        // The text selected when the field was entered gets the new tag;
                        // with nothing selected the tag joins the vocabulary (and the
                        // selected annotation, if one is).
                        let open = state.peek_library(|l| l.current);
                        match held.get_value().filter(|(doc, _)| Some(*doc) == open).map(|(_, span)| span) {
                            Some(span) => {
                                state.annotate_span(span, &name, ev.shift_key());
                            }
                            None if matches!(state.selected.get_untracked(), Some(marginalia_model::findings::Finding::Note(_))) => {
                                state.apply_tag(&name, false);
                            }
                            None => state.add_tag(&name),
                        }
                        held.set_value(None);
                        new_tag.set(String::new());
                    }
                }
            />
            </div>
            <button data-testid="manage-tags" aria-expanded=move || managing.get().to_string() on:click=move |_| state.toggle_panel(Panel::Tags)>
                "Tags…"
            </button>
            <button
                data-testid="undo"
                title="Undo (Ctrl+Z)"
                aria-label="Undo"
                disabled=move || !state.with_library(|l| l.can_undo())
                on:click=move |_| state.undo()
            >
                // A phone shows the arrow only, so the tags keep the room.
                <span class="wide-label">"Undo"</span>
                <span class="narrow-label" aria-hidden="true">"↶"</span>
            </button>
            <button
                data-testid="redo"
                title="Redo (Ctrl+Shift+Z)"
                aria-label="Redo"
                disabled=move || !state.with_library(|l| l.can_redo())
                on:click=move |_| state.redo()
            >
                // A phone shows the arrow only, so the tags keep the room.
                <span class="wide-label">"Redo"</span>
                <span class="narrow-label" aria-hidden="true">"↷"</span>
            </button>
            <Show when=move || managing.get()>
                <TagManager/>
            </Show>
        </div>
    }
}

/// The tag vocabulary: colour, shortcut key, remove.
#[component]
fn TagManager() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tags = move || state.with_library(|l| l.tags.clone());
    view! {
        <div class="tag-manager" data-testid="tag-manager" role="group" aria-label="Manage tags">
            <For each=tags key=|t| (t.name.clone(), t.color.clone(), t.key) let:tag>
                {
                    let name = tag.name.clone();
                    let (n1, n2, n3) = (name.clone(), name.clone(), name.clone());
                    let color = tag.color.clone();
                    let key = tag.key;
                    view! {
                        <div class="tag-row" data-testid="tag-row">
                            <span class=format!("tag-chip tag-{}", tag.color)>{name.clone()}</span>
                            <label>
                                "Colour "
                                <select
                                    data-testid="tag-color"
                                    on:change:target=move |ev| {
                                        let c = ev.target().value();
                                        state.set_tag(&n1, &c, key);
                                    }
                                >
                                    {marginalia_model::annotation::PALETTE
                                        .iter()
                                        .map(|p| view! { <option value=*p selected=*p == color>{*p}</option> })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                "Key "
                                <input
                                    class="tag-key"
                                    data-testid="tag-key"
                                    maxlength="1"
                                    inputmode="numeric"
                                    prop:value=key.map(String::from).unwrap_or_default()
                                    on:change:target=move |ev| {
                                        let k = ev.target().value().chars().next();
                                        let c = state.peek_library(|l| {
                                            l.tags.iter().find(|t| t.name == n2).map(|t| t.color.clone()).unwrap_or_default()
                                        });
                                        state.set_tag(&n2, &c, k);
                                    }
                                />
                            </label>
                            <button title="Remove this tag (annotations keep it)" on:click=move |_| state.remove_tag(&n3)>
                                "Remove"
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}

/// Every keyboard shortcut, shown with `?`.
#[component]
pub fn HelpSheet(open: RwSignal<bool>) -> impl IntoView {
    const KEYS: &[(&str, &str)] = &[
        ("j / k", "next / previous suggestion"),
        ("n", "next suggestion not yet reviewed"),
        ("a", "accept the selected suggestion"),
        ("x", "reject the selected suggestion"),
        ("p", "set it back to pending"),
        ("s", "say who said the selected quote (type a name, Enter; or “From selection”)"),
        ("c", "check the selected claim: verdict, status, who claimed it, evidence (Enter saves, Esc closes)"),
        (
            "1 – 9",
            "tag the selected text with that tag (Shift: exact selection), or add or remove it on the selected annotation",
        ),
        ("Shift+← / Shift+→", "move the selected annotation’s end back or on by a word"),
        ("Alt+Shift+← / Alt+Shift+→", "move the selected annotation’s start back or on by a word"),
        ("Delete", "delete the selected annotation (undo brings it back)"),
        ("Ctrl+Z", "undo"),
        ("Ctrl+Shift+Z / Ctrl+Y", "redo"),
        ("Alt+↓ / Alt+↑", "next / previous document"),
        ("w", "across the library: who said what, figures that disagree, quote variants"),
        ("/", "search quotes, numbers, claims and notes (#tag, is:quote, verdict:false, status:done)"),
        ("?", "show or hide this sheet"),
        ("Esc", "close this sheet or the library view, clear the selection"),
    ];
    view! {
        <Show when=move || open.get()>
            <div class="help" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" data-testid="help">
                <div class="help-card">
                    <h2>"Keyboard shortcuts"</h2>
                    <dl>
                        {KEYS.iter().map(|(k, what)| view! { <dt><kbd>{*k}</kbd></dt><dd>{*what}</dd> }).collect_view()}
                    </dl>
                    <button class="primary" data-testid="help-close" on:click=move |_| open.set(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}
