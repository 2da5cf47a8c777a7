//! Every word list of the number module, in one place: number words, scales,
//! currencies, units, periods, months, qualifiers, identifier cues, nouns.

use super::*;

pub(super) fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
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
        _ => return None,
    })
}

pub(super) fn ordinal_value(w: &str) -> Option<f64> {
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
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        _ => return None,
    })
}

pub(super) fn scale_value(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "tln" => 1e12,
        _ => return None,
    })
}

/// Scale suffixes glued to digits: "$5bn", "€3m", "20k".
pub(super) fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "b" | "bn" => 1e9,
        "tn" | "t" => 1e12,
        _ => return None,
    })
}

pub(super) fn currency_symbol(c: char) -> Option<&'static str> {
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

pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" => "USD",
        "a" | "au" => "AUD",
        "c" | "ca" => "CAD",
        "hk" => "HKD",
        "nz" => "NZD",
        "s" => "SGD",
        "r" => "BRL",
        "nt" => "TWD",
        _ => return None,
    })
}

/// Currencies written as capitalised letters before the number: "RM50", "Rs. 500".
pub(super) fn letter_currency(w: &str) -> Option<&'static str> {
    Some(match w {
        "rm" => "MYR",
        "rs" => "INR",
        _ => return None,
    })
}

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
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
pub(super) const UNITS: &[(&[&str], &str, NumberKind)] = &[
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

pub(super) fn unit_of(w: &str) -> Option<(&'static str, NumberKind)> {
    UNITS.iter().find(|(ws, _, _)| ws.contains(&w)).map(|(_, u, k)| (*u, *k))
}

/// Periods for rates: "per day", "a month", "daily".
pub(super) fn period_of(w: &str) -> Option<&'static str> {
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

pub(super) fn adverb_period(w: &str) -> Option<&'static str> {
    Some(match w {
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        "annually" | "yearly" => "year",
        "hourly" => "hour",
        _ => return None,
    })
}

pub(super) const MONTHS: &[(&str, u32)] = &[
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

pub(super) fn month_of(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// Qualifiers before a number, longest first.
pub(super) const QUALIFIERS: &[&[&str]] = &[
    &["in", "excess", "of"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["as", "little", "as"],
    &["no", "more", "than"],
    &["no", "fewer", "than"],
    &["just", "over"],
    &["just", "under"],
    &["no", "less", "than"],
    &["more", "than"],
    &["greater", "than"],
    &["higher", "than"],
    &["lower", "than"],
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
    &["above"],
    &["below"],
    &["exceeding"],
    &["within"],
    &["under"],
    &["estimated"],
    &["circa"],
    &["ca"],
];

/// Words before a number that make it a name, not a measure.
#[rustfmt::skip]
pub(super) const IDENTIFIER_CUES: &[&str] = &[
    "resolution", "no", "number", "code", "article", "section", "flight", "route", "highway", "chapter", "page",
    "id", "room", "bill", "case", "item", "model", "version", "line", "gate", "platform", "row", "seat",
    "amendment", "paragraph", "clause", "protocol", "ticket", "order", "account", "lot", "unit", "apartment",
    "suite", "box", "tel", "phone", "fax", "vol", "volume", "issue", "episode", "season", "level", "stage",
    "category", "class", "grade", "step", "track", "bus", "train", "interstate", "district", "ward", "precinct",
];

/// Words after a number that are not its counted noun.
#[rustfmt::skip]
pub(super) const NOT_NOUNS: &[&str] = &[
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
pub(super) const PLURAL_NOUNS: &[&str] = &[
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "deer", "fish",
    "aircraft", "crew", "militia", "infantry", "livestock", "youth", "clergy",
];

pub(super) fn looks_plural(w: &str) -> bool {
    PLURAL_NOUNS.contains(&w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("ous"))
}

pub(super) fn looks_adjective(w: &str) -> bool {
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

pub(super) fn is_noun_candidate(w: &str) -> bool {
    !NOT_NOUNS.contains(&w)
        && !w.ends_with("ly")
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && w.len() > 1
}

pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅐' => 1.0 / 7.0,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

/// Plurals that make a vague quantity: the range each stands for.
pub(super) fn vague_value(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "tens" => (10.0, 100.0),
        "dozens" => (24.0, 100.0),
        "scores" => (40.0, 100.0),
        "hundreds" => (100.0, 1000.0),
        "thousands" => (1e3, 1e4),
        "millions" => (1e6, 1e7),
        "billions" => (1e9, 1e10),
        _ => return None,
    })
}

/// Words of sport around "2-0" that make it a score.
#[rustfmt::skip]
pub(super) const SCORE_CUES: &[&str] = &[
    "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "led", "lead", "leads",
    "trail", "trailed", "trailing", "defeated", "score", "scored", "victory", "defeat", "loss", "thrashing",
    "scoreline", "aggregate",
];
