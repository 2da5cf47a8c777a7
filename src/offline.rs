//! Offline: registers `sw.js`, which keeps the app's own files so that after
//! the first visit Marginalia opens and works with no network. Browsers
//! without service workers (or pages not served over HTTPS or localhost)
//! simply skip it.

/// Registers the service worker, when the browser has them.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) && window.is_secure_context();
    if supported {
        // The promise's outcome needs no handling: without it the app still works online.
        let _ = navigator.service_worker().register("./sw.js");
    }
}
