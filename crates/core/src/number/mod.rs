//! Numbers and quantities: value, unit, kind and qualifier.
//!
//! A small lexer turns each paragraph into tokens (numbers, words, symbols);
//! [`Parser`] then reads one expression at a time — qualifier, currency,
//! value, scale, unit or counted noun, rate, range — in one left-to-right
//! pass. Page furniture is skipped.
//!
//! | file | what it reads |
//! |---|---|
//! | `lex.rs` | the scanner: "1,234.5", "1 000 000", ".500", "1e10" |
//! | `value.rs` | a value in digits with its currency and sign: "$5", "US$113", "RM50", "-4/5", "2 1/2" |
//! | `spelled.rs` | numbers in words: "one hundred and sixty-one", "two thirds", "half a dozen" |
//! | `scale.rs` | multipliers: "million", "5bn", "2.33 k", "3 dozen", "13 lakh" |
//! | `fraction.rs` | which slashes are fractions, and the denominators of spelled ones |
//! | `unit.rs` | what follows a value: percent, money, units, counted noun, rate, age, ratio |
//! | `range.rs` | "10–15", "between 10 and 15", scores ("2-0"), vague plurals ("tens of thousands") |
//! | `date.rs` | dates ("9/11"; "24/7" is a name), times, race times ("14:39.29"), decades, years ("’91"), seasons ("2022/23") |
//! | `ordinal.rs` | "first term", "21st century", ranks ("14th") |
//! | `identifier.rs` | names, never counts: "F-16", "EB-5", "World War Three", "PlayStation 4", "1080p" |
//! | `qualifier.rs` | "about", "more than", "up to", "or so" |
//! | `multiple.rs` | how many times over, in one word: "fivefold", "twice a year", "tripled" |
//! | `words.rs` | the lookups into the lexicon's "Numbers" section, and the symbol tables |

use serde::{Deserialize, Serialize};

use crate::language::Separators;
use crate::segment::{BlockKind, Paragraph, Sentence};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A number of things: "50,000 troops", "two nations".
    Count,
    Percent,
    Money,
    Distance,
    Area,
    Weight,
    Volume,
    Speed,
    Temperature,
    /// Energy: "64 kWh", "a 2 TWh shortfall".
    Energy,
    /// Power: "150 kW", "a 2.5MW turbine".
    Power,
    /// A span of time: "nine months", "30-day".
    Duration,
    /// An amount per period: "38 per day", "1,500 casualties a day".
    Rate,
    /// An age: "10-year-old".
    Age,
    Year,
    Decade,
    /// A calendar date ("15 August 2024", "Aug. 15"); `date` holds ISO 8601.
    Date,
    /// A clock time ("10:29 AM"); `date` holds "HH:MM".
    Time,
    /// "first term", "21st century".
    Ordinal,
    /// "1/2", "half of", "three-quarters".
    Fraction,
    /// One amount against another: "a 3.4-to-1 ratio", "by a 2-to-1
    /// margin" (value 3.4, unit "to 1").
    Ratio,
    /// A vague quantity, as a range qualified by its vague words: "tens of
    /// thousands" (10,000–100,000, "tens of"), "dozens".
    Approximate,
    /// A number that names rather than measures: "Resolution 2735", "F-16".
    Identifier,
}

impl NumberKind {
    /// A physical quantity in a unit of measure: a distance, an area, a
    /// weight, a volume, a speed, a temperature, an energy or a power.
    pub fn is_physical(self) -> bool {
        matches!(
            self,
            NumberKind::Distance
                | NumberKind::Area
                | NumberKind::Weight
                | NumberKind::Volume
                | NumberKind::Speed
                | NumberKind::Temperature
                | NumberKind::Energy
                | NumberKind::Power
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The number with its scale words and the unit or counted noun that
    /// directly follows it; qualifiers are outside.
    pub span: Span,
    /// The value (low end of a range), finite; `None` when the text gives none.
    pub value: Option<f64>,
    /// Normalised unit ("km2", "percent", "USD", "days") or the counted noun
    /// ("troops", "casualties per day").
    pub unit: Option<String>,
    pub kind: NumberKind,
    /// The qualifier in front of (or after) the number: "about", "up to", "or so".
    pub approx: Option<String>,
    pub approx_span: Option<Span>,
    /// Both ends of a range: "10–15", "between 10 and 15".
    pub range: Option<[f64; 2]>,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// ISO 8601 text for dates ("2024-08-15", "2025-01", "--08-15") and times ("10:29").
    pub date: Option<String>,
}

impl Number {
    /// The values the text allows, low and high: a range's ends; from the
    /// figure up for a floor ("more than 800", "800 or more"); up to it for a ceiling
    /// ("up to 800", "nearly 800"); a tenth either side for an estimate
    /// ("about 800"). `None` when the text gives no value.
    pub fn bounds(&self) -> Option<(f64, f64)> {
        let (lo, hi) = match (self.range, self.value) {
            (Some([a, b]), _) => (a.min(b), a.max(b)),
            (None, Some(v)) => (v, v),
            (None, None) => return None,
        };
        let Some(qualifier) = &self.approx else { return Some((lo, hi)) };
        let qualifier = qualifier.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        Some(if crate::lexicon::is_entry(&qualifier, Role::AtLeast) {
            (lo, f64::INFINITY)
        } else if crate::lexicon::is_entry(&qualifier, Role::AtMost) {
            (if lo < 0.0 { f64::NEG_INFINITY } else { 0.0 }, hi)
        } else {
            (lo - lo.abs() / 10.0, hi + hi.abs() / 10.0)
        })
    }
}

/// Finds the numbers of every non-furniture paragraph (`sentences`, the
/// paragraphs' sentences, let a long one be read in pieces).
pub fn find(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Number> {
    find_with(text, paragraphs, sentences, Separators::Point)
}

/// [`find`] for a text whose digits are grouped and split by `separators`
/// ("1.234,5" in German).
pub fn find_with(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence], separators: Separators) -> Vec<Number> {
    let mut out = Vec::new();
    let mentions = Mentions::of(text);
    let letters = letter_currencies(text, &mentions);
    let court = court_story(text);
    let cricket = cricket_story(text);
    for p in paragraphs.iter().filter(|p| p.kind != BlockKind::Furniture) {
        for piece in pieces(p.span, sentences) {
            let tokens = lex(text, piece, separators);
            let mut parser = Parser { text, toks: &tokens, out: Vec::new(), letters: &letters, court, cricket };
            parser.run();
            ages_after_people(text, &mut parser.out);
            carry_units(text, &mut parser.out);
            out.extend(parser.out);
        }
    }
    names_with_numbers(text, &mut out);
    race_metres(text, &mut out);
    par_scores(text, &mut out);
    magnitudes(text, &mut out);
    joined_durations(text, &mut out);
    shared_units(text, &mut out);
    bracketed_conversions(text, &mut out);
    afternoon_times(text, &mut out);
    days_after_dates(text, &mut out);
    days_before_dates(text, &mut out);
    nouns_as_written(text, &mut out);
    local_dollars(text, &mut out);
    local_cents(text, &mut out);
    local_rupees(text, &mentions, &mut out);
    pounds_alike(text, &mut out);
    // "net zero emissions", "a net-zero economy": a goal's name, no count (a
    // review of climate news read zeros).
    out.retain(|n| {
        let before = text[..n.span.start].trim_end_matches(['-', ' ']).as_bytes();
        let net = before.len() >= 3
            && before[before.len() - 3..].eq_ignore_ascii_case(b"net")
            && before.len().checked_sub(4).is_none_or(|k| !before[k].is_ascii_alphanumeric());
        let zero = n.span.text(text).get(..4).is_some_and(|w| w.eq_ignore_ascii_case("zero"));
        !(n.value == Some(0.0) && zero && net)
    });
    out
}

/// "between Jan. 23 and 24", "on March 8-11": a bare day after a date, in
/// the same month, is a date too (a review of business news read "24" as
/// a count).
fn days_after_dates(text: &str, numbers: &mut [Number]) {
    for i in 1..numbers.len() {
        let (head, tail) = numbers.split_at_mut(i);
        let (prev, n) = (&head[i - 1], &mut tail[0]);
        let Some((month, day)) = month_and_day(prev) else { continue };
        let joined =
            matches!(text[prev.span.end.min(n.span.start)..n.span.start].trim(), "and" | "to" | "-" | "–" | "through");
        let later = n.value.is_some_and(|v| v.fract() == 0.0 && v > f64::from(day) && v <= 31.0);
        if joined && later && bare_day(text, n) {
            set_day(n, &month);
        }
    }
}

/// A date's month ("--12", "2024-03") and day, where it has both.
fn month_and_day(n: &Number) -> Option<(String, u32)> {
    let stamp = n.date.as_deref().filter(|_| n.kind == NumberKind::Date)?;
    let (month, day) = stamp.rsplit_once('-')?;
    (month.len() >= 4).then(|| Some((month.to_string(), day.parse().ok()?))).flatten()
}

/// A bare whole figure that may be a day: no unit, range or qualifier.
fn bare_day(text: &str, n: &Number) -> bool {
    n.kind == NumberKind::Count
        && n.unit.is_none()
        && n.range.is_none()
        && n.approx.is_none()
        && n.span.text(text).bytes().all(|b| b.is_ascii_digit())
}

fn set_day(n: &mut Number, month: &str) {
    n.kind = NumberKind::Date;
    n.date = n.value.map(|v| format!("{month}-{:02}", v as u32));
    n.value = None;
}

/// "covering 13, 14 and 16 and 17 December": bare days listed before a
/// date written day first are days of its month (a review of rail-strike
/// news read three counts).
fn days_before_dates(text: &str, numbers: &mut [Number]) {
    for i in (1..numbers.len()).rev() {
        let (head, tail) = numbers.split_at_mut(i);
        let date = &tail[0];
        let day_first = date.span.text(text).starts_with(|c: char| c.is_ascii_digit());
        let Some((month, day)) = month_and_day(date).filter(|_| day_first) else { continue };
        // The days listed, last first.
        let (mut next_start, mut next_day) = (date.span.start, day);
        let mut days = Vec::new();
        let mut run = false;
        for (k, n) in head.iter().enumerate().rev() {
            let gap = text[n.span.end.min(next_start)..next_start].trim();
            let joined = matches!(gap, "," | "and" | ", and" | "&");
            // "15-17 October", "from 15 to 17 October": the first of a run of days.
            let ran = matches!(gap, "-" | "–" | "to" | "through") && days.is_empty();
            let Some(d) = n.value.filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v < f64::from(next_day)) else { break };
            if !((joined || ran) && bare_day(text, n)) {
                break;
            }
            days.push(k);
            if ran {
                run = true;
                break;
            }
            next_start = n.span.start;
            next_day = d as u32;
        }
        // A list of two days or more, or one after "on", "between", "from"
        // (not "The vote was 3, and 17 December was chosen", a code review).
        let lead = text[..next_start].trim_end();
        // ("210 for 6 and 7 January": a cricket score's "for", a regression hunt.)
        let scored = lead.strip_suffix("for").is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()));
        let dated = !scored
            && lead.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| {
                // ("planned for 18 and 20 August": a review of transport news.)
                matches!(w.to_ascii_lowercase().as_str(), "on" | "between" | "from" | "covering" | "until" | "for")
            });
        if days.len() < 2 && !dated && !run {
            continue;
        }
        for k in days {
            set_day(&mut head[k], &month);
        }
    }
}

/// Whether the text reports cricket: where "133/9" is runs for wickets.
fn cricket_story(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "wicket" | "wickets" | "overs" | "innings" | "cricket" | "batting" | "bowled" | "T20"))
}

/// Whether the text reports a court case or a crime (the lexicon's
/// `court-word`, twice or more): where "Kevin McFall (19)" is an age, as
/// Irish and British court reports write it, and not a minute, a shirt
/// number or a score, as sport reports do.
fn court_story(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && crate::lexicon::is(&w.to_lowercase(), Role::CourtWord))
        .nth(1)
        .is_some()
}

/// The countries a text names, as the currencies they write (the lexicon's
/// `currency-country` and `rupee-country`: places, people, the country's
/// name, capitalised or in capitals as a dateline writes it: "JOHANNESBURG
/// -"), with how often; and the currencies it names in words
/// (`currency-name`, in lower case: "rand", not "Rand Paul"). One pass
/// serves the one-letter currencies and the rupees.
#[derive(Default)]
struct Mentions {
    countries: Vec<(&'static str, usize)>,
    rupee_countries: Vec<(&'static str, usize)>,
    /// The rupee country of the dateline a story opens with, in capitals
    /// in one of its first lines: "KATHMANDU, Sept 19 -", "ISLAMABAD:".
    rupee_dateline: Option<&'static str>,
    currency_names: Vec<&'static str>,
}

impl Mentions {
    fn of(text: &str) -> Mentions {
        let mut m = Mentions::default();
        let count = |counts: &mut Vec<(&'static str, usize)>, code| match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        };
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        m.rupee_dateline = text.lines().take(6).find_map(|line| {
            let line = line.trim_start();
            let city = line.split(|c: char| !c.is_alphabetic()).next()?;
            let rest = line[city.len()..].trim_start();
            let capitals = city.len() >= 4 && city.chars().all(|c| c.is_ascii_uppercase());
            (capitals && rest.starts_with([',', ':', '(', '-', '—', '–']))
                .then(|| crate::lexicon::lookup(&city.to_lowercase()).value(Role::RupeeCountry))
                .flatten()
        });
        for (i, &w) in words.iter().enumerate().filter(|(_, w)| (4..=12).contains(&w.len())) {
            // "the weaker Rand and …": a capitalised currency's name after a
            // lower-case word and before none (not "Ayn Rand", "Rand Paul").
            let named = w.starts_with(char::is_lowercase)
                || i > 0
                    && words[i - 1].starts_with(char::is_lowercase)
                    && words.get(i + 1).is_none_or(|n| !n.starts_with(char::is_uppercase));
            if named
                && let Some(code) = crate::lexicon::lookup(&w.to_lowercase()).value(Role::CurrencyName)
                && !m.currency_names.contains(&code)
            {
                m.currency_names.push(code);
            }
            if w.starts_with(char::is_uppercase) {
                let entry = crate::lexicon::lookup(&w.to_lowercase());
                if let Some(code) = entry.value(Role::CurrencyCountry) {
                    count(&mut m.countries, code);
                }
                if let Some(code) = entry.value(Role::RupeeCountry) {
                    count(&mut m.rupee_countries, code);
                }
            }
        }
        m
    }
}

/// "Rs.7500" and "5 lakh rupees" in a Sri Lankan, Nepali or Pakistani story
/// are that country's rupees (a review of their papers read all as
/// India's): where the text names that country's places or people (the
/// lexicon's `rupee-country`: "ISLAMABAD:", "Sindh", "Shehbaz"), at
/// least twice as often as any other, and India not at all (an Indian
/// story names its states, cities or Lok Sabha: one of a match against
/// Pakistan, or of a pledge to Sri Lanka, is in India's rupees).
fn local_rupees(text: &str, mentions: &Mentions, numbers: &mut [Number]) {
    if !numbers.iter().any(|n| n.currency.as_deref() == Some("INR")) {
        return;
    }
    let mut counts = mentions.rupee_countries.clone();
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let india = counts.iter().find(|(c, _)| *c == "INR").map_or(0, |&(_, n)| n);
    // A story filed from the country ("KATHMANDU, Sept 19 -", "ISLAMABAD:")
    // is in its rupees, whatever of India it names; so is one that names
    // the country's places eight times as often as India's (a review of
    // Nepali, Pakistani and Sri Lankan news: "trying to enter Nepal from
    // India", "Indian courts", a "Pradeshiya Sabha").
    // (Not "KARACHI — India's Reliance said in Mumbai": more of India.)
    let filed = mentions
        .rupee_dateline
        .filter(|&code| code != "INR" && counts.iter().find(|(c, _)| *c == code).is_some_and(|&(_, n)| n > india));
    let local = match (filed, &counts[..]) {
        (Some(code), _) => code,
        (None, &[(code, n), ..])
            if code != "INR"
                && counts.get(1).is_none_or(|&(_, m)| n >= 2 * m)
                && (india == 0 || n >= 8 && n >= 8 * india) =>
        {
            code
        }
        _ => return,
    };
    // (Not where the text says India's: "INR 10 million", "Indian rupees".)
    let indian = |n: &Number| {
        let written = n.span.text(text).to_lowercase();
        written.contains("inr") || written.contains("indian") || written.contains('₹')
    };
    for n in numbers.iter_mut().filter(|n| n.currency.as_deref() == Some("INR") && !indian(n)) {
        n.unit = n.unit.as_deref().map(|u| u.replacen("INR", local, 1));
        n.currency = Some(local.to_string());
    }
}

/// In a text about a track (a race's distance read from its words: "the
/// 100m final", "women's 5,000m"), other figures glued to "m" without
/// money are metres where they stand as a race does — after "the", a
/// possessive or another race ("the 5,000m world record", "Bekele's
/// 5,000m", "the 800m and 1000m"), before "to go", a racer ("400m
/// runners") or a race's word ("breaks 5,000m world record") — and a field event's mark after its verb ("jumped 6.63m",
/// "cleared 1.86m"). A review of real sport news read them as millions.
/// Money's words near it keep millions: "will pay 60m in prize money", "a
/// 100m profit", "watched by 4.5m".
fn race_metres(text: &str, numbers: &mut [Number]) {
    let metres = |n: &Number| n.kind == NumberKind::Distance && n.unit.as_deref() == Some("m");
    if !numbers.iter().any(metres) {
        return;
    }
    let window = |from: usize, to: usize| {
        let (mut from, mut to) = (from.min(text.len()), to.min(text.len()));
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        crate::chars::words(text, from, to)
    };
    for n in numbers.iter_mut().filter(|n| n.kind == NumberKind::Count && n.currency.is_none()) {
        let written = n.span.text(text);
        let figure = written.split_whitespace().next().unwrap_or(written);
        let Some(digits) = figure.strip_suffix('m') else { continue };
        let Ok(value) = digits.replace(',', "").parse::<f64>() else { continue };
        if n.value != Some(value * 1e6) || n.range.is_some() {
            continue;
        }
        let before = window(n.span.start.saturating_sub(48), n.span.start);
        let after = window(n.span.end, n.span.end + 40);
        let lower = |w: &crate::chars::Word<'_>| w.lower();
        let before: Vec<String> = before.iter().rev().take(4).map(lower).collect();
        let after: Vec<String> = after.iter().take(4).map(lower).collect();
        let money =
            before.iter().chain(&after).any(|w| crate::lexicon::roles(w).any(&[Role::MoneyCue, Role::MillionsCue]));
        if money {
            continue;
        }
        let track = scale::TRACK_DISTANCES.contains(&value);
        let prev = before.first().map_or("", String::as_str);
        let after_race = matches!(prev, "and" | "or")
            && text[..n.span.start].trim_end().strip_suffix(prev).is_some_and(|t| t.trim_end().ends_with('m'));
        let raced = crate::lexicon::is(prev, Role::Determiner)
            || matches!(prev, "my" | "our" | "your")
            || crate::chars::is_possessive(prev)
            // "breaks 5,000m world record", "my 60m world indoor silver medal".
            || after.iter().take(4).any(|w| crate::lexicon::is(w, Role::RaceEvent))
            || after_race
            || after.first().is_some_and(|w| w == "to") && after.get(1).is_some_and(|w| w == "go")
            || n.unit.as_deref().is_some_and(|u| crate::lexicon::is(u, Role::RaceEvent));
        let unit_ok = n.unit.as_deref().is_none_or(|u| crate::lexicon::is(u, Role::RaceEvent));
        // "jumped 6.63m", "took the long jump at 6.63m".
        let mark = digits.contains('.')
            && value < 100.0
            && before.iter().take(2).any(|w| crate::lexicon::is(w, Role::FieldLead));
        if unit_ok && (track && raced || mark) {
            n.span = Span::new(n.span.start, n.span.start + figure.len());
            n.value = Some(value);
            n.unit = Some("m".to_string());
            n.kind = NumberKind::Distance;
        }
    }
}

/// The currencies whose one capital letter, glued to an amount, the text
/// writes: the rand's "R5,14" where it names the rand or South Africa, the
/// naira's "N8.83 trillion" where it names the naira or Nigeria.
fn letter_currencies(text: &str, mentions: &Mentions) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Vec::new();
    // "South Africa", "Cape Town", "Free State", as a name is written.
    let title = |phrase: &str| {
        phrase
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    if crate::lexicon::entries(Role::RandPlace).iter().any(|p| text.contains(&title(p))) {
        codes.push("ZAR");
    }
    for &code in mentions.currency_names.iter().chain(mentions.countries.iter().map(|(c, _)| c)) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// A clock time without "a.m." or "p.m." later in the sentence of one in
/// the afternoon or evening is the afternoon's too: "found at 5:05 p.m. and
/// was dead by 5:17" (a review of court news read 05:17).
fn afternoon_times(text: &str, numbers: &mut [Number]) {
    let hm = |n: &Number| {
        let (h, m) = n.date.as_deref()?.split_once(':')?;
        Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?))
    };
    for i in 1..numbers.len() {
        let (head, tail) = numbers.split_at_mut(i);
        let (prev, n) = (&head[i - 1], &mut tail[0]);
        if prev.kind != NumberKind::Time || n.kind != NumberKind::Time {
            continue;
        }
        let (Some((ph, pm)), Some((h, m))) = (hm(prev), hm(n)) else { continue };
        let written = n.span.text(text);
        let bare = written.bytes().all(|b| b.is_ascii_digit() || b == b':');
        let between = text.get(prev.span.end..n.span.start).unwrap_or("");
        let one_sentence = !between.contains(['!', '?', '\n', ';'])
            && !between.split(". ").skip(1).any(|rest| rest.starts_with(char::is_uppercase));
        if bare && one_sentence && (13..24).contains(&ph) && (1..12).contains(&h) && (h + 12, m) >= (ph, pm) {
            n.date = Some(format!("{:02}:{m:02}", h + 12));
        }
    }
}

/// A bare number before another's unit that it shares: "sentences of seven
/// and 14 years respectively" (seven years), "a 90- to 120-day deployment"
/// (one range of days; a review of court and defence news read a count).
fn shared_units(text: &str, numbers: &mut Vec<Number>) {
    // Compacted in place in one pass (a removal per merge is quadratic, a
    // second vector doubles the memory of a long table).
    let mut w = 0;
    for r in 0..numbers.len() {
        if w > 0 {
            let (head, tail) = numbers.split_at_mut(r);
            let (prev, n) = (&mut head[w - 1], &tail[0]);
            let between = text.get(prev.span.end..n.span.start).unwrap_or("").trim();
            let bare =
                prev.kind == NumberKind::Count && prev.unit.is_none() && prev.range.is_none() && prev.value.is_some();
            let shared =
                matches!(n.kind, NumberKind::Duration | NumberKind::Count) && n.unit.is_some() && n.range.is_none()
                    || n.kind.is_physical();
            let times = n.unit.as_deref().is_some_and(|u| u == "times" || u.starts_with("times "));
            if bare && shared && !times && n.currency.is_none() {
                if matches!(between, "- to" | "-to" | "– to") {
                    let (lo, hi) = (prev.value.unwrap_or_default(), n.value.unwrap_or_default());
                    if lo < hi {
                        let mut merged = n.clone();
                        merged.span = Span::new(prev.span.start, n.span.end);
                        merged.value = Some(lo);
                        merged.range = Some([lo, hi]);
                        merged.approx.clone_from(&prev.approx);
                        merged.approx_span = prev.approx_span;
                        *prev = merged;
                        continue;
                    }
                } else if matches!(between, "and" | "or" | "- and" | "- or" | "– and") {
                    // ("the 200- and 400-meter freestyle", a suspended hyphen.)
                    prev.kind = n.kind;
                    prev.unit.clone_from(&n.unit);
                    // "350 and 450 million years": the scale is shared too
                    // (a review of science news read 350 years).
                    let plain = prev.span.text(text).bytes().all(|b| b.is_ascii_digit() || b == b'.');
                    let scale = n.span.text(text).split_whitespace().nth(1).and_then(scale_value).filter(|s| *s >= 1e3);
                    if let (true, Some(scale), Some(v)) = (plain, scale, prev.value.filter(|v| *v < 1e3)) {
                        prev.value = Some(v * scale);
                    }
                }
            }
        }
        numbers.swap(w, r);
        w += 1;
    }
    numbers.truncate(w);
}

/// "Revenues of 855-million pounds, against forecasts of around
/// 880-million pounds": "pounds" in a sentence whose other "pounds" are
/// sterling are sterling too (a review of earnings news read the forecast
/// as a weight). Only in the same sentence, and only "pounds" written out.
fn pounds_alike(text: &str, numbers: &mut [Number]) {
    let written = |n: &Number| n.span.text(text).to_ascii_lowercase().contains("pound");
    let sterling: Vec<Span> =
        numbers.iter().filter(|n| n.currency.as_deref() == Some("GBP") && written(n)).map(|n| n.span).collect();
    if sterling.is_empty() {
        return;
    }
    let same_sentence = |a: Span, b: Span| {
        let (from, to) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        // (Within a sentence's reach: the work per figure stays bounded.)
        to - from <= 400 && text.get(from..to).is_some_and(|t| !t.contains(['.', '!', '?', '\n', ';']))
    };
    for n in numbers.iter_mut().filter(|n| n.kind == NumberKind::Weight && n.range.is_none()) {
        // The nearest sterling before and after it.
        let k = sterling.partition_point(|s| s.start < n.span.start);
        let near = [k.checked_sub(1), Some(k)].into_iter().flatten().filter_map(|k| sterling.get(k));
        if written(n) && near.into_iter().any(|&s| same_sentence(s, n.span)) {
            n.kind = NumberKind::Money;
            n.unit = Some("GBP".into());
            n.currency = Some("GBP".into());
        }
    }
}

/// A figure and its conversion in brackets: "about 70 kilometers (43
/// miles)" — the conversion is as approximate (a review of war news lost
/// "about" on the miles); "winds of 210 kilometres (130 miles) per hour" —
/// both are speeds (a review of weather news read two distances).
fn bracketed_conversions(text: &str, numbers: &mut [Number]) {
    let speed = |n: &mut Number| {
        let unit = match n.unit.as_deref() {
            Some("km") => "km/h".to_string(),
            Some("miles") => "mph".to_string(),
            Some(u) => format!("{u} per hour"),
            None => return,
        };
        n.kind = NumberKind::Speed;
        n.unit = Some(unit);
    };
    for i in 1..numbers.len() {
        let (head, tail) = numbers.split_at_mut(i);
        let (prev, n) = (&mut head[i - 1], &mut tail[0]);
        let converted = prev.kind == n.kind && (n.kind.is_physical() || n.kind == NumberKind::Money);
        let opened = text.get(prev.span.end..n.span.start).is_some_and(|g| g.len() < 4 && g.trim() == "(");
        let closed = text.get(n.span.end..).is_some_and(|r| r.starts_with(')'));
        if !(converted && opened && closed) {
            continue;
        }
        if n.approx.is_none() {
            n.approx.clone_from(&prev.approx);
        }
        // (What follows, read a few words only: the work per pair stays
        // bounded, a code review timed a megabyte of brackets at 20 s.)
        let mut end = (n.span.end + 1 + 12).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = text[n.span.end + 1..end].trim_start().to_ascii_lowercase();
        let per_hour = ["per hour", "an hour", "a hour", "kph", "km/h", "mph"]
            .iter()
            .any(|p| rest.strip_prefix(p).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric())));
        if n.kind == NumberKind::Distance && per_hour {
            speed(prev);
            speed(n);
        }
    }
}

/// "2 hours 16 minutes 34 seconds", "14 minutes 32.93 seconds", "two
/// hours, one minute, 25 seconds": one time, in seconds, as "2:16:34" is
/// (a review of real sport news read three durations). Each part in a
/// smaller unit than the one before, joined by a space, a comma or "and".
fn joined_durations(text: &str, numbers: &mut Vec<Number>) {
    // (The first part may have a qualifier: "in less than 2 hours and 2
    // minutes" is one time, less than it.)
    let seconds = |n: &Number| match (n.kind, n.unit.as_deref(), n.range) {
        (NumberKind::Duration, Some(u), None) => {
            let scale = scale::SECONDS_IN.iter().find(|(unit, _)| *unit == u)?.1;
            n.value.map(|v| (v * scale, scale))
        }
        _ => None,
    };
    let mut i = 0;
    while i + 1 < numbers.len() {
        let Some((mut total, mut scale)) = seconds(&numbers[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        let mut commas = false;
        // A qualifier after the last part is the whole time's: "2 hours and
        // 30 minutes or less".
        let mut trailing: Option<(Option<String>, Option<Span>)> = None;
        while trailing.is_none()
            && let Some(next) = numbers.get(end)
            && let Some((part, next_scale)) = seconds(next)
            && (next.approx.is_none() || next.approx_span.is_some_and(|a| a.start >= next.span.end))
            && next_scale < scale
            && part < 60.0 * next_scale
            && let gap = text[numbers[end - 1].span.end..next.span.start].trim()
            && matches!(gap, "" | "," | "and" | ", and")
        {
            commas |= gap.starts_with(',');
            total += part;
            scale = next_scale;
            if next.approx.is_some() {
                trailing = Some((next.approx.clone(), next.approx_span));
            }
            end += 1;
        }
        // Not in a list ("took 2 hours, 3 hours and 45 minutes"), before
        // "of which" or a possessive ("30 minutes' notice"); commas only
        // in a time to the second ("48 hours, 30 minutes of which …").
        let listed = i > 0
            && numbers[i - 1].kind == NumberKind::Duration
            && text[numbers[i - 1].span.end..numbers[i].span.start].trim() == ",";
        let after = end.checked_sub(1).map_or("", |e| &text[numbers[e].span.end..]);
        let goes_on = after.starts_with(['\'', '’']) || after.trim_start().starts_with("of ");
        if end > i + 1 && !listed && !goes_on && (!commas || scale == 1.0) {
            let span = Span::new(numbers[i].span.start, numbers[end - 1].span.end);
            let (approx, approx_span) = match (numbers[i].approx.take(), trailing) {
                (None, Some(last)) => last,
                (first, _) => (first, numbers[i].approx_span),
            };
            numbers[i] = number(
                span,
                Some((total * 1000.0).round() / 1000.0),
                Some("seconds".to_string()),
                NumberKind::Duration,
            );
            numbers[i].approx = approx;
            numbers[i].approx_span = approx_span;
            numbers.drain(i + 1..end);
        }
        i += 1;
    }
}

/// A golfer's score against par: "finished 20 under par", "a 5-over-par
/// 77" (a review of sport news read a bare count).
fn par_scores(text: &str, numbers: &mut [Number]) {
    let lower = text.to_lowercase();
    let golf = ["golf", "birdie", "bogey", "pga", "fairway"].iter().any(|w| lower.contains(w));
    for n in numbers.iter_mut() {
        if n.kind != NumberKind::Count || n.unit.is_some() || n.range.is_some() {
            continue;
        }
        let rest = &text[n.span.end..];
        let side = ["under", "over"].into_iter().find_map(|side| {
            [" ", "-"].into_iter().find_map(|gap| {
                let after = rest.strip_prefix(gap)?.strip_prefix(side)?;
                let par = after.strip_prefix([' ', '-'])?.strip_prefix("par")?;
                (!par.starts_with(char::is_alphanumeric)).then_some((side, rest.len() - par.len()))
            })
        });
        // (In a golf story: "bonds priced 10 under par" is finance, "2
        // over par weight" a jockey's — a regression hunt.)
        if let Some((side, len)) = side
            && golf
            && !["value", "weight", "price"].iter().any(|w| rest[len..].trim_start().starts_with(w))
            && n.value.is_some_and(|v| v.fract() == 0.0 && (0.0..100.0).contains(&v))
        {
            n.span = Span::new(n.span.start, n.span.end + len);
            n.unit = Some(format!("{side} par"));
        }
    }
}

/// "a magnitude 7.2 earthquake", "magnitude-6 quake": the scale's word
/// before the figure is its unit, as "a 7.2 magnitude quake" has it after.
fn magnitudes(text: &str, numbers: &mut [Number]) {
    // "40 magnitude 4 aftershocks": the count before is of quakes ("Two
    // magnitude-6 quakes" is no range).
    for n in numbers.iter_mut().filter(|n| n.unit.as_deref() == Some("magnitude")) {
        let written = n.span.text(text);
        let next = text[n.span.end..].trim_start_matches([' ', '-']);
        let ranged = n.range.is_some() && written.contains("magnitude-");
        if ranged {
            // The range's low end is the count's value.
            n.range = None;
        }
        if ranged || written.ends_with("magnitude") && next.starts_with(|c: char| c.is_ascii_digit()) {
            let figure = written.split([' ', '-']).next().unwrap_or(written).len();
            n.span = Span::new(n.span.start, n.span.start + figure);
            n.unit = None;
        }
    }
    // "a magnitude 7.2 earthquake", "40 magnitude 4 aftershocks": the
    // scale's word before, and no counted noun after.
    for n in numbers.iter_mut().filter(|n| n.kind == NumberKind::Count && n.range.is_none()) {
        let before = text[..n.span.start].trim_end_matches([' ', '-']);
        // "a preliminary magnitude of 5.9" (a review of US news read a count).
        // (A bare figure only, and no "order of magnitude": not "the magnitude of
        // 3 million deaths", "a magnitude of 5 times".)
        let before = before
            .strip_suffix(" of")
            .filter(|b| b.ends_with("magnitude") && !b.ends_with("order of magnitude") && n.unit.is_none())
            .unwrap_or(before);
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if word.eq_ignore_ascii_case("magnitude") && before.len() < n.span.start {
            let written = n.span.text(text);
            let figure = written.split(' ').next().unwrap_or(written).len();
            n.span = Span::new(n.span.start, n.span.start + figure);
            n.unit = Some("magnitude".to_string());
        }
    }
    // "a 6.1 Mw earthquake": the moment magnitude, written with a small
    // "w" (a review of Asian news read megawatts); "a 6.1 MW plant" stays.
    // (Only before a quake or after "magnitude": "a 2 Mw turbine" is power,
    // a regression hunt.)
    let quake = |n: &Number| {
        let next = text[n.span.end..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let prev = text[..n.span.start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        prev.eq_ignore_ascii_case("magnitude")
            || ["quake", "earthquake", "tremor", "aftershock", "temblor"].iter().any(|w| next.eq_ignore_ascii_case(w))
    };
    for n in numbers.iter_mut().filter(|n| n.kind == NumberKind::Power) {
        if n.span.text(text).ends_with("Mw") && quake(n) {
            n.kind = NumberKind::Count;
            n.unit = Some("magnitude".to_string());
        }
    }
}

/// A bare "$" in a text that writes its dollars as one other country's
/// ("A$3.1 billion" and never "US$") is that country's: an Australian
/// story's "$520 a week" is Australian dollars. So it is in a text that
/// writes no dollar's country but names that country's places and not the
/// US's ([`dollar_country`]). Elsewhere it stays the US dollar: the text
/// says nothing else.
fn local_dollars(text: &str, numbers: &mut [Number]) {
    // The currency a "$" with letters before or after it names ("A$",
    // "NZ$", "US$", "$US", "$A").
    let prefixed = |n: &Number| {
        let written = n.span.text(text);
        let dollar = written.find('$')?;
        let lettered = written[..dollar].ends_with(|c: char| c.is_alphabetic())
            || written[dollar + 1..].starts_with(|c: char| c.is_ascii_uppercase());
        lettered.then(|| n.currency.clone()).flatten()
    };
    let mut named: Vec<String> = numbers.iter().filter_map(prefixed).collect();
    named.sort();
    named.dedup();
    // A text that marks its US dollars after the sign, as Australian
    // papers do ("$US960 an ounce"), and one other country's marks that
    // one's as its own: its bare "$" is that country's (an Australian
    // mining story's "$1.255 a share"). Not "A$7 (US$4.6)", where a bare
    // "$" stays the US dollar.
    let us_after_sign = numbers.iter().any(|n| n.span.text(text).starts_with("$US"));
    if us_after_sign && named.len() == 2 && named.iter().any(|c| c == "USD") {
        named.retain(|c| c != "USD");
    }
    let local = match named.first() {
        Some(local) if local == "USD" || named.len() > 1 => return,
        Some(local) => local.clone(),
        None if numbers.iter().any(|n| n.currency.as_deref() == Some("USD")) => {
            let Some(local) = dollar_country(text) else { return };
            local.to_string()
        }
        None => return,
    };
    // ("a $10 million (S$13.5m) bonus": a sum converted into the local
    // dollar in brackets is in another one, a review of golf news; so is
    // the conversion of a local sum, "S$403,000 ($311,882; £234,586)".)
    let bracketed = |a: &Number, b: &Number| text.get(a.span.end..b.span.start).is_some_and(|g| g.trim() == "(");
    let converted: Vec<bool> = (0..numbers.len())
        .map(|i| {
            let into = numbers
                .get(i + 1)
                .is_some_and(|c| bracketed(&numbers[i], c) && prefixed(c).is_some_and(|code| code == local));
            // (A conversion alone: "($311,882; …)", "($758,000)"; not "S$50 ($10
            // for children)", "($3.70 million in Singapore dollars)".)
            let alone = text[numbers[i].span.end..].starts_with([')', ';', ',']);
            let of = alone
                && i.checked_sub(1).is_some_and(|k| {
                    bracketed(&numbers[k], &numbers[i]) && prefixed(&numbers[k]).is_some_and(|code| code == local)
                });
            into || of
        })
        .collect();
    for (n, converted) in numbers.iter_mut().zip(converted) {
        let bare = n.span.text(text).strip_prefix('$').is_some_and(|r| !r.starts_with(char::is_alphabetic))
            && n.currency.as_deref() == Some("USD");
        if bare && !converted {
            n.unit = n.unit.as_deref().map(|u| u.replacen("USD", &local, 1));
            n.currency = Some(local.clone());
        }
    }
}

/// Cents among sums all in one currency of cents other than the US
/// dollar, in the same paragraph, are that currency's: "between 80 cents
/// and 90 cents for petrol and between R1.03 and R1.08 for diesel" (a
/// review of South African fuel-price news read US cents). Not "US
/// cents", nor cents "against the dollar".
fn local_cents(text: &str, numbers: &mut [Number]) {
    // (Not cents the text marks as US ones: "US$0.16 cents".)
    let is_cents = |n: &Number| {
        let written = n.span.text(text);
        n.kind == NumberKind::Money
            && n.currency.as_deref() == Some("USD")
            && !written.contains('$')
            && !written.contains("US")
            && !written.contains("U.S.")
            && !text[n.span.end..].starts_with(" against")
            && written.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "cent" | "cents"))
    };
    let cents: Vec<bool> = numbers.iter().map(is_cents).collect();
    // The paragraphs' ends, once: the numbers are in the text's order, so
    // each paragraph's are one run of them (linear in the text).
    let breaks: Vec<usize> = text.match_indices('\n').map(|(k, _)| k).collect();
    let paragraph = |at: usize| breaks.partition_point(|&k| k < at);
    let mut from = 0;
    while from < numbers.len() {
        let p = paragraph(numbers[from].span.start);
        let to = from + numbers[from..].iter().take_while(|n| paragraph(n.span.start) == p).count();
        // The one currency of the paragraph's sums (not cents), if it has cents.
        let mut sums = (from..to)
            .filter(|&k| numbers[k].kind == NumberKind::Money && !cents[k])
            .filter_map(|k| numbers[k].currency.as_deref());
        let local = sums.next().filter(|one| {
            let one = *one;
            sums.all(|c| c == one) && crate::lexicon::is(&one.to_lowercase(), Role::CentCurrency)
        });
        if let Some(code) = local.map(str::to_string) {
            for k in (from..to).filter(|&k| cents[k]) {
                let n = &mut numbers[k];
                n.unit = n.unit.as_deref().map(|u| u.replacen("USD", &code, 1));
                n.currency = Some(code.clone());
            }
        }
        from = to;
    }
}

/// The country other than the US whose cities, states and provinces a text
/// names (the lexicon's `dollar-place`: its places, people and leaders;
/// and its name, `dollar-nation`, where one of those is named): three times
/// or more (twice where nothing of the US's is
/// named), and at least twice as often as any other dollar's country, the
/// US counted ("U.S.", "US", "United States",
/// its states and cities, its leagues). None where the text says its
/// dollars are US dollars. A place's word is not counted before a
/// capitalised word ("Sydney Sweeney", "the Toronto Raptors": a name's), before
/// a verb of saying ("Adelaide said": a person's), or before another country's
/// place ("Melbourne, Florida": that place's).
fn dollar_country(text: &str) -> Option<&'static str> {
    if ["US dollars", "U.S. dollars", "American dollars", "US$", "U.S.$"].iter().any(|d| text.contains(d)) {
        return None;
    }
    let ws = crate::chars::words(text, 0, text.len());
    let code_of = |w: &crate::chars::Word<'_>| -> Option<&'static str> {
        if matches!(w.text, "US" | "USA") {
            return Some("USD");
        }
        let place = w.text.trim_end_matches("’s").trim_end_matches("'s");
        w.is_capitalized().then(|| crate::lexicon::lookup(&place.to_lowercase()).value(Role::DollarPlace)).flatten()
    };
    // Abbreviations and names the words do not hold: "U.S.", "B.C." (British Columbia).
    let us = ["U.S.", "United States", "White House", "Wall Street"].iter().map(|n| text.matches(n).count()).sum();
    let province = text.matches("B.C.").count() + text.matches("British Columbia").count();
    let mut counts: Vec<(&'static str, usize)> = vec![("USD", us), ("CAD", province)];
    for (i, w) in ws.iter().enumerate() {
        let Some(code) = code_of(w) else { continue };
        let next = ws.get(i + 1);
        let gap = next.map_or("", |n| &text[w.end..n.start]);
        // "Brisbane City Council", "Toronto Police" are the place's own.
        // ("Toronto District School Board", "Essex County": the place's too.)
        let own = |n: &crate::chars::Word<'_>| {
            matches!(n.text, "City" | "District" | "County" | "Region" | "Regional")
                || crate::lexicon::roles(&n.lower()).any(&[Role::OrgHead, Role::Body])
        };
        let in_a_name =
            next.is_some_and(|n| n.is_capitalized() && !own(n) && code != "USD" && gap.chars().all(|c| c == ' '));
        let a_person = next.is_some_and(|n| crate::lexicon::is(&n.lower(), Role::Reporting));
        let elsewhere = gap.trim() == "," && next.and_then(code_of).is_some_and(|c| c != code);
        if in_a_name || a_person || elsewhere {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    // A country's own name counts where one of its places is named too.
    let mut nations: Vec<(&'static str, usize)> = Vec::new();
    for w in ws.iter().filter(|w| w.is_capitalized()) {
        let word = w.text.trim_end_matches("’s").trim_end_matches("'s").to_lowercase();
        if let Some(code) = crate::lexicon::lookup(&word).value(Role::DollarNation) {
            match nations.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None => nations.push((code, 1)),
            }
        }
    }
    for (code, n) in nations {
        if let Some((_, places)) = counts.iter_mut().find(|(c, p)| *c == code && *p > 0) {
            *places += n;
        }
    }
    let us_named = counts[0].1;
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (code, n) = counts[0];
    let next = counts.get(1).map_or(0, |c| c.1);
    // Twice is enough where the text names nothing of the US's (a review
    // of New Zealand, Australian and Canadian news: short stories name
    // their country twice and read 34 "$" as US dollars).
    let enough = if us_named == 0 { 2 } else { 3 };
    (code != "USD" && n >= enough && n >= 2 * next).then_some(code)
}

/// A counted noun as the text writes it: "21 Christians", "thousands of
/// Tunisians" (the parser reads words in lower case). A headline's capitals
/// ("20 PEOPLE") stay lower case.
fn nouns_as_written(text: &str, numbers: &mut [Number]) {
    for n in numbers.iter_mut().filter(|n| matches!(n.kind, NumberKind::Count | NumberKind::Approximate)) {
        let Some(unit) = n.unit.as_deref() else { continue };
        let written = n.span.text(text);
        let last = written.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let proper = last.starts_with(char::is_uppercase) && last.chars().skip(1).any(char::is_lowercase);
        if proper && last.to_lowercase() == unit {
            n.unit = Some(last.to_string());
        }
    }
}

/// "Gears of War 4", "Building 24": a bare count right after a capitalised
/// word that can be a name's (not a month, a qualifier, a verb …), when the text writes that
/// pair twice or more or introduces the name ("of Xbox 360 games"), is part
/// of a name, not a figure — "Gears of War 4 runs natively" counts no runs.
fn names_with_numbers(text: &str, numbers: &mut [Number]) {
    let key = |n: &Number| -> Option<(String, usize, bool)> {
        let written = n.span.text(text);
        let digits = written.bytes().take_while(u8::is_ascii_digit).count();
        // A whole number standing alone: not "2,000", "2.5 million".
        if digits == 0 || written[digits..].starts_with(|c: char| !c.is_whitespace()) {
            return None;
        }
        let before = text[..n.span.start].strip_suffix(' ')?;
        let word_start =
            before.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        // Not a sentence's first word ("Another 20 people", "Worldwide 2
        // billion"), nor a headline's run of capitals ("Democrats Gain 5 Seats").
        let lead = before[..word_start].trim_end_matches(' ');
        let first = lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '\n', '"', '“', '(']);
        let after = &text[n.span.start + digits..];
        let titled = after.trim_start_matches(' ').starts_with(char::is_uppercase) && after.starts_with(' ');
        // "leading Newsom 31 to 27 percent": a share, then the other's.
        let paired = after.strip_prefix(" to ").is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        if first || titled || paired {
            return None;
        }
        let name_like = word.chars().count() >= 2
            && word.starts_with(char::is_uppercase)
            && !crate::lexicon::roles(&word.to_lowercase()).any(&[
                Role::NotName,
                Role::Month,
                Role::Weekday,
                Role::Qualifier,
                Role::Preposition,
                Role::Determiner,
                Role::Cardinal,
                Role::Ordinal,
                Role::Unit,
                Role::Currency,
                Role::Period,
                Role::Verb,
                Role::Connective,
                Role::SentenceOpener,
            ]);
        // "a handful of Xbox 360 games", "your Windows 10 laptop", "a Boeing
        // 737 jet": a name after "of", a possessive or "a" names a model even
        // once (not after "the": "gave the Democrats 50 seats").
        let introduced = lead
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "of" | "a" | "an" | "your" | "my" | "our" | "their" | "his" | "her" | "its"));
        name_like.then(|| (format!("{word} {}", &written[..digits]), digits, introduced))
    };
    let keys: Vec<Option<(String, usize, bool)>> = numbers.iter().map(key).collect();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, ..) in keys.iter().flatten() {
        *seen.entry(k.as_str()).or_default() += 1;
    }
    for (n, k) in numbers.iter_mut().zip(&keys) {
        if n.kind == NumberKind::Count
            && n.value.is_some_and(|v| v < 10_000.0)
            && n.approx.is_none()
            && n.range.is_none()
            && let Some((k, digits, introduced)) = k
            && (*introduced || seen.get(k.as_str()).is_some_and(|&c| c >= 2))
        {
            *n = number(Span::new(n.span.start, n.span.start + digits), None, None, NumberKind::Identifier);
        }
    }
}

/// Paragraphs longer than this (bytes) are read in pieces of whole
/// sentences: the lexer holds a piece's tokens at once, about a hundred
/// bytes a word, and a text of one line is one paragraph (an 18 MB line of
/// Cyrillic took 249 MB). Numbers never cross a sentence's end.
const PIECE: usize = 64 * 1024;

/// `paragraph` cut before the first sentence that starts `PIECE` bytes or
/// more after the piece before; one piece when it is short.
fn pieces(paragraph: Span, sentences: &[Sentence]) -> Vec<Span> {
    if paragraph.end - paragraph.start <= PIECE {
        return vec![paragraph];
    }
    let first = sentences.partition_point(|s| s.span.start < paragraph.start);
    let mut out = Vec::new();
    let mut start = paragraph.start;
    for s in sentences[first..].iter().take_while(|s| s.span.start < paragraph.end) {
        if s.span.start - start >= PIECE {
            out.push(Span::new(start, s.span.start));
            start = s.span.start;
        }
    }
    out.push(Span::new(start, paragraph.end));
    out
}

/// A bare whole number after people (the lexicon's `people-noun`) and
/// "under", "over", "below", "above", "older than" or "younger than" is
/// their age: "children under five", "people over 80".
fn ages_after_people(text: &str, numbers: &mut [Number]) {
    for n in numbers.iter_mut() {
        // An audience's age band right after its people: "2.1 million adults
        // 18-49", "women 25-54" (a review of TV news counted adults). Only
        // the bands audiences are measured in, ending in 4 or 9: "children
        // 5-10 per class", "workers 50-100" are head counts (a regression
        // hunt).
        let people_before = text[..n.span.start]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "adults" | "viewers" | "women" | "men" | "people"));
        let band = |[a, b]: [f64; 2]| {
            a.fract() == 0.0 && b.fract() == 0.0 && a >= 12.0 && a < b && b < 100.0 && matches!(b as u32 % 10, 4 | 9)
        };
        if n.kind == NumberKind::Count && n.unit.is_none() && people_before && n.range.is_some_and(band) {
            n.kind = NumberKind::Age;
            n.unit = Some("years".into());
            continue;
        }
        let Some(q) = n.approx_span.filter(|q| q.end <= n.span.start) else { continue };
        let before = text[..q.start].trim_end();
        let people = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .next()
            .is_some_and(|w| crate::lexicon::is(&w.to_lowercase(), Role::PeopleNoun));
        let qualifier = text[q.start..q.end].to_lowercase();
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && n.range.is_none()
            && people
            && matches!(qualifier.as_str(), "under" | "over" | "below" | "above" | "older than" | "younger than")
            && n.value.is_some_and(|v| v.fract() == 0.0 && (0.0..=125.0).contains(&v))
        {
            n.kind = NumberKind::Age;
            n.unit = Some("years".into());
        }
    }
}

/// A bare count takes the counted noun of the count before it in the same
/// sentence: "1,500 casualties a day, nearly 800,000 since …". "Times"
/// is how often, not what is counted: "three times a week until age 5".
/// In a list after an age, a bare whole number is an age too: "aged 11, 12
/// and 13".
fn carry_units(text: &str, numbers: &mut [Number]) {
    for i in 1..numbers.len() {
        let (head, tail) = numbers.split_at_mut(i);
        let prev = &head[i - 1];
        let n = &mut tail[0];
        let between = &text[prev.span.end.min(n.span.start)..n.span.start];
        let same_sentence = !between.contains(['.', '!', '?', ';']);
        let listed = matches!(between.trim(), "," | "and" | "or" | ", and" | ", or");
        // "aged 11, 12 and 13" lists ages; "two were in their 20s, seven
        // were in their 50s" counts people (a review of real news): after
        // an age group, a listed age ends its phrase.
        let next_word = text[n.span.end..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
        let ends_phrase = text[n.span.end..].trim_start().starts_with(|c: char| !c.is_alphanumeric())
            || text[n.span.end..].trim().is_empty()
            || next_word.is_some_and(|w| matches!(w, "and" | "or" | "years" | "respectively"));
        if n.kind == NumberKind::Count
            && n.unit.is_none()
            && listed
            && (ends_phrase || !prev.span.text(text).ends_with('s'))
            && prev.kind == NumberKind::Age
            && n.value.is_some_and(|v| v.fract() == 0.0 && (0.0..=125.0).contains(&v))
        {
            n.kind = NumberKind::Age;
            n.unit.clone_from(&prev.unit);
        } else if n.kind == NumberKind::Count
            && n.unit.is_none()
            && same_sentence
            && !names_its_own(text, n)
            && matches!(prev.kind, NumberKind::Count | NumberKind::Rate)
            && prev.unit.as_deref().is_none_or(|u| u != "times" && !u.starts_with("times "))
        {
            n.unit = prev.unit.as_ref().map(|u| u.split(" per ").next().unwrap_or(u).to_string());
        }
    }
}

/// A bare count followed by words of its own noun: "17 deaths and 577 new
/// covid19 cases" counts cases (a review of real news carried "deaths"). Not
/// a preposition, a verb, a conjunction or an adverb: "800,000 since
/// March", "400 were hurt", "12 and 13".
fn names_its_own(text: &str, n: &Number) -> bool {
    let rest = &text[n.span.end..];
    // (A compound counts as one word: "eight 4th-quarter assists".)
    // ("20 or 30 people out of (two) buildings": over the bracket, a plural
    // noun of its own — a review of disaster news carried "people".)
    let bracketed = rest.starts_with([')', ']']);
    let rest = rest.trim_start_matches([')', ']']);
    let Some(word) = rest.strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphanumeric() && c != '-').next())
    else {
        return false;
    };
    // Its own noun after a modifier: two words, not "2 silver", "3 overnight".
    let rest = rest[1 + word.len()..].strip_prefix(' ').unwrap_or("");
    let second = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let lower = word.to_lowercase();
    let function = |w: &str| {
        crate::lexicon::is_verb_like(w)
            || crate::lexicon::roles(w).any(&[
                Role::Preposition,
                Role::Subordinator,
                Role::Determiner,
                Role::Skippable,
                Role::Vague,
                Role::Pronoun,
            ])
            || matches!(w, "and" | "or")
    };
    // "12 great-grandchildren": a compound's plural noun is its own.
    let compound_noun = word.rsplit_once('-').is_some_and(|(_, noun)| {
        noun.len() > 3 && noun.chars().all(char::is_lowercase) && crate::number::words::looks_plural(noun)
    });
    // "a 4500 mAh battery", "a 200 MP camera": an abbreviation's letters
    // (a review of phone specs carried "GB" onto both).
    let abbreviation = word.len() >= 2
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && word.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && !second.is_empty()
        && second.chars().all(|c| c.is_ascii_lowercase());
    if bracketed {
        // (Only a plural noun right after the bracket: "(sur 15) et 7" is none.)
        return word.chars().all(|c| c.is_ascii_lowercase())
            && crate::number::words::looks_plural(word)
            && !function(word);
    }
    compound_noun
        || abbreviation
        || !word.is_empty()
            && !second.is_empty()
            && second.chars().all(|c| c.is_lowercase() || c.is_ascii_digit())
            && !function(second)
            && word.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
            && word.chars().any(char::is_lowercase)
            && !function(&lower)
            && !crate::lexicon::is_exactly(word, Role::NotCounted)
}

mod date;
/// Whether `c` is a currency sign the number finder reads ("$", "€", "₦", …).
pub(crate) fn is_currency_sign(c: char) -> bool {
    words::currency_symbol(c).is_some()
}
mod fraction;
mod identifier;
mod lex;
mod multiple;
mod ordinal;
mod qualifier;
mod range;
mod scale;
mod spelled;
#[cfg(test)]
mod tests;
mod unit;
mod value;
mod words;

use crate::lexicon::Role;
use fraction::{denominator_of, is_fraction};
use identifier::is_video_resolution;
use lex::{Tok, Token, lex};
use words::*;

struct Parser<'a> {
    text: &'a str,
    toks: &'a [Token],
    out: Vec<Number>,
    /// The currencies whose one letter the text writes glued to an amount
    /// ([`letter_currencies`]).
    letters: &'a [&'static str],
    /// Whether the text is a court or crime report ([`court_story`]).
    court: bool,
    /// Whether the text reports cricket ([`cricket_story`]).
    cricket: bool,
}

/// The core value read at a position, before units.
struct Core {
    /// Index of the core's first token, and its byte offset.
    first: usize,
    start: usize,
    /// Index after the last token of the core.
    next: usize,
    value: Option<f64>,
    kind: NumberKind,
    currency: Option<&'static str>,
    /// Written with digits (as opposed to words).
    digits: bool,
    /// A plain integer of 4 digits with no separator (a candidate year).
    year_like: bool,
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        match &self.toks.get(i)?.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        }
    }

    /// "around 10 p.m.", "about 10.30am": a time of day the text gives
    /// loosely (a review of Caribbean and US crime news lost the "around").
    fn loose_time(&self, (mut n, end): (Number, usize), i: usize) -> (Number, usize) {
        if n.kind == NumberKind::Time
            && i > 0
            && let Some(w) = self.word(i - 1).filter(|w| crate::lexicon::is(w, Role::LooseQualifier))
        {
            n.approx = Some(w.to_string());
            n.approx_span = Some(self.toks[i - 1].span);
        }
        (n, end)
    }

    /// What the lexicon knows of word `i` (looked up once, by the lexer).
    fn entry(&self, i: usize) -> Option<crate::lexicon::Entry> {
        let t = self.toks.get(i)?;
        matches!(t.tok, Tok::Word(_)).then_some(t.entry)
    }

    /// Whether the token at `i` is a word that plays `role`.
    fn plays(&self, i: usize, role: Role) -> bool {
        self.entry(i).is_some_and(|e| e.roles.has(role))
    }

    /// The denominator word at `i` ("thirds", "quarter"), if it is one.
    fn denominator_at(&self, i: usize) -> Option<(f64, bool)> {
        denominator_of(self.word(i)?, self.toks[i].entry)
    }

    fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.tok {
            Tok::Sym(c) => Some(c),
            _ => None,
        }
    }

    fn num(&self, i: usize) -> Option<(f64, bool, usize, bool)> {
        match self.toks.get(i)?.tok {
            Tok::Num { value, grouped, digits, decimal } => Some((value, grouped, digits, decimal)),
            _ => None,
        }
    }

    /// Token `i` follows token `i - 1` with nothing but whitespace between.
    fn spaced(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.space)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.span.text(self.text).starts_with(char::is_uppercase))
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            if let Some(end) = self.idiom_at(i) {
                i = end;
                continue;
            }
            match self.parse_at(i) {
                Some((n, next)) => {
                    self.out.push(n);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// The index after a phrase with a number word that counts nothing ("a
    /// two-state solution", "a one-two punch", "in the first place", "a
    /// thing or two", "a web-first newsroom"), if one holds the number word
    /// at `i`: the phrase opens with it or up to two words before it.
    fn idiom_at(&self, i: usize) -> Option<usize> {
        if !self.entry(i)?.roles.any(&[Role::Cardinal, Role::Ordinal, Role::Multiple]) {
            return None;
        }
        (i.saturating_sub(2)..=i).find_map(|from| {
            // Its words, spaced or joined by glued hyphens, and where each ends.
            let mut words = vec![self.word(from)?];
            let mut ends = vec![from + 1];
            let mut k = from + 1;
            while words.len() < 5 {
                let hyphen = self.sym(k) == Some('-') && self.glued(k) && self.glued(k + 1);
                let at = if hyphen { k + 1 } else { k };
                let Some(w) = self.word(at) else { break };
                words.push(w);
                ends.push(at + 1);
                k = at + 1;
            }
            let (n, _) = crate::lexicon::phrase_at(&words, Role::NumberIdiom)?;
            (ends[n - 1] > i).then(|| ends[n - 1])
        })
    }

    fn parse_at(&self, i: usize) -> Option<(Number, usize)> {
        // Most words start no number: skip them before trying each reading.
        if let Tok::Word(w) = &self.toks.get(i)?.tok {
            let w = w.as_str();
            // The roles that can start a number, from the token's entry; a
            // currency prefix only before "$" or a number ("S" of "U.S." is none).
            let roles = self.toks[i].entry.roles;
            let may_start = roles.any(&[
                Role::Cardinal,
                Role::Ordinal,
                Role::Month,
                Role::Vague,
                Role::Currency,
                Role::Multiple,
                Role::FiscalYear,
            ])
                || roles.any(&[Role::CurrencyPrefix, Role::DollarPrefix]) && self.currency_prefix(i).is_some()
                // "U.S.$5": dotted letters.
                || self.sym(i + 1) == Some('.') && self.currency_prefix(i).is_some()
                || matches!(w, "a" | "an" | "minus" | "negative" | "half" | "quarter" | "several")
                // "hundred thousand dollars"
                || roles.has(Role::Scale) && self.entry(i + 1).and_then(scale_value).is_some_and(|s| s >= 1000.0);
            if !may_start {
                return None;
            }
        }
        // "RM50", "US$113": letters that are a currency, not a name.
        if self.currency_prefix(i).is_some()
            && let Some(core) = self.core_at(i)
        {
            return self.complete(core, true);
        }
        if let Some(n) = self.period_at(i) {
            return Some(n);
        }
        if let Some(n) = self.multiple_at(i).or_else(|| self.fiscal_year_at(i)) {
            return Some(n);
        }
        // "6.30PM" where the comma starts decimals: the dot is no group's.
        if self.sym(i + 1) == Some('.')
            && let Some(n) = self.dotted_time(i)
        {
            return Some(self.loose_time(n, i));
        }
        // Skip digits glued to letters ("G7", "F-16", "COVID-19"): names.
        if let Some(n) = self.identifier_at(i) {
            return Some(n);
        }
        if let Some(n) = self.date_at(i) {
            return Some(self.loose_time(n, i));
        }
        if let Some(n) = self.vague_at(i).or_else(|| self.several_at(i)) {
            return Some(n);
        }
        if let Some(n) = self.ordinal_at(i) {
            return Some(n);
        }
        if let Some(n) = self.name_at(i) {
            return Some(n);
        }
        let core = self.core_at(i)?;
        let (mut n, mut next) = self.complete(core, true)?;
        if self.is_product_number(&n, i) {
            // "iPhone 15 runs": the word after the model is not what it counts.
            if n.unit.is_some() {
                next = i + 1;
            }
            let span = if n.unit.is_some() { self.toks[i].span } else { n.span };
            n = number(span, None, None, NumberKind::Identifier);
        }
        Some((n, next))
    }
}

/// `value` times `scale`, exact in decimal when the scale is a power of ten:
/// "$4.1 billion" is 4,100,000,000, not the 4,099,999,999.9999995 that
/// binary multiplication gives. The value's decimal digits make a whole
/// mantissa ("4.1" → 41), which one multiplication or division by a power
/// of ten, each rounded once, places (no float formatting: the page's
/// first load carries this code).
pub(crate) fn scaled(value: f64, scale: f64) -> f64 {
    let exp = scale.log10().round() as i32;
    if !(scale > 0.0 && value.is_finite() && 10f64.powi(exp) == scale) {
        return value * scale;
    }
    let Some((mantissa, digits)) = (0..=9).find_map(|d| {
        let m = value * 10f64.powi(d);
        let whole = m.round();
        ((m - whole).abs() <= 1e-9 * whole.abs().max(1.0) && whole.abs() < 9.0e15).then_some((whole, d))
    }) else {
        return value * scale;
    };
    let shift = exp - digits;
    if shift >= 0 { mantissa * 10f64.powi(shift) } else { mantissa / 10f64.powi(-shift) }
}

fn number(span: Span, value: Option<f64>, unit: Option<String>, kind: NumberKind) -> Number {
    Number { span, value, unit, kind, approx: None, approx_span: None, range: None, currency: None, date: None }
}
