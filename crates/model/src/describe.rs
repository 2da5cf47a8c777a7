//! Short descriptions of findings, for labels, tooltips and screen readers.

use marginalia_core::{Claim, Number, NumberKind, Quote, QuoteKind};

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
        NumberKind::Duration => "duration",
        NumberKind::Rate => "rate",
        NumberKind::Age => "age",
        NumberKind::Year => "year",
        NumberKind::Decade => "decade",
        NumberKind::Date => "date",
        NumberKind::Time => "time",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Fraction => "fraction",
        NumberKind::Approximate => "approximate",
        NumberKind::Identifier => "identifier",
    }
}

/// "count: 1,200,000 casualties (about)".
pub fn number(n: &Number) -> String {
    let mut s = number_kind(n.kind).to_string();
    if let Some(date) = &n.date {
        s.push_str(&format!(": {date}"));
    } else if let Some([lo, hi]) = n.range {
        s.push_str(&format!(": {}–{}", value(lo), value(hi)));
    } else if let Some(v) = n.value.filter(|_| matches!(n.kind, NumberKind::Year | NumberKind::Decade)) {
        s.push_str(&format!(": {v}"));
    } else if let Some(v) = n.value {
        s.push_str(&format!(": {}", value(v)));
    }
    if let Some(u) = &n.unit {
        s.push(' ');
        s.push_str(u);
    }
    if let Some(a) = &n.approx {
        s.push_str(&format!(" ({a})"));
    }
    s
}

/// A value with thousands separators and at most 4 decimals.
pub fn value(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let neg = v < 0.0;
    let v = v.abs();
    let whole = v.trunc() as u128;
    let frac = v - v.trunc();
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.4}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

/// "claim, score 0.87".
pub fn claim(c: &Claim) -> String {
    format!("{}claim, score {:.2}", if c.checkworthy { "check-worthy " } else { "" }, c.score)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_well() {
        assert_eq!(value(1_200_000.0), "1,200,000");
        assert_eq!(value(0.4), "0.4");
        assert_eq!(value(-5.0), "-5");
        assert_eq!(value(1000.5), "1,000.5");
        assert_eq!(value(f64::NAN), "—");
    }

    #[test]
    fn descriptions() {
        let a = marginalia_core::analyze("“We will see,” said Fiona Hill. It cost about $5 million.");
        assert_eq!(quote(&a.quotes[0], a.quotes[0].speaker.as_deref()), "quote by Fiona Hill (said)");
        assert_eq!(quote(&a.quotes[0], None), "quote, speaker unknown (said)");
        assert_eq!(number(&a.numbers[0]), "money: 5,000,000 USD (about)");
        let a = marginalia_core::analyze("It began in 2022.");
        assert_eq!(number(&a.numbers[0]), "year: 2022");
    }
}
