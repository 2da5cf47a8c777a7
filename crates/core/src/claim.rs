//! Check-worthy claims: every body sentence scored in [0, 1], with the
//! signals that moved the score.
//!
//! The model is a transparent logistic score: `sigmoid(BIAS + Σ weights)`
//! over the signals found in a sentence. Every weight lives in [`WEIGHTS`];
//! every signal found becomes a [`Reason`] the reader can see, with the words
//! that triggered it.

use serde::{Deserialize, Serialize};

use crate::chars::{Word, words};
use crate::number::{Number, NumberKind};
use crate::quote::{Quote, QuoteKind};
use crate::segment::{BlockKind, Sentence};
use crate::span::{Span, overlapping_range};

/// A sentence is check-worthy when its score reaches this.
pub const THRESHOLD: f32 = 0.5;

/// The score of a sentence with no signal at all, before the sigmoid.
const BIAS: f32 = -1.6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// A statistic: a count, amount, percentage, rate or measure.
    Figure,
    /// A date, year, duration or ordinal: weaker than a statistic.
    TimeFigure,
    /// Attributed to a named source ("according to", "X said that").
    Attributed,
    /// Relayed from reports or estimates ("reports suggest", "reportedly").
    Reported,
    /// A concrete event: an action verb in the past or present perfect.
    Event,
    /// A comparison or change ("more than", "surged", "doubled").
    Comparison,
    /// A causal link ("because", "led to").
    Causal,
    /// A named institution or titled person as source.
    NamedSource,
    /// Lowering: hedges and speculation ("may", "likely").
    Hedged,
    /// Lowering: opinion or prescription ("should", "I think").
    Opinion,
    /// Lowering: a prediction ("will").
    Prediction,
    /// Lowering: the author's analysis ("highlights", "underscores").
    Analysis,
    /// Lowering: a question.
    Question,
    /// Lowering: mostly a direct quote of feelings or exhortation.
    QuoteOnly,
    /// A small count ("two sides"): weaker than a statistic.
    MinorFigure,
    /// Lowering: a vague, demonstrative subject ("This decision …").
    VagueSubject,
}

/// One readable weight table: signal, weight, and the label a reader sees.
pub const WEIGHTS: &[(Signal, f32, &str)] = &[
    (Signal::Figure, 2.6, "contains a figure"),
    (Signal::TimeFigure, 0.7, "contains a date or duration"),
    (Signal::Attributed, 1.9, "attributed"),
    (Signal::Reported, 1.9, "reported"),
    (Signal::Event, 1.8, "concrete event"),
    (Signal::Comparison, 0.9, "comparison"),
    (Signal::Causal, 0.8, "causal link"),
    (Signal::NamedSource, 0.5, "named source"),
    (Signal::Hedged, -1.3, "hedged"),
    (Signal::Opinion, -1.5, "opinion"),
    (Signal::Prediction, -1.2, "prediction"),
    (Signal::Analysis, -1.2, "analysis"),
    (Signal::Question, -2.0, "question"),
    (Signal::QuoteOnly, -3.0, "only a quote"),
    (Signal::MinorFigure, 0.5, "contains a small number"),
    (Signal::VagueSubject, -0.9, "vague subject"),
];

fn weight(signal: Signal) -> (f32, &'static str) {
    WEIGHTS.iter().find(|(s, _, _)| *s == signal).map_or((0.0, ""), |(_, w, l)| (*w, *l))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub signal: Signal,
    /// "contains a figure: 1.2 million".
    pub label: String,
    pub weight: f32,
    /// The words that triggered the signal.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    /// Index into [`crate::Analysis::sentences`].
    pub sentence: usize,
    pub score: f32,
    pub checkworthy: bool,
    pub reasons: Vec<Reason>,
    /// Indices into [`crate::Analysis::numbers`] of the figures inside.
    pub numbers: Vec<usize>,
    /// Indices into [`crate::Analysis::quotes`] of the quotes inside.
    pub quotes: Vec<usize>,
}

#[rustfmt::skip]
const ATTRIBUTION_VERBS: &[&str] = &[
    "said", "says", "told", "stated", "warned", "warns", "insisted", "insists", "claimed", "claims", "claiming",
    "announced", "confirmed", "denied", "accused", "reiterated", "promised", "threatened", "demanded", "urged",
    "stressed", "emphasized", "emphasised", "acknowledged", "admitted", "argued", "noted", "reported", "reporting",
    "stating", "saying", "warning", "insisting", "expressed", "rejected", "hinted", "vowed", "pledged", "estimates",
    "estimated", "believes", "hopes", "requirements", "asked", "position", "advocating", "advocated", "demands",
];

/// Verbs whose perfect tense is a state, not an event.
#[rustfmt::skip]
const STATIVE: &[&str] = &[
    "remained", "been", "seemed", "appeared", "oscillated", "continued", "struggled", "hoped", "wanted", "tried",
    "become", "proven", "proved", "had", "sparked",
];

/// Capitalised words that name institutions and sources.
#[rustfmt::skip]
const NAMED_SOURCES: &[&str] = &[
    "Institute", "Center", "Centre", "Ministry", "Department", "Agency", "Bloomberg", "Reuters", "Congress",
    "Pentagon", "Commission",
];

/// Words that open a leading subordinate clause.
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "although", "though", "even", "while", "if", "as", "when", "despite", "because", "since", "given", "whereas",
    "unless",
];

/// The word lists above, as one lookup: each word maps to the set of lists
/// it is in (one bit per list), so a sentence costs one lookup per word.
mod lexicon {
    use std::collections::HashMap;
    use std::sync::LazyLock;

    pub const ATTRIBUTION: u16 = 1;
    pub const REPORT: u16 = 1 << 1;
    pub const EVENT: u16 = 1 << 2;
    pub const COMPARISON: u16 = 1 << 3;
    pub const CAUSAL: u16 = 1 << 4;
    pub const HEDGE: u16 = 1 << 5;
    pub const OPINION: u16 = 1 << 6;
    pub const PREDICTION: u16 = 1 << 7;
    pub const ANALYSIS: u16 = 1 << 8;
    pub const STATIVE: u16 = 1 << 9;

    static WORDS: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
        let lists: [(u16, &[&str]); 10] = [
            (ATTRIBUTION, super::ATTRIBUTION_VERBS),
            (REPORT, super::REPORT_WORDS),
            (EVENT, super::EVENT_IRREGULAR),
            (COMPARISON, super::COMPARISON_WORDS),
            (CAUSAL, super::CAUSAL_WORDS),
            (HEDGE, super::HEDGES),
            (OPINION, super::OPINION),
            (PREDICTION, super::PREDICTION),
            (ANALYSIS, super::ANALYSIS),
            (STATIVE, super::STATIVE),
        ];
        let mut map = HashMap::new();
        for (bit, list) in lists {
            for w in list {
                *map.entry(*w).or_insert(0) |= bit;
            }
        }
        map
    });

    /// The lists a (lower-case) word is in.
    pub fn flags(word: &str) -> u16 {
        WORDS.get(word).copied().unwrap_or(0)
    }
}

/// Where the main clause starts: after the first comma of a sentence that
/// opens with a subordinator, else at the start.
fn leading_clause_end(text: &str, lower: &[String], outside: &[&Word<'_>]) -> usize {
    let (Some(first), Some(w0)) = (lower.first(), outside.first()) else { return 0 };
    if !SUBORDINATORS.contains(&first.as_str()) {
        return 0;
    }
    let from = w0.start;
    let end = outside.last().map_or(from, |w| w.end);
    text[from..end].find(',').map_or(0, |i| from + i)
}

#[rustfmt::skip]
const REPORT_WORDS: &[&str] = &[
    "reportedly", "reports", "report", "estimate", "estimates", "data", "figures", "statistics", "survey", "poll",
    "study", "according", "accounts",
];

#[rustfmt::skip]
const EVENT_IRREGULAR: &[&str] = &[
    "held", "met", "took", "gave", "sent", "won", "lost", "struck", "fought", "began", "left", "paid", "built",
    "cut", "led", "drew", "fell", "rose", "hit", "kept", "brought", "sought", "spent", "sold", "shot", "fled",
    "seized", "broke", "chose", "froze", "stole", "withdrew", "overthrew", "ended", "knew", "suffered", "launched",
    "captured", "agreed", "signed", "killed", "deployed", "canceled", "cancelled", "hosted", "called", "invaded",
    "attacked", "approved", "passed", "delayed", "suspended", "imposed", "lifted", "paused", "reversed", "opened",
    "criticized", "pressured", "exchanged", "released", "arrested", "elected", "appointed", "resigned", "visited",
    "supplied", "delivered", "provided", "included", "complicated", "created", "announced", "confirmed", "insisted",
    "opted", "targeted", "destroyed", "shelved", "negotiated", "gathered", "rejected", "backed", "moved", "boosted",
    "improved", "given", "won", "urged", "celebrated", "criticised", "hinged",
];

#[rustfmt::skip]
const COMPARISON_WORDS: &[&str] = &[
    "increase", "increased", "increases", "surged", "surge", "fell", "rose", "doubled", "tripled", "halved",
    "record", "exceeding", "exceeded", "compared", "than", "decline", "declined", "dropped", "grew", "jumped",
    "soared", "plunged", "highest", "lowest", "largest", "smallest", "most", "fewer", "less", "rely",
];

#[rustfmt::skip]
const CAUSAL_WORDS: &[&str] = &[
    "because", "led", "result", "coincided", "caused", "due", "resulted", "therefore", "consequently", "thanks",
    "part",
];

#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "may", "might", "could", "seems", "seem", "seemed", "appears", "appear", "likely", "unlikely", "possibly",
    "perhaps", "probably", "maybe", "would", "potential", "potentially", "apparently", "suggests", "suggest",
    "speculation",
];

#[rustfmt::skip]
const OPINION: &[&str] = &[
    "should", "must", "think", "believe", "clearly", "obviously", "fortunately", "unfortunately", "simple",
    "reasonable", "better", "best", "worse", "need", "needs", "needed", "ought", "hope", "wish", "feel",
    "certainly", "surely", "ironically", "sadly", "impossible", "nothing", "nobody", "no one",
];

#[rustfmt::skip]
const ANALYSIS: &[&str] = &[
    "highlights", "highlighting", "underscores", "underscored", "reflects", "remains", "remain", "signals",
    "illustrates", "demonstrates", "complicating", "seen", "concern", "challenges", "determined", "reminder",
    "acknowledgment", "dynamics", "unfold", "fraught", "boasts", "misunderstanding", "convinced", "viewed",
    "regarded", "difficult", "proven", "difference", "different", "pattern", "trying",
];

#[rustfmt::skip]
const PREDICTION: &[&str] = &[
    "will", "won't", "shall", "going",
];

/// Scores every sentence that is body text.
pub fn score(text: &str, sentences: &[Sentence], quotes: &[Quote], numbers: &[Number]) -> Vec<Claim> {
    let quote_spans: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let number_spans: Vec<Span> = numbers.iter().map(|n| n.span).collect();
    sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == BlockKind::Body)
        .map(|(i, s)| score_sentence(text, i, s, (quotes, &quote_spans), (numbers, &number_spans)))
        .collect()
}

fn score_sentence(
    text: &str,
    index: usize,
    s: &Sentence,
    (quotes, quote_spans): (&[Quote], &[Span]),
    (numbers, number_spans): (&[Number], &[Span]),
) -> Claim {
    let span = s.span;
    let inside = |x: Span| span.start <= x.start && x.start < span.end;
    let number_ids: Vec<usize> = overlapping_range(number_spans, span).filter(|&i| inside(numbers[i].span)).collect();
    let quote_ids: Vec<usize> = overlapping_range(quote_spans, span).collect();
    let in_quote = |at: usize| quote_ids.iter().any(|&q| quotes[q].span.start <= at && at < quotes[q].span.end);
    let ws: Vec<Word<'_>> = words(text, span.start, span.end);
    let outside: Vec<&Word<'_>> = ws.iter().filter(|w| !in_quote(w.start)).collect();
    let lower: Vec<String> = outside.iter().map(|w| w.lower()).collect();

    let mut reasons = Vec::new();
    let mut add = |signal: Signal, what: &str, at: Span| {
        if reasons.iter().any(|r: &Reason| r.signal == signal) {
            return;
        }
        let (w, label) = weight(signal);
        reasons.push(Reason { signal, label: format!("{label}: {what}"), weight: w, span: at });
    };
    let flags: Vec<u16> = lower.iter().map(|l| lexicon::flags(l)).collect();
    let find = |list: u16| {
        flags.iter().position(|f| f & list != 0).map(|i| (outside[i].text, Span::new(outside[i].start, outside[i].end)))
    };

    // Figures, by kind: a statistic counts more than a date or a small count.
    let mut anchors = Vec::new();
    for &i in &number_ids {
        let n = &numbers[i];
        if in_quote(n.span.start) {
            continue;
        }
        let what = n.span.text(text);
        let small = n.kind == NumberKind::Count && n.value.is_some_and(|v| v.abs() < 10.0);
        match n.kind {
            _ if small => add(Signal::MinorFigure, what, n.span),
            NumberKind::Count
            | NumberKind::Percent
            | NumberKind::Money
            | NumberKind::Rate
            | NumberKind::Distance
            | NumberKind::Area
            | NumberKind::Weight
            | NumberKind::Volume
            | NumberKind::Speed
            | NumberKind::Fraction
            | NumberKind::Approximate => {
                anchors.push(n.span.start);
                add(Signal::Figure, what, n.span)
            }
            NumberKind::Duration
            | NumberKind::Year
            | NumberKind::Decade
            | NumberKind::Date
            | NumberKind::Time
            | NumberKind::Ordinal
            | NumberKind::Age => add(Signal::TimeFigure, what, n.span),
            _ => {}
        }
    }

    // Attribution: a reporting verb outside quotes, "according to", "made it clear".
    let made_clear = (0..lower.len().saturating_sub(2))
        .find(|&i| lower[i] == "made" && lower[i + 1] == "it" && lower[i + 2] == "clear");
    if let Some(i) = lower.iter().position(|l| l == "according") {
        let end = outside.get(i + 4).or(outside.last()).map_or(span.end, |w| w.end);
        add(Signal::Attributed, Span::new(outside[i].start, end).text(text), Span::new(outside[i].start, end));
        anchors.push(outside[i].start);
    } else if let Some(i) = made_clear {
        let at = Span::new(outside[i].start, outside[i + 2].end);
        add(Signal::Attributed, at.text(text), at);
        anchors.push(at.start);
    } else if let Some((w, at)) = find(lexicon::ATTRIBUTION) {
        add(Signal::Attributed, w, at);
        anchors.push(at.start);
    }
    if let Some((w, at)) = find(lexicon::REPORT) {
        add(Signal::Reported, w, at);
    }

    // A concrete event: an action verb in the past, or a present perfect of
    // a verb that is not a state ("has remained" is not an event).
    let perfect = (0..lower.len().saturating_sub(1)).find(|&i| {
        matches!(lower[i].as_str(), "has" | "have" | "had")
            && (lower[i + 1].ends_with("ed") || flags[i + 1] & lexicon::EVENT != 0)
            && flags[i + 1] & lexicon::STATIVE == 0
    });
    if let Some((w, at)) = find(lexicon::EVENT) {
        add(Signal::Event, w, at);
        anchors.push(at.start);
    } else if let Some(i) = perfect {
        let at = Span::new(outside[i].start, outside[i + 1].end);
        add(Signal::Event, at.text(text), at);
        anchors.push(at.start);
    }
    if let Some((w, at)) = find(lexicon::COMPARISON) {
        add(Signal::Comparison, w, at);
    }
    if let Some((w, at)) = find(lexicon::CAUSAL) {
        add(Signal::Causal, w, at);
    }
    // Institutions, and titled people ("Foreign Minister Sergei Lavrov").
    let titled = outside.windows(2).find(|p| {
        p[0].is_capitalized() && p[1].is_capitalized() && crate::entity::is_title(&p[0].lower()) && p[0].text != "The"
    });
    if let Some(w) = outside.iter().copied().find(|w| NAMED_SOURCES.contains(&w.text)).or(titled.map(|p| p[0])) {
        add(Signal::NamedSource, w.text, Span::new(w.start, w.end));
    }

    // Lowering signals count in the main clause, before the claim's anchor
    // (its figure, event or attribution): "he has opted against sanctions,
    // fearing that it might derail talks" is not hedged. A leading
    // subordinate clause ("Even though …,") does not lower the main one.
    let anchor = anchors.iter().copied().min().unwrap_or(span.end);
    let lead_end = leading_clause_end(text, &lower, &outside);
    let lowering = |list: u16| {
        flags
            .iter()
            .zip(&outside)
            .find(|(f, w)| *f & list != 0 && w.start < anchor && w.start >= lead_end)
            .map(|(_, w)| (w.text, Span::new(w.start, w.end)))
    };
    if let Some((w, at)) = lowering(lexicon::HEDGE) {
        add(Signal::Hedged, w, at);
    }
    if let Some((w, at)) = lowering(lexicon::OPINION) {
        add(Signal::Opinion, w, at);
    }
    if let Some((w, at)) = lowering(lexicon::PREDICTION) {
        add(Signal::Prediction, w, at);
    }
    if let Some((w, at)) = lowering(lexicon::ANALYSIS) {
        add(Signal::Analysis, w, at);
    }
    if let Some(first) = outside.first().filter(|w| matches!(w.text, "This" | "These" | "That" | "Those" | "Such")) {
        add(Signal::VagueSubject, first.text, Span::new(first.start, first.end));
    }
    let body = span.text(text).trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?');
    if body.ends_with('?') {
        let mark = span.start + body.len() - 1; // the '?' itself, before any closing quote
        add(Signal::Question, "?", Span::new(mark, mark + 1));
    }
    // A quote with a bare attribution ("…,” he told reporters last week):
    // judged by the quote, which is feelings, assessment or exhortation
    // unless it carries a figure.
    let direct = quote_ids.iter().any(|&q| quotes[q].kind == QuoteKind::Direct);
    let partial = quote_ids.iter().any(|&q| quotes[q].kind == QuoteKind::Partial && quotes[q].cue.is_some());
    let bare = (direct && outside.len() <= 12) || (partial && outside.len() <= 8);
    let quote_figure = number_ids.iter().any(|&i| {
        in_quote(numbers[i].span.start)
            && matches!(numbers[i].kind, NumberKind::Count | NumberKind::Percent | NumberKind::Money | NumberKind::Rate)
    });
    if bare && !quote_figure {
        add(Signal::QuoteOnly, "a quote with its attribution", span);
    }

    let total: f32 = BIAS + reasons.iter().map(|r| r.weight).sum::<f32>();
    let score = 1.0 / (1.0 + (-total).exp());
    let score = (score * 1000.0).round() / 1000.0;
    reasons.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    Claim {
        span,
        sentence: index,
        score,
        checkworthy: score >= THRESHOLD,
        reasons,
        numbers: number_ids,
        quotes: quote_ids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    fn claim(text: &str) -> Claim {
        analyze(text).claims.into_iter().next().expect("one claim")
    }

    fn signals(text: &str) -> Vec<Signal> {
        claim(text).reasons.iter().map(|r| r.signal).collect()
    }

    /// One line per signal: a sentence and a signal it must raise.
    macro_rules! sig {
        ($name:ident, $text:expr, $signal:ident) => {
            #[test]
            fn $name() {
                assert!(signals($text).contains(&Signal::$signal), "{:?}", claim($text).reasons);
            }
        };
    }

    sig!(figure, "Russia suffered 1.2 million military casualties.", Figure);
    sig!(time_figure, "The talks ended in 2022.", TimeFigure);
    sig!(according_to, "According to the Institute for the Study of War, Russia advanced.", Attributed);
    sig!(said_that, "Lavrov said that Moscow seeks peace.", Attributed);
    sig!(reported, "Reports suggest that Trump pressured Zelensky.", Reported);
    sig!(event, "Russia launched a new offensive.", Event);
    sig!(present_perfect, "Russia has deployed troops.", Event);
    sig!(comparison, "Attacks surged this year.", Comparison);
    sig!(causal, "The cutoff led to more casualties.", Causal);
    sig!(hedged, "Putin may be exploiting the talks.", Hedged);
    sig!(opinion, "The West should act now.", Opinion);
    sig!(prediction, "Ukraine will face shortages.", Prediction);
    sig!(analysis, "This decision highlights the deep divide.", Analysis);
    sig!(question, "What does Russia want?", Question);
    sig!(quote_only, "“I don’t want to have a wasted meeting,” he said.", QuoteOnly);
    sig!(partial_quote_only, "Ending the war, he admitted recently, is “harder than expected.”", QuoteOnly);
    sig!(minor_figure, "The two sides gathered on many issues.", MinorFigure);
    sig!(vague_subject, "This decision reflects a delicate balancing act.", VagueSubject);
    sig!(made_it_clear, "Zelenskyy has made it clear that he is ready to talk.", Attributed);

    /// Signals a sentence must not raise.
    macro_rules! not_sig {
        ($name:ident, $text:expr, $signal:ident) => {
            #[test]
            fn $name() {
                assert!(!signals($text).contains(&Signal::$signal), "{:?}", claim($text).reasons);
            }
        };
    }

    not_sig!(
        hedge_after_the_event_is_subordinate,
        "Trump has opted against sanctions, fearing that it might derail talks.",
        Hedged
    );
    not_sig!(
        leading_clause_does_not_lower,
        "Even though Trump obviously does not want to renew aid, the country has improved its industry.",
        Opinion
    );
    not_sig!(stative_perfect_is_no_event, "However, the Kremlin has remained firm in its stance.", Event);
    not_sig!(wanting_is_no_attribution, "Trump wants to end the war.", Attributed);

    sig!(titled_source, "Foreign Minister Sergei Lavrov spoke on Monday.", NamedSource);

    #[test]
    fn seed_headlines_and_furniture_are_not_claims() {
        // The opening and closing lines of a seed article, as pasted.
        let text = "Why Trump Secured a Breakthrough in Gaza\n\nTimes in Pakistan\n0\n\n \n\n\
                    Donald Trump speaking at the White House after canceling his planned meeting.\n\n\
                    Reports of a summit appear to have been overstated.\n\n\
                    Tags\n\nPost a Comment\n\n0 Comments\n\nPost a Comment (0)\n3/related/default";
        let a = analyze(text);
        let claims: Vec<&str> = a.claims.iter().map(|c| c.span.text(text)).collect();
        assert_eq!(claims, ["Reports of a summit appear to have been overstated."]);
    }

    #[test]
    fn statistics_are_checkworthy() {
        assert!(claim("Russia has suffered 1.2 million military casualties since 2022.").checkworthy);
    }

    #[test]
    fn speculation_is_not() {
        assert!(!claim("This would help reach an agreement, showing that victory is impossible.").checkworthy);
    }

    #[test]
    fn headings_and_furniture_are_not_claims() {
        let a = analyze("Trump Shelves Planned Putin Meeting\n\nPost a Comment\n0 Comments\n");
        assert!(a.claims.is_empty());
    }

    #[test]
    fn claims_link_their_numbers_and_quotes() {
        let a = analyze("Lavrov said Russia lost 5,000 troops and seeks a “lasting peace” now.");
        let c = &a.claims[0];
        assert_eq!(c.numbers.len(), 1);
        assert_eq!(c.quotes.len(), 1);
        assert!(c.reasons.iter().any(|r| r.label == "contains a figure: 5,000 troops"));
    }

    #[test]
    fn scores_are_in_unit_range() {
        for c in analyze("A. B? C! 5 people died. He may think so.").claims {
            assert!((0.0..=1.0).contains(&c.score));
        }
    }
}
