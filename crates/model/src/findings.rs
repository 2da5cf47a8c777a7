//! The side panel's lists: quotes grouped by speaker, figures in text
//! order, claims by score — and where each finding sits in the document,
//! for the overview bar.

use marginalia_core::{Analysis, NumberKind, QuoteKind, Span};

use crate::annotation::{Origin, SuggestionKey};
use crate::check::{Check, Status, same_words};
use crate::document::Document;

/// A finding of the open document — one of the core's suggestions, by its
/// index in the analysis, or one of the reader's annotations, by id. The
/// one identity the article, the side panel, the overview bar and the keys
/// share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Finding {
    Quote(usize),
    Number(usize),
    Claim(usize),
    /// One of the reader's annotations, by id.
    Note(u64),
}

impl Finding {
    /// The suggestion this finding is, if it is one.
    pub fn key(self, a: &Analysis) -> Option<SuggestionKey> {
        match self {
            Finding::Quote(i) => a.quotes.get(i).map(|q| SuggestionKey::new(Origin::Quote, q.span)),
            Finding::Number(i) => a.numbers.get(i).map(|n| SuggestionKey::new(Origin::Number, n.span)),
            Finding::Claim(i) => a.claims.get(i).map(|c| SuggestionKey::new(Origin::Claim, c.span)),
            Finding::Note(_) => None,
        }
    }

    /// The finding for a suggestion key (the core's lists are sorted: a
    /// binary search).
    pub fn of_key(key: SuggestionKey, a: &Analysis) -> Option<Finding> {
        fn find<T>(items: &[T], span: Span, of: impl Fn(&T) -> Span) -> Option<usize> {
            let i = items.partition_point(|x| of(x) < span);
            items.get(i).filter(|x| of(x) == span).map(|_| i)
        }
        let span = key.span();
        match key.origin {
            Origin::Quote => find(&a.quotes, span, |q| q.span).map(Finding::Quote),
            Origin::Number => find(&a.numbers, span, |n| n.span).map(Finding::Number),
            Origin::Claim => find(&a.claims, span, |c| c.span).map(Finding::Claim),
            Origin::User => None,
        }
    }

    /// The span of the claim it is — a suggested claim, or the reader's own
    /// annotation tagged "claim" — which a check belongs to; `None` for
    /// anything else.
    pub fn claim_span(self, doc: &Document) -> Option<Span> {
        match self {
            Finding::Claim(i) => doc.analysis.claims.get(i).map(|c| c.span),
            Finding::Note(id) => doc.annotations.get(id).filter(|a| is_claim(a)).map(|a| a.span),
            _ => None,
        }
    }

    /// Where it begins in the text, if it is there.
    pub fn start(self, doc: &Document) -> Option<usize> {
        match self {
            Finding::Note(id) => doc.annotations.get(id).map(|a| a.span.start),
            f => f.key(&doc.analysis).map(|k| k.start),
        }
    }

    /// Whether it matches the reader's search `query` (see [`matches`]):
    /// a quote by its words, speaker and cue; a number by its words and
    /// description; a claim by its words and reasons; an annotation by its
    /// words, note and tags.
    pub fn matches(self, doc: &Document, query: &str) -> bool {
        if query.trim().is_empty() {
            return true;
        }
        let a = &doc.analysis;
        let text = |s: Span| s.text(&doc.text);
        match self {
            Finding::Quote(i) => a.quotes.get(i).is_some_and(|q| {
                let speaker = doc.quote_speaker(i).unwrap_or_default();
                matches(query, "quote", &[text(q.span), &speaker, q.cue.as_deref().unwrap_or("")], &[])
            }),
            Finding::Number(i) => a
                .numbers
                .get(i)
                .is_some_and(|n| matches(query, "number", &[text(n.span), &crate::describe::number(n)], &[])),
            Finding::Claim(i) => a.claims.get(i).is_some_and(|c| {
                let check = doc.annotations.checks.get(&c.span).cloned().unwrap_or_default();
                let mut fields: Vec<&str> =
                    std::iter::once(text(c.span)).chain(c.reasons.iter().map(|r| r.label.as_str())).collect();
                fields.extend(check_words(&check));
                matches_checked(query, "claim", &fields, &[], Some(&check))
            }),
            Finding::Note(id) => doc.annotations.get(id).is_some_and(|n| {
                let check = is_claim(n).then(|| doc.annotations.checks.get(&n.span).cloned().unwrap_or_default());
                let tags = n.tags.join(" ");
                let mut fields = vec![text(n.span), &n.note, &tags];
                fields.extend(check.iter().flat_map(check_words));
                matches_checked(query, "note", &fields, &n.tags, check.as_ref())
            }),
        }
    }
}

/// Whether the reader's annotation marks a claim (its tags say so): it can
/// be checked like a suggested one.
pub fn is_claim(a: &crate::annotation::Annotation) -> bool {
    a.tags.iter().any(|t| t.eq_ignore_ascii_case("claim"))
}

/// The words of a check that a plain search finds: the claimant and the
/// evidence's notes and addresses.
fn check_words(c: &Check) -> impl Iterator<Item = &str> {
    c.claimant.as_deref().into_iter().chain(c.evidence.iter().flat_map(|e| [e.url.as_str(), e.note.as_str()]))
}

/// Quotes (not scare quotes) grouped by speaker — the reader's correction
/// where there is one, else the core's — speakers in order of first
/// appearance (a speaker written in another case is the same), unattributed
/// quotes last.
pub fn quotes_by_speaker(doc: &Document) -> Vec<(Option<String>, Vec<usize>)> {
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for (i, _) in doc.analysis.quotes.iter().enumerate().filter(|(_, q)| q.kind != QuoteKind::Scare) {
        let speaker = doc.quote_speaker(i);
        // "The report" and "the report" are one speaker (written as first seen).
        let same =
            |s: &Option<String>| s.as_deref().map(str::to_lowercase) == speaker.as_deref().map(str::to_lowercase);
        match groups.iter_mut().find(|(s, _)| same(s)) {
            Some((_, ids)) => ids.push(i),
            None => groups.push((speaker, vec![i])),
        }
    }
    groups.sort_by_key(|(s, _)| s.is_none());
    groups
}

/// Figures a reader checks: everything but identifiers, in text order.
pub fn figures(a: &Analysis) -> Vec<usize> {
    (0..a.numbers.len()).filter(|&i| a.numbers[i].kind != NumberKind::Identifier).collect()
}

/// Check-worthy claims, highest score first (text order on a tie).
pub fn claims_by_score(a: &Analysis) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..a.claims.len()).filter(|&i| a.claims[i].checkworthy).collect();
    ids.sort_by(|&x, &y| a.claims[y].score.total_cmp(&a.claims[x].score).then(x.cmp(&y)));
    ids
}

/// What the panel says of the reader's search: how many findings of every
/// kind it lists (quotes but scare quotes, figures, check-worthy claims,
/// the reader's annotations), in a sentence. `None` with no search.
pub fn search_result(doc: &Document, query: &str) -> Option<(usize, String)> {
    let q = query.trim();
    if q.is_empty() {
        return None;
    }
    let a = &doc.analysis;
    let shown = |f: Finding| f.matches(doc, query);
    let quotes = (0..a.quotes.len()).filter(|&i| a.quotes[i].kind != QuoteKind::Scare);
    let matched = quotes.filter(|&i| shown(Finding::Quote(i))).count()
        + figures(a).into_iter().filter(|&i| shown(Finding::Number(i))).count()
        + claims_matching(doc, query).len()
        + doc.annotations.items.iter().filter(|n| shown(Finding::Note(n.id))).count();
    let said = match matched {
        0 => match unknown_operator(q) {
            Some(hint) => format!("Nothing matches “{q}”: {hint}."),
            None => format!("Nothing matches “{q}”."),
        },
        1 => format!("1 finding matches “{q}”."),
        n => format!("{n} findings match “{q}”."),
    };
    Some((matched, said))
}

/// What is wrong with a search that uses `is:` or `status:` with a value
/// they do not take: the values they do.
fn unknown_operator(query: &str) -> Option<String> {
    const KINDS: [&str; 4] = ["quote", "number", "claim", "note"];
    query.split_whitespace().find_map(|term| {
        if let Some(kind) = term.strip_prefix("is:") {
            let known = KINDS.iter().any(|k| k.eq_ignore_ascii_case(kind));
            (!known).then(|| "“is:” takes quote, number, claim or note".to_string())
        } else if let Some(status) = term.strip_prefix("status:") {
            // A status of two words ("to check") may be typed with its space.
            let known = Status::ALL.iter().any(|s| {
                let label = s.label().to_lowercase();
                let status = status.to_lowercase();
                label.starts_with(&status) || label.replace(' ', "-").starts_with(&status)
            });
            let names: Vec<String> = Status::ALL.iter().map(|s| s.label().replace(' ', "-")).collect();
            (!known || status.is_empty()).then(|| format!("“status:” takes {}", names.join(", ")))
        } else {
            None
        }
    })
}

/// The check-worthy claims the reader's search finds, as the panel lists
/// them: highest score first.
pub fn claims_matching(doc: &Document, query: &str) -> Vec<usize> {
    claims_by_score(&doc.analysis).into_iter().filter(|&i| Finding::Claim(i).matches(doc, query)).collect()
}

/// Whether a finding matches the reader's search: every word of `query`
/// appears (case-insensitively) in one of `fields`; a word `#tag` must be
/// one of `tags` exactly; `is:quote`, `is:number`, `is:claim`, `is:note`
/// match the finding's kind. An empty query matches everything.
pub fn matches(query: &str, kind: &str, fields: &[&str], tags: &[String]) -> bool {
    matches_checked(query, kind, fields, tags, None)
}

/// [`matches`] for a claim, with its check (a blank one when it has none):
/// `verdict:false`, `verdict:mostly-true` (or `verdict:mostly true`) and
/// `status:done`, `status:to-check` match its check; no other finding
/// matches them.
pub fn matches_checked(query: &str, kind: &str, fields: &[&str], tags: &[String], check: Option<&Check>) -> bool {
    let terms: Vec<&str> = query.split_whitespace().collect();
    // The longest run of words from `first` on that `fits` (multi-word
    // tags and verdicts may be typed with their spaces): where it ends.
    let longest = |i: usize, first: &str, fits: &dyn Fn(&str) -> bool| {
        (i..=terms.len()).rev().find(|&end| {
            let name = std::iter::once(first).chain(terms[i..end].iter().copied()).collect::<Vec<_>>().join(" ");
            fits(&name)
        })
    };
    let mut i = 0;
    while i < terms.len() {
        let term = terms[i];
        i += 1;
        let found = if let Some(tag) = term.strip_prefix('#') {
            // A tag with spaces may be typed as it is ("#needs source"), or
            // with dashes ("#needs-source"), or its start only, as the
            // search is typed ("#needs"): the longest run of words that
            // begins a tag is taken.
            let same = |t: &String, name: &str| {
                let (t, name) = (t.to_lowercase(), name.to_lowercase());
                t.starts_with(&name) || t.replace(' ', "-").starts_with(&name)
            };
            match longest(i, tag, &|name| tags.iter().any(|t| same(t, name))) {
                Some(end) => {
                    i = end;
                    true
                }
                None => false,
            }
        } else if let Some(v) = term.strip_prefix("verdict:") {
            let verdict = check.and_then(|c| c.verdict.as_deref());
            match longest(i, v, &|name| verdict.is_some_and(|x| same_words(x, name))) {
                Some(end) => {
                    i = end;
                    true
                }
                None => false,
            }
        } else if let Some(v) = term.strip_prefix("status:") {
            let status = check.map(|c| c.status);
            match longest(i, v, &|name| status.is_some_and(|s| Status::named(name) == Some(s))) {
                Some(end) => {
                    i = end;
                    true
                }
                None => false,
            }
        } else if let Some(k) = term.strip_prefix("is:") {
            kind.eq_ignore_ascii_case(k)
        } else {
            let term = term.to_lowercase();
            fields.iter().any(|f| f.to_lowercase().contains(&term))
        };
        if !found {
            return false;
        }
    }
    true
}

/// A claim's score as one of three tiers, for its tint: 3 (≥ 0.85), 2 (≥ 0.6), 1.
/// (The model's scores are probabilities; the default threshold is about 0.3.)
pub fn score_tier(score: f32) -> u8 {
    if score >= 0.85 {
        3
    } else if score >= 0.6 {
        2
    } else {
        1
    }
}

/// Where a byte offset sits in a text of `len` bytes, in per mille (0–1000),
/// for markers on the overview bar.
pub fn per_mille(offset: usize, len: usize) -> u32 {
    if len == 0 { 0 } else { ((offset.min(len) as u64 * 1000) / len as u64) as u32 }
}

/// The overview bar's marks, as (kind, index, height in ‰ of the text):
/// claims by score, then quotes, then figures, one mark per kind and
/// height (marks at one height are drawn over each other, so at most about
/// a thousand per kind whatever the document holds).
pub fn overview_marks(a: &Analysis, len: usize) -> Vec<(&'static str, usize, u32)> {
    let mut seen = std::collections::HashSet::new();
    let claims = claims_by_score(a).into_iter().map(|i| ("claim", i, a.claims[i].span.start));
    let quotes = (0..a.quotes.len())
        .filter(|&i| a.quotes[i].kind != QuoteKind::Scare)
        .map(|i| ("quote", i, a.quotes[i].span.start));
    let numbers = figures(a).into_iter().map(|i| ("number", i, a.numbers[i].span.start));
    claims
        .chain(quotes)
        .chain(numbers)
        .map(|(kind, i, at)| (kind, i, per_mille(at, len)))
        .filter(|&(kind, _, y)| seen.insert((kind, y)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use marginalia_core::analyze;

    #[test]
    fn the_overview_has_one_mark_per_kind_and_height() {
        let text = "1,".repeat(20_000);
        let a = analyze(&text);
        assert!(a.numbers.len() > 5_000, "{}", a.numbers.len());
        let marks = overview_marks(&a, text.len());
        assert!(marks.len() <= 1_001, "{}", marks.len());
        assert!(marks.iter().all(|(kind, _, y)| *kind == "number" && *y < 1000));
        let text = "“We will not give up,” said Volodymyr Zelensky. Russia lost 5,000 troops in 2024, officials said.";
        let a = analyze(text);
        let kinds: Vec<&str> = overview_marks(&a, text.len()).iter().map(|m| m.0).collect();
        assert!(kinds.contains(&"quote") && kinds.contains(&"number"), "{kinds:?}");
    }

    #[test]
    fn quotes_group_by_speaker_unattributed_last() {
        let text = "“A thing,” said Fiona Hill. “Another,” he added.\n\nThe plan was a “very bad idea for everyone” then.\n\n“B,” said John Bolton.";
        let mut lib = crate::Library::default();
        lib.add(None, text.into());
        let groups = |lib: &crate::Library| -> Vec<(Option<String>, usize)> {
            quotes_by_speaker(lib.current().unwrap()).into_iter().map(|(s, ids)| (s, ids.len())).collect()
        };
        assert_eq!(groups(&lib), [(Some("Fiona Hill".into()), 2), (Some("John Bolton".into()), 1), (None, 1)]);
        // The reader names the unattributed quote's speaker, then says the
        // second of Fiona Hill's is unknown; undo takes each back.
        let a = lib.current().unwrap().analysis.clone();
        let key = |i: usize| crate::annotation::SuggestionKey::new(crate::annotation::Origin::Quote, a.quotes[i].span);
        let partial = a.quotes.iter().position(|q| q.speaker.is_none()).unwrap();
        assert!(lib.correct_speaker(key(partial), Some(" John Bolton ".into())));
        assert_eq!(groups(&lib), [(Some("Fiona Hill".into()), 2), (Some("John Bolton".into()), 2)]);
        assert!(lib.correct_speaker(key(1), Some(String::new())));
        assert_eq!(groups(&lib), [(Some("Fiona Hill".into()), 1), (Some("John Bolton".into()), 2), (None, 1)]);
        assert_eq!(lib.current().unwrap().annotations.review(key(1)), crate::annotation::Review::Accepted);
        assert!(lib.undo());
        assert!(lib.undo());
        assert_eq!(groups(&lib), [(Some("Fiona Hill".into()), 2), (Some("John Bolton".into()), 1), (None, 1)]);
        assert_eq!(lib.current().unwrap().annotations.review(key(1)), crate::annotation::Review::Pending);
        // A speaker written in another case joins the group as first written.
        assert!(lib.correct_speaker(key(partial), Some("fiona hill".into())));
        assert_eq!(groups(&lib), [(Some("Fiona Hill".into()), 3), (Some("John Bolton".into()), 1)]);
    }

    #[test]
    fn the_search_says_how_many_findings_it_lists() {
        let text = "“We will not give up,” said Volodymyr Zelensky. Russia fired 13,897 missiles and drones in 2024, officials said. It was a “special operation”.";
        let mut lib = crate::Library::default();
        lib.add(None, text.into());
        let span = lib.current().unwrap().analysis.numbers[0].span;
        lib.annotate(span, vec!["needs source".into()], String::new(), 1.0);
        let doc = lib.current().unwrap();
        let a = &doc.analysis;
        let quotes = a.quotes.iter().filter(|q| q.kind != QuoteKind::Scare).count();
        let claims = claims_by_score(a).len();
        let table: &[(&str, Option<usize>)] = &[
            ("", None),
            ("   ", None),
            ("is:quote", Some(quotes)),
            ("is:number", Some(figures(a).len())),
            ("is:claim", Some(claims)),
            ("#needs source", Some(1)),
            ("zzz", Some(0)),
        ];
        for (query, want) in table {
            assert_eq!(search_result(doc, query).map(|r| r.0), *want, "{query}");
        }
        assert_eq!(quotes, 1, "the scare quote is not counted");
        assert_eq!(search_result(doc, " zzz ").unwrap().1, "Nothing matches “zzz”.");
        assert_eq!(search_result(doc, "is:quote").unwrap().1, "1 finding matches “is:quote”.");
        // A value an operator does not take says which it does.
        let hints = [
            ("is:nonsense", "Nothing matches “is:nonsense”: “is:” takes quote, number, claim or note."),
            ("status:finished", "Nothing matches “status:finished”: “status:” takes to-check, checking, done."),
            ("status:", "Nothing matches “status:”: “status:” takes to-check, checking, done."),
            ("status:done", "Nothing matches “status:done”."),
            ("#needs", "1 finding matches “#needs”."),
            ("#sources", "Nothing matches “#sources”."),
        ];
        for (query, want) in hints {
            assert_eq!(search_result(doc, query).unwrap().1, want, "{query}");
        }
    }

    #[test]
    fn claims_sort_by_score() {
        let a =
            analyze("Russia lost 5,000 troops in 2024. Officials said it rose. Maybe so. It has launched 12 drones.");
        let ids = claims_by_score(&a);
        assert!(ids.windows(2).all(|w| a.claims[w[0]].score >= a.claims[w[1]].score));
        assert!(ids.iter().all(|&i| a.claims[i].checkworthy));
    }

    #[test]
    fn search_terms() {
        let tags = vec!["needs source".to_string(), "misleading".to_string()];
        let fields = ["Russia lost 5,000 troops", "Check the ISW estimate"];
        assert!(matches("", "note", &fields, &tags));
        assert!(matches("russia isw", "note", &fields, &tags));
        assert!(!matches("russia ukraine", "note", &fields, &tags));
        assert!(matches("#misleading", "note", &fields, &tags));
        assert!(matches("#needs-source troops", "note", &fields, &tags));
        assert!(matches("#needs source", "note", &fields, &tags), "a tag typed with its space");
        assert!(matches("#needs source troops", "note", &fields, &tags));
        assert!(matches("#NEEDS SOURCE", "note", &fields, &tags));
        assert!(matches("#needs", "note", &fields, &tags), "the start of a tag, as it is typed");
        assert!(matches("#needs sou", "note", &fields, &tags));
        assert!(!matches("#source", "note", &fields, &tags), "not the middle of a tag");
        assert!(!matches("#verified", "note", &fields, &tags));
        assert!(matches("is:note", "note", &fields, &tags));
        assert!(!matches("is:quote", "note", &fields, &tags));
    }

    #[test]
    fn claims_are_found_by_their_check() {
        let mut lib = crate::Library::default();
        lib.add(None, "Strike\n\nRussia lost 5,000 troops in 2024, officials said.\n\nUnemployment fell to 4 percent in 2023.\n\nA calm day in Kyiv.".into());
        let claims: Vec<Span> =
            lib.current().unwrap().analysis.claims.iter().filter(|c| c.checkworthy).map(|c| c.span).collect();
        assert!(claims.len() >= 2, "{claims:?}");
        let check = Check {
            verdict: Some("mostly true".into()),
            status: Status::Done,
            claimant: Some("Ana Ruiz".into()),
            evidence: vec![crate::check::Evidence { url: "https://example.org/ons".into(), note: "ONS series".into() }],
            ..Check::default()
        };
        assert!(lib.set_check(claims[0], check, 5.0));
        let quoted = lib.current().unwrap().analysis.sentences.last().unwrap().span;
        let own = lib.annotate(quoted, vec!["claim".into()], String::new(), 1.0).unwrap();
        let doc = lib.current().unwrap();
        let found = |q: &str| -> Vec<Finding> {
            let ids = claims_by_score(&doc.analysis).into_iter().map(Finding::Claim);
            let mut got: Vec<Finding> = ids.chain([Finding::Note(own)]).filter(|f| f.matches(doc, q)).collect();
            got.sort_by_key(|f| f.start(doc));
            got
        };
        let first = Finding::of_key(SuggestionKey::new(Origin::Claim, claims[0]), &doc.analysis).unwrap();
        let second = Finding::of_key(SuggestionKey::new(Origin::Claim, claims[1]), &doc.analysis).unwrap();
        // query → what matches: the checked claim, the unchecked one, the reader's own claim
        let cases: &[(&str, &[Finding])] = &[
            ("verdict:mostly-true", &[first]),
            ("verdict:mostly true", &[first]),
            ("verdict:MOSTLY-TRUE troops", &[first]),
            ("verdict:true", &[]),
            ("verdict:false", &[]),
            ("status:done", &[first]),
            ("status:to-check", &[second, Finding::Note(own)]),
            ("status:checking", &[]),
            ("ana ruiz", &[first]),
            ("ons", &[first]),
        ];
        for (query, want) in cases {
            assert_eq!(found(query), *want, "{query}");
        }
        let numbers: Vec<Finding> = (0..doc.analysis.numbers.len()).map(Finding::Number).collect();
        assert!(numbers.iter().all(|f| !f.matches(doc, "status:to-check")), "only claims have a status");
        // What can be checked: claims, the reader's own too, nothing else.
        assert_eq!(first.claim_span(doc), Some(claims[0]));
        assert_eq!(Finding::Note(own).claim_span(doc), Some(quoted));
        assert!(numbers.iter().all(|f| f.claim_span(doc).is_none()));
        assert_eq!(Finding::Claim(999).claim_span(doc), None);
    }

    #[test]
    fn a_finding_is_known_by_its_key_and_found_by_search() {
        let mut lib = crate::Library::default();
        lib.add(
            None,
            "“We will not give up,” said Volodymyr Zelensky. Russia lost 5,000 troops in 2024, officials said.".into(),
        );
        let span = lib.current().unwrap().analysis.sentences[1].span;
        let note = lib.annotate(span, vec!["needs source".into()], "Check the ISW estimate".into(), 0.0).unwrap();
        let doc = lib.current().unwrap();
        let a = &doc.analysis;
        let all: Vec<Finding> = (0..a.quotes.len())
            .map(Finding::Quote)
            .chain((0..a.numbers.len()).map(Finding::Number))
            .chain((0..a.claims.len()).map(Finding::Claim))
            .collect();
        for f in &all {
            assert_eq!(Finding::of_key(f.key(a).unwrap(), a), Some(*f));
        }
        assert_eq!(Finding::Note(note).key(a), None);
        assert_eq!(Finding::Note(note).start(doc), Some(span.start));
        assert_eq!(Finding::Quote(99).key(a), None);
        let matching = |q: &str| -> Vec<Finding> {
            all.iter().copied().chain([Finding::Note(note)]).filter(|f| f.matches(doc, q)).collect()
        };
        // query → the kinds of what matches
        let cases: &[(&str, &[&str])] = &[
            ("zelensky is:quote", &["quote"]),
            ("lost troops 2024", &["claim", "note"]),
            ("isw", &["note"]),
            ("#needs source", &["note"]),
            ("count troops", &["number"]),
            ("is:claim", &["claim"]),
            ("nothing-like-this", &[]),
        ];
        for (query, kinds) in cases {
            let got: Vec<&str> = matching(query)
                .iter()
                .map(|f| match f {
                    Finding::Quote(_) => "quote",
                    Finding::Number(_) => "number",
                    Finding::Claim(_) => "claim",
                    Finding::Note(_) => "note",
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(&got, kinds, "{query}");
        }
        assert_eq!(matching("").len(), all.len() + 1);
    }

    #[test]
    fn tiers_and_positions() {
        assert_eq!([score_tier(0.95), score_tier(0.65), score_tier(0.5)], [3, 2, 1]);
        assert_eq!([per_mille(0, 10), per_mille(5, 10), per_mille(10, 10), per_mille(3, 0)], [0, 500, 1000, 0]);
    }
}
