//! Characters a reader cannot see but that change what they see: zero-width
//! characters, bidirectional controls (`report\u{202E}gnp.txt` shows as
//! "reporttxt.png"), other control characters. Names and tags are cleaned
//! of them or show them, never obey them.

/// Whether `c` is invisible and may reorder or hide text: control and
/// format characters (Unicode Cc and Cf), bidi controls included.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// `name` for display: every invisible character shown as its code
/// (`report[U+202E]gnp.txt`), so what is read is what is there.
pub fn shown(name: &str) -> String {
    if !name.chars().any(is_invisible) {
        return name.to_string();
    }
    name.chars().map(|c| if is_invisible(c) { format!("[U+{:04X}]", c as u32) } else { c.to_string() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_shown_by_their_code() {
        for (name, want) in [
            ("report.txt", "report.txt"),
            ("report\u{202E}gnp.txt", "report[U+202E]gnp.txt"),
            ("verified\u{200B}", "verified[U+200B]"),
            ("a\u{2067}b\u{2069}", "a[U+2067]b[U+2069]"),
            ("tab\there", "tab[U+0009]here"),
            ("Grüße, 東京 ✓", "Grüße, 東京 ✓"),
        ] {
            assert_eq!(shown(name), want, "{name:?}");
        }
    }
}
