//! Fractions: which slashes are fractions ("3/4", not "9/11"), and the
//! denominator words of spelled fractions ("two thirds", "a quarter of").
//! Vulgar fractions ("¾") are in the word lists.

use super::*;
use crate::lexicon::Entry;

/// "3/4" is a fraction; "9/11", "24/7" and "2022/23" are not.
pub(super) fn is_fraction(num: f64, den: f64) -> bool {
    num >= 1.0 && num < den && (den <= 10.0 || matches!(den as u32, 12 | 16 | 20 | 32 | 64 | 100))
}

/// A denominator word: its value and whether it is plural ("thirds").
/// "second" is a unit of time, never a denominator.
pub(super) fn denominator_of(w: &str, entry: Entry) -> Option<(f64, bool)> {
    match w {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        "second" | "seconds" | "first" | "firsts" => return None,
        _ => {}
    }
    if let Some(v) = ordinal_value(entry) {
        return (v >= 3.0).then_some((v, false));
    }
    ordinal_value(w.strip_suffix('s')?).filter(|v| *v >= 3.0).map(|v| (v, true))
}
