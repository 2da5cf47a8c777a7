//! Lays out a document's findings as runs of text for the view.
//!
//! Quotes, numbers and claims overlap (a number inside a quote inside a
//! claim), but the DOM wants a flat sequence of spans. A paragraph becomes a
//! [`Block`] of [`Run`]s: maximal stretches of text covered by the same set
//! of findings. Runs rejoin into the paragraph exactly.

use marginalia_core::{Analysis, BlockKind, Span};

/// A stretch of text and the findings that cover it (indices into the
/// analysis' vectors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    pub quote: Option<usize>,
    pub number: Option<usize>,
    /// A check-worthy claim.
    pub claim: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

/// The blocks of `text`, with their runs. O(n log n) in the number of findings.
pub fn layout(text: &str, analysis: &Analysis) -> Vec<Block> {
    let quotes: Vec<Span> = analysis.quotes.iter().map(|q| q.span).collect();
    let numbers: Vec<Span> = analysis.numbers.iter().map(|n| n.span).collect();
    let claims: Vec<(usize, Span)> =
        analysis.claims.iter().enumerate().filter(|(_, c)| c.checkworthy).map(|(i, c)| (i, c.span)).collect();
    analysis
        .paragraphs
        .iter()
        .map(|p| {
            let mut cuts = vec![p.span.start, p.span.end];
            let clip = |s: Span, cuts: &mut Vec<usize>| {
                if s.overlaps(p.span) {
                    cuts.push(s.start.clamp(p.span.start, p.span.end));
                    cuts.push(s.end.clamp(p.span.start, p.span.end));
                }
            };
            for &s in quotes.iter().chain(numbers.iter()).chain(claims.iter().map(|(_, s)| s)) {
                clip(s, &mut cuts);
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
                    claim: claims.iter().find(|(_, s)| s.contains(span)).map(|(i, _)| *i),
                })
                .collect();
            Block { span: p.span, kind: p.kind, runs }
        })
        .collect()
}

/// The index of the sorted, non-overlapping span that contains `span`.
fn covering(sorted: &[Span], span: Span) -> Option<usize> {
    let i = sorted.partition_point(|s| s.end <= span.start);
    sorted.get(i).filter(|s| s.contains(span)).map(|_| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use marginalia_core::analyze;
    use proptest::prelude::*;

    #[test]
    fn nested_findings_become_flat_runs() {
        let text = "Officials said Russia lost “50,000 troops” in 2024.";
        let a = analyze(text);
        let blocks = layout(text, &a);
        assert_eq!(blocks.len(), 1);
        let runs = &blocks[0].runs;
        let joined: String = runs.iter().map(|r| r.span.text(text)).collect();
        assert_eq!(joined, text);
        let troops = runs.iter().find(|r| r.span.text(text) == "50,000 troops").expect("number run");
        assert!(troops.quote.is_some() && troops.number.is_some());
        assert!(runs.iter().any(|r| r.span.text(text) == "2024" && r.number.is_some() && r.quote.is_none()));
    }

    proptest! {
        #[test]
        fn runs_rejoin_into_each_paragraph(text in "\\PC{0,300}") {
            let a = analyze(&text);
            for b in layout(&text, &a) {
                let joined: String = b.runs.iter().map(|r| r.span.text(&text)).collect();
                prop_assert_eq!(joined.as_str(), b.span.text(&text));
            }
        }
    }
}
