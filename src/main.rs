//! Marginalia's entry point: restores the library, then mounts the app.

fn main() {
    marginalia_app::crash::install();
    marginalia_app::offline::register();
    wasm_bindgen_futures::spawn_local(async {
        let state = marginalia_app::state::AppState::restore().await;
        leptos::mount::mount_to_body(move || leptos::view! { <marginalia_app::App state/> });
    });
}
