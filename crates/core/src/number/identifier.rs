//! Numbers that name rather than measure: "F-16", "Resolution 2735", phone numbers.

use super::*;

impl Parser<'_> {
    /// "F-16", "G7", "Resolution 2735", phone numbers.
    pub(super) fn identifier_at(&self, i: usize) -> Option<(Number, usize)> {
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
        let cue = i > 0 && self.word(i - 1).is_some_and(is_identifier_cue) && self.is_capitalized(i - 1);
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

    /// A capitalised number word after a capitalised word names something:
    /// "World War Three", "Channel Four" (but "Police Arrest Three Men" counts).
    pub(super) fn name_at(&self, i: usize) -> Option<(Number, usize)> {
        let w = self.word(i)?;
        word_value(w)?;
        let named = i > 0
            && self.is_capitalized(i)
            && self.word(i - 1).is_some()
            && self.is_capitalized(i - 1)
            && !(self.word(i + 1).is_some() && self.is_capitalized(i + 1));
        named.then(|| (number(self.toks[i].span, None, None, NumberKind::Identifier), i + 1))
    }
}
