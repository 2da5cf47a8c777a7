//! Invariants of the number finder over number-heavy input: the pieces of
//! every construct it reads ("9/11", "6'2\"", "US$", ".5", "1e10", "2-0",
//! "½", "’91", "1.8.3"), glued to each other or spaced, at random.

use marginalia_core::analyze;
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("9/11".to_string()),
        Just("2022/23".to_string()),
        Just("3/4".to_string()),
        Just("6'2\"".to_string()),
        Just("US$".to_string()),
        Just("RM".to_string()),
        Just("Rs.".to_string()),
        Just("$".to_string()),
        Just("£".to_string()),
        Just("₾".to_string()),
        Just("°".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("-".to_string()),
        Just("–".to_string()),
        Just("−".to_string()),
        Just("/".to_string()),
        Just("½".to_string()),
        Just("’".to_string()),
        Just("e".to_string()),
        Just("e-".to_string()),
        Just("\u{202f}".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("k".to_string()),
        Just("K".to_string()),
        Just("p".to_string()),
        Just("bn".to_string()),
        Just("1e999".to_string()),
        Just("999".to_string()),
        Just("000".to_string()),
        Just("one".to_string()),
        Just("twenty".to_string()),
        Just("hundred".to_string()),
        Just("trillion".to_string()),
        Just("and".to_string()),
        Just("a".to_string()),
        Just("half".to_string()),
        Just("quarter".to_string()),
        Just("thirds".to_string()),
        Just("dozen".to_string()),
        Just("dozens".to_string()),
        Just("tens".to_string()),
        Just("of".to_string()),
        Just("in".to_string()),
        Just("point".to_string()),
        Just("minus".to_string()),
        Just("between".to_string()),
        Just("to".to_string()),
        Just("fell".to_string()),
        Just("won".to_string()),
        Just("years".to_string()),
        Just("old".to_string()),
        Just("degrees".to_string()),
        Just("Celsius".to_string()),
        Just("miles".to_string()),
        Just("per".to_string()),
        Just("hour".to_string()),
        Just("cent".to_string()),
        Just("Sixth".to_string()),
        Just("Street".to_string()),
        Just("14th".to_string()),
        "[0-9]{1,4}",
        "\\PC",
    ];
    prop::collection::vec((atom, prop::bool::ANY), 0..40)
        .prop_map(|v| v.into_iter().map(|(a, space)| if space { format!("{a} ") } else { a }).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn numbers_keep_every_invariant(text in pieces()) {
        let a = analyze(&text);
        a.check(&text).map_err(TestCaseError::fail)?;
        for n in &a.numbers {
            if let Some([lo, hi]) = n.range {
                prop_assert!(lo.is_finite() && hi.is_finite(), "range {:?} of {:?}", n.range, n.span.text(&text));
            }
        }
    }

    /// The same pieces after a Spanish paragraph, so that they are read
    /// with a decimal comma (a leading ".5" there once hung the lexer).
    #[test]
    fn numbers_read_with_a_decimal_comma_keep_every_invariant(text in pieces()) {
        let text = format!("{SPANISH}\n\n{text}");
        let a = analyze(&text);
        a.check(&text).map_err(TestCaseError::fail)?;
    }
}

const SPANISH: &str = "Las reservas indígenas ocupan ochenta mil kilómetros cuadrados de la superficie del país, \
    según el censo del año pasado; en Canadá, unas dos mil reservas ocupan veintiocho mil kilómetros cuadrados, \
    y en Australia el gobierno otorga a los pueblos originarios la propiedad de casi la mitad del territorio.";
