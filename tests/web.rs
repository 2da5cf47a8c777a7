//! Component tests in a real browser (headless Chromium via
//! wasm-bindgen-test): mount the app with a fresh state, act, read the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use marginalia_app::components::Shell;
use marginalia_app::files::{load_bytes, load_files};
use marginalia_app::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "Putin Escalates\n\n\
    Russia launched 13,897 missiles and drones at Ukraine in 2024, averaging 38 per day. \
    “We will not give up,” Ukrainian President Volodymyr Zelensky said.\n\n\
    Post a Comment\n0 Comments\n";

/// Lets Leptos run its scheduled effects, the browser its file reads, and
/// the page paint a frame (the side panel lists a document's findings a
/// frame after the article shows them).
async fn settle() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the app in a fresh container; keep the handle alive for the test.
/// The runner serves no worker: analyses are made on the page.
fn mount(state: AppState) -> (HtmlElement, impl Drop) {
    marginalia_app::worker::analyse_here(marginalia_core::analyze);
    let doc = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || view! { <Shell state/> });
    (container, handle)
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn an_added_article_is_highlighted() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    assert!(texts(&root, ".article-body .hl").is_empty());
    state.add_text(None, ARTICLE.into());
    settle().await;
    let numbers = texts(&root, ".article .hl-number");
    assert!(numbers.contains(&"13,897 missiles and drones".to_string()), "{numbers:?}");
    assert!(numbers.contains(&"38 per day".to_string()), "{numbers:?}");
    let quotes = texts(&root, ".article .hl-quote");
    assert_eq!(quotes, ["“We will not give up,”"]);
    let quote: HtmlElement = root.query_selector(".article .hl-quote").unwrap().unwrap().unchecked_into();
    assert!(quote.title().contains("quote by Volodymyr Zelensky (said)"), "{}", quote.title());
    // Furniture is shown muted, headings as headings.
    assert_eq!(texts(&root, ".block.furniture"), ["Post a Comment", "0 Comments"]);
    assert_eq!(texts(&root, ".block.heading"), ["Putin Escalates"]);
    assert_eq!(texts(&root, "[data-testid=count-quotes]"), ["1"]);
}

/// The rehearsal before the first paste paints its sample with highlights,
/// out of sight: the page, the reader's library, the selected finding's
/// marks and the mark of a document being opened are as they were.
#[wasm_bindgen_test]
async fn the_rehearsal_paints_out_of_sight_and_leaves_the_page_alone() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    state.select(marginalia_model::findings::Finding::Number(0));
    settle().await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(marginalia_app::store::OPENING, "7").unwrap();
    let body = web_sys::window().unwrap().document().unwrap().body().unwrap();
    let (children, html) = (body.child_element_count(), root.inner_html());
    assert!(html.contains("selected"), "a finding is selected");
    let painted = marginalia_app::warmup::rehearse().await;
    settle().await;
    assert!(painted >= 3, "the sample painted {painted} highlights");
    assert_eq!(body.child_element_count(), children);
    assert_eq!(root.inner_html(), html);
    assert_eq!(state.peek_library(|l| l.documents.len()), 1);
    assert_eq!(storage.get_item(marginalia_app::store::OPENING).unwrap().as_deref(), Some("7"));
    storage.remove_item(marginalia_app::store::OPENING).unwrap();
}

/// A tag or a decision changes the side panel where it must and nowhere
/// else: the lists of suggestions stay the elements they were (in a long
/// article they hold hundreds of entries, and keyboard focus stays put),
/// the reader's annotations list the new one, and each entry follows its own
/// decision.
#[wasm_bindgen_test]
async fn a_tag_or_a_decision_leaves_the_lists_of_suggestions_in_place() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    let entry =
        || -> HtmlElement { root.query_selector("[data-testid=suggestion]").unwrap().unwrap().unchecked_into() };
    let first = entry();
    assert_eq!(first.get_attribute("data-review").as_deref(), Some("pending"));

    assert!(state.annotate_span(marginalia_core::Span::new(0, 5), "claim", true));
    settle().await;
    assert_eq!(texts(&root, "[data-testid=note] .finding-text"), ["Putin"]);
    assert!(first.is_connected() && first == entry(), "a tag made the suggestions again");

    let accept: HtmlElement = first.query_selector(".accept").unwrap().unwrap().unchecked_into();
    accept.click();
    settle().await;
    assert!(first.is_connected() && first == entry(), "a decision made the suggestions again");
    assert_eq!(first.get_attribute("data-review").as_deref(), Some("accepted"));
    assert!(first.class_list().contains("accepted"));
    assert_eq!(accept.get_attribute("aria-pressed").as_deref(), Some("true"));
    // Pressed again, it goes back to pending (the entry reads its decision
    // when clicked, not when it was made).
    accept.click();
    settle().await;
    assert_eq!(first.get_attribute("data-review").as_deref(), Some("pending"));
    state.undo();
    settle().await;
    assert_eq!(first.get_attribute("data-review").as_deref(), Some("accepted"));
}

#[wasm_bindgen_test]
async fn clicking_a_highlight_selects_its_finding() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    let number: HtmlElement = root.query_selector(".article .hl-number").unwrap().unwrap().unchecked_into();
    number.click();
    settle().await;
    assert!(number.class_list().contains("selected"));
    assert_eq!(texts(&root, ".finding.selected .finding-text"), ["13,897 missiles and drones"]);
}

#[wasm_bindgen_test]
async fn dropped_files_load_or_explain_why_not() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    let dt = web_sys::DataTransfer::new().unwrap();
    let file = |name: &str, parts: &js_sys::Array| web_sys::File::new_with_u8_array_sequence(parts, name).unwrap();
    let text = js_sys::Array::of1(&js_sys::Uint8Array::from(ARTICLE.as_bytes()));
    let png = js_sys::Array::of1(&js_sys::Uint8Array::from(&b"\x89PNG\r\n\x1a\n\0\0"[..]));
    dt.items().add_with_file(&file("article.txt", &text)).unwrap();
    dt.items().add_with_file(&file("picture.png", &png)).unwrap();
    load_files(state, dt.files().unwrap());
    settle().await;
    settle().await;
    assert_eq!(state.with_library(|l| l.documents.len()), 1);
    let notices = texts(&root, "[data-testid=notice]");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("picture.png") && notices[0].contains("a PNG image"), "{notices:?}");
    assert_eq!(texts(&root, "[data-testid=article-title]"), ["Putin Escalates"]);
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_panel_that_offers_the_saved_library() {
    marginalia_app::crash::show_panel("index out of bounds <script>alert(1)</script>");
    let doc = web_sys::window().unwrap().document().unwrap();
    let panel = doc.query_selector("[data-testid=crash]").unwrap().expect("a panel");
    assert!(panel.text_content().unwrap().contains("Something went wrong"));
    assert!(panel.text_content().unwrap().contains("<script>alert(1)</script>"), "the error is shown as text");
    assert!(panel.query_selector("script").unwrap().is_none());
    // recover.js (plain JavaScript, tested end to end) serves this button.
    let button = panel.query_selector("[data-testid=crash-download]").unwrap().expect("a download button");
    assert_eq!(button.get_attribute("data-recover").as_deref(), Some(marginalia_app::store::LIBRARY));
    panel.remove();
}

#[wasm_bindgen_test]
async fn the_store_keeps_what_is_put_until_it_is_deleted() {
    use marginalia_app::store::Store;
    let db = Store::open().await.expect("IndexedDB opens");
    let big = "Grüße 👋 ".repeat(200_000); // ~2.4 MB: more than localStorage holds
    db.put("test-key", &big).await.expect("a put commits");
    let again = Store::open().await.unwrap();
    assert_eq!(again.get("test-key").await.unwrap().as_deref(), Some(big.as_str()));
    again.delete("test-key").await.unwrap();
    assert_eq!(db.get("test-key").await.unwrap(), None);
}

/// Texts are stored apart from the library, in one transaction with it:
/// `put_all` commits every entry, `text_ids` finds them by their key, and
/// `delete_all` lets them go.
#[wasm_bindgen_test]
async fn texts_are_stored_apart_and_found_by_their_keys() {
    use marginalia_app::store::{Store, text_key};
    let db = Store::open().await.expect("IndexedDB opens");
    let entries = vec![
        (text_key(900_001), "Первый текст".to_string()),
        (text_key(900_002), "second text".to_string()),
        ("test-index".to_string(), "{}".to_string()),
    ];
    db.put_all(&entries).await.expect("one transaction commits");
    let ids = db.text_ids().await.unwrap();
    assert!(ids.contains(&900_001) && ids.contains(&900_002), "{ids:?}");
    assert_eq!(db.get(&text_key(900_001)).await.unwrap().as_deref(), Some("Первый текст"));
    let keys: Vec<String> = entries.into_iter().map(|(k, _)| k).collect();
    db.delete_all(&keys).await.unwrap();
    let ids = db.text_ids().await.unwrap();
    assert!(!ids.contains(&900_001) && !ids.contains(&900_002), "{ids:?}");
    assert_eq!(db.get("test-index").await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, "<img src=x onerror=alert(1)> and <script>alert(2)</script>".into());
    settle().await;
    assert!(root.query_selector(".article img, .article script").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror=alert(1)>"));
}

// Saved web pages are not tested here: reading one needs `webpage.js`,
// `Readability.js` and the worker, which the test runner does not serve.
// `tests/e2e/web-pages.spec.mjs` tests them in the built app.

#[wasm_bindgen_test]
async fn other_encodings_are_decoded_by_the_browser() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    let utf16: Vec<u8> =
        [0xff, 0xfe].into_iter().chain("Zelensky’s “plan” 👋".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    load_bytes(state, "utf16.txt", &utf16).await;
    load_bytes(state, "latin1.txt", b"Caf\xe9 \x93quoted\x94").await;
    settle().await;
    let bodies: Vec<String> = state.with_library(|l| l.documents.iter().map(|d| d.text.clone()).collect());
    assert_eq!(bodies, ["Zelensky’s “plan” 👋", "Café “quoted”"]);
    let notices = texts(&root, "[data-testid=notice]");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("latin1.txt") && notices[0].contains("Windows-1252"));
}

/// A megabyte of `1,` holds 600,000 numbers. Painted one highlight each,
/// their browser handles outgrew WebAssembly's handle table and the app
/// trapped for good (issue 22). Now the highlights stop at a budget, the
/// reader is told, and the handles stay bounded.
#[wasm_bindgen_test]
async fn a_megabyte_of_numbers_paints_within_a_budget() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    let text = ("1,".repeat(300) + "\n\n").repeat(2000);
    state.add_text(None, text);
    for _ in 0..2000 {
        settle().await;
        if state.busy.get_untracked().is_none()
            && root.query_selector("[data-testid=unpainted-note]").unwrap().is_some()
            && root.query_selector_all(".article-body .block").unwrap().length() == 2000
        {
            break;
        }
    }
    assert_eq!(state.busy.get_untracked(), None, "painting ends");
    let marks = root.query_selector_all(".article-body .hl").unwrap().length() as usize;
    assert!(marks <= marginalia_model::MARK_BUDGET, "{marks} highlights");
    assert_eq!(root.query_selector_all(".article-body .block").unwrap().length(), 2000, "all the text is shown");
    let note = texts(&root, "[data-testid=unpainted-note]");
    assert!(note[0].contains("the first 20,000 are highlighted, 580,000 further ones are not"), "{note:?}");
    assert!(root.query_selector_all(".overview rect").unwrap().length() <= 3_000);
    let live = wasm_bindgen::externref_heap_live_count();
    // None per paragraph, highlight or overview mark (was 285,000 for the
    // 20,000 highlights alone): what is left is the app's own and the side
    // panel's, which lists at most 200 findings of each kind. About 16,500
    // (8,800 before Leptos's type erasure, whose views keep their elements'
    // handles); the same for half the paragraphs, so it does not grow with
    // the text.
    assert!(live < 20_000, "{live} live JavaScript handles");
}

/// Opening another document shows its text alone: the article's element
/// may be reused, what it showed before never stays.
#[wasm_bindgen_test]
async fn opening_another_document_shows_only_its_text() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    let first = state.peek_library(|l| l.current.unwrap());
    let marks = || root.query_selector_all(".overview rect").unwrap().length();
    let first_marks = marks();
    assert!(first_marks > 0);
    state.add_text(None, "Second article.\n\nIt has 2 paragraphs.".into());
    settle().await;
    assert_eq!(texts(&root, ".article-body .block"), ["Second article.", "It has 2 paragraphs."]);
    state.open(first);
    settle().await;
    let blocks = texts(&root, ".article-body .block");
    assert_eq!(blocks.len(), 4, "{blocks:?}");
    assert_eq!(blocks[0], "Putin Escalates");
    assert_eq!(marks(), first_marks, "the overview bar shows this document's marks alone");
}

/// Numbers on the page are written as the browser's locale writes them
/// (`Intl.NumberFormat`), rounded as a whole; the test browsers run in
/// English. Compared with the browser's own formatting of the same values,
/// so it holds in any locale.
#[wasm_bindgen_test]
fn numbers_are_shown_in_the_readers_locale() {
    let intl = |v: f64| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &4.into()).unwrap();
        let f = js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &options).format();
        f.call1(&wasm_bindgen::JsValue::NULL, &v.into()).unwrap().as_string().unwrap()
    };
    for v in [1_234_567.891_25, 1.99999, 0.99996, -0.25, 600_000.0] {
        assert_eq!(marginalia_app::locale::value(v), intl(v));
    }
    assert_eq!(marginalia_app::locale::value(f64::NAN), "—");
    let english =
        js_sys::Intl::NumberFormat::supported_locales_of(&js_sys::Array::of1(&"en-US".into()), &js_sys::Object::new());
    if english.length() > 0 && intl(1234.5) == "1,234.5" {
        assert_eq!(marginalia_app::locale::value(1.99999), "2");
        assert_eq!(marginalia_app::locale::count(600_000), "600,000");
    }
}

/// The reader's own claim on a suggested claim's exact words shares its
/// check: the form opens once, at the suggestion, and at the reader's claim
/// when a search lists only that one.
#[wasm_bindgen_test]
async fn a_check_form_opens_once_and_where_it_is_listed() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    let span = state.peek_library(|l| l.current().unwrap().analysis.claims[0].span);
    assert!(state.annotate_span(span, "claim", true));
    state.checking.set(Some(span));
    settle().await;
    let forms = || root.query_selector_all("[data-testid=check-form]").unwrap().length();
    let in_notes = || root.query_selector("[data-testid=notes] [data-testid=check-form]").unwrap().is_some();
    assert_eq!(forms(), 1);
    assert!(!in_notes(), "the form is at the suggested claim");
    assert_eq!(texts(&root, "[data-testid=notes] [data-testid=check-elsewhere]").len(), 1);
    // A search the reader's claim matches and the suggestion does not: `#claim` lists tags.
    state.query.set("#claim".into());
    settle().await;
    assert_eq!(forms(), 1);
    assert!(in_notes(), "with the suggestion unlisted, the form is at the reader's claim");
    assert!(texts(&root, "[data-testid=check-elsewhere]").is_empty());
}

#[wasm_bindgen_test]
async fn a_claims_check_is_saved_from_its_form_and_shown_as_text() {
    let state = AppState::empty();
    let (root, _handle) = mount(state);
    state.add_text(None, ARTICLE.into());
    settle().await;
    let open: HtmlElement = root.query_selector("[data-testid=check-open]").unwrap().unwrap().unchecked_into();
    open.click();
    settle().await;
    let form = root.query_selector("[data-testid=check-form]").unwrap().expect("the form opens");
    let set = |selector: &str, value: &str, event: &str| {
        let el = form.query_selector(selector).unwrap().unwrap();
        js_sys::Reflect::set(&el, &"value".into(), &value.into()).unwrap();
        el.dispatch_event(&web_sys::Event::new(event).unwrap()).unwrap();
    };
    set("[data-testid=check-verdict]", "misleading", "change");
    set("[data-testid=check-claimant]", "<b>Kremlin</b>", "input");
    set("[data-testid=evidence-url]", "javascript:alert(1)", "input");
    let save: HtmlElement = form.query_selector("[data-testid=check-save]").unwrap().unwrap().unchecked_into();
    save.click();
    settle().await;
    assert!(root.query_selector("[data-testid=check-form]").unwrap().is_none(), "saving closes the form");
    assert_eq!(
        texts(&root, "[data-testid=check-summary]"),
        ["misleading · to check · claimed by <b>Kremlin</b> · 1 source"]
    );
    // Markup stays text, and an address that is not a web address is no link.
    assert!(root.query_selector("[data-testid=check] b, [data-testid=evidence] a").unwrap().is_none());
    assert_eq!(texts(&root, "[data-testid=evidence] li"), ["javascript:alert(1)"]);
    let checks = state.peek_library(|l| l.current().unwrap().annotations.checks.len());
    assert_eq!(checks, 1);
}
