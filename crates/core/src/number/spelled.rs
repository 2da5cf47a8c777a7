//! Numbers written in words: "Eleven", "one hundred and sixty-one", "fifty
//! two", "twenty-one trillion three hundred", "two hundred point zero three",
//! "a dozen", "three dozen", "half a dozen", "a score of", spelled fractions
//! ("two thirds", "a quarter of", "three-quarters", "one eighth").

use super::*;

impl Parser<'_> {
    fn word_core(&self, i: usize, next: usize, value: f64, kind: NumberKind) -> Option<Core> {
        Some(Core {
            first: i,
            start: self.toks[i].span.start,
            next,
            value: Some(value),
            kind,
            currency: None,
            digits: false,
            year_like: false,
        })
    }

    /// Nothing of the phrase follows token `k`: the end, or a closing mark.
    pub(super) fn phrase_ends(&self, k: usize) -> bool {
        k >= self.toks.len() || self.sym(k).is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
    }

    /// A number in words at `i`, with its multiplier or denominator.
    pub(super) fn words_core(&self, i: usize) -> Option<Core> {
        use NumberKind::{Count, Fraction};
        let w = self.word(i)?;
        let of = |k: usize| self.word(k) == Some("of");
        // "half a million", "half a dozen", "quarter million", "a quarter of a million".
        let fraction_of_scale = |k: usize, f: f64| {
            let a = usize::from(matches!(self.word(k), Some("a" | "an")));
            match self.word(k + a) {
                Some("dozen") => self.word_core(i, k + a + 1, f * 12.0, Count),
                Some(s) => scale_value(s)
                    .filter(|s| *s >= 1000.0)
                    .and_then(|s| self.word_core(i, k + a + 1, super::scaled(f, s), Count)),
                None => None,
            }
        };
        if matches!(w, "half" | "quarter")
            && let Some(core) = fraction_of_scale(i + 1, if w == "half" { 0.5 } else { 0.25 })
        {
            return Some(core);
        }
        // "a quarter of a million", "a half million".
        if matches!(w, "a" | "an")
            && matches!(self.word(i + 1), Some("quarter" | "half" | "third"))
            && let Some(core) = fraction_of_scale(i + 2 + usize::from(of(i + 2)), 1.0 / self.denominator_at(i + 1)?.0)
        {
            return Some(core);
        }
        if w == "a" || w == "an" {
            let w1 = self.word(i + 1)?;
            // "a half-century", "a quarter-century", "a half-mile": that part
            // of the unit ("a half-century-old pipe" is an adjective).
            if matches!(w1, "half" | "quarter")
                && self.sym(i + 2) == Some('-')
                && self.glued(i + 2)
                && self.glued(i + 3)
                && self.word(i + 3).is_some_and(|u| unit_of(u).is_some())
                && !(self.sym(i + 4) == Some('-') && self.glued(i + 4))
            {
                return self.word_core(i, i + 3, if w1 == "half" { 0.5 } else { 0.25 }, Count);
            }
            return match w1 {
                "dozen" => self.word_core(i, i + 2, 12.0, Count),
                "couple" if of(i + 2) => self.word_core(i, i + 3, 2.0, Count),
                // "a score of people"; "a score of 3-1" is a result.
                "score" if of(i + 2) && self.word(i + 3).is_some_and(looks_plural) => {
                    self.word_core(i, i + 3, 20.0, Count)
                }
                // "a third of", "a quarter of", "cut by a fifth.": "a third term" is
                // an ordinal, "an hour and a half" no number.
                // "a third lower", "risen by roughly a fifth since 2022" too.
                _ if (of(i + 2)
                    || self.phrase_ends(i + 2) && (i == 0 || self.word(i - 1) != Some("and"))
                    || self.plays(i + 2, Role::Comparative)
                    || (self.word(i.saturating_sub(1)) == Some("by")
                        || i >= 2 && self.word(i - 2) == Some("by") && self.plays(i - 1, Role::Qualifier))
                        // "followed by a third Kenyan": a rank (a review of sport news).
                        && !self.plays(i + 2, Role::Demonym))
                    // ("by a third-party auditor" is no share)
                    && !(self.sym(i + 2) == Some('-') && self.glued(i + 2))
                    && self.denominator_at(i + 1).is_some_and(|(_, plural)| !plural) =>
                {
                    self.word_core(i, i + 2, 1.0 / self.denominator_at(i + 1)?.0, Fraction)
                }
                _ if scale_value(w1).is_some_and(|s| s >= 100.0) => {
                    let (v, next) = self.cardinal(i + 1, 1.0)?;
                    self.word_core(i, next, v, Count)
                }
                // "within a decade", "more than a century": one of a long
                // period ("a year", "a day" are too common to be figures; "a
                // decade-long war", "a century-old pipe" are adjectives).
                // Not "once in a century"; not "a century and a half" (its
                // half is beyond the unit, as in "an hour and a half").
                "decade" | "century"
                    if !(self.sym(i + 2) == Some('-') && self.glued(i + 2)
                        || i >= 2 && self.word(i - 1) == Some("in") && self.word(i - 2) == Some("once")
                        || self.fraction_after_and(i + 2, true).is_some()) =>
                {
                    self.word_core(i, i + 1, 1.0, Count)
                }
                // "about a minute after takeoff", "more than a year", "at
                // least an hour": a bound makes one of a unit a figure (a
                // review of transport news missed them). Not "over"/"under",
                // which may be where or across ("over a year of talks").
                // (Not an ordinal's word: "at least a second gunman", a
                // code review.)
                _ if unit_of(w1).is_some()
                    && !self.plays(i + 1, Role::Ordinal)
                    && !(self.sym(i + 2) == Some('-') && self.glued(i + 2))
                    && self.fraction_after_and(i + 2, true).is_none()
                    && self.qualifier_before(i).is_some_and(|(_, q)| !matches!(q[..], ["over" | "under" | "some"])) =>
                {
                    self.word_core(i, i + 1, 1.0, Count)
                }
                _ => None,
            };
        }
        // "hundred thousand dollars": a bare hundred before a larger scale, at
        // a phrase's start ("several hundred thousand" is vague, "eight-hundred" one number).
        if scale_value(self.toks[i].entry) == Some(100.0)
            && self.entry(i + 1).and_then(scale_value).is_some_and(|s| s >= 1000.0)
            && (i == 0 || self.spaced(i) && self.sym(i - 1).is_some_and(|c| !matches!(c, '-' | '–' | '—')))
        {
            let (v, next) = self.cardinal(i, 1.0)?;
            return self.word_core(i, next, v, Count);
        }
        if w == "half" {
            // "half a century", "half an hour", "half a percent": half of that unit.
            if matches!(self.word(i + 1), Some("a" | "an"))
                && self.word(i + 2).is_some_and(|u| {
                    unit_of(u).is_some()
                        || u == "percent"
                        || u == "percentage" && matches!(self.word(i + 3), Some("point" | "points"))
                })
            {
                return self.word_core(i, i + 2, 0.5, Count);
            }
            // "the bottom half of the order", "the other half of the
            // couple": a place or a partner, no quantity (a review of real
            // news: "a figure: half" marked a claim).
            let place =
                i > 0 && matches!(self.word(i - 1), Some("top" | "bottom" | "other" | "better" | "latter" | "former"));
            if matches!(self.word(i + 1), Some("of" | "a" | "an" | "the")) && !place {
                return self.word_core(i, i + 1, 0.5, Fraction);
            }
            return None;
        }
        // "three-quarters", "two-thirds", "one-eighth".
        if let Some(n) = self.entry(i).and_then(word_value)
            && self.sym(i + 1) == Some('-')
            && self.glued(i + 1)
            && let Some((den, _)) = self.denominator_at(i + 2)
        {
            // "three-quarters of a billion dollars".
            if let Some((s, end)) = self.of_a_scale(i + 3) {
                return self.word_core(i, end, n / den * s, Count);
            }
            return self.word_core(i, i + 3, n / den, Fraction);
        }
        let (mut value, mut next) = self.cardinal(i, 0.0)?;
        // "three dozen", "3 dozens" (but "dozens of" is vague).
        if self.word(next) == Some("dozen") || self.word(next) == Some("dozens") && !of(next + 1) {
            return self.word_core(i, next + 1, value * 12.0, Count);
        }
        // "two thirds", "one eighth": plural after more than one.
        // (Not "for the next three quarters", "the past two quarters":
        // periods, a review of business news.)
        if let Some((den, plural)) = self.denominator_at(next)
            && (1.0..100.0).contains(&value)
            && plural == (value > 1.0)
            && !(self.word(next) == Some("quarters")
                && i > 0
                && self.plays(i - 1, Role::PeriodSpan)
                && self.word(next + 1) != Some("of"))
        {
            // "two thirds of a million": that part of the scale.
            if let Some((s, end)) = self.of_a_scale(next + 1) {
                return self.word_core(i, end, value / den * s, Count);
            }
            return self.word_core(i, next + 1, value / den, Fraction);
        }
        // "two hundred point zero three", "five point five".
        if self.word(next) == Some("point") {
            let mut digits = String::new();
            let mut k = next + 1;
            while let Some(d) = self.entry(k).and_then(word_value).filter(|d| *d < 10.0) {
                digits.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if digits.is_empty()
                && let Some((v, end)) = self.cardinal(k, 0.0).filter(|(v, _)| *v < 100.0)
            {
                digits = (v as u32).to_string();
                k = end;
            }
            if let Ok(frac) = format!("0.{digits}").parse::<f64>()
                && !digits.is_empty()
            {
                value += frac;
                next = k;
            }
        }
        self.word_core(i, next, value, Count)
    }

    /// "of a million", "of a billion" at `k`: the scale and the index after it.
    fn of_a_scale(&self, k: usize) -> Option<(f64, usize)> {
        if self.word(k) != Some("of") || !matches!(self.word(k + 1), Some("a" | "an")) {
            return None;
        }
        let s = self.entry(k + 2).and_then(scale_value).filter(|s| *s >= 1000.0)?;
        Some((s, k + 3))
    }

    /// A fraction after the "and" at `k`: "and a half", "and one half", "and
    /// three quarters" (before "of" only with `before_of`; never "and a
    /// half-dozen"): its value and the index after it.
    pub(super) fn fraction_after_and(&self, k: usize, before_of: bool) -> Option<(f64, usize)> {
        if self.word(k) != Some("and") {
            return None;
        }
        let n = match self.word(k + 1)? {
            "a" | "an" => 1.0,
            _ => self.entry(k + 1).and_then(word_value).filter(|n| (1.0..10.0).contains(n))?,
        };
        let (den, plural) = self.denominator_at(k + 2)?;
        // "and a half-dozen cars", "and one half-price ticket": a compound word.
        let compound = self.sym(k + 3) == Some('-') && self.glued(k + 3);
        (plural == (n > 1.0) && !compound && (before_of || self.word(k + 3) != Some("of"))).then_some((n / den, k + 3))
    }

    /// A whole number in words from `i`, starting from `current` (1 after
    /// "a" of "a hundred"): its value and the index after it. Units follow
    /// tens ("fifty two", "sixty-one"), "hundred" multiplies what is below a
    /// hundred, each scale is smaller than the one before, and "and" joins
    /// only after a hundred or a scale.
    pub(super) fn cardinal(&self, i: usize, current: f64) -> Option<(f64, usize)> {
        let (mut total, mut current) = (0.0, current);
        let mut any = current > 0.0;
        let mut last_scale = f64::INFINITY;
        let mut next = i;
        loop {
            let mut k = next;
            if any && self.word(k) == Some("and") && (current >= 100.0 || total > 0.0) {
                // "two million and one half", "five billion and three quarters":
                // the fraction is of the scale (read after the scale), no unit
                // more; "and three quarters of the vote" is a fraction of its own.
                if self.fraction_after_and(k, true).is_some() {
                    break;
                }
                k += 1;
            }
            // "five-hundred thousand", "forty-thousand": a hyphen before a scale.
            let hyphen_hundred = any
                && k == next
                && self.sym(k) == Some('-')
                && self.glued(k)
                && self.glued(k + 1)
                && self.entry(k + 1).and_then(scale_value).is_some();
            if hyphen_hundred {
                k += 1;
            }
            let Some(e) = self.entry(k) else { break };
            if let Some(v) = word_value(e) {
                let below = current % 100.0;
                let fits = if v < 10.0 { below == 0.0 || (below >= 20.0 && below % 10.0 == 0.0) } else { below == 0.0 };
                if !fits || (any && v == 0.0) {
                    break;
                }
                current += v;
                next = k + 1;
                any = true;
                // "sixty-one"
                if v >= 20.0
                    && self.sym(next) == Some('-')
                    && self.glued(next)
                    && self.glued(next + 1)
                    && let Some(u) = self.entry(next + 1).and_then(word_value).filter(|u| (1.0..10.0).contains(u))
                {
                    current += u;
                    next += 2;
                }
                continue;
            }
            if !any || k != next + usize::from(hyphen_hundred) {
                break;
            }
            match scale_value(e) {
                Some(100.0) if current > 0.0 && current < 100.0 => current *= 100.0,
                Some(s) if s >= 1000.0 && s < last_scale && current > 0.0 => {
                    total += super::scaled(current, s);
                    current = 0.0;
                    last_scale = s;
                }
                _ => break,
            }
            next = k + 1;
        }
        any.then_some((total + current, next))
    }
}
