//! Marginalia's entry point: mounts the app on the page.

fn main() {
    marginalia_app::crash::install();
    leptos::mount::mount_to_body(marginalia_app::App);
}
