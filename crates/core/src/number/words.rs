//! The number module's words, read from the core's lexicon (`lexicon.txt`,
//! the "Numbers" section: each word's value in brackets). Only the tables of
//! symbols (currency signs, vulgar fractions) and the suffix rules for nouns
//! and adjectives live here.

use super::*;
use crate::lexicon::{self, Entry, Role};

/// A word, or what the lexicon knows of it: tokens carry their entry, so
/// most lookups here cost no hashing.
pub(super) trait Word: Copy {
    fn entry(self) -> Entry;
}

impl Word for &str {
    fn entry(self) -> Entry {
        lexicon::lookup(self)
    }
}

impl Word for Entry {
    fn entry(self) -> Entry {
        self
    }
}

fn value_of(w: impl Word, role: Role) -> Option<&'static str> {
    w.entry().value(role)
}

fn number_of(w: impl Word, role: Role) -> Option<f64> {
    value_of(w, role)?.parse().ok()
}

/// "twenty" → 20.
pub(super) fn word_value(w: impl Word) -> Option<f64> {
    number_of(w, Role::Cardinal)
}

/// "fifth" → 5.
pub(super) fn ordinal_value(w: impl Word) -> Option<f64> {
    number_of(w, Role::Ordinal)
}

/// "million" → 1e6, spaced after a number.
pub(super) fn scale_value(w: impl Word) -> Option<f64> {
    number_of(w, Role::Scale)
}

/// Scale suffixes glued to digits: "$5bn", "€3m", "20k".
pub(super) fn glued_scale(w: impl Word) -> Option<f64> {
    number_of(w, Role::ScaleSuffix)
}

/// "tens" → (10, 100): the range a vague plural stands for.
pub(super) fn vague_value(w: impl Word) -> Option<(f64, f64)> {
    let (lo, hi) = value_of(w, Role::Vague)?.split_once(',')?;
    Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?))
}

/// "euros" → "EUR".
pub(super) fn currency_word(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::Currency)
}

/// "pound" of "$16.99 a pound" → "pound".
pub(super) fn price_unit_of(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::PriceUnit)
}

/// "swiss" of "10 swiss francs" → "CHF".
pub(super) fn currency_nation(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::CurrencyNation)
}

/// "us" of "US$5" → "USD".
pub(super) fn dollar_prefix(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::DollarPrefix)
}

/// Currencies written as capitalised letters before the number: "RM50", "Rs. 500".
pub(super) fn letter_currency(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::CurrencyPrefix)
}

/// "kilometres" → ("km", Distance).
pub(super) fn unit_of(w: impl Word) -> Option<(&'static str, NumberKind)> {
    let (unit, kind) = value_of(w, Role::Unit)?.split_once(' ')?;
    Some((unit, kind_named(kind)?))
}

/// A unit after a hyphen only: "fold" in "2.2-fold".
pub(super) fn hyphen_unit_of(w: impl Word) -> Option<(&'static str, NumberKind)> {
    let (unit, kind) = value_of(w, Role::HyphenUnit)?.split_once(' ')?;
    Some((unit, kind_named(kind)?))
}

/// "celsius" → "C".
pub(super) fn temperature_scale(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::TemperatureScale)
}

/// Periods for rates: "per day", "a month", "per capita".
pub(super) fn period_of(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::Period)
}

/// "daily" → "day".
pub(super) fn adverb_period(w: impl Word) -> Option<&'static str> {
    value_of(w, Role::PeriodAdverb)
}

/// "august", "aug" → 8.
pub(super) fn month_of(w: impl Word) -> Option<u32> {
    value_of(w, Role::Month)?.parse().ok()
}

pub(super) fn is_identifier_cue(w: impl Word) -> bool {
    w.entry().roles.has(Role::IdentifierCue)
}

/// "rose", "fell": a change, after which "to" gives a level, not a range's top.
pub(super) fn is_change_verb(w: impl Word) -> bool {
    w.entry().roles.has(Role::ChangeVerb)
}

pub(super) fn is_score_cue(w: impl Word) -> bool {
    w.entry().roles.has(Role::ScoreCue)
}

fn kind_named(kind: &str) -> Option<NumberKind> {
    Some(match kind {
        "distance" => NumberKind::Distance,
        "area" => NumberKind::Area,
        "weight" => NumberKind::Weight,
        "volume" => NumberKind::Volume,
        "speed" => NumberKind::Speed,
        "temperature" => NumberKind::Temperature,
        "energy" => NumberKind::Energy,
        "power" => NumberKind::Power,
        "duration" => NumberKind::Duration,
        // Units of what has no kind of its own: "12 GB", "2.3 GHz", "30 fps", "4,000 mAh".
        "count" => NumberKind::Count,
        "rate" => NumberKind::Rate,
        _ => return None,
    })
}

pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
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
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₵' => "GHS",
        '元' => "CNY",
        '₿' => "BTC",
        '₱' => "PHP",
        '₦' => "NGN",
        '₫' => "VND",
        _ => return None,
    })
}

pub(super) fn looks_plural(w: &str) -> bool {
    lexicon::is(w, Role::PluralNoun)
        || (w.len() > 4 && w.ends_with("men"))
        // "grandchildren", "schoolchildren", "townspeople".
        || w.ends_with("children")
        || w.ends_with("people")
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
        || lexicon::is(w, Role::Adjective)
}

pub(super) fn is_noun_candidate(w: &str) -> bool {
    !lexicon::is(w, Role::NotNoun)
        && !w.ends_with("ly")
        // "the first isn't expected": a verb's contraction.
        && !w.ends_with("n't")
        && !w.ends_with("n’t")
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
