//! Character classes and small scanners shared by the finders.

/// Quotation marks the core understands, with the role their shape allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkShape {
    /// Only ever opens: “ „ « ‹ ‚ (and ‘ when it cannot be an apostrophe).
    Open,
    /// Only ever closes: ” » ›.
    Close,
    /// Straight marks and ’/‘ whose role depends on their neighbours.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkFamily {
    Double,
    Single,
}

/// Classifies a quotation mark character, or `None` for any other char.
pub fn quote_mark(c: char) -> Option<(MarkFamily, MarkShape)> {
    use MarkFamily::*;
    use MarkShape::*;
    Some(match c {
        '“' | '„' | '«' => (Double, Open),
        '”' | '»' => (Double, Close),
        '"' | '″' | '〃' => (Double, Either),
        '‘' | '‚' | '‹' => (Single, Open),
        '›' => (Single, Close),
        '’' | '\'' | '′' => (Single, Either),
        _ => return None,
    })
}

pub fn is_quote_mark(c: char) -> bool {
    quote_mark(c).is_some()
}

/// Letters, digits and the marks that join a word (`-`, `'`, `’` between letters
/// are handled by [`words`]).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters that may end a sentence.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇')
}

/// Closing punctuation that may follow a sentence terminal and still belong to
/// the sentence.
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '›' | '*' | '_')
}

pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

/// A word of the text: maximal runs of alphanumerics joined by inner
/// apostrophes, hyphens and periods between letters ("don’t", "long-range",
/// "U.S" — the final period of an abbreviation is not part of the word).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

/// The words of `text[from..to]`, with absolute byte offsets.
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let bytes_end = to.min(text.len());
    let Some(slice) = text.get(from..bytes_end) else { return Vec::new() };
    let mut out = Vec::new();
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_word_char(c) {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                it.next();
            } else if matches!(d, '\'' | '’' | '-' | '‐' | '.') {
                // Joiner only when a word char follows right after it.
                let next = slice[j + d.len_utf8()..].chars().next();
                let joins = next.is_some_and(is_word_char)
                    && (d != '.' || slice[start..end].chars().all(char::is_alphabetic))
                    && (d != '.' || next.is_some_and(char::is_alphabetic));
                if !joins {
                    break;
                }
                it.next();
            } else {
                break;
            }
        }
        out.push(Word { start: from + start, end: from + end, text: &slice[start..end] });
    }
    out
}

/// The last char of `text[..at]`.
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The first char of `text[at..]`.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<&str> {
        words(text, 0, text.len()).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_inner_joiners() {
        assert_eq!(w("don’t stop long-range U.S. fire."), ["don’t", "stop", "long-range", "U.S", "fire"]);
        assert_eq!(w("students’ 'quoted' 1.2 million"), ["students", "quoted", "1", "2", "million"]);
        assert_eq!(w("— rock ’n’ roll —"), ["rock", "n", "roll"]);
    }
}
