//! The reader's library: the documents they loaded, with the core's analysis.

use marginalia_core::{Analysis, Span, analyze};
use serde::{Deserialize, Serialize};

use std::collections::{HashMap, HashSet};

use crate::annotation::{Annotation, Annotations, History, Op, Origin, Review, SuggestionKey, Tag, default_tags};
use crate::check::{Check, Verdict};
use crate::page::PageMeta;

/// A loaded article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: u64,
    pub title: String,
    /// The file it came from, or `None` when pasted.
    pub source: Option<String>,
    pub text: String,
    #[serde(skip)]
    pub analysis: Analysis,
    /// The reader's reviews and annotations.
    #[serde(default)]
    pub annotations: Annotations,
    /// What a web page said about itself (title, byline, date, site,
    /// address); `None` for text, Markdown and pasted documents, and in
    /// libraries stored before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageMeta>,
    /// Its findings are still being made elsewhere (the app's worker): the
    /// analysis holds its paragraphs only, so the text can be read at
    /// once. Never stored: a stored document is analysed when it is loaded.
    #[serde(skip)]
    pub pending: bool,
    /// Why its findings could not be made (the worker could not run, or
    /// sent an analysis that does not fit the text): it is shown plain,
    /// with its annotations, and says so. Never stored.
    #[serde(skip)]
    pub unanalysed: Option<String>,
}

impl Document {
    /// A document for `text`, analysed, titled from its first line.
    pub fn new(id: u64, source: Option<String>, text: String) -> Self {
        let analysis = analyze(&text);
        let title = title_with(&text, source.as_deref(), &analysis);
        Self::made(id, title, source, text, analysis, false)
    }

    fn made(id: u64, title: String, source: Option<String>, text: String, analysis: Analysis, pending: bool) -> Self {
        let annotations = Annotations::default();
        Self { id, title, source, text, analysis, annotations, page: None, pending, unanalysed: None }
    }

    /// A document whose findings are to come (see [`Document::pending`]):
    /// its paragraphs are found here, in one linear pass.
    pub fn outlined(id: u64, source: Option<String>, text: String) -> Self {
        let title = title_of(&text, source.as_deref());
        let mut doc = Self::made(id, title, source, text, Analysis::default(), true);
        doc.outline();
        doc
    }

    /// Forgets its findings but its paragraphs until an analysis is given
    /// (see [`Document::pending`]).
    fn outline(&mut self) {
        self.analysis = Analysis { paragraphs: marginalia_core::segment::outline(&self.text), ..Analysis::default() };
        self.pending = true;
        self.unanalysed = None;
    }

    /// Takes the analysis made elsewhere for a pending document if it keeps
    /// the core's promises for this text; otherwise, or when none could be
    /// made, the document stays without findings and says why.
    fn set_analysis(&mut self, analysis: Result<Analysis, String>) {
        let fitting = analysis.and_then(|a| match a.check(&self.text) {
            Ok(()) => Ok(a),
            Err(e) => Err(format!("the analysis made for it does not fit its text ({e})")),
        });
        match fitting {
            Ok(a) => {
                // A title taken from the text skips what the analysis finds
                // is page furniture ("Photo"); a page's own title stays.
                if self.page.is_none() && self.title == title_of(&self.text, self.source.as_deref()) {
                    self.title = title_with(&self.text, self.source.as_deref(), &a);
                }
                self.analysis = a;
            }
            Err(why) => self.unanalysed = Some(why),
        }
        self.pending = false;
    }

    /// A document for `text` with an analysis made elsewhere (the app's
    /// worker), used only if it keeps every promise of the core for this
    /// text (`Analysis::check`); otherwise the text is analysed here.
    pub fn with_analysis(id: u64, source: Option<String>, text: String, analysis: Analysis) -> Self {
        if analysis.check(&text).is_err() {
            return Self::new(id, source, text);
        }
        let title = title_with(&text, source.as_deref(), &analysis);
        Self::made(id, title, source, text, analysis, false)
    }

    /// Sets what the web page said about itself; its title, when it has
    /// one, becomes the document's.
    pub fn set_page(&mut self, page: PageMeta) {
        if let Some(t) = page.title.as_deref().filter(|t| !t.trim().is_empty()) {
            self.title = t.to_string();
        }
        self.page = Some(page);
    }

    /// What the library's search looks in: the title, the file name and
    /// what a web page said about itself (byline, date, site, address).
    pub fn about(&self) -> Vec<&str> {
        let mut fields = vec![self.title.as_str()];
        fields.extend(self.source.as_deref());
        fields.extend(self.page.iter().flat_map(PageMeta::fields));
        fields
    }

    /// Whether the reader's search names this document (every word in
    /// [`Document::about`]); an empty search names none.
    pub fn named_by(&self, query: &str) -> bool {
        !query.trim().is_empty() && crate::findings::matches(query, "document", &self.about(), &[])
    }

    /// Marks as check-worthy the claims scored `threshold` or more.
    pub fn mark_claims(&mut self, threshold: f32) {
        for c in &mut self.analysis.claims {
            c.checkworthy = c.score >= threshold;
        }
    }

    /// Check-worthy claims: the count the library, legend and panel show.
    pub fn checkworthy(&self) -> usize {
        self.analysis.claims.iter().filter(|c| c.checkworthy).count()
    }

    /// The core's quote with exactly this span (quotes are sorted: a binary search).
    pub fn quote_at(&self, span: Span) -> Option<&marginalia_core::Quote> {
        let quotes = &self.analysis.quotes;
        quotes.get(quotes.partition_point(|q| q.span < span)).filter(|q| q.span == span)
    }

    /// Who said quote `i` of the analysis: the reader's correction, else the core's.
    pub fn quote_speaker(&self, i: usize) -> Option<String> {
        let q = self.analysis.quotes.get(i)?;
        self.annotations.speaker(SuggestionKey::new(Origin::Quote, q.span), q.speaker.as_deref())
    }

    /// Quotes that are not scare quotes.
    pub fn quote_count(&self) -> usize {
        self.analysis.quotes.iter().filter(|q| q.kind != marginalia_core::QuoteKind::Scare).count()
    }

    /// Figures (numbers that are not identifiers).
    pub fn figure_count(&self) -> usize {
        self.analysis.numbers.iter().filter(|n| n.kind != marginalia_core::NumberKind::Identifier).count()
    }
}

/// The first non-empty line; else the file name; else "Untitled". A line
/// longer than any headline (a paragraph pasted without a title) is cut at
/// a word, with "…"; the page shortens what does not fit where it is shown.
pub fn title_of(text: &str, source: Option<&str>) -> String {
    title_skipping(text, source, &[])
}

/// [`title_of`], once the text is analysed: the first line that is no page
/// furniture ("Photo", "Advertisement", "Skip to content"), as the core
/// found it. (The page asks the worker's analysis, not the lexicon, which
/// stays out of the page's first load.)
pub fn title_with(text: &str, source: Option<&str>, analysis: &Analysis) -> String {
    let furniture: Vec<Span> = analysis
        .paragraphs
        .iter()
        .filter(|p| p.kind == marginalia_core::BlockKind::Furniture)
        .map(|p| p.span)
        .collect();
    title_skipping(text, source, &furniture)
}

fn title_skipping(text: &str, source: Option<&str>, furniture: &[Span]) -> String {
    const MAX: usize = 160;
    let mut at = 0;
    let line = text
        .split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start + (l.len() - l.trim_start().len()), l.trim())
        })
        .find(|(start, l)| {
            !l.is_empty()
                && l.chars().any(char::is_alphanumeric)
                && !furniture.iter().any(|f| f.start <= *start && *start < f.end)
        })
        .map(|(_, l)| l);
    match line {
        Some(l) if l.chars().count() > MAX => {
            let head: String = l.chars().take(MAX - 1).collect();
            let cut = head.rfind(' ').filter(|&i| i > head.len() / 2).unwrap_or(head.len());
            format!("{}…", head[..cut].trim_end_matches([' ', ',', ';', ':', '-', '—']))
        }
        Some(l) => l.to_string(),
        None => source.unwrap_or("Untitled").to_string(),
    }
}

/// All documents, in the order they were loaded, which one is open, the
/// tag vocabulary, and the session's undo history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub documents: Vec<Document>,
    pub current: Option<u64>,
    next_id: u64,
    #[serde(default = "default_tags")]
    pub tags: Vec<Tag>,
    #[serde(default)]
    next_annotation: u64,
    /// The score from which the reader counts a claim check-worthy, when
    /// they moved it; `None` is the model's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    claim_threshold: Option<f32>,
    /// How the reader wants exports made.
    #[serde(default, skip_serializing_if = "ExportChoices::is_default")]
    pub export_choices: ExportChoices,
    /// The verdicts a claim's check chooses from.
    #[serde(default = "crate::check::default_verdicts")]
    pub verdicts: Vec<Verdict>,
    /// Who is who across the library, as the reader said (see `across`).
    #[serde(default, skip_serializing_if = "crate::across::People::is_empty")]
    pub people: crate::across::People,
    #[serde(skip)]
    history: History<Step>,
}

/// How the reader wants exports made: their name as the annotations'
/// creator (W3C), and whether documents they never reviewed are exported,
/// marked as such, to the annotation tools' formats (else left out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportChoices {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    #[serde(default)]
    pub mark_unreviewed: bool,
    /// W3C exports leave the article's text out (annotations only, placed
    /// by their quotes on the page they came from); by default it is
    /// embedded, so a fresh browser can place everything.
    #[serde(default)]
    pub w3c_without_text: bool,
    /// The organisation that publishes the reader's fact-checks: the
    /// `author` of a ClaimReview export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl ExportChoices {
    fn is_default(&self) -> bool {
        *self == ExportChoices::default()
    }
}

/// One step of the library's history: the inverse of a change.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    /// A change to one document's annotations.
    Doc(u64, Op),
    /// Put back a removed document at its place in the list.
    Restore { at: usize, doc: Box<Document> },
    /// Remove a document again (redo of a removal).
    Remove(u64),
    /// Who is who, as it was.
    People(crate::across::People),
    /// The verdict scale as it was, and the checks' verdicts to rename back.
    Verdicts { scale: Vec<Verdict>, renamed: Vec<(String, String)> },
}

impl Default for Library {
    fn default() -> Self {
        Self {
            documents: Vec::new(),
            current: None,
            next_id: 0,
            tags: default_tags(),
            next_annotation: 0,
            claim_threshold: None,
            export_choices: ExportChoices::default(),
            verdicts: crate::check::default_verdicts(),
            people: crate::across::People::default(),
            history: History::default(),
        }
    }
}

impl Library {
    /// Adds a document and opens it; returns its id.
    pub fn add(&mut self, source: Option<String>, text: String) -> u64 {
        self.add_analyzed(source, text, None)
    }

    /// Adds a document from a web page, with what the page said about itself.
    pub fn add_page(&mut self, source: Option<String>, text: String, page: Option<PageMeta>) -> u64 {
        let id = self.add(source, text);
        if let Some(page) = page {
            self.set_page(id, page);
        }
        id
    }

    /// Sets a document's web page metadata (and so its title).
    pub fn set_page(&mut self, id: u64, page: PageMeta) {
        if let Some(doc) = self.doc_mut(id) {
            doc.set_page(page);
        }
    }

    /// Adds a document whose analysis may have been made elsewhere (see
    /// [`Document::with_analysis`]) and opens it; returns its id.
    pub fn add_analyzed(&mut self, source: Option<String>, text: String, analysis: Option<Analysis>) -> u64 {
        self.push(|id| match analysis {
            Some(a) => Document::with_analysis(id, source, text, a),
            None => Document::new(id, source, text),
        })
    }

    /// Adds a document whose findings are still to come (see
    /// [`Document::pending`]), with what its web page said about itself,
    /// and opens it; returns its id. Its analysis arrives with
    /// [`Library::set_analysis`] (the app's worker makes it: the page never
    /// runs the core) or is made here by [`Library::analyze_pending`].
    pub fn add_pending(&mut self, source: Option<String>, text: String, page: Option<PageMeta>) -> u64 {
        let id = self.push(|id| Document::outlined(id, source, text));
        if let Some(page) = page {
            self.set_page(id, page);
        }
        id
    }

    /// The documents whose findings are still to come, the open one first.
    pub fn pending(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = self.documents.iter().filter(|d| d.pending).map(|d| d.id).collect();
        if let Some(at) = ids.iter().position(|&id| Some(id) == self.current) {
            ids[..=at].rotate_right(1);
        }
        ids
    }

    /// Analyses every pending document here, with the core.
    pub fn analyze_pending(&mut self) {
        for id in self.pending() {
            let analysis = self.documents.iter().find(|d| d.id == id).map(|d| analyze(&d.text)).unwrap_or_default();
            self.set_analysis(id, Ok(analysis));
        }
    }

    /// Gives pending document `id` its analysis, or why none could be made.
    /// False when the document is gone or was not pending.
    pub fn set_analysis(&mut self, id: u64, analysis: Result<Analysis, String>) -> bool {
        let threshold = self.claim_threshold();
        let Some(doc) = self.doc_mut(id).filter(|d| d.pending) else { return false };
        doc.set_analysis(analysis);
        doc.mark_claims(threshold);
        true
    }

    fn push(&mut self, make: impl FnOnce(u64) -> Document) -> u64 {
        self.next_id = self.next_id.max(self.documents.iter().map(|d| d.id + 1).max().unwrap_or(0));
        let id = self.next_id;
        self.next_id += 1;
        let mut doc = make(id);
        doc.mark_claims(self.claim_threshold());
        self.documents.push(doc);
        self.current = Some(id);
        id
    }

    /// The score from which claims count as check-worthy: the reader's, or
    /// the model's default.
    pub fn claim_threshold(&self) -> f32 {
        self.claim_threshold.unwrap_or_else(marginalia_core::claim::threshold)
    }

    /// Whether the reader moved the threshold away from the default.
    pub fn claim_threshold_is_default(&self) -> bool {
        self.claim_threshold.is_none()
    }

    /// Sets the claim threshold (kept within 0.05–0.95, to the hundredth) and
    /// re-marks every document's claims; the model's default clears it.
    pub fn set_claim_threshold(&mut self, threshold: f32) {
        let t = (threshold.clamp(0.05, 0.95) * 100.0).round() / 100.0;
        let default = marginalia_core::claim::threshold();
        self.claim_threshold = if (t - default).abs() < 0.005 || !threshold.is_finite() { None } else { Some(t) };
        let t = self.claim_threshold();
        for d in &mut self.documents {
            d.mark_claims(t);
        }
    }

    /// Sets how exports are made (see [`ExportChoices`]); the creator's
    /// name is cleaned: blank is none, at most 200 characters, invisible
    /// characters taken out.
    pub fn set_export_choices(&mut self, choices: ExportChoices) {
        let clean = |name: Option<String>| {
            let name: String =
                name.unwrap_or_default().chars().filter(|&c| !crate::chars::is_invisible(c)).take(200).collect();
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            (!name.is_empty()).then_some(name)
        };
        let (creator, organisation) = (clean(choices.creator.clone()), clean(choices.organisation.clone()));
        self.export_choices = ExportChoices { creator, organisation, ..choices };
    }

    pub fn open(&mut self, id: u64) {
        if self.documents.iter().any(|d| d.id == id) {
            self.current = Some(id);
        }
    }

    /// Removes a document (undoably); the neighbour after it (or before) opens.
    pub fn remove(&mut self, id: u64) {
        if let Some(step) = self.take_document(id) {
            self.history.record(step);
        }
    }

    /// Removes a document and returns the step that puts it back.
    fn take_document(&mut self, id: u64) -> Option<Step> {
        let i = self.documents.iter().position(|d| d.id == id)?;
        let doc = self.documents.remove(i);
        if self.current == Some(id) {
            self.current = self.documents.get(i).or_else(|| self.documents.last()).map(|d| d.id);
        }
        Some(Step::Restore { at: i, doc: Box::new(doc) })
    }

    /// Applies a step of the history; returns its inverse.
    fn undo_step(&mut self, step: Step) -> Option<Step> {
        match step {
            Step::Doc(doc, op) => {
                let inverse = self.doc_mut(doc)?.annotations.apply(op)?;
                self.current = Some(doc);
                Some(Step::Doc(doc, inverse))
            }
            Step::Restore { at, doc } => {
                let id = doc.id;
                self.documents.insert(at.min(self.documents.len()), *doc);
                self.current = Some(id);
                Some(Step::Remove(id))
            }
            Step::Remove(id) => self.take_document(id),
            Step::People(people) => Some(Step::People(std::mem::replace(&mut self.people, people))),
            Step::Verdicts { scale, renamed } => {
                self.rename_verdicts(&renamed);
                let back = renamed.into_iter().map(|(from, to)| (to, from)).collect();
                Some(Step::Verdicts { scale: std::mem::replace(&mut self.verdicts, scale), renamed: back })
            }
        }
    }

    /// The reader's edit of the verdict scale (see
    /// [`crate::check::edited_scale`]): kept, with the checks of a renamed
    /// verdict renamed, as one undoable step; or refused, with the reason.
    /// Whether anything changed.
    pub fn set_verdicts(&mut self, rows: &[crate::check::ScaleRow]) -> Result<bool, String> {
        let (scale, renamed) = crate::check::edited_scale(&self.verdicts, rows, &|name| self.verdict_uses(name))?;
        if scale == self.verdicts && renamed.is_empty() {
            return Ok(false);
        }
        self.rename_verdicts(&renamed);
        let back = renamed.into_iter().map(|(from, to)| (to, from)).collect();
        let was = std::mem::replace(&mut self.verdicts, scale);
        self.history.record(Step::Verdicts { scale: was, renamed: back });
        Ok(true)
    }

    /// How many checks in the library give the verdict `name`.
    pub fn verdict_uses(&self, name: &str) -> usize {
        self.documents
            .iter()
            .flat_map(|d| d.annotations.checks.values())
            .filter(|c| c.verdict.as_deref().is_some_and(|v| crate::check::same_words(v, name)))
            .count()
    }

    /// Renames the checks' verdicts (from, to), each check once: two
    /// verdicts can swap names.
    fn rename_verdicts(&mut self, renamed: &[(String, String)]) {
        for check in self.documents.iter_mut().flat_map(|d| d.annotations.checks.values_mut()) {
            let to = check.verdict.as_deref().and_then(|v| {
                renamed.iter().find(|(from, _)| crate::check::same_words(v, from)).map(|(_, to)| to.clone())
            });
            if to.is_some() {
                check.verdict = to;
            }
        }
    }

    /// The reader says the speaker spelt `spellings` (all of their
    /// spellings) is the one spelt `person`, in "who said what"; undoable.
    pub fn same_person(&mut self, spellings: &[String], person: &str) -> bool {
        let before = self.people.clone();
        let changed = self.people.join(spellings, person);
        if changed {
            self.history.record(Step::People(before));
        }
        changed
    }

    /// The reader says `spelling` is someone else than those it was
    /// grouped with; undoable.
    pub fn other_person(&mut self, spelling: &str) -> bool {
        let before = self.people.clone();
        let changed = self.people.part(spelling);
        if changed {
            self.history.record(Step::People(before));
        }
        changed
    }

    pub fn current(&self) -> Option<&Document> {
        self.current.and_then(|id| self.documents.iter().find(|d| d.id == id))
    }

    /// Opens the next (or previous) of the documents `ids` (the ones a
    /// filtered list shows, in its order), wrapping round; all of them
    /// when `ids` is empty.
    pub fn step_within(&mut self, ids: &[u64], delta: isize) {
        let ids: Vec<u64> = if ids.is_empty() { self.documents.iter().map(|d| d.id).collect() } else { ids.to_vec() };
        let n = ids.len() as isize;
        if n == 0 {
            return;
        }
        let next = match self.current.and_then(|id| ids.iter().position(|&i| i == id)) {
            Some(i) => (i as isize + delta).rem_euclid(n) as usize,
            // The open one is not listed: the first (or last) listed.
            None if delta >= 0 => 0,
            None => ids.len() - 1,
        };
        self.current = Some(ids[next]);
    }

    fn doc_mut(&mut self, id: u64) -> Option<&mut Document> {
        self.documents.iter_mut().find(|d| d.id == id)
    }

    /// Applies a change to a document's annotations and records it for undo.
    /// Returns whether anything changed.
    pub fn apply(&mut self, doc: u64, op: Op) -> bool {
        let Some(d) = self.doc_mut(doc) else { return false };
        match d.annotations.apply(op) {
            Some(inverse) => {
                self.history.record(Step::Doc(doc, inverse));
                true
            }
            None => false,
        }
    }

    /// Sets the review of a suggestion of the open document.
    pub fn review(&mut self, key: SuggestionKey, to: Review) -> bool {
        self.review_at(key, to, None)
    }

    /// [`Library::review`], made at `at` (milliseconds since the epoch).
    pub fn review_at(&mut self, key: SuggestionKey, to: Review, at: Option<f64>) -> bool {
        self.current.is_some_and(|doc| self.apply(doc, Op::Review { key, to, at }))
    }

    /// Sets the review of several suggestions of the open document as one
    /// step of the history (bulk accept); returns how many changed.
    pub fn review_all(&mut self, keys: &[SuggestionKey], to: Review) -> usize {
        self.review_all_at(keys, to, None)
    }

    /// [`Library::review_all`], made at `at` (milliseconds since the epoch).
    pub fn review_all_at(&mut self, keys: &[SuggestionKey], to: Review, at: Option<f64>) -> usize {
        let Some(doc) = self.current else { return 0 };
        let Some(d) = self.documents.iter().find(|d| d.id == doc) else { return 0 };
        let ops: Vec<Op> =
            keys.iter().filter(|k| d.annotations.review(**k) != to).map(|&key| Op::Review { key, to, at }).collect();
        let n = ops.len();
        if n > 0 {
            self.apply(doc, Op::Batch(ops));
        }
        n
    }

    /// Adds the reader's annotation on `span` of the open document; returns its id.
    pub fn annotate(&mut self, span: Span, tags: Vec<String>, note: String, now: f64) -> Option<u64> {
        let doc = self.current?;
        let text = &self.documents.iter().find(|d| d.id == doc)?.text;
        // Nothing to see is nothing to annotate: an empty or blank span.
        if span.is_empty()
            || span.end > text.len()
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
            || text[span.start..span.end].trim().is_empty()
        {
            return None;
        }
        let id = self.next_annotation;
        self.next_annotation += 1;
        let a = Annotation { id, span, tags, note, speaker: None, created: now, modified: now };
        self.apply(doc, Op::Add(a)).then_some(id)
    }

    /// Corrects who said the suggested quote `key` of the open document
    /// (`Some("")`: speaker unknown; `None`: back to the core's speaker).
    /// A correction is a review: the quote is accepted with it, in one step.
    pub fn correct_speaker(&mut self, key: SuggestionKey, to: Option<String>) -> bool {
        let Some(doc) = self.current else { return false };
        let Some(d) = self.documents.iter().find(|d| d.id == doc) else { return false };
        let core = d.quote_at(key.span()).map(|q| q.speaker.clone().unwrap_or_default());
        // Naming the speaker the core found is no correction: it accepts the quote.
        let to = to.map(|name| name.trim().to_string());
        let fix = to.clone().filter(|name| Some(name) != core.as_ref());
        let mut ops = vec![Op::Speaker { key, to: fix }];
        if to.is_some() {
            ops.push(Op::Review { key, to: Review::Accepted, at: None });
        }
        self.apply(doc, Op::Batch(ops))
    }

    /// How many claims of the library have a verdict: what a ClaimReview
    /// export holds.
    pub fn verdict_count(&self) -> usize {
        self.documents.iter().flat_map(|d| d.annotations.checks.values()).filter(|c| c.verdict.is_some()).count()
    }

    /// How many checks the library could publish ([`Check::publishable`]).
    pub fn publishable_count(&self) -> usize {
        self.documents.iter().flat_map(|d| d.annotations.checks.values()).filter(|c| c.publishable()).count()
    }

    /// Sets the check of the claim at `span` of the open document, made at
    /// `now`; a blank check (nothing found or said) removes it. Returns
    /// whether anything changed.
    pub fn set_check(&mut self, span: Span, check: Check, now: f64) -> bool {
        let Some(doc) = self.current else { return false };
        let Some(d) = self.documents.iter().find(|d| d.id == doc) else { return false };
        if span.is_empty() || d.text.get(span.start..span.end).is_none() {
            return false;
        }
        let check = check.cleaned();
        let unchanged =
            d.annotations.checks.get(&span).is_some_and(|c| Check { modified: c.modified, ..check.clone() } == *c);
        if unchanged {
            return false;
        }
        let to = (!check.is_blank()).then_some(Check { modified: now, ..check });
        // Checking a suggested claim that waits for review accepts it, in the
        // same step (unless the reader marked the same words a claim of their
        // own: that annotation holds the check).
        let key = SuggestionKey::new(Origin::Claim, span);
        let accept = to.is_some()
            && d.analysis.claims.iter().any(|c| c.span == span)
            && d.annotations.review(key) == Review::Pending
            && !d.annotations.items.iter().any(|a| a.span == span && crate::findings::is_claim(a));
        let op = Op::Check { span, to };
        self.apply(
            doc,
            if accept { Op::Batch(vec![op, Op::Review { key, to: Review::Accepted, at: Some(now) }]) } else { op },
        )
    }

    /// Replaces an annotation of the open document (tags, note, span). The
    /// check of the reader's own claim follows it, in the same step: to its
    /// new span when it moves, away when it is no longer tagged "claim".
    pub fn edit(&mut self, mut a: Annotation, now: f64) -> bool {
        a.modified = now;
        let Some(doc) = self.current else { return false };
        let mut ops = vec![Op::Replace(a.clone())];
        ops.extend(self.check_following(doc, a.id, Some(&a)));
        self.apply(doc, if ops.len() == 1 { ops.remove(0) } else { Op::Batch(ops) })
    }

    /// Deletes an annotation of the open document, and the check of the
    /// reader's own claim with it, in one step.
    pub fn delete_annotation(&mut self, id: u64) -> bool {
        let Some(doc) = self.current else { return false };
        let mut ops = vec![Op::Remove(id)];
        ops.extend(self.check_following(doc, id, None));
        self.apply(doc, if ops.len() == 1 { ops.remove(0) } else { Op::Batch(ops) })
    }

    /// What becomes of the check on annotation `id`'s span when it becomes
    /// `after` (`None`: deleted): nothing while another claim — the core's
    /// or another of the reader's — keeps that span; else it moves with the
    /// annotation, or goes when the annotation is no longer a claim.
    fn check_following(&self, doc: u64, id: u64, after: Option<&Annotation>) -> Vec<Op> {
        let Some(d) = self.documents.iter().find(|d| d.id == doc) else { return Vec::new() };
        let Some(before) = d.annotations.get(id).filter(|b| crate::findings::is_claim(b)) else { return Vec::new() };
        let Some(check) = d.annotations.checks.get(&before.span) else { return Vec::new() };
        let still = after.filter(|a| crate::findings::is_claim(a));
        if still.is_some_and(|a| a.span == before.span) {
            return Vec::new();
        }
        let kept_by_other = d.analysis.claims.iter().any(|c| c.span == before.span)
            || d.annotations.items.iter().any(|x| x.id != id && x.span == before.span && crate::findings::is_claim(x));
        let mut ops = Vec::new();
        if !kept_by_other {
            ops.push(Op::Check { span: before.span, to: None });
        }
        if let Some(a) = still.filter(|a| !d.annotations.checks.contains_key(&a.span)) {
            ops.push(Op::Check { span: a.span, to: Some(check.clone()) });
        }
        ops
    }

    /// The id the next annotation will get.
    pub fn next_annotation_id(&self) -> u64 {
        self.next_annotation
    }

    /// Makes sure new annotations get ids from `next` on (after an import).
    pub fn reserve_annotation_ids(&mut self, next: u64) {
        self.next_annotation = self.next_annotation.max(next);
    }

    /// Undoes the last change (in whichever document) and opens that document.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.history.pop_undo() else { return false };
        let Some(inverse) = self.undo_step(step) else { return false };
        self.history.undone(inverse);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(step) = self.history.pop_redo() else { return false };
        let Some(inverse) = self.undo_step(step) else { return false };
        self.history.redone(inverse);
        true
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Adds a tag to the vocabulary (once), with the next palette colour.
    pub fn add_tag(&mut self, name: &str) -> Option<String> {
        let name = crate::annotation::clean_tag(name);
        if name.is_empty() {
            return None;
        }
        if let Some(t) = self.tags.iter().find(|t| t.name.to_lowercase() == name.to_lowercase()) {
            return Some(t.name.clone());
        }
        if self.tags.len() >= crate::annotation::MAX_TAGS {
            return None;
        }
        let color = crate::annotation::PALETTE[self.tags.len() % crate::annotation::PALETTE.len()].to_string();
        // The first free number key, so a new tag can be applied from the keyboard too.
        let key = ('1'..='9').find(|k| !self.tags.iter().any(|t| t.key == Some(*k)));
        self.tags.push(Tag { name: name.clone(), color, key });
        Some(name)
    }

    /// Changes a tag's colour (one of the palette's) and shortcut key; a key
    /// moves from any other tag that had it. Unknown tags and colours are ignored.
    pub fn set_tag(&mut self, name: &str, color: &str, key: Option<char>) {
        if !crate::annotation::PALETTE.contains(&color) || !self.tags.iter().any(|t| t.name == name) {
            return;
        }
        let key = key.filter(|k| k.is_ascii_digit() && *k != '0');
        for t in &mut self.tags {
            if t.name == name {
                t.color = color.to_string();
                t.key = key;
            } else if key.is_some() && t.key == key {
                t.key = None;
            }
        }
    }

    /// Removes a tag from the vocabulary (annotations keep their tags).
    pub fn remove_tag(&mut self, name: &str) {
        self.tags.retain(|t| t.name != name);
    }

    /// The library as stored: JSON without the analyses (they are recomputed).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// The copy written synchronously as the page is left (localStorage, which
    /// stops at about 5 MB): the library with the texts of the documents in
    /// `stored` left out — the database's copy has them, and a text never
    /// changes — so that a tag added to a 6 MB article still fits.
    pub fn to_leaving_json(&self, stored: &HashSet<u64>) -> String {
        self.light_json(|_| true, |d| !stored.contains(&d.id))
    }

    /// The library as stored, with document `only` alone when given: what
    /// the app's worker needs to write an export or plan an import (it
    /// analyses the texts again, as a reload does).
    pub fn to_json_of(&self, only: Option<u64>) -> String {
        let Some(id) = only else { return self.to_json() };
        self.light_json(|d| d.id == id, |_| true)
    }

    /// The library as stored, of the documents `keep` keeps, with the text
    /// of those `with_text` says (the others' left out, `""`). A light
    /// clone through the library's own serializer (going through
    /// `serde_json::Value` instead cost the first load 8 kB of code).
    fn light_json(&self, keep: impl Fn(&Document) -> bool, with_text: impl Fn(&Document) -> bool) -> String {
        let light = Library {
            documents: self
                .documents
                .iter()
                .filter(|d| keep(d))
                .map(|d| Document {
                    id: d.id,
                    title: d.title.clone(),
                    source: d.source.clone(),
                    text: if with_text(d) { d.text.clone() } else { String::new() },
                    analysis: Analysis::default(),
                    annotations: d.annotations.clone(),
                    page: d.page.clone(),
                    pending: false,
                    unanalysed: None,
                })
                .collect(),
            tags: self.tags.clone(),
            export_choices: self.export_choices.clone(),
            verdicts: self.verdicts.clone(),
            people: self.people.clone(),
            history: History::default(),
            ..*self
        };
        light.to_json()
    }

    /// The library as stored in parts, so that a change writes kilobytes,
    /// not every text again: the index — the library with every text left
    /// out (`""`; [`Library::fill_texts`] puts them back) — and the texts
    /// of the documents not in `stored`, whose texts the storage does not
    /// hold yet (a text never changes).
    pub fn to_parts(&self, stored: &HashSet<u64>) -> (String, Vec<(u64, String)>) {
        let all: HashSet<u64> = self.documents.iter().map(|d| d.id).collect();
        let texts = self.documents.iter().filter(|d| !stored.contains(&d.id)).map(|d| (d.id, d.text.clone())).collect();
        (self.to_leaving_json(&all), texts)
    }

    /// The ids of the documents whose text a stored library (an index from
    /// [`Library::to_parts`], a copy written on leaving) leaves out.
    pub fn texts_left_out(json: &str) -> Vec<u64> {
        // Read as a `Value`, as the other stored-library helpers are: one
        // deserializer fewer in the page's code.
        let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else { return Vec::new() };
        value
            .get("documents")
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
            .filter(|d| d.get("text").is_none_or(|t| t.is_null() || t.as_str() == Some("")))
            .filter_map(|d| d.get("id")?.as_u64())
            .collect()
    }

    /// Of the texts stored apart (`text_ids`), those no document of the
    /// stored library `json` has: removed in an earlier visit, whose undo
    /// is gone. Ids from the library's next id on are never listed — a
    /// document another tab added since `json` was read may own them. None
    /// when `json` is not a library.
    pub fn unused_texts(json: &str, text_ids: &[u64]) -> Vec<u64> {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else { return Vec::new() };
        let Some(docs) = value.get("documents").and_then(serde_json::Value::as_array) else { return Vec::new() };
        let used: HashSet<u64> = docs.iter().filter_map(|d| d.get("id")?.as_u64()).collect();
        let next = value.get("next_id").and_then(serde_json::Value::as_u64).unwrap_or(0);
        text_ids.iter().copied().filter(|id| !used.contains(id) && *id < next).collect()
    }

    /// `json` (a stored library) with the texts it left out put back from
    /// `texts`; the titles of the documents whose text is in neither are
    /// returned, and those documents stay without one (`from_stored` then
    /// sets their annotations aside). `None` when `json` is not a library.
    pub fn fill_texts(json: &str, texts: &[(u64, String)]) -> Option<(String, Vec<String>)> {
        let mut value: serde_json::Value = serde_json::from_str(json).ok()?;
        let mut missing = Vec::new();
        for doc in value.get_mut("documents")?.as_array_mut()? {
            if doc.get("text").is_none_or(|t| t.is_null() || t.as_str() == Some("")) {
                let id = doc.get("id").and_then(serde_json::Value::as_u64);
                match id.and_then(|id| texts.iter().find(|(i, _)| *i == id).map(|(_, t)| t)) {
                    Some(text) => doc["text"] = serde_json::Value::String(text.clone()),
                    None => missing.push(doc.get("title").and_then(|t| t.as_str()).unwrap_or("untitled").to_string()),
                }
            }
        }
        Some((value.to_string(), missing))
    }

    /// The library JSON a copy from [`Library::to_leaving_json`] stands for,
    /// its left-out texts taken from `stored`, the database's copy; `None`
    /// when a text is in neither (the leaving copy is then of no use).
    pub fn merge_leaving(leaving: &str, stored: Option<&str>) -> Option<String> {
        let mut value: serde_json::Value = serde_json::from_str(leaving).ok()?;
        let stored: Option<serde_json::Value> = stored.and_then(|s| serde_json::from_str(s).ok());
        let texts: HashMap<u64, &serde_json::Value> = stored
            .as_ref()
            .and_then(|s| s.get("documents")?.as_array())
            .into_iter()
            .flatten()
            .filter_map(|d| Some((d.get("id")?.as_u64()?, d.get("text")?)))
            .collect();
        for doc in value.get_mut("documents")?.as_array_mut()? {
            if doc.get("text").is_none_or(|t| t.is_null() || t.as_str() == Some("")) {
                let id = doc.get("id")?.as_u64()?;
                doc["text"] = (*texts.get(&id)?).clone();
            }
        }
        Some(value.to_string())
    }

    /// Whether `json` reads as a stored library (without analysing it).
    pub fn parses(json: &str) -> bool {
        serde_json::from_str::<Library>(json).is_ok()
    }

    /// What to keep aside for the reader to download when `json` (a stored
    /// library that could not be used, or changes that could not be joined
    /// to it) is set aside and `kept` is already there: never one over the
    /// other. One copy is kept as it was; several as
    /// `{"marginalia_kept_copies": [the copies as stored, oldest first]}`.
    /// `None` when `json` is kept already.
    pub fn keep_copy(kept: Option<&str>, json: &str) -> Option<String> {
        const KEY: &str = "marginalia_kept_copies";
        let Some(kept) = kept else { return Some(json.to_string()) };
        let mut copies: Vec<String> = serde_json::from_str::<serde_json::Value>(kept)
            .ok()
            .and_then(|v| serde_json::from_value(v.get(KEY)?.clone()).ok())
            .unwrap_or_else(|| vec![kept.to_string()]);
        if copies.iter().any(|c| c == json) {
            return None;
        }
        copies.push(json.to_string());
        Some(serde_json::json!({ KEY: copies }).to_string())
    }

    /// Restores a stored library, recomputing the analyses. Broken JSON gives
    /// an error rather than an empty library, so the caller can keep the
    /// stored text instead of overwriting it.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let (mut lib, _) = Self::from_stored(json)?;
        lib.analyze_pending();
        Ok(lib)
    }

    /// A stored library, checked as an import is: what is damaged (a span
    /// outside its text or inside a character, an id used twice) is set
    /// aside and described, one line per kind of damage, so the reader can
    /// be told and the stored copy kept. The rest opens as it was, each
    /// document pending: its findings are made by the app's worker
    /// ([`Library::set_analysis`]) or here ([`Library::analyze_pending`]).
    pub fn from_stored(json: &str) -> Result<(Self, Vec<String>), serde_json::Error> {
        let mut lib: Library = serde_json::from_str(json)?;
        let damage = lib.set_aside_damage();
        lib.documents.iter_mut().for_each(Document::outline);
        lib.set_claim_threshold(lib.claim_threshold());
        if lib.current.is_some() && lib.current().is_none() {
            lib.current = lib.documents.first().map(|d| d.id);
        }
        Ok((lib, damage))
    }

    /// Removes what no saved library of ours can hold, renumbers ids used
    /// twice, and says what it did.
    fn set_aside_damage(&mut self) -> Vec<String> {
        let mut damage = Vec::new();
        // A document whose text is missing (stored apart, and lost) cannot
        // be shown or its annotations placed.
        let (kept, lost): (Vec<Document>, Vec<Document>) =
            std::mem::take(&mut self.documents).into_iter().partition(|d| !d.text.is_empty());
        self.documents = kept;
        for doc in &lost {
            damage
                .push(format!("“{}”: its text is missing from the browser's storage, so it was set aside", doc.title));
        }
        if self.current.is_some_and(|c| lost.iter().any(|d| d.id == c)) {
            self.current = self.documents.first().map(|d| d.id);
        }
        let mut ids = HashSet::new();
        let mut renumbered = 0;
        let mut next_doc = self.documents.iter().map(|d| d.id + 1).max().unwrap_or(0).max(self.next_id);
        for doc in &mut self.documents {
            if !ids.insert(doc.id) {
                doc.id = next_doc;
                next_doc += 1;
                renumbered += 1;
            }
        }
        self.next_id = next_doc;
        if renumbered > 0 {
            damage.push(format!("{renumbered} document(s) shared an id with another and were given a new one"));
        }
        let fits = |text: &str, s: Span| s.start <= s.end && text.get(s.start..s.end).is_some();
        let mut next_note =
            self.documents.iter().flat_map(|d| &d.annotations.items).map(|a| a.id + 1).max().unwrap_or(0);
        next_note = next_note.max(self.next_annotation);
        let mut notes = HashSet::new();
        let mut renumbered = 0;
        for doc in &mut self.documents {
            let text = &doc.text;
            let a = &mut doc.annotations;
            let before = a.items.len() + a.reviews.len() + a.speakers.len() + a.checks.len();
            a.items.retain(|n| fits(text, n.span) && !n.span.is_empty());
            a.reviews.retain(|k, _| fits(text, k.span()));
            a.speakers.retain(|k, _| fits(text, k.span()));
            a.checks.retain(|span, _| fits(text, *span) && !span.is_empty());
            let lost = before - (a.items.len() + a.reviews.len() + a.speakers.len() + a.checks.len());
            if lost > 0 {
                damage.push(format!(
                    "“{}”: {lost} annotation(s) or review(s) pointed outside the text and were set aside",
                    doc.title
                ));
            }
            for n in &mut a.items {
                if !notes.insert(n.id) {
                    n.id = next_note;
                    next_note += 1;
                    renumbered += 1;
                }
            }
        }
        self.next_annotation = next_note;
        if renumbered > 0 {
            damage.push(format!("{renumbered} annotation(s) shared an id with another and were given a new one"));
        }
        damage
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_scale_is_edited_with_its_checks_and_undone_in_one_step() {
        let mut lib = Library::default();
        lib.add(None, "War report\n\nRussia lost 5,000 troops in 2024, officials said.".into());
        let span = lib.current().unwrap().analysis.claims[0].span;
        let verdict = |lib: &Library| lib.current().unwrap().annotations.checks[&span].verdict.clone();
        assert!(lib.set_check(span, Check { verdict: Some("false".into()), ..Check::default() }, 10.0));
        // "false" and "true" swap names; "misleading" goes (no check gives it).
        let rows: Vec<crate::check::ScaleRow> = lib
            .verdicts
            .iter()
            .filter(|v| v.name != "misleading")
            .map(|v| {
                let name = match v.name.as_str() {
                    "false" => "true",
                    "true" => "false",
                    other => other,
                };
                (Some(v.name.clone()), Verdict { name: name.into(), rating: v.rating })
            })
            .collect();
        assert_eq!(lib.set_verdicts(&rows), Ok(true));
        assert_eq!(verdict(&lib).as_deref(), Some("true"));
        assert_eq!(lib.verdicts.len(), 4);
        assert_eq!(lib.verdict_uses("true"), 1);
        let stored = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(stored.verdicts, lib.verdicts);
        assert!(lib.undo());
        assert_eq!((verdict(&lib).as_deref(), lib.verdicts.len()), (Some("false"), 5));
        assert!(lib.redo());
        assert_eq!(verdict(&lib).as_deref(), Some("true"));
        // A verdict a check gives cannot go; nothing changes.
        let same: Vec<crate::check::ScaleRow> =
            lib.verdicts.iter().map(|v| (Some(v.name.clone()), v.clone())).collect();
        let without: Vec<_> = same.iter().filter(|(was, _)| was.as_deref() != Some("true")).cloned().collect();
        let before = lib.verdicts.clone();
        assert!(lib.set_verdicts(&without).unwrap_err().contains("is the verdict of a check"));
        assert_eq!(lib.verdicts, before);
        assert_eq!(lib.set_verdicts(&same), Ok(false));
    }

    #[test]
    fn a_claims_check_is_undoable_and_stored() {
        use crate::check::{Evidence, Status};
        let mut lib = Library::default();
        lib.add(None, "War report\n\nRussia lost 5,000 troops in 2024, officials said.".into());
        let span = lib.current().unwrap().analysis.claims[0].span;
        let check = Check {
            verdict: Some("false".into()),
            status: Status::Checking,
            evidence: vec![Evidence { url: "https://example.org".into(), note: " ".into() }],
            ..Check::default()
        };
        assert_eq!(lib.verdict_count(), 0);
        assert!(lib.set_check(span, check.clone(), 10.0));
        assert_eq!(lib.verdict_count(), 1);
        assert!(!lib.set_check(span, check.clone(), 20.0), "the same check again changes nothing");
        let kept = lib.current().unwrap().annotations.checks[&span].clone();
        assert_eq!((kept.modified, kept.evidence[0].note.as_str()), (10.0, ""));
        let back = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(back.current().unwrap().annotations.checks[&span], kept, "stored and read back");
        assert!(lib.set_check(span, Check { status: Status::Done, ..check }, 30.0));
        assert!(lib.undo());
        assert_eq!(lib.current().unwrap().annotations.checks[&span].status, Status::Checking);
        // A blank check is no check.
        assert!(lib.set_check(span, Check::default(), 40.0));
        assert!(lib.current().unwrap().annotations.checks.is_empty());
        assert!(lib.undo() && lib.undo());
        assert!(lib.current().unwrap().annotations.checks.is_empty());
        assert!(!lib.set_check(Span::new(0, 9_999), Check::default(), 1.0), "outside the text");
    }

    #[test]
    fn checking_a_claim_waiting_for_review_accepts_it_in_the_same_step() {
        let mut lib = Library::default();
        lib.add(None, "War report\n\nRussia lost 5,000 troops in 2024, officials said.".into());
        let span = lib.current().unwrap().analysis.claims[0].span;
        let key = SuggestionKey::new(Origin::Claim, span);
        let review = |lib: &Library| lib.current().unwrap().annotations.review(key);
        assert!(lib.set_check(span, Check { verdict: Some("false".into()), ..Check::default() }, 10.0));
        assert_eq!(review(&lib), Review::Accepted);
        assert!(lib.undo());
        assert_eq!(review(&lib), Review::Pending, "one undo takes both back");
        assert!(lib.current().unwrap().annotations.checks.is_empty());
        // A claim the reader rejected stays rejected; a blank check accepts nothing.
        assert!(lib.review(key, Review::Rejected));
        assert!(lib.set_check(span, Check { verdict: Some("true".into()), ..Check::default() }, 20.0));
        assert_eq!(review(&lib), Review::Rejected);
        assert!(lib.review(key, Review::Pending));
        assert!(lib.set_check(span, Check::default(), 30.0));
        assert_eq!(review(&lib), Review::Pending);
    }

    #[test]
    fn the_check_of_the_readers_own_claim_follows_it() {
        let mut lib = Library::default();
        lib.add(None, "A calm day in Kyiv, they say, and a quiet one.".into());
        let text = lib.current().unwrap().text.clone();
        let at = |s: &str| Span::new(text.find(s).unwrap(), text.find(s).unwrap() + s.len());
        let id = lib.annotate(at("A calm day in Kyiv"), vec!["claim".into()], String::new(), 1.0).unwrap();
        let check = Check { verdict: Some("true".into()), ..Check::default() };
        assert!(lib.set_check(at("A calm day in Kyiv"), check.clone(), 2.0));
        let checks = |lib: &Library| lib.current().unwrap().annotations.checks.keys().copied().collect::<Vec<_>>();
        let mut a = lib.current().unwrap().annotations.get(id).unwrap().clone();
        // Moved: the check moves with it, in one step.
        a.span = at("A calm day");
        assert!(lib.edit(a.clone(), 3.0));
        assert_eq!(checks(&lib), [at("A calm day")]);
        assert!(lib.undo());
        assert_eq!(checks(&lib), [at("A calm day in Kyiv")], "undone together");
        assert!(lib.redo());
        // No longer a claim: its check goes.
        a.tags = vec!["verified".into()];
        assert!(lib.edit(a.clone(), 4.0));
        assert!(checks(&lib).is_empty());
        assert!(lib.undo());
        // Deleted: its check goes with it, and comes back with it.
        assert!(lib.delete_annotation(id));
        assert!(checks(&lib).is_empty());
        assert!(lib.undo());
        assert_eq!(checks(&lib), [at("A calm day")]);
        // A note edited: the check stays where it is.
        let mut a = lib.current().unwrap().annotations.get(id).unwrap().clone();
        a.note = "per the mayor".into();
        assert!(lib.edit(a, 5.0));
        assert_eq!(checks(&lib), [at("A calm day")]);
    }

    #[test]
    fn the_library_is_stored_in_parts_and_read_back_whole() {
        let mut lib = Library::default();
        lib.add(Some("a.txt".into()), "War report\n\nRussia lost 5,000 troops in 2024, officials said.".into());
        lib.add(None, "A second article, “quoted”, said Ana.".into());
        let (a, b) = (lib.documents[0].id, lib.documents[1].id);
        let span = Span::new(0, 6);
        lib.annotate(span, vec!["verified".into()], "a note".into(), 1.0);
        // Nothing stored yet: the index and both texts.
        let (index, texts) = lib.to_parts(&HashSet::new());
        assert_eq!(texts.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [a, b]);
        assert!(!index.contains("troops") && index.contains("a note"), "{index}");
        assert_eq!(Library::texts_left_out(&index), [a, b]);
        // A change with both texts stored writes the index alone: its size
        // is the annotations', not the texts'.
        lib.documents[0].text.push_str(&" More text.".repeat(10_000));
        let (small, none) = lib.to_parts(&[a, b].into_iter().collect());
        assert!(none.is_empty() && small.len() < 2_000, "{}", small.len());
        // Read back whole, as restoring does.
        let map = texts;
        let (whole, missing) = Library::fill_texts(&index, &map).unwrap();
        assert!(missing.is_empty());
        let back = Library::from_json(&whole).unwrap();
        assert_eq!(back.documents[1].text, "A second article, “quoted”, said Ana.");
        assert_eq!(back.documents[1].annotations.items.len(), 1);
        // Texts no document has, below the next id, are let go; a newer
        // one (another tab's) is not.
        assert_eq!(Library::unused_texts(&index, &[a, b, 7, 1_000]), Vec::<u64>::new());
        let mut fewer = lib.clone();
        fewer.remove(a);
        assert_eq!(Library::unused_texts(&fewer.to_parts(&HashSet::new()).0, &[a, b, 7]), [a]);
        assert!(Library::unused_texts("not json", &[a]).is_empty());
        // A library stored whole (before parts) leaves nothing out.
        assert!(Library::texts_left_out(&lib.to_json()).is_empty());
        assert!(Library::texts_left_out("not json").is_empty());
        assert_eq!(Library::fill_texts("not json", &map), None);
        // A text lost from storage: that document is set aside, and said.
        let only_b: Vec<(u64, String)> = map.into_iter().filter(|(id, _)| *id == b).collect();
        let (partial, missing) = Library::fill_texts(&index, &only_b).unwrap();
        assert_eq!(missing, ["War report"]);
        let (restored, damage) = Library::from_stored(&partial).unwrap();
        assert_eq!(restored.documents.iter().map(|d| d.id).collect::<Vec<_>>(), [b]);
        assert_eq!(restored.current, Some(b));
        assert!(damage[0].contains("its text is missing"), "{damage:?}");
    }

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(title_of("\n\n  Big News Today  \nBody.", None), "Big News Today");
        assert_eq!(title_of("   ", Some("a.txt")), "a.txt");
        // Once analysed, a caption's label or a page's link is no title.
        let titled = |text: &str| title_with(text, None, &analyze(text));
        assert_eq!(titled("Photo\n\nPeacekeepers at a camp.\n\nBody."), "Peacekeepers at a camp.");
        assert_eq!(titled("Advertisement\n\nBig News\n\nBody of the story."), "Big News");
        assert_eq!(titled("Photo finish in Paris\n\nBody."), "Photo finish in Paris");
        // A document analysed in the worker is retitled when its analysis comes.
        let mut lib = Library::default();
        let text = "Photo\n\nPeacekeepers at a camp.\n\nBody.".to_string();
        let id = lib.add_pending(None, text.clone(), None);
        assert_eq!(lib.current().unwrap().title, "Photo");
        lib.set_analysis(id, Ok(analyze(&text)));
        assert_eq!(lib.current().unwrap().title, "Peacekeepers at a camp.");
        // A headline is kept whole (seed 001's is 93 characters) …
        let headline = "Why Trump Secured a Breakthrough in Gaza but Struggles to Do the Same with Putin Over Ukraine";
        assert_eq!(title_of(&format!("{headline}\n\nBody."), None), headline);
        // … a paragraph pasted without one is cut at a word.
        let long = "words, ".repeat(60);
        let title = title_of(&long, None);
        assert!(title.ends_with("words…"), "{title}");
        assert!(title.chars().count() <= 160);
    }

    #[test]
    fn an_analysis_from_elsewhere_is_used_only_when_it_fits_the_text() {
        let text = "Russia lost 5,000 troops, officials said.".to_string();
        let good = analyze(&text);
        let mut lib = Library::default();
        let id = lib.add_analyzed(None, text.clone(), Some(good.clone()));
        assert_eq!(lib.documents.iter().find(|d| d.id == id).unwrap().analysis, good);
        // A span past the end (a damaged or hostile message): analysed here instead.
        let mut bad = good.clone();
        bad.numbers[0].span.end = text.len() + 40;
        let id = lib.add_analyzed(None, text.clone(), Some(bad));
        assert_eq!(lib.documents.iter().find(|d| d.id == id).unwrap().analysis, good);
    }

    #[test]
    fn copies_set_aside_are_added_to_never_replaced() {
        let first = r#"{"documents": 7}"#;
        assert_eq!(Library::keep_copy(None, first).as_deref(), Some(first), "one copy is kept as it was");
        assert_eq!(Library::keep_copy(Some(first), first), None, "the same copy is not kept twice");
        let both = Library::keep_copy(Some(first), "not json").unwrap();
        let three = Library::keep_copy(Some(&both), "{}").unwrap();
        let v: serde_json::Value = serde_json::from_str(&three).unwrap();
        assert_eq!(v["marginalia_kept_copies"], serde_json::json!([first, "not json", "{}"]));
        assert_eq!(Library::keep_copy(Some(&three), "not json"), None);
        assert!(Library::parses(&Library::default().to_json()));
        assert!(!Library::parses(first));
    }

    #[test]
    fn a_pending_document_is_readable_at_once_and_takes_its_analysis_once() {
        let text = "Russia lost 5,000 troops.\n\n“We will win,” Zelensky said.".to_string();
        let full = analyze(&text);
        let mut lib = Library::default();
        let id = lib.add_pending(Some("big.txt".into()), text.clone(), None);
        let doc = lib.current().unwrap();
        assert!(doc.pending);
        assert_eq!(doc.analysis.paragraphs, full.paragraphs, "the paragraphs are known at once");
        assert!(doc.analysis.quotes.is_empty() && doc.analysis.numbers.is_empty() && doc.analysis.claims.is_empty());
        assert_eq!(doc.title, "Russia lost 5,000 troops.");
        assert!(lib.set_analysis(id, Ok(full.clone())));
        let doc = lib.current().unwrap();
        assert!(!doc.pending && doc.unanalysed.is_none());
        assert_eq!(doc.analysis.quotes, full.quotes);
        assert!(doc.analysis.claims.iter().any(|c| c.checkworthy), "claims are marked at the library's threshold");
        // Only once, and never for a document that is gone.
        assert!(!lib.set_analysis(id, Ok(Analysis::default())));
        assert_eq!(lib.current().unwrap().analysis.quotes, full.quotes);
        assert!(!lib.set_analysis(id + 7, Ok(full.clone())));
        // Never stored as pending: a reload analyses it.
        let id2 = lib.add_pending(None, text.clone(), None);
        let back = Library::from_json(&lib.to_json()).unwrap();
        assert!(back.documents.iter().all(|d| !d.pending));
        assert_eq!(back.documents.iter().find(|d| d.id == id2).unwrap().analysis, full);
    }

    #[test]
    fn a_document_whose_findings_cannot_be_made_is_shown_plain_and_says_why() {
        let text = "Russia lost 5,000 troops.\n\n“We will win,” Zelensky said.".to_string();
        let full = analyze(&text);
        let mut lib = Library::default();
        // A damaged analysis (a span past the end: a broken or hostile
        // message) is not taken; the page never analyses the text itself.
        let id = lib.add_pending(None, text.clone(), None);
        let mut bad = full.clone();
        bad.quotes[0].span.end = text.len() + 9;
        assert!(lib.set_analysis(id, Ok(bad)));
        let doc = lib.current().unwrap();
        assert!(!doc.pending);
        assert!(
            doc.unanalysed.as_deref().is_some_and(|why| why.contains("does not fit its text")),
            "{:?}",
            doc.unanalysed
        );
        assert_eq!(doc.analysis.paragraphs, full.paragraphs);
        assert!(doc.analysis.quotes.is_empty());
        // The worker could not run: the reason is kept for the reader.
        let id = lib.add_pending(None, text.clone(), None);
        assert!(lib.set_analysis(id, Err("this browser would not start a worker".into())));
        assert_eq!(lib.current().unwrap().unanalysed.as_deref(), Some("this browser would not start a worker"));
        // A reload tries again.
        let (mut back, _) = Library::from_stored(&lib.to_json()).unwrap();
        assert!(back.documents.iter().all(|d| d.pending && d.unanalysed.is_none()));
        back.analyze_pending();
        assert!(back.documents.iter().all(|d| d.analysis == full));
    }

    #[test]
    fn a_stored_library_opens_pending_with_the_open_document_analysed_first() {
        let mut lib = Library::default();
        let a = lib.add(None, "First text, 12 figures.".into());
        let b = lib.add(None, "Second text, 13 figures.".into());
        let c = lib.add(None, "Third text, 14 figures.".into());
        lib.open(b);
        let (back, damage) = Library::from_stored(&lib.to_json()).unwrap();
        assert!(damage.is_empty());
        assert_eq!(back.pending(), [b, a, c]);
        assert!(back.documents.iter().all(|d| d.analysis.numbers.is_empty() && d.analysis.paragraphs.len() == 1));
    }

    #[test]
    fn add_open_step_remove() {
        let mut lib = Library::default();
        let a = lib.add(None, "A. One.".into());
        let b = lib.add(Some("b.txt".into()), "B. Two.".into());
        assert_eq!(lib.current, Some(b));
        lib.step_within(&[], 1);
        assert_eq!(lib.current, Some(a));
        // Within what a filtered list shows: b is skipped; from one not
        // listed, the first (or last) listed.
        let c = lib.add(None, "C. Three.".into());
        lib.open(a);
        lib.step_within(&[a, c], 1);
        assert_eq!(lib.current, Some(c));
        lib.step_within(&[a, c], 1);
        assert_eq!(lib.current, Some(a));
        lib.open(b);
        lib.step_within(&[a, c], -1);
        assert_eq!(lib.current, Some(c));
        lib.remove(c);
        lib.open(b);
        lib.remove(b);
        assert_eq!(lib.current, Some(a));
        lib.remove(a);
        assert_eq!(lib.current, None);
    }

    #[test]
    fn stored_library_round_trips_and_reanalyzes() {
        let mut lib = Library::default();
        lib.add(None, "Russia launched 50 drones, officials said.".into());
        let back = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(back.documents[0].text, lib.documents[0].text);
        assert_eq!(back.documents[0].analysis, lib.documents[0].analysis);
        // New ids never collide with restored ones.
        let mut back = back;
        let id = back.add(None, "x".into());
        assert_ne!(id, back.documents[0].id);
    }

    #[test]
    fn a_web_page_keeps_its_metadata_and_its_title() {
        let mut lib = Library::default();
        let page = PageMeta {
            title: Some("Rates rise again".into()),
            byline: Some("Ana Ruiz".into()),
            url: Some("https://courier.example/rates".into()),
            ..Default::default()
        };
        let id =
            lib.add_page(Some("rates.html".into()), "Accessibility links\n\nRates rose.".into(), Some(page.clone()));
        let back = Library::from_json(&lib.to_json()).unwrap();
        let doc = back.documents.iter().find(|d| d.id == id).unwrap();
        assert_eq!((doc.title.as_str(), doc.page.as_ref()), ("Rates rise again", Some(&page)));
        // A page without a title keeps the first line's.
        let other = lib.add_page(None, "First line\n\nMore.".into(), Some(PageMeta::default()));
        assert_eq!(lib.documents.iter().find(|d| d.id == other).unwrap().title, "First line");
    }

    #[test]
    fn search_finds_a_page_by_its_byline_site_date_or_address() {
        let mut lib = Library::default();
        let page = PageMeta {
            title: Some("Rates rise again".into()),
            byline: Some("Ana Ruiz".into()),
            published: Some("2024-03-01".into()),
            site: Some("The Courier".into()),
            url: Some("https://courier.example/rates".into()),
            ..Default::default()
        };
        lib.add_page(Some("rates.html".into()), "Rates rose.".into(), Some(page));
        let doc = &lib.documents[0];
        for query in ["ruiz", "courier", "2024-03", "courier.example/rates", "rates.html", "ana rates"] {
            assert!(doc.named_by(query), "{query}");
        }
        for query in ["", "  ", "smith", "#misleading", "is:quote", "ana smith"] {
            assert!(!doc.named_by(query), "{query}");
        }
    }

    #[test]
    fn a_library_stored_before_page_metadata_still_loads() {
        // As stored by the version before web page metadata: no `page` field.
        let old = r#"{"documents":[{"id":0,"title":"Old","source":"a.html","text":"Russia lost 5,000 troops.",
            "annotations":{"reviews":[],"items":[]}}],"current":0,"next_id":1}"#;
        let lib = Library::from_json(old).unwrap();
        assert_eq!((lib.documents[0].title.as_str(), lib.documents[0].page.as_ref()), ("Old", None));
        // And a document without metadata is stored without the field.
        assert!(!lib.to_json().contains("\"page\""));
    }

    #[test]
    fn annotate_review_undo_redo_across_documents() {
        let mut lib = Library::default();
        let a = lib.add(None, "Russia lost 5,000 troops in 2024.".into());
        let key = lib.current().unwrap().annotations.suggestions(&lib.current().unwrap().analysis)[0].0;
        assert!(lib.review(key, Review::Accepted));
        let id = lib.annotate(Span::new(0, 6), vec!["verified".into()], "checked".into(), 1.0).unwrap();
        let b = lib.add(None, "Another text here.".into());
        assert_eq!(lib.current, Some(b));
        assert!(lib.undo());
        assert_eq!(lib.current, Some(a), "undo opens the document it changed");
        assert!(lib.current().unwrap().annotations.get(id).is_none());
        assert!(lib.undo());
        assert_eq!(lib.current().unwrap().annotations.review(key), Review::Pending);
        assert!(!lib.undo());
        assert!(lib.redo() && lib.redo());
        assert_eq!(lib.current().unwrap().annotations.get(id).unwrap().note, "checked");
        // Annotations survive storage; the history is the session's only.
        let back = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(back.documents[0].annotations, lib.documents[0].annotations);
        assert!(!back.can_undo());
    }

    #[test]
    fn removing_a_document_can_be_undone_with_its_annotations() {
        let mut lib = Library::default();
        let a = lib.add(None, "First text here.".into());
        let b = lib.add(None, "Second text.".into());
        lib.annotate(Span::new(0, 6), vec!["t".into()], "kept".into(), 0.0).unwrap();
        lib.remove(b);
        assert_eq!((lib.documents.len(), lib.current), (1, Some(a)));
        assert!(lib.undo());
        assert_eq!(lib.documents.iter().map(|d| d.id).collect::<Vec<_>>(), [a, b]);
        assert_eq!(lib.current().unwrap().annotations.items[0].note, "kept");
        assert!(lib.redo());
        assert_eq!(lib.documents.len(), 1);
        assert!(lib.undo() && lib.undo(), "then the annotation itself");
        assert!(lib.documents[1].annotations.items.is_empty());
    }

    #[test]
    fn annotations_refuse_bad_spans() {
        let mut lib = Library::default();
        lib.add(None, "Grüße".into());
        assert_eq!(lib.annotate(Span::new(0, 3), vec![], String::new(), 0.0), None, "inside ü");
        assert_eq!(lib.annotate(Span::new(2, 99), vec![], String::new(), 0.0), None);
        assert_eq!(lib.annotate(Span::new(2, 2), vec![], String::new(), 0.0), None);
    }

    #[test]
    fn tags_are_added_once() {
        let mut lib = Library::default();
        let n = lib.tags.len();
        assert_eq!(lib.add_tag("Disputed").as_deref(), Some("Disputed"));
        assert_eq!(lib.add_tag("disputed").as_deref(), Some("Disputed"), "the vocabulary's spelling");
        assert_eq!(lib.add_tag("  "), None);
        assert_eq!(lib.add_tag("\u{200B}"), None);
        assert_eq!(lib.tags.len(), n + 1);
        assert_eq!(lib.tags.last().unwrap().key, Some('7'), "the first free number key");
        // Hidden characters never make a second look-alike tag.
        assert_eq!(lib.add_tag("verified\u{200B}").as_deref(), Some("verified"));
        assert_eq!(lib.add_tag("\u{202E}deifirev").as_deref(), Some("deifirev"), "shown as typed, not reversed");
    }

    #[test]
    fn the_copy_made_on_leaving_leaves_out_stored_texts_and_gets_them_back() {
        let mut lib = Library::default();
        let big = lib.add(None, "Russia lost 5,000 troops in 2024, officials said. ".repeat(1000));
        let stored_json = lib.to_json();
        lib.annotate(Span::new(0, 6), vec!["verified".into()], "after the save".into(), 0.0).unwrap();
        let new = lib.add(None, "A text added since.".into());
        let leaving = lib.to_leaving_json(&HashSet::from([big]));
        assert!(leaving.len() < 2_000, "the stored text is left out: {} bytes", leaving.len());
        assert!(leaving.contains("A text added since."), "a text not yet stored is kept");
        let merged = Library::merge_leaving(&leaving, Some(&stored_json)).unwrap();
        let back = Library::from_json(&merged).unwrap();
        assert_eq!(back.documents.len(), 2);
        assert_eq!(back.documents[0].text, lib.documents[0].text);
        assert_eq!(back.documents[0].annotations.items[0].note, "after the save");
        assert_eq!(back.documents[1].id, new);
        // Without the database's copy the leaving copy cannot stand alone.
        assert_eq!(Library::merge_leaving(&leaving, None), None);
        assert_eq!(Library::merge_leaving(&leaving, Some("{}")), None);
        // A copy with every text merges as it is.
        let full = lib.to_leaving_json(&HashSet::new());
        assert_eq!(Library::from_json(&Library::merge_leaving(&full, None).unwrap()).unwrap().documents.len(), 2);
    }

    #[test]
    fn a_damaged_stored_library_opens_with_the_damage_set_aside_and_said() {
        let mut lib = Library::default();
        let a = lib.add(None, "Grüße aus Berlin, officials said.".into());
        lib.annotate(Span::new(0, 7), vec!["claim".into()], "keep me".into(), 0.0).unwrap();
        lib.annotate(Span::new(9, 12), vec![], "and me".into(), 0.0).unwrap();
        lib.annotate(Span::new(13, 16), vec![], "me too".into(), 0.0).unwrap();
        let b = lib.add(None, "Another text.".into());
        assert_ne!(a, b);
        let json = lib.to_json();
        // A span inside "ü", one past the end, and two ids used twice.
        let damaged = json
            .replacen("\"start\":9,\"end\":12", "\"start\":9,\"end\":400", 1)
            .replacen(&format!("\"id\":{b},\"title\""), &format!("\"id\":{a},\"title\""), 1)
            .replace("\"id\":2,", "\"id\":0,");
        let (back, damage) = Library::from_stored(&damaged).unwrap();
        assert_eq!(back.documents.len(), 2);
        let ids: HashSet<u64> = back.documents.iter().map(|d| d.id).collect();
        assert_eq!(ids.len(), 2, "ids made unique");
        let notes = &back.documents[0].annotations.items;
        assert_eq!(notes.iter().map(|n| n.note.as_str()).collect::<Vec<_>>(), ["keep me", "me too"]);
        assert_ne!(notes[0].id, notes[1].id, "deleting one never deletes the other");
        assert_eq!(damage.len(), 3, "{damage:?}");
        assert!(damage.iter().any(|d| d.contains("1 annotation(s) shared an id")), "{damage:?}");
        assert!(
            damage.iter().any(|d| d.contains("1 annotation(s) or review(s) pointed outside the text")),
            "{damage:?}"
        );
        assert!(damage.iter().any(|d| d.contains("document(s) shared an id")), "{damage:?}");
        let (_, none) = Library::from_stored(&json).unwrap();
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn tag_colours_and_keys_are_managed() {
        let mut lib = Library::default();
        lib.set_tag("verified", "pink", Some('1'));
        let tag = |lib: &Library, n: &str| lib.tags.iter().find(|t| t.name == n).cloned();
        assert_eq!(tag(&lib, "verified").map(|t| (t.color, t.key)), Some(("pink".into(), Some('1'))));
        assert_eq!(tag(&lib, "claim").and_then(|t| t.key), None, "the key moved");
        lib.set_tag("verified", "chartreuse", None);
        assert_eq!(tag(&lib, "verified").unwrap().color, "pink", "not a palette colour");
        lib.set_tag("verified", "teal", Some('x'));
        assert_eq!(tag(&lib, "verified").unwrap().key, None, "keys are digits 1–9");
        lib.remove_tag("verified");
        assert!(tag(&lib, "verified").is_none());
    }

    #[test]
    fn the_claim_threshold_marks_claims_and_is_kept() {
        let mut lib = Library::default();
        lib.add(None, "Russia lost 5,000 troops in 2024. He may think so. Officials said the talks ended.".into());
        let count = |lib: &Library| lib.current().map_or(0, Document::checkworthy);
        let default = count(&lib);
        assert!(lib.claim_threshold_is_default());
        lib.set_claim_threshold(0.05);
        let low = count(&lib);
        lib.set_claim_threshold(0.95);
        let high = count(&lib);
        assert!(low >= default && default >= high && low > high, "{low} {default} {high}");
        let doc = lib.current().unwrap();
        assert!(doc.analysis.claims.iter().all(|c| c.checkworthy == (c.score >= 0.95)));
        // Kept across storage, and applied to documents added later.
        let mut back = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(back.claim_threshold(), 0.95);
        assert_eq!(count(&back), high);
        back.add(None, "Russia lost 5,000 troops in 2024.".into());
        assert!(back.current().unwrap().analysis.claims.iter().all(|c| c.checkworthy == (c.score >= 0.95)));
        // The default clears it.
        back.set_claim_threshold(marginalia_core::claim::threshold());
        assert!(back.claim_threshold_is_default());
        assert!(!back.to_json().contains("claim_threshold"));
    }

    #[test]
    fn broken_storage_is_an_error_not_an_empty_library() {
        assert!(Library::from_json("{not json").is_err());
        assert!(Library::from_json("[1,2]").is_err());
    }
}
