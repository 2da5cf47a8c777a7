//! HTML articles: parsed by the browser's own `DOMParser` (scripts never run
//! in a parsed document and nothing is fetched), then reduced to the article
//! — title, headings, paragraphs — by the rules in `marginalia_model::html`.

use marginalia_model::html::{Role, clean_block, is_boilerplate, role_of_tag};
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

/// The article text of an HTML page: one paragraph per block, blank lines
/// between them. `Err` only when the browser cannot parse at all.
pub fn article_text(html: &str) -> Result<String, String> {
    let parser = DomParser::new().map_err(|_| "this browser cannot parse HTML".to_string())?;
    let doc = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "the HTML could not be parsed".to_string())?;
    // The article itself when the page marks it; else its main part; else the body.
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|sel| doc.query_selector(sel).ok().flatten())
        .ok_or_else(|| "the page has no body".to_string())?;
    let mut blocks = Vec::new();
    walk(&root, &mut blocks);
    let has_h1 = root.query_selector("h1").ok().flatten().is_some();
    let title = clean_block(&doc.title());
    if !has_h1 && !title.is_empty() && blocks.first() != Some(&title) {
        blocks.insert(0, title);
    }
    Ok(blocks.join("\n\n"))
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
    let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
    el.has_attribute("hidden")
        || attr("aria-hidden") == "true"
        || role_of_tag(&el.local_name()) == Role::Skip
        || is_boilerplate(&attr("class"), &attr("id"), &attr("role"))
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
