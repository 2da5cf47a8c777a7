//! What the reader decides: the review of each suggestion, their own
//! annotations (a span, tags, a note), the tag vocabulary, and the history
//! that undoes and redoes every change.
//!
//! Every change is an [`Op`] applied through [`Annotations::apply`], which
//! returns its inverse; [`History`] keeps both stacks. So undo is exact by
//! construction, and a property test checks it over random sequences.

use std::collections::{BTreeMap, HashSet};

use marginalia_core::{Analysis, Span};

use crate::check::Check;
use serde::{Deserialize, Serialize};

/// Where a finding came from: one of the core's suggestion kinds, or the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Quote,
    Number,
    Claim,
    User,
}

/// The reader's decision on a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    #[default]
    Pending,
    Accepted,
    Rejected,
}

/// A suggestion is known by its kind and span: the core is deterministic,
/// so the same text always yields the same keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SuggestionKey {
    pub origin: Origin,
    pub start: usize,
    pub end: usize,
}

impl SuggestionKey {
    pub fn new(origin: Origin, span: Span) -> Self {
        Self { origin, start: span.start, end: span.end }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A reader's annotation: a span of the text, tags and a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: u64,
    /// Byte range in the document's text, on char boundaries.
    pub span: Span,
    pub tags: Vec<String>,
    #[serde(default)]
    pub note: String,
    /// Who said it, when the reader marks a quote the core missed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Milliseconds since the Unix epoch, whole (see [`as_ms`]).
    #[serde(deserialize_with = "whole_ms")]
    pub created: f64,
    #[serde(deserialize_with = "whole_ms")]
    pub modified: f64,
}

impl Op {
    /// The op with every time in it as [`as_ms`] reads it.
    fn with_whole_times(self) -> Op {
        let whole = |mut a: Annotation| {
            (a.created, a.modified) = (as_ms(a.created), as_ms(a.modified));
            a
        };
        match self {
            Op::Add(a) => Op::Add(whole(a)),
            Op::Replace(a) => Op::Replace(whole(a)),
            Op::Review { key, to, at } => Op::Review { key, to, at: at.map(as_ms) },
            Op::Check { span, to } => Op::Check { span, to: to.map(|c| Check { modified: as_ms(c.modified), ..c }) },
            Op::Batch(ops) => Op::Batch(ops.into_iter().map(Op::with_whole_times).collect()),
            op @ (Op::Remove(_) | Op::Speaker { .. }) => op,
        }
    }
}

/// The latest time JavaScript's `Date` can hold, in milliseconds.
const LAST_MS: f64 = 8.64e15;

/// A time in milliseconds as the browser gives it: whole, from 0 to the
/// last `Date`. Anything else is brought there as it is read, so a save
/// restores to itself: the page's JSON parser is not correctly rounded in
/// the last digit of every fraction or of a huge or tiny exponent, while a
/// whole number below 2⁵³ always reads back as written.
fn as_ms(t: f64) -> f64 {
    t.round().clamp(0.0, LAST_MS)
}

pub(crate) fn whole_ms<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    f64::deserialize(d).map(as_ms)
}

/// A tag of the reader's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub name: String,
    /// One of the palette's colour names (see the stylesheet): accessible in
    /// both themes by construction.
    pub color: String,
    /// The key that applies it in the tag toolbar.
    pub key: Option<char>,
}

/// The most tags a library's vocabulary, or one annotation, may hold; an
/// import that brings more is refused.
pub const MAX_TAGS: usize = 200;
/// The longest tag, in characters, and the longest note.
pub const MAX_TAG_CHARS: usize = 60;
pub const MAX_NOTE_CHARS: usize = 20_000;

/// A tag as stored and compared: without invisible characters (zero-width
/// spaces, bidi controls — `\u{202E}deifirev` would show as "verified"),
/// spaces collapsed, at most [`MAX_TAG_CHARS`].
pub fn clean_tag(name: &str) -> String {
    let visible: String = name.chars().filter(|&c| !crate::chars::is_invisible(c)).collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(MAX_TAG_CHARS).collect()
}

/// The palette tags choose from.
pub const PALETTE: &[&str] = &["violet", "amber", "green", "blue", "red", "teal", "pink", "slate"];

/// The vocabulary a new library starts with.
pub fn default_tags() -> Vec<Tag> {
    [
        ("claim", "violet", '1'),
        ("quote", "amber", '2'),
        ("number", "green", '3'),
        ("needs source", "blue", '4'),
        ("misleading", "red", '5'),
        ("verified", "teal", '6'),
    ]
    .into_iter()
    .map(|(name, color, key)| Tag { name: name.into(), color: color.into(), key: Some(key) })
    .collect()
}

/// One document's review states and annotations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    /// Decisions that are not `Pending` (absent means pending).
    #[serde(default, with = "review_map")]
    pub reviews: BTreeMap<SuggestionKey, Review>,
    #[serde(default)]
    pub items: Vec<Annotation>,
    /// The reader's corrections of suggested quotes' speakers: a name, or
    /// `""` for "speaker unknown". Absent means the core's speaker stands.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", with = "speaker_map")]
    pub speakers: BTreeMap<SuggestionKey, String>,
    /// When each decision was made (milliseconds since the Unix epoch),
    /// where it is known: exports give it as the suggestion's time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", with = "time_map")]
    pub reviewed_at: BTreeMap<SuggestionKey, f64>,
    /// The reader's checks of claims, by the claim's span.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", with = "check_map")]
    pub checks: BTreeMap<Span, Check>,
}

/// A change to one document's annotations. Applying returns the inverse.
/// Serialisable: an import is planned in the app's worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Op {
    Review {
        key: SuggestionKey,
        to: Review,
        /// When the decision was made, if known (none when set back to pending).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<f64>,
    },
    Add(Annotation),
    Remove(u64),
    Replace(Annotation),
    /// Corrects the speaker of a suggested quote (`Some("")`: unknown), or
    /// takes the correction back (`None`: the core's speaker stands).
    Speaker {
        key: SuggestionKey,
        to: Option<String>,
    },
    /// Sets the check of the claim at `span` (`None`: no check).
    Check {
        span: Span,
        to: Option<Check>,
    },
    /// Several changes as one step of the history (bulk accept).
    Batch(Vec<Op>),
}

impl Annotations {
    pub fn review(&self, key: SuggestionKey) -> Review {
        self.reviews.get(&key).copied().unwrap_or_default()
    }

    /// The speaker of the suggested quote `key`: the reader's correction if
    /// there is one, else `core` (what the core found). `None` is unknown.
    pub fn speaker(&self, key: SuggestionKey, core: Option<&str>) -> Option<String> {
        match self.speakers.get(&key) {
            Some(name) if name.is_empty() => None,
            Some(name) => Some(name.clone()),
            None => core.map(str::to_string),
        }
    }

    pub fn get(&self, id: u64) -> Option<&Annotation> {
        self.items.iter().find(|a| a.id == id)
    }

    /// Applies `op` and returns the op that undoes it, or `None` when `op`
    /// changes nothing (an unknown id, a review already in that state).
    /// Its times are kept as [`as_ms`] reads them, wherever they came from
    /// (an import's dates may be any year), so a save restores to itself.
    pub fn apply(&mut self, op: Op) -> Option<Op> {
        match op.with_whole_times() {
            Op::Review { key, to, at } => {
                let from = self.review(key);
                if from == to {
                    return None;
                }
                let from_at = self.reviewed_at.get(&key).copied();
                if to == Review::Pending {
                    self.reviews.remove(&key);
                } else {
                    self.reviews.insert(key, to);
                }
                match at.filter(|t| to != Review::Pending && t.is_finite() && *t > 0.0) {
                    Some(t) => self.reviewed_at.insert(key, t),
                    None => self.reviewed_at.remove(&key),
                };
                Some(Op::Review { key, to: from, at: from_at })
            }
            Op::Speaker { key, to } => {
                let to = to.map(|name| name.trim().to_string());
                let from = self.speakers.get(&key).cloned();
                if from == to {
                    return None;
                }
                match &to {
                    Some(name) => self.speakers.insert(key, name.clone()),
                    None => self.speakers.remove(&key),
                };
                Some(Op::Speaker { key, to: from })
            }
            Op::Check { span, to } => {
                let from = self.checks.get(&span).cloned();
                if from == to {
                    return None;
                }
                match &to {
                    Some(check) => self.checks.insert(span, check.clone()),
                    None => self.checks.remove(&span),
                };
                Some(Op::Check { span, to: from })
            }
            Op::Add(a) => {
                if self.get(a.id).is_some() {
                    return None;
                }
                let id = a.id;
                // Keep items sorted by position, then id.
                let at = self.items.partition_point(|x| (x.span, x.id) < (a.span, a.id));
                self.items.insert(at, a);
                Some(Op::Remove(id))
            }
            Op::Remove(id) => {
                let i = self.items.iter().position(|a| a.id == id)?;
                Some(Op::Add(self.items.remove(i)))
            }
            // Many adds (an import) or removes (its undo) at once: one pass
            // and one sort, not a search and a shift per annotation.
            Op::Batch(ops) if !ops.is_empty() && ops.iter().all(|op| matches!(op, Op::Add(_))) => {
                let mut ids: HashSet<u64> = self.items.iter().map(|a| a.id).collect();
                let mut inverses = Vec::new();
                for op in ops {
                    if let Op::Add(a) = op
                        && ids.insert(a.id)
                    {
                        inverses.push(Op::Remove(a.id));
                        self.items.push(a);
                    }
                }
                self.items.sort_by_key(|x| (x.span, x.id));
                inverses.reverse();
                (!inverses.is_empty()).then_some(Op::Batch(inverses))
            }
            Op::Batch(ops) if !ops.is_empty() && ops.iter().all(|op| matches!(op, Op::Remove(_))) => {
                let gone: HashSet<u64> =
                    ops.iter().filter_map(|op| if let Op::Remove(id) = op { Some(*id) } else { None }).collect();
                let (removed, kept): (Vec<_>, Vec<_>) =
                    std::mem::take(&mut self.items).into_iter().partition(|a| gone.contains(&a.id));
                self.items = kept;
                (!removed.is_empty()).then(|| Op::Batch(removed.into_iter().map(Op::Add).collect()))
            }
            Op::Batch(ops) => {
                let mut inverses: Vec<Op> = ops.into_iter().filter_map(|op| self.apply(op)).collect();
                inverses.reverse();
                (!inverses.is_empty()).then_some(Op::Batch(inverses))
            }
            Op::Replace(a) => {
                let i = self.items.iter().position(|x| x.id == a.id)?;
                if self.items[i] == a {
                    return None;
                }
                let before = self.items.remove(i);
                let at = self.items.partition_point(|x| (x.span, x.id) < (a.span, a.id));
                self.items.insert(at, a);
                Some(Op::Replace(before))
            }
        }
    }

    /// The suggestions of `analysis` with their review state, in text order
    /// per kind: claims only when check-worthy, quotes not scare quotes,
    /// numbers not identifiers.
    pub fn suggestions(&self, analysis: &Analysis) -> Vec<(SuggestionKey, Review)> {
        let mut out: Vec<SuggestionKey> = Vec::new();
        out.extend(
            analysis
                .quotes
                .iter()
                .filter(|q| q.kind != marginalia_core::QuoteKind::Scare)
                .map(|q| SuggestionKey::new(Origin::Quote, q.span)),
        );
        out.extend(
            analysis
                .numbers
                .iter()
                .filter(|n| n.kind != marginalia_core::NumberKind::Identifier)
                .map(|n| SuggestionKey::new(Origin::Number, n.span)),
        );
        out.extend(analysis.claims.iter().filter(|c| c.checkworthy).map(|c| SuggestionKey::new(Origin::Claim, c.span)));
        out.sort_by_key(|k| (k.start, k.origin));
        out.into_iter().map(|k| (k, self.review(k))).collect()
    }
}

/// Serialises the review map as a list (JSON maps need string keys).
mod review_map {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<SuggestionKey, Review>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<SuggestionKey, Review>, D::Error> {
        let list: Vec<(SuggestionKey, Review)> = Vec::deserialize(d)?;
        Ok(list.into_iter().filter(|(_, r)| *r != Review::Pending).collect())
    }
}

/// Serialises the review times as a list of `[key, time]` pairs.
mod time_map {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<SuggestionKey, f64>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<SuggestionKey, f64>, D::Error> {
        let list: Vec<(SuggestionKey, f64)> = Vec::deserialize(d)?;
        Ok(list.into_iter().map(|(k, t)| (k, as_ms(t))).filter(|(_, t)| *t > 0.0).collect())
    }
}

/// Serialises the speaker corrections as a list of `[key, name]` pairs.
mod speaker_map {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<SuggestionKey, String>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<SuggestionKey, String>, D::Error> {
        let list: Vec<(SuggestionKey, String)> = Vec::deserialize(d)?;
        Ok(list.into_iter().filter(|(k, _)| k.origin == Origin::Quote).collect())
    }
}

/// Serialises the checks as a list of `[span, check]` pairs.
mod check_map {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<Span, Check>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Span, Check>, D::Error> {
        let list: Vec<(Span, Check)> = Vec::deserialize(d)?;
        Ok(list.into_iter().map(|(span, c)| (span, c.cleaned())).collect())
    }
}

/// Undo and redo stacks of steps (each the inverse of a change made).
#[derive(Debug, Clone, PartialEq)]
pub struct History<S> {
    undo: Vec<S>,
    redo: Vec<S>,
}

impl<S> Default for History<S> {
    fn default() -> Self {
        Self { undo: Vec::new(), redo: Vec::new() }
    }
}

impl<S> History<S> {
    /// Records the inverse of a change just made; a new change clears redo.
    pub fn record(&mut self, inverse: S) {
        self.undo.push(inverse);
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The change to undo, to be applied; push its inverse with [`Self::undone`].
    pub fn pop_undo(&mut self) -> Option<S> {
        self.undo.pop()
    }

    pub fn undone(&mut self, inverse: S) {
        self.redo.push(inverse);
    }

    pub fn pop_redo(&mut self) -> Option<S> {
        self.redo.pop()
    }

    pub fn redone(&mut self, inverse: S) {
        self.undo.push(inverse);
    }
}

/// The selection snapped outwards to whole words (unless the reader asks
/// for the exact selection): `he ann|ounced th|at` → `announced that`.
pub fn snap_to_words(text: &str, span: Span) -> Span {
    let Some(s) = text.get(span.start..span.end) else { return span };
    if s.trim().is_empty() {
        return span;
    }
    let mut start = span.start + (s.len() - s.trim_start().len());
    let mut end = span.start + s.trim_end().len();
    let word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    while let Some(c) = text[..start].chars().next_back().filter(|c| word(*c)) {
        start -= c.len_utf8();
    }
    while let Some(c) = text[end..].chars().next().filter(|c| word(*c)) {
        end += c.len_utf8();
    }
    Span::new(start, end)
}

/// One end of a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// Moves one edge of `span` by a word in `text`, as the reader's keys do:
/// the end to the end of the next word (`forward`) or of the previous one,
/// the start to the start of the next or previous word. The span always
/// keeps a word; an edge with nowhere to go stays where it is.
pub fn nudge(text: &str, span: Span, edge: Edge, forward: bool) -> Span {
    if span.start >= span.end
        || span.end > text.len()
        || !text.is_char_boundary(span.start)
        || !text.is_char_boundary(span.end)
    {
        return span;
    }
    let word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    // From `at`, skip chars while `skip` holds, forward or back.
    let ahead = |mut at: usize, skip: &dyn Fn(char) -> bool| {
        while let Some(c) = text[at..].chars().next().filter(|c| skip(*c)) {
            at += c.len_utf8();
        }
        at
    };
    let behind = |mut at: usize, skip: &dyn Fn(char) -> bool| {
        while let Some(c) = text[..at].chars().next_back().filter(|c| skip(*c)) {
            at -= c.len_utf8();
        }
        at
    };
    let not_word = |c: char| !word(c);
    let moved = match (edge, forward) {
        (Edge::End, true) => {
            let gap = ahead(span.end, &not_word);
            let next = ahead(gap, &word);
            Span::new(span.start, if next > gap { next } else { span.end })
        }
        (Edge::End, false) => Span::new(span.start, behind(behind(behind(span.end, &not_word), &word), &not_word)),
        (Edge::Start, true) => Span::new(ahead(ahead(span.start, &word), &not_word), span.end),
        (Edge::Start, false) => {
            let gap = behind(span.start, &not_word);
            let previous = behind(gap, &word);
            Span::new(if previous < gap { previous } else { span.start }, span.end)
        }
    };
    let keeps_a_word = moved.start < moved.end && text[moved.start..moved.end].chars().any(word);
    if keeps_a_word { moved } else { span }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn times_are_read_as_whole_milliseconds_a_date_can_hold() {
        for (stored, read) in [
            ("1733000000000", 1733000000000.0),
            ("1733000000000.6", 1733000000001.0),
            ("924213251281.3595", 924213251281.0),
            ("3.0261999441573203e-52", 0.0),
            ("-5", 0.0),
            ("1.0715660391465826e75", LAST_MS),
        ] {
            let json =
                format!(r#"{{"id":1,"span":{{"start":0,"end":1}},"tags":[],"created":{stored},"modified":{stored}}}"#);
            let a: Annotation = serde_json::from_str(&json).unwrap();
            assert_eq!((a.created, a.modified), (read, read), "{stored}");
            let times = format!(r#"{{"reviewed_at":[[{{"origin":"claim","start":0,"end":1}},{stored}]]}}"#);
            let n: Annotations = serde_json::from_str(&times).unwrap();
            assert_eq!(
                n.reviewed_at.values().copied().collect::<Vec<_>>(),
                [read].repeat((read > 0.0) as usize),
                "{stored}"
            );
        }
    }

    #[test]
    fn every_change_keeps_its_times_whole_whatever_brought_them() {
        // Found by the fuzzer: a Hypothesis file dated in the year 622 gave a
        // time before 1970, which the next save read back as 0.
        let mut a = Annotations::default();
        let mut early = ann(1, 0, 4, "claim");
        (early.created, early.modified) = (-42_510_836_697_877.0, 1_733_000_000_000.4);
        a.apply(Op::Batch(vec![Op::Add(early)]));
        assert_eq!((a.items[0].created, a.items[0].modified), (0.0, 1_733_000_000_000.0));
        let key = SuggestionKey::new(Origin::Claim, Span::new(0, 4));
        a.apply(Op::Review { key, to: Review::Accepted, at: Some(1e300) });
        assert_eq!(a.reviewed_at.get(&key), Some(&LAST_MS));
        let check = Check { modified: 0.5, ..Check::default() };
        a.apply(Op::Check { span: Span::new(0, 4), to: Some(check) });
        assert_eq!(a.checks[&Span::new(0, 4)].modified, 1.0);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::to_string(&serde_json::from_str::<Annotations>(&json).unwrap()).unwrap(), json);
    }

    #[test]
    fn nudging_moves_an_edge_by_a_word() {
        let text = "Russia, however, has rejected any deal.";
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let span = at("however, has");
        let show = |s: Span| s.text(text).to_string();
        assert_eq!(show(nudge(text, span, Edge::End, true)), "however, has rejected");
        assert_eq!(show(nudge(text, span, Edge::End, false)), "however");
        assert_eq!(show(nudge(text, span, Edge::Start, true)), "has");
        assert_eq!(show(nudge(text, span, Edge::Start, false)), "Russia, however, has");
        // Nowhere to go: at the text's edges, or the last word would vanish.
        assert_eq!(nudge(text, at("Russia"), Edge::Start, false), at("Russia"));
        assert_eq!(nudge(text, at("Russia"), Edge::End, false), at("Russia"));
        assert_eq!(nudge(text, at("Russia"), Edge::Start, true), at("Russia"));
        assert_eq!(show(nudge(text, at("deal"), Edge::End, true)), "deal");
        // Multi-byte letters and apostrophes are part of words.
        let text = "Zelenskyy’s “plan” für 👋 Grüße";
        let i = text.find("plan").unwrap();
        let span = Span::new(i, i + 4);
        assert_eq!(nudge(text, span, Edge::End, true).text(text), "plan” für");
        assert_eq!(nudge(text, span, Edge::Start, false).text(text), "Zelenskyy’s “plan");
    }

    proptest! {
        #[test]
        fn nudging_keeps_a_word_on_char_boundaries(text in "\\PC{0,60}", a in 0usize..80, b in 0usize..80, forward: bool, start: bool) {
            let (lo, hi) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            prop_assume!(text.is_char_boundary(lo) && text.is_char_boundary(hi));
            let span = Span::new(lo, hi);
            let edge = if start { Edge::Start } else { Edge::End };
            let moved = nudge(&text, span, edge, forward);
            prop_assert!(moved.start <= moved.end && moved.end <= text.len());
            prop_assert!(text.is_char_boundary(moved.start) && text.is_char_boundary(moved.end));
            if moved != span {
                prop_assert!(moved.text(&text).chars().any(char::is_alphanumeric) || moved.text(&text).contains(['\'', '’', '-']));
                // Only the asked edge moves, in the asked direction.
                match edge {
                    Edge::Start => prop_assert!(moved.end == span.end && (moved.start > span.start) == forward),
                    Edge::End => prop_assert!(moved.start == span.start && (moved.end > span.end) == forward),
                }
            }
        }
    }

    fn ann(id: u64, start: usize, end: usize, tag: &str) -> Annotation {
        Annotation {
            id,
            span: Span::new(start, end),
            tags: vec![tag.into()],
            note: String::new(),
            speaker: None,
            created: 0.0,
            modified: 0.0,
        }
    }

    #[test]
    fn every_op_returns_its_inverse() {
        let mut a = Annotations::default();
        let key = SuggestionKey::new(Origin::Number, Span::new(3, 9));
        let inv = a.apply(Op::Review { key, to: Review::Accepted, at: None }).unwrap();
        assert_eq!(a.review(key), Review::Accepted);
        a.apply(inv);
        assert_eq!(a, Annotations::default());

        let inv = a.apply(Op::Add(ann(1, 0, 4, "claim"))).unwrap();
        assert_eq!(inv, Op::Remove(1));
        let mut edited = ann(1, 0, 6, "verified");
        edited.note = "checked".into();
        let back = a.apply(Op::Replace(edited.clone())).unwrap();
        assert_eq!(a.get(1), Some(&edited));
        a.apply(back);
        assert_eq!(a.get(1).unwrap().tags, ["claim"]);
    }

    #[test]
    fn no_op_changes_are_not_recorded() {
        let mut a = Annotations::default();
        let key = SuggestionKey::new(Origin::Claim, Span::new(0, 5));
        assert_eq!(a.apply(Op::Review { key, to: Review::Pending, at: None }), None);
        assert_eq!(a.apply(Op::Remove(42)), None);
        a.apply(Op::Add(ann(1, 0, 1, "x")));
        assert_eq!(a.apply(Op::Add(ann(1, 2, 3, "y"))), None);
    }

    #[test]
    fn items_stay_in_text_order_and_may_overlap() {
        let mut a = Annotations::default();
        a.apply(Op::Add(ann(1, 10, 20, "a")));
        a.apply(Op::Add(ann(2, 0, 15, "b")));
        a.apply(Op::Add(ann(3, 12, 14, "c")));
        let order: Vec<u64> = a.items.iter().map(|x| x.id).collect();
        assert_eq!(order, [2, 1, 3]);
    }

    #[test]
    fn suggestions_come_with_their_review() {
        let analysis = marginalia_core::analyze("Russia lost 5,000 troops in 2024, officials said.");
        let mut a = Annotations::default();
        let s = a.suggestions(&analysis);
        assert!(s.len() >= 2 && s.iter().all(|(_, r)| *r == Review::Pending));
        a.apply(Op::Review { key: s[0].0, to: Review::Rejected, at: None });
        assert_eq!(a.suggestions(&analysis)[0].1, Review::Rejected);
    }

    #[test]
    fn reviews_round_trip_through_json() {
        let mut a = Annotations::default();
        a.apply(Op::Review { key: SuggestionKey::new(Origin::Quote, Span::new(1, 2)), to: Review::Accepted, at: None });
        a.apply(Op::Add(ann(7, 0, 3, "verified")));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Annotations>(&json).unwrap(), a);
    }

    #[test]
    fn selections_snap_to_words() {
        let text = "He announced that 1.2 million fled.";
        let span = |s: &str| Span::new(text.find(s).unwrap(), text.find(s).unwrap() + s.len());
        let snapped = snap_to_words(text, span("nounced th"));
        assert_eq!(snapped.text(text), "announced that");
        assert_eq!(snap_to_words(text, span(" 1.2 ")).text(text), "1.2");
        assert_eq!(snap_to_words(text, span("He")).text(text), "He");
    }

    fn op_strategy() -> impl Strategy<Value = Op> {
        let key = (0..3usize, 0..20usize, 1..5usize).prop_map(|(o, s, l)| {
            let origin = [Origin::Quote, Origin::Number, Origin::Claim][o];
            SuggestionKey::new(origin, Span::new(s, s + l))
        });
        let review = prop_oneof![Just(Review::Pending), Just(Review::Accepted), Just(Review::Rejected)];
        prop_oneof![
            (key, review, proptest::option::of(1.0f64..2e12)).prop_map(|(key, to, at)| Op::Review { key, to, at }),
            (0..6u64, 0..20usize, 1..9usize).prop_map(|(id, s, l)| Op::Add(ann(id, s, s + l, "t"))),
            (0..6u64).prop_map(Op::Remove),
            (0..6usize, proptest::option::of(0..3usize)).prop_map(|(s, verdict)| Op::Check {
                span: Span::new(s, s + 3),
                to: verdict
                    .map(|v| Check { verdict: Some(["true", "false", "misleading"][v].into()), ..Check::default() }),
            }),
            prop::collection::vec((0..3usize, 0..20usize), 0..4).prop_map(|keys| Op::Batch(
                keys.into_iter()
                    .map(|(o, s)| Op::Review {
                        key: SuggestionKey::new([Origin::Quote, Origin::Number, Origin::Claim][o], Span::new(s, s + 1)),
                        to: Review::Accepted,
                        at: Some(1.0),
                    })
                    .collect()
            )),
            prop::collection::vec((0..9u64, 0..20usize, 1..9usize), 1..6).prop_map(|adds| Op::Batch(
                adds.into_iter().map(|(id, s, l)| Op::Add(ann(id, s, s + l, "b"))).collect()
            )),
            prop::collection::vec(0..9u64, 1..6).prop_map(|ids| Op::Batch(ids.into_iter().map(Op::Remove).collect())),
            (0..6u64, 0..20usize, "[a-z]{0,5}").prop_map(|(id, s, note)| {
                let mut a = ann(id, s, s + 2, "u");
                a.note = note;
                Op::Replace(a)
            }),
        ]
    }

    proptest! {
        #[test]
        fn a_batch_does_what_its_ops_do_one_by_one(ops in prop::collection::vec(op_strategy(), 0..20), batch in op_strategy()) {
            let mut a = Annotations::default();
            for op in ops {
                a.apply(op);
            }
            let mut one_by_one = a.clone();
            if let Op::Batch(inner) = batch.clone() {
                for op in inner {
                    one_by_one.apply(op);
                }
                a.apply(batch);
                prop_assert_eq!(a, one_by_one);
            }
        }

        #[test]
        fn any_sequence_then_as_many_undos_restores_the_start(ops in prop::collection::vec(op_strategy(), 0..40)) {
            let mut a = Annotations::default();
            a.apply(Op::Add(ann(0, 5, 8, "start")));
            let start = a.clone();
            let mut history = History::default();
            for op in ops {
                if let Some(inverse) = a.apply(op) {
                    history.record(inverse);
                }
            }
            let after = a.clone();
            while let Some(op) = history.pop_undo() {
                let inverse = a.apply(op).expect("an undo always changes something");
                history.undone(inverse);
            }
            prop_assert_eq!(&a, &start);
            while let Some(op) = history.pop_redo() {
                let inverse = a.apply(op).expect("a redo always changes something");
                history.redone(inverse);
            }
            prop_assert_eq!(&a, &after);
        }
    }
}
