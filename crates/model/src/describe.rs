//! Short descriptions of findings, for labels, tooltips and screen readers.

use marginalia_core::{Claim, Number, NumberKind, Quote, QuoteKind, Reason};

/// A quote as the reader sees it, with its speaker (the reader's
/// correction, else the core's; see `Document::quote_speaker`).
pub fn quote(q: &Quote, speaker: Option<&str>) -> String {
    match (q.kind, speaker, &q.cue) {
        (QuoteKind::Scare, _, _) => "scare quote".into(),
        (kind, Some(s), Some(c)) => format!("{} by {s} ({c})", kind_word(kind)),
        (kind, Some(s), None) => format!("{} by {s}", kind_word(kind)),
        (kind, None, Some(c)) => format!("{}, speaker unknown ({c})", kind_word(kind)),
        (kind, None, None) => format!("{}, speaker unknown", kind_word(kind)),
    }
}

fn kind_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "quote",
        QuoteKind::Partial => "partial quote",
        QuoteKind::Scare => "scare quote",
    }
}

pub fn number_kind(kind: NumberKind) -> &'static str {
    match kind {
        NumberKind::Count => "count",
        NumberKind::Percent => "percent",
        NumberKind::Money => "money",
        NumberKind::Distance => "distance",
        NumberKind::Area => "area",
        NumberKind::Weight => "weight",
        NumberKind::Volume => "volume",
        NumberKind::Speed => "speed",
        NumberKind::Temperature => "temperature",
        NumberKind::Energy => "energy",
        NumberKind::Power => "power",
        NumberKind::Duration => "duration",
        NumberKind::Rate => "rate",
        NumberKind::Age => "age",
        NumberKind::Year => "year",
        NumberKind::Decade => "decade",
        NumberKind::Date => "date",
        NumberKind::Time => "time",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Fraction => "fraction",
        NumberKind::Ratio => "ratio",
        NumberKind::Approximate => "approximate",
        NumberKind::Identifier => "identifier",
    }
}

/// "1 quote", "12 quotes": `n` written by `count` (the reader's locale),
/// and the noun that agrees with it.
pub fn counted(n: usize, one: &str, many: &str, count: &dyn Fn(usize) -> String) -> String {
    format!("{} {}", count(n), if n == 1 { one } else { many })
}

/// A text's size as the library shows it: "812 B", "14.2 kB", "5.4 MB".
pub fn size(bytes: usize) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} kB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / 1_048_576.0),
    }
}

/// "count: 1,200,000 casualties (about)".
pub fn number(n: &Number) -> String {
    number_with(n, &value)
}

/// [`number`] with its values written by `write`: in the app, the reader's
/// locale ("1.200.000" in German). Years and decades are never grouped.
pub fn number_with(n: &Number, write: &dyn Fn(f64) -> String) -> String {
    let mut s = number_kind(n.kind).to_string();
    let year = matches!(n.kind, NumberKind::Year | NumberKind::Decade);
    let feet_inches = n
        .value
        .filter(|_| n.unit.as_deref() == Some("ft") && n.range.is_none() && n.date.is_none())
        .and_then(feet_and_inches);
    if let Some(date) = &n.date {
        s.push_str(&format!(": {}", readable_date(date)));
    } else if let Some([lo, hi]) = n.range {
        // "from 2011 to 2013": years are never grouped ("2,011").
        let write = |v: f64| if year { format!("{v}") } else { write(v) };
        s.push_str(&format!(": {}–{}", write(lo), write(hi)));
    } else if let Some(v) = n.value.filter(|_| matches!(n.kind, NumberKind::Year | NumberKind::Decade)) {
        s.push_str(&format!(": {v}"));
    } else if let Some(v) = n.value.filter(|v| n.kind == NumberKind::Ordinal && v.fract() == 0.0 && *v >= 0.0) {
        // "19th century", not "19 century".
        s.push_str(&format!(": {}{}", write(v), ordinal_suffix(v as u64)));
    } else if let Some((feet, inches)) = feet_inches {
        // "6-foot-2" is 6 ft 2 in, not 6.1667 ft.
        s.push_str(&format!(": {} ft {inches} in", write(feet)));
    } else if let Some(v) = n.value {
        s.push_str(&format!(": {}", write(v)));
    }
    if let Some(u) = n.unit.as_ref().filter(|_| feet_inches.is_none()) {
        s.push(' ');
        s.push_str(&unit_for(n, u));
    }
    if let Some(a) = &n.approx {
        s.push_str(&format!(" ({a})"));
    }
    s
}

/// Feet and whole inches, when a length in feet has inches that no short
/// decimal writes: 6.1667 → (6, 2); `None` for whole feet, a decimal as a
/// text may write it (2.5, 6.25), or a fraction that is no whole inch.
fn feet_and_inches(v: f64) -> Option<(f64, u32)> {
    let inches = v.fract() * 12.0;
    let whole = inches.round();
    let short_decimal = ((v * 100.0).round() - v * 100.0).abs() < 1e-6;
    (v.is_finite() && v > 0.0 && !short_decimal && (inches - whole).abs() < 0.01 && (1.0..12.0).contains(&whole))
        .then(|| (v.trunc(), whole as u32))
}

/// "st", "nd", "rd" or "th" after `n`: 1st, 12th, 22nd, 103rd.
fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// A measure's unit as one of it reads: the core names units in the plural
/// ("decades", "miles"), so "a decade" is "1 decade", not "1 decades". A
/// counted noun is the text's own word ("one buyer"), and money and rates
/// name no plural ("USD", "fps").
fn unit_for<'a>(n: &Number, unit: &'a str) -> std::borrow::Cow<'a, str> {
    let measure = !matches!(n.kind, NumberKind::Count | NumberKind::Money | NumberKind::Rate | NumberKind::Ordinal);
    let one = n.value == Some(1.0) && n.range.is_none() && n.date.is_none();
    match unit.strip_suffix("ies") {
        _ if !(measure && one) => unit.into(),
        Some(stem) => format!("{stem}y").into(),
        None => unit.strip_suffix('s').filter(|stem| stem.len() > 1).unwrap_or(unit).into(),
    }
}

/// A date as the core writes it (ISO 8601), but a day without a year, which
/// ISO writes "--03-18", in words: "18 March (no year given)".
fn readable_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let day = date.strip_prefix("--").and_then(|md| md.split_once('-')).and_then(|(m, d)| {
        let month = MONTHS.get(m.parse::<usize>().ok()?.checked_sub(1)?)?;
        Some(format!("{} {month} (no year given)", d.parse::<u32>().ok()?))
    });
    day.unwrap_or_else(|| date.to_string())
}

/// A value with thousands separators and at most 4 decimals, rounded as a
/// whole (1.99999 is "2", not "1" and a rounded fraction).
pub fn value(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let rounded = format!("{:.4}", v.abs());
    let (whole, frac) = rounded.split_once('.').unwrap_or((&rounded, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    // "-0.00001" rounds to zero, which has no sign.
    if v < 0.0 && rounded.bytes().any(|b| matches!(b, b'1'..=b'9')) { format!("-{out}") } else { out }
}

/// "claim, score 0.87".
pub fn claim(c: &Claim) -> String {
    format!("{}claim, score {:.2}", if c.checkworthy { "check-worthy " } else { "" }, c.score)
}

/// Whether a reason raised its claim's score (else it lowered it).
pub fn raises(r: &Reason) -> bool {
    r.weight >= 0.0
}

/// A claim's reason with the way it pushed the score, as the findings list
/// shows it: "↑ a figure: 13,897 missiles", "↓ a prediction: will".
pub fn reason(r: &Reason) -> String {
    format!("{} {}", if raises(r) { "↑" } else { "↓" }, r.label)
}

/// A claim's reasons in words, the raising ones first: "raised by a
/// figure: 400; a date: 2019 · lowered by a prediction: will". A reason
/// that lowered a check-worthy claim's score never reads as support.
pub fn reasons(rs: &[Reason]) -> String {
    let labels = |up: bool| rs.iter().filter(|r| raises(r) == up).map(|r| r.label.as_str()).collect::<Vec<_>>();
    let (up, down) = (labels(true), labels(false));
    let mut parts = Vec::new();
    if !up.is_empty() {
        parts.push(format!("raised by {}", up.join("; ")));
    }
    if !down.is_empty() {
        parts.push(format!("lowered by {}", down.join("; ")));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason_of(label: &str, weight: f32) -> Reason {
        Reason {
            signal: marginalia_core::claim::Signal::Wording,
            label: label.into(),
            weight,
            span: marginalia_core::Span::new(0, 0),
        }
    }

    #[test]
    fn reasons_say_which_way_they_pushed() {
        let up = reason_of("a figure: 400", 1.2);
        let down = reason_of("a prediction: will", -0.8);
        assert_eq!(reason(&up), "↑ a figure: 400");
        assert_eq!(reason(&down), "↓ a prediction: will");
        let date = reason_of("a date: 2019", 0.5);
        assert_eq!(
            reasons(&[up.clone(), down.clone(), date.clone()]),
            "raised by a figure: 400; a date: 2019 · lowered by a prediction: will"
        );
        assert_eq!(reasons(&[down]), "lowered by a prediction: will");
        assert_eq!(reasons(&[date]), "raised by a date: 2019");
        assert_eq!(reasons(&[]), "");
    }

    /// One line per case: value, how it reads.
    macro_rules! reads {
        ($name:ident, $v:expr, $s:expr) => {
            #[test]
            fn $name() {
                assert_eq!(value($v), $s);
            }
        };
    }

    reads!(grouped, 1_200_000.0, "1,200,000");
    reads!(decimal, 0.4, "0.4");
    reads!(negative, -5.0, "-5");
    reads!(grouped_decimal, 1000.5, "1,000.5");
    reads!(not_a_number, f64::NAN, "—");
    reads!(infinite, f64::INFINITY, "—");
    reads!(rounds_up_into_the_whole, 1.99999, "2");
    reads!(rounds_up_to_one, 0.99996, "1");
    reads!(rounds_up_across_a_group, 999_999.999_96, "1,000,000");
    reads!(rounds_down, 0.12344, "0.1234");
    reads!(keeps_four_decimals, 2.3333333, "2.3333");
    reads!(third, 1.0 / 3.0, "0.3333");
    reads!(small_negative, -0.25, "-0.25");
    reads!(negative_rounds_to_zero, -0.00001, "0");
    reads!(zero, 0.0, "0");
    reads!(large, 21_000_000_000_300.0, "21,000,000,000,300");

    #[test]
    fn descriptions() {
        let a = marginalia_core::analyze("“We will see,” said Fiona Hill. It cost about $5 million.");
        assert_eq!(quote(&a.quotes[0], a.quotes[0].speaker.as_deref()), "quote by Fiona Hill (said)");
        assert_eq!(quote(&a.quotes[0], None), "quote, speaker unknown (said)");
        assert_eq!(number(&a.numbers[0]), "money: 5,000,000 USD (about)");
        let a = marginalia_core::analyze("It began in 2022.");
        assert_eq!(number(&a.numbers[0]), "year: 2022");
        // A table: text, how its first number reads.
        let cases = [
            ("He held power from 2011 to 2013.", "year: 2011–2013"),
            ("It peaked in the 1960s.", "decade: 1960"),
            ("The vote is on March 18 in Jerusalem.", "date: 18 March (no year given)"),
            ("The vote was on March 18, 2015.", "date: 2015-03-18"),
            // One of a unit the core names in the plural reads as one.
            ("Within a decade, costs will triple.", "duration: 1 decade (within)"),
            ("It lasted one century.", "duration: 1 century"),
            ("The road runs one mile.", "distance: 1 mile"),
            ("It warmed by 1 degree.", "temperature: 1 degree"),
            ("It lasted two decades.", "duration: 2 decades"),
            ("It took one to two hours.", "duration: 1–2 hours"),
            ("Just 1 buyer paid.", "count: 1 buyer"),
            // An ordinal reads as one.
            ("It was the 19th century.", "ordinal: 19th century"),
            ("It was his first term.", "ordinal: 1st term"),
            ("She came 22nd in the race.", "ordinal: 22nd"),
            ("It was the 103rd day of the strike.", "ordinal: 103rd day"),
            ("Revenue rose in Q2.", "ordinal: 2nd quarter"),
            ("Third-quarter profit fell.", "ordinal: 3rd quarter"),
            ("It was the 113th day.", "ordinal: 113th day"),
            // A height in feet and inches reads so.
            ("The 6-foot-2 guard scored.", "distance: 6 ft 2 in"),
            ("He is 5 ft 11 in tall.", "distance: 5 ft 11 in"),
            ("The wall is 6 feet high.", "distance: 6 ft"),
            ("The pipe is 2.5 feet long.", "distance: 2.5 ft"),
        ];
        for (text, want) in cases {
            let a = marginalia_core::analyze(text);
            assert_eq!(number(&a.numbers[0]), want, "{text}");
        }
    }

    #[test]
    fn counts_agree_with_their_noun() {
        let count = |n: usize| value(n as f64);
        assert_eq!(counted(1, "quote", "quotes", &count), "1 quote");
        assert_eq!(counted(0, "quote", "quotes", &count), "0 quotes");
        assert_eq!(counted(1200, "claim", "claims", &count), "1,200 claims");
    }

    #[test]
    fn sizes() {
        let cases = [(0, "0 B"), (1023, "1023 B"), (1024, "1.0 kB"), (14_540, "14.2 kB"), (5_662_310, "5.4 MB")];
        for (bytes, want) in cases {
            assert_eq!(size(bytes), want);
        }
    }

    #[test]
    fn values_can_be_written_in_the_readers_locale() {
        let german = |v: f64| value(v).replace(',', " ").replace('.', ",").replace(' ', ".");
        let a = marginalia_core::analyze("It cost $1,234.5 million in 2022, between 3.5 and 4.25 percent.");
        let described: Vec<String> = a.numbers.iter().map(|n| number_with(n, &german)).collect();
        assert_eq!(described[0], "money: 1.234.500.000 USD");
        assert_eq!(described[1], "year: 2022", "years are never grouped");
        assert!(described[2].contains("3,5–4,25"), "{described:?}");
    }
}
