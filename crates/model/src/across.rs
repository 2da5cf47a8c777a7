//! Across the library: what the reader's documents say together.
//!
//! - [`who_said_what`]: every speaker with their quotes from all documents,
//!   the spellings of one name ("Zelensky", "Zelenskyy", "Volodymyr
//!   Zelenskiy") taken as one person;
//! - [`figures_that_disagree`]: figures of the same kind about the same
//!   counted thing in two documents whose values cannot both be right
//!   ("nearly 800,000 casualties" and "1.2 million casualties"), with the
//!   words their sentences share, for the reader to judge;
//! - [`quote_variants`]: one utterance quoted in two documents with different
//!   words (a misquote, another translation), with the differences marked.
//!
//! Each skips what the reader rejected and follows their speaker
//! corrections. All three together are linear in the library's text plus
//! the pairs they compare: figures only within their kind and counted
//! thing, quotes only with those that share words (an index finds them).
//! The benchmark `cargo bench -p marginalia-model --bench across` builds
//! them for 500 articles.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use marginalia_core::lexicon::{self, Role};
use marginalia_core::{Number, NumberKind, QuoteKind, Span};

use crate::annotation::{Origin, Review, SuggestionKey};
use crate::describe;
use crate::document::{Document, Library};

/// Where a finding sits: its document and its span there (bytes). With the
/// finding's kind this is its [`SuggestionKey`], so the app can open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Place {
    pub doc: u64,
    pub span: Span,
}

/// A quote as the library views show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// A suggested quote (`Quote`) or the reader's own, tagged "quote" (`User`).
    pub origin: Origin,
    pub place: Place,
    /// The document's title.
    pub title: String,
    /// The quoted words, without their marks.
    pub words: String,
    /// Who said it (the reader's correction, else the core's); `None`: unknown.
    pub speaker: Option<String>,
}

/// One person (or group) and everything the library quotes them saying.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The name shown: the fullest spelling the library uses most.
    pub name: String,
    /// Every spelling the library uses for them, most quoted first.
    pub spellings: Vec<String>,
    /// Their quotes, by document and position.
    pub quotes: Vec<Said>,
}

/// Everyone quoted in the library, most quoted first, with how many quotes
/// have no known speaker.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WhoSaidWhat {
    pub speakers: Vec<Speaker>,
    pub unattributed: usize,
}

/// Who said what across the library: quotes (not scare quotes, not
/// rejected ones) grouped by speaker. Spellings of one name are one person:
/// titles are dropped ("President Donald Trump"), letters are compared
/// without accents, transliterated endings are one ("-skyy", "-skiy",
/// "-sky"), and a bare surname joins the one full name that has it.
pub fn who_said_what(lib: &Library) -> WhoSaidWhat {
    let mut quotes = Vec::new();
    let mut described: Vec<Speaker> = Vec::new();
    let mut unattributed = 0;
    for doc in &lib.documents {
        for said in quotes_of(doc) {
            match said.speaker.as_deref() {
                // "a senior official" is someone in this document only: two
                // articles' are never taken for one person.
                Some(s) if is_unnamed(s) => {
                    let same = |d: &&mut Speaker| d.name.eq_ignore_ascii_case(s) && d.quotes[0].place.doc == doc.id;
                    match described.iter_mut().find(same) {
                        Some(d) => d.quotes.push(said),
                        None => {
                            described.push(Speaker { name: s.into(), spellings: vec![s.into()], quotes: vec![said] })
                        }
                    }
                }
                Some(_) => quotes.push(said),
                None => unattributed += 1,
            }
        }
    }
    // Each spelling once, with how many quotes use it.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for q in &quotes {
        *counts.entry(q.speaker.as_deref().unwrap_or_default()).or_default() += 1;
    }
    let unordered: Vec<(&str, usize)> = counts.into_iter().collect();
    let spellings: Vec<(&str, usize)> =
        ranked(unordered.len(), &|a, b| unordered[b].1.cmp(&unordered[a].1).then(unordered[a].0.cmp(unordered[b].0)))
            .into_iter()
            .map(|i| unordered[i])
            .collect();
    let group_of = group_names(&spellings.iter().map(|(s, _)| *s).collect::<Vec<_>>(), &lib.people);

    let mut speakers: Vec<Speaker> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for (i, (spelling, _)) in spellings.iter().enumerate() {
        let slot = *index.entry(group_of[i]).or_insert_with(|| {
            speakers.push(Speaker { name: String::new(), spellings: Vec::new(), quotes: Vec::new() });
            speakers.len() - 1
        });
        speakers[slot].spellings.push(spelling.to_string());
    }
    let slot_of: HashMap<String, usize> =
        spellings.iter().enumerate().map(|(i, (s, _))| (s.to_string(), index[&group_of[i]])).collect();
    for q in quotes {
        let slot = slot_of[q.speaker.as_deref().unwrap_or_default()];
        speakers[slot].quotes.push(q);
    }
    for s in &mut speakers {
        // The most used of the fullest spellings (they are in order of use).
        let most_words = s.spellings.iter().map(|n| name_words(n).len()).max().unwrap_or(0);
        s.name = s.spellings.iter().find(|n| name_words(n).len() == most_words).cloned().unwrap_or_default();
    }
    speakers.extend(described);
    let order = ranked(speakers.len(), &|a, b| {
        let (a, b) = (&speakers[a], &speakers[b]);
        b.quotes.len().cmp(&a.quotes.len()).then_with(|| a.name.cmp(&b.name))
    });
    let mut slots: Vec<Option<Speaker>> = speakers.into_iter().map(Some).collect();
    let speakers = order.into_iter().filter_map(|i| slots[i].take()).collect();
    WhoSaidWhat { speakers, unattributed }
}

/// Whether a speaker is someone described, not named, and new where they
/// are written: "a senior official", "one resident", "A witness".
fn is_unnamed(speaker: &str) -> bool {
    let first = speaker.split_whitespace().next().unwrap_or_default().to_lowercase();
    matches!(first.as_str(), "a" | "an" | "one" | "another")
}

/// The quotes of a document the views list: the core's (not scare quotes,
/// not rejected), with the speaker the reader sees, and the reader's own
/// annotations tagged "quote", with the speaker they gave.
fn quotes_of(doc: &Document) -> impl Iterator<Item = Said> + '_ {
    let suggested = doc.analysis.quotes.iter().enumerate().filter_map(move |(i, q)| {
        let key = SuggestionKey::new(Origin::Quote, q.span);
        if q.kind == QuoteKind::Scare || doc.annotations.review(key) == Review::Rejected {
            return None;
        }
        Some(Said {
            origin: Origin::Quote,
            place: Place { doc: doc.id, span: q.span },
            title: doc.title.clone(),
            words: q.content.text(&doc.text).trim().to_string(),
            speaker: doc.quote_speaker(i).filter(|s| !s.trim().is_empty()),
        })
    });
    let own =
        doc.annotations.items.iter().filter(|a| a.tags.iter().any(|t| t.eq_ignore_ascii_case("quote"))).map(|a| Said {
            origin: Origin::User,
            place: Place { doc: doc.id, span: a.span },
            title: doc.title.clone(),
            words: a
                .span
                .text(&doc.text)
                .trim()
                .trim_matches(|c: char| marginalia_core::chars::is_quote_mark(c))
                .trim()
                .to_string(),
            speaker: a.speaker.clone().filter(|s| !s.trim().is_empty()),
        });
    suggested.chain(own)
}

/// The reader's say on who is who, over the spellings' own grouping.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct People {
    /// Spellings the reader joined to a person, each to a spelling of theirs.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub same: BTreeMap<String, String>,
    /// Spellings the reader keeps apart: joined to nobody unless they join them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub apart: BTreeSet<String>,
}

impl People {
    pub fn is_empty(&self) -> bool {
        self.same.is_empty() && self.apart.is_empty()
    }

    /// The person spelt `spellings` (all of their spellings) is the one
    /// spelt `person`. Whether anything changed.
    pub fn join(&mut self, spellings: &[String], person: &str) -> bool {
        let before = self.clone();
        for s in spellings.iter().filter(|s| *s != person) {
            self.apart.remove(s);
            self.same.insert(s.clone(), person.to_string());
        }
        *self != before
    }

    /// `spelling` is someone else than the person it was grouped with.
    pub fn part(&mut self, spelling: &str) -> bool {
        let before = self.clone();
        self.same.remove(spelling);
        self.same.retain(|_, to| to != spelling);
        self.apart.insert(spelling.to_string());
        *self != before
    }
}

/// For each spelling (most used first), the index of the spelling whose
/// group it joins: by the names themselves, then as the reader said.
fn group_names(spellings: &[&str], people: &People) -> Vec<usize> {
    // A spelling kept apart matches nothing by itself.
    let keys: Vec<Option<NameKey>> =
        spellings.iter().map(|s| if people.apart.contains(*s) { None } else { NameKey::of(s) }).collect();
    let mut group: Vec<usize> = (0..spellings.len()).collect();
    // Full names first: one surname and first initial, one person.
    for i in 0..spellings.len() {
        let Some(k) = keys[i].as_ref().filter(|k| k.first.is_some()) else { continue };
        if let Some(j) = (0..i).find(|&j| keys[j].as_ref().is_some_and(|o| o.same_person(k))) {
            group[i] = group[j];
        }
    }
    // What is not a name groups with the same words ("analysts", "Analysts").
    let plain: Vec<String> = spellings
        .iter()
        .map(|s| if people.apart.contains(*s) { format!("\0{s}") } else { folded(&name_words(s).join(" ")) })
        .collect();
    for i in 0..spellings.len() {
        if keys[i].is_none()
            && let Some(j) = (0..i).find(|&j| keys[j].is_none() && plain[j] == plain[i])
        {
            group[i] = group[j];
        }
    }
    // A bare surname joins the one person who has it; with two, it stays apart.
    for i in 0..spellings.len() {
        let Some(k) = keys[i].as_ref().filter(|k| k.first.is_none()) else { continue };
        let people: HashSet<usize> = (0..spellings.len())
            .filter(|&j| {
                // "Trump Jr." is only a Trump Jr.; "Kennedy" may be Robert F. Kennedy Jr.
                keys[j].as_ref().is_some_and(|o| {
                    o.first.is_some() && o.surname == k.surname && (k.suffix.is_none() || o.suffix == k.suffix)
                })
            })
            .map(|j| group[j])
            .collect();
        let bare = (0..i).find(|&j| {
            keys[j].as_ref().is_some_and(|o| o.first.is_none() && o.surname == k.surname && o.suffix == k.suffix)
        });
        group[i] = match (people.len(), bare) {
            (1, _) => people.into_iter().next().unwrap_or(i),
            (0, Some(j)) => group[j],
            _ => i,
        };
    }
    // The reader's joins.
    for (i, s) in spellings.iter().enumerate() {
        let Some(to) = people.same.get(*s) else { continue };
        if let Some(j) = spellings.iter().position(|t| t == to) {
            let (from, into) = (group[i], group[j]);
            for g in group.iter_mut().filter(|g| **g == from) {
                *g = into;
            }
        }
    }
    group
}

/// What makes two spellings one name: the surname, folded, and the first
/// name when there is one.
#[derive(Debug, PartialEq)]
struct NameKey {
    surname: String,
    first: Option<FirstName>,
    /// "jr", "iii": Donald Trump Jr. is not Donald Trump.
    suffix: Option<String>,
}

/// A first name as compared: its consonants (transliterations differ in
/// their vowels: Volodymyr and Vladimir are "vldmr"), or an initial.
#[derive(Debug, PartialEq)]
struct FirstName {
    consonants: String,
    initial: bool,
}

impl FirstName {
    fn of(word: &str) -> FirstName {
        let folded = folded(word);
        let mut letters = folded.chars().filter(|c| c.is_alphabetic());
        let first = letters.next().map(String::from).unwrap_or_default();
        let consonants = first + &letters.filter(|c| !"aeiouy".contains(*c)).collect::<String>();
        FirstName { consonants, initial: folded.chars().filter(|c| c.is_alphabetic()).count() == 1 }
    }

    /// The same first name, or an initial of it ("J. Biden" is Joe or Jill).
    fn fits(&self, other: &FirstName) -> bool {
        match (self.initial, other.initial) {
            (false, false) => self.consonants == other.consonants,
            _ => self.consonants.chars().next() == other.consonants.chars().next(),
        }
    }
}

impl NameKey {
    /// `None` for what is not a name ("analysts", "European leaders"):
    /// those group only with the same words.
    fn of(spelling: &str) -> Option<NameKey> {
        let words = name_words(spelling);
        let last = words.last()?;
        if !last.starts_with(char::is_uppercase) || words.len() > 4 || lexicon::is(&folded(last), Role::GroupHead) {
            return None;
        }
        let surname = transliterated(&folded(last));
        let first = (words.len() > 1).then(|| FirstName::of(words[0]));
        let suffix = spelling
            .split_whitespace()
            .map(|w| folded(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .rfind(|w| lexicon::is(w, Role::NameSuffix));
        Some(NameKey { surname, first, suffix })
    }

    /// The same surname, suffix and first names that fit.
    fn same_person(&self, other: &NameKey) -> bool {
        self.surname == other.surname
            && self.suffix == other.suffix
            && match (&self.first, &other.first) {
                (Some(a), Some(b)) => a.fits(b),
                _ => false,
            }
    }
}

/// A name's words without the titles in front ("Ukrainian President
/// Volodymyr Zelensky" → Volodymyr Zelensky), the particles ("Ursula von
/// der Leyen" → Ursula Leyen; a capital one only before another: "Von der
/// Leyen", but "Al Gore") and the suffixes after ("Jr", "III").
fn name_words(spelling: &str) -> Vec<&str> {
    let words: Vec<&str> = spelling
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let is = |w: &str, role: Role| lexicon::is(&w.to_lowercase(), role);
    let titles = words.iter().take_while(|w| is(w, Role::Title)).count();
    let suffixes = words.iter().rev().take_while(|w| is(w, Role::NameSuffix)).count();
    let end = words.len().saturating_sub(suffixes).max(1).min(words.len());
    let name = &words[titles.min(end.saturating_sub(1))..end];
    name.iter()
        .enumerate()
        .filter(|&(i, w)| {
            let particle = is(w, Role::NameParticle)
                && (w.starts_with(char::is_lowercase)
                    || name.get(i + 1).is_some_and(|next| is(next, Role::NameParticle)));
            !particle
        })
        .map(|(_, w)| *w)
        .collect()
}

/// Lower case without accents, for comparing names and words: "Erdoğan" is "erdogan".
fn folded(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// One spelling for the endings transliterations disagree on: Zelenskyy,
/// Zelenskiy, Zelenskyi and Zelensky are all "zelensky".
fn transliterated(surname: &str) -> String {
    for ending in ["yy", "iy", "yi", "ii", "ij"] {
        if let Some(stem) = surname.strip_suffix(ending).filter(|s| s.len() >= 3) {
            return format!("{stem}y");
        }
    }
    surname.to_string()
}

/// A figure as the library views show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub place: Place,
    pub title: String,
    /// The figure as written ("1.2 million", "nearly 800,000").
    pub text: String,
    /// The sentence it is in.
    pub sentence: String,
    /// Where the figure starts in `sentence` (bytes).
    pub at: usize,
}

/// Two figures about the same thing that cannot both be right.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// What is counted or measured, as the first article writes it: "casualties", "percent".
    pub about: String,
    /// The words both sentences use (besides the counted thing), which make
    /// them look like the same thing: the reader judges.
    pub shared: Vec<String>,
    pub figures: [Figure; 2],
}

/// The most pairs [`figures_that_disagree`] lists: the best matched first.
pub const MAX_DISAGREEMENTS: usize = 200;

/// Figures in different documents of the same kind and unit (or counted
/// noun) whose values cannot both hold — a floor ("more than"), a ceiling
/// ("up to", "nearly") and an estimate's tenth are allowed for — and whose
/// sentences share two words of substance besides that noun (three, for a
/// plain unit such as percent or dollars). Vague amounts ("thousands of
/// dollars") are left out. Words that most of a large library uses
/// ("Ukraine" in a library about Ukraine) do not count. The best matched
/// come first, at most [`MAX_DISAGREEMENTS`].
pub fn figures_that_disagree(lib: &Library) -> Vec<Disagreement> {
    struct Candidate<'a> {
        doc: &'a Document,
        number: &'a Number,
        bounds: (f64, f64),
        /// The sentence's words of substance, as sorted ids.
        words: Vec<u32>,
        /// Those of them written as names (a capital, not the first word).
        names: Vec<u32>,
    }
    let mut ids = Interner::default();
    let common = common_words(lib, &mut ids);
    // By kind and what is counted.
    let mut groups: HashMap<(u8, Vec<u32>), Vec<Candidate>> = HashMap::new();
    for doc in &lib.documents {
        for n in &doc.analysis.numbers {
            let key = SuggestionKey::new(Origin::Number, n.span);
            if !comparable(n.kind) || doc.annotations.review(key) == Review::Rejected {
                continue;
            }
            let (Some(unit), Some(bounds)) = (n.unit.as_deref(), n.bounds()) else { continue };
            let bounds = rounded(bounds, n.value);
            // "Thousands of dollars" allows too much to disagree with anything.
            if words(n.span.text(&doc.text)).any(|w| lexicon::is(&w.to_lowercase(), Role::Vague)) {
                continue;
            }
            // A counted noun is compared by its words ("military casualties",
            // "casualties"); a unit as it is ("percent", "km2", "USD").
            let mut about: Vec<u32> = match n.kind {
                NumberKind::Count | NumberKind::Rate => content_words(unit).map(|w| ids.id(w)).collect(),
                _ => Vec::new(),
            };
            if about.is_empty() {
                about.push(ids.id(unit.to_lowercase()));
            }
            let sentence = sentence_of(doc, n.span);
            let mut words: Vec<u32> = content_words(sentence)
                .map(|w| ids.id(w))
                .filter(|w| !about.contains(w) && !common.contains(w))
                .collect();
            words.sort_unstable();
            words.dedup();
            let first = self::words(sentence).next().unwrap_or_default();
            let mut names: Vec<u32> = content_words_as_written(sentence)
                .filter(|(raw, _)| raw.starts_with(char::is_uppercase) && *raw != first)
                .map(|(_, w)| ids.id(w))
                .filter(|w| words.binary_search(w).is_ok())
                .collect();
            names.sort_unstable();
            names.dedup();
            groups.entry((n.kind as u8, about)).or_default().push(Candidate { doc, number: n, bounds, words, names });
        }
    }
    // Pairs by how many words they share, made into figures only for those listed.
    let mut pairs: Vec<(usize, &Candidate, &Candidate, &[u32])> = Vec::new();
    for ((_, about), figures) in &groups {
        // A counted noun says what the figure is about; a unit does not.
        let needed = if matches!(figures[0].number.kind, NumberKind::Count | NumberKind::Rate) { 2 } else { 3 };
        // "Two people" and "19 people" killed are two events unless the
        // sentences also name the same place or person.
        let generic = about.len() == 1 && lexicon::is(ids.word(about[0]), Role::GenericNoun);
        for (i, a) in figures.iter().enumerate() {
            for b in &figures[i + 1..] {
                if a.doc.id != b.doc.id && !overlap(a.bounds, b.bounds) {
                    let shared = shared_count(&a.words, &b.words);
                    if shared >= needed && (!generic || shared_count(&a.names, &b.names) > 0) {
                        pairs.push((shared, a, b, about));
                    }
                }
            }
        }
    }
    let place = |c: &Candidate| Place { doc: c.doc.id, span: c.number.span };
    let order = ranked(pairs.len(), &|x, y| {
        let (x, y) = (&pairs[x], &pairs[y]);
        y.0.cmp(&x.0).then_with(|| (place(x.1), place(x.2)).cmp(&(place(y.1), place(y.2))))
    });
    let figure = |c: &Candidate| {
        let span = figure_span(c.number);
        let (sentence, from) = sentence_at(c.doc, c.number.span);
        let trimmed = sentence.trim_start();
        let at = span.start.saturating_sub(from + sentence.len() - trimmed.len());
        Figure {
            place: place(c),
            title: c.doc.title.clone(),
            text: span.text(&c.doc.text).to_string(),
            sentence: trimmed.trim_end().to_string(),
            at,
        }
    };
    order
        .into_iter()
        .take(MAX_DISAGREEMENTS)
        .map(|i| {
            let (_, a, b, about) = pairs[i];
            // As the first article writes it ("casualties"), not as compared.
            let about = a
                .number
                .unit
                .clone()
                .unwrap_or_else(|| about.iter().map(|&w| ids.word(w)).collect::<Vec<_>>().join(" "));
            // As the first sentence writes them ("Russia", not "russia").
            let written: Vec<(&str, String)> = content_words_as_written(sentence_of(a.doc, a.number.span)).collect();
            let as_written = |w: &str| written.iter().find(|(_, f)| f == w).map_or(w, |(raw, _)| raw).to_string();
            let mut shared: Vec<String> =
                a.words.iter().filter(|w| b.words.binary_search(w).is_ok()).map(|&w| as_written(ids.word(w))).collect();
            shared.sort_by_key(|w| w.to_lowercase());
            Disagreement { about, shared, figures: [figure(a), figure(b)] }
        })
        .collect()
}

/// The order of `n` items that `cmp` (of their indices) gives, stable. One
/// sort for every list here: each `sort_by` of its own would be compiled
/// into the page once more.
fn ranked(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// How many ids two sorted lists share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
        }
    }
    n
}

/// Words as small numbers, so comparing them is cheap.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    words: Vec<String>,
}

impl Interner {
    fn id(&mut self, word: String) -> u32 {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.clone());
        self.ids.insert(word, id);
        id
    }

    fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }
}

/// Kinds whose values two articles can disagree on (not dates, ordinals,
/// durations or vague amounts).
fn comparable(kind: NumberKind) -> bool {
    use NumberKind::*;
    matches!(kind, Count | Percent | Money | Distance | Area | Weight | Volume | Speed | Temperature | Rate)
}

/// Whether two ranges of allowed values meet.
fn overlap((a_lo, a_hi): (f64, f64), (b_lo, b_hi): (f64, f64)) -> bool {
    a_lo <= b_hi && b_lo <= a_hi
}

/// The values a figure allows, its rounding included: a figure is taken to
/// be rounded at its last digit that is not zero, so "12 percent" may be
/// 12.4 and "1.2 million" 1,249,999 — neither disagrees with 12.5 or
/// 1.25 million. A bound the qualifier left open stays open.
fn rounded((lo, hi): (f64, f64), value: Option<f64>) -> (f64, f64) {
    let Some(v) = value.filter(|v| v.is_finite() && *v != 0.0) else { return (lo, hi) };
    let place = (-4..=15)
        .rev()
        .map(|p| 10f64.powi(p))
        .find(|place| {
            let q = v / place;
            q.abs() >= 1.0 && (q - q.round()).abs() < 1e-6 * q.abs()
        })
        .unwrap_or(1e-4);
    (lo - place / 2.0, hi + place / 2.0)
}

/// The figure with its qualifier ("nearly 800,000").
fn figure_span(n: &Number) -> Span {
    match n.approx_span {
        Some(q) => Span::new(q.start.min(n.span.start), q.end.max(n.span.end)),
        None => n.span,
    }
}

/// The text of the sentence that holds `span`, else of the span itself.
fn sentence_of(doc: &Document, span: Span) -> &str {
    sentence_at(doc, span).0
}

/// [`sentence_of`], with where it starts in the document.
fn sentence_at(doc: &Document, span: Span) -> (&str, usize) {
    let sentences = &doc.analysis.sentences;
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    let span = sentences.get(i).map(|s| s.span).filter(|s| s.start <= span.start).unwrap_or(span);
    (span.text(&doc.text), span.start)
}

/// Words a library of ten or more documents uses in more than half of them.
fn common_words(lib: &Library, ids: &mut Interner) -> HashSet<u32> {
    let n = lib.documents.len();
    if n < 10 {
        return HashSet::new();
    }
    let mut df: HashMap<u32, usize> = HashMap::new();
    for doc in &lib.documents {
        let mut words: Vec<u32> = content_words(&doc.text).map(|w| ids.id(w)).collect();
        words.sort_unstable();
        words.dedup();
        for w in words {
            *df.entry(w).or_default() += 1;
        }
    }
    df.into_iter().filter(|&(_, count)| count * 2 > n).map(|(w, _)| w).collect()
}

/// The words of substance in `text`, folded and without a plural's -s:
/// not function words, reporting verbs, qualifiers, numbers or the titles
/// of a name (the lexicon's roles say which).
fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    content_words_as_written(text).map(|(_, w)| w)
}

/// [`content_words`], each with the word as `text` writes it ("Russia's"
/// gives "Russia" and "russia").
fn content_words_as_written(text: &str) -> impl Iterator<Item = (&str, String)> + '_ {
    const NOT_CONTENT: &[Role] = &[
        Role::NotName,
        Role::Preposition,
        Role::Determiner,
        Role::Auxiliary,
        Role::Skippable,
        Role::Pronoun,
        Role::Possessive,
        Role::Subordinator,
        Role::SentenceOpener,
        Role::NotNoun,
        Role::Prediction,
        Role::Hedge,
        Role::Reporting,
        Role::Qualifier,
        Role::Cardinal,
        Role::Scale,
        Role::Period,
        Role::Month,
        Role::Weekday,
    ];
    let mut words = words(text).peekable();
    std::iter::from_fn(move || {
        let w = words.next()?;
        // A title in front of a name is part of the name: "President Putin".
        let titled = words.peek().is_some_and(|next| next.starts_with(char::is_uppercase));
        Some((w, titled))
    })
    .filter_map(|(w_raw, titled)| {
        let w = folded(w_raw);
        // "Kyiv's" is Kyiv.
        let w = w.strip_suffix("'s").map(str::to_string).unwrap_or(w);
        if titled && lexicon::is(&w, Role::Title) {
            return None;
        }
        let keep = w.chars().count() > 2
            && w.chars().any(char::is_alphabetic)
            && !w.chars().any(|c| c.is_ascii_digit())
            && !lexicon::roles(&w).any(NOT_CONTENT);
        let written = w_raw.strip_suffix("'s").or_else(|| w_raw.strip_suffix("’s")).unwrap_or(w_raw);
        keep.then(|| (written, singular(&w)))
    })
}

/// The words of `text`: letters, digits and inner apostrophes or hyphens.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// A plural's singular, roughly: "casualties" → casualty, "troops" → troop.
fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    match w.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with(['s', 'u', 'i']) => stem.to_string(),
        _ => w.to_string(),
    }
}

/// One utterance quoted in two documents with different words.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub wordings: [Wording; 2],
    /// How alike the two are, 0–1 (words in common, in order).
    pub likeness: f32,
    /// The words of both, in order: each shared, or only in one.
    pub diff: Vec<Piece>,
}

/// One wording of a quote and every place the library quotes it so.
#[derive(Debug, Clone, PartialEq)]
pub struct Wording {
    pub quotes: Vec<Said>,
}

/// A run of words in a [`Variant`]'s comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Both(String),
    /// Only in the first wording.
    First(String),
    /// Only in the second wording.
    Second(String),
}

/// How alike two quotes must be to be called one utterance.
pub const VARIANT_LIKENESS: f32 = 0.6;
/// Quotes shorter than this (in words) are phrases, not utterances.
const VARIANT_WORDS: usize = 5;
/// Quotes longer than this are left out of the variants.
const MAX_VARIANT_WORDS: usize = 400;

/// Quotes that are one utterance in other words, in different documents:
/// at least [`VARIANT_LIKENESS`] of their words in common, in order, and
/// not the same words (nor one a part of the other, which is a shorter
/// quote of it, not a variant). Quotes with the same words are one
/// wording, wherever they are. Most alike first.
pub fn quote_variants(lib: &Library) -> Vec<Variant> {
    struct Distinct {
        quotes: Vec<Said>,
        /// Folded words, for comparing.
        words: Vec<u32>,
        /// Written words, for showing.
        shown: Vec<String>,
        /// Words of substance, sorted.
        substance: Vec<u32>,
    }
    let mut ids = Interner::default();
    let mut distinct: Vec<Distinct> = Vec::new();
    let mut by_words: HashMap<Vec<u32>, usize> = HashMap::new();
    for doc in &lib.documents {
        for said in quotes_of(doc) {
            let shown: Vec<&str> = words(&said.words).collect();
            // Longer than a few hundred words is a document quoted, not an
            // utterance; and comparing two costs their lengths multiplied.
            if !(VARIANT_WORDS..=MAX_VARIANT_WORDS).contains(&shown.len()) {
                continue;
            }
            let folded: Vec<u32> = shown.iter().map(|w| ids.id(folded(w))).collect();
            match by_words.get(&folded) {
                Some(&i) => distinct[i].quotes.push(said),
                None => {
                    let mut substance: Vec<u32> = content_words(&said.words).map(|w| ids.id(w)).collect();
                    substance.sort_unstable();
                    substance.dedup();
                    by_words.insert(folded.clone(), distinct.len());
                    let shown = shown.into_iter().map(str::to_string).collect();
                    distinct.push(Distinct { quotes: vec![said], words: folded, shown, substance });
                }
            }
        }
    }
    // Candidates share enough words of substance; an index finds them.
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, d) in distinct.iter().enumerate() {
        for &w in &d.substance {
            index.entry(w).or_default().push(i);
        }
    }
    let only_in = |d: &Distinct| {
        let first = d.quotes[0].place.doc;
        d.quotes.iter().all(|q| q.place.doc == first).then_some(first)
    };
    let mut found = Vec::new();
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for (i, a) in distinct.iter().enumerate() {
        shared.clear();
        for w in &a.substance {
            for &j in index[w].iter().filter(|&&j| j > i) {
                *shared.entry(j).or_default() += 1;
            }
        }
        for (&j, &n) in &shared {
            let b = &distinct[j];
            let fewest = a.substance.len().min(b.substance.len());
            if (n as f32) < fewest as f32 * VARIANT_LIKENESS / 2.0 {
                continue;
            }
            // Two wordings in one document are not two documents' quotes.
            if only_in(a).is_some() && only_in(a) == only_in(b) {
                continue;
            }
            if contains(&a.words, &b.words) || contains(&b.words, &a.words) {
                continue;
            }
            let steps = compare(&a.words, &b.words);
            let both = steps.iter().filter(|(side, _, _)| *side == Side::Both).count();
            let likeness = 2.0 * both as f32 / (a.words.len() + b.words.len()) as f32;
            if likeness >= VARIANT_LIKENESS {
                found.push((likeness, i, j, steps));
            }
        }
    }
    let first = |i: usize| distinct[i].quotes[0].place;
    let order = ranked(found.len(), &|x, y| {
        let (x, y) = (&found[x], &found[y]);
        y.0.total_cmp(&x.0).then_with(|| (first(x.1), first(x.2)).cmp(&(first(y.1), first(y.2))))
    });
    let mut found: Vec<Option<_>> = found.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|k| found[k].take())
        .map(|(likeness, i, j, steps)| Variant {
            wordings: [Wording { quotes: distinct[i].quotes.clone() }, Wording { quotes: distinct[j].quotes.clone() }],
            likeness,
            diff: pieces(&steps, &distinct[i].shown, &distinct[j].shown),
        })
        .collect()
}

/// Whether `part` is a run of `whole`'s words.
fn contains(whole: &[u32], part: &[u32]) -> bool {
    part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Both,
    First,
    Second,
}

/// A longest common subsequence of two word lists, as (side, index in the
/// first, index in the second) steps in order.
fn compare(a: &[u32], b: &[u32]) -> Vec<(Side, usize, usize)> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] =
                if a[i] == b[j] { lcs[at(i + 1, j + 1)] + 1 } else { lcs[at(i + 1, j)].max(lcs[at(i, j + 1)]) };
        }
    }
    let (mut i, mut j, mut steps) = (0, 0, Vec::with_capacity(n + m));
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            steps.push((Side::Both, i, j));
            (i, j) = (i + 1, j + 1);
        } else if j == m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            steps.push((Side::First, i, j));
            i += 1;
        } else {
            steps.push((Side::Second, i, j));
            j += 1;
        }
    }
    steps
}

/// The steps of [`compare`] as runs of written words.
fn pieces(steps: &[(Side, usize, usize)], a: &[String], b: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for &(side, i, j) in steps {
        let word = match side {
            Side::Both | Side::First => &a[i],
            Side::Second => &b[j],
        };
        match (out.last_mut(), side) {
            (Some(Piece::Both(s)), Side::Both)
            | (Some(Piece::First(s)), Side::First)
            | (Some(Piece::Second(s)), Side::Second) => {
                s.push(' ');
                s.push_str(word);
            }
            _ => out.push(match side {
                Side::Both => Piece::Both(word.clone()),
                Side::First => Piece::First(word.clone()),
                Side::Second => Piece::Second(word.clone()),
            }),
        }
    }
    out
}

/// The three views of the library, built together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Across {
    pub who: WhoSaidWhat,
    pub figures: Vec<Disagreement>,
    pub variants: Vec<Variant>,
}

/// All three views: what the app shows when the reader opens them.
pub fn across(lib: &Library) -> Across {
    Across { who: who_said_what(lib), figures: figures_that_disagree(lib), variants: quote_variants(lib) }
}

/// The views as the page shows them: blocks of lines of parts, so one small
/// component draws all three (and each line's words are tested here).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// A class for the page's style sheet: "person", "pair", "variant", "note".
    pub class: String,
    pub heading: Option<String>,
    pub lines: Vec<Line>,
}

/// A line of a [`Block`]: "quote", "sentence", "diff", "muted".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub class: String,
    pub parts: Vec<Part>,
}

/// A piece of a [`Line`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    Text(String),
    /// A finding to open: its kind and place.
    Link {
        text: String,
        origin: Origin,
        place: Place,
    },
    /// The figure in its sentence.
    Mark(String),
    /// Words only in a variant's first wording.
    First(String),
    /// Words only in its second.
    Second(String),
    /// A spelling the reader can say is someone else ([`Library::other_person`]).
    Apart(String),
    /// The reader can say this person (all their `spellings`) is one of
    /// `choices` ([`Library::same_person`]).
    Join {
        spellings: Vec<String>,
        choices: Vec<String>,
    },
}

impl Line {
    fn new(class: &str, parts: Vec<Part>) -> Line {
        Line { class: class.into(), parts }
    }

    fn muted(text: String) -> Line {
        Line::new("muted", vec![Part::Text(text)])
    }
}

/// Which of the three views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Who,
    Figures,
    Variants,
}

impl View {
    pub const ALL: [View; 3] = [View::Who, View::Figures, View::Variants];

    pub fn label(self) -> &'static str {
        match self {
            View::Who => "Who said what",
            View::Figures => "Figures that disagree",
            View::Variants => "Quote variants",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            View::Who => "who",
            View::Figures => "figures",
            View::Variants => "variants",
        }
    }

    /// How many entries the view lists.
    pub fn count(self, a: &Across) -> usize {
        match self {
            View::Who => a.who.speakers.len(),
            View::Figures => a.figures.len(),
            View::Variants => a.variants.len(),
        }
    }
}

/// A document's title short enough to stand beside a quote: a pasted
/// text's title may be its whole first sentence.
fn clipped(title: &str) -> String {
    const MAX: usize = 60;
    match title.char_indices().nth(MAX) {
        Some((at, _)) => {
            let head = &title[..at];
            // At a word's end: the whole head when a space follows it.
            let cut =
                if title[at..].starts_with(' ') { at } else { head.rfind(' ').filter(|&i| i > at / 2).unwrap_or(at) };
            format!("{}…", head[..cut].trim_end_matches([' ', ',', ';', ':']))
        }
        None => title.to_string(),
    }
}

/// One view as blocks; `count` writes a number as the reader's locale does.
pub fn blocks(a: &Across, view: View, count: &dyn Fn(usize) -> String) -> Vec<Block> {
    let note = |text: &str| Block { class: "note".into(), heading: None, lines: vec![Line::muted(text.to_string())] };
    let plural = |n: usize, one: &str, many: &str| describe::counted(n, one, many, count);
    let mut out = Vec::new();
    match view {
        View::Who => {
            if a.who.speakers.is_empty() {
                out.push(note("No quote with a known speaker yet."));
            }
            for s in &a.who.speakers {
                let documents = s.quotes.iter().map(|q| q.place.doc).collect::<HashSet<_>>().len();
                let mut about = plural(s.quotes.len(), "quote", "quotes");
                match (documents, s.quotes.first()) {
                    // One document: named once, not after each quote.
                    (1, Some(q)) => about.push_str(&format!(" in {}", clipped(&q.title))),
                    _ => about.push_str(&format!(" in {} documents", count(documents))),
                }
                let mut lines = vec![Line::muted(about)];
                // The other spellings, each to part from them; and who else they might be.
                let others: Vec<&String> = s.spellings.iter().filter(|n| **n != s.name).collect();
                let mut said = vec![Part::Text("Also written ".into())];
                for (i, spelling) in others.iter().enumerate() {
                    if i > 0 {
                        said.push(Part::Text(", ".into()));
                    }
                    said.push(Part::Text(format!("“{spelling}” ")));
                    said.push(Part::Apart((*spelling).clone()));
                }
                if others.is_empty() {
                    said.clear();
                }
                let choices: Vec<String> =
                    a.who.speakers.iter().filter(|o| o.name != s.name).map(|o| o.name.clone()).collect();
                if !choices.is_empty() {
                    said.push(Part::Join { spellings: s.spellings.clone(), choices });
                }
                if !said.is_empty() {
                    lines.push(Line::new("people", said));
                }
                // Across documents, each document's name where its quotes begin.
                let mut named = None;
                for q in &s.quotes {
                    let mut parts =
                        vec![Part::Link { text: format!("“{}”", q.words), origin: q.origin, place: q.place }];
                    if documents > 1 && named != Some(q.place.doc) {
                        parts.push(Part::Text(format!(" — {}", clipped(&q.title))));
                    }
                    named = Some(q.place.doc);
                    lines.push(Line::new("quote", parts));
                }
                out.push(Block { class: "person".into(), heading: Some(s.name.clone()), lines });
            }
            if a.who.unattributed > 0 {
                let n = a.who.unattributed;
                out.push(note(&format!("{} no known speaker.", plural(n, "quote has", "quotes have"))));
            }
        }
        View::Figures => {
            if a.figures.is_empty() {
                out.push(note(
                    "No figures disagree: no two documents give values that cannot both hold for the same counted thing in sentences alike.",
                ));
            }
            for d in &a.figures {
                let mut lines = vec![Line::muted(format!("Both sentences say: {}", d.shared.join(", ")))];
                for f in &d.figures {
                    let marked = f.sentence.get(f.at..f.at + f.text.len()).filter(|t| *t == f.text);
                    let (before, after) = match marked {
                        Some(_) => (&f.sentence[..f.at], &f.sentence[f.at + f.text.len()..]),
                        None => (f.sentence.as_str(), ""),
                    };
                    lines.push(Line::new(
                        "figure",
                        vec![
                            Part::Link { text: f.text.clone(), origin: Origin::Number, place: f.place },
                            Part::Text(format!(" in {}", f.title)),
                        ],
                    ));
                    lines.push(Line::new(
                        "sentence",
                        vec![Part::Text(before.to_string()), Part::Mark(f.text.clone()), Part::Text(after.to_string())],
                    ));
                }
                out.push(Block { class: "pair".into(), heading: Some(format!("About {}", d.about)), lines });
            }
        }
        View::Variants => {
            if a.variants.is_empty() {
                out.push(note("No quote appears in two documents in different words."));
            }
            let person: HashMap<(Origin, Place), &str> = a
                .who
                .speakers
                .iter()
                .flat_map(|s| s.quotes.iter().map(|q| ((q.origin, q.place), s.name.as_str())))
                .collect();
            for v in &a.variants {
                let diff = v
                    .diff
                    .iter()
                    .map(|p| match p {
                        Piece::Both(s) => Part::Text(format!("{s} ")),
                        Piece::First(s) => Part::First(s.clone()),
                        Piece::Second(s) => Part::Second(s.clone()),
                    })
                    .collect();
                let mut lines = vec![Line::new("diff", diff)];
                for (which, w) in ["First", "Second"].into_iter().zip(&v.wordings) {
                    // The person as who said what names them ("Volodymyr
                    // Zelensky" for "Zelenskyy"), else the spelling.
                    let said = w
                        .quotes
                        .iter()
                        .find_map(|q| person.get(&(q.origin, q.place)).copied().or(q.speaker.as_deref()))
                        .map_or("speaker unknown".into(), |s| format!("said by {s}"));
                    let mut parts = vec![Part::Text(format!("{which} — {said}, in "))];
                    for (i, q) in w.quotes.iter().enumerate() {
                        if i > 0 {
                            parts.push(Part::Text(", ".into()));
                        }
                        parts.push(Part::Link { text: q.title.clone(), origin: q.origin, place: q.place });
                    }
                    lines.push(Line::new("wording", parts));
                }
                lines.push(Line::muted(format!("{}% of the words alike", (v.likeness * 100.0).round())));
                out.push(Block { class: "variant".into(), heading: None, lines });
            }
        }
    }
    out
}

/// The three views as the page shows them, made where the analyses are
/// (the app's worker) and sent to the page as JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    /// Each view's blocks, in the order of [`View::ALL`].
    pub blocks: [Vec<Block>; 3],
    /// How many entries each view lists.
    pub counts: [usize; 3],
}

/// The [`Listing`] of a library; `count` writes a number.
pub fn listing(lib: &Library, count: &dyn Fn(usize) -> String) -> Listing {
    let views = across(lib);
    Listing { blocks: View::ALL.map(|v| blocks(&views, v, count)), counts: View::ALL.map(|v| v.count(&views)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library(texts: &[&str]) -> Library {
        let mut lib = Library::default();
        for (i, text) in texts.iter().enumerate() {
            lib.add(Some(format!("{i}.txt")), text.to_string());
        }
        lib
    }

    #[test]
    fn spellings_of_one_name_are_one_person() {
        for (spellings, groups) in [
            (vec!["Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskiy", "President Zelenskyi"], vec![0, 0, 0, 0]),
            (vec!["Donald Trump", "Trump", "President Donald Trump"], vec![0, 0, 0]),
            // Two Trumps: the bare surname could be either.
            (vec!["Donald Trump", "Eric Trump", "Trump"], vec![0, 1, 2]),
            // Two bare surnames are one; a group is grouped by its words.
            (vec!["Putin", "Vladimir Putin", "analysts", "European leaders", "Analysts"], vec![1, 1, 2, 3, 2]),
            (vec!["Recep Tayyip Erdoğan", "Erdogan", "Ursula von der Leyen", "Von der Leyen"], vec![0, 0, 2, 2]),
            (vec!["Vladimir Putin", "Volodymyr Zelensky"], vec![0, 1]),
            // Two Bidens; an initial could be either, so it joins the first.
            (vec!["Joe Biden", "Jill Biden", "J. Biden"], vec![0, 1, 0]),
            (vec!["Volodymyr Zelensky", "Vladimir Zelensky"], vec![0, 0]),
            (vec!["Robert F. Kennedy Jr.", "Robert Downey Jr.", "Kennedy"], vec![0, 1, 0]),
            // A suffix makes another person: the son is not the father, and
            // with both about, a bare surname could be either.
            (vec!["Donald Trump Jr.", "Trump", "President Donald Trump"], vec![0, 1, 2]),
            (vec!["Donald Trump Jr.", "Donald Trump Jr", "Trump Jr."], vec![0, 0, 0]),
            (vec!["Donald Trump", "Trump Jr."], vec![0, 1]),
            (vec!["Trump", "Trump Jr."], vec![0, 1]),
            (vec!["Al Gore", "Gore", "Tipper Gore"], vec![0, 1, 2]),
            (vec!["", "Mr."], vec![0, 1]),
        ] {
            assert_eq!(group_names(&spellings, &People::default()), groups, "{spellings:?}");
        }
    }

    #[test]
    fn the_reader_joins_and_parts_people() {
        let spellings = ["Donald Trump", "Trump", "Eric Trump", "Volodymyr Zelensky", "Zelenskyy", "the president"];
        let s = |x: &str| x.to_string();
        let mut people = People::default();
        for (change, groups) in [
            // As the names have it: the bare "Trump" could be either Trump.
            (None, vec![0, 1, 2, 3, 3, 5]),
            // "the president" is Donald Trump; so is "Trump".
            (Some((vec![s("the president")], "Donald Trump")), vec![0, 1, 2, 3, 3, 0]),
            (Some((vec![s("Trump")], "Donald Trump")), vec![0, 0, 2, 3, 3, 0]),
        ] {
            if let Some((from, to)) = change {
                assert!(people.join(&from, to));
            }
            assert_eq!(group_names(&spellings, &people), groups, "{people:?}");
        }
        // "Zelenskyy" is someone else; then Trump, after all, is Eric.
        assert!(people.part("Zelenskyy"));
        assert!(!people.part("Zelenskyy"), "nothing changes twice");
        assert_eq!(group_names(&spellings, &people), [0, 0, 2, 3, 4, 0]);
        assert!(people.join(&[s("Trump")], "Eric Trump"));
        assert_eq!(group_names(&spellings, &people), [0, 2, 2, 3, 4, 0]);
        // Parting a spelling others were joined to lets them go too.
        assert!(people.part("Donald Trump"));
        assert_eq!(group_names(&spellings, &people), [0, 2, 2, 3, 4, 5]);
        let json = serde_json::to_string(&people).unwrap();
        assert_eq!(serde_json::from_str::<People>(&json).unwrap(), people);
    }

    /// "a senior official" in two articles is two people; in one article,
    /// said twice, it stays one speaker there.
    #[test]
    fn someone_described_is_someone_of_their_own_document() {
        let lib = library(&[
            "Talks stalled.\n\n“There is no deal,” a senior official said.\n\n“Not this week,” a senior official said.",
            "Talks resumed.\n\n“There is a deal,” a senior official said.\n\n“We agreed on ports,” Ann Lee said.",
        ]);
        let who = who_said_what(&lib);
        let described: Vec<(usize, u64)> = who
            .speakers
            .iter()
            .filter(|s| s.name == "a senior official")
            .map(|s| (s.quotes.len(), s.quotes[0].place.doc))
            .collect();
        assert_eq!(described, [(2, lib.documents[0].id), (1, lib.documents[1].id)], "{:?}", who.speakers);
        assert_eq!(who.unattributed, 0);
    }

    #[test]
    fn who_said_what_gathers_a_speakers_quotes_from_every_document() {
        let mut lib = library(&[
            "Talks stalled.\n\n“We will not give up our land to anyone,” Volodymyr Zelensky said on Monday.\n\n“The war must end this year,” Donald Trump said.",
            "Kyiv answered.\n\n“Peace cannot be bought with our territory,” Zelenskyy told reporters.\n\n“We need more air defence,” he said.",
            "Nothing was agreed.\n\n“It was a good meeting,” an aide said.",
        ]);
        let who = who_said_what(&lib);
        let names: Vec<(&str, usize)> = who.speakers.iter().map(|s| (s.name.as_str(), s.quotes.len())).collect();
        assert_eq!(names[0], ("Volodymyr Zelensky", 2), "{names:?}");
        // "he said" after a paragraph break: unknown.
        assert_eq!(who.unattributed, 1);
        // "an aide" is someone in that document, shown as described.
        let aide: Vec<&Speaker> = who.speakers.iter().filter(|s| s.name == "an aide").collect();
        assert_eq!(aide.len(), 1);
        assert_eq!(aide[0].quotes[0].place.doc, lib.documents[2].id);
        assert!(names.contains(&("Donald Trump", 1)), "{names:?}");
        let zelensky = &who.speakers[0];
        assert_eq!(zelensky.spellings.len(), 2, "{:?}", zelensky.spellings);
        let docs: HashSet<u64> = zelensky.quotes.iter().map(|q| q.place.doc).collect();
        assert_eq!(docs.len(), 2);
        assert!(
            zelensky.quotes.iter().any(|q| q.words == "Peace cannot be bought with our territory,"),
            "{zelensky:?}"
        );
        // The reader's own quote, with the speaker they gave, joins too.
        let peace = lib.documents[1].text.find("Kyiv answered").unwrap();
        lib.open(lib.documents[1].id);
        let own =
            lib.annotate(Span::new(peace, peace + "Kyiv answered".len()), vec!["quote".into()], String::new(), 1.0);
        let id = own.unwrap();
        let mut a = lib.documents[1].annotations.get(id).unwrap().clone();
        a.speaker = Some("Zelenskyy".into());
        assert!(lib.edit(a, 2.0));
        let who = who_said_what(&lib);
        assert_eq!(who.speakers[0].quotes.len(), 3);
        assert!(who.speakers[0].quotes.iter().any(|q| q.origin == Origin::User && q.words == "Kyiv answered"));
        assert!(lib.delete_annotation(id));
        // A rejected quote goes; a corrected speaker moves the quote.
        lib.open(lib.documents[0].id);
        let trump =
            lib.documents[0].analysis.quotes.iter().find(|q| q.speaker.as_deref() == Some("Donald Trump")).unwrap();
        let key = SuggestionKey::new(Origin::Quote, trump.span);
        assert!(lib.review(key, Review::Rejected));
        lib.open(lib.documents[2].id);
        let aide = SuggestionKey::new(Origin::Quote, lib.documents[2].analysis.quotes[0].span);
        assert!(lib.correct_speaker(aide, Some("Volodymyr Zelenskiy".into())));
        let who = who_said_what(&lib);
        assert_eq!(who.speakers.len(), 1, "{:?}", who.speakers);
        assert_eq!(who.speakers[0].quotes.len(), 3);
        // The reader parts "Zelenskyy" from him, and undoes it; stored and read back.
        assert!(lib.other_person("Zelenskyy"));
        assert_eq!(who_said_what(&lib).speakers.len(), 2);
        let stored = Library::from_json(&lib.to_json()).unwrap();
        assert_eq!(who_said_what(&stored).speakers.len(), 2);
        assert!(lib.undo());
        assert_eq!(who_said_what(&lib).speakers.len(), 1);
        assert!(lib.redo());
        assert!(lib.same_person(&["Zelenskyy".into()], "Volodymyr Zelensky"));
        assert_eq!(who_said_what(&lib).speakers.len(), 1);
        // Spellings used as often are in alphabetical order.
        assert_eq!(who.speakers[0].spellings, ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskyy"]);
        assert_eq!(who.unattributed, 1);
    }

    #[test]
    fn figures_that_cannot_both_be_right_are_paired() {
        let lib = library(&[
            "Losses.\n\nRussia has suffered nearly 800,000 military casualties since the war began, officials estimate.",
            "Losses.\n\nThe center estimates Russia has suffered 1.2 million military casualties since 2022.",
            "Losses.\n\nRussia has suffered more than 700,000 military casualties, by one estimate.",
            "Aid.\n\nThe city took in 1.2 million refugees last year.",
            "Troops.\n\nPutin deployed 50,000 troops to the northern border.",
            "Troops.\n\nMoscow may be redeploying as many as 30,000 experienced troops to frontline regions.",
        ]);
        let pairs = figures_that_disagree(&lib);
        let shown: Vec<(&str, &str, &str)> =
            pairs.iter().map(|d| (d.about.as_str(), d.figures[0].text.as_str(), d.figures[1].text.as_str())).collect();
        // More than 700,000 can be nearly 800,000 or 1.2 million; the troops
        // share no word besides "troops"; refugees are another thing.
        assert_eq!(shown, [("casualties", "nearly 800,000", "1.2 million")], "{pairs:#?}");
        assert!(pairs[0].shared.contains(&"military".to_string()), "{:?}", pairs[0].shared);
        assert!(pairs[0].figures[0].sentence.starts_with("Russia has suffered nearly"));
    }

    #[test]
    fn people_killed_in_two_places_are_two_events() {
        let lib = library(&[
            "Louisiana.\n\nA gunman opened fire at a cinema in Lafayette, killing two people.",
            "Tunis.\n\nGunmen opened fire at a museum in Tunis, killing at least 19 people.",
            "Tunis.\n\nGunmen opened fire at the Bardo museum in Tunis, killing 23 people.",
            "Tunis.\n\nGunmen opened fire at the Bardo museum, killing 17 people.",
        ]);
        let pairs = figures_that_disagree(&lib);
        let shown: Vec<(&str, &str)> =
            pairs.iter().map(|d| (d.figures[0].text.as_str(), d.figures[1].text.as_str())).collect();
        // Lafayette and Tunis share "opened fire … killing" but no name; the
        // Bardo museum's 23 and 17 share one ("at least 19" allows 23, and
        // shares no name with the 17).
        assert_eq!(shown, [("23 people", "17 people")], "{pairs:#?}");
        assert!(pairs[0].shared.contains(&"Bardo".to_string()), "{:?}", pairs[0].shared);
    }

    #[test]
    fn figures_in_a_unit_are_compared_by_the_unit() {
        let lib = library(&[
            "Prices.\n\nIn 2012 the central bank said inflation reached 12 percent in March, the highest rate in a decade.",
            "Prices.\n\nThe central bank said inflation reached 9 percent in March, the highest rate in years.",
            "Prices.\n\nThe central bank said inflation reached 12.5% in March, the highest rate in years.",
        ]);
        let pairs = figures_that_disagree(&lib);
        let shown: Vec<(&str, &str, &str)> =
            pairs.iter().map(|d| (d.about.as_str(), d.figures[0].text.as_str(), d.figures[1].text.as_str())).collect();
        // 12 percent may be 12.5 rounded: those two do not disagree.
        // The pair whose sentences share more words comes first.
        assert_eq!(shown, [("percent", "9 percent", "12.5%"), ("percent", "12 percent", "9 percent")], "{pairs:#?}");
        // The figure is marked where it is, not where its digits first appear ("2012").
        let f = &pairs[1].figures[0];
        assert_eq!(&f.sentence[f.at..f.at + f.text.len()], "12 percent");
        assert!(f.sentence.starts_with("In 2012"));
    }

    #[test]
    fn a_figure_allows_its_rounding() {
        let inf = f64::INFINITY;
        for (bounds, value, allowed) in [
            ((12.0, 12.0), Some(12.0), (11.5, 12.5)),
            ((12.5, 12.5), Some(12.5), (12.45, 12.55)),
            ((1.2e6, 1.2e6), Some(1.2e6), (1.15e6, 1.25e6)),
            ((800_000.0, 800_000.0), Some(800_000.0), (750_000.0, 850_000.0)),
            ((13_897.0, 13_897.0), Some(13_897.0), (13_896.5, 13_897.5)),
            ((50_000.0, inf), Some(50_000.0), (45_000.0, inf)),
            ((-5.0, -5.0), Some(-5.0), (-5.5, -4.5)),
            ((0.0, 0.0), Some(0.0), (0.0, 0.0)),
            ((1.0, 2.0), None, (1.0, 2.0)),
        ] {
            let (lo, hi) = rounded(bounds, value);
            let near = |p: f64, q: f64| p == q || (p - q).abs() < 1e-9 * q.abs().max(1.0);
            assert!(near(lo, allowed.0) && near(hi, allowed.1), "{value:?}: {lo}..{hi}");
        }
    }

    #[test]
    fn the_same_utterance_in_other_words_is_a_variant() {
        let lib = library(&[
            "One.\n\n“We will not give up our land to anyone, ever,” Zelensky said.\n\n“It is late,” he said.",
            "Two.\n\n“We will never give up our land to anyone,” Zelensky said.",
            "Three.\n\n“We will not give up our land to anyone, ever,” Zelensky said.",
            "Four.\n\n“We will not give up our land,” Zelensky said.",
            "Five.\n\n“Our economy grew faster than anyone expected this year,” the minister said.",
            // Two wordings in one document: not two documents' quotes.
            "Six.\n\n“I don’t want to have a wasted meeting with him,” Trump said.\n\n“I don’t want to have a waste of time with him,” he said.",
        ]);
        let variants = quote_variants(&lib);
        let titles = |w: &Wording| w.quotes.iter().map(|q| q.title.as_str()).collect::<Vec<_>>().join("+");
        let pairs: Vec<(String, String)> =
            variants.iter().map(|v| (titles(&v.wordings[0]), titles(&v.wordings[1]))).collect();
        // One and Three are the same words: one wording. Four is a part of
        // them: not a variant of theirs, but of Two's.
        assert_eq!(pairs, [("One.+Three.".into(), "Two.".into()), ("Two.".into(), "Four.".into())], "{variants:#?}");
        let v = &variants[0];
        assert!(v.likeness >= VARIANT_LIKENESS && v.likeness < 1.0);
        assert_eq!(
            v.diff,
            [
                Piece::Both("We will".into()),
                Piece::First("not".into()),
                Piece::Second("never".into()),
                Piece::Both("give up our land to anyone".into()),
                Piece::First("ever".into()),
            ]
        );
    }

    #[test]
    fn an_empty_library_has_nothing_across_it() {
        assert_eq!(across(&Library::default()), Across::default());
        let lib = library(&["", "No quotes, no figures here."]);
        assert_eq!(across(&lib), Across::default());
    }

    #[test]
    fn quotes_from_one_document_name_it_once() {
        let lib = library(&[
            "President Barack Obama has admitted that his failure to pass gun safety laws is the greatest frustration of his presidency.\n\n\
             “It is distressing not to have made progress on this issue,” Barack Obama said.\n\n\
             “We have to keep trying,” Barack Obama said.",
        ]);
        let who = blocks(&across(&lib), View::Who, &|n| n.to_string());
        let lines: Vec<String> = who[0]
            .lines
            .iter()
            .map(|l| {
                l.parts
                    .iter()
                    .map(|p| match p {
                        Part::Text(s) | Part::Link { text: s, .. } => s.clone(),
                        _ => String::new(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            lines,
            [
                "2 quotes in President Barack Obama has admitted that his failure to pass…",
                "“It is distressing not to have made progress on this issue,”",
                "“We have to keep trying,”",
            ]
        );
        assert_eq!(clipped("Short title"), "Short title");
    }

    #[test]
    fn the_views_as_the_page_shows_them() {
        let lib = library(&[
            "Losses.\n\nRussia has suffered nearly 800,000 military casualties since the war began, officials estimate.\n\n“We will not give up our land to anyone, ever,” Volodymyr Zelensky said.",
            "Counts.\n\nThe center estimates Russia has suffered 1.2 million military casualties since 2022.\n\n“We will never give up our land to anyone,” Zelenskyy said.\n\n“Perhaps,” he added.",
        ]);
        let views = across(&lib);
        let text = |b: &Block| {
            b.lines
                .iter()
                .map(|l| {
                    l.parts
                        .iter()
                        .map(|p| match p {
                            Part::Text(s) | Part::Link { text: s, .. } | Part::Mark(s) => s.clone(),
                            Part::First(s) => format!("[-{s}-]"),
                            Part::Second(s) => format!("{{+{s}+}}"),
                            Part::Apart(_) => "[not them]".into(),
                            Part::Join { choices, .. } => format!("[same as: {}]", choices.join("|")),
                        })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
        };
        let count = |n: usize| n.to_string();
        let who = blocks(&views, View::Who, &count);
        assert_eq!(who[0].heading.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(
            text(&who[0]),
            [
                "2 quotes in 2 documents",
                "Also written “Zelenskyy” [not them]",
                "“We will not give up our land to anyone, ever,” — Losses.",
                "“We will never give up our land to anyone,” — Counts.",
            ]
        );
        assert_eq!(text(who.last().unwrap()), ["1 quote has no known speaker."]);
        let figures = blocks(&views, View::Figures, &count);
        assert_eq!(figures[0].heading.as_deref(), Some("About casualties"));
        let lines = text(&figures[0]);
        assert_eq!(lines[0], "Both sentences say: military, Russia, suffered");
        assert_eq!(lines[1], "nearly 800,000 in Losses.");
        assert!(figures[0].lines[2].parts.contains(&Part::Mark("nearly 800,000".into())));
        let Part::Link { origin, place, .. } = &figures[0].lines[3].parts[0] else { panic!("{figures:?}") };
        assert_eq!((*origin, place.doc), (Origin::Number, lib.documents[1].id));
        let variants = blocks(&views, View::Variants, &count);
        assert_eq!(
            text(&variants[0]),
            [
                "We will [-not-]{+never+}give up our land to anyone [-ever-]",
                // Both by the name who said what gives them, not as each spelt it.
                "First — said by Volodymyr Zelensky, in Losses.",
                "Second — said by Volodymyr Zelensky, in Counts.",
                "84% of the words alike",
            ]
        );
        // Nothing to show says so.
        let empty = Across::default();
        for view in View::ALL {
            let b = blocks(&empty, view, &count);
            assert_eq!((b.len(), b[0].class.as_str(), view.count(&empty)), (1, "note", 0), "{view:?}");
        }
    }

    #[test]
    fn a_listing_travels_as_json() {
        let lib = library(&[
            "Losses.\n\nRussia has suffered nearly 800,000 military casualties since the war began, officials estimate.",
            "Counts.\n\nThe center estimates Russia has suffered 1.2 million military casualties since 2022.",
        ]);
        let listing = listing(&lib, &|n| n.to_string());
        assert_eq!(listing.counts, [0, 1, 0]);
        let json = serde_json::to_string(&listing).unwrap();
        assert_eq!(serde_json::from_str::<Listing>(&json).unwrap(), listing);
    }
}
