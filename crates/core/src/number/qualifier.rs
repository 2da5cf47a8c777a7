//! Qualifiers: "about", "more than", "up to", "or so".

use super::*;
use crate::lexicon::{self, Role};

impl Parser<'_> {
    /// The longest qualifier of the lexicon that ends right before token
    /// `i0`: its first token and its words.
    pub(super) fn qualifier_before(&self, i0: usize) -> Option<(usize, Vec<&str>)> {
        for len in (1..=4).rev() {
            let Some(s) = i0.checked_sub(len) else { continue };
            let Some(words) = (s..i0).map(|k| self.word(k)).collect::<Option<Vec<&str>>>() else { continue };
            let found = if len == 1 {
                lexicon::is(words[0], Role::Qualifier)
            } else {
                lexicon::phrase_at(&words, Role::Qualifier).is_some_and(|(n, _)| n == len)
            };
            if found {
                return Some((s, words));
            }
        }
        None
    }

    /// Sets the qualifier that stands right before token `i0`.
    pub(super) fn qualify(&self, n: &mut Number, i0: usize) {
        // "up to a $1 billion": an article may stand between (but "over a
        // four-year period" is a preposition's, not "more than").
        let found = self.qualifier_before(i0).or_else(|| {
            let a = i0.checked_sub(1)?;
            let (s, words) = matches!(self.word(a), Some("a" | "an")).then(|| self.qualifier_before(a)).flatten()?;
            (!matches!(words[..], ["over" | "under"])).then_some((s, words))
        });
        // "under the age of 18", "over the age of 65": a bound of an age
        // stands before its noun.
        let found = found.or_else(|| {
            let of = i0.checked_sub(2).filter(|&k| {
                n.kind == NumberKind::Age && self.word(k) == Some("age") && self.word(k + 1) == Some("of")
            })?;
            let at = if of > 0 && self.word(of - 1) == Some("the") { of - 1 } else { of };
            let (s, words) = self.qualifier_before(at)?;
            matches!(words[..], ["over" | "under" | "above" | "below"]).then_some((s, words))
        });
        // "near zero", "near 50%", "near $100": "near" approximates a
        // level; before a count it is as often a place ("near two schools",
        // "near 10 Downing Street").
        let level =
            n.value == Some(0.0) || matches!(n.kind, NumberKind::Percent | NumberKind::Money | NumberKind::Temperature);
        let found = found.or_else(|| {
            let s = i0.checked_sub(1)?;
            (level && self.word(s) == Some("near")).then(|| (s, vec!["near"]))
        });
        // "in a row over £50": "over" is "about" after a quarrel's noun (a
        // review of London news).
        let found = found.filter(|(s, words)| {
            !(matches!(words[..], ["over"])
                && *s > 0
                && self.entry(s - 1).is_some_and(|e| e.roles.has(Role::AboutNoun)))
        });
        // "$300 billion over two years", "2,000 jobs over three years": a
        // period after a figure spreads it; "over" is not "more than" there.
        let found = found.filter(|(s, words)| {
            let spread = matches!(words[..], ["over"])
                && n.kind == NumberKind::Duration
                && self.out.last().is_some_and(|p| {
                    // Right after it: not "held rates at 5% for over two years".
                    self.text.get(p.span.end..self.toks[*s].span.start).is_some_and(|gap| gap.trim().is_empty())
                });
            !spread
        });
        // "brought about a 12 per cent swing", "came about": a verb's
        // particle, not "roughly" (a review of UK election news).
        let found = found.filter(|(s, words)| {
            // (Before "a": "came about 40 people short" keeps its "about".)
            !(matches!(words[..], ["about"])
                && *s > 0
                && matches!(self.word(i0 - 1), Some("a" | "an"))
                && matches!(
                    self.word(s - 1),
                    Some("brought" | "bring" | "brings" | "bringing" | "came" | "come" | "comes" | "coming")
                ))
        });
        if let Some((s, words)) = found {
            let end = s + words.len() - 1;
            n.approx = Some(words.join(" "));
            n.approx_span = Some(Span::new(self.toks[s].span.start, self.toks[end].span.end));
            if matches!(n.kind, NumberKind::Year | NumberKind::Date | NumberKind::Ordinal)
                && !lexicon::is(words[0], Role::LooseQualifier)
            {
                n.approx = None;
                n.approx_span = None;
            }
        }
    }
}
