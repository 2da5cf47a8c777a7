//! Numbers and quantities: value, unit, kind and qualifier.
//!
//! A small lexer turns each paragraph into tokens (numbers, words, symbols);
//! [`Parser`] then reads one expression at a time — qualifier, currency,
//! value, scale, unit or counted noun, rate, range — in one left-to-right
//! pass. Page furniture is skipped.

use serde::{Deserialize, Serialize};

use crate::segment::{BlockKind, Paragraph};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A number of things: "50,000 troops", "two nations".
    Count,
    Percent,
    Money,
    Distance,
    Area,
    Weight,
    Volume,
    Speed,
    Temperature,
    /// A span of time: "nine months", "30-day".
    Duration,
    /// An amount per period: "38 per day", "1,500 casualties a day".
    Rate,
    /// An age: "10-year-old".
    Age,
    Year,
    Decade,
    /// A calendar date ("15 August 2024", "Aug. 15"); `date` holds ISO 8601.
    Date,
    /// A clock time ("10:29 AM"); `date` holds "HH:MM".
    Time,
    /// "first term", "21st century".
    Ordinal,
    /// "1/2", "half of", "three-quarters".
    Fraction,
    /// A vague quantity with no value: "tens of thousands", "dozens".
    Approximate,
    /// A number that names rather than measures: "Resolution 2735", "F-16".
    Identifier,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The number with its scale words and the unit or counted noun that
    /// directly follows it; qualifiers are outside.
    pub span: Span,
    /// The value (low end of a range), finite; `None` when the text gives none.
    pub value: Option<f64>,
    /// Normalised unit ("km2", "percent", "USD", "days") or the counted noun
    /// ("troops", "casualties per day").
    pub unit: Option<String>,
    pub kind: NumberKind,
    /// The qualifier in front of (or after) the number: "about", "up to", "or so".
    pub approx: Option<String>,
    pub approx_span: Option<Span>,
    /// Both ends of a range: "10–15", "between 10 and 15".
    pub range: Option<[f64; 2]>,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// ISO 8601 text for dates ("2024-08-15", "2025-01", "--08-15") and times ("10:29").
    pub date: Option<String>,
}

/// Finds the numbers of every non-furniture paragraph.
pub fn find(text: &str, paragraphs: &[Paragraph]) -> Vec<Number> {
    let mut out = Vec::new();
    for p in paragraphs.iter().filter(|p| p.kind != BlockKind::Furniture) {
        let tokens = lex(text, p.span);
        let mut parser = Parser { text, toks: &tokens, out: Vec::new() };
        parser.run();
        carry_units(text, &mut parser.out);
        out.extend(parser.out);
    }
    out
}

/// A bare count takes the counted noun of the count before it in the same
/// sentence: "1,500 casualties a day, nearly 800,000 since …".
fn carry_units(text: &str, numbers: &mut [Number]) {
    for i in 1..numbers.len() {
        let (head, tail) = numbers.split_at_mut(i);
        let prev = &head[i - 1];
        let n = &mut tail[0];
        let between = &text[prev.span.end.min(n.span.start)..n.span.start];
        let same_sentence = !between.contains(['.', '!', '?', ';']);
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && same_sentence
            && matches!(prev.kind, NumberKind::Count | NumberKind::Rate)
        {
            n.unit = prev.unit.as_ref().map(|u| u.split(" per ").next().unwrap_or(u).to_string());
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
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
struct Token {
    span: Span,
    tok: Tok,
    /// Whitespace between the previous token and this one.
    space: bool,
}

fn lex(text: &str, span: Span) -> Vec<Token> {
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
fn scan_number(s: &str, i: usize) -> (usize, Tok) {
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

fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

fn ordinal_value(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    })
}

fn scale_value(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Scale suffixes glued to digits: "$5bn", "€3m", "20k".
fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "b" | "bn" => 1e9,
        "tn" | "t" => 1e12,
        _ => return None,
    })
}

fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₴' => "UAH",
        '₽' => "RUB",
        '₹' => "INR",
        '₩' => "KRW",
        '₪' => "ILS",
        '₺' => "TRY",
        _ => return None,
    })
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "gbp" | "sterling" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => "RUB",
        "hryvnia" | "hryvnias" | "hryvnas" | "hryvnia's" | "uah" => "UAH",
        "rupee" | "rupees" | "inr" => "INR",
        "franc" | "francs" | "chf" => "CHF",
        "shekel" | "shekels" | "ils" => "ILS",
        "zloty" | "zlotys" | "pln" => "PLN",
        "lira" | "liras" | "try" => "TRY",
        _ => return None,
    })
}

/// Units of measure: (words, normalised unit, kind).
const UNITS: &[(&[&str], &str, NumberKind)] = &[
    (&["mile", "miles"], "miles", NumberKind::Distance),
    (&["kilometer", "kilometers", "kilometre", "kilometres", "km", "kms"], "km", NumberKind::Distance),
    (&["meter", "meters", "metre", "metres"], "m", NumberKind::Distance),
    (&["centimeter", "centimeters", "centimetre", "centimetres", "cm"], "cm", NumberKind::Distance),
    (&["millimeter", "millimeters", "millimetre", "millimetres", "mm"], "mm", NumberKind::Distance),
    (&["foot", "feet", "ft"], "ft", NumberKind::Distance),
    (&["inch", "inches"], "in", NumberKind::Distance),
    (&["yard", "yards", "yd"], "yd", NumberKind::Distance),
    (&["hectare", "hectares", "ha"], "ha", NumberKind::Area),
    (&["acre", "acres"], "acres", NumberKind::Area),
    (&["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs"], "kg", NumberKind::Weight),
    (&["gram", "grams", "g"], "g", NumberKind::Weight),
    (&["tonne", "tonnes", "ton", "tons", "t"], "t", NumberKind::Weight),
    (&["pound", "pounds", "lb", "lbs"], "lb", NumberKind::Weight),
    (&["liter", "liters", "litre", "litres", "l"], "l", NumberKind::Volume),
    (&["gallon", "gallons"], "gal", NumberKind::Volume),
    (&["barrel", "barrels"], "barrels", NumberKind::Volume),
    (&["mph"], "mph", NumberKind::Speed),
    (&["kph", "kmh"], "km/h", NumberKind::Speed),
    (&["knot", "knots"], "knots", NumberKind::Speed),
    (&["degree", "degrees"], "degrees", NumberKind::Temperature),
    (&["second", "seconds", "sec", "secs"], "seconds", NumberKind::Duration),
    (&["minute", "minutes", "min", "mins"], "minutes", NumberKind::Duration),
    (&["hour", "hours", "hr", "hrs"], "hours", NumberKind::Duration),
    (&["day", "days"], "days", NumberKind::Duration),
    (&["week", "weeks"], "weeks", NumberKind::Duration),
    (&["month", "months"], "months", NumberKind::Duration),
    (&["year", "years"], "years", NumberKind::Duration),
    (&["decade", "decades"], "decades", NumberKind::Duration),
    (&["century", "centuries"], "centuries", NumberKind::Duration),
];

fn unit_of(w: &str) -> Option<(&'static str, NumberKind)> {
    UNITS.iter().find(|(ws, _, _)| ws.contains(&w)).map(|(_, u, k)| (*u, *k))
}

/// Periods for rates: "per day", "a month", "daily".
fn period_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "sec" => "second",
        "minute" | "min" => "minute",
        "hour" | "hr" => "hour",
        "day" | "night" => "day",
        "week" => "week",
        "month" => "month",
        "year" | "annum" => "year",
        "capita" => "capita",
        "person" | "head" => "person",
        _ => return None,
    })
}

fn adverb_period(w: &str) -> Option<&'static str> {
    Some(match w {
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        "annually" | "yearly" => "year",
        "hourly" => "hour",
        _ => return None,
    })
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

fn month_of(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// Qualifiers before a number, longest first.
const QUALIFIERS: &[&[&str]] = &[
    &["in", "excess", "of"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["as", "little", "as"],
    &["no", "more", "than"],
    &["no", "fewer", "than"],
    &["just", "over"],
    &["just", "under"],
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["close", "to"],
    &["upwards", "of"],
    &["an", "estimated"],
    &["about"],
    &["around"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["approximately"],
    &["approx"],
    &["some"],
    &["over"],
    &["within"],
    &["under"],
    &["estimated"],
    &["circa"],
    &["ca"],
];

/// Words before a number that make it a name, not a measure.
#[rustfmt::skip]
const IDENTIFIER_CUES: &[&str] = &[
    "resolution", "no", "number", "code", "article", "section", "flight", "route", "highway", "chapter", "page",
    "id", "room", "bill", "case", "item", "model", "version", "line", "gate", "platform", "row", "seat",
    "amendment", "paragraph", "clause", "protocol", "ticket", "order", "account", "lot", "unit", "apartment",
    "suite", "box", "tel", "phone", "fax", "vol", "volume", "issue", "episode", "season", "level", "stage",
    "category", "class", "grade", "step", "track", "bus", "train", "interstate", "district", "ward", "precinct",
];

/// Words after a number that are not its counted noun.
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "of", "to", "in", "on", "at", "and", "or", "but", "the", "a", "an", "each", "per", "since", "than", "more",
    "less", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "that", "which", "who", "as", "for", "from", "with", "by", "into", "after", "before",
    "during", "until", "while", "when", "if", "so", "this", "these", "those", "it", "its", "their", "his", "her",
    "them", "they", "he", "she", "we", "you", "i", "not", "no", "all", "also", "only", "just", "about", "over",
    "under", "through", "between", "against", "among", "across", "out", "up", "down", "off", "away", "back", "ago",
    "later", "earlier", "times", "percent", "apiece", "altogether", "total", "combined", "alone", "too", "both",
    "either", "neither", "yet", "still", "already", "again", "instead", "including", "respectively", "or", "nor",
    "then", "there", "here", "where", "what", "whom", "whose", "because", "though", "although", "unless", "like",
    "near", "toward", "towards", "around", "via", "upon", "within", "without", "against", "beyond", "despite",
    "onto", "amid", "whether", "said", "says", "say", "agreed", "added", "found", "killed", "died", "were",
    "remain", "remained", "left", "came", "went", "took", "made", "people's",
];

/// Irregular plurals that count things.
#[rustfmt::skip]
const PLURAL_NOUNS: &[&str] = &[
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "deer", "fish",
    "aircraft", "crew", "militia", "infantry", "livestock", "youth", "clergy",
];

fn looks_plural(w: &str) -> bool {
    PLURAL_NOUNS.contains(&w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("ous"))
}

fn looks_adjective(w: &str) -> bool {
    ["ed", "al", "ic", "ive", "ous", "ary", "ern", "ish", "ian", "ese", "ful", "less", "ble", "ant", "ent", "ure"]
        .iter()
        .any(|s| w.ends_with(s))
        || matches!(
            w,
            "future"
                | "new"
                | "old"
                | "more"
                | "other"
                | "major"
                | "minor"
                | "key"
                | "big"
                | "small"
                | "large"
                | "young"
                | "extra"
                | "additional"
                | "separate"
                | "former"
        )
}

fn is_noun_candidate(w: &str) -> bool {
    !NOT_NOUNS.contains(&w)
        && !w.ends_with("ly")
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && w.len() > 1
}

struct Parser<'a> {
    text: &'a str,
    toks: &'a [Token],
    out: Vec<Number>,
}

/// The core value read at a position, before units.
struct Core {
    /// Index of the core's first token, and its byte offset.
    first: usize,
    start: usize,
    /// Index after the last token of the core.
    next: usize,
    value: Option<f64>,
    kind: NumberKind,
    currency: Option<&'static str>,
    /// Written with digits (as opposed to words).
    digits: bool,
    /// A plain integer of 4 digits with no separator (a candidate year).
    year_like: bool,
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        match &self.toks.get(i)?.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        }
    }

    fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.tok {
            Tok::Sym(c) => Some(c),
            _ => None,
        }
    }

    fn num(&self, i: usize) -> Option<(f64, bool, usize, bool)> {
        match self.toks.get(i)?.tok {
            Tok::Num { value, grouped, digits, decimal } => Some((value, grouped, digits, decimal)),
            _ => None,
        }
    }

    /// Token `i` follows token `i - 1` with nothing but whitespace between.
    fn spaced(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.space)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.span.text(self.text).starts_with(char::is_uppercase))
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            match self.parse_at(i) {
                Some((n, next)) => {
                    self.out.push(n);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    fn parse_at(&self, i: usize) -> Option<(Number, usize)> {
        // Most words start no number: skip them before trying each reading.
        if let Tok::Word(w) = &self.toks.get(i)?.tok {
            let w = w.as_str();
            let may_start = word_value(w).is_some()
                || ordinal_value(w).is_some()
                || month_of(w).is_some()
                || matches!(
                    w,
                    "a" | "an"
                        | "half"
                        | "tens"
                        | "hundreds"
                        | "thousands"
                        | "millions"
                        | "billions"
                        | "dozens"
                        | "scores"
                )
                || (w.len() == 3 && currency_word(w).is_some());
            if !may_start {
                return None;
            }
        }
        // Skip digits glued to letters ("G7", "F-16", "COVID-19"): names.
        if let Some(n) = self.identifier_at(i) {
            return Some(n);
        }
        if let Some(n) = self.date_at(i) {
            return Some(n);
        }
        if let Some(n) = self.vague_at(i) {
            return Some(n);
        }
        if let Some(n) = self.ordinal_at(i) {
            return Some(n);
        }
        let core = self.core_at(i)?;
        self.complete(core, true)
    }

    /// "F-16", "G7", "Resolution 2735", phone numbers.
    fn identifier_at(&self, i: usize) -> Option<(Number, usize)> {
        let (_, grouped, digits, _) = self.num(i)?;
        let t = &self.toks[i];
        let glued_letters = i > 0
            && !t.space
            && (matches!(self.toks[i - 1].tok, Tok::Word(_))
                || (self.sym(i - 1).is_some_and(|c| c == '-')
                    && i > 1
                    && !self.toks[i - 1].space
                    && matches!(self.toks[i - 2].tok, Tok::Word(_))
                    && self.is_capitalized(i - 2)));
        let cue = i > 0 && self.word(i - 1).is_some_and(|w| IDENTIFIER_CUES.contains(&w)) && self.is_capitalized(i - 1);
        let hash = i > 0 && self.sym(i - 1) == Some('#') && !t.space;
        let long = digits >= 7 && !grouped;
        // 555-123-4567, +1 202 555 0143
        let phone = self.sym(i + 1).is_some_and(|c| c == '-')
            && self.glued(i + 1)
            && self.num(i + 2).is_some_and(|n| n.2 >= 3)
            && self.glued(i + 2)
            && self.sym(i + 3).is_some_and(|c| c == '-')
            && self.num(i + 4).is_some();
        if !(glued_letters || cue || hash || long || phone) {
            return None;
        }
        let mut end = i + 1;
        if phone {
            end = i + 5;
        }
        // A glued letter suffix belongs to the name too ("MH17s").
        while end < self.toks.len() && self.glued(end) && matches!(self.toks[end].tok, Tok::Word(_) | Tok::Num { .. }) {
            end += 1;
        }
        let span = Span::new(t.span.start, self.toks[end - 1].span.end);
        Some((number(span, None, None, NumberKind::Identifier), end))
    }

    /// Dates and times: "Aug. 15", "15 August 2024", "January 2025",
    /// "2024-08-15", "10:29 AM", "the 1990s".
    fn date_at(&self, i: usize) -> Option<(Number, usize)> {
        // "the ’90s": a decade with its century left out.
        if matches!(self.sym(i), Some('’' | '\'' | '‘'))
            && let Some((v, _, 2, false)) = self.num(i + 1)
            && self.glued(i + 1)
            && self.word(i + 2) == Some("s")
            && self.glued(i + 2)
            && (v as u32).is_multiple_of(10)
        {
            let year = if v >= 30.0 { 1900.0 + v } else { 2000.0 + v };
            let span = Span::new(self.toks[i].span.start, self.toks[i + 2].span.end);
            return Some((number(span, Some(year), None, NumberKind::Decade), i + 3));
        }
        // Month first.
        if let Some(m) = self.word(i).and_then(month_of)
            && self.is_capitalized(i)
        {
            let mut k = i + 1;
            if self.sym(k) == Some('.') && self.glued(k) {
                k += 1;
            }
            let (d, _, dd, dec) = self.num(k)?;
            if dec {
                return None;
            }
            if dd == 4 {
                let span = Span::new(self.toks[i].span.start, self.toks[k].span.end);
                let mut n = number(span, Some(d), None, NumberKind::Date);
                n.date = Some(format!("{:04}-{m:02}", d as u32));
                return Some((n, k + 1));
            }
            if !(1.0..=31.0).contains(&d) || dd > 2 {
                return None;
            }
            let mut end = k + 1;
            if matches!(self.word(end), Some("st" | "nd" | "rd" | "th")) && self.glued(end) {
                end += 1;
            }
            let mut year = None;
            let mut e2 = end;
            if self.sym(e2) == Some(',') {
                e2 += 1;
            }
            if let Some((y, _, 4, false)) = self.num(e2) {
                year = Some(y as u32);
                end = e2 + 1;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(match year {
                Some(y) => format!("{y:04}-{m:02}-{:02}", d as u32),
                None => format!("--{m:02}-{:02}", d as u32),
            });
            return Some((n, end));
        }
        let (v, grouped, digits, decimal) = self.num(i)?;
        if grouped || decimal {
            return None;
        }
        // Day first: "15 August 2024".
        if digits <= 2
            && (1.0..=31.0).contains(&v)
            && let Some(m) = self.word(i + 1).and_then(month_of)
            && self.is_capitalized(i + 1)
            && self.word(i + 1) != Some("may")
        {
            let mut end = i + 2;
            let mut date = format!("--{m:02}-{:02}", v as u32);
            if let Some((y, _, 4, false)) = self.num(end) {
                date = format!("{:04}-{m:02}-{:02}", y as u32, v as u32);
                end += 1;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(date);
            return Some((n, end));
        }
        // ISO date.
        if digits == 4
            && self.sym(i + 1) == Some('-')
            && self.glued(i + 1)
            && let Some((mo, _, 2, false)) = self.num(i + 2)
            && self.sym(i + 3) == Some('-')
            && let Some((d, _, 2, false)) = self.num(i + 4)
            && (1.0..=12.0).contains(&mo)
            && (1.0..=31.0).contains(&d)
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 4].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(format!("{:04}-{:02}-{:02}", v as u32, mo as u32, d as u32));
            return Some((n, i + 5));
        }
        // Clock time.
        if digits <= 2
            && self.sym(i + 1) == Some(':')
            && self.glued(i + 1)
            && let Some((mm, _, 2, false)) = self.num(i + 2)
            && self.glued(i + 2)
            && v < 24.0
            && mm < 60.0
        {
            let mut end = i + 3;
            let mut hour = v as u32;
            if let Some(ap) = self.meridiem(end) {
                if ap.0 == "pm" && hour < 12 {
                    hour += 12;
                } else if ap.0 == "am" && hour == 12 {
                    hour = 0;
                }
                end = ap.1;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{hour:02}:{:02}", mm as u32));
            return Some((n, end));
        }
        if digits <= 2
            && v <= 12.0
            && let Some((ap, end)) = self.meridiem(i + 1)
        {
            let hour = match (ap, v as u32) {
                ("pm", h) if h < 12 => h + 12,
                ("am", 12) => 0,
                (_, h) => h,
            };
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{hour:02}:00"));
            return Some((n, end));
        }
        // Decades: "1990s", "the 1990s".
        if digits == 4 && self.word(i + 1) == Some("s") && self.glued(i + 1) && (v as u32).is_multiple_of(10) {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 1].span.end);
            return Some((number(span, Some(v), None, NumberKind::Decade), i + 2));
        }
        None
    }

    /// "AM", "p.m." at token `i`: ("am"|"pm", index after it).
    fn meridiem(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.word(i)?;
        let which = match w {
            "am" => "am",
            "pm" => "pm",
            "a" | "p" if self.sym(i + 1) == Some('.') && self.word(i + 2) == Some("m") => {
                let end = if self.sym(i + 3) == Some('.') { i + 4 } else { i + 3 };
                return Some((if w == "a" { "am" } else { "pm" }, end));
            }
            _ => return None,
        };
        Some((which, i + 1))
    }

    /// "tens of thousands", "hundreds of", "dozens of", "millions of".
    fn vague_at(&self, i: usize) -> Option<(Number, usize)> {
        let w = self.word(i)?;
        if !matches!(w, "tens" | "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "scores") {
            return None;
        }
        let mut end = i + 1;
        if self.word(end) == Some("of")
            && matches!(self.word(end + 1), Some("thousands" | "millions" | "billions"))
            && w != "dozens"
        {
            end += 2;
        }
        if self.word(end) != Some("of") {
            return None;
        }
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        let mut n = number(span, None, None, NumberKind::Approximate);
        // The counted noun after "of": "tens of thousands of troops".
        if let Some(noun) = self.word(end + 1).filter(|w| looks_plural(w) && is_noun_candidate(w)) {
            n.unit = Some(noun.to_string());
            n.span.end = self.toks[end + 1].span.end;
            end += 2;
        }
        Some((n, end))
    }

    /// "first term", "fourth year", "21st century", "twenty-first".
    fn ordinal_at(&self, i: usize) -> Option<(Number, usize)> {
        let (value, next) = if let Some((v, _, digits, false)) = self.num(i) {
            let suffix = self.word(i + 1).filter(|_| self.glued(i + 1))?;
            let ok = match suffix {
                "st" => v as u64 % 10 == 1 && v as u64 % 100 != 11,
                "nd" => v as u64 % 10 == 2 && v as u64 % 100 != 12,
                "rd" => v as u64 % 10 == 3 && v as u64 % 100 != 13,
                "th" => true,
                _ => false,
            };
            if !ok || digits > 6 {
                return None;
            }
            (v, i + 2)
        } else {
            let w = self.word(i)?;
            if let Some(v) = ordinal_value(w) {
                (v, i + 1)
            } else if let Some(tens) = word_value(w).filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)
                && self.sym(i + 1).is_some_and(|c| c == '-')
                && let Some(units) = self.word(i + 2).and_then(ordinal_value).filter(|v| *v < 10.0)
            {
                (tens + units, i + 3)
            } else {
                return None;
            }
        };
        let first_word = self.word(i);
        // "First," as a discourse marker; "first three years"; "at first".
        if self.sym(next).is_some() && matches!(self.sym(next), Some(',' | ';' | ':' | '.')) {
            return None;
        }
        let noun = self.word(next)?;
        if !is_noun_candidate(noun)
            || word_value(noun).is_some()
            || self.num(next).is_some()
            || matches!(noun, "time's" | "lady" | "person")
        {
            return None;
        }
        // "second" is also a unit of time ("30 seconds" is handled elsewhere).
        if first_word == Some("second") && matches!(noun, "hand") {
            return None;
        }
        let span = Span::new(self.toks[i].span.start, self.toks[next].span.end);
        let mut n = number(span, Some(value), Some(noun.to_string()), NumberKind::Ordinal);
        self.qualify(&mut n, i);
        Some((n, next + 1))
    }

    /// A value: digits or number words, with a currency in front and a
    /// scale behind.
    fn core_at(&self, i: usize) -> Option<Core> {
        self.toks.get(i)?;
        let mut k = i;
        let mut currency = None;
        let mut negative = false;
        if let Some(c) = self.sym(k).and_then(currency_symbol) {
            currency = Some(c);
            k += 1;
        } else if let Some(code) = self
            .word(k)
            .filter(|w| w.len() == 3 && self.toks[k].span.text(self.text).chars().all(|c| c.is_ascii_uppercase()))
            .and_then(currency_word)
            && self.num(k + 1).is_some()
        {
            currency = Some(code);
            k += 1;
        }
        if currency.is_none()
            && self.sym(k).is_some_and(|c| matches!(c, '-' | '−'))
            && self.num(k + 1).is_some()
            && self.glued(k + 1)
            && self.spaced(k)
        {
            negative = true;
            k += 1;
        }
        let start = self.toks[i].span.start;
        if let Some((mut v, grouped, digits, decimal)) = self.num(k) {
            if currency.is_some() && !self.glued(k) && self.sym(k - 1).is_some() {
                return None;
            }
            let mut next = k + 1;
            // Fractions "1/2".
            if self.sym(next) == Some('/')
                && self.glued(next)
                && let Some((d, _, dd, false)) = self.num(next + 1)
                && !decimal
                && dd <= 3
                && d > 0.0
                && self.sym(next + 2) != Some('/')
            {
                let value = v / d;
                return Some(Core {
                    first: i,
                    start,
                    next: next + 2,
                    value: Some(value),
                    kind: NumberKind::Fraction,
                    currency,
                    digits: true,
                    year_like: false,
                });
            }
            // Vulgar fraction glued: "2½".
            if let Some(f) = self.sym(next).and_then(vulgar).filter(|_| self.glued(next)) {
                v += f;
                next += 1;
            }
            if negative {
                v = -v;
            }
            let year_like = digits == 4
                && !grouped
                && !decimal
                && currency.is_none()
                && !negative
                && (1000.0..=2100.0).contains(&v);
            return Some(Core {
                first: i,
                start,
                next,
                value: Some(v),
                kind: NumberKind::Count,
                currency,
                digits: true,
                year_like,
            });
        }
        if let Some(f) = self.sym(k).and_then(vulgar) {
            return Some(Core {
                first: i,
                start,
                next: k + 1,
                value: Some(f),
                kind: NumberKind::Fraction,
                currency,
                digits: true,
                year_like: false,
            });
        }
        if currency.is_some() {
            return None;
        }
        self.words_core(i)
    }

    /// "Eleven", "twenty-five", "one hundred and twenty", "a dozen",
    /// "a couple of", "half of", "three-quarters".
    fn words_core(&self, i: usize) -> Option<Core> {
        let start = self.toks[i].span.start;
        let w = self.word(i)?;
        if w == "a" || w == "an" {
            return match self.word(i + 1)? {
                "dozen" => Some(Core {
                    first: i,
                    start,
                    next: i + 2,
                    value: Some(12.0),
                    kind: NumberKind::Count,
                    currency: None,
                    digits: false,
                    year_like: false,
                }),
                "couple" if self.word(i + 2) == Some("of") => Some(Core {
                    first: i,
                    start,
                    next: i + 3,
                    value: Some(2.0),
                    kind: NumberKind::Count,
                    currency: None,
                    digits: false,
                    year_like: false,
                }),
                "third" | "quarter" | "half" if self.word(i + 2) == Some("of") => {
                    let v = match self.word(i + 1)? {
                        "third" => 1.0 / 3.0,
                        "quarter" => 0.25,
                        _ => 0.5,
                    };
                    Some(Core {
                        first: i,
                        start,
                        next: i + 2,
                        value: Some(v),
                        kind: NumberKind::Fraction,
                        currency: None,
                        digits: false,
                        year_like: false,
                    })
                }
                "hundred" | "thousand" | "million" | "billion" => {
                    let scale = scale_value(self.word(i + 1)?)?;
                    Some(Core {
                        first: i,
                        start,
                        next: i + 2,
                        value: Some(scale),
                        kind: NumberKind::Count,
                        currency: None,
                        digits: false,
                        year_like: false,
                    })
                }
                _ => None,
            };
        }
        if w == "half" && matches!(self.word(i + 1), Some("of" | "a" | "an" | "the")) {
            return Some(Core {
                first: i,
                start,
                next: i + 1,
                value: Some(0.5),
                kind: NumberKind::Fraction,
                currency: None,
                digits: false,
                year_like: false,
            });
        }
        // "three-quarters", "two-thirds"
        if let Some(n) = word_value(w)
            && self.sym(i + 1) == Some('-')
            && self.glued(i + 1)
            && let Some(den) = self.word(i + 2).and_then(|d| match d {
                "half" | "halves" => Some(2.0),
                "third" | "thirds" => Some(3.0),
                "quarter" | "quarters" => Some(4.0),
                "fifth" | "fifths" => Some(5.0),
                "tenth" | "tenths" => Some(10.0),
                _ => None,
            })
        {
            return Some(Core {
                first: i,
                start,
                next: i + 3,
                value: Some(n / den),
                kind: NumberKind::Fraction,
                currency: None,
                digits: false,
                year_like: false,
            });
        }
        let mut total = 0.0;
        let mut current = word_value(w).filter(|_| w != "dozen")?;
        let mut next = i + 1;
        loop {
            // "twenty-five"
            if (20.0..100.0).contains(&current)
                && self.sym(next) == Some('-')
                && self.glued(next)
                && let Some(u) = self.word(next + 1).and_then(word_value).filter(|u| *u < 10.0)
            {
                current += u;
                next += 2;
                continue;
            }
            match self.word(next) {
                Some("hundred") => {
                    current *= 100.0;
                    next += 1;
                }
                Some(s @ ("thousand" | "million" | "billion" | "trillion")) => {
                    total += current * scale_value(s).unwrap_or(1.0);
                    current = 0.0;
                    next += 1;
                }
                Some("and") if current >= 100.0 || total > 0.0 => {
                    if let Some(v) = self.word(next + 1).and_then(word_value) {
                        current += v;
                        next += 2;
                    } else {
                        break;
                    }
                }
                Some(x)
                    if word_value(x).is_some()
                        && current > 0.0
                        && (current % 100.0 == 0.0 || total > 0.0)
                        && x != "dozen" =>
                {
                    current += word_value(x).unwrap_or(0.0);
                    next += 1;
                }
                _ => break,
            }
        }
        let value = total + current;
        Some(Core {
            first: i,
            start,
            next,
            value: Some(value),
            kind: NumberKind::Count,
            currency: None,
            digits: false,
            year_like: false,
        })
    }

    /// Adds scale, unit, counted noun, rate and range to a core value.
    /// `with_range` is false for the high end of a range, so a chain such as
    /// "1-2-3-…" is read in one step, never recursively.
    fn complete(&self, core: Core, with_range: bool) -> Option<(Number, usize)> {
        let i0 = core.first;
        let mut next = core.next;
        let mut value = core.value;
        let mut kind = core.kind;
        let mut currency = core.currency.map(str::to_string);
        let mut unit: Option<String> = None;
        let mut scaled = false;

        // Scale: "1.2 million", "$5bn", "3.5 billion".
        if let Some(s) = self.word(next).and_then(|w| if self.glued(next) { glued_scale(w) } else { scale_value(w) }) {
            let whole = self
                .word(next)
                .is_some_and(|w| !matches!(w, "m" | "b" | "t" | "k") || core.currency.is_some() || self.glued(next));
            if whole {
                value = value.map(|v| v * s);
                next += 1;
                scaled = true;
                if let Some(s2) = self.word(next).and_then(scale_value) {
                    value = value.map(|v| v * s2);
                    next += 1;
                }
            }
        }
        if !core.digits && value == Some(1.0) && !scaled {
            // "one" stands for a number only before a unit: "one year", not
            // "one of", "one side", "a neutral one".
            let w = self.word(next)?;
            if unit_of(w).is_none() && currency_word(w).is_none() && (self.sym(next) != Some('-')) && w != "in" {
                return None;
            }
        }

        // Percent.
        if self.sym(next) == Some('%') {
            next += 1;
            kind = NumberKind::Percent;
            unit = Some("percent".into());
        } else if let Some(w) = self.word(next) {
            if w == "percent" || w == "pct" {
                next += 1;
                kind = NumberKind::Percent;
                unit = Some("percent".into());
                if self.word(next) == Some("points") {
                    unit = Some("percentage points".into());
                    next += 1;
                }
            } else if w == "per" && self.word(next + 1) == Some("cent") {
                next += 2;
                kind = NumberKind::Percent;
                unit = Some("percent".into());
            } else if w == "percentage" && self.word(next + 1) == Some("points") {
                next += 2;
                kind = NumberKind::Percent;
                unit = Some("percentage points".into());
            } else if let Some(code) =
                currency_word(w).filter(|_| currency.is_none() && !self.is_capitalized(next) || w.len() > 3)
            {
                next += 1;
                kind = NumberKind::Money;
                currency = Some(code.into());
            }
        }
        if currency.is_some() {
            kind = NumberKind::Money;
            unit = currency.clone();
            // "$5 billion in aid": nothing more to take.
        }

        // Hyphenated compounds: "30-day", "10-year-old", "200-mile".
        let mut compound = false;
        if unit.is_none()
            && self.sym(next) == Some('-')
            && self.glued(next)
            && self.glued(next + 1)
            && let Some((u, k)) = self.word(next + 1).and_then(unit_of)
        {
            unit = Some(u.into());
            kind = k;
            next += 2;
            compound = true;
            if u == "years" && self.sym(next) == Some('-') && self.word(next + 1) == Some("old") {
                kind = NumberKind::Age;
                next += 2;
            }
        }

        // Measures and durations: "200 miles", "2,400 square kilometers", "24 hours".
        if unit.is_none() {
            let (w, k) = (self.word(next), next);
            if matches!(w, Some("square" | "sq"))
                && let Some((u, _)) =
                    self.word(k + 1).and_then(unit_of).filter(|(_, kind)| *kind == NumberKind::Distance)
            {
                unit = Some(format!("{u}2"));
                kind = NumberKind::Area;
                next += 2;
            } else if let Some((u, uk)) = w.and_then(|w| unit_of(w).filter(|_| w.len() > 1 || self.glued(k))) {
                // "km²"
                let sq = matches!(self.sym(k + 1), Some('²')) && self.glued(k + 1);
                // A lone "t" is not tonnes, "2 second" is no duration, and
                // "in" is inches only when glued ("5in").
                let lone_t = uk == NumberKind::Weight && w == Some("t") && !self.glued(k);
                let singular_second = w == Some("second") && value != Some(1.0);
                let spaced_in = w == Some("in") && !self.glued(k);
                if lone_t {
                } else if sq {
                    unit = Some(format!("{u}2"));
                    kind = NumberKind::Area;
                    next += 2;
                } else if !singular_second && !spaced_in {
                    unit = Some(u.into());
                    kind = uk;
                    next += 1;
                    // "5 ft 3 in"
                    if u == "ft"
                        && let Some((inches, ..)) = self.num(next)
                        && self.word(next + 1).is_some_and(|w| matches!(w, "in" | "inch" | "inches"))
                    {
                        value = value.map(|v| v + inches / 12.0);
                        next += 2;
                    }
                }
            }
        }

        let mut span_end = self.toks[next - 1].span.end;

        // The counted noun: "50,000 troops", "13,897 missiles and drones",
        // "1.2 million [military] casualties".
        if unit.is_none()
            && kind == NumberKind::Count
            && !compound
            && let Some((noun, end_tok, in_span)) = self.counted_noun(next, value)
        {
            unit = Some(noun);
            if in_span {
                span_end = self.toks[end_tok - 1].span.end;
                next = end_tok;
            }
        }

        // A four-digit plain number with nothing counted is a year; so is
        // one after a preposition of time ("back to 2013 attempts").
        let after_time_word = i0 > 0
            && matches!(
                self.word(i0 - 1),
                Some("in" | "since" | "by" | "until" | "till" | "before" | "after" | "to" | "from" | "during" | "of")
            );
        if core.year_like && !scaled && (unit.is_none() || (after_time_word && !self.glued(i0))) {
            if unit.is_some() {
                // The noun was not counted: undo it.
                unit = None;
                span_end = self.toks[core.next - 1].span.end;
                next = core.next;
            }
            kind = NumberKind::Year;
        }

        // Rates: "38 per day", "157 daily", "1,500 casualties a day".
        if (matches!(
            kind,
            NumberKind::Count | NumberKind::Money | NumberKind::Distance | NumberKind::Weight | NumberKind::Volume
        ) || (kind == NumberKind::Percent))
            && let Some((period, end)) = self.rate_at(next)
        {
            let base = unit.clone();
            unit = Some(match base {
                Some(b) => format!("{b} per {period}"),
                None => format!("per {period}"),
            });
            if kind == NumberKind::Count {
                kind = NumberKind::Rate;
            }
            span_end = self.toks[end - 1].span.end;
            next = end;
        }

        let mut n = number(Span::new(core.start, span_end), value, unit, kind);
        n.currency = currency;
        // Ranges: "10–15", "10 to 15", "between 10 and 15".
        let next = if with_range { self.range(&mut n, i0, next) } else { next };
        self.qualify(&mut n, i0);
        // Trailing qualifier: "two weeks or so".
        if self.word(next) == Some("or") && matches!(self.word(next + 1), Some("so" | "more")) && n.approx.is_none() {
            n.approx = Some(format!("or {}", self.word(next + 1).unwrap_or("so")));
            n.approx_span = Some(Span::new(self.toks[next].span.start, self.toks[next + 1].span.end));
        }
        if n.value.is_some_and(|v| !v.is_finite()) {
            n.value = None;
        }
        Some((n, next))
    }

    /// The counted noun after a number: (noun, index after it, whether the
    /// noun is adjacent and so part of the span).
    fn counted_noun(&self, at: usize, value: Option<f64>) -> Option<(String, usize, bool)> {
        if !self.spaced(at) {
            return None;
        }
        let w1 = self.word(at)?;
        if !is_noun_candidate(w1) || self.is_capitalized(at) && !PLURAL_NOUNS.contains(&w1) {
            return None;
        }
        let plural_ok = |w: &str| looks_plural(w) || value == Some(1.0);
        let w2 = self.word(at + 1).filter(|_| self.spaced(at + 1));
        if let Some(w2) = w2
            && !plural_ok(w1)
            && plural_ok(w2)
            && is_noun_candidate(w2)
            && (looks_adjective(w1) || !looks_plural(w1))
            && !self.is_capitalized(at + 1)
        {
            // A modifier stands between: the noun is the unit, the span stops.
            return Some((w2.to_string(), at, false));
        }
        if !plural_ok(w1) {
            return None;
        }
        // "missiles and drones"
        if matches!(w2, Some("and" | "or"))
            && let Some(w3) = self.word(at + 2).filter(|w| looks_plural(w) && is_noun_candidate(w))
            // "troops and seeks a …": a verb, not a second noun.
            && !matches!(self.word(at + 3), Some("a" | "an" | "the" | "his" | "her" | "their" | "its" | "to" | "that"))
        {
            return Some((format!("{w1} {} {w3}", w2.unwrap_or("and")), at + 3, true));
        }
        Some((w1.to_string(), at + 1, true))
    }

    /// "per day", "a day", "each month", "daily" at `at`.
    fn rate_at(&self, at: usize) -> Option<(&'static str, usize)> {
        let w = self.word(at)?;
        if let Some(p) = adverb_period(w) {
            return Some((p, at + 1));
        }
        if matches!(w, "per" | "a" | "an" | "each" | "every") {
            let p = period_of(self.word(at + 1)?)?;
            if w != "per" && matches!(p, "capita" | "person") {
                return None;
            }
            return Some((p, at + 2));
        }
        if self.sym(at) == Some('/') && self.glued(at) {
            let p = period_of(self.word(at + 1)?)?;
            return Some((p, at + 2));
        }
        None
    }

    /// Extends `n` to a range when one follows; returns the index after it.
    fn range(&self, n: &mut Number, i0: usize, next: usize) -> usize {
        let low = match n.value {
            Some(v) => v,
            None => return next,
        };
        let between = i0 > 0 && matches!(self.word(i0 - 1), Some("between" | "from"));
        let joiner = match (self.sym(next), self.word(next)) {
            (Some('–' | '—' | '-'), _) => true,
            (_, Some("to")) => true,
            (_, Some("and")) => between,
            _ => false,
        };
        if !joiner || matches!(n.kind, NumberKind::Year | NumberKind::Date | NumberKind::Ordinal) && !between {
            return next;
        }
        let Some(core) = self.core_at(next + 1) else { return next };
        let Some((high, end)) = self.complete(core, false) else { return next };
        let Some(hv) = high.value else { return next };
        if hv < low
            || (high.kind != n.kind && n.unit.is_some() && high.unit.is_some())
            || high.kind == NumberKind::Identifier
        {
            return next;
        }
        // A scale or unit after the second number belongs to both: "10 to 15 million".
        let factor = if n.unit.is_none() && high.value.is_some() && core_has_scale(self, next + 1) {
            scale_of(self, next + 1)
        } else {
            1.0
        };
        let low = low * factor;
        n.value = Some(low);
        n.range = Some([low, hv]);
        if n.unit.is_none() {
            n.unit = high.unit;
            n.kind =
                if high.kind == NumberKind::Year && n.kind == NumberKind::Count { NumberKind::Year } else { high.kind };
            n.currency = n.currency.take().or(high.currency);
        }
        n.span.end = high.span.end;
        end
    }

    /// Sets the qualifier that stands right before token `i0`.
    fn qualify(&self, n: &mut Number, i0: usize) {
        for q in QUALIFIERS {
            let len = q.len();
            if i0 < len {
                continue;
            }
            let s = i0 - len;
            if (0..len).all(|k| self.word(s + k) == Some(q[k])) {
                // "some of" / "over the" are handled by position: the
                // qualifier must touch the number.
                let phrase = q.join(" ");
                // "more than" right before "the" is not a qualifier of it.
                n.approx = Some(phrase);
                n.approx_span = Some(Span::new(self.toks[s].span.start, self.toks[i0 - 1].span.end));
                if matches!(n.kind, NumberKind::Year | NumberKind::Date | NumberKind::Ordinal)
                    && !matches!(q[0], "about" | "around" | "circa" | "ca")
                {
                    n.approx = None;
                    n.approx_span = None;
                }
                return;
            }
        }
    }
}

fn core_has_scale(p: &Parser<'_>, i: usize) -> bool {
    p.core_at(i).is_some_and(|c| p.word(c.next).and_then(scale_value).is_some())
}

fn scale_of(p: &Parser<'_>, i: usize) -> f64 {
    p.core_at(i).and_then(|c| p.word(c.next).and_then(scale_value)).unwrap_or(1.0)
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        _ => return None,
    })
}

fn number(span: Span, value: Option<f64>, unit: Option<String>, kind: NumberKind) -> Number {
    Number { span, value, unit, kind, approx: None, approx_span: None, range: None, currency: None, date: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn nums(text: &str) -> Vec<Number> {
        find(text, &paragraphs(text))
    }

    /// One line per case: text, the number's span text, value, unit, kind, qualifier.
    macro_rules! n {
        ($name:ident, $text:expr, $span:expr, $value:expr, $unit:expr, $kind:ident, $approx:expr) => {
            #[test]
            fn $name() {
                let text = $text;
                let found = nums(text);
                let n = found.iter().find(|n| n.span.text(text) == $span).unwrap_or_else(|| {
                    panic!("{:?} not found in {:?}", $span, found.iter().map(|n| n.span.text(text)).collect::<Vec<_>>())
                });
                let value: Option<f64> = $value;
                match (n.value, value) {
                    (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "value {a} != {b}"),
                    (a, b) => assert_eq!(a, b, "value"),
                }
                assert_eq!(n.unit.as_deref(), $unit, "unit");
                assert_eq!(n.kind, NumberKind::$kind, "kind");
                assert_eq!(n.approx.as_deref(), $approx, "approx");
            }
        };
    }

    /// Texts in which no number may be found.
    macro_rules! none {
        ($name:ident, $text:expr) => {
            #[test]
            fn $name() {
                let text = $text;
                let found: Vec<_> = nums(text)
                    .into_iter()
                    .filter(|n| n.kind != NumberKind::Identifier)
                    .map(|n| n.span.text(text).to_string())
                    .collect();
                assert!(found.is_empty(), "found {found:?}");
            }
        };
    }

    n!(
        grouped,
        "Putin has deployed 50,000 troops to the border.",
        "50,000 troops",
        Some(50000.0),
        Some("troops"),
        Count,
        None
    );
    n!(
        grouped_odd,
        "Russia launched 13,897 missiles and drones at Ukraine.",
        "13,897 missiles and drones",
        Some(13897.0),
        Some("missiles and drones"),
        Count,
        None
    );
    n!(decimal_percent, "roughly 0.4% of the country", "0.4%", Some(0.4), Some("percent"), Percent, Some("roughly"));
    n!(spaced_percent, "growth of 0.4 % this year", "0.4 %", Some(0.4), Some("percent"), Percent, None);
    n!(percent_word, "It rose 12 percent.", "12 percent", Some(12.0), Some("percent"), Percent, None);
    n!(per_cent, "It rose 12 per cent.", "12 per cent", Some(12.0), Some("percent"), Percent, None);
    n!(
        points,
        "a rise of 3 percentage points",
        "3 percentage points",
        Some(3.0),
        Some("percentage points"),
        Percent,
        None
    );
    n!(thousand_decimal, "It weighs 1,000.5 kg.", "1,000.5 kg", Some(1000.5), Some("kg"), Weight, None);
    n!(space_group, "There were 1 000 people.", "1 000 people", Some(1000.0), Some("people"), Count, None);
    n!(negative, "Temperatures fell to -5 degrees.", "-5 degrees", Some(-5.0), Some("degrees"), Temperature, None);
    n!(
        scale_million,
        "suffered 1.2 million military casualties since 2022",
        "1.2 million",
        Some(1.2e6),
        Some("casualties"),
        Count,
        None
    );
    n!(scale_billion, "a loss of 3.5 billion", "3.5 billion", Some(3.5e9), None, Count, None);
    n!(money_bn, "It costs $5bn to build.", "$5bn", Some(5e9), Some("USD"), Money, None);
    n!(money_rate, "It costs $5bn a year.", "$5bn a year", Some(5e9), Some("USD per year"), Money, None);
    n!(money_billion, "They pledged $5.2 billion in aid.", "$5.2 billion", Some(5.2e9), Some("USD"), Money, None);
    n!(money_euro_m, "a fine of €3m was paid", "€3m", Some(3e6), Some("EUR"), Money, None);
    n!(money_pound, "It costs £40.", "£40", Some(40.0), Some("GBP"), Money, None);
    n!(money_words, "paid 5 million euros", "5 million euros", Some(5e6), Some("EUR"), Money, None);
    n!(money_rubles, "a fee of 100 rubles", "100 rubles", Some(100.0), Some("RUB"), Money, None);
    n!(money_hryvnias, "a fee of 100 hryvnias", "100 hryvnias", Some(100.0), Some("UAH"), Money, None);
    n!(money_iso, "priced at USD 20 each", "USD 20", Some(20.0), Some("USD"), Money, None);
    n!(words_eleven, "Eleven days later, Ukraine agreed.", "Eleven days", Some(11.0), Some("days"), Duration, None);
    n!(words_compound, "twenty-five soldiers died", "twenty-five soldiers", Some(25.0), Some("soldiers"), Count, None);
    n!(
        words_hundred_and,
        "one hundred and twenty people",
        "one hundred and twenty people",
        Some(120.0),
        Some("people"),
        Count,
        None
    );
    n!(words_dozen, "a dozen eggs", "a dozen eggs", Some(12.0), Some("eggs"), Count, None);
    n!(words_couple, "a couple of days", "a couple of days", Some(2.0), Some("days"), Duration, None);
    n!(two_nations, "between the two nations, complicating", "two nations", Some(2.0), Some("nations"), Count, None);
    n!(ordinal_year, "a conflict nearing its fourth year.", "fourth year", Some(4.0), Some("year"), Ordinal, None);
    n!(ordinal_term, "during his first term and", "first term", Some(1.0), Some("term"), Ordinal, None);
    n!(ordinal_digits, "in the 21st century", "21st century", Some(21.0), Some("century"), Ordinal, None);
    n!(ordinal_compound, "the twenty-first time", "twenty-first time", Some(21.0), Some("time"), Ordinal, None);
    n!(rate_per_day, "averaging 38 per day.", "38 per day", Some(38.0), Some("per day"), Rate, None);
    n!(rate_daily, "or 157 daily—a rise", "157 daily", Some(157.0), Some("per day"), Rate, None);
    n!(
        rate_a_day,
        "suffered more than 1,500 casualties a day, nearly",
        "1,500 casualties a day",
        Some(1500.0),
        Some("casualties per day"),
        Rate,
        Some("more than")
    );
    n!(rate_capita, "income of $500 per capita", "$500 per capita", Some(500.0), Some("USD per capita"), Money, None);
    n!(
        carry_unit,
        "suffered more than 1,500 casualties a day, nearly 800,000 since the war began.",
        "800,000",
        Some(800000.0),
        Some("casualties"),
        Count,
        Some("nearly")
    );
    n!(distance_miles, "located just 200 miles from Kyiv", "200 miles", Some(200.0), Some("miles"), Distance, None);
    n!(
        area_square_km,
        "captured about 2,400 square kilometers of land",
        "2,400 square kilometers",
        Some(2400.0),
        Some("km2"),
        Area,
        Some("about")
    );
    n!(area_km2, "an area of 30 km² here", "30 km²", Some(30.0), Some("km2"), Area, None);
    n!(area_sq_km, "an area of 30 sq km here", "30 sq km", Some(30.0), Some("km2"), Area, None);
    n!(weight_tonnes, "carrying 10 tonnes of grain", "10 tonnes", Some(10.0), Some("t"), Weight, None);
    n!(feet_inches, "He is 5 ft 3 in tall.", "5 ft 3 in", Some(5.25), Some("ft"), Distance, None);
    n!(hyphen_day, "an unconditional 30-day ceasefire", "30-day", Some(30.0), Some("days"), Duration, None);
    n!(hyphen_age, "a 10-year-old boy", "10-year-old", Some(10.0), Some("years"), Age, None);
    n!(
        duration_hours,
        "end the war “within 24 hours” if",
        "24 hours",
        Some(24.0),
        Some("hours"),
        Duration,
        Some("within")
    );
    n!(
        duration_or_so,
        "in Budapest “within two weeks or so,” the",
        "two weeks",
        Some(2.0),
        Some("weeks"),
        Duration,
        Some("within")
    );
    n!(duration_months, "Over the past nine months, he has", "nine months", Some(9.0), Some("months"), Duration, None);
    n!(year, "for the first time since 2022, agreeing", "2022", Some(2022.0), None, Year, None);
    n!(year_before_noun, "dating back to 2013 attempts to build", "2013", Some(2013.0), None, Year, None);
    n!(count_not_year, "Russia sent 2000 troops north.", "2000 troops", Some(2000.0), Some("troops"), Count, None);
    n!(decade, "since the 1990s", "1990s", Some(1990.0), None, Decade, None);
    n!(decade_short, "since the ’90s", "’90s", Some(1990.0), None, Decade, None);
    n!(phone, "Call 555-123-4567 now.", "555-123-4567", None, None, Identifier, None);
    n!(month_year, "since Trump took office in January 2025.", "January 2025", Some(2025.0), None, Date, None);
    n!(month_day, "The talks on Aug. 15 failed.", "Aug. 15", None, None, Date, None);
    n!(day_month_year, "On 15 August 2024 it began.", "15 August 2024", None, None, Date, None);
    n!(iso_date, "Logged on 2024-08-15 at noon.", "2024-08-15", None, None, Date, None);
    n!(time_am, "at 10:29 AM local time", "10:29 AM", None, None, Time, None);
    n!(range_dash, "between 10–15 soldiers", "10–15 soldiers", Some(10.0), Some("soldiers"), Count, None);
    n!(range_to, "from 5 to 7 percent", "5 to 7 percent", Some(5.0), Some("percent"), Percent, None);
    n!(range_between, "between 10 and 15 people", "10 and 15 people", Some(10.0), Some("people"), Count, None);
    n!(
        up_to,
        "including up to 325,000 deaths—far",
        "325,000 deaths",
        Some(325000.0),
        Some("deaths"),
        Count,
        Some("up to")
    );
    n!(
        as_many_as,
        "as many as 30,000 experienced troops",
        "30,000",
        Some(30000.0),
        Some("troops"),
        Count,
        Some("as many as")
    );
    n!(at_least, "at least 12 people died", "12 people", Some(12.0), Some("people"), Count, Some("at least"));
    n!(fewer_than, "fewer than 5 cases", "5 cases", Some(5.0), Some("cases"), Count, Some("fewer than"));
    n!(just_is_not_approx, "just 200 miles", "200 miles", Some(200.0), Some("miles"), Distance, None);
    n!(fraction_slash, "about 1/2 of them", "1/2", Some(0.5), None, Fraction, Some("about"));
    n!(fraction_vulgar, "½ of them", "½", Some(0.5), None, Fraction, None);
    n!(fraction_words, "three-quarters of voters", "three-quarters", Some(0.75), None, Fraction, None);
    n!(fraction_a_third, "a third of the land", "a third", Some(1.0 / 3.0), None, Fraction, None);
    n!(
        vague,
        "tens of thousands of troops died",
        "tens of thousands of troops",
        None,
        Some("troops"),
        Approximate,
        None
    );
    n!(modifier_between, "facing two future encirclements by", "two", Some(2.0), Some("encirclements"), Count, None);
    n!(identifier_resolution, "under Resolution 2735 the council", "2735", None, None, Identifier, None);
    n!(identifier_jet, "sent F-16 jets", "16", None, None, Identifier, None);
    n!(one_year, "within one year", "one year", Some(1.0), Some("years"), Duration, Some("within"));

    none!(not_one_of, "He is one of them and one side lost; a neutral one.");
    none!(not_both, "Both actions seem more reasonable, and both sides agreed.");
    none!(not_first_discourse, "First, Trump may decide. At first he did.");
    none!(not_weekday, "before Friday's meeting on Monday in August");
    none!(not_just_one, "doesn't care about the substance, just getting one.");
    none!(furniture_is_skipped, "0 Comments\n3/related/default\n(0)\n0");

    #[test]
    fn first_three_years_counts_three() {
        let text = "in the first three years of the war";
        let found: Vec<_> = nums(text).iter().map(|n| n.span.text(text).to_string()).collect();
        assert_eq!(found, ["three years"]);
    }

    #[test]
    fn story_code_is_identifier() {
        let text = "The report. Story Code : 1153231";
        assert!(nums(text).iter().all(|n| n.kind == NumberKind::Identifier));
    }
}
