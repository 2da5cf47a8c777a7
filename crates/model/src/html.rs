//! How the text of parsed HTML is read, element by element: which tags are
//! blocks of their own, which hold blocks, which are never text. The article
//! itself is found by Readability (see the app's `html` module and
//! [`crate::page`]); these rules only turn its HTML, or the whole page when
//! it finds none, into paragraphs. Plain Rust so they are tested natively.

/// What to do with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Not part of the article: scripts, navigation, forms, widgets.
    Skip,
    /// A block of text of its own: paragraphs, headings, list items.
    Block,
    /// Holds blocks: walk into it.
    Container,
    /// Text inside a block.
    Inline,
}

/// The role of an element by its tag name (lower case).
pub fn role_of_tag(tag: &str) -> Role {
    match tag {
        "script" | "style" | "noscript" | "template" | "iframe" | "object" | "embed" | "svg" | "canvas" | "form"
        | "button" | "input" | "select" | "textarea" | "nav" | "aside" | "footer" | "menu" | "dialog" | "video"
        | "audio" | "picture" | "img" | "map" | "head" | "link" | "meta" | "title" => Role::Skip,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "blockquote" | "pre" | "figcaption" | "dt" | "dd"
        | "caption" | "summary" | "address" | "td" | "th" => Role::Block,
        "html" | "body" | "main" | "article" | "section" | "div" | "header" | "ul" | "ol" | "dl" | "figure"
        | "table" | "thead" | "tbody" | "tfoot" | "tr" | "details" | "center" | "hgroup" => Role::Container,
        _ => Role::Inline,
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn clean_block(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_have_roles() {
        assert_eq!(role_of_tag("script"), Role::Skip);
        assert_eq!(role_of_tag("nav"), Role::Skip);
        assert_eq!(role_of_tag("p"), Role::Block);
        assert_eq!(role_of_tag("h2"), Role::Block);
        assert_eq!(role_of_tag("article"), Role::Container);
        assert_eq!(role_of_tag("em"), Role::Inline);
    }

    #[test]
    fn blocks_are_cleaned() {
        assert_eq!(clean_block("  Hello \n\t world  "), "Hello world");
    }
}
