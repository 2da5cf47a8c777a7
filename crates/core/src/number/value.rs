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
            // "$US960", "$A1,280", "$NZ50": the country's capitals between
            // the sign and the figure, as Australian and New Zealand papers
            // write them (a review of mining news read identifiers).
            if c == "USD"
                && self.glued(k)
                && self.glued(k + 1)
                && self.num(k + 1).is_some()
                && self.toks.get(k).is_some_and(|t| t.span.text(self.text).chars().all(|c| c.is_ascii_uppercase()))
                && let Some(code) = self.word(k).and_then(dollar_prefix)
            {
                currency = Some(code);
                k += 1;
            }
        } else if let Some((code, len)) = self.currency_prefix(k) {
            currency = Some(code);
            k += len;
        } else if let Some(code) = self
            .word(k)
            .filter(|w| w.len() == 3 && self.toks[k].span.text(self.text).chars().all(|c| c.is_ascii_uppercase()))
            .and_then(currency_word)
            && self.num(k + 1).is_some()
        {
            currency = Some(code);
            k += 1;
        }
        // "-5", "−5"; "- 10 k" spaced only as a lone figure (a list item has words).
        let lone_figure =
            || k == 0 && self.toks.iter().all(|t| !matches!(&t.tok, Tok::Word(w) if w.chars().count() > 2));
        // "minus 5 degrees", "negative ten".
        // (Not "plus or minus 5.2 points", a margin of error: a review of
        // poll news read -5.2.)
        let margin = k >= 2 && self.word(k - 1) == Some("or") && self.word(k - 2) == Some("plus");
        if currency.is_none()
            && !margin
            && matches!(self.word(k), Some("minus" | "negative"))
            && (self.num(k + 1).is_some() || self.entry(k + 1).and_then(word_value).is_some())
        {
            let mut core = match self.num(k + 1) {
                Some(_) => self.core_at(k + 1)?,
                None => self.words_core(k + 1)?,
            };
            core.value = core.value.map(|v| -v);
            core.first = i;
            core.start = self.toks[i].span.start;
            core.year_like = false;
            return Some(core);
        }
        if currency.is_none()
            && self.sym(k).is_some_and(|c| matches!(c, '-' | '−'))
            && self.num(k + 1).is_some()
            && (self.glued(k + 1) || lone_figure())
            // "(-1.1 per cent)": after an opening bracket too (a review of
            // real news lost the sign).
            && (self.spaced(k) || k > 0 && matches!(self.sym(k - 1), Some('(' | '[')))
        {
            negative = true;
            k += 1;
        }
        let start = self.toks[i].span.start;
        if let Some((mut v, grouped, digits, decimal)) = self.num(k) {
            let mut next = k + 1;
            // Fractions "1/2", "3/4" ("9/11" and "24/7" are read as names by date_at).
            if self.sym(next) == Some('/')
                && self.glued(next)
                && let Some((d, _, _, false)) = self.num(next + 1)
                && !decimal
                && is_fraction(v, d)
                && self.sym(next + 2) != Some('/')
            {
                let value = if negative { -v / d } else { v / d };
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
            // A power: "10^5", "2^28" (a power too large to be finite is no value).
            if self.sym(next) == Some('^')
                && self.glued(next)
                && self.glued(next + 1)
                && let Some((e, _, _, false)) = self.num(next + 1)
                && !decimal
            {
                let value = Some(v.powf(e)).filter(|x| x.is_finite()).map(|x| if negative { -x } else { x });
                return Some(Core {
                    first: i,
                    start,
                    next: next + 2,
                    value,
                    kind: NumberKind::Count,
                    currency,
                    digits: true,
                    year_like: false,
                });
            }
            // Vulgar fraction glued: "2½".
            // A mixed number: "2 1/4", "2 1/2 years".
            if !decimal
                && self.spaced(next)
                && let Some((a, _, _, false)) = self.num(next)
                && self.sym(next + 1) == Some('/')
                && self.glued(next + 1)
                && let Some((b, _, _, false)) = self.num(next + 2)
                && self.glued(next + 2)
                && is_fraction(a, b)
                && self.sym(next + 3) != Some('/')
            {
                v += a / b;
                next += 3;
            }
            // After a whole number: "2½", "6 ½".
            if let Some(f) = self.sym(next).and_then(vulgar).filter(|_| self.glued(next) || !decimal) {
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

    /// A currency written before the number as letters: "US$", "A$", "HK$",
    /// "U.S.$", "RM", "Rs": its code and how many tokens it takes.
    pub(super) fn currency_prefix(&self, k: usize) -> Option<(&'static str, usize)> {
        let w = self.word(k)?;
        let written = self.toks[k].span.text(self.text);
        // "U.S.$5", "u.s $ 100": the dotted letters of "US$". Not "U.S. $5",
        // where "U.S." may end a sentence ("… in the U.S. $5 is a lot").
        if self.sym(k + 1) == Some('.')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && let Some(code) = self.word(k + 2).and_then(|w2| dollar_prefix(format!("{w}{w2}").as_str()))
        {
            let dot = usize::from(self.sym(k + 3) == Some('.') && self.glued(k + 3));
            let sign = k + 3 + dot;
            if self.sym(sign) == Some('$') && (dot == 0 || self.glued(sign)) && self.num(sign + 1).is_some() {
                return Some((code, sign + 1 - k));
            }
        }
        // "US$5", "US $ 150", "usd$ 15"; a lone lower-case "a" or "s" is a
        // word ("a $5 bill"), and so is a capital one spaced that opens a
        // sentence ("A $5 fee was charged"; "rose to A $5" is Australian).
        let upper = written.starts_with(|c: char| c.is_ascii_uppercase());
        let letter = matches!(w, "a" | "s");
        let opens = k == 0 || matches!(self.sym(k - 1), Some('.' | '!' | '?' | '“' | '"' | '(' | ':'));
        if self.sym(k + 1) == Some('$')
            && self.num(k + 2).is_some()
            && (upper || !letter)
            && !(letter && opens && !self.glued(k + 1))
        {
            return dollar_prefix(w).map(|code| (code, 2));
        }
        if !upper {
            return None;
        }
        let mut code = letter_currency(w)?;
        // "GHS11 billion", "GHC1.2bn": glued only ("GHS 12" is a school).
        if crate::lexicon::is(w, Role::GluedCurrency) && !self.glued(k + 1) {
            return None;
        }
        // "NIS 484 billion", "SR72 billion": where the text names Israel or
        // Saudi Arabia (a review of Middle Eastern news read them as counts).
        // And only before what reads as an amount — a scale, a grouped or a
        // long figure: not "the NIS 2 directive", "SR 520", "PHP 8.1", "Hr 2"
        // (a regression hunt).
        if crate::lexicon::is(w, Role::NamedCurrencyPrefix) {
            let at = k + 1 + usize::from(self.sym(k + 1) == Some('.') && self.glued(k + 1));
            let (_, grouped, digits, _) = self.num(at)?;
            let scaled = self.glued(at + 1) && self.word(at + 1).is_some_and(|w| glued_scale(w).is_some())
                || self.entry(at + 1).and_then(scale_value).is_some();
            // ("SR 50 in Riyadh", "NIS 500, an Israeli court ruled": a small
            // sum before a preposition or a stop; not "SR 71 pilot".)
            let (_, _, _, decimal) = self.num(at)?;
            // ("NIS 50 a month": a price, by its rate.)
            let ends = self.toks.get(at + 1).is_none_or(|t| !matches!(t.tok, Tok::Word(_)))
                || self.plays(at + 1, Role::AfterSmallSum)
                || self.priced_at(at + 1);
            if !self.letters.contains(&code) || !(scaled || grouped || digits >= 4 || !decimal && ends) {
                return None;
            }
        }
        // "Sh" is Kenya's, Tanzania's, Uganda's and Somalia's: the one of
        // those the text names, Kenya's where it names none (Kenyan papers
        // name no country), none where it names two.
        if w == "sh" && !self.letters.contains(&"KES") {
            let named: Vec<&'static str> =
                ["TZS", "UGX", "SOS"].into_iter().filter(|c| self.letters.contains(c)).collect();
            match named[..] {
                [] => {}
                [one] => code = one,
                _ => return None,
            }
        }
        // The rupiah's "Rp", the dirham's "Dh" and the Kenyan shilling's "Sh"
        // as the papers write them, before the amount itself: not "the RP 15
        // gene", "the DH.98 Mosquito" (a regression hunt). Kenya's "Ksh." and
        // "Kshs." take a dot.
        let written_mixed =
            written.starts_with(|c: char| c.is_uppercase()) && written.chars().any(|c| c.is_lowercase());
        let dotted = self.sym(k + 1) == Some('.') && !crate::lexicon::is(w, Role::CurrencyDotted);
        if crate::lexicon::is(w, Role::CurrencyMixedCase) && (!written_mixed || dotted) {
            return None;
        }
        // "R5,14", "R300m", "R65 000", "N8.83 trillion": the rand's "R" and
        // the naira's "N" only glued, in a text that names that currency or
        // its country, before an amount — decimals, a scale, or three
        // figures and more not named by "the" ("the R21", "the R150" are
        // roads and bonds; "R0", "R8", "R16", "N95" names).
        if w.len() == 1 {
            let (_, grouped, digits, decimal) = self.num(k + 1)?;
            let scaled = self.glued(k + 2)
                && (self.word(k + 2).is_some_and(|w| glued_scale(w).is_some())
                    || self.sym(k + 2) == Some('-') && self.entry(k + 3).and_then(scale_value).is_some())
                || self.entry(k + 2).and_then(scale_value).is_some();
            // Nor a registration or a code: "tail number N650", "N311AB".
            // (Nor after an owner: "its R186 bond", "the company's R200
            // router"; a regression hunt.)
            let named = k > 0
                && (self.word(k - 1) == Some("the")
                    || self.entry(k - 1).is_some_and(|e| e.roles.has(Role::IdentifierCue))
                    || matches!(self.word(k - 1), Some("its" | "his" | "her" | "their" | "our" | "my" | "your"))
                    || crate::chars::is_possessive(self.toks[k - 1].span.text(self.text)));
            let coded = self.glued(k + 2) && self.word(k + 2).is_some_and(|w| glued_scale(w).is_none());
            let known = self.letters.contains(&code) || scaled && crate::lexicon::is(w, Role::ScaledCurrencyLetter);
            // A price by its rate: "R22 a litre", "R3 per unit" (a review of
            // South African fuel news read names).
            let priced = self.priced_at(k + 2);
            if !(known
                && self.glued(k + 1)
                && !coded
                && (decimal || scaled || (grouped || digits >= 3 || priced) && !named))
            {
                return None;
            }
        }
        let dot = usize::from(self.sym(k + 1) == Some('.') && self.glued(k + 1));
        self.num(k + 1 + dot).is_some().then_some((code, 1 + dot))
    }

    /// A rate or a price's unit at `at`, after an amount: "a litre", "per
    /// unit", "a month", "daily".
    fn priced_at(&self, at: usize) -> bool {
        self.rate_at(at).is_some()
            || matches!(self.word(at), Some("a" | "an" | "per"))
                && self.entry(at + 1).is_some_and(|e| price_unit_of(e).is_some() || e.roles.has(Role::Unit))
    }
}
