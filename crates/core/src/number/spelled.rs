//! Numbers written in words: "Eleven", "one hundred and twenty", "a dozen", "three-quarters".

use super::*;

impl Parser<'_> {
    /// "Eleven", "twenty-five", "one hundred and twenty", "a dozen",
    /// "a couple of", "half of", "three-quarters".
    pub(super) fn words_core(&self, i: usize) -> Option<Core> {
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
}
