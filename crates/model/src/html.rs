//! Which parts of an HTML page are the article. The browser parses the page
//! (no script runs, nothing is fetched); these rules decide, element by
//! element, what to keep. Plain Rust so they are tested natively.

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

/// Words in a class, id or role that mark page furniture: comment widgets,
/// share bars, "related" lists, menus, ads.
#[rustfmt::skip]
const BOILERPLATE: &[&str] = &[
    "comment", "share", "social", "related", "recommend", "nav", "menu", "footer", "sidebar", "advert", "promo",
    "newsletter", "subscribe", "signup", "sign-up", "cookie", "banner", "breadcrumb", "pagination", "popup",
    "modal", "widget", "sponsor", "outbrain", "taboola", "toolbar", "byline-share", "tags", "trending", "most-read",
    "more-stories", "read-more", "author-bio", "print", "skip-link",
];

/// Landmark roles that are not the article.
const SKIP_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog", "alert"];

/// Whether an element with these attributes is page furniture.
pub fn is_boilerplate(class: &str, id: &str, role: &str) -> bool {
    if SKIP_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()) {
        return true;
    }
    let names = format!("{class} {id}").to_ascii_lowercase();
    names.split(|c: char| c.is_whitespace() || c == '_').filter(|n| !n.is_empty()).any(|name| {
        BOILERPLATE.iter().any(|b| {
            name == *b
                || name.starts_with(&format!("{b}-"))
                || name.ends_with(&format!("-{b}"))
                || name.contains(&format!("-{b}-"))
                || (b.len() > 5 && name.contains(b))
        })
    })
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
    fn furniture_by_class_id_or_role() {
        assert!(is_boilerplate("comments-area", "", ""));
        assert!(is_boilerplate("post-share", "", ""));
        assert!(is_boilerplate("", "related-posts", ""));
        assert!(is_boilerplate("x", "y", "navigation"));
        assert!(is_boilerplate("newsletter-signup", "", ""));
        assert!(!is_boilerplate("article-body", "story", ""));
        assert!(!is_boilerplate("entry-content", "", "main"));
        // "navigator" is not "nav"; "shareholders" is not "share".
        assert!(!is_boilerplate("navigator shareholders", "", ""));
    }

    #[test]
    fn blocks_are_cleaned() {
        assert_eq!(clean_block("  Hello \n\t world  "), "Hello world");
    }
}
