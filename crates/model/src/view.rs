//! What the article shows of a document: each paragraph as runs of text,
//! each highlighted run with its classes, labels and spoken text; and the
//! line that says why the selected finding was found. The app paints these
//! as they are; everything here is tested natively.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use marginalia_core::language::Separators;
use marginalia_core::{BlockKind, Number, QuoteKind, Span};

use crate::annotation::{Annotation, Origin, Review, SuggestionKey, Tag};
use crate::describe;
use crate::document::Document;
use crate::findings::{Finding, score_tier};
use crate::layout::{Block, Run};

/// What a view needs besides a paragraph's runs.
pub struct ViewContext<'a> {
    pub doc: &'a Document,
    /// The reader's annotations by id.
    pub notes: HashMap<u64, &'a Annotation>,
    pub tags: &'a [Tag],
    /// The reader's search: what does not match is dimmed.
    pub query: &'a str,
    /// How a number is described (the app writes values in the reader's locale).
    pub number: &'a dyn Fn(&Number) -> String,
}

impl<'a> ViewContext<'a> {
    pub fn new(doc: &'a Document, tags: &'a [Tag], query: &'a str, number: &'a dyn Fn(&Number) -> String) -> Self {
        let notes = doc.annotations.items.iter().map(|n| (n.id, n)).collect();
        Self { doc, notes, tags, query, number }
    }
}

/// One paragraph ready to paint, with a key that changes exactly when
/// anything it shows does.
#[derive(Debug, PartialEq, Eq)]
pub struct BlockView {
    pub key: u64,
    /// Its first byte in the text.
    pub at: usize,
    pub kind: BlockKind,
    pub runs: Vec<RunView>,
}

/// A run of text, plain or highlighted.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct RunView {
    pub text: String,
    /// `None` for plain text.
    pub mark: Option<MarkView>,
}

/// A highlighted run: its classes, the findings it belongs to, and what it
/// says to the eye (title), to the ear (spoken) and after a quote (speaker).
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct MarkView {
    /// CSS classes: `hl`, the kinds (`hl-quote`, `hl-scare`, `hl-number`,
    /// `hl-claim tier-N`), `note tag-COLOUR`, `accepted`, `dim`.
    pub class: String,
    pub quote: Option<usize>,
    pub number: Option<usize>,
    pub claim: Option<usize>,
    /// The reader's annotations over it, ids separated by spaces.
    pub notes: Option<String>,
    /// Shown after a quote's last run: who said it, or "speaker unknown".
    pub speaker: Option<String>,
    /// What a screen reader says where a finding begins, in brackets.
    pub spoken: Option<String>,
    /// Every finding's description, one per line (the tooltip).
    pub title: String,
}

/// The view of a paragraph.
pub fn block_view(ctx: &ViewContext, b: &Block) -> BlockView {
    let runs: Vec<RunView> = b.runs.iter().map(|r| run_view(ctx, r)).collect();
    let mut h = DefaultHasher::new();
    (b.span.start, b.span.end, b.kind as u8, &runs).hash(&mut h);
    BlockView { key: h.finish(), at: b.span.start, kind: b.kind, runs }
}

/// Block views kept from one layout of a document to the next: a block
/// whose inputs are unchanged is not made again, so a tag in a megabyte
/// remakes the paragraph it is in, not seven thousand. A block's inputs are
/// its runs and, for each run, what its findings show: reviews, the
/// reader's annotations, speakers; the whole cache is dropped when anything
/// every block reads changes (another document or analysis, the tags'
/// colours), and not used while a search is typed.
#[derive(Default)]
pub struct BlockCache {
    scope: u64,
    views: HashMap<u64, Arc<BlockView>>,
}

impl BlockCache {
    /// The views of `blocks`, each the same `Arc` as last time when its
    /// inputs are unchanged; equal by value to `block_view` of each.
    pub fn views(&mut self, ctx: &ViewContext, blocks: &[Block]) -> Vec<Arc<BlockView>> {
        // A search dims by what each finding says, its check included:
        // made afresh while one is typed, and the views kept for after it.
        if !ctx.query.trim().is_empty() {
            return blocks.iter().map(|b| Arc::new(block_view(ctx, b))).collect();
        }
        let scope = scope_key(ctx);
        if scope != self.scope {
            self.views.clear();
            self.scope = scope;
        }
        let mut kept = HashMap::with_capacity(blocks.len());
        let views = blocks
            .iter()
            .map(|b| {
                let key = input_key(ctx, b);
                let view = self.views.remove(&key).unwrap_or_else(|| Arc::new(block_view(ctx, b)));
                kept.insert(key, Arc::clone(&view));
                view
            })
            .collect();
        self.views = kept;
        views
    }
}

/// What every block of a document reads.
fn scope_key(ctx: &ViewContext) -> u64 {
    let doc = ctx.doc;
    let a = &doc.analysis;
    let mut h = DefaultHasher::new();
    (doc.id, doc.text.len(), doc.pending).hash(&mut h);
    for t in ctx.tags {
        (&t.name, &t.color).hash(&mut h);
    }
    for q in &a.quotes {
        (q.span.start, q.span.end, q.kind as u8, &q.speaker, &q.cue).hash(&mut h);
    }
    for n in &a.numbers {
        (n.span.start, n.span.end, n.value.map(f64::to_bits), &n.unit, n.kind as u8, &n.approx, &n.date).hash(&mut h);
        n.range.map(|[lo, hi]| (lo.to_bits(), hi.to_bits())).hash(&mut h);
    }
    for c in &a.claims {
        (c.span.start, c.span.end, c.score.to_bits()).hash(&mut h);
        for r in &c.reasons {
            (r.signal as u8, r.weight.to_bits(), r.span.start, r.span.end).hash(&mut h);
        }
    }
    h.finish()
}

/// What one block's view is made from, besides its scope.
fn input_key(ctx: &ViewContext, b: &Block) -> u64 {
    let doc = ctx.doc;
    let a = &doc.analysis;
    let accepted = |origin: Origin, span| doc.annotations.review(SuggestionKey::new(origin, span)) == Review::Accepted;
    let mut h = DefaultHasher::new();
    (b.span.start, b.span.end, b.kind as u8).hash(&mut h);
    for r in &b.runs {
        (r.span.start, r.span.end, r.quote, r.number, r.claim).hash(&mut h);
        if let Some(i) = r.quote {
            (accepted(Origin::Quote, a.quotes[i].span), doc.quote_speaker(i)).hash(&mut h);
        }
        if let Some(i) = r.number {
            accepted(Origin::Number, a.numbers[i].span).hash(&mut h);
        }
        if let Some(i) = r.claim {
            accepted(Origin::Claim, a.claims[i].span).hash(&mut h);
        }
        for id in &r.notes {
            id.hash(&mut h);
            if let Some(n) = ctx.notes.get(id) {
                (n.span.start, n.span.end, &n.tags, &n.note).hash(&mut h);
            }
        }
    }
    h.finish()
}

/// "your annotation [needs source, misleading]: check the estimate".
pub fn annotation_label(n: &Annotation) -> String {
    let note = if n.note.is_empty() { String::new() } else { format!(": {}", n.note) };
    format!("your annotation [{}]{note}", n.tags.join(", "))
}

/// The view of a run.
pub fn run_view(ctx: &ViewContext, run: &Run) -> RunView {
    let doc = ctx.doc;
    let text = run.span.text(&doc.text).to_string();
    if run.quote.is_none() && run.number.is_none() && run.claim.is_none() && run.notes.is_empty() {
        return RunView { text, mark: None };
    }
    let a = &doc.analysis;
    let notes: Vec<&Annotation> = run.notes.iter().filter_map(|id| ctx.notes.get(id).copied()).collect();
    let mut class = String::from("hl");
    let mut labels = Vec::new();
    let mut speaker = None;
    let accepted = |origin: Origin, span| doc.annotations.review(SuggestionKey::new(origin, span)) == Review::Accepted;
    if run.quote.is_some_and(|i| accepted(Origin::Quote, a.quotes[i].span))
        || run.number.is_some_and(|i| accepted(Origin::Number, a.numbers[i].span))
        || run.claim.is_some_and(|i| accepted(Origin::Claim, a.claims[i].span))
    {
        class.push_str(" accepted");
    }
    if let Some(first) = notes.first() {
        let color = first
            .tags
            .first()
            .and_then(|t| ctx.tags.iter().find(|x| &x.name == t))
            .map_or("slate", |t| t.color.as_str());
        class.push_str(&format!(" note tag-{color}"));
    }
    labels.extend(notes.iter().map(|n| annotation_label(n)));
    // With a search, what does not match is dimmed.
    let mut findings = run
        .notes
        .iter()
        .map(|id| Finding::Note(*id))
        .chain(run.quote.map(Finding::Quote))
        .chain(run.number.map(Finding::Number))
        .chain(run.claim.map(Finding::Claim));
    if !ctx.query.trim().is_empty() && !findings.any(|f| f.matches(doc, ctx.query)) {
        class.push_str(" dim");
    }
    if let Some(i) = run.claim {
        let c = &a.claims[i];
        class.push_str(&format!(" hl-claim tier-{}", score_tier(c.score)));
        labels.push(describe::claim(c));
        labels.extend(c.reasons.iter().map(describe::reason));
    }
    if let Some(i) = run.quote {
        let q = &a.quotes[i];
        class.push_str(if q.kind == QuoteKind::Scare { " hl-scare" } else { " hl-quote" });
        // The speaker is shown after the quote's last run.
        if run.span.end == q.span.end && q.kind != QuoteKind::Scare {
            speaker = Some(doc.quote_speaker(i).unwrap_or_else(|| "speaker unknown".into()));
        }
        labels.push(describe::quote(q, doc.quote_speaker(i).as_deref()));
    }
    if let Some(i) = run.number {
        class.push_str(" hl-number");
        labels.push((ctx.number)(&a.numbers[i]));
    }
    // What a screen reader says where a finding begins ("claim, score 0.90",
    // "quote by Fiona Hill", "number: count: 1,200,000 casualties"): CSS
    // shows it to assistive technology only, and it is not text of the
    // article, so selections and offsets never include it.
    let starts = |span: Span| span.start == run.span.start;
    let mut spoken = Vec::new();
    spoken.extend(run.claim.map(|i| &a.claims[i]).filter(|c| starts(c.span)).map(describe::claim));
    spoken.extend(
        run.quote
            .filter(|&i| starts(a.quotes[i].span))
            .map(|i| describe::quote(&a.quotes[i], doc.quote_speaker(i).as_deref())),
    );
    spoken.extend(
        run.number.map(|i| &a.numbers[i]).filter(|n| starts(n.span)).map(|n| format!("number: {}", (ctx.number)(n))),
    );
    spoken.extend(notes.iter().filter(|n| starts(n.span)).map(|n| {
        format!("your annotation: {}", if n.tags.is_empty() { "untagged".to_string() } else { n.tags.join(", ") })
    }));
    RunView {
        text,
        mark: Some(MarkView {
            class,
            quote: run.quote,
            number: run.number,
            claim: run.claim,
            notes: (!run.notes.is_empty()).then(|| run.notes.iter().map(u64::to_string).collect::<Vec<_>>().join(" ")),
            speaker,
            spoken: (!spoken.is_empty()).then(|| format!("[{}] ", spoken.join("; "))),
            title: labels.join("\n"),
        }),
    }
}

/// Why the selected finding was found, in words: the line under the article.
pub fn why(doc: &Document, f: Finding, number: &dyn Fn(&Number) -> String) -> Option<String> {
    let a = &doc.analysis;
    // A claim the reader checked says what they found.
    let checked = |span: marginalia_core::Span| {
        doc.annotations.checks.get(&span).map(|c| format!(" — your check: {}", c.summary())).unwrap_or_default()
    };
    Some(match f {
        Finding::Quote(i) => describe::quote(a.quotes.get(i)?, doc.quote_speaker(i).as_deref()),
        Finding::Number(i) => format!("number: {}", number(a.numbers.get(i)?)),
        Finding::Claim(i) => {
            let c = a.claims.get(i)?;
            let why =
                if c.reasons.is_empty() { String::new() } else { format!(" — {}", describe::reasons(&c.reasons)) };
            format!("{}{why}{}", describe::claim(c), checked(c.span))
        }
        Finding::Note(id) => {
            let n = doc.annotations.get(id)?;
            let check = if crate::findings::is_claim(n) { checked(n.span) } else { String::new() };
            format!("{}{check}", annotation_label(n))
        }
    })
}

/// What the article says under its title when its text is not English:
/// why it has no claims, and how its numbers were read.
pub fn language_note(doc: &Document) -> Option<String> {
    let lang = doc.analysis.language.as_ref()?;
    let numbers = match lang.separators() {
        Separators::Comma => "numbers are read with a decimal comma (1.234,5)",
        Separators::EnglishComma => "numbers are read with a decimal comma (5,14)",
        Separators::Point => "numbers are read with a decimal point (1,234.5)",
    };
    Some(format!(
        "This text reads as {}. Claims are scored in English only, so none are marked here, and speakers are \
         rarely named; quotes are found, and {numbers}.",
        lang.name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Library;
    use crate::layout::layout;

    const TEXT: &str =
        "“We will not give up,” said Volodymyr Zelensky. Russia lost 5,000 troops in 2024, officials said.";

    /// The runs of the first paragraph as (text, class, speaker, spoken).
    fn runs(lib: &Library, query: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        let doc = lib.current().unwrap();
        let number = |n: &Number| describe::number(n);
        let ctx = ViewContext::new(doc, &lib.tags, query, &number);
        let laid = layout(&doc.text, &doc.analysis, &doc.annotations);
        let block = block_view(&ctx, &laid[0]);
        block
            .runs
            .into_iter()
            .map(|r| match r.mark {
                Some(m) => (r.text, m.class, m.speaker, m.spoken),
                None => (r.text, String::new(), None, None),
            })
            .collect()
    }

    fn find<'a>(
        runs: &'a [(String, String, Option<String>, Option<String>)],
        text: &str,
    ) -> &'a (String, String, Option<String>, Option<String>) {
        runs.iter().find(|r| r.0.contains(text)).unwrap_or_else(|| panic!("no run with {text:?}: {runs:?}"))
    }

    #[test]
    fn runs_say_what_they_are() {
        let mut lib = Library::default();
        lib.add(None, TEXT.into());
        let r = runs(&lib, "");
        let quote = find(&r, "We will not give up");
        assert!(quote.1.split(' ').any(|c| c == "hl-quote"), "{quote:?}");
        assert_eq!(quote.2.as_deref(), Some("Volodymyr Zelensky"), "the speaker after the quote's last run");
        assert!(quote.3.as_deref().is_some_and(|s| s.starts_with("[quote by Volodymyr Zelensky")), "{quote:?}");
        let number = find(&r, "5,000");
        assert!(number.1.contains("hl-number"), "{number:?}");
        assert!(number.3.as_deref().is_some_and(|s| s.contains("number: count: 5,000")), "{number:?}");
        assert!(!r.iter().any(|x| x.1.contains("accepted") || x.1.contains("dim")));
        // Plain text is plain.
        assert!(r.iter().any(|x| x.1.is_empty()));
    }

    #[test]
    fn reviews_annotations_and_search_change_the_classes() {
        let mut lib = Library::default();
        lib.add(None, TEXT.into());
        let doc = lib.current().unwrap();
        let quote = SuggestionKey::new(Origin::Quote, doc.analysis.quotes[0].span);
        let troops = doc.text.find("troops").unwrap();
        lib.review(quote, Review::Accepted);
        let span = Span::new(troops, troops + "troops".len());
        let id = lib.annotate(span, vec!["misleading".into()], "why troops?".into(), 0.0).unwrap();
        let r = runs(&lib, "");
        assert!(find(&r, "We will not give up").1.contains("accepted"));
        let note = find(&r, "troops");
        assert!(note.1.contains("note tag-red"), "the first tag's colour: {note:?}");
        assert!(note.3.as_deref().is_some_and(|s| s.contains("your annotation: misleading")), "{note:?}");
        // A search dims what does not match.
        let r = runs(&lib, "zelensky");
        assert!(!find(&r, "We will not give up").1.contains("dim"));
        assert!(find(&r, "troops").1.contains("dim"));
        let doc = lib.current().unwrap();
        let describe_number = |n: &Number| describe::number(n);
        assert_eq!(why(doc, Finding::Note(id), &describe_number).unwrap(), "your annotation [misleading]: why troops?");
        assert!(why(doc, Finding::Number(0), &describe_number).unwrap().starts_with("number: "));
        assert_eq!(why(doc, Finding::Note(999), &describe_number), None);
        // A claim without reasons has no dangling dash.
        let mut bare = doc.clone();
        bare.analysis.claims[0].reasons.clear();
        let line = why(&bare, Finding::Claim(0), &describe_number).unwrap();
        assert_eq!(line, describe::claim(&bare.analysis.claims[0]));
        // A checked claim says what the reader found.
        let claim = doc.analysis.claims[0].span;
        let check = crate::check::Check { verdict: Some("false".into()), ..Default::default() };
        assert!(lib.set_check(claim, check, 1.0));
        let doc = lib.current().unwrap();
        let line = why(doc, Finding::Claim(0), &describe_number).unwrap();
        assert!(line.ends_with(" — your check: false · to check"), "{line}");
    }

    #[test]
    fn a_cached_view_is_kept_exactly_while_its_block_shows_the_same() {
        let mut lib = Library::default();
        lib.add(None, format!("{TEXT}\n\nA second paragraph, quiet.\n\nA third, with 12 apples."));
        let mut cache = BlockCache::default();
        // The cache's views, and whether each equals a fresh `block_view`.
        let mut views = |lib: &Library, query: &str| -> Vec<Arc<BlockView>> {
            let doc = lib.current().unwrap();
            let number = |n: &Number| describe::number(n);
            let ctx = ViewContext::new(doc, &lib.tags, query, &number);
            let blocks = layout(&doc.text, &doc.analysis, &doc.annotations);
            let views = cache.views(&ctx, &blocks);
            for (v, b) in views.iter().zip(&blocks) {
                assert_eq!(**v, block_view(&ctx, b), "a cached view is what would be made");
            }
            views
        };
        let kept = |a: &[Arc<BlockView>], b: &[Arc<BlockView>]| -> Vec<bool> {
            a.iter().zip(b).map(|(x, y)| Arc::ptr_eq(x, y)).collect()
        };
        let first = views(&lib, "");
        let again = views(&lib, "");
        assert_eq!(kept(&first, &again), [true, true, true], "nothing changed");

        // Each change, and which of the three paragraphs it remakes.
        let doc = lib.current().unwrap();
        let (number, quote) = (doc.analysis.numbers[0].span, doc.analysis.quotes[0].span);
        let second = doc.text.find("second").unwrap();
        type Change = Box<dyn Fn(&mut Library)>;
        let steps: Vec<(&str, Change, [bool; 3])> = vec![
            (
                "accept a number",
                Box::new(move |l| {
                    l.review(SuggestionKey::new(Origin::Number, number), Review::Accepted);
                }),
                [false, true, true],
            ),
            (
                "annotate the second paragraph",
                Box::new(move |l| {
                    l.annotate(Span::new(second, second + 6), vec!["misleading".into()], String::new(), 0.0);
                }),
                [true, false, true],
            ),
            (
                "retag it",
                Box::new(|l| {
                    let mut a = l.current().unwrap().annotations.items[0].clone();
                    a.tags = vec!["needs source".into()];
                    l.edit(a, 1.0);
                }),
                [true, false, true],
            ),
            (
                "correct a speaker",
                Box::new(move |l| {
                    l.correct_speaker(SuggestionKey::new(Origin::Quote, quote), Some("Zelensky".into()));
                }),
                [false, true, true],
            ),
            (
                "a tag's colour, read by every block",
                Box::new(|l| {
                    let t = l.tags[0].clone();
                    let color = crate::annotation::PALETTE.iter().find(|c| **c != t.color).unwrap();
                    l.set_tag(&t.name, color, t.key);
                }),
                [false, false, false],
            ),
        ];
        let mut last = views(&lib, "");
        for (what, change, want) in steps {
            change(&mut lib);
            let next = views(&lib, "");
            assert_eq!(kept(&last, &next), want, "{what}");
            last = next;
        }
        // While a search is typed every view is made afresh; after it, the
        // views from before it are back.
        assert_eq!(kept(&last, &views(&lib, "apples")), [false, false, false]);
        assert_eq!(kept(&last, &views(&lib, "")), [true, true, true]);
    }

    #[test]
    fn a_block_key_changes_exactly_when_what_it_shows_does() {
        let mut lib = Library::default();
        lib.add(None, format!("{TEXT}\n\nA second paragraph, quiet."));
        let keys = |lib: &Library| -> Vec<u64> {
            let doc = lib.current().unwrap();
            let number = |n: &Number| describe::number(n);
            let ctx = ViewContext::new(doc, &lib.tags, "", &number);
            layout(&doc.text, &doc.analysis, &doc.annotations).iter().map(|b| block_view(&ctx, b).key).collect()
        };
        let before = keys(&lib);
        let key = SuggestionKey::new(Origin::Number, lib.current().unwrap().analysis.numbers[0].span);
        lib.review(key, Review::Accepted);
        let after = keys(&lib);
        assert_ne!(before[0], after[0], "the reviewed paragraph");
        assert_eq!(before[1], after[1], "the other one");
    }

    #[test]
    fn a_text_in_another_language_says_why_it_has_no_claims() {
        let cases = [
            (TEXT.to_string(), None),
            (
                "El conflicto se cobró cerca de 40.000 vidas en los años 90, y las reservas indígenas ocupan 80.000 \
                 kilómetros cuadrados, el 1,3% de la superficie del país."
                    .to_string(),
                Some("This text reads as Spanish. Claims are scored in English only, so none are marked here, and \
                      speakers are rarely named; quotes are found, and numbers are read with a decimal comma (1.234,5)."),
            ),
            (
                "東京都は新たに三百人の感染を確認したと発表しました。専門家は、今後も感染者が増える可能性があると指摘しています。\
                 政府は外出の自粛を求めています。"
                    .to_string(),
                Some("This text reads as Japanese. Claims are scored in English only, so none are marked here, and \
                      speakers are rarely named; quotes are found, and numbers are read with a decimal point (1,234.5)."),
            ),
        ];
        for (text, want) in cases {
            let mut lib = Library::default();
            lib.add(None, text.clone());
            assert_eq!(language_note(lib.current().unwrap()).as_deref(), want, "{text}");
        }
    }
}
