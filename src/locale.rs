//! Numbers as the reader's locale writes them, by the browser's
//! `Intl.NumberFormat` (no code of ours, nothing loaded): "1,234,567.5" in
//! English, "1.234.567,5" in German, "12,34,567.5" in Indian English.
//! What the page shows goes through here; exports and search keep the
//! model's one notation (`marginalia_model::describe::value`).

use marginalia_core::Number;
use marginalia_model::describe;

thread_local! {
    /// The formatter for the browser's languages, at most four decimals.
    static FORMAT: Option<js_sys::Function> = {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &4.into());
        let format = js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &options);
        Some(format.format())
    };
}

/// A value with the reader's grouping and decimal mark, rounded as a whole
/// to at most four decimals; "—" when it is not a finite number.
pub fn value(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    FORMAT
        .with(|f| f.as_ref().and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &v.into()).ok()?.as_string()))
        .unwrap_or_else(|| describe::value(v))
}

/// Makes the formatter ahead of need (the browser loads its locale data).
pub fn warm() {
    FORMAT.with(|_| ());
}

/// A count ("12,500 quotes").
pub fn count(n: usize) -> String {
    value(n as f64)
}

/// A number's description with its values in the reader's locale.
pub fn number(n: &Number) -> String {
    describe::number_with(n, &value)
}
