//! What follows a value: scale, percent, currency, unit, counted noun, rate.

use super::*;

/// How many tokens before "N pounds" a word of money may stand.
const MONEY_WORDS_BACK: usize = 6;

impl Parser<'_> {
    /// Whether "pounds" at `at`, after the number from `i0`, are sterling:
    /// "pounds sterling", a sum in brackets after them ("3.2 billion pounds
    /// ($4.3 billion)"), or a word of money a few words before ("a charge of
    /// 400 million pounds") — never "pounds of" something, a weight.
    fn sterling(&self, i0: usize, at: usize) -> bool {
        // (With its apostrophe only: "30 pounds worth of cannabis" is a
        // weight in American stories.)
        // "a million pounds' worth of seized cocaine" (a review of
        // Liverpool news read a weight).
        let worth = |k: usize| self.word(k) == Some("worth");
        if self.word(at + 1) == Some("sterling")
            || self.sym(at + 1).is_some_and(|c| matches!(c, '\'' | '’')) && worth(at + 2)
        {
            return true;
        }
        if self.word(at + 1) == Some("of") {
            return false;
        }
        // "($4.3 billion)", "(about $4.3 billion)", "(US$4.3 billion)".
        let symbol_at = |k: usize| self.sym(k).and_then(currency_symbol).is_some();
        // "(some 220 U.S. dollars)", "(about 6,500 euros)": a sum converted
        // in the brackets after it.
        let converted = self.sym(at + 1) == Some('(')
            && (at + 2..at + 9).take_while(|&k| self.sym(k) != Some(')')).any(|k| {
                symbol_at(k)
                    || self.word(k).is_some_and(|w| w.len() > 3) && self.entry(k).and_then(currency_word).is_some()
            });
        // A word of money in the same clause: not across a comma ("The
        // tuna, worth $3 million, weighed 612 pounds").
        let money_word = (i0.saturating_sub(MONEY_WORDS_BACK)..i0)
            .rev()
            .take_while(|&k| !matches!(self.sym(k), Some(',' | ';' | ':' | '(' | ')')))
            .any(|k| self.entry(k).is_some_and(|e| e.roles.has(Role::MoneyCue)));
        converted || money_word
    }

    /// Adds scale, unit, counted noun, rate and range to a core value.
    /// `with_range` is false for the high end of a range, so a chain such as
    /// "1-2-3-…" is read in one step, never recursively.
    pub(super) fn complete(&self, core: Core, with_range: bool) -> Option<(Number, usize)> {
        let i0 = core.first;
        let mut next = core.next;
        let mut value = core.value;
        let mut kind = core.kind;
        let mut currency = core.currency.map(str::to_string);
        let mut unit: Option<String> = None;
        let mut scaled = false;
        // "40+ years": a floor ("1+1" is a sum).
        // Not a model's name: "iPhone 6+".
        let named = i0 > 0
            && self.toks[i0 - 1].span.text(self.text).chars().any(char::is_uppercase)
            && self.entry(i0 - 1).is_some_and(|e| {
                !e.roles.any(&[
                    Role::Qualifier,
                    Role::Preposition,
                    Role::Determiner,
                    Role::NotName,
                    Role::SentenceOpener,
                ])
            });
        let plus = (core.digits
            && !named
            && self.sym(next) == Some('+')
            && self.glued(next)
            && self.toks.get(next + 1).is_none_or(|t| t.space))
        .then(|| self.toks[next].span);
        if plus.is_some() {
            next += 1;
        }
        // "$16-something a pound", "40-odd years", "30-plus": a little more
        // than the figure, or about it (the lexicon's `approx-suffix`).
        let suffix = (plus.is_none() && self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1))
            .then(|| self.entry(next + 1).and_then(|e| e.value(Role::ApproxSuffix)))
            .flatten()
            .map(|q| (q, Span::new(self.toks[next].span.start, self.toks[next + 1].span.end)));
        if suffix.is_some() {
            next += 2;
        }

        // "two and a half", "5 and a quarter" (then "million" scales it all).
        if core.kind == NumberKind::Count
            && value.is_some_and(|v| v.fract() == 0.0)
            && self.entry(next - 1).and_then(scale_value).is_none()
            && self.word(next) == Some("and")
            && matches!(self.word(next + 1), Some("a" | "an" | "one"))
            && let Some((den, false)) = self.denominator_at(next + 2)
        {
            value = value.map(|v| v + 1.0 / den);
            next += 3;
        }
        // Hyphened: "four-and-a-half years", "a five-and-a-half inch blade"
        // (a review of court news read 4 and 5).
        let hyphen = |k: usize| self.sym(k) == Some('-') && self.glued(k) && self.glued(k + 1);
        if core.kind == NumberKind::Count
            && value.is_some_and(|v| v.fract() == 0.0)
            && hyphen(next)
            && self.word(next + 1) == Some("and")
            && hyphen(next + 2)
            && matches!(self.word(next + 3), Some("a" | "an" | "one"))
            && hyphen(next + 4)
            && let Some((den, false)) = self.denominator_at(next + 5)
        {
            value = value.map(|v| v + 1.0 / den);
            next += 6;
        }
        // "one in five", "3 out of 10": a ratio.
        let mut ratio = false;
        if core.kind == NumberKind::Count
            && let Some(n) = value.filter(|v| v.fract() == 0.0 && *v >= 1.0)
        {
            // ("1 out of every 5 hospitals", "a 1-in-3 chance": a review of
            // health and science news read two counts.)
            let every = |k: usize| if self.word(k) == Some("every") { k + 1 } else { k };
            let hyphened = |k: usize| self.sym(k) == Some('-') && self.glued(k) && self.glued(k + 1);
            let k = match (self.word(next), self.word(next + 1)) {
                (Some("in"), _) => Some(every(next + 1)),
                (Some("out"), Some("of")) => Some(every(next + 2)),
                _ if hyphened(next) && self.word(next + 1) == Some("in") && hyphened(next + 2) => Some(next + 3),
                _ => None,
            };
            if let Some(k) = k
                && let Some(d) =
                    self.core_at(k).filter(|d| d.kind == NumberKind::Count && d.currency.is_none() && !d.year_like)
                && let Some(dv) = d.value.filter(|dv| *dv > n && dv.fract() == 0.0)
                && self.entry(d.next).and_then(unit_of).is_none()
                && self.scale_at(d.next, false).is_none()
            {
                value = Some(n / dv);
                kind = NumberKind::Fraction;
                next = d.next;
                ratio = true;
            }
        }
        // Scale: "1.2 million", "$5bn", "3.5 billion", "2.33 k"; hyphened
        // as some papers write it, "$4.1-billion".
        let hyphened = (self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1))
            .then(|| self.entry(next + 1).and_then(scale_value))
            .flatten()
            .map(|s| (s, next + 2));
        if let Some((s, end)) = hyphened.or_else(|| self.scale_at(next, core.currency.is_some())).filter(|_| !ratio) {
            value = value.map(|v| super::scaled(v, s));
            next = end;
            scaled = true;
        }
        // "3 million and a half": half a million more.
        let last_scale = if scaled { self.scale_at(next - 1, false).map(|(s, _)| s) } else { None };
        let last_scale = last_scale.or_else(|| {
            (core.kind == NumberKind::Count && !core.digits && !scaled)
                .then(|| self.entry(next - 1).and_then(scale_value))
                .flatten()
                .filter(|s| *s >= 1000.0)
        });
        // "two million and three fifths"; "one billion and a half million" is
        // half a million more (a smaller scale after the fraction).
        if let Some(s) = last_scale
            && let Some((f, end)) = self.fraction_after_and(next, false)
        {
            match self.entry(end).and_then(scale_value).filter(|s2| (1000.0..s).contains(s2)) {
                Some(s2) => {
                    value = value.map(|v| v + f * s2);
                    next = end + 1;
                }
                None => {
                    value = value.map(|v| v + f * s);
                    next = end;
                }
            }
        }
        // "one to two hours", "between one and three years": "one" at a
        // range's low end, which it must then be (see below).
        let mut one_low = false;
        if !core.digits && value == Some(1.0) && !scaled {
            // "one" stands for a number only before a unit: "one year", not
            // "one of", "one side", "a neutral one".
            // "one-yen": a hyphen, then a unit or currency.
            let hyphen = self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1);
            one_low = with_range
                && !hyphen
                && matches!(self.word(next), Some("to" | "or" | "and"))
                && self.core_at(next + 1).is_some_and(|c| !c.digits);
            let w = if hyphen { self.word(next + 1)? } else { self.word(next)? };
            // "only one per cent of leaders", "one percent": a share (a
            // review of education news missed a survey's headline figure).
            let percent = self.percent_at(if hyphen { next + 1 } else { next }).is_some();
            if unit_of(w).is_none() && currency_word(w).is_none() && !one_low && !percent {
                return None;
            }
            // "And then one day it …", "Cuba one day again would be free",
            // "One day, he …": some day, not a length of time — that is "in
            // one day", "sentenced to one day in prison", "one day a week",
            // "one day later", "a one-day strike".
            if w == "day" && !hyphen {
                let after = next + 1;
                let some_day = i0 > 0 && self.plays(i0 - 1, Role::SomeDayLead)
                    || self.sym(after).is_some_and(|c| matches!(c, ',' | '?' | '!'))
                    || self.plays(after, Role::SomeDayTail)
                    || (i0 == 0 || self.sym(i0 - 1).is_some_and(|c| matches!(c, '.' | '"' | '“')))
                        && self.plays(after, Role::SomeDaySubject);
                let measured = i0 > 0 && self.plays(i0 - 1, Role::MeasurePreposition);
                if some_day && !measured {
                    return None;
                }
            }
        }

        // Feet and inches: 6'2", 6′2″.
        if core.digits
            && !scaled
            && self.sym(next).is_some_and(|c| matches!(c, '\'' | '′' | '’'))
            && self.glued(next)
            && let Some((inches, _, _, _)) = self.num(next + 1).filter(|n| n.0 < 12.0)
            && self.glued(next + 1)
            && self.sym(next + 2).is_some_and(|c| matches!(c, '"' | '″' | '”'))
            && self.glued(next + 2)
        {
            value = value.map(|v| v + inches / 12.0);
            unit = Some("ft".into());
            kind = NumberKind::Distance;
            next += 3;
        }
        // Pence: "164p", "50 pence" ("1080p" is a video resolution).
        let resolution = value.is_some_and(is_video_resolution);
        let pence = |w: &str| {
            (w == "p" && self.glued(next) && !self.word(next + 1).is_some_and(|_| self.glued(next + 1)) && !resolution)
                || w == "pence"
        };
        // Percent.
        if unit.is_some() {
        } else if self.word(next).is_some_and(pence) && core.digits && currency.is_none() && !scaled {
            value = value.map(|v| v / 100.0);
            currency = Some("GBP".into());
            next += 1;
        } else if self.sym(next) == Some('-')
            && self.glued(next)
            && self.glued(next + 1)
            && self.percent_at(next + 1) == Some(1)
        {
            // "a 4-percent recovery"
            next += 2;
            kind = NumberKind::Percent;
            unit = Some("percent".into());
        } else if self.sym(next) == Some('-')
            && self.glued(next)
            && self.word(next + 1) == Some("basis")
            && self.sym(next + 2) == Some('-')
            && matches!(self.word(next + 3), Some("point" | "points"))
        {
            // "a 25-basis-point cut"
            next += 4;
            kind = NumberKind::Percent;
            unit = Some("basis points".into());
        } else if self.sym(next) == Some('%') {
            next += 1;
            kind = NumberKind::Percent;
            unit = Some("percent".into());
        } else if let Some(w) = self.word(next) {
            // "7pc", "3.5pc": glued, as Irish and British papers write it
            // ("5 pc" spaced may be computers).
            // Spaced before a change it is one too: "a 5 pc increase in
            // council tax" (a review of Manchester news).
            let change_after = self.entry(next + 1).is_some_and(|e| e.roles.any(&[Role::Comparison, Role::ChangeVerb]));
            let pc = w == "pc" && self.toks[next].span.text(self.text) == "pc" && (self.glued(next) || change_after);
            if self.percent_at(next) == Some(1) || pc && currency.is_none() {
                next += 1;
                kind = NumberKind::Percent;
                unit = Some("percent".into());
                if matches!(self.word(next), Some("points" | "point")) {
                    unit = Some("percentage points".into());
                    next += 1;
                }
            } else if self.percent_at(next) == Some(2) {
                next += 2;
                kind = NumberKind::Percent;
                unit = Some("percent".into());
            } else if w == "percentage" && matches!(self.word(next + 1), Some("points" | "point")) {
                next += 2;
                kind = NumberKind::Percent;
                unit = Some("percentage points".into());
            } else if w == "basis" && matches!(self.word(next + 1), Some("points" | "point"))
                || matches!(w, "bps" | "bp")
            {
                // "25 basis points", "9 bps": hundredths of a percentage point.
                next += if w == "basis" { 2 } else { 1 };
                kind = NumberKind::Percent;
                unit = Some("basis points".into());
            } else if matches!(w, "pound" | "pounds") && currency.is_none() && self.sterling(i0, next) {
                next += 1 + usize::from(self.word(next + 1) == Some("sterling"));
                kind = NumberKind::Money;
                currency = Some("GBP".into());
            } else if w == "won"
                && currency.is_none()
                && self.letters.contains(&"KRW")
                && next > 0
                && (self.entry(next - 1).and_then(scale_value).is_some()
                    || self.toks[next - 1].span.text(self.text).contains(','))
                // (Not the verb: "2 million won the lottery", "1,200 won spots";
                // but "won a year" is money.)
                && !self.won_the_verb(next)
            {
                // "150 billion won", "50,000 won" in a Korean story (a review
                // of Korean news read them as counts); not "in 2019 won".
                next += 1;
                kind = NumberKind::Money;
                currency = Some("KRW".into());
            } else if let Some(code) = currency_word(self.toks[next].entry).filter(|_| {
                let written = self.toks[next].span.text(self.text);
                currency.is_none() && !self.is_capitalized(next)
                    || w.len() > 3
                    || currency.is_none() && written.len() == 3 && written.chars().all(|c| c.is_ascii_uppercase())
            }) {
                next += 1;
                kind = NumberKind::Money;
                currency = Some(code.into());
                // "50 cents"
                if matches!(w, "cent" | "cents") {
                    value = value.map(|v| v / 100.0);
                } else if let Some((cents, end)) = self.cents_at(next, code) {
                    // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
                    value = value.map(|v| v + cents);
                    next = end;
                }
            } else if currency.is_none()
                && w == "u"
                && self.sym(next + 1) == Some('.')
                && self.word(next + 2) == Some("s")
                && self.sym(next + 3) == Some('.')
                && (next + 1..next + 4).all(|k| self.glued(k))
                && self.entry(next + 4).and_then(currency_word) == Some("USD")
            {
                // "220 U.S. dollars", "1.5 billion U.S. dollars", "5 U.S. cents".
                if matches!(self.word(next + 4), Some("cent" | "cents")) {
                    value = value.map(|v| v / 100.0);
                }
                next += 5;
                kind = NumberKind::Money;
                currency = Some("USD".into());
            } else if let Some(code) = currency_nation(self.toks[next].entry).filter(|_| currency.is_none())
                && self.entry(next + 1).and_then(currency_word).is_some()
            {
                // "10 swiss francs", "125 million australian dollars", "64 US
                // cents" (a hundredth: a regression hunt read 64 dollars).
                if matches!(self.word(next + 1), Some("cent" | "cents")) {
                    value = value.map(|v| v / 100.0);
                }
                next += 2;
                kind = NumberKind::Money;
                currency = Some(code.into());
            }
        } else if let Some(code) =
            // "1 $10 bill": that sign is the next sum's.
            self.sym(next).and_then(currency_symbol).filter(|_| {
                currency.is_none() && core.digits && !(self.num(next + 1).is_some() && self.glued(next + 1))
            })
        {
            // "10 €", "100₾": the sign after the number.
            next += 1;
            kind = NumberKind::Money;
            currency = Some(code.into());
        }
        // "$100 Australian", "$5 Canadian dollars": that nation's dollar.
        if currency.as_deref() == Some("USD")
            && self.text[core.start..].starts_with('$')
            && self.is_capitalized(next)
            && let Some(code) = self.entry(next).and_then(currency_nation).filter(|c| c.ends_with('D') && *c != "USD")
            // Not an adjective before a noun: "a $12 billion Australian LNG
            // project", "the $300 billion Singapore state investor".
            && match self.word(next + 1) {
                None => true,
                Some(w) => matches!(w, "dollar" | "dollars") || crate::lexicon::is(w, Role::NotNoun),
            }
        {
            currency = Some(code.into());
            next += 1 + usize::from(matches!(self.word(next + 1), Some("dollar" | "dollars")));
        }
        if currency.is_some() {
            kind = NumberKind::Money;
            unit = currency.clone();
            // "$5 billion in aid": nothing more to take.
        }

        // Money as an adjective: "a 12-cent-a-share dividend", "its one-yen bid"
        // (an ISO code is no adjective: "5-USD").
        if currency.is_none()
            && unit.is_none()
            && kind == NumberKind::Count
            && !scaled
            && self.sym(next) == Some('-')
            && self.glued(next)
            && self.glued(next + 1)
            && let Some(w) = self.word(next + 1)
            && let Some(code) = currency_word(self.toks[next + 1].entry).filter(|c| !c.eq_ignore_ascii_case(w))
        {
            if matches!(w, "cent" | "cents") {
                value = value.map(|v| v / 100.0);
            }
            kind = NumberKind::Money;
            currency = Some(code.into());
            unit = currency.clone();
            next += 2;
        }

        // Hyphenated compounds: "30-day", "10-year-old", "200-mile".
        let mut compound = false;
        if unit.is_none()
            && self.sym(next) == Some('-')
            && self.glued(next)
            && self.glued(next + 1)
            // ("a 10-point lead", "a 16-point victory": a margin; not "a
            // three-point shot".)
            && let Some((u, k)) = self.entry(next + 1).and_then(|e| {
                unit_of(e).or_else(|| {
                    // (Not a compound's first word: "a five-point gain-sharing plan".)
                    hyphen_unit_of(e).filter(|(u, _)| match *u {
                        "points" => {
                            self.plays(next + 2, Role::MarginNoun)
                                && !(self.sym(next + 3) == Some('-') && self.glued(next + 3))
                        }
                        // "the seven-time champion", "a five-time Major
                        // winner": times, of someone (not "a one-time ally",
                        // "a three-time zone flight").
                        "times" if self.word(next + 1) == Some("time") => {
                            let named = (next + 2..next + 5).take_while(|&k| self.is_capitalized(k)).count();
                            value.is_some_and(|v| v >= 2.0) && named <= 2 && self.plays(next + 2 + named, Role::PersonNoun)
                        }
                        _ => true,
                    })
                })
            })
        {
            unit = Some(u.into());
            kind = k;
            next += 2;
            compound = true;
            // "a 50-year-old", "the 34-year-old's house", "five-year-olds",
            // "a seven-month-old daughter" (a review of real news read the
            // last three as durations).
            if matches!(u, "years" | "months" | "weeks" | "days")
                && self.sym(next) == Some('-')
                && self.glued(next + 1)
                && self.word(next + 1).is_some_and(|w| crate::lexicon::is(w, Role::AgeWord))
            {
                kind = NumberKind::Age;
                next += 2;
            }
            // "a 6-foot-2 guard": feet and inches, a height.
            let inches = (u == "ft" && self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1))
                .then(|| self.num(next + 1))
                .flatten()
                .filter(|&(v, grouped, digits, _)| !grouped && digits <= 2 && v.fract() == 0.0 && v < 12.0);
            if let Some((v, ..)) = inches {
                value = value.map(|feet| feet + v / 12.0);
                next += 2;
            }
        }

        // "93 year-old": an age; "four century-old schooners": the unit
        // belongs to a compound adjective, not to the number.
        // (A unit glued to the number is its own: "a 20m-long wall".)
        let unit_compound = !compound
            && !self.glued(next)
            && self.entry(next).and_then(unit_of).is_some()
            && self.sym(next + 1) == Some('-')
            && self.glued(next + 1)
            && self.word(next + 2).is_some_and(|_| self.glued(next + 2));
        if unit_compound && unit.is_none() {
            let first = self.entry(next).and_then(unit_of);
            let power = first.filter(|&(_, k)| k == NumberKind::Power);
            if first.is_some_and(|(u, _)| u == "years") && self.word(next + 2) == Some("old") {
                unit = Some("years".into());
                kind = NumberKind::Age;
                next += 3;
            } else if let Some((u, _)) = power
                && matches!(self.word(next + 2), Some("hour" | "hours"))
            {
                // "500 terawatt-hours": a power for hours is an energy.
                unit = Some(format!("{u}h"));
                kind = NumberKind::Energy;
                next += 3;
            }
            compound = true;
        }
        // Temperatures: "40°C", "40 °F", "40 degrees Celsius", "40 deg C".
        if unit.is_none() {
            let degrees = if self.sym(next) == Some('°')
                || matches!(self.word(next), Some("degree" | "degrees" | "deg")) && !scaled
            {
                // "50 deg." is no sentence end.
                Some(next + 1 + usize::from(self.word(next) == Some("deg") && self.sym(next + 1) == Some('.')))
            } else if self
                .word(next)
                .and_then(temperature_scale)
                .is_some_and(|_| self.word(next).is_some_and(|w| w.len() > 1))
            {
                // "90 fahrenheit", "20.3 celsius"
                Some(next)
            } else if core.digits
                && !scaled
                && self.glued(next)
                && self.toks.get(next).is_some_and(|t| t.span.text(self.text) == "c")
                && value.is_some_and(|v| (-10.0..10.0).contains(&v))
                && (self.plays(next + 1, Role::CelsiusNext)
                    || self.word(next + 1) == Some("of") && self.word(next + 2) == Some("warming"))
                // (Not a label's: "Flat 4c warmer", "Year 9c colder rooms".)
                && !(i0 > 0 && self.is_capitalized(i0 - 1))
                && (i0.saturating_sub(40)..(next + 40).min(self.toks.len()))
                    .any(|k| self.plays(k, Role::TemperatureCue) || (self.plays(k, Role::CelsiusNext) && k != next + 1))
            {
                // "The planet was 1.48c hotter", "the 1.5c temperature
                // target", "1.5c of warming": the Guardian's Celsius, by the
                // word right after it, small, in a passage of temperatures
                // (a review of climate news read eight as counts; not "5c a
                // litre in the heatwave", "50c warmer coats": cents).
                unit = Some("C".into());
                kind = NumberKind::Temperature;
                next += 1;
                None
            } else if core.digits
                && !scaled
                && self.glued(next)
                && matches!(self.toks.get(next).map(|t| t.span.text(self.text)), Some("C" | "F"))
                && !self.toks.get(next + 1).is_some_and(|t| !t.space && !matches!(t.tok, Tok::Sym(_)))
                && value.is_some_and(|v| (-90.0..=150.0).contains(&v))
                && (i0.saturating_sub(12)..(next + 12).min(self.toks.len()))
                    .any(|k| self.plays(k, Role::TemperatureCue))
            {
                // "temperatures hit 40C", "highs of 104F", "-5C overnight": a
                // capital C or F glued to the figure, as British and American
                // news write temperatures — near a word of temperature (not
                // the "13F filing", "14.7C/ per security").
                unit = self.entry(next).and_then(temperature_scale).map(str::to_string);
                kind = NumberKind::Temperature;
                next += 1;
                None
            } else {
                None
            };
            if let Some(after) = degrees {
                // A lone "c" or "f" right after "degrees" or "°".
                let scale = self.entry(after).and_then(temperature_scale).filter(|_| {
                    let w = self.word(after).unwrap_or("");
                    w.len() > 1 || after > next
                });
                unit = Some(scale.unwrap_or("degrees").into());
                kind = NumberKind::Temperature;
                next = if scale.is_some() { after + 1 } else { after };
            }
        }
        // Measures and durations: "200 miles", "2,400 square kilometers", "24 hours", "2.5 metric tons".
        if unit.is_none() && !compound {
            if self.word(next) == Some("metric") && self.entry(next + 1).and_then(unit_of).is_some() {
                next += 1;
            }
            // "two more years", "three additional months": more of a unit
            // is still that unit (put back below if no unit is taken).
            let more = self.plays(next, Role::Additional)
                && self.spaced(next + 1)
                && self.word(next + 1).is_some_and(|w| w.len() > 1)
                && self.entry(next + 1).and_then(unit_of).is_some();
            if more {
                next += 1;
            }
            let (w, k) = (self.word(next), next);
            if matches!(w, Some("cubic"))
                && let Some((u, _)) =
                    self.entry(k + 1).and_then(unit_of).filter(|(_, kind)| *kind == NumberKind::Distance)
            {
                unit = Some(format!("{u}3"));
                kind = NumberKind::Volume;
                next += 2;
            } else if matches!(w, Some("square" | "sq"))
                // ("the 160,000 square-kilometer basin", a review of climate news.)
                && let hyphen = usize::from(self.sym(k + 1) == Some('-') && self.glued(k + 1) && self.glued(k + 2))
                && let Some((u, _)) =
                    self.entry(k + 1 + hyphen).and_then(unit_of).filter(|(_, kind)| *kind == NumberKind::Distance)
            {
                unit = Some(format!("{u}2"));
                kind = NumberKind::Area;
                next += 2 + hyphen;
            } else if let Some((u, uk)) = w.and_then(|w| {
                // A single letter counts glued ("5g"), or spaced when it is "m": "a 2 m wall".
                // Not "5 m people" (millions), "m212" (a name), "scp-173 m" (a name's number).
                let named = i0 > 1 && self.sym(i0 - 1) == Some('-') && self.glued(i0) && self.glued(i0 - 1);
                let spaced_m = w == "m"
                    && self.toks[k].span.text(self.text) == "m"
                    && !self.glued(k + 1)
                    && !self.word(k + 1).is_some_and(looks_plural)
                    && !named;
                // ("9 t/ha": tonnes a hectare.)
                let spaced_t = w == "t" && self.sym(k + 1) == Some('/') && self.glued(k + 1);
                unit_of(self.toks[k].entry).filter(|_| w.len() > 1 || self.glued(k) || spaced_m || spaced_t)
            }) {
                // "km²"
                let sq = (matches!(self.sym(k + 1), Some('²')) || matches!(self.num(k + 1), Some((2.0, ..))))
                    && self.glued(k + 1)
                    && uk == NumberKind::Distance;
                // A lone "t" is not tonnes, "2 second" is no duration, and
                // "in" is inches only when glued ("5in").
                // ("9 t/ha" is: a yield's rate follows.)
                let lone_t = uk == NumberKind::Weight
                    && w == Some("t")
                    && !self.glued(k)
                    && !(self.sym(k + 1) == Some('/') && self.glued(k + 1));
                let singular_second = w == Some("second") && value != Some(1.0);
                let spaced_in = w == Some("in") && !self.glued(k);
                if lone_t {
                } else if sq {
                    unit = Some(format!("{u}2"));
                    kind = NumberKind::Area;
                    next += 2;
                } else if !singular_second && !spaced_in {
                    unit = Some(u.into());
                    kind = uk;
                    next += 1;
                    // "50 kilowatt hours": a power for hours is an energy
                    // (spelled out: "lost 3 GW hours after the storm" is
                    // power, and time).
                    let hyphen = usize::from(self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1));
                    let spelled = w.is_some_and(|w| w.len() > 3);
                    if uk == NumberKind::Power && spelled && matches!(self.word(next + hyphen), Some("hour" | "hours"))
                    {
                        unit = Some(format!("{u}h"));
                        kind = NumberKind::Energy;
                        next += hyphen + 1;
                    }
                    // "5 ft 3 in"
                    let and = usize::from(self.word(next) == Some("and"));
                    if u == "ft"
                        && let Some((inches, ..)) = self
                            .num(next + and)
                            .or_else(|| self.entry(next + and).and_then(word_value).map(|v| (v, false, 0, false)))
                        && self.word(next + and + 1).is_some_and(|w| matches!(w, "in" | "inch" | "inches"))
                    {
                        value = value.map(|v| v + inches / 12.0);
                        next += and + 2;
                    }
                }
            }
            if more && unit.is_none() {
                next -= 1;
            }
        }

        let mut span_end = self.toks[next - 1].span.end;

        // The counted noun: "50,000 troops", "13,897 missiles and drones",
        // "1.2 million [military] casualties".
        if unit.is_none()
            && (kind == NumberKind::Count || ratio)
            && !compound
            && let Some((noun, end_tok, in_span)) = self.counted_noun(next, value)
        {
            // "18 wonderful years", "31 consecutive months": a unit after an
            // adjective is still a unit (not after a noun: "4.2 light years",
            // "50 kilowatt hours", "1,000 man hours").
            let adjective = self.word(next).is_some_and(looks_adjective);
            match unit_of(noun.as_str()).filter(|_| !in_span && !ratio && adjective) {
                Some((u, k)) => {
                    unit = Some(u.into());
                    kind = k;
                }
                None => unit = Some(noun),
            }
            if in_span {
                span_end = self.toks[end_tok - 1].span.end;
                next = end_tok;
            }
        }

        // "12GB", "4GHz", "60FPS": letters glued after the digits, with a
        // capital, are a unit we have no kind for; the number counts them
        // (and takes no noun from the sentence before).
        if unit.is_none()
            && kind == NumberKind::Count
            && !compound
            && core.digits
            && !scaled
            && self.glued(next)
            && let Some(w) = self.word(next)
            && !self.toks.get(next + 1).is_some_and(|t| !t.space && !matches!(t.tok, Tok::Sym(_)))
        {
            let written = self.toks[next].span.text(self.text);
            // (And a watt's or a volt's one letter: "125W fast charging", "12V".)
            if (2..=4).contains(&written.chars().count()) && written.chars().any(char::is_uppercase) && w.is_ascii()
                || matches!(written, "W" | "V")
                    && !(self.sym(next + 1) == Some('-') && self.glued(next + 1))
                    && value.is_some_and(|v| v >= 5.0 || v.fract() != 0.0)
            {
                unit = Some(written.to_string());
                span_end = self.toks[next].span.end;
                next += 1;
            }
        }

        // A four-digit plain number with nothing counted is a year; so is
        // one after a preposition of time ("back to 2013 attempts").
        let time_word = |k: usize| self.plays(k, Role::TimePreposition);
        // ("In Q2 2024 sales rose": after a company's quarter, as
        // `period_at` read it, its year; not "In Q3 1500 jobs were cut".)
        let after_quarter = i0 >= 1
            && value.is_some_and(|v| (1950.0..=2100.0).contains(&v))
            && self.spaced(i0)
            && self.out.last().is_some_and(|p| {
                p.kind == NumberKind::Ordinal
                    && matches!(p.unit.as_deref(), Some("quarter" | "half"))
                    && p.span.end == self.toks[i0 - 1].span.end
            });
        let after_time_word = i0 > 0 && time_word(i0 - 1) || after_quarter;
        // "more than 1500 were killed": a comparison counts; "around 2010",
        // "until at least 2030" stay years.
        // "approximately 1700 skilled shipbuilding jobs": after any
        // qualifier, a plural noun a word or two on, with only modifiers
        // between, is what it counts (a review of defence news read a year).
        let counted_later = (core.next + 1..core.next + 3).any(|k| {
            self.word(k).is_some_and(|w| looks_plural(w) && is_noun_candidate(w))
                && (core.next..=k).all(|m| {
                    self.spaced(m)
                        && !self.is_capitalized(m)
                        && self.word(m).is_some_and(is_noun_candidate)
                        && self.word(m).is_some_and(|w| {
                            w.ends_with("ed") || w.ends_with("ing") || !crate::lexicon::is_verb_like(w)
                        })
                })
        });
        let compared = self.qualifier_before(i0).is_some_and(|(s, q)| {
            !(matches!(q.as_slice(), [w] if crate::lexicon::is(w, Role::LooseQualifier)) || s > 0 && time_word(s - 1))
                || counted_later
        });
        // "1800 x 1920" is a size, not two years.
        let times = |k: usize| self.word(k) == Some("x") || self.sym(k) == Some('×');
        let size = times(next) && self.num(next + 1).is_some()
            || i0 > 0 && times(i0 - 1) && self.num(i0.wrapping_sub(2)).is_some();
        // "the 2016 elections", "Russia’s 2014 sanctions", "its 1990 rules":
        // a year that names its events, not a count of them ("some 2000
        // troops" counts; so does a unit of measure, "the 2000 miles").
        let named_by_year = kind == NumberKind::Count
            && unit.is_some()
            && value.is_some_and(|v| (1900.0..=2100.0).contains(&v))
            && self.spaced(core.next)
            && i0 > 0
            && (matches!(self.word(i0 - 1), Some("the" | "this" | "that" | "these" | "those"))
                || self.plays(i0 - 1, Role::Possessive)
                || ["’s", "'s"].iter().any(|p| self.text[..self.toks[i0].span.start].trim_end().ends_with(p))
                // "at early-2017 levels", "mid-2020 prices": a part of a
                // year (a review of airline news counted 2017 levels).
                || i0 >= 2
                    && self.sym(i0 - 1) == Some('-')
                    && self.glued(i0 - 1)
                    && self.glued(i0)
                    && matches!(self.word(i0 - 2), Some("early" | "mid" | "late"))
                    // (Not a round price: "gold at early-1900 levels".)
                    && value.is_some_and(|v| v % 100.0 != 0.0));
        // "as 2017 progresses", "as 2024 draws to a close": the year goes on
        // (a review of housing news counted progresses). Not "as many as
        // 2000 troops".
        let year_goes_on = kind == NumberKind::Count
            && unit.is_some()
            && i0 > 0
            && self.word(i0 - 1) == Some("as")
            && (i0 < 2 || !matches!(self.word(i0 - 2), Some("many" | "much" | "few" | "little" | "as")))
            // (A year of this century, with a verb of a year going on: "as
            // 2000 nears", "as 1950 continues to act as support" are a
            // price's levels, a regression hunt.)
            && value.is_some_and(|v| (2000.0..=2100.0).contains(&v))
            && self.word(core.next).is_some_and(|w| matches!(w, "progresses" | "unfolds" | "wears" | "begins" | "ends"))
            && self.word(core.next + 1).is_none_or(|w| w != "up");
        if core.year_like
            && !scaled
            && !size
            && !compared
            && (unit.is_none() || (after_time_word && !self.glued(i0)) || named_by_year || year_goes_on)
        {
            if unit.is_some() {
                // The noun was not counted: undo it.
                unit = None;
                span_end = self.toks[core.next - 1].span.end;
                next = core.next;
            }
            kind = NumberKind::Year;
        }

        // "2,000 daily flights", "300 million weekly users": how often
        // stands between the figure and what it counts, "flights per day".
        // ("250,000 hourly workers", "200 weekly newspapers", "12 monthly
        // payments" are kinds: a count of them. Nor is a name a rate: "Two
        // Daily Mail journalists".)
        let periodic = kind == NumberKind::Count
            && self.entry(next).and_then(adverb_period).is_some()
            && self.spaced(next + 1)
            && self.word(next + 1).is_some();
        // ("five monthly price rises": a kind after its modifier, a review of
        // housing news.)
        let kind_of = periodic
            && (self.plays(next + 1, Role::Periodical)
                || self.is_capitalized(next)
                // (Not the sentence's verb: "The 20,000 daily quota rises
                // to 25,000", "Her 300 monthly rent rises in April", a
                // regression hunt.)
                || self.spaced(next + 2)
                    && self.plays(next + 2, Role::Periodical)
                    && self.word(next + 1).is_some_and(|w| !looks_plural(w) && is_noun_candidate(w))
                    && !(i0 > 0 && self.entry(i0 - 1).is_some_and(|e| e.roles.any(&[Role::Determiner, Role::Possessive])))
                    && !matches!(self.word(next + 3), Some("to" | "by")));
        if periodic && unit.is_none() && !self.is_capitalized(next) {
            unit = self.word(next + 1).filter(|w| looks_plural(w) && is_noun_candidate(w)).map(str::to_string);
        }
        // Rates: "38 per day", "157 daily", "1,500 casualties a day".
        if !kind_of
            && (matches!(
                kind,
                NumberKind::Count
                    | NumberKind::Money
                    | NumberKind::Distance
                    | NumberKind::Weight
                    | NumberKind::Volume
                    | NumberKind::Energy
            ) || (kind == NumberKind::Percent))
            && let Some((period, end)) = self.rate_at(next).or_else(|| {
                // "$16.99 a pound", "$5 per share": a price.
                let price = kind == NumberKind::Money && matches!(self.word(next), Some("a" | "an" | "per"));
                // (Not "$400 an acre-foot": the compound is the unit.)
                let compound = self.sym(next + 2) == Some('-') && self.glued(next + 2);
                // "50 cents per diluted share": a word of how it is counted between.
                let how = usize::from(self.plays(next + 1, Role::PriceUnitModifier));
                (price && !compound)
                    .then(|| self.entry(next + 1 + how).and_then(price_unit_of).map(|u| (u, next + 2 + how)))
                    .flatten()
            })
        {
            let base = unit.clone();
            unit = Some(match base.as_deref() {
                // "188 miles an hour", "90 km per hour": a speed.
                Some("miles") if period == "hour" => "mph".into(),
                Some("km") if period == "hour" => "km/h".into(),
                Some(b) => format!("{b} per {period}"),
                None => format!("per {period}"),
            });
            // ("260 kWh a month": a rate, as a count's is.)
            if matches!(kind, NumberKind::Count | NumberKind::Energy) {
                kind = NumberKind::Rate;
            } else if kind == NumberKind::Distance && period == "hour" {
                kind = NumberKind::Speed;
            }
            span_end = self.toks[end - 1].span.end;
            next = end;
        } else if matches!(kind, NumberKind::Count | NumberKind::Money)
            && !scaled
            && let Some((base, end)) = self.per_population(next)
        {
            // "162.1 per 100,000 people": one rate, not two counts.
            let of = unit.as_deref().map_or(String::new(), |u| format!("{u} "));
            unit = Some(format!("{of}per {base}"));
            if kind == NumberKind::Count {
                kind = NumberKind::Rate;
            }
            span_end = self.toks[end - 1].span.end;
            next = end;
        }
        // A bare whole figure that may be someone's age (the last three
        // readings below).
        let age_like = unit.is_none()
            && kind == NumberKind::Count
            && core.digits
            && !scaled
            && value.is_some_and(|v| v.fract() == 0.0 && (1.0..=115.0).contains(&v));
        // Ages: "five years old", "3 years of age", "87 yo", "a 90 day old bill".
        if kind == NumberKind::Duration
            && matches!(unit.as_deref(), Some("years" | "months" | "weeks" | "days"))
            && !compound
        {
            let end = match (self.word(next), self.word(next + 1)) {
                (Some(w), _) if crate::lexicon::is(w, Role::AgeWord) => Some(next + 1),
                (Some("of"), Some("age")) => Some(next + 2),
                _ => None,
            };
            if let Some(end) = end {
                kind = NumberKind::Age;
                span_end = self.toks[end - 1].span.end;
                next = end;
            }
        } else if unit.is_none() && kind == NumberKind::Count && self.word(next) == Some("yo") {
            unit = Some("years".into());
            kind = NumberKind::Age;
            span_end = self.toks[next].span.end;
            next += 1;
        } else if age_like && self.age_in_brackets(i0, next) {
            // "Kevin McFall (19), from Moyard Parade": an age in brackets
            // after a first and a last name, as Irish and Northern Irish
            // court reports write it (a review of them read 18 as counts).
            unit = Some("years".into());
            kind = NumberKind::Age;
        } else if age_like
            && i0 >= 2
            && self.word(i0 - 1) == Some("at")
            && self.plays(i0 - 2, Role::DiedAt)
            && (self.word(next).is_none()
                || matches!(self.word(next), Some("after" | "in" | "on" | "of" | "following")))
        {
            // "Julius Chambers … dies at 76" (a review of obituaries read
            // their headlines' ages as counts).
            unit = Some("years".into());
            kind = NumberKind::Age;
        } else if age_like
            && let k = if i0 >= 1 && self.word(i0 - 1) == Some("now") { i0 - 1 } else { i0 }
            && (self.names_with_ages(k, next)
                || self.sym(next) == Some(',')
                // "…, 21, was …", not a tally ("Labour, 21, Conservatives, 14").
                && self.toks.get(next + 1).is_some_and(|t| matches!(t.tok, Tok::Word(_)))
                // ("Mohamad Saiful Bukhari Azlan, 23, Anwar’s former aide":
                // a possessive opens a description.)
                && (!self.is_capitalized(next + 1) || crate::chars::is_possessive(self.toks[next + 1].span.text(self.text)))
                // "… said Ama Mensah, 19.": at a sentence's end, after a
                // first and a last name, or a name the reporting verb
                // before it makes one ("said Mensah, 19.").
                || self.sym(next) == Some('.')
                    && self.toks.get(next + 1).is_none_or(|t| t.space)
                    && k >= 3
                    && self.word(k - 3).is_some()
                    && (self.is_capitalized(k - 3)
                        && self.entry(k - 3).is_some_and(|e| !e.roles.any(&[Role::Month, Role::Weekday, Role::NotName]))
                        || self.entry(k - 3).is_some_and(|e| e.roles.has(Role::Reporting))))
            && k >= 2
            && self.sym(k - 1) == Some(',')
            && self.glued(k - 1)
            && self.name_ends_at(k - 2)
            && self.entry(k - 2).is_some_and(|e| !e.roles.any(&[Role::Month, Role::Weekday, Role::NotName]))
        {
            // "Eloise Parry, 21, was …": an age between commas after a name
            // (not "Nov, 29, 2016" nor "However, 21, …"); "Bikash Gurung, now
            // 36, had told", "Wong Wai-keung, 61, a former executive" (a
            // review of Asian news read both as counts).
            unit = Some("years".into());
            kind = NumberKind::Age;
        }

        let mut n = number(Span::new(core.start, span_end), value, unit, kind);
        n.currency = currency;
        // Ranges: "10–15", "10 to 15", "between 10 and 15".
        let next = if with_range { self.range(&mut n, i0, next) } else { next };
        if one_low && n.range.is_none() {
            return None;
        }
        // "aged 18 to 24", "between the ages of 25 and 54", "until age 5":
        // a bare whole number (or range) after an age word is an age.
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && !scaled
            && [n.value, n.range.map(|r| r[1])].iter().flatten().all(|v| v.fract() == 0.0 && (0.0..=125.0).contains(v))
            // "the age of 12 of the victims": a count of them.
            && self.word(next) != Some("of")
            && (self.age_cue_before(i0)
                || self.life_stage_before(i0)
                // Not "who is 6-10": a height.
                || n.range.is_none() && self.person_is(i0, next))
        {
            n.unit = Some("years".into());
            n.kind = NumberKind::Age;
        }
        self.qualify(&mut n, i0);
        if let Some(at) = plus.filter(|_| n.approx.is_none()) {
            n.approx = Some("or more".into());
            n.approx_span = Some(at);
        }
        if let Some((q, at)) = suffix.filter(|_| n.approx.is_none()) {
            n.approx = Some(q.into());
            n.approx_span = Some(at);
        }
        // Trailing qualifier: "two weeks or so", "35 seconds or fewer", "15
        // percent or less" (a review of real news missed the last two).
        // (Not "$5 or less than a coffee", "10 or over 20 points": a
        // comparison or a second figure follows.)
        if let (Some(or), Some(w)) = (self.word(next), self.word(next + 1))
            && n.approx.is_none()
            && crate::lexicon::is_entry(&format!("{or} {w}"), Role::TrailingQualifier)
            && self.word(next + 2) != Some("than")
            // ("3 or older children": older children.)
            && !(crate::lexicon::is(w, Role::AgeBound) && self.word(next + 2).is_some_and(|w| is_noun_candidate(w) && looks_plural(w)))
            && !(self.num(next + 2).is_some() && crate::lexicon::is(w, Role::Preposition))
            // "and under", "and up": only where the phrase ends ("children 12
            // and under are free"; not "12 and under his care", "$5 billion
            // and up to $10 billion").
            && (or != "and"
                || crate::lexicon::is(w, Role::AgeBound)
                || self.word(next + 2).is_none_or(|x| crate::lexicon::roles(x).any(&[Role::BeForm, Role::Auxiliary])))
        {
            n.approx = Some(format!("{or} {w}"));
            n.approx_span = Some(Span::new(self.toks[next].span.start, self.toks[next + 1].span.end));
            // "five people were 75 or older", "adults 65 or older": an age
            // (not "3 or older children", "version 3 or older").
            let of_someone = i0 > 0
                && self
                    .entry(i0 - 1)
                    .is_some_and(|e| e.roles.any(&[Role::BeForm, Role::AgeCue, Role::GroupHead, Role::PluralNoun]));
            if crate::lexicon::is(w, Role::AgeBound)
                && of_someone
                && n.range.is_none()
                && n.value.is_some_and(|v| v.fract() == 0.0 && (0.0..=125.0).contains(&v))
                && matches!(n.kind, NumberKind::Count | NumberKind::Duration)
            {
                n.kind = NumberKind::Age;
                n.unit = Some("years".into());
            }
        }
        if n.value.is_some_and(|v| !v.is_finite()) {
            n.value = None;
        }
        if n.range.is_some_and(|r| r.iter().any(|v| !v.is_finite())) {
            n.range = None;
        }
        Some((n, next))
    }

    /// An age word just before token `i`, over up to two prepositions ("aged
    /// 18", "the ages of 25", "aged between 18"; not "the average age of the
    /// 100"). A capitalised one after another capital names an era: "the Ice
    /// Age 20,000 years ago".
    /// "since she was 11", "when he turned 40", "until they were 5": a
    /// person's being or turning a bare number, in a clause of time, is
    /// their age (not "since it was 11", nor "when he was 5 points behind":
    /// a counted noun makes a count).
    fn life_stage_before(&self, i: usize) -> bool {
        let person = |k: usize| {
            self.entry(k).is_some_and(|e| e.roles.has(Role::Pronoun) && !e.roles.has(Role::ObjectPronoun))
                && self.word(k) != Some("it")
        };
        i >= 3
            && matches!(self.word(i - 1), Some("was" | "is" | "were" | "turned" | "turns"))
            && person(i - 2)
            && self.entry(i - 3).is_some_and(|e| e.roles.any(&[Role::Subordinator, Role::Preposition]))
    }

    /// "Smith, who is 67, retired", "She is 34 and lives in Leeds", "He was
    /// 12 when …": a person being a bare number, and nothing after it but
    /// the clause's end, is their age (not "who was 5 points behind", "she
    /// is 10 for 12", nor "it is 11"). One person: "“We were 30 and …”" and
    /// "The Yankees, who are 12," count.
    fn person_is(&self, i: usize, next: usize) -> bool {
        let ends = self.toks.get(next).is_none_or(|t| match &t.tok {
            // Not "they were 3 and 0": a record.
            Tok::Word(_) => {
                matches!(self.word(next), Some("and" | "when" | "but"))
                    && !self.toks.get(next + 1).is_some_and(|t| matches!(t.tok, Tok::Num { .. }))
            }
            _ => matches!(self.sym(next), Some(',' | '.' | ';' | ')' | ':')),
        });
        let pronoun = |k: usize| {
            matches!(self.word(k), Some("he" | "she" | "i"))
                // At a clause's start: "She is 34", "…; he was 17", "worked
                // until she was 88" (a review of obituaries read a count).
                && (k == 0
                    || self.word(k - 1).is_none()
                    || self.word(k - 1) == Some("and")
                    || self.plays(k - 1, Role::ClauseOpener))
        };
        // "my daughter Gwen, she's 23, is home": "is" contracted.
        let contracted = |k: usize| {
            matches!(self.word(k), Some("he's" | "she's" | "he’s" | "she’s" | "i'm" | "i’m"))
                && (k == 0 || self.word(k - 1).is_none() || self.word(k - 1) == Some("and"))
        };
        // "His grandmother is turning 100 next month", "He turned 40 last
        // month": someone who turns a whole number, where the phrase ends or
        // a time follows, reaches an age (a review of obituaries read
        // counts). Someone: a pronoun, a person's noun or a relation ("The
        // clock turned 12", "into turn 4" are no ages; a regression hunt).
        let subject = i.checked_sub(2).map(|s| {
            if matches!(self.word(s), Some("is" | "was" | "will" | "just")) { s.saturating_sub(1) } else { s }
        });
        let someone = subject.is_some_and(|s| {
            matches!(self.word(s), Some("he" | "she" | "i" | "who"))
                || self.plays(s, Role::PersonNoun)
                || self.plays(s, Role::Relation)
        });
        let turning = i >= 2
            && matches!(self.word(i - 1), Some("turned" | "turns" | "turning"))
            && someone
            && (ends
                || matches!(
                    self.word(next),
                    Some("next" | "last" | "this" | "today" | "tomorrow" | "yesterday" | "earlier" | "later" | "soon")
                ));
        turning
            || ends
                && (i >= 2
                    && matches!(self.word(i - 1), Some("is" | "was" | "am" | "turned" | "turns"))
                    && (self.word(i - 2) == Some("who") && i >= 3 && self.sym(i - 3) == Some(',') || pronoun(i - 2))
                    || i >= 1 && contracted(i - 1))
    }

    /// "Kevin McFall (19)", "Garda Aoife Moore (27)": the figure at `i`
    /// (ending before `next`) alone in brackets right after a person's
    /// first and last name, in a court or crime report (not "The Bears
    /// (1-6)", "Grades (6)", "Route 66 (1926)"; in sport "Harry Kane (23)"
    /// is a minute or a shirt).
    fn age_in_brackets(&self, i: usize, next: usize) -> bool {
        let name_word = |k: usize| {
            self.word(k).is_some()
                && self.is_capitalized(k)
                && self.entry(k).is_some_and(|e| {
                    !e.roles.any(&[Role::Month, Role::Weekday, Role::NotName, Role::OrgHead, Role::NamedUnit])
                })
        };
        self.court
            && i >= 3
            && self.sym(i - 1) == Some('(')
            && self.glued(i)
            && self.sym(next) == Some(')')
            && self.glued(next)
            && self.spaced(i - 1)
            && name_word(i - 2)
            && name_word(i - 3)
            && self.spaced(i - 2)
    }

    /// Whether "won" at `k` is the verb: before an object — a determiner, a
    /// possessive or a pronoun ("won the lottery", "won him second place";
    /// not "won a year"), or a plural noun ("won spots", "won votes").
    fn won_the_verb(&self, k: usize) -> bool {
        let Some(e) = self.entry(k + 1).filter(|_| self.word(k + 1).is_some()) else { return false };
        let period = self.word(k + 2).is_some_and(|w| period_of(w).is_some());
        let object = e.roles.any(&[Role::Determiner, Role::Possessive, Role::ObjectPronoun]) && !period;
        let plural = self
            .word(k + 1)
            .is_some_and(|w| looks_plural(w) && is_noun_candidate(w) && !crate::lexicon::is(w, Role::Preposition));
        object || plural
    }

    /// "four suspects, Emeka Akwara, 19, David Segun, 21, and Saturday Oke,
    /// 40 - were arrested": a list of names, each with its age after a
    /// comma (a review of Nigerian crime news read them as counts of
    /// suspects). The figure at `k` (ending before `next`) is followed by
    /// another name and its age, or follows an age read just before with
    /// names only between.
    fn names_with_ages(&self, k: usize, next: usize) -> bool {
        let name = |j: usize| {
            self.word(j).is_some()
                && self.is_capitalized(j)
                && !self.entry(j).is_some_and(|e| e.roles.any(&[Role::Month, Role::NotName]))
        };
        let age = |j: usize| {
            self.num(j).is_some_and(|(v, grouped, digits, decimal)| {
                !grouped && !decimal && digits <= 3 && (1.0..=115.0).contains(&v)
            })
        };
        // A name (one to four words, after "and") and its age come next.
        let another = matches!(self.sym(next), Some(',' | ';')) && {
            let mut j = next + 1;
            if self.word(j) == Some("and") {
                j += 1;
            }
            let first = j;
            while j < first + 4 && name(j) {
                j += 1;
            }
            j > first + 1 && self.sym(j) == Some(',') && age(j + 1) && self.sym(j + 2).is_some()
        };
        // Each a person's first and last name: not a tally of parties or
        // teams ("Labour, 21, Conservatives, 14").
        let named = k >= 4 && name(k - 3) && self.spaced(k - 2);
        // Or an age was read just before, with names only between.
        let after_another = self.out.last().is_some_and(|p| {
            p.kind == NumberKind::Age
                && k >= 1
                && self.text.get(p.span.end..self.toks[k - 1].span.start).is_some_and(|gap| {
                    let words: Vec<&str> = gap
                        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                        .filter(|w| !w.is_empty())
                        .collect();
                    gap.len() <= 60
                        && (gap.trim_start().starts_with([',', ';']) || words.first() == Some(&"and"))
                        && (2..=5).contains(&words.len())
                        && words.iter().enumerate().all(|(x, w)| {
                            x == 0 && *w == "and" || w.starts_with(char::is_uppercase) && !w.contains(['.', '!', '?'])
                        })
                })
        });
        // (Only in a court or crime report: a sport report's lists are
        // ratings, minutes and shirts; a regression hunt.)
        self.court && age(k) && named && (another || after_another)
    }

    /// Whether token `k` ends a name: capitalised, or the lower-case part of
    /// a hyphenated given name ("Wai-keung").
    fn name_ends_at(&self, k: usize) -> bool {
        self.is_capitalized(k)
            || k >= 2
                && self.sym(k - 1) == Some('-')
                && self.glued(k - 1)
                && self.glued(k)
                && self.word(k - 2).is_some()
                && self.is_capitalized(k - 2)
    }

    fn age_cue_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..3 {
            let Some(prev) = k.checked_sub(1) else { return false };
            k = prev;
            let Some(e) = self.entry(k).filter(|_| self.word(k).is_some()) else { return false };
            if e.roles.has(Role::AgeCue) {
                return !self.is_capitalized(k) || k == 0 || !self.is_capitalized(k - 1);
            }
            if !e.roles.has(Role::Preposition) || self.word(k) == Some("and") {
                return false;
            }
        }
        false
    }

    /// The counted noun after a number: (noun, index after it, whether the
    /// noun is adjacent and so part of the span).
    pub(super) fn counted_noun(&self, at: usize, value: Option<f64>) -> Option<(String, usize, bool)> {
        if !self.spaced(at) {
            return None;
        }
        let w1 = self.word(at)?;
        let plural_ok = |w: &str| looks_plural(w) || value == Some(1.0);
        let w2 = self.word(at + 1).filter(|_| self.spaced(at + 1));
        // A capitalised word counts only as a plural ("21 Christians") or as
        // a modifier before one: an acronym or a nationality ("eight PSVR
        // games", "three Russian cosmonauts"), not a name ("4 Pro games").
        let written = self.toks[at].span.text(self.text);
        let modifier = written.len() > 1 && written.chars().all(|c| c.is_uppercase())
            || ["an", "ese", "ish", "i"].iter().any(|s| w1.ends_with(s));
        let capitalized_ok = !self.is_capitalized(at)
            || looks_plural(w1) && !self.word(at + 1).is_some_and(|_| self.is_capitalized(at + 1))
            || modifier && w2.is_some_and(|w2| looks_plural(w2) && !self.is_capitalized(at + 1));
        // "a 2019 Times investigation": a newspaper, not how often.
        if !is_noun_candidate(w1) || !capitalized_ok || (w1 == "times" && self.is_capitalized(at)) {
            return None;
        }
        // "three police officers": a plural without an "s" before a plural
        // noun modifies it (a review of crime news counted "police").
        let collective = crate::lexicon::is(w1, Role::CollectiveModifier);
        if let Some(w2) = w2
            && (!plural_ok(w1) || self.is_capitalized(at) || collective && w2.ends_with('s'))
            && plural_ok(w2)
            && is_noun_candidate(w2)
            && (looks_adjective(w1) || !looks_plural(w1) || self.is_capitalized(at) || collective)
            && !self.is_capitalized(at + 1)
        {
            // A modifier stands between: the noun is the unit, the span stops.
            return Some((w2.to_string(), at, false));
        }
        // "20 suspected dengue patients": two modifiers, then the noun (a
        // review of health news carried "deaths" from the sentence before).
        if !plural_ok(w1)
            && let Some(w2) = w2.filter(|w| !looks_plural(w) && is_noun_candidate(w) && !self.is_capitalized(at + 1))
            && (looks_adjective(w1) || w1.ends_with("ed"))
            && !crate::lexicon::is_verb_like(w2)
            && let Some(w3) = self
                .word(at + 2)
                .filter(|w| looks_plural(w) && is_noun_candidate(w) && !w.ends_with("ed") && self.spaced(at + 2))
            && !self.is_capitalized(at + 2)
        {
            return Some((w3.to_string(), at, false));
        }
        if !plural_ok(w1) {
            return None;
        }
        // "missiles and drones"
        if matches!(w2, Some("and" | "or"))
            && let Some(w3) = self.word(at + 2).filter(|w| looks_plural(w) && is_noun_candidate(w))
            // "troops and seeks a …": a verb, not a second noun.
            && !matches!(self.word(at + 3), Some("a" | "an" | "the" | "his" | "her" | "their" | "its" | "to" | "that"))
        {
            return Some((format!("{w1} {} {w3}", w2.unwrap_or("and")), at + 3, true));
        }
        Some((w1.to_string(), at + 1, true))
    }

    /// The cents after a sum in whole units: "50 cents" of "3 dollars 50
    /// cents", "and forty-five cents"; their value in units and the end.
    fn cents_at(&self, at: usize, code: &str) -> Option<(f64, usize)> {
        let k = at + usize::from(self.word(at) == Some("and"));
        let core = self.core_at(k).filter(|c| c.kind == NumberKind::Count && c.currency.is_none())?;
        let v = core.value.filter(|v| (1.0..100.0).contains(v) && v.fract() == 0.0)?;
        let w = self.word(core.next)?;
        (matches!(w, "cent" | "cents") && currency_word(self.toks[core.next].entry) == Some(code))
            .then_some((v / 100.0, core.next + 1))
    }

    /// "per 100,000 people", "per 1,000 live births", "per million" at
    /// `at`: the base of a rate, as written, and where it ends.
    fn per_population(&self, at: usize) -> Option<(String, usize)> {
        if self.word(at) != Some("per") {
            return None;
        }
        let (base_end, rest) = match self.toks.get(at + 1)?.tok {
            // A round base: 100, 1,000, 100,000, 1 million.
            Tok::Num { value, decimal: false, .. } if value >= 1.0 && (value.log10().fract() == 0.0) => {
                let end = if self.word(at + 2).and_then(scale_value).is_some() { at + 3 } else { at + 2 };
                (end, end)
            }
            Tok::Word(_) if self.word(at + 1).and_then(scale_value).is_some_and(|v| v >= 1e3) => (at + 2, at + 2),
            _ => return None,
        };
        // The counted noun, with up to one modifier: "people", "live births".
        let noun = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !self.entry(k).is_some_and(|e| {
                        e.roles.any(&[
                            Role::Preposition,
                            Role::NotNoun,
                            Role::Determiner,
                            Role::FunctionWord,
                            Role::Verb,
                        ])
                    })
            })
        };
        let end = if noun(rest) && noun(rest + 1) && self.word(rest + 1).is_some_and(|w| w.ends_with('s')) {
            rest + 2
        } else if noun(rest) {
            rest + 1
        } else {
            base_end
        };
        let from = self.toks[at + 1].span.start;
        Some((self.text[from..self.toks[end - 1].span.end].to_string(), end))
    }

    /// A share's word at `k` and how many words it takes: "percent",
    /// "pct" (1), "per cent" (2).
    pub(super) fn percent_at(&self, k: usize) -> Option<usize> {
        match self.word(k)? {
            "percent" | "pct" => Some(1),
            "per" if self.word(k + 1) == Some("cent") => Some(2),
            _ => None,
        }
    }

    /// "per day", "a day", "each month", "daily" at `at`.
    pub(super) fn rate_at(&self, at: usize) -> Option<(&'static str, usize)> {
        // "$7/month"
        if self.sym(at) == Some('/') && self.glued(at) {
            // "193km/h": an hour's letter after a slash; "£109/t", "€3.75/kg",
            // "10t/ha": a price's or a yield's unit (a review of farm news).
            let p = match self.word(at + 1) {
                Some("h") if self.glued(at + 1) => "hour",
                _ => self.entry(at + 1).and_then(|e| period_of(e).or_else(|| price_unit_of(e)))?,
            };
            return Some((p, at + 2));
        }
        // "$119-a-year"
        if self.sym(at) == Some('-')
            && self.glued(at)
            && self.word(at + 1) == Some("a")
            && self.sym(at + 2) == Some('-')
            && self.glued(at + 3)
            && let Some(p) = self.entry(at + 3).and_then(period_of)
        {
            return Some((p, at + 4));
        }
        let w = self.word(at)?;
        if let Some(p) = adverb_period(self.toks[at].entry) {
            return Some((p, at + 1));
        }
        if crate::lexicon::is(w, Role::RateOpener) {
            let p = self.entry(at + 1).and_then(period_of)?;
            if w != "per" && matches!(p, "capita" | "person") {
                return None;
            }
            // "$1.17 billion a year earlier": when, not how often.
            if w != "per" && self.entry(at + 2).is_some_and(|e| e.roles.has(Role::TimeRelative)) {
                return None;
            }
            return Some((p, at + 2));
        }
        None
    }
}
