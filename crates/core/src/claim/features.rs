//! What the claim model sees in a sentence: the core's own signals (a
//! figure and its kind, a named source, a reporting verb, an event, …), each
//! with the words that raised it, and the sentence's words and word pairs,
//! hashed into buckets.
//!
//! Training (`crates/train`) and the app call the same [`extract`], so the
//! features a model was trained on are the features it is used with.

use serde::{Deserialize, Serialize};

use crate::chars::{Word, words};
use crate::entity::Mention;
use crate::lexicon::{self, Role, Roles};
use crate::number::{Number, NumberKind};
use crate::quote::{Quote, QuoteKind};
use crate::span::Span;

/// How far after a reporting verb a hedge makes what is reported a guess:
/// "said (that) the storm’s remnants could".
const REPORTED_CLAUSE_WORDS: usize = 6;

/// The signals the model weighs, each readable on its own. The order is the
/// order of their weights in the weights file's table (by name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// A count of ten or more, a measure, a rate, a fraction.
    Figure,
    Percent,
    Money,
    /// A small count ("two sides").
    SmallCount,
    /// A year, decade, date or time.
    Date,
    /// A span of time or an age.
    Duration,
    /// "first term", "21st century".
    Ordinal,
    /// A person or institution named as the source.
    NamedSource,
    /// A reporting verb outside quotes ("said", "told", "announced").
    Attributed,
    /// Relayed from reports, data or estimates ("according to", "reportedly").
    Reported,
    /// A concrete event: a verb in the past tense or present perfect.
    Event,
    /// A comparison or change ("more than", "doubled").
    Comparison,
    /// A causal link ("because", "led to").
    Causal,
    /// A hedge ("may", "likely").
    Hedged,
    /// An opinion or prescription ("should", "I think").
    Opinion,
    /// A prediction ("will").
    Prediction,
    /// The author's analysis ("highlights", "underscores").
    Analysis,
    /// A question.
    Question,
    /// The speaker speaks of themselves ("I", "we").
    FirstPerson,
    /// The speaker addresses someone ("you").
    SecondPerson,
    /// A vague, demonstrative subject ("This decision …").
    VagueSubject,
    /// Five words or fewer.
    Short,
    /// A direct quote with only a bare attribution ("…,” he said): judged by
    /// what the quote says.
    QuoteWithAttribution,
    /// An instruction to the reader: "Preheat the oven …", "Don't expect …".
    Instruction,
    /// Words and word pairs (hashed), for reasons only: never in the table.
    Wording,
}

impl Signal {
    /// Every signal with a weight of its own, in the weights file's order.
    pub const WEIGHED: [Signal; 24] = [
        Signal::Figure,
        Signal::Percent,
        Signal::Money,
        Signal::SmallCount,
        Signal::Date,
        Signal::Duration,
        Signal::Ordinal,
        Signal::NamedSource,
        Signal::Attributed,
        Signal::Reported,
        Signal::Event,
        Signal::Comparison,
        Signal::Causal,
        Signal::Hedged,
        Signal::Opinion,
        Signal::Prediction,
        Signal::Analysis,
        Signal::Question,
        Signal::FirstPerson,
        Signal::SecondPerson,
        Signal::VagueSubject,
        Signal::Short,
        Signal::QuoteWithAttribution,
        Signal::Instruction,
    ];

    /// The name in the weights file (and in JSON).
    pub fn name(self) -> &'static str {
        match self {
            Signal::Figure => "figure",
            Signal::Percent => "percent",
            Signal::Money => "money",
            Signal::SmallCount => "small_count",
            Signal::Date => "date",
            Signal::Duration => "duration",
            Signal::Ordinal => "ordinal",
            Signal::NamedSource => "named_source",
            Signal::Attributed => "attributed",
            Signal::Reported => "reported",
            Signal::Event => "event",
            Signal::Comparison => "comparison",
            Signal::Causal => "causal",
            Signal::Hedged => "hedged",
            Signal::Opinion => "opinion",
            Signal::Prediction => "prediction",
            Signal::Analysis => "analysis",
            Signal::Question => "question",
            Signal::FirstPerson => "first_person",
            Signal::SecondPerson => "second_person",
            Signal::VagueSubject => "vague_subject",
            Signal::Short => "short",
            Signal::QuoteWithAttribution => "quote_with_attribution",
            Signal::Instruction => "instruction",
            Signal::Wording => "wording",
        }
    }

    /// What a reader sees before the words that raised it.
    pub fn label(self) -> &'static str {
        match self {
            Signal::Figure => "a figure",
            Signal::Percent => "a percentage",
            Signal::Money => "a sum of money",
            Signal::SmallCount => "a small number",
            Signal::Date => "a date or a time",
            Signal::Duration => "a duration or an age",
            Signal::Ordinal => "an ordinal",
            Signal::NamedSource => "a named source",
            Signal::Attributed => "a reported statement",
            Signal::Reported => "relayed from a report",
            Signal::Event => "an event",
            Signal::Comparison => "a comparison",
            Signal::Causal => "a causal link",
            Signal::Hedged => "a hedge",
            Signal::Opinion => "an opinion",
            Signal::Prediction => "a prediction",
            Signal::Analysis => "the writer's analysis",
            Signal::Question => "a question",
            Signal::FirstPerson => "the speaker speaks of themselves",
            Signal::SecondPerson => "addressed to someone",
            Signal::VagueSubject => "a vague subject",
            Signal::Short => "a short sentence",
            Signal::QuoteWithAttribution => "only a quote and who said it",
            Signal::Instruction => "an instruction",
            Signal::Wording => "wording",
        }
    }

    /// The index in [`Signal::WEIGHED`], or `None` for [`Signal::Wording`].
    pub fn index(self) -> Option<usize> {
        Signal::WEIGHED.iter().position(|&s| s == self)
    }
}

/// A signal found, with the words that raised it.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub signal: Signal,
    pub span: Span,
}

/// A word or word pair of the sentence, hashed into a bucket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    pub bucket: u32,
    /// The word(s) in the text.
    pub span: Span,
    /// One word, not a pair: the model also weighs what it means.
    pub word: bool,
}

/// Everything the model weighs in one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// At most one of each signal, in the order found.
    pub signals: Vec<Found>,
    pub terms: Vec<Term>,
    /// Read in an article (as the app reads), not as a lone sentence (as
    /// the debate sentences are): each signal then has a second weight,
    /// learned from labelled news only, added to its shared one.
    pub news: bool,
}

impl Features {
    /// The value of each term: terms are scaled to unit length together, so
    /// a long sentence does not score high for its length alone.
    pub fn term_value(&self) -> f32 {
        if self.terms.is_empty() { 0.0 } else { 1.0 / (self.terms.len() as f32).sqrt() }
    }

    /// The value of each word's meaning: the words' meanings are averaged.
    pub fn meaning_value(&self) -> f32 {
        let n = self.terms.iter().filter(|t| t.word).count();
        if n == 0 { 0.0 } else { 1.0 / n as f32 }
    }

    pub fn has(&self, signal: Signal) -> bool {
        self.signals.iter().any(|f| f.signal == signal)
    }
}

/// The sentence's context: what the other finders found in the text.
pub struct Context<'a> {
    pub text: &'a str,
    pub quotes: &'a [Quote],
    pub numbers: &'a [Number],
    pub mentions: &'a [Mention],
}

/// FNV-1a: a stable hash, the same natively and in WebAssembly.
fn fnv(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= u32::from(b' ');
            h = h.wrapping_mul(0x0100_0193);
        }
        for &b in *part {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The hash bucket of a term (one word, or a pair "a b") for `bits` bits.
pub fn bucket(parts: &[&str], bits: u32) -> u32 {
    let bytes: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
    fnv(&bytes) & ((1u32 << bits) - 1)
}

/// A word as the model sees it: lower case, curly apostrophes straight,
/// digits as 0 ("1,994" → "0", "2022" → "0000").
pub fn shape(w: &str) -> String {
    w.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '0'
            } else if c == '’' {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn add(f: &mut Features, signal: Signal, at: Span) {
    if !f.signals.iter().any(|x| x.signal == signal) {
        f.signals.push(Found { signal, span: at });
    }
}

/// The features of the sentence `span` of `ctx.text`.
pub fn extract(ctx: &Context<'_>, span: Span, bits: u32, news: bool) -> Features {
    let text = ctx.text;
    let inside = |x: Span| span.start <= x.start && x.start < span.end;
    // The core's quotes and numbers are sorted and never overlap: the
    // sentence's own are found by bisection, not by a scan of all of them
    // per sentence (quadratic: 40,000 sentences with a figure took 9 s).
    let first = ctx.quotes.partition_point(|q| q.span.end <= span.start);
    let quotes: Vec<&Quote> = ctx.quotes[first..].iter().take_while(|q| q.span.start < span.end).collect();
    // By bisection too: a "sentence" of a thousand quotes (text the
    // segmenter cannot split) is not a thousand scans per word.
    let in_quote = |at: usize| {
        let i = quotes.partition_point(|q| q.span.end <= at);
        quotes.get(i).is_some_and(|q| q.span.start <= at)
    };
    let ws: Vec<Word<'_>> = words(text, span.start, span.end);
    let outside: Vec<&Word<'_>> = ws.iter().filter(|w| !in_quote(w.start)).collect();
    let lower: Vec<String> = outside.iter().map(|w| w.lower()).collect();

    // "“…,” he said." is judged by what the quote says: its attribution
    // is left out, the quote's words are the sentence's words.
    let direct = quotes.iter().any(|q| q.kind == QuoteKind::Direct);
    let bare = direct
        && !says_more(ctx, &quotes, &outside, &lower)
        && (outside.len() <= 6 || only_attribution(ctx, &quotes, &outside));

    let mut f = Features { news, ..Features::default() };
    let at = |w: &Word<'_>| Span::new(w.start, w.end);

    // Figures, by kind. A figure inside a quote counts: the quote is the claim.
    let first = ctx.numbers.partition_point(|n| n.span.start < span.start);
    for n in ctx.numbers[first..].iter().take_while(|n| inside(n.span)) {
        let small = n.kind == NumberKind::Count && n.value.is_some_and(|v| v.abs() < 10.0);
        let signal = match n.kind {
            // "Eddie Foreman, 40, said …": who the speaker is, not a figure
            // to check (a review of real news: marked for the age alone).
            NumberKind::Age if in_apposition(ctx.text, n.span) => continue,
            _ if small => Signal::SmallCount,
            NumberKind::Percent => Signal::Percent,
            NumberKind::Money => Signal::Money,
            NumberKind::Year | NumberKind::Decade | NumberKind::Date | NumberKind::Time => Signal::Date,
            NumberKind::Duration | NumberKind::Age => Signal::Duration,
            NumberKind::Ordinal => Signal::Ordinal,
            NumberKind::Identifier => continue,
            // A count, a rate, a fraction, a vague quantity, a physical measure.
            NumberKind::Count
            | NumberKind::Rate
            | NumberKind::Fraction
            | NumberKind::Ratio
            | NumberKind::Approximate => Signal::Figure,
            kind => {
                debug_assert!(kind.is_physical(), "{kind:?}");
                Signal::Figure
            }
        };
        add(&mut f, signal, n.span);
    }

    let flags: Vec<Roles> = lower.iter().map(|l| lexicon::roles(&l.replace('’', "'"))).collect();

    if !bare {
        // Attribution and its source.
        let according = (0..lower.len().saturating_sub(1)).find(|&i| lower[i] == "according" && lower[i + 1] == "to");
        if let Some(i) = according {
            add(&mut f, Signal::Reported, Span::new(outside[i].start, outside[i + 1].end));
            if let Some(src) = source_after(text, &outside, i + 2) {
                add(&mut f, Signal::NamedSource, src);
            }
        }
        // A reporting verb as it attributes: "said", "tells", "announced",
        // not "calling" or "to ask"; "according" and "reportedly" are
        // reports, not statements; a capital inside the sentence is a
        // name's ("the United States hopes"), and after an article or a
        // count it is a noun ("across three states", "the notes").
        let attributes = |i: usize| {
            let w = lower[i].replace('’', "'");
            let e = lexicon::lookup(&w);
            let in_a_name = i > 0 && outside[i].is_capitalized();
            let a_noun = i > 0 && {
                let before = &lower[i - 1];
                before.starts_with(|c: char| c.is_ascii_digit())
                    || lexicon::roles(before).any(&[Role::Determiner, Role::Cardinal])
            };
            // The sentence's first word (not the first outside its quotes:
            // "“We will win,” said the minister" reports).
            let first_word = ws.first().is_some_and(|w| w.start == outside[i].start);
            // A form in -s is as often a plural noun ("loan guarantees",
            // "genocide charges", "explanatory notes"), and a word that is
            // no verb a noun: they attribute only after a name or a pronoun
            // ("Emery states") or before what is stated ("claims its",
            // "hopes that", "says Russia", "states, “…"). "says" is never a
            // noun (the lexicon's not-nouns).
            let noun_like =
                !e.roles.has(Role::Verb) || (w.ends_with('s') && e.lemma != w && !e.roles.has(Role::NotNoun));
            // A name, not a capitalised first word ("These claims",
            // "Criminal charges") unless it is a possessive or a name of
            // two words or more ("Moscow’s position", "David Emery
            // states"), nor a day ("charges Friday").
            let name_at = |k: usize| {
                let w = outside[k];
                let mentioned = || {
                    let m = ctx.mentions.partition_point(|m| m.span.end <= w.start);
                    ctx.mentions
                        .get(m)
                        .is_some_and(|m| m.span.start <= w.start && (m.name.contains(' ') || w.is_possessive()))
                };
                w.is_capitalized()
                    && (ws.first().is_none_or(|f| f.start != w.start) || mentioned())
                    && !lexicon::roles(&lower[k]).any(&[Role::Weekday, Role::Month, Role::NotName])
            };
            let subject = i > 0 && {
                let before = &lower[i - 1];
                name_at(i - 1)
                    || before == "who"
                    || lexicon::roles(before).any(&[Role::Pronoun, Role::NamedSource, Role::ReportWord])
            };
            let stated = || {
                let after = text[outside[i].end..].trim_start_matches([',', ':', ' ']);
                let object = after.starts_with(['“', '"', '‘'])
                    || outside.get(i + 1).is_some_and(|n| {
                        text[outside[i].end..n.start].trim().is_empty()
                            && (name_at(i + 1)
                                || lower[i + 1] == "that"
                                || lexicon::roles(&lower[i + 1]).any(&[Role::Determiner, Role::Pronoun]))
                    });
                (i == 0 || lower[i - 1] != "to") && (subject || object)
            };
            // "related to", "offered by", "led by": a participle that
            // describes, not one that reports ("the ministry confirmed to
            // Reuters" does: it has a subject).
            let describes = w.ends_with("ed") && !subject && lower.get(i + 1).is_some_and(|n| n == "to" || n == "by")
                // "with added costs": a participle after a preposition is an adjective.
                || w.ends_with("ed") && i > 0 && lexicon::is_exactly(&lower[i - 1], Role::Preposition)
                // "was charged Friday with attempted murder": a charge laid, not an accusation made.
                || w == "charged"
                    && (i > 0 && lexicon::is_exactly(&lower[i - 1], Role::BeForm)
                        || lower[i + 1..].iter().take(3).any(|n| n == "with"))
                // "were called in to assist", "called on by tribes": a phrasal verb.
                || w == "called"
                    && lower.get(i + 1).is_some_and(|n| {
                        matches!(n.as_str(), "in" | "off" | "up" | "after" | "back")
                            || n == "on" && lower.get(i + 2).is_some_and(|b| b == "by")
                    });
            let names_a_thing = names_a_thing(&outside, &lower, i);
            // The first word is the subject or a participle's clause
            // ("Claims that …", "Dubbed …"), not a verb that reports.
            !first_word
                && !in_a_name
                && !a_noun
                && e.roles.has(Role::Attribution)
                && !e.roles.has(Role::ReportWord)
                && !w.ends_with("ing")
                // The base form reports after a group: "officials say",
                // "experts say", "sources tell" (not "to say", "will say").
                && (!e.roles.has(Role::Verb)
                    || e.lemma != w
                    || i > 0 && lexicon::roles(&lower[i - 1]).any(&[Role::GroupHead, Role::SourceNoun]))
                && !describes
                && !names_a_thing
                && (!noun_like || stated())
        };
        let verb = (0..lower.len()).find(|&i| attributes(i)).map(|i| at(outside[i]));
        if let Some(v) = verb {
            add(&mut f, Signal::Attributed, v);
        }
        if let Some(s) = named_source(ctx, &quotes, &outside, span, verb) {
            add(&mut f, Signal::NamedSource, s);
        }
        // "estimates", "data", "study" — not a name's word ("the Center
        // for Strategic and International Studies estimates").
        // A report's noun relays a finding only where the sentence reports
        // it: "the data show", "a new study", "figures from the census", "by
        // all accounts" (not "the nbt data was leaked", "the study guide").
        let relays = |i: usize| {
            let noun = matches!(
                lower[i].as_str(),
                "data"
                    | "statistics"
                    | "survey"
                    | "poll"
                    | "study"
                    | "studies"
                    | "census"
                    | "report"
                    | "reports"
                    | "estimate"
                    | "estimates"
                    | "accounts"
            );
            let next = lower.get(i + 1).map(String::as_str);
            let prev = i.checked_sub(1).map(|k| lower[k].as_str());
            // "a study of 2,000 adults found": its verb a few words on, in the same clause.
            let verb_on = (i + 1..lower.len().min(i + 7))
                .take_while(|&k| {
                    let gap = &text[outside[k - 1].end..outside[k].start];
                    !(gap.contains([',', ';', ':']) && gap.contains(char::is_whitespace))
                })
                .any(|k| lexicon::roles(&lower[k]).has(Role::Finding) && outside[k].is_lowercase());
            // "the Center for … Studies estimates", "Reuters reports": a verb after a name.
            let after_a_name = i > 0
                && outside[i - 1].is_capitalized()
                && !lexicon::roles(&lower[i - 1]).any(&[Role::Determiner, Role::Preposition]);
            !noun
                || verb_on
                || after_a_name
                || next.is_some_and(|n| {
                    lexicon::roles(n).any(&[Role::Finding, Role::Reporting, Role::Hedge])
                        || matches!(
                            n,
                            "from"
                                | "by"
                                | "released"
                                | "published"
                                | "compiled"
                                | "conducted"
                                | "cited"
                                | "indicate"
                                | "indicates"
                                | "indicated"
                        )
                })
                || prev.is_some_and(|p| {
                    matches!(
                        p,
                        "latest"
                            | "recent"
                            | "new"
                            | "official"
                            | "preliminary"
                            | "provisional"
                            | "published"
                            | "one"
                            | "some"
                            | "all"
                            | "most"
                            | "to"
                            | "in"
                    )
                })
        };
        let report = (0..lower.len())
            .find(|&i| flags[i].has(Role::ReportWord) && (i == 0 || outside[i].is_lowercase()) && relays(i));
        if let Some(i) = report {
            add(&mut f, Signal::Reported, at(outside[i]));
        }
    }

    // The statement: the words outside quotes, or the quote's own words
    // when the sentence is a quote with a bare attribution. Debate
    // sentences have no quotes: all their words are the statement.
    let all: Vec<&Word<'_>> = if bare { ws.iter().filter(|w| in_quote(w.start)).collect() } else { outside.clone() };
    let low: Vec<String> = all.iter().map(|w| w.lower().replace('’', "'")).collect();
    let fl: Vec<Roles> = low.iter().map(|l| lexicon::roles(l)).collect();
    // A word of a signal's list in that sense here, not another (a helper's
    // audit of real pages): "declined to comment" compares nothing, nor
    // "his record on immigration"; "could not" hedges nothing; "going"
    // predicts only in "going to" and a verb ("no going back", "going to
    // the polls").
    let in_sense = |i: usize| {
        let next = low.get(i + 1).map(String::as_str);
        let possessed = i > 0
            && (fl[i - 1].has(Role::Possessive) || crate::chars::is_possessive(&low[i - 1]) || low[i - 1] == "to");
        match low[i].as_str() {
            "declined" | "decline" | "declines" => next != Some("to"),
            "record" => !possessed && next.is_some_and(|n| !lexicon::roles(n).has(Role::Preposition)),
            // "could not", "could hear gunfire": no guess.
            "could" => !next.is_some_and(|n| matches!(n, "not" | "hear" | "see" | "feel" | "smell")),
            "couldn't" | "couldn’t" => false,
            // "might is not right": the noun.
            "might" | "may" => !next.is_some_and(|n| matches!(n, "is" | "was" | "are" | "were" | "has")),
            // "appears to be", "it appears the police erred" guess;
            // "expected to appear in court" does not (a review of real
            // news: "a hedge: appear").
            "appear" | "appears" => !next.is_some_and(|n| matches!(n, "in" | "at" | "before" | "on" | "as" | "for")),
            "going" => {
                next == Some("to")
                    && low.get(i + 2).is_some_and(|n| !lexicon::roles(n).any(&[Role::Determiner, Role::Preposition]))
            }
            _ => true,
        }
    };
    let first = |role: Role| (0..fl.len()).find(|&i| fl[i].has(role) && in_sense(i)).map(|i| at(all[i]));

    // A concrete event: a verb in the past, or a present perfect of a verb
    // that is not a state ("has remained" is not an event).
    // After a determiner or preposition an -ed word is an adjective
    // ("behind closed doors", "her reputed love").
    // So is one after such a word and an adverb ("a publicly traded
    // company", "the heavily guarded compound").
    let adjective = |i: usize| {
        i > 0 && lexicon::is_exactly(&low[i - 1], Role::AdjectiveCue)
            || i > 1 && low[i - 1].ends_with("ly") && lexicon::is_exactly(&low[i - 2], Role::AdjectiveCue)
            // "the fourth named storm"
            || i > 0 && lexicon::is_exactly(&low[i - 1], Role::Ordinal)
            // "11 automated stores", "two armed men" (not a year: "in 2019 passed").
            || i > 0
                && (lexicon::is_exactly(&low[i - 1], Role::Cardinal)
                    || low[i - 1].len() <= 3 && low[i - 1].chars().all(|c| c.is_ascii_digit()))
            // "4 million unauthorized immigrants", "Karenga's invented
            // holiday" (a review of real news read them as events).
            || i > 0 && (lexicon::is_exactly(&low[i - 1], Role::Scale) || crate::chars::is_possessive(&low[i - 1]))
    };
    // "was a breakout hit": a word of an event in what something is, a noun.
    let predicate_noun = |i: usize| {
        (1..=2).any(|d| {
            i > d
                && matches!(low[i - d].as_str(), "a" | "an")
                && fl[i - d - 1].has(Role::BeForm)
                && (i - d + 1..i).all(|k| all[k].is_lowercase())
        })
    };
    // "so-called", "much-needed", "military-dominated" are adjectives;
    // "re-elected", "co-founded" are verbs.
    let compound = |l: &str| {
        l.split_once('-')
            .is_some_and(|(head, _)| !matches!(head, "re" | "co" | "pre" | "mis" | "over" | "under" | "out"))
    };
    // "U.S.-led", "Iranian-backed": the end of a compound adjective.
    let hyphened = |i: usize| text[..all[i].start].ends_with(['-', '‐']);
    // "the cut", "a hit to growth", "the strike began": an event's word in
    // its base form right after a determiner, with no object after it, is
    // a noun. ("The storm hit on Monday" is a verb: a noun stands between.)
    let noun_use = |i: usize| {
        let after_determiner =
            i > 0 && (fl[i - 1].has(Role::Determiner) || matches!(low[i - 1].as_str(), "this" | "these" | "those"));
        let base = lexicon::lookup(&low[i]).lemma == low[i];
        let next_is_object = low.get(i + 1).is_some_and(|n| {
            text[all[i].end..all[i + 1].start].trim().is_empty()
                && !lexicon::roles(n).any(&[Role::Preposition, Role::Auxiliary, Role::BeForm])
        });
        after_determiner && base && !next_is_object
    };
    // "is expected to climb": a forecast, no event.
    // "had expected to close the deal" is what was expected before.
    let expected_to =
        |i: usize| low[i] == "expected" && low.get(i + 1).is_some_and(|n| n == "to") && (i == 0 || low[i - 1] != "had");
    let past = |i: usize| {
        let l = &low[i];
        all[i].is_lowercase()
            && !hyphened(i)
            && !expected_to(i)
            && !names_a_thing(&all, &low, i)
            && (fl[i].has(Role::Event) && !noun_use(i) && !predicate_noun(i)
                || (l.len() > 4 && l.ends_with("ed") && !fl[i].has(Role::Stative) && !adjective(i) && !compound(l)))
    };
    if let Some(i) = (0..low.len()).find(|&i| past(i)) {
        let start = if i > 0 && matches!(low[i - 1].as_str(), "has" | "have" | "had") { i - 1 } else { i };
        add(&mut f, Signal::Event, Span::new(all[start].start, all[i].end));
    }
    // A comparison: "more than", "fewer … than", or a word of change.
    let than = (1..low.len()).find(|&i| low[i] == "than");
    if let Some(i) = than {
        add(&mut f, Signal::Comparison, Span::new(all[i - 1].start, all[i].end));
    } else if let Some(s) = first(Role::Comparison) {
        add(&mut f, Signal::Comparison, s);
    }
    // A causal word, or a phrase whose words alone say nothing causal:
    // "led to", not "U.S.-led"; "due to", "as a result", "in part because".
    let causal = (0..low.len()).find_map(|i| {
        if fl[i].has(Role::Causal) {
            return Some(at(all[i]));
        }
        let (n, _) = lexicon::phrase_at(&low[i..], Role::Causal)?;
        Some(Span::new(all[i].start, all[i + n - 1].end))
    });
    if let Some(s) = causal {
        add(&mut f, Signal::Causal, s);
    }

    // Lowering signals count in the main clause, before the claim's anchor
    // (its figure, event or attribution): "he has opted against sanctions,
    // fearing that it might derail talks" is not hedged, and neither is
    // "Zelensky stressed that no territory will be ceded". A leading
    // subordinate clause ("Even though …,") does not lower the main one.
    let anchor = f
        .signals
        .iter()
        .filter(|x| {
            matches!(
                x.signal,
                Signal::Figure
                    | Signal::Percent
                    | Signal::Money
                    | Signal::Event
                    | Signal::Attributed
                    | Signal::Reported
            )
        })
        .map(|x| x.span.start)
        .min()
        .unwrap_or(span.end);
    let lead_end = leading_clause_end(text, &low, &all);
    // A capital inside the sentence is a name's ("Remain Co."), not a
    // word of the statement's stance.
    let main = |i: usize| all[i].start < anchor && all[i].start >= lead_end && (i == 0 || all[i].is_lowercase());
    let lowering = |role: Role| (0..low.len()).find(|&i| fl[i].has(role) && main(i) && in_sense(i)).map(|i| at(all[i]));
    // What is reported may be a guess: "He added that the rainfall could
    // rival …", "Officials warned the river might crest": a hedge in the
    // clause right after the reporting verb (not "will": a stated plan or
    // position is a claim, "Zelensky stressed that no territory will be ceded").
    let reported_clause = {
        let cue = f.signals.iter().find(|x| matches!(x.signal, Signal::Attributed | Signal::Reported)).map(|x| x.span);
        let c = cue.and_then(|cue| (0..low.len()).find(|&i| all[i].start >= cue.end).map(|c| (cue, c)));
        // Past an aside after the verb: "said, however, that …", "said, in
        // a statement, the tax …".
        let c = match c {
            Some((cue, c)) if text[cue.end..all[c].start].contains(',') => {
                (c + 1..low.len().min(c + 5)).find(|&i| text[all[i - 1].end..all[i].start].contains(',')).unwrap_or(c)
            }
            Some((_, c)) => c,
            None => low.len(),
        };
        c..(c..low.len().min(c + REPORTED_CLAUSE_WORDS))
            .find(|&i| i > c && text[all[i - 1].end..all[i].start].contains([',', ';', ':', '—', '–']))
            .unwrap_or(low.len().min(c + REPORTED_CLAUSE_WORDS))
    };
    // Not a reported "would" ("said the suspect would be arraigned on
    // Monday": a plan), nor "potential" buyers, nor a guess in a clause
    // on a noun ("said a man who may have witnessed the crash called 911").
    let reported_guess = || {
        reported_clause
            .clone()
            .take_while(|&i| !matches!(low[i].as_str(), "who" | "which" | "whose"))
            .find(|&i| {
                fl[i].has(Role::Hedge)
                    && !matches!(low[i].as_str(), "would" | "potential")
                    && all[i].is_lowercase()
                    && in_sense(i)
            })
            .map(|i| at(all[i]))
    };
    if let Some(s) = lowering(Role::Hedge).or_else(reported_guess) {
        add(&mut f, Signal::Hedged, s);
    }
    let i_think = (0..low.len().saturating_sub(1)).find(|&i| {
        matches!(low[i].as_str(), "i" | "we") && matches!(low[i + 1].as_str(), "think" | "believe" | "feel") && main(i)
    });
    if let Some(i) = i_think {
        add(&mut f, Signal::Opinion, Span::new(all[i].start, all[i + 1].end));
    } else if let Some(s) = lowering(Role::Opinion) {
        add(&mut f, Signal::Opinion, s);
    }
    // "Temperatures are expected to climb", "… said rates were expected to fall".
    let expected =
        || (0..low.len()).find(|&i| expected_to(i) && (main(i) || reported_clause.contains(&i))).map(|i| at(all[i]));
    if let Some(s) = lowering(Role::Prediction).or_else(expected) {
        add(&mut f, Signal::Prediction, s);
    }
    if let Some(s) = lowering(Role::Analysis) {
        add(&mut f, Signal::Analysis, s);
    }
    // "the US state of Louisiana": the country, not "us"; "F.B.I.": a
    // letter of a name (a review of real news).
    let first_person = |i: usize| {
        matches!(low[i].as_str(), "i" | "we" | "me" | "us" | "my" | "our" | "i'm" | "we're")
            && all[i].text != "US"
            && !ctx.text[..all[i].start].strip_suffix('.').is_some_and(|t| t.ends_with(|c: char| c.is_uppercase()))
    };
    if let Some(i) = (0..low.len()).find(|&i| first_person(i)) {
        add(&mut f, Signal::FirstPerson, at(all[i]));
    }
    if let Some(i) = low.iter().position(|l| matches!(l.as_str(), "you" | "your" | "you're")) {
        add(&mut f, Signal::SecondPerson, at(all[i]));
    }
    // An instruction, unless what follows a colon or a dash is the
    // statement ("Check the record: the deficit tripled"), someone gives it
    // ("Don't expect a recession, the IMF said") or it dates what was done
    // ("Cut the tax rate to 21% in 2017").
    // Nor when it leads into what the reader will find ("Open the books and
    // you'll see the city spent $3 million").
    let you_will = |i: usize| {
        low[i] == "and" && low.get(i + 1).is_some_and(|w| matches!(w.as_str(), "you'll" | "you'd"))
            || low[i] == "and"
                && low.get(i + 1).is_some_and(|w| w == "you")
                && low
                    .get(i + 2)
                    .is_some_and(|w| matches!(w.as_str(), "will" | "would" | "can" | "could" | "see" | "find"))
    };
    let instructs = instruction(text, &low, &all).filter(|s| {
        !text[s.end..span.end].contains([':', ';', '—', '–'])
            && !f.has(Signal::Attributed)
            && !f.has(Signal::Date)
            && !(0..low.len()).any(|i| all[i].start >= s.end && you_will(i))
    });
    if let Some(s) = instructs {
        add(&mut f, Signal::Instruction, s);
    }
    if let Some(w) = outside.first().filter(|w| matches!(w.text, "This" | "These" | "That" | "Those" | "Such")) {
        add(&mut f, Signal::VagueSubject, at(w));
    }
    let body = span.text(text).trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?');
    if body.ends_with('?') {
        let mark = span.start + body.len() - 1;
        add(&mut f, Signal::Question, Span::new(mark, mark + 1));
    }
    if ws.len() <= 5 {
        add(&mut f, Signal::Short, span);
    }
    if bare {
        let q = quotes.iter().find(|q| q.kind == QuoteKind::Direct).map_or(span, |q| q.span);
        add(&mut f, Signal::QuoteWithAttribution, q);
    }

    // Words and word pairs: every word, quoted or not (a quote's content
    // is a statement like any other), but not a bare attribution.
    let all: Vec<&Word<'_>> = if bare { all } else { ws.iter().collect() };
    let shapes: Vec<String> = all.iter().map(|w| shape(w.text)).collect();
    for (i, s) in shapes.iter().enumerate() {
        f.terms.push(Term { bucket: bucket(&[s], bits), span: at(all[i]), word: true });
        let prev = if i == 0 { "<s>" } else { shapes[i - 1].as_str() };
        let from = if i == 0 { all[i].start } else { all[i - 1].start };
        f.terms.push(Term { bucket: bucket(&[prev, s], bits), span: Span::new(from, all[i].end), word: false });
    }
    f
}

/// Whether the words outside the quotes are who said it and nothing more,
/// however long: "“…,” said Leni Kinzli, a WFP spokeswoman, speaking from
/// Nairobi.", "UNICEF's director said in a statement: “…”". They are one run
/// of words beside the quote, parted from it by punctuation, holding the
/// quote's cue, and no statement that the quote only finishes ("said the
/// title race was “wide open”"). That they state nothing of their own is
/// the caller's to check ([`says_more`]).
fn only_attribution(ctx: &Context<'_>, quotes: &[&Quote], outside: &[&Word<'_>]) -> bool {
    const LONGEST: usize = 20;
    let (Some(first), Some(last)) = (outside.first(), outside.last()) else { return false };
    let run = Span::new(first.start, last.end);
    let one_run = !quotes.iter().any(|q| run.start < q.span.start && q.span.end <= run.end);
    let text = ctx.text;
    let cues: Vec<&str> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .filter_map(|q| q.cue_span)
        .filter(|c| run.start <= c.start && c.end <= run.end)
        .map(|c| &text[c.start..c.end])
        .collect();
    // "…,” said Smith" or "Smith said: “…”"; not "saying: “…”", whose
    // sentence has a statement of its own before it.
    let cued = !cues.is_empty() && !cues.iter().any(|c| c.split_whitespace().any(|w| w.ends_with("ing")));
    let parted = quotes.iter().any(|q| {
        let after = q.span.end <= run.start
            && (text[q.content.start..q.content.end].trim_end().ends_with([',', '?', '!', '—', '–'])
                || text[q.span.end..run.start].contains(','));
        let before = run.end <= q.span.start && text[run.end..q.span.start].contains([':', ',']);
        after || before
    });
    outside.len() <= LONGEST && one_run && cued && parted
}

/// A person's age between commas after their name: "Eddie Foreman, 40,",
/// "said Kevin Yearout, 51, a welder".
fn in_apposition(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let after = text[span.end..].trim_start();
    before.strip_suffix(',').is_some_and(|b| {
        b.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().is_some_and(|w| w.starts_with(char::is_uppercase))
    }) && after.starts_with([',', ')', '.', ';'])
}

/// Whether the words outside the quotes state something of their own: a
/// figure (an age, a date or a name's number is no statement), a clause
/// ("…,” said Smith, who resigned on Tuesday", "…,” she said as she
/// resigned"), a verb but the cue's ("…,” said the coach, sacked on Sunday",
/// "announced her resignation, saying: “…”", "…,” Biden said, announcing a
/// ban", "in a statement announcing the recall"; "speaking from Nairobi" is
/// how she said it).
fn says_more(ctx: &Context<'_>, quotes: &[&Quote], outside: &[&Word<'_>], lower: &[String]) -> bool {
    let (Some(first), Some(last)) = (outside.first(), outside.last()) else { return false };
    let run = Span::new(first.start, last.end);
    let text = ctx.text;
    let cues: Vec<Span> = quotes.iter().filter_map(|q| q.cue_span).collect();
    let in_cue = |w: &Word<'_>| cues.iter().any(|c| c.start <= w.start && w.end <= c.end);
    let capital = |i: usize| outside.get(i).is_some_and(|w| w.is_capitalized());
    // "who", not "WHO"; "and", not the "and" of "the Ministry of Foreign
    // Affairs and Trade".
    let clause = (0..lower.len()).any(|i| {
        lexicon::is(&lower[i], Role::ClauseOpener)
            && outside[i].is_lowercase()
            && !(lower[i] == "and" && i > 0 && capital(i - 1) && capital(i + 1))
    });
    // A participle opens a clause after a comma or an adverb ("…,
    // announcing a ban", "now serving a life sentence"), or takes an object
    // ("a statement announcing the recall"); elsewhere an -ing word may be a
    // noun ("at a news briefing in Geneva").
    let participle = |i: usize| {
        i == 0
            || text[outside[i - 1].end..outside[i].start].contains(',')
            || lower[i - 1].ends_with("ly")
            || lexicon::is(&lower[i - 1], Role::Skippable)
            || lower.get(i + 1).is_some_and(|n| lexicon::is(n, Role::NounPhraseOpener))
    };
    let verb = (0..lower.len()).any(|i| {
        let w = lower[i].as_str();
        (outside[i].is_lowercase() || i == 0)
            && !in_cue(outside[i])
            && !w.contains('-')
            && !lexicon::is(w, Role::AttributionManner)
            && (lexicon::is(w, Role::Event)
                || w.len() > 4 && w.ends_with("ed")
                || w.len() > 4 && w.ends_with("ing") && participle(i))
    });
    let first_number = ctx.numbers.partition_point(|n| n.span.start < run.start);
    let figure = ctx.numbers[first_number..].iter().take_while(|n| n.span.start < run.end).any(|n| {
        !matches!(
            n.kind,
            NumberKind::Age | NumberKind::Identifier | NumberKind::Date | NumberKind::Time | NumberKind::Year
        ) && !quotes.iter().any(|q| q.span.start <= n.span.start && n.span.end <= q.span.end)
    });
    clause || verb || figure
}

/// An instruction: a verb of the lexicon's `instruction` words opening the
/// statement, or its main clause after a lead of up to three words and a
/// comma ("Once dry, place …"), maybe after an adverb ("Then add …"), right
/// before its object ("Preheat the oven …", "Cut 2 inches …", "Make sure
/// …", "Turn off the heat"); or any verb after "Don't" ("Basically, don't
/// expect …", "Do not exceed …"). No instructions: "Use of force", "Set in
/// 1920, …", "Cuts to the budget", "Remember that in 2008 …" (a statement
/// follows), "Heat this summer killed …", "Check out times rose", "Cut off
/// from the grid, …", and titles ("Remember the Titans grossed …", "Take
/// Me Out reached …").
fn instruction(text: &str, low: &[String], ws: &[&Word<'_>]) -> Option<Span> {
    let after_lead = (1..=3).find(|&k| k < ws.len() && text[ws[k - 1].end..ws[k].start].trim() == ",");
    let adjacent = |k: usize| k + 1 < ws.len() && text[ws[k].end..ws[k + 1].start].trim().is_empty();
    let lowercase = |k: usize| ws.get(k).is_some_and(|w| !w.text.starts_with(char::is_uppercase));
    // A determiner before a plain noun: not "this"/"these" ("Heat this summer").
    let determiner = |k: usize| {
        low.get(k).is_some_and(|w| {
            lexicon::is(w, Role::NounPhraseOpener) && !matches!(w.as_str(), "this" | "that" | "these" | "those")
        }) && lowercase(k)
    };
    [Some(0), after_lead].into_iter().flatten().find_map(|start| {
        let adverb = low.get(start).is_some_and(|w| lexicon::is_exactly(w, Role::InstructionAdverb));
        let i = start + usize::from(adverb && adjacent(start));
        let (v, negated) = match low.get(i)?.as_str() {
            "don't" | "dont" => (i + 1, true),
            "do" if low.get(i + 1).is_some_and(|n| n == "not") => (i + 2, true),
            _ => (i, false),
        };
        let object = low.get(v + 1)?;
        let before_object = adjacent(v)
            && lowercase(v + 1)
            && (object.starts_with(|c: char| c.is_ascii_digit())
                || determiner(v + 1) && lowercase(v + 2)
                || lexicon::is(object, Role::ObjectPronoun) && object != "that"
                || lexicon::is_exactly(object, Role::InstructionObject)
                // "Turn off the heat", "Sign up for …"; not "Cut off from the grid".
                || matches!(object.as_str(), "off" | "out" | "up")
                    && (determiner(v + 2) || low.get(v + 2).is_some_and(|n| matches!(n.as_str(), "for" | "with"))));
        // "Don't forget, he raised taxes …", "Don't forget we cut …": a
        // statement follows, not an object.
        let statement_follows = !adjacent(v) || lexicon::is_exactly(object, Role::StatementSubject);
        let verb = (v == 0 || lowercase(v))
            && (negated && !statement_follows || lexicon::is(&low[v], Role::Instruction) && before_object);
        verb.then(|| Span::new(ws[start].start, ws[v].end))
    })
}

/// Where the main clause starts: after the first comma of a statement that
/// opens with a subordinator ("Even though …, the country has …"), else at
/// its start.
fn leading_clause_end(text: &str, lower: &[String], ws: &[&Word<'_>]) -> usize {
    let (Some(first), Some(w0), Some(last)) = (lower.first(), ws.first(), ws.last()) else { return 0 };
    if !lexicon::is(first, Role::Subordinator) {
        return 0;
    }
    text[w0.start..last.end].find(',').map_or(0, |i| w0.start + i)
}

/// The source named after "according to": its capitalised words ("the
/// Institute for the Study of War", "Reuters").
fn source_after(text: &str, ws: &[&Word<'_>], from: usize) -> Option<Span> {
    let mut i = from;
    if ws.get(i).is_some_and(|w| w.text.eq_ignore_ascii_case("the")) {
        i += 1;
    }
    let start = ws.get(i).filter(|w| w.is_capitalized())?;
    let mut end = start.end;
    let mut j = i + 1;
    while let Some(w) = ws.get(j) {
        let gap = &text[ws[j - 1].end..w.start];
        if gap.trim().is_empty() && (w.is_capitalized() || matches!(w.text, "of" | "for" | "the" | "and")) {
            if w.is_capitalized() {
                end = w.end;
            }
            j += 1;
        } else {
            break;
        }
    }
    Some(Span::new(ws[from].start.min(start.start), end))
}

/// Who the sentence's statement is from: the named speaker of a quote in
/// it, or a name next to its reporting verb ("John Bolton said", "said
/// Fiona Hill"). Titles alone ("President") are not names.
fn named_source(
    ctx: &Context<'_>,
    quotes: &[&Quote],
    outside: &[&Word<'_>],
    span: Span,
    verb: Option<Span>,
) -> Option<Span> {
    let text = ctx.text;
    // A name, not a description: "John Bolton", "President Trump", not
    // "The president" or "Ukraine’s president".
    let named = |s: Span| {
        let ws = words(text, s.start, s.end);
        ws.first().is_some_and(|w| w.is_capitalized() && !matches!(w.text, "The" | "A" | "An" | "This" | "That"))
            && ws.last().is_some_and(|w| w.is_capitalized() && !lexicon::is(&w.lower(), Role::Title))
    };
    if let Some(s) =
        quotes.iter().filter_map(|q| q.speaker_span).find(|&s| span.start <= s.start && s.end <= span.end && named(s))
    {
        return Some(s);
    }
    let verb = verb?;
    let inverted = text[..verb.start].trim_end().ends_with(',');
    // The mention closest to the verb, within four words of it.
    let index_of = |at: usize| outside.iter().position(|w| w.start >= at).unwrap_or(outside.len());
    let v = index_of(verb.start);
    // Mentions come in text order (`entity::mentions`).
    let first = ctx.mentions.partition_point(|m| m.span.start < span.start);
    ctx.mentions[first..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| m.span.end <= span.end && !m.group)
        .filter(|m| m.name.split_whitespace().count() >= 2 || !m.titles.is_empty())
        .filter(|m| {
            let i = index_of(m.span.start);
            i.abs_diff(v) <= 4
        })
        // "Workers headed toward the Dhaka-Mymensingh Highway, said Police
        // Commissioner Md Mizanur Rahman": after ", said" the source is who
        // follows it (a review read "a named source: Dhaka-Mymensingh Highway").
        .min_by_key(|m| {
            let after = m.span.start >= verb.end;
            (inverted != after, index_of(m.span.start).abs_diff(v))
        })
        .map(|m| m.span)
}

/// "a skin patch called Viaskin", "a problem called anaphylaxis": a naming
/// verb after a plain noun names a thing — it neither reports nor happens;
/// after a person, a group or a source it speaks ("critics called it", "the
/// report called the plan …").
fn names_a_thing(words: &[&Word<'_>], lower: &[String], i: usize) -> bool {
    let w = lower[i].replace('’', "'");
    lexicon::lookup(&w).roles.has(Role::Naming)
        && w.ends_with("ed")
        && i > 0
        && words[i - 1].is_lowercase()
        // "a skin patch called …": a thing introduced by "a"/"an".
        && (i.saturating_sub(4)..i - 1).any(|k| matches!(lower[k].as_str(), "a" | "an"))
        && !lexicon::roles(&lower[i - 1]).any(&[
            Role::Title,
            Role::PersonNoun,
            Role::PeopleNoun,
            Role::GroupHead,
            Role::SourceNoun,
            Role::Pronoun,
            Role::NamedSource,
            Role::ReportWord,
            Role::Auxiliary,
            Role::BeForm,
            Role::Skippable,
            Role::Connective,
            Role::Determiner,
            Role::Preposition,
            Role::NotName,
        ])
        && lower
            .get(i + 1)
            .is_some_and(|n| !lexicon::roles(n).any(&[Role::Determiner, Role::Pronoun, Role::ObjectPronoun]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::sentence_features;

    /// The signals of `text` read as one sentence, with the words that raised them.
    fn found(text: &str) -> Vec<(Signal, &str)> {
        sentence_features(text, 16).signals.iter().map(|f| (f.signal, f.span.text(text))).collect()
    }

    /// One line per case: a sentence, a signal, and the words that must raise it.
    macro_rules! sig {
        ($name:ident, $text:expr, $signal:ident, $words:expr) => {
            #[test]
            fn $name() {
                let f = found($text);
                assert!(f.contains(&(Signal::$signal, $words)), "{f:?}");
            }
        };
    }

    /// A signal a sentence must not raise.
    macro_rules! not_sig {
        ($name:ident, $text:expr, $signal:ident) => {
            #[test]
            fn $name() {
                let f = found($text);
                assert!(!f.iter().any(|(s, _)| *s == Signal::$signal), "{f:?}");
            }
        };
    }

    sig!(figure, "Russia launched 13,897 missiles and drones at Ukraine.", Figure, "13,897 missiles and drones");
    sig!(percent, "Unemployment fell to 4 percent.", Percent, "4 percent");
    sig!(money, "They spent $1.5 trillion on it.", Money, "$1.5 trillion");
    sig!(small_count, "The two sides met.", SmallCount, "two sides");
    sig!(date, "The talks ended in 2022.", Date, "2022");
    // A review of real news: a speaker's age carried "Eddie Foreman, 40, said …" over the line.
    not_sig!(an_age_in_apposition_is_who, "Eddie Foreman, 40, said better-paying jobs are not coming back.", Duration);
    sig!(an_age_is_a_figure, "The victim was 40 years old.", Duration, "40 years old");
    sig!(named_source, "John Bolton said the deal was dead.", NamedSource, "John Bolton");
    sig!(named_source_inverted, "The deal was dead, said John Bolton.", NamedSource, "John Bolton");
    sig!(
        named_source_inverted_after_a_place,
        "Workers headed toward the Dhaka-Mymensingh Highway, said Police Commissioner Md Mizanur Rahman.",
        NamedSource,
        "Md Mizanur Rahman"
    );
    sig!(according_to, "Russia advanced, according to the Institute for the Study of War.", Reported, "according to");
    sig!(
        according_to_source,
        "Russia advanced, according to the Institute for the Study of War.",
        NamedSource,
        "the Institute for the Study of War"
    );
    sig!(attributed, "Lavrov said that Moscow seeks peace.", Attributed, "said");
    sig!(reported, "Reports suggest that Trump pressured Zelensky.", Reported, "Reports");
    sig!(a_study_found, "A study of 2,000 adults found that 40% slept badly.", Reported, "study");
    sig!(new_data, "New data from the census put the figure at 3 million.", Reported, "data");
    not_sig!(data_as_a_plain_noun, "The nbt data was leaked to reporters last week.", Reported);
    not_sig!(a_study_guide, "The study guide went on sale in 2019.", Reported);
    sig!(event, "Russia launched a new offensive.", Event, "launched");
    sig!(present_perfect, "Russia has deployed troops.", Event, "has deployed");
    sig!(comparison, "Attacks rose by more than a third.", Comparison, "more than");
    sig!(causal, "Prices rose because of the war.", Causal, "because");
    sig!(hedged, "Putin may be exploiting the talks.", Hedged, "may");
    sig!(i_think, "I think we should act now.", Opinion, "I think");
    sig!(prediction, "Ukraine will face shortages.", Prediction, "will");
    sig!(question, "What does Russia want?", Question, "?");
    sig!(first_person, "We cut taxes for the middle class.", FirstPerson, "We");
    // The dev pages gave "an event: so-called", "an event: naked", "an event: indeed".
    sig!(an_adverb_and_participle_is_an_adjective, "A publicly traded company opened a plant.", Event, "opened");
    sig!(the_heavily_guarded, "The heavily guarded compound was stormed.", Event, "stormed");
    not_sig!(an_ordinal_and_participle_is_an_adjective, "Delia is the fourth named storm this season.", Event);
    not_sig!(charged_with_a_crime, "A man was charged Friday with attempted murder.", Attributed);
    not_sig!(charged_with_a_crime_active, "Police charged him with attempted murder.", Attributed);
    sig!(charged_that, "The senator charged that the plan wasted $2 billion.", Attributed, "charged");
    not_sig!(a_compound_adjective_is_no_event, "The so-called reform is a much-needed step.", Event);
    not_sig!(an_adjective_in_ed_is_no_event, "Indeed it is naked ambition.", Event);
    not_sig!(an_adjective_after_a_scale_is_no_event, "About 4 million unauthorized immigrants may be eligible.", Event);
    not_sig!(an_adjective_after_a_possessive_is_no_event, "Karenga's invented holiday is a nutty blend.", Event);
    sig!(a_prefixed_verb_is_an_event, "Voters re-elected the mayor.", Event, "re-elected");
    // bbc-1 in the dev pages gave "the speaker speaks of themselves: US".
    not_sig!(the_us_is_no_first_person, "A gunman opened fire in the US state of Louisiana.", FirstPerson);
    not_sig!(an_initial_is_no_first_person, "Nothing came up in prior F.B.I. background checks.", FirstPerson);
    sig!(i_after_dots_is_first_person, "“Look...I was wrong about Iraq,” he said.", FirstPerson, "I");
    sig!(us_is_first_person, "They told us the plant had closed.", FirstPerson, "us");
    sig!(vague_subject, "This decision reflects a delicate balancing act.", VagueSubject, "This");
    sig!(
        quote_with_attribution,
        "“I don’t want a wasted meeting,” he said.",
        QuoteWithAttribution,
        "“I don’t want a wasted meeting,”"
    );
    sig!(short, "Thank you.", Short, "Thank you.");
    // Instructions with figures scored as claims (ehow-1, a recipe): 0.97.
    sig!(instruction, "Preheat the oven to 350 degrees and bake for 40 minutes.", Instruction, "Preheat");
    sig!(instruction_after_a_lead, "Once dry, cut 2 inches off the stems.", Instruction, "cut");
    sig!(
        instruction_negated,
        "Basically, don't expect your entire library to get enhanced.",
        Instruction,
        "don't expect"
    );
    sig!(instruction_in_a_quote, "“Measure the wrist twice,” she said.", Instruction, "Measure");
    // A statement after an appeal is still a statement.
    not_sig!(an_appeal_is_no_instruction, "Let me tell you, we created 2 million jobs last year.", Instruction);
    not_sig!(
        remember_that_is_no_instruction,
        "Remember that in 2008 the economy lost 800,000 jobs a month.",
        Instruction
    );
    not_sig!(use_of_force_is_no_instruction, "Use of force rose by 20% in 2023.", Instruction);
    not_sig!(a_participle_lead_is_no_instruction, "Set in 1920, the film cost $2 million.", Instruction);
    not_sig!(a_plural_noun_is_no_instruction, "Cuts to the budget left 300 nurses without jobs.", Instruction);
    not_sig!(a_subject_is_no_instruction, "The army cut the road to Kramatorsk.", Instruction);
    // Found in review: titles, leads into a statement, particles, time words.
    not_sig!(a_title_is_no_instruction, "Remember the Titans grossed $136 million worldwide.", Instruction);
    not_sig!(a_capital_object_is_a_title, "Take Me Out reached No. 3 on the UK singles chart.", Instruction);
    not_sig!(a_lead_into_a_statement, "Check the record: the deficit tripled under his administration.", Instruction);
    not_sig!(a_dash_into_a_statement, "Follow the money — the firm paid $2 million to the PAC.", Instruction);
    not_sig!(a_particle_before_a_noun, "Check out times at the port doubled to 48 hours.", Instruction);
    not_sig!(a_participle_lead, "Cut off from the grid, the town lost power for 12 days.", Instruction);
    not_sig!(a_time_word_after_this, "Heat this summer killed more than 2,000 people in Spain.", Instruction);
    not_sig!(a_disease_type, "Type 2 diabetes affects 38 million Americans.", Instruction);
    not_sig!(advice_someone_gives, "Still, expect the economy to grow 2% next year, the IMF said.", Instruction);
    not_sig!(a_dated_deed, "Cut the corporate tax rate from 35% to 21% in 2017.", Instruction);
    sig!(an_adverb_first, "Then add 2 cups of flour and stir for 3 minutes.", Instruction, "Then add");
    not_sig!(dont_forget_a_statement, "Don't forget, he raised taxes 300 times as governor.", Instruction);
    not_sig!(dont_forget_what_we_did, "“Don't forget we cut taxes by $2 trillion,” he told the crowd.", Instruction);
    sig!(do_not_any_verb, "Do not exceed 4 doses in 24 hours.", Instruction, "Do not exceed");
    sig!(a_particle_before_its_object, "Turn off the heat after 20 minutes.", Instruction, "Turn");
    // What the reader will find is a statement.
    not_sig!(what_you_will_see, "Open the books and you'll see the city spent $3 million on consultants.", Instruction);
    not_sig!(what_you_can_find, "Check the data and you will find 40,000 jobs lost in May.", Instruction);

    not_sig!(a_title_is_no_named_source, "The president said the deal was dead.", NamedSource);
    not_sig!(wanting_is_no_attribution, "Trump wants to end the war.", Attributed);
    // wapo-2 in the dev pages showed "a reported statement: States".
    not_sig!(a_name_is_no_reporting_verb, "The United States remains the largest donor.", Attributed);
    // quanta-1 in the dev pages gave "a reported statement: states".
    not_sig!(a_counted_noun_is_no_reporting_verb, "The trail led across three states and five decades.", Attributed);
    not_sig!(a_determined_noun_is_no_reporting_verb, "She kept the notes in a drawer.", Attributed);
    // The dev pages gave "a reported statement: guarantees / charges /
    // comments / brands / related / Claims / Dubbed" and "a causal link:
    // led / part / due" for each of these.
    not_sig!(
        a_plural_noun_is_no_reporting_verb,
        "Bush held back loan guarantees to help absorb immigrants.",
        Attributed
    );
    not_sig!(a_modified_plural_is_no_reporting_verb, "He faced genocide charges at the court.", Attributed);
    not_sig!(a_participle_to_is_no_reporting_verb, "It moved the assets related to Yahoo.", Attributed);
    not_sig!(the_subject_is_no_reporting_verb, "Claims that action is imperative do not stand up.", Attributed);
    not_sig!(an_opening_participle_is_no_reporting_verb, "Dubbed Gucci Grace, she rose fast.", Attributed);
    sig!(
        a_named_subject_states,
        "In another tweet, in which he links to an article, Emery states, “Some people think so.”",
        Attributed,
        "states"
    );
    sig!(an_s_form_before_its_object_claims, "The company claims its prices fell.", Attributed, "claims");
    sig!(an_s_form_before_that_hopes, "The United States hopes that it can finish.", Attributed, "hopes");
    sig!(
        said_after_a_quote_reports,
        "“We will win,” said Ukraine’s defence minister, Rustem Umerov, who visited the front on Tuesday.",
        Attributed,
        "said"
    );
    sig!(says_is_never_a_noun, "The minister says prices will rise.", Attributed, "says");
    // The base form after a group reports (a helper's audit: nytimes-3 "Con
    // Edison officials say", tmz-1 "Law enforcement sources tell TMZ").
    sig!(officials_say, "For days after a storm, Con Edison officials say, they deal with fires.", Attributed, "say");
    sig!(sources_tell, "Law enforcement sources tell TMZ the singer was arrested.", Attributed, "tell");
    sig!(experts_say, "Most economists say the deficit doubled.", Attributed, "say");
    not_sig!(to_say_is_no_report, "It is fair to say the deficit doubled.", Attributed);
    // Words in another sense than their signal's (a helper's audit of real pages).
    not_sig!(declined_to_comment, "A Whole Foods spokeswoman declined to comment.", Comparison);
    sig!(declined_by, "Sales declined by 4 percent.", Comparison, "declined");
    not_sig!(his_record, "The senator defended his record on immigration.", Comparison);
    sig!(a_record_figure, "Sales hit a record 40 percent last year.", Comparison, "record");
    not_sig!(could_not, "The source could not provide details of the arrests.", Hedged);
    sig!(could_rise, "The price could rise by 10 percent.", Hedged, "could");
    sig!(appears_to, "The fire appears to have started in the kitchen.", Hedged, "appears");
    sig!(it_appears, "It appears the police made errors.", Hedged, "appears");
    not_sig!(appear_in_court, "Eight suspects are expected to appear in court on Tuesday.", Hedged);
    not_sig!(going_about, "People were going about their daily business when it hit.", Prediction);
    sig!(going_to_rise, "Prices are going to rise by 10 percent.", Prediction, "going");
    not_sig!(called_in, "Divers were called in to assist with the whales.", Attributed);
    not_sig!(called_on_by, "They were called on by tribes to help.", Attributed);
    not_sig!(with_added_costs, "The deal comes with added costs.", Attributed);
    sig!(he_added_that, "He added that 40 people died.", Attributed, "added");
    not_sig!(we_say_is_no_report, "We say the deficit doubled.", Attributed);
    sig!(says_at_the_end, "Inflation will ease, the central bank says.", Attributed, "says");
    sig!(confirmed_to_reuters, "The ministry confirmed to Reuters that two soldiers died.", Attributed, "confirmed");
    not_sig!(a_capitalised_first_word_is_no_subject, "Criminal charges were filed against him.", Attributed);
    not_sig!(a_day_is_no_object, "Prosecutors filed charges Friday.", Attributed);
    not_sig!(a_modified_noun_is_no_reporting_verb, "They have a fallback position based on safeguards.", Attributed);
    not_sig!(an_infinitive_noun_is_no_reporting_verb, "Amazon plans to position Whole Foods for growth.", Attributed);
    sig!(a_position_that_is_stated, "Moscow’s position remains that Ukraine must withdraw.", Attributed, "position");
    sig!(
        a_name_is_no_report,
        "The Center for Strategic and International Studies estimates Russia has suffered 1.2 million casualties.",
        Reported,
        "estimates"
    );
    // webmd-1 gave "a reported statement: called" for these.
    not_sig!(a_thing_called_a_name, "Researchers tested a skin patch called Viaskin.", Attributed);
    not_sig!(a_thing_called_a_noun, "It can set off a reaction called anaphylaxis.", Attributed);
    sig!(critics_called_it, "Critics called Trump’s plan a disaster.", Attributed, "called");
    sig!(rights_groups_called, "Human rights groups called Israel's response disproportionate.", Attributed, "called");
    sig!(a_pronoun_called_it, "He called the deal a betrayal of voters.", Attributed, "called");
    sig!(called_me, "Dole has twice tonight criticized me for it.", Attributed, "criticized");
    sig!(the_report_called, "The report called the program a failure.", Attributed, "called");
    sig!(a_minister_called, "The prime minister called Moscow's offer absurd.", Attributed, "called");
    // An event's word used as a noun ("an event: cut").
    not_sig!(a_cut_at_the_end_is_no_event, "Nobody wants the cut.", Event);
    not_sig!(a_hit_to_growth_is_no_event, "Nobody expects a hit to growth.", Event);
    // A review of real pages: "an event: called", "armed", "automated", "hit".
    not_sig!(a_thing_called_is_no_event, "A new skin patch called Viaskin helps.", Event);
    not_sig!(armed_after_a_quantifier, "Various armed groups are vying for influence.", Event);
    not_sig!(automated_after_a_count, "It now has 11 automated stores.", Event);
    not_sig!(a_breakout_hit_is_no_event, "The game was a breakout hit for the PS4.", Event);
    sig!(critics_called_it_a_failure, "Critics called it a failure.", Event, "called");
    sig!(a_man_called_police, "A man called police after the crash.", Event, "called");
    sig!(in_a_year_passed, "Congress in 2019 passed the bill.", Event, "passed");
    sig!(two_men_armed, "Two men armed the bomb.", Event, "armed");
    sig!(the_strike_began, "The strike began on Monday.", Event, "began");
    sig!(the_storm_hit, "The storm hit the coast on Monday.", Event, "hit");
    sig!(the_storm_hit_on, "The storm hit on Monday.", Event, "hit");
    sig!(the_economy_grew, "The economy grew in the third quarter.", Event, "grew");
    sig!(the_government_cut, "The government cut taxes by 5 percent.", Event, "cut");
    sig!(a_law_that_cut, "It was a law that cut taxes.", Event, "cut");
    not_sig!(a_compound_is_no_cause, "Voters backed U.S.-led negotiations.", Causal);
    not_sig!(a_compound_is_no_event, "Voters back U.S.-led negotiations.", Event);
    not_sig!(taking_part_is_no_cause, "Staffers also took part.", Causal);
    sig!(led_to_is_causal, "The drought led to higher prices.", Causal, "led to");
    sig!(due_to_is_causal, "It broke up due to a malfunction.", Causal, "due to");
    not_sig!(a_name_is_no_stance, "The grocer Remain Co. has sold 40 stores.", Analysis);
    not_sig!(an_adjective_is_no_event, "She spoke behind closed doors.", Event);
    not_sig!(stative_is_no_event, "The Kremlin has remained firm.", Event);
    not_sig!(
        hedge_after_the_event_is_subordinate,
        "Trump has opted against sanctions, fearing that it might derail talks.",
        Hedged
    );
    not_sig!(reported_content_is_no_prediction, "Zelensky stressed that no territory will be ceded.", Prediction);
    // What is reported may be a guess (the wire-style measure's errors).
    sig!(a_reported_guess, "He added that the rainfall could rival that of Hurricane Helene.", Hedged, "could");
    sig!(a_warned_guess, "Officials warned the river might crest on Friday.", Hedged, "might");
    sig!(a_guess_after_an_aside, "The mayor said, however, that the tax could rise.", Hedged, "could");
    not_sig!(might_the_noun, "The agency said, in a report, might is not right.", Hedged);
    sig!(a_guess_after_a_longer_aside, "Police said, in a statement, the river may crest.", Hedged, "may");
    // A review's misfires: a reported plan, an ability, an adjective, a
    // guess in a clause on a noun, what had been expected.
    not_sig!(a_reported_plan, "Police said the suspect would be arraigned on Monday.", Hedged);
    not_sig!(an_ability_is_no_guess, "Witnesses said they could hear gunfire for 20 minutes.", Hedged);
    not_sig!(potential_buyers, "The company said potential buyers include Pfizer and Merck.", Hedged);
    not_sig!(a_guess_on_a_noun, "Police said a man who may have witnessed the crash called 911.", Hedged);
    not_sig!(
        what_had_been_expected,
        "The company, which had expected to close the deal in March, walked away on Friday.",
        Prediction
    );
    not_sig!(
        a_guess_after_the_reported_clause,
        "The minister said the talks failed, and the next round may not happen.",
        Hedged
    );
    sig!(expected_to_predicts, "Temperatures are expected to climb into the low 90s.", Prediction, "expected");
    sig!(reported_expectation, "Officials said rates were expected to fall.", Prediction, "expected");
    not_sig!(than_expected_predicts_nothing, "Profits rose more than expected.", Prediction);
    not_sig!(expected_to_is_no_event, "Temperatures are expected to climb.", Event);
    not_sig!(
        leading_clause_does_not_lower,
        "Even though Trump obviously does not want to renew aid, the country has improved its industry.",
        Opinion
    );
    not_sig!(identifiers_are_no_figures, "The F-16 flew over the city.", Figure);

    #[test]
    fn a_bare_attribution_is_not_read() {
        let text = "“We will never give up,” he said.";
        let f = sentence_features(text, 16);
        let words: Vec<&str> = f.terms.iter().map(|t| t.span.text(text)).collect();
        assert!(words.contains(&"give"), "{words:?}");
        assert!(!words.iter().any(|w| w.contains("said")), "{words:?}");
        assert!(!f.has(Signal::Attributed));
    }

    /// A quote and who said it, however long the attribution (probe
    /// articles of session 27): the quote's words are the statement.
    #[test]
    fn a_long_attribution_is_still_only_who_said_it() {
        for text in [
            "“We have trucks loaded and ready at the border, but we cannot get them through,” said Leni Kinzli, a WFP spokeswoman, speaking from Nairobi.",
            "“Children are dying of causes that are entirely preventable,” UNICEF Executive Director Catherine Russell said in a statement.",
            "‘People didn’t vote for more of the same,’ said Mr Lewis, the MP for Norwich South.",
            "Speaking at a hospital in Leeds, Sir Keir Starmer said: ‘We made a promise to working people and we will keep it.’",
            "“We are deeply concerned,” said Maria Lopez, 34, a nurse from Queens.",
            "“We are deeply concerned,” a WHO spokesperson said at a briefing in Geneva on Tuesday.",
            "“We are concerned,” said a spokesperson for the Ministry of Foreign Affairs and Trade in Wellington.",
            "“I feel blessed,” said Leni Kinzli, a spokeswoman for the World Food Programme in East Africa, speaking by phone from Nairobi.",
        ] {
            let f = sentence_features(text, 16);
            assert!(f.has(Signal::QuoteWithAttribution), "{text}");
            assert!(!f.has(Signal::Attributed), "{text}");
            let words: Vec<&str> = f.terms.iter().filter(|t| t.word).map(|t| t.span.text(text)).collect();
            assert!(!words.contains(&"said"), "{text}: {words:?}");
        }
    }

    /// Words outside the quote that say something of their own keep the
    /// sentence read whole.
    #[test]
    fn an_attribution_that_says_more_is_read() {
        for text in [
            "“We will rebuild,” said the mayor, who resigned on Tuesday after six years in office.",
            "Former Arsenal captain Tony Adams, working as a pundit for BBC Radio 5 Live, said the title race was “wide open”.",
            "“It is over,” said the coach of the team that lost 14 of its 20 games this season.",
            "The minister told parliament on Tuesday that the plan had “failed completely,” and resigned.",
            // A review's examples: a verb, a clause or a figure of their own.
            "The prime minister announced her resignation on Tuesday, saying: “It is time for a new generation.”",
            "“We will not subsidize Putin’s war,” Biden said, announcing a ban on Russian oil imports.",
            "Announcing a ban on Russian oil imports, Biden said: “We will not subsidize Putin’s war.”",
            "“It is time for a new generation,” the prime minister said as she announced her resignation.",
            "“We are deeply concerned,” the ministry said amid reports of troops massing on the border.",
            "“This is a witch hunt,” said Senator Bob Menendez, indicted on federal bribery charges in September.",
            "“We did everything right,” said the coach, sacked by the club on Sunday.",
            "“We are heartbroken,” the family said in a lawsuit filed against the city on Tuesday.",
            "“Safety is our top priority,” Tesla said in a statement announcing the recall of its Model Y vehicles.",
            "“I feel at peace,” said Ahmed Khan, now serving a life sentence for the murder of his wife.",
            "“We are deeply concerned,” said Smith, before leaving the stage.",
            "“We will rebuild,” said the mayor, arrested on Tuesday, “and we will come back stronger.”",
        ] {
            let f = sentence_features(text, 16);
            assert!(!f.has(Signal::QuoteWithAttribution), "{text}");
        }
    }

    #[test]
    fn words_and_pairs_are_hashed_stably() {
        // FNV-1a of "the": the same on every platform, natively and in WebAssembly.
        assert_eq!(bucket(&["the"], 31), 0xb40e_b21c & 0x7fff_ffff);
        let text = "Taxes rose 5 percent.";
        let f = sentence_features(text, 16);
        let spans: Vec<&str> = f.terms.iter().map(|t| t.span.text(text)).collect();
        assert_eq!(spans, ["Taxes", "Taxes", "rose", "Taxes rose", "5", "rose 5", "percent", "5 percent"]);
        assert!(f.terms.iter().all(|t| t.bucket < 1 << 16));
        assert_eq!(f.terms[4].bucket, bucket(&["0"], 16), "digits are read as 0");
    }

    #[test]
    fn terms_have_unit_length_together() {
        let f = sentence_features("Taxes rose 5 percent.", 16);
        let norm: f32 = f.terms.iter().map(|_| f.term_value().powi(2)).sum();
        assert!((norm - 1.0).abs() < 1e-5);
    }
}
