//! Articles in other languages: said so, no claims scored with an English
//! model, numbers read with the language's own separators. The paragraphs
//! are from real pages of ../shared/data/readability-pages (la-nacion,
//! lemonde-1) and written like them.

use marginalia_core::{NumberKind, analyze};

fn values(text: &str) -> Vec<(String, Option<f64>, NumberKind)> {
    let a = analyze(text);
    a.numbers.iter().map(|n| (n.span.text(text).to_string(), n.value, n.kind)).collect()
}

#[test]
fn a_spanish_article_reads_its_own_separators_and_scores_no_claims() {
    let text = "El conflicto entre el Partido de los Trabajadores del Kurdistán y la República de Turquía se cobró \
                cerca de 40.000 vidas en los años 90. Las reservas indígenas ocupan 80.000 kilómetros cuadrados, \
                el 1,3% de la superficie del país, y la deuda llega a 1.234.567,89 pesos.";
    let a = analyze(text);
    assert_eq!(a.language.as_ref().map(|l| (l.code.as_str(), l.name.as_str())), Some(("spa", "Spanish")));
    assert!(a.claims.is_empty(), "{:?}", a.claims);
    let found = values(text);
    for (span, value) in [
        ("40.000 vidas", 40_000.0),
        ("80.000 kilómetros", 80_000.0),
        ("1,3%", 1.3),
        ("1.234.567,89 pesos", 1_234_567.89),
    ] {
        assert!(found.iter().any(|(s, v, _)| s == span && *v == Some(value)), "{span} = {value} not in {found:?}");
    }
}

#[test]
fn a_french_article_groups_digits_with_spaces() {
    let text = "Le séisme a fait près de 5 500 morts et touche huit des 28 millions d’habitants du Népal. \
                Des dizaines de milliers de personnes dorment dehors, et l’aide arrive lentement dans les vallées.";
    let a = analyze(text);
    assert_eq!(a.language.map(|l| l.code), Some("fra".into()));
    assert!(values(text).iter().any(|(s, v, _)| s == "5 500 morts" && *v == Some(5_500.0)));
}

#[test]
fn english_keeps_the_point_and_its_claims() {
    let text = "The federal government will spend more than $390 billion on interest next year, nearly 50 percent \
                more than in 2017, according to the Congressional Budget Office. That is 1,234.5 million a day.";
    let a = analyze(text);
    assert_eq!(a.language, None);
    assert!(!a.claims.is_empty());
    assert!(values(text).iter().any(|(s, v, _)| s == "1,234.5 million a day" && *v == Some(1_234_500_000.0)));
}

#[test]
fn a_leading_dot_where_the_comma_is_the_decimal_ends() {
    // ".5" once made the lexer stand still, pushing tokens until memory ran out.
    let text = "Las reservas indígenas ocupan 80.000 kilómetros cuadrados, el 1,3% de la superficie del país, \
                según el censo .5 y .25 del año pasado; en Canadá, unas 2300 reservas ocupan 28.000 kilómetros.";
    let a = analyze(text);
    assert_eq!(a.language.map(|l| l.code), Some("spa".into()));
    assert!(a.numbers.len() < 10, "{:?}", a.numbers);
}
