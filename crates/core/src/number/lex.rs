//! The lexer: a paragraph as numbers, words and symbols.

use super::*;
use crate::language::Separators;
use crate::lexicon::{self, Entry, Roles};

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
    /// What the lexicon knows of a word, looked up once here.
    pub(super) entry: Entry,
}

/// The entry of a token that is no word.
const NO_ENTRY: Entry = Entry { roles: Roles::NONE, lemma: "", values: &[] };

pub(super) fn lex(text: &str, span: Span, separators: Separators) -> Vec<Token> {
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
        // A web address is one opaque word: "…/pqdweb?RQT=305&SQ=issn%280024" holds no percents.
        if (i == 0 || s[..i].ends_with(|p: char| p.is_whitespace() || matches!(p, '(' | '[' | '<' | '"' | '“')))
            && is_url_start(&s[i..])
        {
            while i < s.len() && !s[i..].starts_with(char::is_whitespace) {
                i += s[i..].chars().next().map_or(1, char::len_utf8);
            }
            let span = Span::new(span.start + start, span.start + i);
            out.push(Token { span, tok: Tok::Word("url".into()), space, entry: NO_ENTRY });
            space = false;
            continue;
        }
        // ".500 record": a leading dot starts a number after a space or an opening mark.
        // (Not where the comma starts the decimals: there it is a group's dot.)
        let leading_dot = c == '.'
            && separators != Separators::Comma
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && (i == 0 || s[..i].ends_with(|p: char| p.is_whitespace() || matches!(p, '(' | '[' | '$' | '-')));
        if c.is_ascii_digit() || leading_dot {
            let (end, tok) = scan_number(s, i, separators);
            i = end;
            out.push(Token { span: Span::new(span.start + start, span.start + i), tok, space, entry: NO_ENTRY });
        } else if c == 'º'
            && s[i + c.len_utf8()..].starts_with(['C', 'F'])
            && !s[i + c.len_utf8() + 1..].starts_with(char::is_alphabetic)
        {
            // "1.5ºC": the ordinal indicator written for a degree sign (a
            // review of climate news); not "1º de mayo".
            i += c.len_utf8();
            out.push(Token {
                span: Span::new(span.start + start, span.start + i),
                tok: Tok::Sym('°'),
                space,
                entry: NO_ENTRY,
            });
        } else if c.is_alphabetic() && currency_symbol(c).is_none() {
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
            let word = s[start..i].to_lowercase();
            let entry = lexicon::lookup(&word);
            out.push(Token { span: Span::new(span.start + start, span.start + i), tok: Tok::Word(word), space, entry });
        } else {
            i += c.len_utf8();
            // A non-breaking hyphen is a hyphen: "COVID‑19" (U+2011, as UN
            // pages write it) is a name, not 19 of anything.
            let c = if c == '\u{2011}' { '-' } else { c };
            out.push(Token {
                span: Span::new(span.start + start, span.start + i),
                tok: Tok::Sym(c),
                space,
                entry: NO_ENTRY,
            });
        }
        space = false;
    }
    out
}

/// "http://", "https://", "www.": the start of a web address.
fn is_url_start(s: &str) -> bool {
    // Bytes, not `s.get(..8)`: that is `None` when byte 8 falls inside a
    // character, and lower-casing the whole rest instead made every number
    // in Cyrillic text cost the text after it (quadratic, issue 22).
    let b = s.as_bytes();
    let starts = |p: &str| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()));
    starts("http://") || starts("https://") || starts("www.")
}

/// Group separators: comma, no-break space, narrow no-break space, thin space, space.
const SEPARATORS: &[&str] = &[",", "\u{a0}", "\u{202f}", "\u{2009}", " "];
/// The same where the comma starts the decimals ("1.234,5"; "1 234,5").
const SEPARATORS_COMMA: &[&str] = &[".", "\u{a0}", "\u{202f}", "\u{2009}", " "];

/// Scans a number in digits from `i`: "1,234.5", "0.4", "1 000 000" (groups
/// of three after a space, a no-break or a thin space), ".500" (from the
/// dot), "1e10", "1.3e6". With [`Separators::Comma`] the comma and the dot
/// trade places: "1.234,5", "1,3". Returns the end and the token.
pub(super) fn scan_number(s: &str, i: usize, separators: Separators) -> (usize, Tok) {
    let (groups, point) = match separators {
        Separators::Point | Separators::EnglishComma => (SEPARATORS, '.'),
        Separators::Comma => (SEPARATORS_COMMA, ','),
    };
    let b = s.as_bytes();
    let digits_at = |k: usize| b.get(k..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let head = digits_at(i);
    let mut end = i + head;
    let mut int_part: String = s[i..end].to_string();
    let mut grouped = false;
    let mut sep_used: Option<&str> = None;
    // Indian grouping: "12,34,567.89", "1,00,000": pairs, then a last group of three.
    let mut indian = false;
    if separators != Separators::Comma && (1..=2).contains(&head) {
        let mut k = end;
        let mut pairs = 0;
        while b.get(k) == Some(&b',') && digits_at(k + 1) == 2 && b.get(k + 3) == Some(&b',') {
            k += 3;
            pairs += 1;
        }
        if pairs > 0 && b.get(k) == Some(&b',') && digits_at(k + 1) == 3 {
            int_part.extend(s[end..k + 4].chars().filter(char::is_ascii_digit));
            end = k + 4;
            grouped = true;
            indian = true;
        }
    }
    while !indian && (1..=3).contains(&head) {
        // A separator, exactly three digits, then no digit; one kind of separator throughout.
        let Some(sep) = groups.iter().copied().find(|sep| s[end..].starts_with(sep)) else { break };
        if sep_used.is_some_and(|u| u != sep) {
            break;
        }
        let k = end + sep.len();
        if digits_at(k) != 3 {
            break;
        }
        // "16,094%" where English writes decimals with a comma.
        if separators == Separators::EnglishComma && sep == "," && !grouped && b.get(k + 3) == Some(&b'%') {
            break;
        }
        // "In 2024 100 people", "3 100-metre": a plain space groups only
        // when the group ends at a space, a punctuation mark or the end.
        if sep == " "
            && b.get(k + 3).is_some_and(|c| {
                !c.is_ascii_whitespace() && !matches!(c, b'.' | b',' | b')' | b';' | b':' | b'%' | b'!' | b'?')
            })
        {
            break;
        }
        int_part.push_str(&s[k..k + 3]);
        end = k + 3;
        grouped = true;
        sep_used = Some(sep);
    }
    let digits = int_part.len();
    let mut decimal = false;
    let mut frac = "";
    // "13,1 million", "32,6%", "0,7 of a percentage point": a decimal
    // comma, as South Africa writes it, where one or two digits after the
    // comma lead to a scale or a percent (a review of real news: read as
    // two numbers). Not a list ("1,2,3"), not "5,10 people", not a year
    // before a figure ("In 2019,14% abstained").
    if separators != Separators::Comma
        && !grouped
        && head <= 3
        && !(i > 0 && b[i - 1] == b',')
        && s[end..].starts_with(',')
    {
        let n = digits_at(end + 1);
        let after = s[end + 1 + n..].to_ascii_lowercase();
        let leads = after.starts_with('%')
            || [
                " million",
                " billion",
                " trillion",
                "-million",
                "-billion",
                "-trillion",
                " per cent",
                " percent",
                " of a percentage",
            ]
            .iter()
            .any(|w| after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric()));
        // Where the text writes its decimals so: any but three digits (not
        // a list's "1,2,3"), three before a per cent sign.
        let english = separators == Separators::EnglishComma
            && n > 0
            && (n != 3 || after.starts_with('%'))
            && !(after.starts_with(',') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        if (1..=2).contains(&n) && leads || english {
            frac = &s[end + 1..end + 1 + n];
            end += 1 + n;
            decimal = true;
        }
    }
    if !decimal && s[end..].starts_with(point) && digits_at(end + 1) > 0 {
        let k = end + 1;
        frac = &s[k..k + digits_at(k)];
        end = k + frac.len();
        decimal = true;
    }
    let mut value = format!("0{int_part}.{frac}0").parse::<f64>().unwrap_or(0.0);
    // "1e10", "1.3e6", "12e-1": an exponent, when nothing alphanumeric follows.
    if !grouped && matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(end + 1), Some(b'-' | b'+')));
        let n = digits_at(end + 1 + sign);
        let stop = end + 1 + sign + n;
        if (1..=3).contains(&n) && !s[stop..].starts_with(|c: char| c.is_alphanumeric()) {
            let exp: i32 = s[end + 1 + sign..stop].parse().unwrap_or(0);
            let exp = if b.get(end + 1) == Some(&b'-') { -exp } else { exp };
            value = super::scaled(value, 10f64.powi(exp));
            end = stop;
            decimal = true;
        }
    }
    (end, Tok::Num { value, grouped, digits, decimal })
}
