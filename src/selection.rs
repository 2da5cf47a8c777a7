//! The reader's text selection as a byte span of the document — the one
//! place where DOM positions become text offsets.
//!
//! Every paragraph is rendered as a `.block` whose `data-at` holds its
//! start byte, and its runs rejoin into exactly its text. So the offset of a
//! DOM point is `data-at` plus the UTF-8 length of the block's text before
//! it — the browser gives that prefix with `Range::to_string`, which leaves
//! out generated content such as the speaker after a quote.

use marginalia_core::Span;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

/// The current selection inside the article as a byte span, if any.
pub fn selected_span() -> Option<Span> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start = byte_offset(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = byte_offset(&range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then(|| Span::new(start, end))
}

/// Clears the page's selection (after it was tagged).
pub fn clear() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}

/// The byte offset in the document of a DOM point inside an article block.
fn byte_offset(node: &Node, offset: u32) -> Option<usize> {
    let element: Element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let block = element.closest(".article-body .block[data-at]").ok()??;
    let block_start: usize = block.get_attribute("data-at")?.parse().ok()?;
    let prefix: Range = web_sys::window()?.document()?.create_range().ok()?;
    prefix.set_start(&block, 0).ok()?;
    prefix.set_end(node, offset).ok()?;
    let text: String = prefix.to_string().into();
    Some(block_start + text.len())
}
