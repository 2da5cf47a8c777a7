//! Marginalia's entry point: mounts the app on the page.

fn main() {
    marginalia_app::crash::install();
    marginalia_app::offline::register();
    leptos::mount::mount_to_body(marginalia_app::App);
}
