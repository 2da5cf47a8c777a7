//! How far the reader's review has come: per document ("12 of 40
//! reviewed"), the next suggestion still to review, and the library's
//! list filtered by review status or tag.

use marginalia_core::{NumberKind, QuoteKind, Span};

use std::collections::HashSet;

use crate::annotation::{Origin, Review, SuggestionKey};
use crate::document::{Document, Library};

/// A document's review: how many of its suggestions (quotes, figures,
/// check-worthy claims) the reader has accepted or rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Progress {
    pub reviewed: usize,
    pub total: usize,
}

/// Where a document's review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Nothing reviewed yet.
    NotStarted,
    /// Some suggestions reviewed, some not.
    Started,
    /// Every suggestion reviewed (or there were none).
    Done,
}

impl Progress {
    /// The review of `doc`; `None` while its findings are being made.
    /// Decisions on suggestions the core no longer makes (a claim below a
    /// raised threshold) do not count.
    pub fn of(doc: &Document) -> Option<Progress> {
        if doc.pending {
            return None;
        }
        let total = doc.quote_count() + doc.figure_count() + doc.checkworthy();
        let reviewed = doc
            .annotations
            .reviews
            .iter()
            .filter(|&(key, review)| *review != Review::Pending && is_suggested(doc, *key))
            .count();
        Some(Progress { reviewed: reviewed.min(total), total })
    }

    pub fn status(self) -> Status {
        match self.reviewed {
            _ if self.reviewed >= self.total => Status::Done,
            0 => Status::NotStarted,
            _ => Status::Started,
        }
    }

    /// "12 of 40 reviewed", "all 40 reviewed", "nothing to review"; counts
    /// written by `count` (the app's locale).
    pub fn describe(self, count: &dyn Fn(usize) -> String) -> String {
        match (self.reviewed, self.total) {
            (_, 0) => "nothing to review".into(),
            (r, t) if r >= t => format!("all {} reviewed", count(t)),
            (r, t) => format!("{} of {} reviewed", count(r), count(t)),
        }
    }
}

/// Whether `key` is one of the suggestions `doc` shows now (see
/// `Annotations::suggestions`): the core's lists are sorted and do not
/// overlap, so each is a binary search.
fn is_suggested(doc: &Document, key: SuggestionKey) -> bool {
    fn find<T>(items: &[T], span: Span, of: impl Fn(&T) -> Span) -> Option<&T> {
        items.get(items.partition_point(|x| of(x) < span)).filter(|x| of(x) == span)
    }
    let a = &doc.analysis;
    let span = key.span();
    match key.origin {
        Origin::Quote => find(&a.quotes, span, |q| q.span).is_some_and(|q| q.kind != QuoteKind::Scare),
        Origin::Number => find(&a.numbers, span, |n| n.span).is_some_and(|n| n.kind != NumberKind::Identifier),
        Origin::Claim => find(&a.claims, span, |c| c.span).is_some_and(|c| c.checkworthy),
        Origin::User => false,
    }
}

/// The first suggestion still to review after `after` in text order (from
/// the start when `after` is `None`), wrapping round to the top; `None`
/// when every suggestion is reviewed.
pub fn next_unreviewed(doc: &Document, after: Option<SuggestionKey>) -> Option<SuggestionKey> {
    let pending: Vec<SuggestionKey> = doc
        .annotations
        .suggestions(&doc.analysis)
        .into_iter()
        .filter(|(_, r)| *r == Review::Pending)
        .map(|(k, _)| k)
        .collect();
    let order = |k: &SuggestionKey| (k.start, k.origin);
    let from = after.map_or(0, |a| pending.partition_point(|k| order(k) <= order(&a)));
    pending.get(from).or(pending.first()).copied()
}

/// Where `j` (`delta` 1) or `k` (−1) goes from `here`: the next or previous
/// suggestion not rejected, in text order, wrapping round. From a
/// suggestion that is not listed (just rejected) it goes on from where
/// that one was, not from the top; from none, to the first or the last.
pub fn step_suggestion(doc: &Document, here: Option<SuggestionKey>, delta: isize) -> Option<SuggestionKey> {
    let list: Vec<SuggestionKey> = doc
        .annotations
        .suggestions(&doc.analysis)
        .into_iter()
        .filter(|(_, r)| *r != Review::Rejected)
        .map(|(k, _)| k)
        .collect();
    let len = list.len() as isize;
    if len == 0 {
        return None;
    }
    let order = |k: &SuggestionKey| (k.start, k.origin);
    let i = match here {
        Some(h) => match list.iter().position(|k| *k == h) {
            Some(i) => i as isize + delta,
            // Between the listed ones: the first after it is one step on.
            None => {
                let after = list.partition_point(|k| order(k) < order(&h)) as isize;
                if delta > 0 { after + delta - 1 } else { after + delta }
            }
        },
        None if delta >= 0 => 0,
        None => len - 1,
    };
    list.get(i.rem_euclid(len) as usize).copied()
}

/// The next document after the open one (in the library's order, wrapping
/// round) with a suggestion still to review: where "next to review" goes
/// once the open one is done.
pub fn next_document_to_review(lib: &Library) -> Option<u64> {
    let docs = &lib.documents;
    let here = lib.current.and_then(|id| docs.iter().position(|d| d.id == id)).unwrap_or(docs.len());
    (1..=docs.len())
        .map(|step| &docs[(here + step) % docs.len()])
        .find(|d| Some(d.id) != lib.current && Progress::of(d).is_some_and(|p| p.reviewed < p.total))
        .map(|d| d.id)
}

/// Which documents the library lists: by review status and by a tag of
/// the reader's annotations. The default lists every document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryFilter {
    pub status: Option<StatusFilter>,
    pub tag: Option<String>,
}

/// The review statuses the library can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    /// Not done: not started or started.
    ToReview,
    NotStarted,
    Started,
    Done,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 4] =
        [StatusFilter::ToReview, StatusFilter::NotStarted, StatusFilter::Started, StatusFilter::Done];

    /// Its name in the filter's menu.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::ToReview => "To review",
            StatusFilter::NotStarted => "Not started",
            StatusFilter::Started => "In progress",
            StatusFilter::Done => "Done",
        }
    }

    /// Its value in the menu (and in tests).
    pub fn value(self) -> &'static str {
        match self {
            StatusFilter::ToReview => "to-review",
            StatusFilter::NotStarted => "not-started",
            StatusFilter::Started => "started",
            StatusFilter::Done => "done",
        }
    }

    pub fn from_value(value: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|s| s.value() == value)
    }

    /// Whether a document with this progress is listed; one whose findings
    /// are still being made is to review and not started.
    pub fn keeps(self, progress: Option<Progress>) -> bool {
        let status = progress.map_or(Status::NotStarted, Progress::status);
        match self {
            StatusFilter::ToReview => status != Status::Done,
            StatusFilter::NotStarted => status == Status::NotStarted,
            StatusFilter::Started => status == Status::Started,
            StatusFilter::Done => status == Status::Done,
        }
    }
}

impl LibraryFilter {
    pub fn is_active(&self) -> bool {
        self.status.is_some() || self.tag.is_some()
    }

    /// Whether `doc` is listed.
    pub fn keeps(&self, doc: &Document) -> bool {
        self.status.is_none_or(|s| s.keeps(Progress::of(doc)))
            && self.tag.as_ref().is_none_or(|t| doc.annotations.items.iter().any(|a| a.tags.contains(t)))
    }
}

/// One line of the library's list: what it shows of a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LibraryRow {
    pub id: u64,
    pub title: String,
    /// The file name, or "pasted".
    pub source: String,
    pub bytes: usize,
    /// Quotes, figures and check-worthy claims; `None` while being found.
    pub counts: Option<[usize; 3]>,
    pub progress: Option<Progress>,
    pub current: bool,
    /// It is listed only because it is open: the filter would hide it.
    pub outside_filter: bool,
    /// The reader's search names it.
    pub matched: bool,
}

/// The library's list: the documents `filter` keeps, in the library's
/// order, with the open one always listed (a filter never hides what is
/// being read).
pub fn library_rows(lib: &Library, query: &str, filter: &LibraryFilter) -> Vec<LibraryRow> {
    lib.documents
        .iter()
        .filter(|d| lib.current == Some(d.id) || filter.keeps(d))
        .map(|d| LibraryRow {
            id: d.id,
            title: crate::chars::shown(&d.title),
            source: d.source.as_deref().map_or_else(|| "pasted".into(), crate::chars::shown),
            bytes: d.text.len(),
            counts: (!d.pending && d.unanalysed.is_none())
                .then(|| [d.quote_count(), d.figure_count(), d.checkworthy()]),
            progress: Progress::of(d),
            current: lib.current == Some(d.id),
            outside_filter: !filter.keeps(d),
            matched: d.named_by(query),
        })
        .collect()
}

/// The tags the library can be filtered by: those of the vocabulary that
/// some annotation has, in the vocabulary's order.
pub fn tags_in_use(lib: &Library) -> Vec<String> {
    let used: HashSet<&str> =
        lib.documents.iter().flat_map(|d| &d.annotations.items).flat_map(|a| &a.tags).map(String::as_str).collect();
    lib.tags.iter().filter(|t| used.contains(t.name.as_str())).map(|t| t.name.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "“We will not give up,” said Volodymyr Zelensky. Russia lost 5,000 troops in 2024, officials said.\n\nOfficials said the plan cost more than expected.";

    fn library() -> Library {
        let mut lib = Library::default();
        lib.add(Some("a.txt".into()), TEXT.into());
        lib
    }

    fn keys(lib: &Library) -> Vec<SuggestionKey> {
        let doc = lib.current().unwrap();
        doc.annotations.suggestions(&doc.analysis).into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn progress_counts_decisions_on_what_is_suggested() {
        let mut lib = library();
        let all = keys(&lib);
        assert!(all.len() >= 4, "{all:?}");
        let progress = |lib: &Library| Progress::of(lib.current().unwrap()).unwrap();
        let count = |n: usize| n.to_string();
        assert_eq!(progress(&lib), Progress { reviewed: 0, total: all.len() });
        assert_eq!(progress(&lib).status(), Status::NotStarted);
        lib.review(all[0], Review::Accepted);
        lib.review(all[1], Review::Rejected);
        assert_eq!(progress(&lib).reviewed, 2);
        assert_eq!(progress(&lib).status(), Status::Started);
        assert_eq!(progress(&lib).describe(&count), format!("2 of {} reviewed", all.len()));
        // Put back to pending: no longer reviewed.
        lib.review(all[1], Review::Pending);
        assert_eq!(progress(&lib).reviewed, 1);
        lib.review_all(&all, Review::Accepted);
        assert_eq!(progress(&lib).status(), Status::Done);
        assert_eq!(progress(&lib).describe(&count), format!("all {} reviewed", all.len()));
        // A decision on a claim no longer check-worthy does not count.
        let doc = lib.current().unwrap();
        let weakest = doc.analysis.claims.iter().filter(|c| c.checkworthy).min_by(|x, y| x.score.total_cmp(&y.score));
        let weakest = weakest.expect("a claim");
        let claim = SuggestionKey::new(Origin::Claim, weakest.span);
        assert!(weakest.score < 0.94, "{}", weakest.score);
        lib.set_claim_threshold(weakest.score + 0.01);
        let p = progress(&lib);
        assert!(p.total < all.len() && p.reviewed == p.total, "{p:?}");
        assert!(!is_suggested(lib.current().unwrap(), claim));
        let empty = Progress { reviewed: 0, total: 0 };
        assert_eq!((empty.status(), empty.describe(&count)), (Status::Done, "nothing to review".into()));
    }

    #[test]
    fn the_next_unreviewed_suggestion_wraps_round() {
        let mut lib = library();
        let all = keys(&lib);
        let next = |lib: &Library, after| next_unreviewed(lib.current().unwrap(), after);
        assert_eq!(next(&lib, None), Some(all[0]));
        assert_eq!(next(&lib, Some(all[0])), Some(all[1]));
        lib.review(all[1], Review::Accepted);
        assert_eq!(next(&lib, Some(all[0])), Some(all[2]), "reviewed ones are skipped");
        let last = *all.last().unwrap();
        assert_eq!(next(&lib, Some(last)), Some(all[0]), "past the last, back to the top");
        lib.review_all(&all[..all.len() - 1], Review::Rejected);
        assert_eq!(next(&lib, Some(last)), Some(last), "the only one left, itself");
        lib.review(last, Review::Accepted);
        assert_eq!(next(&lib, None), None);
    }

    #[test]
    fn the_next_document_to_review_is_the_next_one_not_done() {
        let mut lib = library();
        let first = lib.current.unwrap();
        lib.add(Some("b.txt".into()), "A quiet day.".into());
        lib.add(Some("c.txt".into()), "Prices rose 4% in May, the bureau said.".into());
        let third = lib.current.unwrap();
        // From the third: round to the first (the second has nothing to review).
        assert_eq!(next_document_to_review(&lib), Some(first));
        lib.open(first);
        assert_eq!(next_document_to_review(&lib), Some(third));
        // Once the third is done, none but the open one is left.
        lib.open(third);
        let all = keys(&lib);
        lib.review_all(&all, Review::Accepted);
        lib.open(first);
        assert_eq!(next_document_to_review(&lib), None);
    }

    #[test]
    fn j_and_k_go_on_from_a_suggestion_just_rejected() {
        let lib = library();
        let doc = lib.current().unwrap();
        let all: Vec<SuggestionKey> = doc.annotations.suggestions(&doc.analysis).into_iter().map(|(k, _)| k).collect();
        assert!(all.len() >= 4, "{all:?}");
        let mut lib = lib.clone();
        lib.review(all[1], Review::Rejected);
        let doc = lib.current().unwrap();
        let last = *all.last().unwrap();
        let table: &[(Option<SuggestionKey>, isize, SuggestionKey)] = &[
            (None, 1, all[0]),
            (None, -1, last),
            (Some(all[0]), 1, all[2]),
            (Some(all[2]), -1, all[0]),
            // From the one just rejected: on from where it was.
            (Some(all[1]), 1, all[2]),
            (Some(all[1]), -1, all[0]),
            (Some(last), 1, all[0]),
            (Some(all[0]), -1, last),
        ];
        for &(here, delta, want) in table {
            assert_eq!(step_suggestion(doc, here, delta), Some(want), "{here:?} {delta}");
        }
    }

    #[test]
    fn the_library_filtered_by_status_and_tag() {
        let mut lib = library();
        let first = lib.current.unwrap();
        lib.add(Some("b.txt".into()), "Prices rose 4% in May, the bureau said.".into());
        let second = lib.current.unwrap();
        lib.add(Some("c.txt".into()), "A quiet day.".into());
        let third = lib.current.unwrap();
        // The second is half reviewed and tagged; the third has nothing to review.
        lib.open(second);
        let k = keys(&lib);
        lib.review(k[0], Review::Accepted);
        let span = lib.current().unwrap().analysis.sentences[0].span;
        lib.annotate(span, vec!["needs source".into()], String::new(), 0.0);
        lib.open(first);
        let ids = |status: Option<StatusFilter>, tag: Option<&str>| -> Vec<u64> {
            let filter = LibraryFilter { status, tag: tag.map(str::to_string) };
            library_rows(&lib, "", &filter).iter().map(|r| r.id).collect()
        };
        assert_eq!(ids(None, None), [first, second, third]);
        assert_eq!(ids(Some(StatusFilter::ToReview), None), [first, second]);
        assert_eq!(ids(Some(StatusFilter::Started), None), [first, second], "the open one stays listed");
        assert_eq!(ids(Some(StatusFilter::Done), None), [first, third]);
        assert_eq!(ids(None, Some("needs source")), [first, second]);
        assert_eq!(ids(Some(StatusFilter::Done), Some("needs source")), [first]);
        // The open one, listed though the filter would hide it, is marked so.
        let outside = |lib: &Library, status| {
            let filter = LibraryFilter { status, tag: None };
            library_rows(lib, "", &filter).iter().filter(|r| r.outside_filter).map(|r| r.id).collect::<Vec<_>>()
        };
        assert_eq!(outside(&lib, Some(StatusFilter::Done)), [first]);
        assert_eq!(outside(&lib, None), Vec::<u64>::new());
        lib.open(third);
        assert_eq!(outside(&lib, Some(StatusFilter::Done)), Vec::<u64>::new(), "the filter keeps it");
        lib.open(first);
        let rows = library_rows(&lib, "b.txt", &LibraryFilter::default());
        assert_eq!(rows.iter().map(|r| r.matched).collect::<Vec<_>>(), [false, true, false]);
        assert_eq!(rows[0].source, "a.txt");
        assert_eq!(rows[2].progress.map(Progress::status), Some(Status::Done));
        for s in StatusFilter::ALL {
            assert_eq!(StatusFilter::from_value(s.value()), Some(s));
        }
    }

    #[test]
    fn the_library_is_filtered_by_the_tags_in_use_only() {
        let mut lib = library();
        assert_eq!(tags_in_use(&lib), Vec::<String>::new());
        let at = |word: &str| Span::new(TEXT.find(word).unwrap(), TEXT.find(word).unwrap() + word.len());
        let a = lib.annotate(at("Russia lost"), vec!["verified".into()], String::new(), 1.0).unwrap();
        lib.annotate(at("the plan cost"), vec!["misleading".into(), "verified".into()], String::new(), 2.0).unwrap();
        // Each once, in the vocabulary's order.
        let order: Vec<String> =
            lib.tags.iter().map(|t| t.name.clone()).filter(|t| t == "misleading" || t == "verified").collect();
        assert_eq!(order.len(), 2);
        assert_eq!(tags_in_use(&lib), order);
        // A tag's last use deleted: no longer offered (the app then shows every document).
        let b = lib.current().unwrap().annotations.items.iter().map(|x| x.id).find(|&id| id != a).unwrap();
        assert!(lib.delete_annotation(b));
        assert_eq!(tags_in_use(&lib), ["verified"]);
    }

    #[test]
    fn a_document_being_analysed_has_no_progress_yet() {
        let mut lib = Library::default();
        let id = lib.add_pending(None, TEXT.into(), None);
        let doc = lib.current().unwrap();
        assert_eq!(Progress::of(doc), None);
        assert!(StatusFilter::ToReview.keeps(None) && StatusFilter::NotStarted.keeps(None));
        assert!(!StatusFilter::Done.keeps(None));
        assert_eq!(library_rows(&lib, "", &LibraryFilter::default())[0].counts, None);
        lib.set_analysis(id, Ok(marginalia_core::analyze(TEXT)));
        assert!(Progress::of(lib.current().unwrap()).is_some_and(|p| p.total > 0));
    }
}
