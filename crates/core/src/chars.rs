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
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General punctuation (quote marks, dashes, spaces) is never part of a
    // word: answered without the slow Unicode table lookup.
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
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
    /// Capitalised, as a name's word is: "Masri", and "al-Masri", "el-Sisi"
    /// (a particle glued to a name; a regression hunt found "“…,” al-Thani
    /// said" unattributed).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase) || crate::entity::particle_prefixed(self.text)
    }

    pub fn is_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase) && !crate::entity::particle_prefixed(self.text)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// "the company’s", "Smith's": the word ends in a possessive "’s" or "'s".
    pub fn is_possessive(&self) -> bool {
        is_possessive(self.text)
    }
}

/// "company’s", "Smith's": a word that ends in a possessive "’s" or "'s".
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
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
            } else if d == '&'
                && slice[..j].ends_with(|c: char| c.is_ascii_uppercase())
                && slice[j + 1..].starts_with(|c: char| c.is_ascii_uppercase())
            {
                // "M&S", "AT&T", "S&P": one name's word.
                end = j + 1;
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

/// Whether two words are one name's neighbours: only spaces between them, or
/// the period of an initial or a title ("C. Eugene Steuerle", "Mr. Reeves",
/// "Sen. Warner"), so "Mr" is never a name of its own.
pub fn joined(text: &str, a: Word<'_>, b: Word<'_>) -> bool {
    let Some(gap) = text.get(a.end..b.start) else { return false };
    let spaces = |g: &str| !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\u{a0}');
    // "Realtor.com® Chief Economist Danielle Hale": a trademark's sign
    // stays inside the name it marks.
    if spaces(gap) || gap.strip_prefix(['®', '™']).is_some_and(spaces) {
        return true;
    }
    // "Procter & Gamble", "Marks & Spencer": an ampersand between capitals
    // is inside one name.
    if let Some((before, after)) = gap.split_once('&')
        && spaces(before)
        && spaces(after)
    {
        return a.is_capitalized() && b.is_capitalized();
    }
    let Some(rest) = gap.strip_prefix('.') else { return false };
    if !spaces(rest) || !a.is_capitalized() || !b.is_capitalized() {
        return false;
    }
    // "J. Smith", and dotted initials: "J.P. Morgan" (a review of oil news
    // gave "Morgan analysts").
    // (An abbreviation that may end a sentence only before a title: "said
    // U.K. Prime Minister Boris Johnson", not "Jobs went to the U.K. Morgan
    // said …", a code review.)
    let lower = a.lower();
    use crate::lexicon::{Role, roles};
    // (A title may come a word or two on: "said E.U. Commission President
    // Ursula von der Leyen", "U.N. Human Rights Commissioner Volker Turk",
    // a regression hunt.)
    let titled = || {
        std::iter::once(b)
            .chain(words(text, b.end, (b.end + 80).min(text.len())).into_iter().take(3))
            .take_while(|w| w.is_capitalized())
            .any(|w| roles(&w.lower()).has(Role::Title))
    };
    let initial = a.text.chars().count() == 1
        || a.text.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
            && (!roles(&lower).has(Role::AmbiguousAbbreviation) || titled());
    initial || (roles(&lower).has(Role::Title) && roles(&lower).has(Role::Abbreviation))
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
        assert_eq!(
            w("M&S, AT&T and the S&P rose; R&d and salt&pepper"),
            ["M&S", "AT&T", "and", "the", "S&P", "rose", "R", "d", "and", "salt", "pepper"]
        );
    }

    #[test]
    fn names_join_across_initials_and_titles() {
        let cases = [
            ("C. Eugene Steuerle", true),
            ("Mr. Reeves", true),
            ("Sen. Warner", true),
            ("William G. Gale", true),
            ("Dr. Shadlen", true),
            ("Clinton. Trump", false),
            ("Clinton, Trump", false),
            ("said. Trump", false),
            ("Procter & Gamble", true),
            ("Johnson & Johnson", true),
            ("salt & Pepper", false),
        ];
        for (text, want) in cases {
            let ws = words(text, 0, text.len());
            let got = ws.windows(2).all(|p| joined(text, p[0], p[1]));
            assert_eq!(got, want, "{text}");
        }
    }
}
