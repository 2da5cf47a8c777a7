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

/// The blocks of `text`, with their runs.
pub fn layout(text: &str, analysis: &Analysis, annotations: &Annotations) -> Vec<Block> {
    let kept = |origin: Origin, span: Span| annotations.review(SuggestionKey::new(origin, span)) != Review::Rejected;
    let quotes: Vec<(usize, Span)> =
        analysis.quotes.iter().enumerate().map(|(i, q)| (i, q.span)).filter(|(_, s)| kept(Origin::Quote, *s)).collect();
    let numbers: Vec<(usize, Span)> = analysis
        .numbers
        .iter()
        .enumerate()
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
    let notes: Vec<(u64, Span)> = annotations.items.iter().map(|a| (a.id, a.span)).collect();
    analysis
        .paragraphs
        .iter()
        .map(|p| {
            let mut cuts = vec![p.span.start, p.span.end];
            let all =
                quotes.iter().chain(&numbers).chain(&claims).map(|(_, s)| *s).chain(notes.iter().map(|(_, s)| *s));
            for s in all.filter(|s| s.overlaps(p.span)) {
                cuts.push(s.start.clamp(p.span.start, p.span.end));
                cuts.push(s.end.clamp(p.span.start, p.span.end));
            }
            cuts.retain(|&c| text.is_char_boundary(c));
            cuts.sort_unstable();
            cuts.dedup();
            let runs = cuts
                .windows(2)
                .map(|w| Span::new(w[0], w[1]))
                .map(|span| Run {
                    span,
                    quote: covering(&quotes, span),
                    number: covering(&numbers, span),
                    claim: covering(&claims, span),
                    notes: notes_covering(&notes, span),
                })
                .collect();
            Block { span: p.span, kind: p.kind, runs }
        })
        .collect()
}

/// The finding among sorted, non-overlapping spans that contains `span`.
fn covering(sorted: &[(usize, Span)], span: Span) -> Option<usize> {
    let i = sorted.partition_point(|(_, s)| s.end <= span.start);
    sorted.get(i).filter(|(_, s)| s.contains(span)).map(|(id, _)| *id)
}

/// The annotations (sorted by start, overlapping freely) that contain `span`.
fn notes_covering(sorted: &[(u64, Span)], span: Span) -> Vec<u64> {
    let end = sorted.partition_point(|(_, s)| s.start <= span.start);
    sorted[..end].iter().filter(|(_, s)| s.contains(span) && !span.is_empty()).map(|(id, _)| *id).collect()
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
    fn rejected_suggestions_are_left_out_and_annotations_overlap() {
        let text = "Russia lost 5,000 troops in 2024.";
        let a = analyze(text);
        let mut notes = Annotations::default();
        let troops = a.numbers[0].span;
        notes.apply(Op::Review { key: SuggestionKey::new(Origin::Number, troops), to: Review::Rejected });
        let ann = |id, start: usize, end: usize| Annotation {
            id,
            span: Span::new(start, end),
            tags: vec![],
            note: String::new(),
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

    proptest! {
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
