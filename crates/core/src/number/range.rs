//! Ranges ("10–15", "between 10 and 15") and vague quantities ("tens of thousands").

use super::date::clock_hour;
use super::*;

impl Parser<'_> {
    /// Vague quantities as ranges, qualified by the words that make them
    /// vague: "tens of thousands of troops" (10,000–100,000, "tens of"),
    /// "hundreds of millions", "dozens of", bare "Dozens were hurt".
    pub(super) fn vague_at(&self, i: usize) -> Option<(Number, usize)> {
        let w = self.word(i)?;
        let (mut lo, mut hi) = vague_value(w)?;
        let mut end = i + 1;
        let of = self.word(end) == Some("of");
        let mut scaled = false;
        // "tens of thousands", "hundreds of millions".
        if of
            && let Some(s) = self.entry(end + 1).and_then(vague_value).filter(|(s, _)| *s >= 1000.0).map(|(s, _)| s)
            && !matches!(w, "dozens" | "scores")
        {
            (lo, hi) = (super::scaled(lo, s), super::scaled(hi, s));
            end += 2;
            scaled = true;
        }
        // "it's in the tens of thousands," "the toll is in the hundreds.":
        // the phrase may end there.
        let ends = self.phrase_ends(end);
        let after_the = i > 0 && self.word(i - 1) == Some("the");
        let bare = !of
            && matches!(w, "dozens" | "hundreds" | "thousands" | "millions")
            && (self.word(end).is_some_and(|n| n != "of") || ends && after_the);
        // "hundreds of thousands without power": no noun counted after it.
        if scaled && (ends || self.word(end) != Some("of")) {
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, Some(lo), None, NumberKind::Approximate);
            n.range = Some([lo, hi]);
            n.approx = Some(format!("{w} of"));
            n.approx_span = Some(Span::new(self.toks[i].span.start, self.toks[i + 1].span.end));
            return Some((n, end));
        }
        if self.word(end) != Some("of") && !bare {
            return None;
        }
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        let mut n = number(span, Some(lo), None, NumberKind::Approximate);
        n.range = Some([lo, hi]);
        n.approx = Some(if bare { w.to_string() } else { format!("{w} of") });
        let q_end = if bare { i } else { i + 1 };
        n.approx_span = Some(Span::new(self.toks[i].span.start, self.toks[q_end].span.end));
        if bare {
            return Some((n, end));
        }
        // What follows "of": money ("tens of millions of dollars") or the counted noun.
        if let Some(w) = self.word(end + 1) {
            if let Some(code) = currency_word(w).filter(|_| w.len() > 3) {
                n.kind = NumberKind::Money;
                n.currency = Some(code.to_string());
                n.unit = Some(code.to_string());
                n.span.end = self.toks[end + 1].span.end;
                end += 2;
            } else if looks_plural(w) && is_noun_candidate(w) {
                n.unit = Some(w.to_string());
                n.span.end = self.toks[end + 1].span.end;
                end += 2;
            }
        }
        Some((n, end))
    }

    /// "several million", "a few billion dollars": a vague count of a
    /// scale, read as a range (several: 3 to 9 of it, a few: 2 to 5) with
    /// the vague word as its qualifier.
    pub(super) fn several_at(&self, i: usize) -> Option<(Number, usize)> {
        let (word, at, [lo, hi]) = match self.word(i)? {
            "several" => ("several", i + 1, [3.0, 9.0]),
            "a" if self.word(i + 1) == Some("few") => ("a few", i + 2, [2.0, 5.0]),
            _ => return None,
        };
        // "several hundred thousand": scales multiply. Not "several
        // billion-dollar companies": that counts companies.
        let (s, mut end) = self.scale_at(at, false).filter(|(s, _)| *s >= 100.0 && self.spaced(at))?;
        if self.sym(end) == Some('-') && self.glued(end) {
            return None;
        }
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        let mut n = number(span, Some(super::scaled(lo, s)), None, NumberKind::Approximate);
        n.range = Some([super::scaled(lo, s), super::scaled(hi, s)]);
        n.approx = Some(word.to_string());
        n.approx_span = Some(Span::new(self.toks[i].span.start, self.toks[at - 1].span.end));
        if let Some(w) = self.word(end) {
            if let Some(code) = currency_word(w).filter(|_| w.len() > 3) {
                n.kind = NumberKind::Money;
                n.currency = Some(code.to_string());
                n.unit = Some(code.to_string());
                n.span.end = self.toks[end].span.end;
                end += 1;
            } else if looks_plural(w) && is_noun_candidate(w) {
                n.unit = Some(w.to_string());
                n.span.end = self.toks[end].span.end;
                end += 1;
            }
        }
        Some((n, end))
    }

    /// A score at the dash at `dash` after `n`: two whole numbers under
    /// 1,000, falling or level ("2-0", "1-1", a game's "110-102", a vote's
    /// "218-214"), or after a word of sport ("won 3-2"). Returns the index
    /// after it.
    fn score_at(&self, n: &Number, i0: usize, dash: usize) -> Option<usize> {
        let low = n.value?;
        let (high, _, hd, false) = self.num(dash + 1)? else { return None };
        let small = |v: f64| v.fract() == 0.0 && (0.0..1000.0).contains(&v);
        // "120-100 basis points", "800-700 B.C.": large figures before a
        // unit are no score; before a preposition or the sentence's end,
        // they are ("passed 218-214 in the House", "won 110-102.").
        let free = low < 100.0 && high < 100.0
            || self.word(dash + 2).is_none()
            || self.plays(dash + 2, Role::Preposition)
            || self.entry(dash + 2).is_some_and(is_score_cue)
            // "a 135-131 overtime victory" (not "120-100 overtime hours").
            || self.word(dash + 2) == Some("overtime") && self.entry(dash + 3).is_some_and(is_score_cue);
        let ok = matches!(self.sym(dash), Some('-' | '–'))
            && self.glued(dash)
            && self.glued(dash + 1)
            && self.toks[dash - 1].span.end == n.span.end
            && n.unit.is_none()
            && small(low)
            && small(high)
            && hd <= 3
            && free
            && (high <= low
                || i0 > 0 && self.entry(i0 - 1).is_some_and(is_score_cue)
                // "The vote was 45-55"
                || i0 > 1
                    && self.plays(i0 - 1, Role::BeForm)
                    && self.entry(i0 - 2).is_some_and(is_score_cue)
                || self.entry(dash + 2).is_some_and(is_score_cue)
                // A team's record: "The Bears (1-6) lost", "Chicago Bears
                // (1-6)"; not "Grades (1-6)" opening a sentence, "in Ages
                // (5-12)".
                || i0 >= 3
                    && self.sym(i0 - 1) == Some('(')
                    && self.sym(dash + 2) == Some(')')
                    && self.word(i0 - 2).is_some_and(|w| w.ends_with('s'))
                    && self.is_capitalized(i0 - 2)
                    && self.word(i0 - 3).is_some_and(|w| w == "The" || w == "the" || self.is_capitalized(i0 - 3)));
        ok.then_some(dash + 2)
    }

    /// "-to-1" glued, or " to 1" before "ratio", "margin", "against", at
    /// `next` after a figure: the index after the other amount.
    fn ratio_at(&self, low: f64, next: usize) -> Option<usize> {
        let glued = self.sym(next) == Some('-')
            && self.glued(next)
            && self.word(next + 1) == Some("to")
            && self.glued(next + 1)
            && self.sym(next + 2) == Some('-')
            && self.glued(next + 2)
            && self.glued(next + 3);
        let spaced = self.word(next) == Some("to")
            && self.spaced(next)
            && (self.plays(next + 2, Role::RatioNoun) || self.word(next + 2) == Some("against"));
        let other = if glued { next + 3 } else { next + 1 };
        let against = |k: usize| self.plays(k, Role::RatioNoun) || self.word(k) == Some("against");
        // "2-to-3 weeks" is a range: glued, it is a ratio before "ratio" or
        // "margin", or against one ("a 3.4-to-1 edge").
        let glued = glued && (against(other + 1) || self.num(other).is_some_and(|n| n.0 == 1.0) && low > 1.0);
        ((glued || spaced) && self.num(other).is_some_and(|n| n.0 > 0.0)).then_some(other + 1)
    }

    /// Extends `n` to a range when one follows; returns the index after it.
    pub(super) fn range(&self, n: &mut Number, i0: usize, next: usize) -> usize {
        let low = match n.value {
            Some(v) => v,
            None => return next,
        };
        // Most numbers are followed by no joiner: decide that before looking back.
        if !matches!(self.sym(next), Some('–' | '—' | '-' | '~'))
            && !matches!(self.word(next), Some("to" | "through" | "thru" | "and" | "or"))
        {
            return next;
        }
        // "between 10 and 15", "between the ages of 25 and 54": up to three words apart.
        let between = i0 > 0 && matches!(self.word(i0 - 1), Some("between" | "from"))
            || (2..=4).any(|back| {
                i0 >= back
                    && self.word(i0 - back) == Some("between")
                    && (i0 - back + 1..i0).all(|k| {
                        self.word(k) == Some("of")
                            || self.entry(k).is_some_and(|e| e.roles.has(Role::AgeCue) || e.roles.has(Role::Determiner))
                    })
            });
        let joiner = match (self.sym(next), self.word(next)) {
            (Some('–' | '—' | '-' | '~'), _) => true,
            (_, Some("to" | "through" | "thru")) => true,
            (_, Some("and")) => between,
            // "four or five buyers", "20 or 30 percent", "three or four
            // days": a bare count, then the other end with what both count or
            // measure (not "2019 or 2020", nor "2 or 3 o'clock").
            // Not "either 10 bln or 10 tln": alternatives, each scaled.
            // Nor "Game 6 or 7", "Windows 10 or 11", "type 1 or 2": names.
            (_, Some("or")) => {
                n.kind == NumberKind::Count
                    && n.unit.is_none()
                    && !core_has_scale(self, i0)
                    && !(i0 > 0
                        && (self.word(i0 - 1) == Some("either")
                            || self.word(i0 - 1).is_some() && self.is_capitalized(i0 - 1) && i0 > 1
                            || self.entry(i0 - 1).is_some_and(|e| e.roles.has(Role::IdentifierCue))
                            || self.plays(i0 - 1, Role::SeriesNoun)))
            }
            _ => false,
        };
        if !joiner || matches!(n.kind, NumberKind::Date | NumberKind::Ordinal) && !between {
            return next;
        }
        // "a 3.4-to-1 ratio", "by a 2-to-1 margin", "3 to 1 against": one
        // amount against another, not a range.
        if let Some(end) = self.ratio_at(low, next) {
            let against = format!("to {}", self.toks[end - 1].span.text(self.text));
            let end = if self.plays(end, Role::RatioNoun) && self.spaced(end) { end + 1 } else { end };
            *n = number(
                Span::new(n.span.start, self.toks[end - 1].span.end),
                Some(low),
                Some(against),
                NumberKind::Ratio,
            );
            return end;
        }
        // "a ratio of 1 to 4": two parts, not a range from one to four.
        if i0 >= 2 && self.word(i0 - 1) == Some("of") && self.plays(i0 - 2, Role::RatioNoun) {
            return next;
        }
        // "fell 3p to 164p", "rose 0.4% to 13176": a change, then a level
        // (decided once the other end is read).
        let by = usize::from(i0 > 0 && self.word(i0 - 1) == Some("by"));
        // "increased their lifespans by 2.5 years to 84.2 years": the verb
        // a few words before "by", over its object (a review of a science
        // release read three such as ranges).
        // "shares were down 64 cents to $160.86" (a review of tech news read
        // a range): after "down" or "up", an amount then a level far above
        // it (not "down 2% to 3%": a range).
        let down_up = self.word(next) == Some("to") && i0 > 0 && self.plays(i0 - 1, Role::ChangeAdverb);
        let change = self.word(next) == Some("to")
            && i0 > by
            && (self.entry(i0 - 1 - by).is_some_and(is_change_verb)

                // (Only an amount with its own unit: "cut costs by 10 to 15
                // percent" is a range of the change.)
                || by == 1
                    && n.unit.is_some()
                    && (i0.saturating_sub(5)..i0 - 2).any(|k| {
                        self.entry(k).is_some_and(is_change_verb) && (k + 1..i0 - 1).all(|m| self.word(m).is_some())
                    }));
        // "rose from 5% to 7%", "fell sharply from 17 to 6 percent": one
        // level, then another — two figures, not a range (a review: the
        // range read the old level as the value).
        let from_change = self.word(next) == Some("to")
            && i0 >= 2
            && self.word(i0 - 1) == Some("from")
            // "going up by £275 from £5,616 to £5,891": over the change's own amount.
            && (i0.saturating_sub(7)..i0 - 1).any(|k| {
                // (Not a participle before its noun: "falling prices from $5
                // to $10 a kilo" is a range of the prices; "raising her
                // premium from $5,000 to $11,000" is a change.)
                let participle = self.word(k).is_some_and(|w| w.ends_with("ing"))
                    && self.entry(k).is_some_and(is_change_verb)
                    && k + 2 != i0
                    && !self.entry(k + 1).is_some_and(|e| e.roles.any(&[Role::Determiner, Role::Possessive]));
                !participle
                    && (self.entry(k).is_some_and(|e| is_change_verb(e) || e.roles.has(Role::LevelChange))
                    || matches!(self.word(k), Some("went" | "gone" | "go" | "goes" | "going")))
                    // In the same clause: not "Prices rose, from 5 to 7 percent depending …".
                    && (k + 1..i0).all(|m| {
                        self.word(m).is_some()
                            || self.num(m).is_some()
                            || self.sym(m).is_some_and(|c| c == '%' || currency_symbol(c).is_some())
                    })
                    && (k + 1..i0).filter(|&m| self.word(m).is_some()).count() <= 3
            });
        // "7-Eleven": a figure and a capitalised number word are a name.
        if self.sym(next) == Some('-')
            && self.glued(next)
            && self.glued(next + 1)
            && self.is_capitalized(next + 1)
            && self.entry(next + 1).is_some_and(|e| word_value(e).is_some())
        {
            *n = number(Span::new(n.span.start, self.toks[next + 1].span.end), None, None, NumberKind::Identifier);
            return next + 2;
        }
        // "a 52-42 percent lead": a poll's split, two shares (a review of
        // election news read an identifier); the second is read next.
        // Only shares of one whole (the two summing to between 50 and 100:
        // not "a 2-1 percent margin") before a lead, an edge or a margin,
        // and not a change ("fell 8-6 percent", "a 10-5% fall", "range from
        // 30-20 percent" are no splits).
        let share_end = if self.sym(next + 2) == Some('%') && self.glued(next + 2) {
            Some(next + 3)
        } else {
            self.percent_at(next + 2).map(|n| next + 2 + n)
        };
        let changed = i0 > 0
            && (self.entry(i0 - 1).is_some_and(|e| is_change_verb(e) || e.roles.has(Role::LevelChange))
                || matches!(self.word(i0 - 1), Some("between" | "from" | "to" | "down" | "up" | "by")));
        // ("a 58 to 42 percent lead", "leading Newsom 31 to 27 percent":
        // with "to" as well, and after a verb of leading — a review of
        // election news.)
        let split = self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1)
            || self.word(next) == Some("to") && self.spaced(next) && self.spaced(next + 1);
        let leading = (i0.saturating_sub(3)..i0).any(|k| {
            matches!(self.word(k), Some("led" | "leads" | "leading" | "trailed" | "trails" | "trailing" | "ahead"))
        });
        if split
            && n.kind == NumberKind::Count
            && n.unit.is_none()
            && !changed
            && self.num(next + 1).is_some_and(|(v, ..)| v < low && (50.0..=100.0).contains(&(low + v)))
            && share_end.is_some_and(|e| self.plays(e, Role::PollNoun) || leading)
        {
            n.kind = NumberKind::Percent;
            n.unit = Some("percent".into());
            return next + 1;
        }
        // "won 2-0", "a 3-1 defeat": a score, not a range.
        if let Some(end) = self.score_at(n, i0, next) {
            *n = number(Span::new(n.span.start, self.toks[end - 1].span.end), None, None, NumberKind::Identifier);
            return end;
        }
        // "2-to-3 weeks": glued both sides of "to" (a ratio was ruled out above).
        let high_start = if self.sym(next) == Some('-')
            && self.glued(next)
            && self.word(next + 1) == Some("to")
            && self.glued(next + 1)
            && self.sym(next + 2) == Some('-')
            && self.glued(next + 2)
            && self.glued(next + 3)
        {
            next + 3
        } else {
            next + 1
        };
        let Some(core) = self.core_at(high_start) else { return next };
        let Some((mut high, end)) = self.complete(core, false) else { return next };
        let Some(hv) = high.value else { return next };
        // Two bare figures are two levels only right after the verb
        // ("murders increased from 161 to 228"), not across a noun
        // ("increased among children from 5 to 11": ages) nor before a time.
        let right_after = i0 >= 3
            && (self.entry(i0 - 2).is_some_and(|e| is_change_verb(e) || e.roles.has(Role::LevelChange))
                || self.word(i0 - 2) == Some("go"));
        let bare_pair = n.unit.is_none() && high.unit.is_none() && n.kind == NumberKind::Count;
        let timed = self.date_at(high_start).is_some_and(|(d, _)| d.kind == NumberKind::Time);
        if from_change
            && !(bare_pair && (!right_after || timed))
            && let Some(level) = first_level(
                n,
                &high,
                core_has_scale(self, i0),
                core_has_scale(self, high_start).then(|| scale_of(self, high_start)),
            )
        {
            *n = level;
            return next;
        }
        // "rise 2 to 3 percent": a bare figure, then one at most twice it
        // with its unit, is a range even after a verb of change (not "rose
        // by 12 to 47 people", nor "rose 1 to 5 percent").
        let near = n.unit.is_none() && n.kind == NumberKind::Count && high.unit.is_some() && hv <= 2.0 * low;
        // After a participle, as after "down" or "up", only a level far above
        // the amount: "after earlier falling $7.83 to $340.65" (not "expect
        // prices rising 3% to 5%", "losing $1,000 to $2,000 per acre").
        let participle = by == 0 && i0 > 0 && self.word(i0 - 1).is_some_and(|w| w.ends_with("ing"));
        if change && (by > 0 || !participle && !near) || (down_up || change && participle) && hv > 4.0 * low {
            return next;
        }
        // "15-17 October", "from 15 to 17 October": days of a month before
        // it, no count (a review of local news; the low day is made a date
        // with the high one's month after, in `days_before_dates`).
        // (Not a count's or an age's range before a month that is a word
        // too: "Teams of 4-6 March through the city", "aged 5 to 11 March",
        // "5-6 June bugs" — a regression hunt: after such a month, only an
        // end, a year or a list.)
        let month_after = high_start + 1;
        let month_word = self.word(month_after).unwrap_or("");
        let plain_month = !matches!(month_word, "march" | "may" | "june" | "april" | "august")
            || self.toks.get(month_after + 1).is_none()
            || matches!(self.sym(month_after + 1), Some('.' | ',' | ';' | ':' | ')' | '!' | '?'))
            || self.num(month_after + 1).is_some()
            || matches!(self.word(month_after + 1), Some("and" | "or"));
        let counted_before = i0 > 0 && matches!(self.word(i0 - 1), Some("of" | "aged" | "ages" | "age" | "chapters"));
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && n.value.is_some_and(|v| v.fract() == 0.0 && (1.0..31.0).contains(&v))
            && self.date_at(high_start).is_some_and(|(d, _)| d.kind == NumberKind::Date && d.value.is_none())
            && self.toks[high_start].span.text(self.text).bytes().all(|b| b.is_ascii_digit())
            && hv > low
            && plain_month
            && !counted_before
        {
            return next;
        }
        // "between one and two o'clock", "1 or 2 p.m.": times, no count. The
        // low end is the same half of the day as the high one when it comes
        // before it ("one or two p.m." 13:00); "11 to 1 p.m." says nothing
        // of the 11's half: a time, its hour unknown.
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && let Some((time, end)) = self.date_at(high_start).filter(|(d, _)| d.kind == NumberKind::Time)
        {
            let high_hour = time.date.as_deref().and_then(|d| d.get(..2)?.parse::<u32>().ok());
            let low_hour = (low.fract() == 0.0 && (1.0..=12.0).contains(&low)).then_some(low as u32);
            let pm = (high_start + 1..end).find_map(|k| self.meridiem(k).filter(|(_, e)| *e == end)).map(|(ap, _)| ap);
            n.kind = NumberKind::Time;
            n.value = None;
            n.date = match (low_hour, high_hour, pm) {
                (Some(l), Some(h), Some(ap)) if l <= (h + 11) % 12 + 1 => Some(format!("{:02}:00", clock_hour(l, ap))),
                (Some(l), Some(_), None) => Some(format!("{l:02}:00")),
                _ => None,
            };
            return next;
        }
        // "$3-4 million", "$20-25 billion a year": the low end's currency is the high end's too.
        if n.kind == NumberKind::Money
            && high.currency.is_none()
            && matches!(high.kind, NumberKind::Count | NumberKind::Rate)
            && high.unit.as_deref().is_none_or(|u| u.starts_with("per "))
            && let Some(code) = n.currency.clone()
        {
            high.unit = Some(match high.unit.as_deref() {
                Some(per) => format!("{code} {per}"),
                None => code.clone(),
            });
            high.currency = Some(code);
            high.kind = NumberKind::Money;
        }
        let or = self.word(next) == Some("or");
        if hv < low
            // "at 2 or 3 o'clock": a time, not a count.
            || or
                && (hv == low
                    || !(high.kind.is_physical()
                        || matches!(
                            high.kind,
                            NumberKind::Count
                                | NumberKind::Percent
                                | NumberKind::Money
                                | NumberKind::Duration
                                | NumberKind::Age
                        ))
                    || self.date_at(next + 1).is_some())
            || (high.kind != n.kind && n.unit.is_some() && high.unit.is_some())
            // "fell 0.4 per cent to 13176": a level, not the top of a range.
            || (n.unit.is_some() && high.unit.is_none())
            || high.kind == NumberKind::Identifier
        {
            return next;
        }
        // "2010-2015" is a range of years; "1000-5000" of counts; "in 2010 to win" neither.
        if n.kind == NumberKind::Year
            && !between
            && !(high.kind == NumberKind::Year || high.kind == NumberKind::Count && self.sym(next).is_some())
        {
            return next;
        }
        if n.kind == NumberKind::Year && high.kind != NumberKind::Year {
            n.kind = NumberKind::Count;
        }
        // A scale or unit after the second number belongs to both: "10 to 15 million",
        // "between $3 and $4 million" (not "5k-20k", nor "from 500 to 1 million").
        let money = n.kind == NumberKind::Money && high.kind == NumberKind::Money && n.currency == high.currency;
        // "one or two hundred", "one to two dozen", "one to two hundred
        // thousand": a low end of one spelled word takes the high end's
        // scale (not "ten to two hundred").
        let spelled_scale = || {
            let (lc, hc) = (self.core_at(i0)?, self.core_at(high_start)?);
            if lc.digits || lc.next != lc.first + 1 || hc.digits || hc.next < hc.first + 2 {
                return None;
            }
            let first = word_value(self.entry(hc.first)?)?;
            let scaled = (hc.first + 1..hc.next)
                .all(|k| self.entry(k).is_some_and(|e| scale_value(e).is_some()) || self.word(k) == Some("dozen"));
            (scaled && low < first && hv / first >= 12.0).then_some(hv / first)
        };
        let factor = if let Some(f) = spelled_scale().filter(|_| n.unit.is_none() || money) {
            f
        } else if (n.unit.is_none() || money)
            && high.value.is_some()
            && core_has_scale(self, high_start)
            && !core_has_scale(self, i0)
            && low * scale_of(self, high_start) <= hv
        {
            scale_of(self, high_start)
        } else {
            1.0
        };
        let low = super::scaled(low, factor);
        n.value = Some(low);
        n.range = Some([low, hv]);
        if money && high.unit.as_deref().is_some_and(|u| u.contains(" per ")) {
            // "$20-25 billion a year": the rate is both ends'.
            n.unit = high.unit;
        } else if n.unit.is_none() {
            n.unit = high.unit;
            n.kind =
                if high.kind == NumberKind::Year && n.kind == NumberKind::Count { NumberKind::Year } else { high.kind };
            n.currency = n.currency.take().or(high.currency);
        }
        n.span.end = high.span.end;
        end
    }
}

/// "from `first` to `second`" after a verb of change: the first level when
/// the two are two levels, `None` when they read as one range. Each level
/// whole ("from 5% to 7%", "from $10 billion to $30 billion"), a bare figure
/// before a percent ("from 17 to 6 percent": the first takes the unit), or
/// before a scaled second that keeps the levels within ten times of each
/// other ("rose from $1.2 to $1.5 billion", "fell from £3.1 to £2.8
/// million"; "rose from 900 to 1 million" is no 900 million): two levels. A
/// bare figure before a bare figure ("increased from 161 to 228"): two
/// levels too. A bare figure before a counted noun ("from 2,000 to 7,000
/// steps"), years and times stay a range.
fn first_level(first: &Number, second: &Number, first_scaled: bool, second_scale: Option<f64>) -> Option<Number> {
    let whole = |m: &Number| m.unit.is_some() && !matches!(m.kind, NumberKind::Time | NumberKind::Year);
    if whole(first) && whole(second) && first_scaled == second_scale.is_some() {
        return Some(first.clone());
    }
    let bare = first.kind == NumberKind::Count && first.unit.is_none();
    let (low, high) = (first.value?, second.value?);
    let value = match second_scale {
        None if bare && second.kind == NumberKind::Percent && !first_scaled => low,
        // "murders increased from 161 to 228": two bare counts (a review of real news).
        None if bare && second.kind == NumberKind::Count && second.unit.is_none() && !first_scaled => low,
        Some(s)
            if !first_scaled
                && whole(second)
                && (first.unit == second.unit || bare)
                && (high / 10.0..=high * 10.0).contains(&super::scaled(low, s)) =>
        {
            super::scaled(low, s)
        }
        _ => return None,
    };
    let mut level = first.clone();
    level.kind = second.kind;
    level.unit.clone_from(&second.unit);
    level.currency.clone_from(&second.currency);
    level.value = Some(value);
    Some(level)
}

pub(super) fn core_has_scale(p: &Parser<'_>, i: usize) -> bool {
    trailing_scale(p, i).is_some()
}

pub(super) fn scale_of(p: &Parser<'_>, i: usize) -> f64 {
    trailing_scale(p, i).unwrap_or(1.0)
}

/// The scale that ends the value at `i`: after it ("10 million", "$5bn"), or
/// its last word when spelled ("twelve billion").
fn trailing_scale(p: &Parser<'_>, i: usize) -> Option<f64> {
    let c = p.core_at(i)?;
    if let Some((s, _)) = p.scale_at(c.next, c.currency.is_some()) {
        return Some(s);
    }
    (!c.digits && c.next > c.first + 1)
        .then(|| p.entry(c.next - 1).and_then(scale_value))
        .flatten()
        .filter(|s| *s >= 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A figure as the reader gives it to `first_level`: its value, kind,
    /// unit and currency.
    fn figure(value: f64, kind: NumberKind, unit: Option<&str>, currency: Option<&str>) -> Number {
        Number {
            span: Span::new(0, 1),
            value: Some(value),
            unit: unit.map(str::to_string),
            kind,
            approx: None,
            approx_span: None,
            range: None,
            currency: currency.map(str::to_string),
            date: None,
        }
    }

    #[test]
    fn from_one_level_to_another_or_one_range() {
        use NumberKind::{Count, Money, Percent, Time, Year};
        let pct = |v| figure(v, Percent, Some("percent"), None);
        let usd = |v| figure(v, Money, Some("USD"), Some("USD"));
        let bare = |v| figure(v, Count, None, None);
        let steps = |v| figure(v, Count, Some("steps"), None);
        // (the words, first, second, first scaled, second's scale) → the first level's value and kind
        type Case = (&'static str, Number, Number, bool, Option<f64>, Option<(f64, NumberKind)>);
        let cases: Vec<Case> = vec![
            ("from 5% to 7%", pct(5.0), pct(7.0), false, None, Some((5.0, Percent))),
            ("from $10 billion to $30 billion", usd(10e9), usd(30e9), true, Some(1e9), Some((10e9, Money))),
            ("from 17 to 6 percent", bare(17.0), pct(6.0), false, None, Some((17.0, Percent))),
            ("from $1.2 to $1.5 billion", usd(1.2), usd(1.5e9), false, Some(1e9), Some((1.2e9, Money))),
            ("from 900 to 1 million", bare(900.0), bare(1e6), false, Some(1e6), None),
            ("increased from 161 to 228", bare(161.0), bare(228.0), false, None, Some((161.0, Count))),
            ("from 2,000 to 7,000 steps", bare(2000.0), steps(7000.0), false, None, None),
            (
                "from 2019 to 2023",
                figure(2019.0, Year, None, None),
                figure(2023.0, Year, None, None),
                false,
                None,
                None,
            ),
            ("from 9am to 5pm", figure(9.0, Time, None, None), figure(17.0, Time, None, None), false, None, None),
            ("from $90 to $1 billion", usd(90.0), usd(1e9), false, Some(1e9), None),
        ];
        for (words, first, second, first_scaled, scale, want) in cases {
            let got = first_level(&first, &second, first_scaled, scale).map(|n| (n.value.unwrap_or(f64::NAN), n.kind));
            assert_eq!(got, want, "{words}");
        }
    }
}
