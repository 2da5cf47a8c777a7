//! Qualifiers: "about", "more than", "up to", "or so".

use super::*;

impl Parser<'_> {
    /// Sets the qualifier that stands right before token `i0`.
    pub(super) fn qualify(&self, n: &mut Number, i0: usize) {
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
