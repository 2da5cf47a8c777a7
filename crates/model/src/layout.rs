//! Lays out a document's findings as runs of text for the view.
//!
//! Quotes, numbers, claims and the reader's annotations overlap (a number
//! inside a quote inside a claim, annotations over any of them), but the DOM
//! wants a flat sequence of spans. A paragraph becomes a [`Block`] of
//! [`Run`]s: maximal stretches of text covered by the same set of findings.
//! Runs rejoin into the paragraph exactly. Rejected suggestions are left out.

use marginalia_core::{Analysis, BlockKind, Span};

use crate::annotation::{Annotations, Origin, Review, SuggestionKey};

/// A stretch of text and what covers it (indices into the analysis'
/// vectors; annotation ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    pub quote: Option<usize>,
    pub number: Option<usize>,
    /// A check-worthy claim.
    pub claim: Option<usize>,
    /// The reader's annotations covering the run, in text order.
    pub notes: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

/// The most suggestions painted as highlights in one document. A long real
/// article has a few thousand (1 MB of news: about 7,000); a file of
/// `1,1,1,…` has hundreds of thousands, and every painted highlight holds
/// browser handles — past some millions the WebAssembly handle table cannot
/// grow and the app stops. Beyond the budget the text is shown plain and
/// the reader is told how many were left unpainted. The reader's own
/// annotations are always painted (imports bound how many there can be).
pub const MARK_BUDGET: usize = 20_000;

/// Blocks, and how many suggestions were left unpainted past the budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub blocks: Vec<Block>,
    /// Suggestions (quotes, numbers, claims) not painted; 0 within budget.
    pub unpainted: usize,
    /// Where painting stops (a byte offset), when some were left unpainted.
    pub painted_until: Option<usize>,
}

/// The blocks of `text`, with their runs: every finding painted.
pub fn layout(text: &str, analysis: &Analysis, annotations: &Annotations) -> Vec<Block> {
    layout_within(text, analysis, annotations, usize::MAX).blocks
}

/// The blocks of `text`, with at most `budget` suggestions painted: those
/// that start first, so the highlights stop at one place in the text.
pub fn layout_within(text: &str, analysis: &Analysis, annotations: &Annotations, budget: usize) -> Layout {
    let kept = |origin: Origin, span: Span| annotations.review(SuggestionKey::new(origin, span)) != Review::Rejected;
    let quotes: Vec<(usize, Span)> =
        analysis.quotes.iter().enumerate().map(|(i, q)| (i, q.span)).filter(|(_, s)| kept(Origin::Quote, *s)).collect();
    // An identifier ("G40", "MS-04", "F-16") is no figure: the panel does
    // not list it, so the article does not mark it either.
    let numbers: Vec<(usize, Span)> = analysis
        .numbers
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind != marginalia_core::NumberKind::Identifier)
        .map(|(i, n)| (i, n.span))
        .filter(|(_, s)| kept(Origin::Number, *s))
        .collect();
    let claims: Vec<(usize, Span)> = analysis
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.checkworthy)
        .map(|(i, c)| (i, c.span))
        .filter(|(_, s)| kept(Origin::Claim, *s))
        .collect();
    let total = quotes.len() + numbers.len() + claims.len();
    let painted_until = (total > budget).then(|| {
        let mut starts: Vec<usize> =
            [&quotes, &numbers, &claims].iter().flat_map(|l| l.iter().map(|(_, s)| s.start)).collect();
        *starts.select_nth_unstable(budget).1
    });
    let (quotes, numbers, claims) = match painted_until {
        Some(until) => {
            let before = |l: Vec<(usize, Span)>| l.into_iter().filter(|(_, s)| s.start < until).collect::<Vec<_>>();
            (before(quotes), before(numbers), before(claims))
        }
        None => (quotes, numbers, claims),
    };
    let unpainted = total - (quotes.len() + numbers.len() + claims.len());
    // The reader's annotations, sorted by start, overlap freely: one sweep
    // through the text keeps those `live` at the current point, so each run
    // costs the number of annotations over it, not the number in all.
    let notes: Vec<(u64, Span)> = annotations.items.iter().map(|a| (a.id, a.span)).collect();
    let mut upcoming = 0;
    let mut live: Vec<(u64, Span)> = Vec::new();
    // Makes `live` the annotations that start at or before `to` and end after it.
    let advance = |to: usize, upcoming: &mut usize, live: &mut Vec<(u64, Span)>| {
        while let Some(&(id, s)) = notes.get(*upcoming).filter(|(_, s)| s.start <= to) {
            live.push((id, s));
            *upcoming += 1;
        }
        live.retain(|(_, s)| s.end > to);
    };
    let blocks = analysis
        .paragraphs
        .iter()
        .map(|p| {
            let mut cuts = vec![p.span.start, p.span.end];
            for list in [&quotes, &numbers, &claims] {
                let from = list.partition_point(|(_, s)| s.end <= p.span.start);
                for (_, s) in list[from..].iter().take_while(|(_, s)| s.start < p.span.end) {
                    cuts.extend([s.start, s.end]);
                }
            }
            advance(p.span.start, &mut upcoming, &mut live);
            let starting = notes[upcoming..].iter().take_while(|(_, s)| s.start < p.span.end);
            for (_, s) in live.iter().chain(starting) {
                cuts.extend([s.start, s.end]);
            }
            for c in &mut cuts {
                *c = (*c).clamp(p.span.start, p.span.end);
            }
            cuts.retain(|&c| text.is_char_boundary(c));
            cuts.sort_unstable();
            cuts.dedup();
            let runs = cuts
                .windows(2)
                .map(|w| Span::new(w[0], w[1]))
                .map(|span| {
                    advance(span.start, &mut upcoming, &mut live);
                    Run {
                        span,
                        quote: covering(&quotes, span),
                        number: covering(&numbers, span),
                        claim: covering(&claims, span),
                        notes: live.iter().map(|(id, _)| *id).collect(),
                    }
                })
                .collect();
            Block { span: p.span, kind: p.kind, runs }
        })
        .collect();
    Layout { blocks, unpainted, painted_until }
}

/// The finding among sorted, non-overlapping spans that contains `span`.
fn covering(sorted: &[(usize, Span)], span: Span) -> Option<usize> {
    let i = sorted.partition_point(|(_, s)| s.end <= span.start);
    sorted.get(i).filter(|(_, s)| s.contains(span)).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Annotation, Op};
    use marginalia_core::analyze;
    use proptest::prelude::*;

    #[test]
    fn nested_findings_become_flat_runs() {
        let text = "Officials said Russia lost “50,000 troops” in 2024.";
        let a = analyze(text);
        let blocks = layout(text, &a, &Annotations::default());
        assert_eq!(blocks.len(), 1);
        let runs = &blocks[0].runs;
        let joined: String = runs.iter().map(|r| r.span.text(text)).collect();
        assert_eq!(joined, text);
        let troops = runs.iter().find(|r| r.span.text(text) == "50,000 troops").expect("number run");
        assert!(troops.quote.is_some() && troops.number.is_some());
        assert!(runs.iter().any(|r| r.span.text(text) == "2024" && r.number.is_some() && r.quote.is_none()));
    }

    #[test]
    fn identifiers_are_not_marked() {
        let text = "The Progress MS-04 cargo ship and an F-16 carried 2,400 kg.";
        let a = analyze(text);
        assert!(a.numbers.iter().any(|n| n.kind == marginalia_core::NumberKind::Identifier), "{:?}", a.numbers);
        let marked: Vec<&str> = layout(text, &a, &Annotations::default())[0]
            .runs
            .iter()
            .filter(|r| r.number.is_some())
            .map(|r| r.span.text(text))
            .collect();
        assert_eq!(marked, ["2,400 kg"]);
    }

    #[test]
    fn rejected_suggestions_are_left_out_and_annotations_overlap() {
        let text = "Russia lost 5,000 troops in 2024.";
        let a = analyze(text);
        let mut notes = Annotations::default();
        let troops = a.numbers[0].span;
        notes.apply(Op::Review { key: SuggestionKey::new(Origin::Number, troops), to: Review::Rejected, at: None });
        let ann = |id, start: usize, end: usize| Annotation {
            id,
            span: Span::new(start, end),
            tags: vec![],
            note: String::new(),
            speaker: None,
            created: 0.0,
            modified: 0.0,
        };
        notes.apply(Op::Add(ann(1, 0, 11)));
        notes.apply(Op::Add(ann(2, 7, 24)));
        let runs = &layout(text, &a, &notes)[0].runs;
        assert!(runs.iter().all(|r| r.span.text(text) != "5,000 troops" || r.number.is_none()));
        let lost = runs.iter().find(|r| r.span.text(text) == "lost").unwrap();
        assert_eq!(lost.notes, [1, 2]);
        let russia = runs.iter().find(|r| r.span.text(text) == "Russia ").unwrap();
        assert_eq!(russia.notes, [1]);
    }

    #[test]
    fn past_the_budget_highlights_stop_at_one_place() {
        let text = "1, 2, 3, 4, 5 and 6.\n\n7 and 8.";
        // Numbers only: whether the model marks a sentence is not this test's business.
        let mut a = analyze(text);
        a.claims.clear();
        assert_eq!(a.numbers.len(), 8, "{:?}", a.numbers);
        let all = layout_within(text, &a, &Annotations::default(), usize::MAX);
        assert_eq!((all.unpainted, all.painted_until), (0, None));
        let some = layout_within(text, &a, &Annotations::default(), 3);
        let painted: Vec<&str> = some
            .blocks
            .iter()
            .flat_map(|b| &b.runs)
            .filter(|r| r.number.is_some())
            .map(|r| r.span.text(text))
            .collect();
        assert_eq!(painted, ["1", "2", "3"]);
        assert_eq!(some.unpainted, 5);
        assert_eq!(some.painted_until, Some(text.find('4').unwrap()));
        // The text is all there, plain past the budget.
        let joined: String = some.blocks.iter().flat_map(|b| &b.runs).map(|r| r.span.text(text)).collect();
        assert_eq!(joined, text.replace("\n\n", ""));
    }

    proptest! {
        #[test]
        fn each_run_lists_exactly_the_annotations_over_it(
            words in prop::collection::vec("[a-z]{1,6}|\n\n|“|”|12,000", 1..40),
            raw in prop::collection::vec((0usize..200, 0usize..60), 0..25),
        ) {
            let text = words.join(" ");
            let a = analyze(&text);
            let mut notes = Annotations::default();
            for (i, (start, len)) in raw.into_iter().enumerate() {
                let start = start.min(text.len());
                let end = (start + len).min(text.len());
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    let span = Span::new(start, end);
                    let n = Annotation { id: i as u64, span, tags: vec![], note: String::new(), speaker: None, created: 0.0, modified: 0.0 };
                    notes.apply(Op::Add(n));
                }
            }
            for b in layout(&text, &a, &notes) {
                for r in &b.runs {
                    // In the order of `items`: by start, then end, then id.
                    let want: Vec<u64> =
                        notes.items.iter().filter(|n| n.span.contains(r.span) && !r.span.is_empty()).map(|n| n.id).collect();
                    prop_assert_eq!(&r.notes, &want, "run {:?}", r.span);
                }
            }
        }

        #[test]
        fn runs_rejoin_into_each_paragraph(text in "\\PC{0,300}") {
            let a = analyze(&text);
            for b in layout(&text, &a, &Annotations::default()) {
                let joined: String = b.runs.iter().map(|r| r.span.text(&text)).collect();
                prop_assert_eq!(joined.as_str(), b.span.text(&text));
            }
        }
    }
}
