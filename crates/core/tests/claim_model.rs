//! The shipped claim model on a fixed sample: a reviewed snapshot of its
//! scores. A change of features or weights shows here first; retraining
//! (`make train`) means reviewing and updating these lines.

use marginalia_core::analyze;

/// One line per sentence: its score as the shipped model gives it, read as a
/// one-sentence article, and whether it clears the default threshold.
macro_rules! score {
    ($name:ident, $text:expr, $score:expr, $checkworthy:expr) => {
        #[test]
        fn $name() {
            let claims = analyze($text).claims;
            assert_eq!(claims.len(), 1, "{claims:?}");
            let c = &claims[0];
            assert!((c.score - $score).abs() <= 0.002, "score {} ≠ {}: {:?}", c.score, $score, c.reasons);
            assert_eq!(c.checkworthy, $checkworthy, "{}", c.score);
        }
    };
}

score!(
    statistic,
    "Under predecessor Joe Biden, Russia launched 13,897 missiles and drones at Ukraine in 2024, averaging 38 per day.",
    0.999,
    true
);
score!(
    quote_of_exhortation,
    "“Ukraine better come to the table fast, is all I’m telling you,” he told reporters on Monday night.",
    0.001,
    false
);
score!(
    analysis,
    "The war remains a deadly stalemate, with U.S. policy increasingly aligned against Ukrainian interests.",
    0.127,
    false
);
score!(
    according_to,
    "According to the Institute for the Study of War, Ukraine now kills and injures more than the 35,000 soldiers Putin can monthly conscript.",
    0.995,
    true
);
score!(opinion, "I think we should cut taxes for the middle class.", 0.053, false);
score!(comparison, "Unemployment fell to 4 percent last year, the lowest since 2000.", 0.998, true);
score!(question, "What does Russia want?", 0.003, false);
score!(
    speculation,
    "Analysts warn that the war’s sustainability could be at risk if it extends into 2026.",
    0.059,
    false
);
score!(instruction, "Cut the stems to about 2 inches and place them in the vase.", 0.143, false);
