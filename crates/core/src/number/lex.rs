//! The lexer: a paragraph as numbers, words and symbols.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    /// Digits with separators/decimals; value and whether it was written
    /// with group separators.
    Num {
        value: f64,
        grouped: bool,
        digits: usize,
        decimal: bool,
    },
    Word(String),
    Sym(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) span: Span,
    pub(super) tok: Tok,
    /// Whitespace between the previous token and this one.
    pub(super) space: bool,
}

pub(super) fn lex(text: &str, span: Span) -> Vec<Token> {
    let s = span.text(text);
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut space = true;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            space = true;
            continue;
        }
        if c.is_ascii_digit() {
            let (end, tok) = scan_number(s, i);
            i = end;
            out.push(Token { span: Span::new(span.start + start, span.start + i), tok, space });
        } else if c.is_alphabetic() {
            while i < s.len() {
                let d = s[i..].chars().next().unwrap_or(' ');
                if d.is_alphabetic()
                    || (matches!(d, '\'' | '’') && s[i + d.len_utf8()..].starts_with(|x: char| x.is_alphabetic()))
                {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(span.start + start, span.start + i),
                tok: Tok::Word(s[start..i].to_lowercase()),
                space,
            });
        } else {
            i += c.len_utf8();
            out.push(Token { span: Span::new(span.start + start, span.start + i), tok: Tok::Sym(c), space });
        }
        space = false;
        let _ = b;
    }
    out
}

/// Scans `1,234.5`, `0.4`, `1 000` (thin or normal space groups) from `i`.
pub(super) fn scan_number(s: &str, i: usize) -> (usize, Tok) {
    let b = s.as_bytes();
    let digits_at = |k: usize| b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = i + digits_at(i);
    let mut int_part: String = s[i..end].to_string();
    let mut grouped = false;
    if int_part.len() <= 3 {
        loop {
            // A separator followed by exactly three digits and then no digit.
            let sep_len = [",", "\u{202f}", "\u{a0}", " ", "\u{2009}"]
                .iter()
                .find(|sep| s[end..].starts_with(**sep))
                .map(|sep| sep.len());
            let Some(sep_len) = sep_len else { break };
            let k = end + sep_len;
            if k < b.len() && digits_at(k) == 3 && !(s[..end].ends_with(' ')) {
                let is_space = s[end..k].chars().all(char::is_whitespace);
                // "In 2024 100 people" must not join: spaces group only short heads.
                if is_space && (int_part.len() > 3 || s[end..].starts_with(' ') && !grouped && int_part.len() > 3) {
                    break;
                }
                if is_space
                    && s[end..].starts_with(' ')
                    && b.get(k + 3).is_some_and(|c| {
                        !c.is_ascii_whitespace() && !matches!(c, b'.' | b',' | b')' | b';' | b':' | b'%')
                    })
                {
                    break;
                }
                int_part.push_str(&s[k..k + 3]);
                end = k + 3;
                grouped = true;
            } else {
                break;
            }
        }
    }
    let digits = int_part.len();
    let mut decimal = false;
    let mut frac = String::new();
    if s[end..].starts_with('.') && end + 1 < b.len() && b[end + 1].is_ascii_digit() {
        let k = end + 1;
        let n = digits_at(k);
        frac = s[k..k + n].to_string();
        end = k + n;
        decimal = true;
    }
    let value = format!("{int_part}.{}", if frac.is_empty() { "0" } else { &frac }).parse::<f64>().unwrap_or(0.0);
    (end, Tok::Num { value, grouped, digits, decimal })
}
