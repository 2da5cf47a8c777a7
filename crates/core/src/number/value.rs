//! The value written in digits, with its currency and sign: "$5", "-5", "1/2", "2½".

use super::*;

impl Parser<'_> {
    /// A value: digits or number words, with a currency in front and a
    /// scale behind.
    pub(super) fn core_at(&self, i: usize) -> Option<Core> {
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
}
