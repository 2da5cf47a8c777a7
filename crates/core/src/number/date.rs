//! Dates and clock times: "Aug. 15", "15 August 2024", "2024-08-15", "10:29 AM", "the 1990s".

use super::*;

impl Parser<'_> {
    /// Dates and times: "Aug. 15", "15 August 2024", "January 2025",
    /// "2024-08-15", "10:29 AM", "the 1990s".
    pub(super) fn date_at(&self, i: usize) -> Option<(Number, usize)> {
        // "the ’90s": a decade with its century left out.
        if matches!(self.sym(i), Some('’' | '\'' | '‘'))
            && let Some((v, _, 2, false)) = self.num(i + 1)
            && self.glued(i + 1)
            && self.word(i + 2) == Some("s")
            && self.glued(i + 2)
            && (v as u32).is_multiple_of(10)
        {
            let year = if v >= 30.0 { 1900.0 + v } else { 2000.0 + v };
            // "the late ’90s": a third of it.
            let part = self.decade_part(i);
            let start = part.map_or(i, |(k, _)| k);
            let span = Span::new(self.toks[start].span.start, self.toks[i + 2].span.end);
            let range = part.map(|(_, which)| which.of_decade(year));
            let mut n = number(span, Some(range.map_or(year, |r| r[0])), None, NumberKind::Decade);
            n.range = range;
            return Some((n, i + 3));
        }
        // "3 o'clock", "ten o'clock": a time.
        if let Some(h) = self.num(i).filter(|n| !n.3).map(|n| n.0).or_else(|| self.entry(i).and_then(word_value))
            && (1.0..=12.0).contains(&h)
            && h.fract() == 0.0
            && matches!(self.word(i + 1), Some("o'clock" | "o’clock"))
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{:02}:00", h as u32));
            return Some((n, i + 2));
        }
        // "seven in the morning", "7.30 in the evening": an hour, and its
        // minutes after a dot, by the part of the day it names (a review of
        // a nurse's day read counts).
        if self.word(i + 1) == Some("in")
            && self.word(i + 2) == Some("the")
            && let Some(part) = self.word(i + 3).filter(|w| matches!(*w, "morning" | "afternoon" | "evening" | "night"))
        {
            let written = self.toks[i].span.text(self.text);
            let (hour, minutes) = match written.split_once('.') {
                Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok(), m.parse::<u32>().ok().filter(|m| *m < 60)),
                Some(_) => (None, None),
                None => (
                    self.num(i)
                        .filter(|n| !n.3)
                        .map(|n| n.0)
                        .or_else(|| self.entry(i).and_then(word_value))
                        .filter(|h| h.fract() == 0.0)
                        .map(|h| h as u32),
                    Some(0),
                ),
            };
            if let (Some(h), Some(m)) = (hour, minutes)
                && (1..=12).contains(&h)
            {
                let later = part != "morning" && h < 12 && !(part == "night" && h < 5);
                let span = Span::new(self.toks[i].span.start, self.toks[i + 3].span.end);
                let mut n = number(span, None, None, NumberKind::Time);
                n.date = Some(format!("{:02}:{m:02}", if later { h + 12 } else { h % 12 }));
                return Some((n, i + 4));
            }
        }
        // "two p.m.", "ten pm": a spelled hour and its half of the day (not
        // "am", as often the verb: "one am I").
        if let Some(h) = self.entry(i).and_then(word_value)
            && (1.0..=12.0).contains(&h)
            && h.fract() == 0.0
            && self.word(i + 1) != Some("am")
            && let Some((ap, end)) = self.meridiem(i + 1)
        {
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{:02}:00", clock_hour(h as u32, ap)));
            return Some((n, end));
        }
        // "the 80s", "in their 80s", "into the 50s": a decade, an age or a band of temperatures.
        if let Some((v, false, 2, false)) = self.num(i)
            && (v as u32).is_multiple_of(10)
            && self.word(i + 1) == Some("s")
            && self.glued(i + 1)
            && !self.toks.get(i + 2).is_some_and(|t| !t.space && !matches!(t.tok, Tok::Sym(_)))
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 1].span.end);
            // Back over "mid-", "late", "low" to the word that says which.
            let mut k = i;
            while k > 0
                && (self.sym(k - 1) == Some('-')
                    || self.entry(k - 1).is_some_and(|e| e.roles.has(Role::DecadeModifier)))
            {
                k -= 1;
            }
            let possessive = k > 0 && self.entry(k - 1).is_some_and(|e| e.roles.has(Role::Possessive));
            // A temperature word a few words back in the same sentence
            // ("Temperatures after the storm are expected to climb into the low 90s").
            let temperature = (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&j| !matches!(self.sym(j), Some('.' | '!' | '?' | ';')))
                .any(|j| self.entry(j).is_some_and(|e| e.roles.has(Role::TemperatureCue)));
            let mut n = if possessive {
                number(span, Some(v), Some("years".into()), NumberKind::Age)
            } else if temperature {
                number(span, Some(v), Some("degrees".into()), NumberKind::Temperature)
            } else {
                let year = if v >= 30.0 { 1900.0 + v } else { 2000.0 + v };
                number(span, Some(year), None, NumberKind::Decade)
            };
            // "in his late 30s" (37–39), "the late ’80s" (1987–1989).
            let part = self.decade_part(i).filter(|_| n.kind != NumberKind::Temperature);
            if let Some((k, which)) = part {
                let first = n.value.unwrap_or(v);
                let range = which.of_decade(first);
                n.span = Span::new(self.toks[k].span.start, span.end);
                n.value = Some(range[0]);
                n.range = Some(range);
            } else if possessive || temperature {
                n.range = Some([v, v + 9.0]);
            }
            return Some((n, i + 2));
        }
        // "in ’91": a year with its century left out.
        if matches!(self.sym(i), Some('’' | '\'' | '‘'))
            && let Some((v, false, 2, false)) = self.num(i + 1)
            && self.glued(i + 1)
            && !self.word(i + 2).is_some_and(|_| self.glued(i + 2))
            && !self.num(i + 2).is_some_and(|_| self.glued(i + 2))
            && i > 0
            && matches!(
                self.word(i - 1),
                Some("in" | "since" | "of" | "from" | "until" | "by" | "the" | "and" | "to" | "class")
            )
        {
            let year = if v >= 30.0 { 1900.0 + v } else { 2000.0 + v };
            let span = Span::new(self.toks[i].span.start, self.toks[i + 1].span.end);
            return Some((number(span, Some(year), None, NumberKind::Year), i + 2));
        }
        // Month first.
        if let Some(m) = self.entry(i).and_then(month_of)
            && self.is_capitalized(i)
        {
            let mut k = i + 1;
            if self.sym(k) == Some('.') && self.glued(k) {
                k += 1;
            }
            // "Nov, 29, 2016": a stray comma after the month, when the day
            // and a year follow ("In May, 29 people died" is no date).
            let day_and_year = |at: usize| {
                self.num(at).is_some_and(|(d, _, dd, dec)| dd <= 2 && !dec && (1.0..=31.0).contains(&d))
                    && self.sym(at + 1) == Some(',')
                    && matches!(self.num(at + 2), Some((_, false, 4, false)))
            };
            if self.sym(k) == Some(',') && self.glued(k) && day_and_year(k + 1) {
                k += 1;
            }
            // "September the 11th", as it is said: "the" and an ordinal day.
            let spoken = self.word(k) == Some("the") && self.num(k + 1).is_some() && self.day_suffix(k + 2);
            if spoken {
                k += 1;
            }
            // "in February of 2020", as Americans write it (a review of a
            // podcast's page read the year alone).
            if self.word(k) == Some("of") && matches!(self.num(k + 1), Some((_, false, 4, false))) {
                k += 1;
            }
            let (d, _, dd, dec) = self.num(k)?;
            if dec {
                return None;
            }
            if dd == 4 {
                let span = Span::new(self.toks[i].span.start, self.toks[k].span.end);
                let mut n = number(span, Some(d), None, NumberKind::Date);
                n.date = Some(format!("{:04}-{m:02}", d as u32));
                return Some((n, k + 1));
            }
            if !(1.0..=31.0).contains(&d) || dd > 2 {
                return None;
            }
            let mut end = k + 1;
            if self.day_suffix(end) {
                end += 1;
            }
            let mut year = None;
            let mut e2 = end;
            if self.sym(e2) == Some(',') {
                e2 += 1;
            }
            if let Some((y, _, 4, false)) = self.num(e2) {
                year = Some(y as u32);
                end = e2 + 1;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(match year {
                Some(y) => format!("{y:04}-{m:02}-{:02}", d as u32),
                None => format!("--{m:02}-{:02}", d as u32),
            });
            return Some((n, end));
        }
        let (v, grouped, digits, decimal) = self.num(i)?;
        if decimal && let Some(n) = self.dotted_time(i) {
            return Some(n);
        }
        if grouped || decimal {
            return None;
        }
        // Day first: "15 August 2024", "the 7th of October" (as said: an
        // ordinal day, "of" and the month).
        let ordinal = self.day_suffix(i + 1);
        let mo = match (ordinal, self.word(i + 2)) {
            (true, Some("of")) => i + 3,
            (true, _) => i + 2,
            _ => i + 1,
        };
        if digits <= 2
            && (1.0..=31.0).contains(&v)
            && let Some(m) = self.entry(mo).and_then(month_of)
            && self.is_capitalized(mo)
            // "3 May" is a date where nothing makes "May" the verb: after
            // "on", "since" and the like, or before a year, a preposition
            // or the sentence's end ("the 3 May attend" is a count).
            // A day the month has: no "31st of June".
            && v <= f64::from(days_in(m))
            // A name that holds a date: "the 2nd of March Regiment", "21st
            // March Square", "the 26th of July Movement", "the 15th of May
            // City" (not "the 7th of October attacks").
            && !(ordinal
                && self.is_capitalized(mo + 1)
                && self.entry(mo + 1).is_some_and(|e| {
                    e.roles.has(Role::StreetSuffix)
                        || e.roles.has(Role::NamedUnit)
                        || e.roles.has(Role::LabelNoun)
                        || e.roles.has(Role::OrgHead)
                }))
            && (self.word(mo) != Some("may")
                || i > 0 && self.plays(i - 1, Role::TimePreposition)
                || i > 0 && self.word(i - 1).is_some_and(|w| matches!(w, "on" | "of"))
                || ordinal
                || self.num(mo + 1).is_some_and(|(_, _, d, _)| d == 4)
                || matches!(self.sym(mo + 1), Some(',' | '.' | ';'))
                || self.toks.get(mo + 1).is_none()
                || self.plays(mo + 1, Role::Preposition))
        {
            let mut end = mo + 1;
            let mut date = format!("--{m:02}-{:02}", v as u32);
            // "22 Dec, 2016", as some sites print a date: the comma before the
            // year too (not "on 5 March, 2000 people marched").
            let comma = usize::from(
                self.sym(end) == Some(',')
                    && self.num(end + 1).is_some_and(|(y, _, d, _)| d == 4 && (1900.0..=2100.0).contains(&y))
                    && self.word(end + 2).is_none_or(|_| self.plays(end + 2, Role::Preposition)),
            );
            if let Some((y, _, 4, false)) = self.num(end + comma) {
                date = format!("{:04}-{m:02}-{:02}", y as u32, v as u32);
                end += 1 + comma;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(date);
            return Some((n, end));
        }
        // ISO date.
        if digits == 4
            && self.sym(i + 1) == Some('-')
            && self.glued(i + 1)
            && let Some((mo, _, 2, false)) = self.num(i + 2)
            && self.sym(i + 3) == Some('-')
            && let Some((d, _, 2, false)) = self.num(i + 4)
            && (1.0..=12.0).contains(&mo)
            && (1.0..=31.0).contains(&d)
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 4].span.end);
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(format!("{:04}-{:02}-{:02}", v as u32, mo as u32, d as u32));
            return Some((n, i + 5));
        }
        // Seasons and fiscal years: "2022/23", "2022-23", "2022/2023", "2008-9";
        // and years of a post, their century left out: "from 1969-79" (a
        // review of an obituary read 79 as a count).
        if digits == 4
            && (1900.0..2100.0).contains(&v)
            && self.sym(i + 1).is_some_and(|c| matches!(c, '/' | '-' | '–'))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((w, false, d2, false)) = self.num(i + 2)
            && ((d2 == 1 && w == (v + 1.0) % 10.0)
                || (d2 == 2 && (w == (v + 1.0) % 100.0 || self.sym(i + 1) != Some('/') && w > v % 100.0))
                || (d2 == 4 && w == v + 1.0))
            && !self.sym(i + 3).is_some_and(|c| matches!(c, '/' | '-'))
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 2].span.end);
            let mut n = number(span, Some(v), None, NumberKind::Year);
            let end = if d2 == 2 && w != (v + 1.0) % 100.0 { v - v % 100.0 + w } else { v + 1.0 };
            n.range = Some([v, end]);
            return Some((n, i + 3));
        }
        // Slashes that are not fractions: "9/11", "5/17/2018", "25/12/2024" are dates, "24/7" a name.
        if digits <= 2
            && self.sym(i + 1) == Some('/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((w, false, d2, false)) = self.num(i + 2)
            && d2 <= 2
            && !is_fraction(v, w)
        {
            let mut end = i + 3;
            let mut year = None;
            if self.sym(end) == Some('/')
                && self.glued(end)
                && let Some((y, false, yd @ (2 | 4), false)) = self.num(end + 1)
                && self.glued(end + 1)
            {
                year = Some(if yd == 2 { 2000 + y as u32 } else { y as u32 });
                end += 2;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let (a, b) = (v as u32, w as u32);
            // "24/7" is round the clock, not the 24th of July — but "held on
            // 24/7" (a British date) is a day.
            let on_a_day = i > 0 && matches!(self.word(i - 1), Some("on" | "from" | "until" | "by" | "since"));
            let round_the_clock = (a, b) == (24, 7) && year.is_none() && !on_a_day;
            // "7-6 (7/4)": a tie-break's points in brackets after a tie-break
            // set's score (not "Leeds W 2-1 (12/3)", a fixture's date).
            let set = |k: usize| self.num(k).map(|(v, ..)| v);
            let tie_break = year.is_none()
                && i >= 4
                && self.sym(i - 1) == Some('(')
                && self.sym(i - 3).is_some_and(|c| matches!(c, '-' | '–'))
                && matches!((set(i - 4), set(i - 2)), (Some(7.0), Some(6.0)) | (Some(6.0), Some(7.0)));
            let md = if round_the_clock || tie_break {
                None
            } else if (1..=12).contains(&a) && (1..=31).contains(&b) {
                Some((a, b))
            } else if (1..=12).contains(&b) && (1..=31).contains(&a) {
                Some((b, a))
            } else {
                None
            };
            let Some((m, d)) = md else {
                return Some((number(span, None, None, NumberKind::Identifier), end));
            };
            let mut n = number(span, None, None, NumberKind::Date);
            n.date = Some(match year {
                Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                None => format!("--{m:02}-{d:02}"),
            });
            return Some((n, end));
        }
        // A cricket score, runs for wickets: "made 133/9", "were 246/10" (a
        // review of sport news read two counts), in a story of cricket: not
        // "a 100/1 outsider", "a reading of 140/9" (a regression hunt).
        if digits == 3
            && self.cricket
            && self.sym(i + 1) == Some('/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some((w, false, _, false)) = self.num(i + 2)
            && w <= 10.0
            && !(self.sym(i + 3) == Some('/') && self.glued(i + 3))
        {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 2].span.end);
            return Some((number(span, None, None, NumberKind::Identifier), i + 3));
        }
        // "1451 GMT": a 24-hour clock time.
        if digits == 4 && (self.time_zone(i + 1) || self.word(i + 1) == Some("hrs")) && v % 100.0 < 60.0 && v < 2400.0 {
            let span = Span::new(self.toks[i].span.start, self.toks[i + 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{:02}:{:02}", (v / 100.0) as u32, (v % 100.0) as u32));
            return Some((n, i + 2));
        }
        if let Some(elapsed) = self.elapsed_time(i) {
            return Some(elapsed);
        }
        // Clock time.
        if digits <= 2
            && self.sym(i + 1) == Some(':')
            && self.glued(i + 1)
            && let Some((mm, _, 2, false)) = self.num(i + 2)
            && self.glued(i + 2)
            && v < 24.0
            && mm < 60.0
        {
            let mut end = i + 3;
            let mut hour = v as u32;
            if let Some(ap) = self.meridiem(end) {
                if ap.0 == "pm" && hour < 12 {
                    hour += 12;
                } else if ap.0 == "am" && hour == 12 {
                    hour = 0;
                }
                end = ap.1;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{hour:02}:{:02}", mm as u32));
            return Some((n, end));
        }
        if digits <= 2
            && v <= 12.0
            && let Some((ap, end)) = self.meridiem(i + 1)
        {
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            let mut n = number(span, None, None, NumberKind::Time);
            n.date = Some(format!("{:02}:00", clock_hour(v as u32, ap)));
            return Some((n, end));
        }
        // Decades: "1990s", "the 1990s". "The 1800s", "the early 1900s"
        // are centuries: the years 1800–1899 ("the 2000s" may be either,
        // and stays a decade).
        if digits == 4 && self.word(i + 1) == Some("s") && self.glued(i + 1) && (v as u32).is_multiple_of(10) {
            let century = (v as u32).is_multiple_of(100) && v < 2000.0;
            // "the early 1990s", "mid-1990s", "the late 1800s": a third of it.
            let part = self.decade_part(i);
            let start = part.map_or(i, |(k, _)| k);
            let span = Span::new(self.toks[start].span.start, self.toks[i + 1].span.end);
            let range = match (part.map(|(_, which)| which), century) {
                (Some(which), false) => Some(which.of_decade(v)),
                (Some(which), true) => Some(which.of_century(v)),
                (None, true) => Some([v, v + 99.0]),
                (None, false) => None,
            };
            let kind = if century { NumberKind::Year } else { NumberKind::Decade };
            let mut n = number(span, Some(range.map_or(v, |r| r[0])), None, kind);
            n.range = range;
            return Some((n, i + 2));
        }
        None
    }

    /// A time zone's abbreviation at `i`: "1451 GMT", "14:30:00 ET". Two
    /// letters only in capitals ("2000 mt" of rice is tonnes).
    fn time_zone(&self, i: usize) -> bool {
        let written = self.toks.get(i).map_or("", |t| t.span.text(self.text));
        self.plays(i, Role::TimeZone) && (written.len() > 2 || written.chars().all(|c| c.is_ascii_uppercase()))
    }

    /// A race's time: "14:39.29" (minutes, seconds and hundredths) or
    /// "2:03:59" (hours, minutes, seconds) — no clock writes either. A
    /// duration in seconds (a review of real sport news read two counts).
    fn elapsed_time(&self, i: usize) -> Option<(Number, usize)> {
        let (first, _, 1..=2, false) = self.num(i)? else { return None };
        let part = |k: usize| {
            (self.sym(k) == Some(':') && self.glued(k) && self.glued(k + 1))
                .then(|| self.num(k + 1))
                .flatten()
                .filter(|&(v, grouped, digits, _)| !grouped && digits == 2 && v < 60.0)
                .map(|(v, _, _, decimal)| (v, decimal))
        };
        let (second, decimal) = part(i + 1)?;
        let (seconds, end) = if decimal {
            (first * 60.0 + second, i + 3)
        } else {
            // A game's clock: "with 7:20 left", "with 0:45 left", "2:40 to
            // go", "9:11 remaining in the third quarter" (a review of sport
            // news read them as times of day).
            // Only after "with": not "the 7:20 left Euston", "before 5:30 to
            // go running", "7:20 left-wing marchers".
            let left = i > 0
                && self.word(i - 1) == Some("with")
                && !(self.sym(i + 4) == Some('-') && self.glued(i + 4))
                && self.word(i + 3).is_some_and(|w| {
                    crate::lexicon::is(w, Role::ClockLeft)
                        || self
                            .word(i + 4)
                            .is_some_and(|w2| crate::lexicon::is_entry(&format!("{w} {w2}"), Role::ClockLeft))
                });
            if left {
                let span = Span::new(self.toks[i].span.start, self.toks[i + 2].span.end);
                return Some((
                    number(span, Some(first * 60.0 + second), Some("seconds".to_string()), NumberKind::Duration),
                    i + 3,
                ));
            }
            // A clock with its seconds is no race: "at 08:50:12", "10:00:00pm",
            // "[00:12:45]", "14:30:00 GMT".
            let written = self.toks[i].span.text(self.text);
            let at = i > 0 && matches!(self.word(i - 1), Some("at" | "by" | "from" | "until" | "till" | "to"));
            if written.starts_with('0') || at {
                return None;
            }
            let (third, _) = part(i + 3)?;
            if self.meridiem(i + 5).is_some() || self.time_zone(i + 5) || self.word(i + 5) == Some("local") {
                return None;
            }
            (first * 3600.0 + second * 60.0 + third, i + 5)
        };
        // Not a ratio or a verse run on ("2:03:59:10").
        if self.sym(end) == Some(':') && self.glued(end) {
            return None;
        }
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        // To the thousandth, as lap times are written ("1:40.983").
        let seconds = (seconds * 1000.0).round() / 1000.0;
        Some((number(span, Some(seconds), Some("seconds".to_string()), NumberKind::Duration), end))
    }

    /// "10.30am", "3.00 pm": a clock time written with a dot, as British,
    /// Irish, Indian and Australian papers write it (only before "am" or
    /// "pm": "10.30" alone is a decimal).
    pub(super) fn dotted_time(&self, i: usize) -> Option<(Number, usize)> {
        let written = |k: usize| self.toks.get(k).map_or("", |t| t.span.text(self.text));
        // Read with decimal commas the dot is no decimal's: "6", ".", "30".
        let (hours, minutes, next) = match written(i).split_once('.') {
            Some((h, m)) => (h, m, i + 1),
            None if self.sym(i + 1) == Some('.') && self.glued(i + 1) && self.glued(i + 2) => {
                (written(i), written(i + 2), i + 3)
            }
            None => return None,
        };
        let digits =
            |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(hours, 1..=2) || !digits(minutes, 2..=2) {
            return None;
        }
        let (h, m): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
        if !(1..=12).contains(&h) || m >= 60 {
            return None;
        }
        let (ap, end) = self.meridiem(next)?;
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        let mut n = number(span, None, None, NumberKind::Time);
        n.date = Some(format!("{:02}:{m:02}", clock_hour(h, ap)));
        Some((n, end))
    }

    /// "early", "mid-" or "late" right before the decade at token `i`: the
    /// index where it starts and which third it names.
    fn decade_part(&self, i: usize) -> Option<(usize, Third)> {
        let k = if i >= 2 && self.sym(i - 1) == Some('-') && self.glued(i - 1) && self.glued(i) {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        let which = match self.word(k)? {
            "early" => Third::Early,
            "mid" => Third::Mid,
            "late" => Third::Late,
            _ => return None,
        };
        // "early to mid-1990s", "mid-to-late 1990s": more than a third.
        let to = |at: usize| self.word(at) == Some("to");
        if k >= 1 && (to(k - 1) || k >= 2 && self.sym(k - 1) == Some('-') && to(k - 2)) {
            return None;
        }
        Some((k, which))
    }

    /// "AM", "p.m." at token `i`: ("am"|"pm", index after it).
    pub(super) fn meridiem(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.word(i)?;
        let which = match w {
            "am" => "am",
            "pm" => "pm",
            "a" | "p" if self.sym(i + 1) == Some('.') && self.word(i + 2) == Some("m") => {
                let end = if self.sym(i + 3) == Some('.') { i + 4 } else { i + 3 };
                return Some((if w == "a" { "am" } else { "pm" }, end));
            }
            _ => return None,
        };
        Some((which, i + 1))
    }
}

/// The hour on a 24-hour clock of `h` (1–12) in the half of the day `ap`
/// ("am" or "pm").
pub(super) fn clock_hour(h: u32, ap: &str) -> u32 {
    match (ap, h) {
        ("pm", h) if h < 12 => h + 12,
        ("am", 12) => 0,
        (_, h) => h,
    }
}

/// A third of a decade or a century: "the early 1990s" (1990–1993), "the
/// mid-1800s" (1834–1866), "the late 1990s" (1997–1999).
#[derive(Debug, Clone, Copy)]
enum Third {
    Early,
    Mid,
    Late,
}

impl Third {
    /// The first and last year of this third of the decade (`years` 10) or
    /// the century (100) that starts at `first`: 0–3, 4–6, 7–9; 0–33,
    /// 34–66, 67–99.
    fn of(self, first: f64, years: f64) -> [f64; 2] {
        let (one, two) = ((years / 3.0).floor(), (2.0 * years / 3.0).floor());
        let [a, b] = match self {
            Third::Early => [0.0, one],
            Third::Mid => [one + 1.0, two],
            Third::Late => [two + 1.0, years - 1.0],
        };
        [first + a, first + b]
    }

    fn of_decade(self, first: f64) -> [f64; 2] {
        self.of(first, 10.0)
    }

    fn of_century(self, first: f64) -> [f64; 2] {
        self.of(first, 100.0)
    }
}

impl Parser<'_> {
    /// A fiscal year by its letters (the lexicon's `fiscal-year`): "FY26",
    /// "FY2024", "FY 2025", "FY ’25" (a review of defence and business news
    /// read counts and names).
    pub(super) fn fiscal_year_at(&self, i: usize) -> Option<(Number, usize)> {
        if !self.plays(i, Role::FiscalYear) || !self.toks[i].span.text(self.text).starts_with(char::is_uppercase) {
            return None;
        }
        let apostrophe = matches!(self.sym(i + 1), Some('’' | '\'' | '‘')) && self.spaced(i + 1);
        let at = if apostrophe { i + 2 } else { i + 1 };
        let (v, false, digits @ (2 | 4), false) = self.num(at)? else { return None };
        // The digits end there: not a span of years ("FY 2024-25", "FY24/25",
        // "FY 10-K": read as before), nor a sum or a measure ("FY 25
        // million", "FY 25 percent").
        let span_of_years = self.glued(at + 1) && matches!(self.sym(at + 1), Some('-' | '/' | '–'));
        let measured = self.entry(at + 1).is_some_and(|e| e.roles.any(&[Role::Scale, Role::Unit, Role::Currency]))
            || matches!(self.word(at + 1), Some("percent" | "pct" | "per"));
        if apostrophe && !self.glued(at)
            || self.glued(at + 1) && self.word(at + 1).is_some()
            || span_of_years
            || measured
        {
            return None;
        }
        // Two digits: this century's up to 50 ("FY26"), the last's after
        // ("FY99", "FY ’85").
        let year = match digits {
            2 if v > 50.0 => 1900.0 + v,
            2 => 2000.0 + v,
            _ if (1900.0..2100.0).contains(&v) => v,
            _ => return None,
        };
        let start = if self.glued(at) && !apostrophe {
            self.toks[i].span.start
        } else {
            self.toks[at - usize::from(apostrophe)].span.start
        };
        Some((number(Span::new(start, self.toks[at].span.end), Some(year), None, NumberKind::Year), at + 1))
    }
}

impl Parser<'_> {
    /// Whether token `k` is an ordinal's suffix glued to the day before it:
    /// "11th", "3rd".
    fn day_suffix(&self, k: usize) -> bool {
        matches!(self.word(k), Some("st" | "nd" | "rd" | "th")) && self.glued(k)
    }
}

/// The most days month `m` (1–12) has: 29 for February.
fn days_in(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
