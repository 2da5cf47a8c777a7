//! Ranges ("10–15", "between 10 and 15") and vague quantities ("tens of thousands").

use super::*;

impl Parser<'_> {
    /// "tens of thousands", "hundreds of", "dozens of", "millions of".
    pub(super) fn vague_at(&self, i: usize) -> Option<(Number, usize)> {
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

    /// Extends `n` to a range when one follows; returns the index after it.
    pub(super) fn range(&self, n: &mut Number, i0: usize, next: usize) -> usize {
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
}

pub(super) fn core_has_scale(p: &Parser<'_>, i: usize) -> bool {
    p.core_at(i).is_some_and(|c| p.word(c.next).and_then(scale_value).is_some())
}

pub(super) fn scale_of(p: &Parser<'_>, i: usize) -> f64 {
    p.core_at(i).and_then(|c| p.word(c.next).and_then(scale_value)).unwrap_or(1.0)
}
