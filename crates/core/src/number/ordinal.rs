//! Ordinals: "first term", "21st century", "twenty-first".

use super::*;

impl Parser<'_> {
    /// "first term", "fourth year", "21st century", "twenty-first".
    pub(super) fn ordinal_at(&self, i: usize) -> Option<(Number, usize)> {
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
}
