//! How many times over, in one word: "a fivefold rise", "visited twice",
//! "twice a year", "prices tripled", "more than double the cost" — a count
//! in "times", as "six times" is.

use super::*;
use crate::lexicon::Role;

impl Parser<'_> {
    /// The multiple at token `i` (the lexicon's `multiple`), if the word
    /// reads as one there.
    pub(super) fn multiple_at(&self, i: usize) -> Option<(Number, usize)> {
        let w = self.word(i)?;
        let value: f64 = self.toks[i].entry.value(Role::Multiple)?.parse().ok()?;
        // "double-digit", "twice-weekly", "triple-A": a compound's word.
        if self.sym(i + 1) == Some('-') && self.glued(i + 1) || i > 0 && self.sym(i - 1) == Some('-') && self.glued(i) {
            return None;
        }
        // A capital inside a sentence names: "the Triple Crown", "K-pop
        // group Twice".
        let opens = i == 0 || matches!(self.sym(i - 1), Some('.' | '!' | '?' | '“' | '"' | ':' | '‘' | '('));
        if self.is_capitalized(i) && !opens {
            return None;
        }
        let next = self.word(i + 1);
        // "The purpose is twofold: …", "The reasons are twofold.": parts,
        // not times.
        if self.sym(i + 1) == Some(':') || w.ends_with("fold") && i > 0 && self.plays(i - 1, Role::Copula) {
            return None;
        }
        // "doubled down", "doubling as a shelter", "doubled over in pain" (a
        // verb's; not "twice as large", nor "doubled over the past decade").
        let verb_form = w.ends_with("ed") || w.ends_with("ing") || self.plays(i, Role::MultipleBase);
        let over_a_time =
            next == Some("over") && self.entry(i + 2).is_some_and(|e| e.roles.any(&[Role::Article, Role::Possessive]));
        if verb_form && self.plays(i + 1, Role::MultipleParticle) && !over_a_time {
            return None;
        }
        // A baseball hit: "doubled to left", "tripled in the fifth", "doubled
        // home two runs" (a regression hunt).
        let to_a_field = next == Some("to") && self.plays(i + 2, Role::FieldDirection);
        let in_an_inning = next == Some("in") && self.word(i + 2) == Some("the") && self.plays(i + 3, Role::Ordinal);
        if verb_form && (to_a_field || in_an_inning) {
            return None;
        }
        // The base forms are as often a noun's adjective ("a double murder",
        // "double standards"): read only before what is multiplied ("double
        // the cost", "triple what it was"), after a qualifier ("more than
        // double") or as a verb after an auxiliary ("will halve emissions")
        // or "to" ("is expected to double", "to double by 2030"; not "rose
        // to double digits", "chose to double him").
        if self.plays(i, Role::MultipleBase) {
            let object = next.is_some_and(|n| crate::lexicon::is(n, Role::MultipleObject));
            let to = i > 0 && self.word(i - 1) == Some("to");
            let verb = i > 0
                && self.plays(i - 1, Role::MultipleAuxiliary)
                && (!to || object || self.phrase_ends(i + 1) || self.plays(i + 1, Role::MultipleSpan));
            let qualified = self.qualifier_before(i).is_some();
            // "a two-run double in the third", "a double that scored two
            // runs": a noun after its article (not "The rent is double the
            // national average").
            let article = (i.saturating_sub(4)..i).any(|k| self.plays(k, Role::Article));
            let noun = i > 0 && self.plays(i - 1, Role::Article) || article && !qualified && !verb && !object;
            if noun || !(qualified || object || verb) {
                return None;
            }
        }
        let mut n = number(self.toks[i].span, Some(value), Some("times".into()), NumberKind::Count);
        let mut end = i + 1;
        // "twice a year": how often.
        if w == "twice"
            && let Some((period, after)) = self.rate_at(i + 1)
        {
            n.kind = NumberKind::Rate;
            n.unit = Some(format!("times per {period}"));
            n.span.end = self.toks[after - 1].span.end;
            end = after;
        }
        self.qualify(&mut n, i);
        Some((n, end))
    }
}
