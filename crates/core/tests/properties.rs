//! Invariants of the core over arbitrary input, as property tests.

use marginalia_core::{Analysis, OffsetIndex, Span, analyze};
use proptest::prelude::*;

/// Text that looks a little like news: words, digits, quote marks, breaks.
fn newsy() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("1,200".to_string()),
        Just("million".to_string()),
        Just("$".to_string()),
        Just("%".to_string()),
        Just("-".to_string()),
        Just("U.S.".to_string()),
        Just("Trump".to_string()),
        Just("he".to_string()),
        Just("twenty-one".to_string()),
        Just("👋".to_string()),
        Just("e\u{301}".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,5}",
        "\\PC",
    ];
    prop::collection::vec(atom, 0..60).prop_map(|v| v.join(" "))
}

fn all_spans(a: &Analysis) -> Vec<(&'static str, Span)> {
    let mut v = Vec::new();
    v.extend(a.paragraphs.iter().map(|p| ("paragraph", p.span)));
    v.extend(a.sentences.iter().map(|s| ("sentence", s.span)));
    for q in &a.quotes {
        v.push(("quote", q.span));
        v.push(("quote content", q.content));
        v.extend(q.speaker_span.map(|s| ("speaker", s)));
        v.extend(q.cue_span.map(|s| ("cue", s)));
    }
    for n in &a.numbers {
        v.push(("number", n.span));
        v.extend(n.approx_span.map(|s| ("qualifier", s)));
    }
    for c in &a.claims {
        v.push(("claim", c.span));
        v.extend(c.reasons.iter().map(|r| ("reason", r.span)));
    }
    v
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    for (what, s) in all_spans(&a) {
        prop_assert!(s.start <= s.end && s.end <= text.len(), "{what} {s:?} outside the text");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {s:?} splits a char");
    }
    for (name, spans) in [
        ("sentences", a.sentences.iter().map(|s| s.span).collect::<Vec<_>>()),
        ("quotes", a.quotes.iter().map(|q| q.span).collect()),
        ("numbers", a.numbers.iter().map(|n| n.span).collect()),
        ("claims", a.claims.iter().map(|c| c.span).collect()),
    ] {
        for w in spans.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "{name} overlap or are unsorted: {:?} {:?}", w[0], w[1]);
        }
    }
    for n in &a.numbers {
        prop_assert!(n.value.is_none_or(f64::is_finite), "non-finite value {:?}", n.value);
    }
    for c in &a.claims {
        prop_assert!((0.0..=1.0).contains(&c.score));
        prop_assert!(c.numbers.iter().all(|&i| i < a.numbers.len()) && c.quotes.iter().all(|&i| i < a.quotes.len()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_lie_on_char_boundaries_inside_the_text_sorted(text in "\\PC{0,400}") {
        check(&text)?;
    }

    #[test]
    fn newsy_text_keeps_every_invariant(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn offsets_round_trip_between_bytes_code_points_and_utf16(text in "\\PC{0,200}") {
        let ix = OffsetIndex::new(&text);
        let mut utf16 = 0;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            prop_assert_eq!(ix.byte_to_char(byte), chars);
            prop_assert_eq!(ix.char_to_byte(chars), Some(byte));
            prop_assert_eq!(ix.byte_to_utf16(byte), utf16);
            prop_assert_eq!(ix.utf16_to_byte(utf16), Some(byte));
            utf16 += c.len_utf16();
        }
        prop_assert_eq!(ix.len_chars(), text.chars().count());
    }
}

#[test]
fn long_chains_do_not_overflow_the_stack() {
    // Each of these once recursed (or scanned back) once per element.
    for text in
        ["twenty-one hundred and ".repeat(50_000), "1-".repeat(200_000), "“".repeat(200_000), "1,234,".repeat(100_000)]
    {
        let a = analyze(&text);
        assert!(a.sentences.len() <= text.len());
    }
}

#[test]
fn pathological_inputs_do_not_panic() {
    // Inputs the property tests once found panicking on.
    for text in [
        "twenty-one - \n\n".to_string(),
        "\u{a0}.#".to_string(), // a sentence end after a multi-byte space
        "“".repeat(5000),
        "\"".repeat(5001),
        "1,".repeat(5000),
        "a".repeat(100_000),
        ". ".repeat(5000),
        "’s ".repeat(3000),
    ] {
        let _ = analyze(&text);
    }
}
