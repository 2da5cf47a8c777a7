//! If the app ever panics, WebAssembly stops and the page would go blank.
//! Instead a panel — built with plain DOM calls, as the app can no longer
//! run — explains what happened and offers the library as last saved. The
//! download button works without WebAssembly: `recover.js`, a plain script
//! the page loads, reads the library from IndexedDB when a `[data-recover]`
//! button is clicked.
//!
//! The release build (`make build`) stops at a panic at once
//! (`-Cpanic=immediate-abort`, README "Speed and size"): no hook runs, the
//! WebAssembly traps, and `recover.js` shows the same panel for the trap.
//! Other builds (the browser tests, a debug build) install the hook below,
//! which also writes the panic's message under "Technical details".

use wasm_bindgen::JsCast;

/// Installs the hook. Call first thing. A build whose panics stop at once
/// calls no hook: it leaves the hook's code out.
#[cfg(not(panic = "immediate-abort"))]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel(&info.to_string());
    }));
}

#[cfg(panic = "immediate-abort")]
pub fn install() {}

/// Shows the "something went wrong" panel over the page.
pub fn show_panel(error: &str) {
    let _ = (|| -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let el = |tag: &str, text: &str| -> Option<web_sys::Element> {
            let e = doc.create_element(tag).ok()?;
            e.set_text_content(Some(text));
            Some(e)
        };
        let panel = doc.create_element("div").ok()?;
        panel.set_class_name("crash");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("data-testid", "crash").ok()?;
        let card = doc.create_element("div").ok()?;
        card.set_class_name("crash-card");
        card.append_child(el("h2", "Something went wrong")?.as_ref()).ok()?;
        let message = "Marginalia hit an error and had to stop. Your library as last saved is kept in this browser. \
                       Download a copy now, then reload the page.";
        card.append_child(el("p", message)?.as_ref()).ok()?;
        let download = el("button", "Download your library")?;
        download.set_class_name("primary");
        download.set_attribute("data-recover", crate::store::LIBRARY).ok()?;
        download.set_attribute("data-testid", "crash-download").ok()?;
        card.append_child(&download).ok()?;
        let reload: web_sys::HtmlAnchorElement = el("a", "Reload")?.dyn_into().ok()?;
        reload.set_href("./");
        reload.set_class_name("button");
        card.append_child(&reload).ok()?;
        let details = doc.create_element("details").ok()?;
        details.append_child(el("summary", "Technical details")?.as_ref()).ok()?;
        details.append_child(el("pre", error)?.as_ref()).ok()?;
        card.append_child(&details).ok()?;
        panel.append_child(&card).ok()?;
        doc.body()?.append_child(&panel).ok()?;
        Some(())
    })();
}
