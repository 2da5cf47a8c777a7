//! Saved web pages: parsed by the browser's own `DOMParser` (scripts never
//! run in a parsed document and nothing is fetched), the article found by
//! Readability (Firefox's Reader View, `Readability.js`, loaded the first
//! time a web page arrives), and what the page says about itself gathered
//! for `marginalia_model::page`.
//!
//! Readability's article comes back as HTML: it is parsed again, in a
//! detached document, and only its text is kept (one paragraph per block).
//! Nothing of the page is ever inserted into the live DOM.

use std::cell::RefCell;

use js_sys::{Function, Object, Promise, Reflect};
use marginalia_model::html::{Role, clean_block, role_of_tag};
use marginalia_model::page::{self, PageFacts, PageMeta, ReaderFacts, Verdict};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

/// Where Trunk copies Readability (see index.html); same origin, so the
/// page's CSP (`script-src 'self'`) allows it.
const READABILITY: &str = "./Readability.js";

/// A web page's text and what it says about itself.
pub struct WebPage {
    pub text: String,
    pub meta: PageMeta,
}

/// The article of an HTML page, or the page's whole text with a note saying
/// why. `Err` only when the browser cannot parse at all.
pub async fn read_page(html: &str, saved_from: Option<String>) -> Result<WebPage, String> {
    let doc = parse(html)?;
    // Gathered first: Readability changes the document it reads.
    let mut facts = facts(&doc);
    facts.saved_from = saved_from;
    let whole = blocks_of(doc.body().as_ref()).join("\n\n");
    let (reader, article) = match readability(&doc).await {
        Ok(Some(found)) => found,
        Ok(None) => (ReaderFacts::default(), String::new()),
        Err(why) => {
            let mut meta = PageMeta::from_facts(&facts, &ReaderFacts::default());
            meta.note =
                Some(format!("the article finder could not run ({why}) — showing the page's whole text instead"));
            return Ok(WebPage { text: whole, meta });
        }
    };
    let mut meta = PageMeta::from_facts(&facts, &reader);
    let text = match page::judge(&article, meta.title.as_deref(), &whole) {
        Verdict::Article => article,
        Verdict::WholePage(note) => {
            meta.note = Some(note);
            whole
        }
    };
    Ok(WebPage { text, meta })
}

fn parse(html: &str) -> Result<Document, String> {
    let parser = DomParser::new().map_err(|_| "this browser cannot parse HTML".to_string())?;
    parser.parse_from_string(html, SupportedType::TextHtml).map_err(|_| "the HTML could not be parsed".to_string())
}

/// What the page states about itself: meta tags, JSON-LD, title, headings.
fn facts(doc: &Document) -> PageFacts {
    let all = |selector: &str| -> Vec<Element> {
        let Ok(list) = doc.query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
    };
    let text = |el: &Element| clean_block(&el.text_content().unwrap_or_default());
    let metas = all("meta[content]")
        .iter()
        .filter_map(|m| {
            let key = ["property", "name", "itemprop"].iter().find_map(|a| m.get_attribute(a))?;
            Some((key.trim().to_ascii_lowercase(), m.get_attribute("content")?))
        })
        .collect();
    let json_ld = all("script[type='application/ld+json']").iter().filter_map(|s| s.text_content()).collect();
    let headings =
        |selector: &str| all(selector).iter().map(text).filter(|t| !t.is_empty()).take(4).collect::<Vec<_>>();
    let attr =
        |selector: &str, name: &str| doc.query_selector(selector).ok().flatten().and_then(|e| e.get_attribute(name));
    PageFacts {
        metas,
        json_ld,
        title: clean_block(&doc.title()),
        // The article's own heading apart: the page's first heading is
        // often the site's name or a menu label.
        headline: headings("article h1, main h1, h1[itemprop=headline], [itemprop=headline] h1").into_iter().next(),
        h1: headings("h1"),
        canonical: attr("link[rel=canonical]", "href"),
        lang: doc.document_element().and_then(|e| e.get_attribute("lang")),
        times: all("time[datetime]").iter().filter_map(|t| t.get_attribute("datetime")).take(3).collect(),
        saved_from: None,
    }
}

/// Readability's findings and the article's text, `None` when it found no
/// article; `Err` when it cannot be loaded or fails.
async fn readability(doc: &Document) -> Result<Option<(ReaderFacts, String)>, String> {
    let class = load_readability().await?;
    let reader = Reflect::construct(&class, &js_sys::Array::of2(doc, &Object::new()))
        .map_err(|e| format!("Readability failed: {}", describe(&e)))?;
    let method = Reflect::get(&reader, &"parse".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let result = method.ok_or("Readability has no parse()")?.call0(&reader).map_err(|e| describe(&e))?;
    if result.is_null() || result.is_undefined() {
        return Ok(None);
    }
    let field = |name: &str| {
        Reflect::get(&result, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let facts = ReaderFacts {
        title: field("title"),
        byline: field("byline"),
        site: field("siteName"),
        published: field("publishedTime"),
        lang: field("lang"),
    };
    // The article's HTML, parsed in a detached document: only its text is kept.
    let content = parse(&field("content").unwrap_or_default())?;
    Ok(Some((facts, blocks_of(content.body().as_ref()).join("\n\n"))))
}

thread_local! {
    /// Loading or loaded: one `<script>` for every page that arrives.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// The `Readability` class, loading `Readability.js` with a `<script src>`
/// the first time (it is not part of the page's first load).
async fn load_readability() -> Result<Function, String> {
    let window = web_sys::window().ok_or("no window")?;
    let class = || Reflect::get(&window, &"Readability".into()).ok().and_then(|c| c.dyn_into::<Function>().ok());
    if let Some(c) = class() {
        return Ok(c);
    }
    let loading = LOADING.with(|l| l.borrow().clone());
    let promise = match loading {
        Some(p) => p,
        None => {
            let p = inject(READABILITY)?;
            LOADING.with(|l| *l.borrow_mut() = Some(p.clone()));
            p
        }
    };
    if let Err(e) = JsFuture::from(promise).await {
        // The next page tries again (the network may be back).
        LOADING.with(|l| *l.borrow_mut() = None);
        return Err(describe(&e));
    }
    class().ok_or_else(|| "Readability.js defined no Readability".to_string())
}

/// Adds `<script src>` to the page's head; the promise settles when it ran.
fn inject(src: &str) -> Result<Promise, String> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let script = doc.create_element("script").map_err(|e| describe(&e))?;
    let mut failed = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let err = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &"Readability.js could not be loaded".into());
        });
        let set =
            |name: &str, f: &JsValue| Reflect::set(&script, &name.into(), f).map(|_| ()).map_err(|e| describe(&e));
        failed = set("onload", &ok).and(set("onerror", &err)).err();
    });
    if let Some(why) = failed {
        return Err(why);
    }
    script.set_attribute("src", src).map_err(|e| describe(&e))?;
    doc.head().ok_or("no head")?.append_child(&script).map_err(|e| describe(&e))?;
    Ok(promise)
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "unknown error".into())
}

/// The text of an element as blocks (paragraphs, headings, list items), in
/// order; scripts, styles, forms, navigation and hidden elements left out.
fn blocks_of(root: Option<&web_sys::HtmlElement>) -> Vec<String> {
    let mut blocks = Vec::new();
    if let Some(root) = root {
        walk(root, &mut blocks);
    }
    blocks
}

fn walk(el: &Element, blocks: &mut Vec<String>) {
    let children = el.child_nodes();
    let mut inline = String::new();
    for i in 0..children.length() {
        let Some(node) = children.item(i) else { continue };
        match node.node_type() {
            Node::TEXT_NODE => inline.push_str(&node.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let child: Element = node.unchecked_into();
                if skipped(&child) {
                    continue;
                }
                match role_of_tag(&child.local_name()) {
                    Role::Skip => {}
                    Role::Inline => inline.push_str(&text_of(&child)),
                    Role::Block => {
                        flush(&mut inline, blocks);
                        push(blocks, text_of(&child));
                    }
                    Role::Container => {
                        flush(&mut inline, blocks);
                        walk(&child, blocks);
                    }
                }
            }
            _ => {}
        }
    }
    flush(&mut inline, blocks);
}

fn skipped(el: &Element) -> bool {
    el.has_attribute("hidden")
        || el.get_attribute("aria-hidden").as_deref() == Some("true")
        || role_of_tag(&el.local_name()) == Role::Skip
}

/// The text of an element, leaving out skipped descendants.
fn text_of(el: &Element) -> String {
    let mut out = String::new();
    let children = el.child_nodes();
    for i in 0..children.length() {
        let Some(node) = children.item(i) else { continue };
        match node.node_type() {
            Node::TEXT_NODE => out.push_str(&node.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let child: Element = node.unchecked_into();
                if !skipped(&child) {
                    if child.local_name() == "br" {
                        out.push(' ');
                    }
                    out.push_str(&text_of(&child));
                    if role_of_tag(&child.local_name()) == Role::Block {
                        out.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn flush(inline: &mut String, blocks: &mut Vec<String>) {
    push(blocks, std::mem::take(inline));
}

fn push(blocks: &mut Vec<String>, text: String) {
    let text = clean_block(&text);
    if !text.is_empty() {
        blocks.push(text);
    }
}
