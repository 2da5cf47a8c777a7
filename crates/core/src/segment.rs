//! Paragraphs and sentences, as byte spans over the original text.
//!
//! A paragraph is a line of its own: blank lines separate paragraphs, and so do
//! single line breaks (text pasted from web pages has one per block), except
//! where a line is plainly hard-wrapped (no end punctuation, and the next line
//! starts in lower case). Each paragraph is classified as body text, a
//! heading-like line (headline, caption, byline: no sentence end) or page
//! furniture ("Post a Comment", "0 Comments", "3/related/default").

use serde::{Deserialize, Serialize};

use crate::chars::{char_before, is_closer, is_quote_mark, is_terminal};
use crate::lexicon::{self, Role};
use crate::span::Span;

/// What a paragraph (and every sentence in it) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Body,
    /// Headlines, section headings, captions, bylines: a line of its own
    /// without a sentence end. Claims skip them.
    Heading,
    /// Site chrome that is not part of the article. Every finder skips it.
    Furniture,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`crate::Analysis::paragraphs`].
    pub paragraph: usize,
    pub kind: BlockKind,
}

/// Splits `text` into paragraphs.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    split(text, classify)
}

/// The paragraphs of [`paragraphs`] before the lexicon is consulted: what a
/// text looks like while its findings are being made elsewhere (or for good,
/// when they could not be made). Page
/// furniture is not told apart yet (it is a heading or body text here), so a caller that
/// needs only this — the app's page — carries no copy of the lexicon.
pub fn outline(text: &str) -> Vec<Paragraph> {
    split(text, |text, span| {
        let heading = is_heading_like::<SHAPE>(span.text(text)) && !runs_on(text, span);
        Paragraph { span, kind: if heading { BlockKind::Heading } else { BlockKind::Body } }
    })
}

/// "In a briefing, General Rolando Miranda said there are four suspects,"
/// then "“Three gunmen …,” Miranda said." in a paragraph of its own: a
/// sentence of eight words or more that runs on into a quote or a
/// lower-case word is never a heading (a review of real news lost the
/// speaker with it). Not a headline, an address or a list that ends in a
/// comma before a paragraph of its own.
fn runs_on(text: &str, span: Span) -> bool {
    let line = span.text(text).trim_end();
    let next = text[span.end..].trim_start().chars().next();
    line.ends_with(',')
        && line.split_whitespace().count() >= 8
        && next.is_some_and(|c| crate::chars::is_quote_mark(c) || c.is_lowercase())
}

fn split(text: &str, classify: impl Fn(&str, Span) -> Paragraph) -> Vec<Paragraph> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(Span::new(start, i));
            start = i + 1;
        }
    }
    lines.push(Span::new(start, text.len()));

    let mut out: Vec<Paragraph> = Vec::new();
    let mut open: Option<Span> = None;
    for line in lines {
        let Some(line) = trim(text, line) else {
            if let Some(p) = open.take() {
                out.push(classify(text, p));
            }
            continue;
        };
        open = match open {
            Some(p) if is_wrapped(text, p, line) => Some(Span::new(p.start, line.end)),
            Some(p) => {
                out.push(classify(text, p));
                Some(line)
            }
            None => Some(line),
        };
    }
    if let Some(p) = open {
        out.push(classify(text, p));
    }
    out
}

/// Whether byte `at` follows a wire story's dateline at its line's start:
/// "GENEVA — ", "WASHINGTON (AP) — ", "LONDON (Reuters) - ", "KYIV, Ukraine
/// — ", "NEW YORK, Dec. 5 (Reuters) - ", "(CNN) — ": a place in capitals
/// (then its region or the day), an agency in brackets, or both, then a
/// dash. What follows opens a sentence.
pub(crate) fn after_dateline(text: &str, at: usize) -> bool {
    dateline_before(text, at).is_some()
}

/// A wire dateline that ends right before byte `at`: whether it names its
/// agency or, after a comma, the place's region or the day (`true` for
/// "WASHINGTON (AP) — ", "KYIV, Ukraine — "; `false` for a bare "GENEVA —
/// ", which a name in capitals can look like: "NHS — Waiting lists rose").
fn dateline_before(text: &str, at: usize) -> Option<bool> {
    const MAX: usize = 64;
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let lead = text[line..at].trim_end();
    let lead = lead.strip_suffix("--").or_else(|| lead.strip_suffix(['—', '–', '-']))?.trim_end();
    if lead.len() > MAX {
        return None;
    }
    let (place, agency) = match lead.strip_suffix(')').and_then(|p| p.rfind('(').map(|i| (&p[..i], &p[i + 1..]))) {
        Some((before, agency)) => (before.trim_end(), Some(agency)),
        None => (lead, None),
    };
    let agency_ok = |a: &str| {
        (1..=24).contains(&a.len())
            && a.starts_with(char::is_uppercase)
            && a.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-'))
    };
    // A wire named in capitals or by the lexicon: not a timeline's "Sept. 5
    // (Friday) -" or "Oct. 7 (Game 1) -", nor "Smith (R) -".
    let wire = |a: &str| {
        a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()) || lexicon::is(&a.to_lowercase(), Role::NamedSource)
    };
    match agency {
        Some(a) if !agency_ok(a) => return None,
        Some(_) if place.is_empty() => return Some(true),
        // "Sept 5 (Reuters) -", "Sept. 5, 2024 (Reuters) -".
        Some(a) if is_day(place) => return wire(a).then_some(true),
        _ => {}
    }
    // "NEW YORK, N.Y.", "KYIV, Ukraine", "LONDON, May 4": after the
    // capitals, words that open with a capital or a figure; with a wire
    // after them, the place may be written in small letters too
    // ("Atlanta, Ga. (AP) —").
    let (city, rest) = place.split_once(',').unwrap_or((place, ""));
    let city = city.trim();
    let capitals = city.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '/'));
    let written = agency.is_some_and(wire)
        && !rest.trim().is_empty()
        && city.split(' ').count() <= 3
        && city.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && city.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    let dateline = !city.is_empty()
        && city.chars().any(char::is_alphabetic)
        && (capitals || written)
        && rest
            .split([',', ' '])
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    dateline.then_some(agency.is_some() || !rest.trim().is_empty())
}

/// A day as a dateline gives it when the agency names no place: "Sept 5",
/// "Dec. 12", "Sept. 5, 2024".
fn is_day(place: &str) -> bool {
    let place = match place.rsplit_once(',') {
        Some((day, year)) if year.trim().len() == 4 && year.trim().chars().all(|c| c.is_ascii_digit()) => day,
        _ => place,
    };
    let mut words = place.split_whitespace();
    let month = words.next().is_some_and(|m| lexicon::is(&m.trim_end_matches('.').to_lowercase(), Role::Month));
    let day: Vec<&str> = words.collect();
    month && day.len() == 1 && day[0].len() <= 2 && day[0].chars().all(|c| c.is_ascii_digit())
}

/// Whether the period that ends before `run_end` is inside a wire
/// dateline, after its region: "ATLANTA, Ga. (AP) — ", "SPRINGFIELD, Ill.
/// — ". Only an agency in brackets may stand between it and the dash.
fn inside_dateline(text: &str, run_end: usize) -> bool {
    let rest = &text[run_end..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let Some((dash, c)) =
        line.char_indices().take_while(|&(i, _)| i <= 32).find(|&(_, c)| matches!(c, '—' | '–' | '-'))
    else {
        return false;
    };
    let between = line[..dash].trim();
    let bracketed = between.is_empty() || (between.starts_with('(') && between.ends_with(')'));
    let after = rest[dash + c.len_utf8()..].strip_prefix('-').unwrap_or(&rest[dash + c.len_utf8()..]);
    let next = text.len() - after.trim_start().len();
    bracketed && dateline_before(text, next).is_some()
}

/// A sentence without the wire dateline that opens it: "WASHINGTON (AP) —
/// The Senate passed …" is the claim "The Senate passed …". Not an aside
/// after a name in capitals: "NATO — the alliance said — will add …", "IBM
/// — Big Blue — cut …" (a small letter, or a dash that closes it), nor
/// one without its agency or region ("NHS — Waiting lists rose", "USA —
/// Canada 3-2 was the final score": a bare "GENEVA — " stays).
pub fn past_dateline(text: &str, span: Span) -> Span {
    span.text(text)
        .char_indices()
        .take_while(|&(i, _)| i < 80)
        .filter(|&(_, c)| matches!(c, '—' | '–' | '-'))
        .find_map(|(i, c)| {
            let after = span.start + i + c.len_utf8();
            let rest = &text[after..span.end];
            let next = after + (rest.len() - rest.trim_start().len());
            let opens =
                text[next..span.end].starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"' | '‘' | '\''));
            let aside_closed = text[next..span.end].contains(['—', '–']);
            let named = dateline_before(text, next) == Some(true);
            (next < span.end && opens && !aside_closed && named).then(|| Span::new(next, span.end))
        })
        .unwrap_or(span)
}

/// The span without surrounding whitespace, or `None` when nothing is left.
pub fn trim(text: &str, span: Span) -> Option<Span> {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + t.len()))
}

/// A line that continues the previous one: the previous line has no sentence
/// end and this one starts in lower case.
fn is_wrapped(text: &str, prev: Span, line: Span) -> bool {
    let last = prev.text(text).chars().next_back();
    let first = line.text(text).chars().next();
    let ends_open = last.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–'));
    // A space before the line break marks a soft wrap ("It was a cold \nnight").
    let soft = text[prev.end..line.start].starts_with([' ', '\t']);
    ends_open && first.is_some_and(char::is_lowercase) && (prev.len() >= 40 || soft)
}

fn classify(text: &str, span: Span) -> Paragraph {
    let s = span.text(text);
    let kind = if is_furniture(s) {
        BlockKind::Furniture
    } else if is_heading_like::<WORDS>(s) && !runs_on(text, span) {
        BlockKind::Heading
    } else {
        BlockKind::Body
    };
    Paragraph { span, kind }
}

fn is_furniture(line: &str) -> bool {
    // "PUBLISHED: October 4, 2024 at 5:47 p.m. | UPDATED: …", "Updated 12:04
    // PM ET": a page's time stamp, however long.
    let lead = line.split(|c: char| c == ':' || c.is_whitespace()).next().unwrap_or("").to_lowercase();
    // Not a sentence that opens with the word: "Updated CDC guidance, issued
    // in 2024, cuts isolation to 5 days." (a long line with a sentence's
    // end; a stamp ends with its time, "… 9:12 p.m.", or with no stop).
    let sentence = line.len() > 48 && line.ends_with(['.', '!', '?']) && !line.ends_with(".m.");
    if line.len() <= 160
        && !sentence
        && lexicon::is(&lead, Role::StampLead)
        && line.contains(|c: char| c.is_ascii_digit())
    {
        let after = line[lead.len()..].trim_start();
        if after.starts_with(':') || after.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) {
            return true;
        }
    }
    // Every furniture line is short; an article paragraph is not.
    if line.len() > 48 {
        return false;
    }
    // A video's length and source under it: "05:22 - Source: CNN" (a name, not a sentence).
    if let Some((length, source)) = line.split_once(" - ")
        && let Some((label, name)) = source.split_once(':')
        && lexicon::is(&label.to_lowercase(), Role::SourceLabel)
        && (1..=3).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && let Some((m, s)) = length.rsplit_once(':')
        && (1..=5).contains(&m.len())
        && s.len() == 2
        && m.bytes().chain(s.bytes()).all(|b| b.is_ascii_digit() || b == b':')
    {
        return true;
    }
    if !line.chars().any(char::is_alphabetic) {
        // "0", "-", "(0)", "* * *", "1 / 5" are furniture; a figure ("1,234,567", "3/4", "¾") is not.
        let bare_count = line.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']') || c.is_whitespace());
        return bare_count.bytes().all(|b| b.is_ascii_digit())
            || line.contains(" / ")
            || !line.chars().any(char::is_numeric);
    }
    // "3/related/default", "Story Code : 1153231", "Post a Comment (0)";
    // not a price ("$60/person/year", theverge).
    if line.contains('/')
        && !line.contains(' ')
        && line.split('/').count() >= 3
        && !line.chars().any(crate::number::is_currency_sign)
    {
        return true;
    }
    // A photo credit: the lexicon's credit leads with a colon or "by", then
    // a name or an agency ("Photograph: Getty Images", "Photo by James
    // Martin/CNET"); or the Times's "Credit Harry Campbell" (two or three
    // names, so "Credit Suisse Shares Fall Again" stays a heading).
    let words: Vec<&str> = line.split_whitespace().collect();
    let named = |ws: &[&str]| {
        !ws.is_empty() && ws.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()))
    };
    if (2..=6).contains(&words.len()) && lexicon::is(&words[0].trim_end_matches(':').to_lowercase(), Role::CreditLead) {
        let led = words[0].ends_with(':') && named(&words[1..]) || words[1] == "by" && named(&words[2..]);
        if led || words[0] == "Credit" && (3..=4).contains(&words.len()) && named(&words[1..]) {
            return true;
        }
    }
    let letters: String = line
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')' | ':' | '|' | '»' | '›' | '#'))
        .collect::<String>()
        .to_lowercase();
    let letters = letters.split_whitespace().collect::<Vec<_>>().join(" ");
    lexicon::is_entry(&letters, Role::Furniture)
}

/// How a line is read: by its shape alone (the page's outline, before the
/// analysis: it uses no word list, so the page's first load carries no
/// lexicon, 22 kB gzip) or with what the lexicon knows of its words.
const SHAPE: bool = false;
const WORDS: bool = true;

fn is_heading_like<const READ_WORDS: bool>(line: &str) -> bool {
    if is_list_item(line) {
        return false;
    }
    let trimmed = line.trim_end_matches(|c: char| is_closer(c) || c.is_whitespace());
    let ends_sentence = trimmed.chars().next_back().is_some_and(|c| is_terminal(c) || c == ':');
    if !ends_sentence {
        return true;
    }
    is_caption::<READ_WORDS>(line)
}

/// "• The UK must stay in the EU to have influence on the world stage": a
/// bulleted line of five words or more is a statement of a list (the app
/// bullets a web page's and a Markdown file's list items), body text though
/// it has no sentence end; "• Share" is not.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let bulleted = chars.next().is_some_and(|c| is_bullet(c) || matches!(c, '-' | '–' | '·'))
        && chars.next().is_some_and(char::is_whitespace);
    bulleted && line.split_whitespace().count() > 5
}

/// Photo captions are often one sentence with a participle instead of a verb:
/// "Donald Trump speaking at the White House after …". A one-sentence line
/// that opens with a capitalised name followed by an -ing word is one —
/// unless it quotes someone (`“…,” he said`): "Children growing up during
/// his presidency “will have a different view …,” he said." is no caption.
fn is_caption<const READ_WORDS: bool>(line: &str) -> bool {
    if READ_WORDS { has_a_captions_shape(line) && !a_clause_by_its_words(line) } else { has_a_captions_shape(line) }
}

/// A capitalised name and an -ing word, read by shape alone (no word list:
/// the page's outline reads lines this way, and its code is in the page's
/// first load).
fn has_a_captions_shape(line: &str) -> bool {
    if [",\"", ",”", ",’", ",'"].iter().any(|q| line.contains(q)) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    let name_len = words.iter().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    if name_len == 0 || name_len >= words.len() {
        return false;
    }
    // "The shooting is the 27th …", "The meeting ended …": after a
    // determiner alone the -ing word is the subject, a noun.
    if name_len == 1
        && matches!(words[0], "The" | "A" | "An" | "This" | "That" | "His" | "Her" | "Their" | "Its" | "Our")
    {
        return false;
    }
    // "After reviewing the footage, police charged …", "While driving
    // home, the mayor crashed …": a clause of time or manner opens the
    // sentence (a review of real news: a one-sentence paragraph of this
    // kind was a heading, and had no score).
    if name_len == 1
        && matches!(
            words[0],
            "After"
                | "Before"
                | "While"
                | "When"
                | "Since"
                | "Despite"
                | "During"
                | "Without"
                | "Upon"
                | "On"
                | "By"
                | "Until"
                | "Though"
                | "Although"
                | "Through"
                | "Once"
                | "If"
                | "Because"
        )
    {
        return false;
    }
    // "President Viktor Hrytsenko, speaking in a video address, accused
    // Moscow …": an aside between commas, then the sentence's verb.
    if words[name_len - 1].ends_with(',') {
        let aside = line.split_once(", ").map_or("", |(_, rest)| rest);
        if aside.split_once(", ").is_some_and(|(_, verb)| verb.starts_with(char::is_lowercase)) {
            return false;
        }
    }
    let next = words[name_len];
    let body_sentences = line.matches(". ").count();
    next.len() > 4 && next.ends_with("ing") && next.chars().all(char::is_lowercase) && body_sentences == 0
}

/// What the words tell of a caption's shape: a clause with its verb. "We're
/// consuming 50 percent …", "Maybe I'm trying …" (a contraction with a
/// verb), "What's driving …", "Nobody's buying …" (a subject's "’s"), "And
/// housing has begun to rise.", "In giving our people …" (a small word
/// opens it; a caption may open with an article or a possessive: "The Queen
/// arriving at Balmoral"), "Government spending has gone …", "Consumer
/// spending rose 3.7%" (a verb after the -ing word).
fn a_clause_by_its_words(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().take(6).map(|w| w.trim_end_matches(',').to_lowercase()).collect();
    let small = |w: &str| {
        (lexicon::is_exactly(w, Role::FunctionWord) || lexicon::is(w, Role::Pronoun))
            && !lexicon::is(w, Role::Determiner)
    };
    let Some(ing) = words.iter().position(|w| w.len() > 4 && w.ends_with("ing")) else { return false };
    let finite = |w: &String| {
        w.split_once(['’', '\'']).is_some_and(|(base, c)| {
            matches!(c, "re" | "m" | "ve" | "ll" | "d")
                || c == "s" && (small(base) || lexicon::is(base, Role::ContractedSubject))
        })
    };
    let verb_after = words.get(ing + 1).is_some_and(|w| {
        lexicon::roles(w).any(&[Role::Auxiliary, Role::BeForm, Role::ChangeVerb, Role::Event])
            || matches!(w.as_str(), "are" | "were" | "has" | "have" | "had" | "is" | "was")
            || w.len() > 4 && w.ends_with("ed")
    });
    // "Javier Milei’s sweeping reform bill won …": after a possessive the
    // -ing word is an adjective, in a long line (a review of Argentine news
    // read the lede as a caption, and its names were lost to the speakers;
    // "Johnson's resigning cabinet ministers leaving Downing Street." is a
    // caption, a regression hunt). Read here, with the words: the page's
    // outline, in its first load, does without.
    let possessed = ing > 0
        && (words[ing - 1].ends_with("’s") || words[ing - 1].ends_with("'s"))
        && line.split_whitespace().count() > 12;
    words.first().is_some_and(|w| small(w)) || words[..ing].iter().any(finite) || verb_after || possessed
}

/// Splits every paragraph into sentences.
pub fn sentences(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, p) in paragraphs.iter().enumerate() {
        let mut start = p.span.start;
        for end in sentence_ends(text, p.span) {
            if let Some(span) = trim(text, Span::new(start, end)) {
                out.push(Sentence { span, paragraph: index, kind: p.kind });
            }
            start = end;
        }
        if let Some(span) = trim(text, Span::new(start, p.span.end)) {
            out.push(Sentence { span, paragraph: index, kind: p.kind });
        }
    }
    out
}

/// Byte offsets (exclusive) where sentences end inside `para`.
fn sentence_ends(text: &str, para: Span) -> Vec<usize> {
    let markers = list_markers(text, para);
    let mut ends = Vec::new();
    let s = para.text(text);
    let base = para.start;
    let mut last = base;
    let mut iter = s.char_indices().peekable();
    // The markers are in order and apart: the first one not yet passed is
    // the only one `at` can start or be inside (one pass, not one per
    // character: a megabyte of "1) a, 2) b, …" has 85,000 of them).
    let mut next_marker = 0;
    while let Some((i, c)) = iter.next() {
        let at = base + i;
        while markers.get(next_marker).is_some_and(|m| m.end <= at) {
            next_marker += 1;
        }
        let marker = markers.get(next_marker);
        // A list item ("2.) The second item") starts a sentence; not an
        // item of a list run into a sentence ("are: 1) Deviled, 2) Scotch
        // and 3) Boiled.").
        if marker.is_some_and(|m| m.start == at) && !text[last..at].trim().is_empty() && !runs_on_into(&text[last..at])
        {
            ends.push(at);
            last = at;
        }
        if !is_terminal(c) || marker.is_some_and(|m| m.start <= at && at < m.end) {
            continue;
        }
        // The run of terminals and closers that ends here ("?!", "...", `.”)`).
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if is_terminal(d) || is_closer(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let abs_end = base + end;
        if abs_end >= para.end {
            break;
        }
        if is_boundary(text, last, at, c, abs_end) {
            ends.push(abs_end);
            last = abs_end;
        }
    }
    ends
}

/// Whether text before a list marker leads into it within one sentence:
/// it ends with a comma, semicolon, colon or dash ("–", "—", a spaced
/// "-"), or with "and"/"or".
pub(crate) fn runs_on_into(before: &str) -> bool {
    let before = before.trim_end();
    let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    before.ends_with([',', ';', ':', '–', '—']) || matches!(last_word, "and" | "or" | "-")
}

/// A list item's marker: `start` is where the item begins (its bullet, if
/// any), `end` is past the marker's punctuation.
#[derive(Debug, Clone, Copy)]
struct Marker {
    start: usize,
    end: usize,
    ordinal: u32,
    letter: bool,
}

/// List markers ("1.", "2.)", "3)", "a.", "• 9.") in a paragraph. A
/// candidate counts only next to another of the sequence (1 and 2, a and b),
/// so "page 2) of" alone is no list.
fn list_markers(text: &str, para: Span) -> Vec<Marker> {
    let s = para.text(text);
    let b = s.as_bytes();
    let mut found = Vec::new();
    for (i, c) in s.char_indices() {
        let prev = s[..i].chars().next_back();
        let bullet_before = prev.is_some_and(is_bullet);
        if !(prev.is_none_or(char::is_whitespace) || bullet_before) {
            continue;
        }
        let (ordinal, letter, len) = if c.is_ascii_digit() {
            let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
            if n > 3 {
                continue;
            }
            (s[i..i + n].parse::<u32>().unwrap_or(0), false, n)
        } else if c.is_ascii_lowercase() {
            (u32::from(c as u8 - b'a') + 1, true, 1)
        } else {
            continue;
        };
        let after = &s[i + len..];
        let punct = if after.starts_with(".) ") {
            2
        } else if after.starts_with(") ")
            || (after.starts_with(". ") && (!letter || after[2..].starts_with(char::is_uppercase)))
        {
            1
        } else {
            continue;
        };
        // Split before a bullet: "• 9. The first item".
        let head = s[..i].trim_end();
        let start = match head.chars().next_back() {
            Some(x) if is_bullet(x) && (bullet_before || s[head.len()..i].chars().all(char::is_whitespace)) => {
                head.len() - x.len_utf8()
            }
            _ => i,
        };
        found.push(Marker { start: para.start + start, end: para.start + i + len + punct, ordinal, letter });
    }
    let seen: std::collections::HashSet<(bool, u32)> = found.iter().map(|m| (m.letter, m.ordinal)).collect();
    let in_sequence = |m: &Marker| {
        seen.contains(&(m.letter, m.ordinal + 1)) || m.ordinal > 0 && seen.contains(&(m.letter, m.ordinal - 1))
    };
    found.iter().copied().filter(in_sequence).collect()
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '*')
}

/// Whether the terminal `c` at `at` (its run ending at `run_end`) ends the
/// sentence that started at `sentence_start`.
fn is_boundary(text: &str, sentence_start: usize, at: usize, c: char, run_end: usize) -> bool {
    // What follows: whitespace, then the next sentence's first char.
    let rest = &text[run_end..];
    let next_start = rest.len() - rest.trim_start().len();
    let next = rest[next_start..].chars().next();
    let Some(next) = next else { return true };
    let next_word: String = rest[next_start..]
        .chars()
        .skip_while(|c| is_quote_mark(*c) || *c == '(')
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let prev = char_before(text, at);
    if next_start == 0 {
        // "Hello world.Today is Tuesday." and "bought 1,000.That" split;
        // "3.5", "U.S.", "e.g." and "Jane.Doe@example.com" do not; nor does
        // an ellipsis glued to a lower-case word ("on the following
        // aspects…first, the nature of the leak": a labelling of real news).
        let ellipsis = c == '…' || text[at..run_end].starts_with("...");
        if ellipsis && next.is_lowercase() {
            return false;
        }
        if c != '.' {
            return true;
        }
        let token_start =
            text[..at].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        let token_end = rest.find(char::is_whitespace).map_or(text.len(), |i| run_end + i);
        let token = &text[token_start..token_end];
        if token.contains('@') || token.contains("://") || token.starts_with("www.") {
            return false;
        }
        // A stock's code in brackets: "Canadian Tire Corp Ltd (CTCa.TO)",
        // "Toyota (7203.T)".
        if token.starts_with('(') && token.trim_end_matches(['.', ',', ';']).ends_with(')') && !token.contains(' ') {
            return false;
        }
        let word = word_before(text, at);
        // "Ph.D.": a dotted abbreviation, pieces of a letter or two each, the
        // first a capital ("Tuesday.Mr. Smith" and "went up.Dr. Smith" split).
        let dotted = word.chars().count() <= 2
            && word.starts_with(char::is_uppercase)
            && next_word.chars().count() <= 2
            && rest.strip_prefix(next_word.as_str()).is_some_and(|r| r.starts_with('.'));
        return prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
            && next.is_uppercase()
            && word.chars().count() > 1
            && !word.contains('.')
            && !dotted
            && !lexicon::is(&word.to_lowercase(), Role::Abbreviation);
    }
    // Spaced ellipses: ". . ." inside a sentence, ". . . ." ending one.
    let spaced_ellipsis = c == '.' && text[..at].ends_with(". ") && rest.starts_with(' ');
    if c == '.' && prev.is_some_and(char::is_alphanumeric) && rest.starts_with(" . .") {
        // "compounds. . . . The": the period ends it, the ellipsis opens the
        // next — when a capital follows the dots.
        let after_dots = rest.trim_start_matches([' ', '.']);
        return after_dots.starts_with(char::is_uppercase);
    }
    if c == '.' && text[sentence_start..at].chars().all(|x| x == '.' || x.is_whitespace()) {
        return false; // a sentence that so far is only an ellipsis
    }
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || is_quote_mark(next)
        || matches!(next, '(' | '[' | '¿' | '¡' | '•' | '-' | '—' | '–');
    if !opens {
        return false;
    }
    if c != '.' {
        return true;
    }
    let run = &text[at..run_end];
    if run.starts_with("..") || spaced_ellipsis || c == '…' {
        // An ellipsis ends a sentence before a capital, but not before "I"
        // ("the thing is . . . I didn’t mean it").
        let pronoun_i =
            next_word == "I" || rest[next_start..].starts_with("I’") || rest[next_start..].starts_with("I'");
        return (next.is_uppercase() || is_quote_mark(next)) && !pronoun_i;
    }
    if run.len() > 1 {
        return true; // `.”` `.)`: a closed quote or bracket ends it.
    }
    if inside_dateline(text, run_end) {
        return false;
    }
    let word = word_before(text, at);
    let lower = word.to_lowercase();
    let next_is_opener = lexicon::is(&next_word.to_lowercase(), Role::SentenceOpener);
    // "at 2:30 a.m. Thursday", "at 3:45 a.m. EDT": the time goes on.
    let next_lower = next_word.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if matches!(lower.as_str(), "a.m" | "p.m")
        && lexicon::roles(&next_lower).any(&[Role::Weekday, Role::Month, Role::TimeZone])
    {
        return false;
    }
    if matches!(lower.as_str(), "a.m" | "p.m") && next.is_uppercase() {
        // "He left the bank at 6 P.M. Mr. Smith …": a time closing a long
        // enough clause ends it; "At 5 a.m. Mr. Smith went" does not.
        return next_is_opener || text[sentence_start..at].split_whitespace().count() >= 5;
    }
    if lexicon::is(&lower, Role::AmbiguousAbbreviation) {
        return next_is_opener && next.is_uppercase();
    }
    if lexicon::is(&lower, Role::Abbreviation) || text[..at].ends_with("N°") || text[..at].ends_with("Nº") {
        return false;
    }
    // Initials ("J. D. Vance", "Albert I. Jones") — but the pronoun in
    // "you and I. Did you …" ends its sentence.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        let before = text[..at - word.len()].trim_end();
        let prev_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        return word == "I" && prev_word.starts_with(char::is_lowercase);
    }
    // Dotted abbreviations not in the list ("U.S.S.R.", "B.C.").
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return next_is_opener;
    }
    // "No. 5", "pp. 12", "Rs. 77" — digit after an abbreviation that takes numbers.
    if next.is_ascii_digit() && lexicon::is(&lower, Role::NumberAbbreviation) {
        return false;
    }
    // A list number ("1. Apples") at the start of a line.
    if word.chars().all(|c| c.is_ascii_digit()) && line_start_before(text, at) == at - word.len() {
        return false;
    }
    true
}

/// The word (letters, digits, inner periods) right before byte `at`.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start =
        head.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric() || *c == '.').last().map_or(at, |(i, _)| i);
    let word = &text[start..at];
    // "Tuesday.Mr" and "up.Dr" (no space after a sentence end) are two
    // words; "U.S", "e.g" and "Ph.D" are one: short pieces, all capitalised
    // or all lower-case.
    let capital = |part: &str| part.starts_with(char::is_uppercase);
    let one = word.split('.').all(|part| part.chars().count() <= 2)
        && (word.split('.').all(capital) || !word.split('.').any(capital));
    if one { word } else { word.rsplit('.').next().unwrap_or(word) }
}

fn line_start_before(text: &str, at: usize) -> usize {
    let head = &text[..at];
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    line_start + (head[line_start..].len() - head[line_start..].trim_start().len())
}

/// Index of the sentence that contains byte `at`, if any.
pub fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= at);
    (i < sentences.len() && sentences[i].span.start <= at).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn datelines_end_at_their_dash() {
        for (text, dateline) in [
            ("GENEVA — A", true),
            ("WASHINGTON (AP) — A", true),
            ("LONDON (Reuters) - A", true),
            ("Intro.\nNEW YORK, N.Y. – A", true),
            ("He met Jane Roe — a", false),
            ("Intro.\n(AP) — A", true),
            ("KYIV, Ukraine — A", true),
            ("NEW YORK, Dec. 5 (Reuters) - A", true),
            ("BEIJING, March 3 (Xinhua) -- A", true),
            ("ATLANTA, Ga. (AP) — A", true),
            ("Sept 5 (Reuters) - A", true),
            ("Dec. 12 (Reuters) - A", true),
            ("Sept 5 — A", false),
            ("March (Reuters) - A", false),
            ("Sept. 5 (Friday) - A", false),
            ("Oct. 7 (Game 1) - A", false),
            ("Sept. 5 (AP) - A", true),
            ("SEOUL, South Korea (AP) — A", true),
            ("(Bloomberg) -- A", true),
            ("WASHINGTON (AP)—A", true),
            ("Kyiv, Ukraine — A", false),
            // A place in small letters, with its wire (a review: "Atlanta,
            // Ga." was a sentence of its own); not a name and a party.
            ("Atlanta, Ga. (AP) — A", true),
            ("Kyiv, Ukraine (Reuters) — A", true),
            ("Jane Roe, D-Ohio (R) — A", false),
            ("Jane Roe (Reuters) — A", false),
            ("Sept. 5, 2024 (Reuters) - A", true),
            ("Sept. 5, 2024 (Friday) - A", false),
            ("NEW YORK, he said — A", false),
            ("(see below) — A", false),
            ("— A", false),
            ("A", false),
        ] {
            assert_eq!(after_dateline(text, text.len() - 1), dateline, "{text}");
        }
    }
    #[test]
    fn a_claim_starts_past_its_dateline() {
        for (text, claim) in [
            ("WASHINGTON (AP) — The Senate passed it.", "The Senate passed it."),
            ("LONDON (Reuters) - Prices rose.", "Prices rose."),
            ("Intro.\nGENEVA (AFP) — Talks began.", "Talks began."),
            ("Intro.\nGENEVA — Talks began.", "GENEVA — Talks began."),
            ("NHS — Waiting lists rose.", "NHS — Waiting lists rose."),
            ("USA — Canada 3-2 was the final score.", "USA — Canada 3-2 was the final score."),
            ("WARSAW/KYIV, Feb 24 (Reuters) - Talks began.", "Talks began."),
            ("He met Jane Roe — a friend.", "He met Jane Roe — a friend."),
            ("NEW YORK, Dec. 5 (Reuters) - Stocks fell.", "Stocks fell."),
            ("(CNN) — Talks began.", "Talks began."),
            ("WASHINGTON (AP)—The Senate passed it.", "The Senate passed it."),
            ("WASHINGTON (AP) — “We won,” he said.", "“We won,” he said."),
            ("NATO — the alliance said — will add troops.", "NATO — the alliance said — will add troops."),
            ("IBM — Big Blue — cut 3,900 jobs.", "IBM — Big Blue — cut 3,900 jobs."),
            ("FTX — once worth $32 billion — collapsed.", "FTX — once worth $32 billion — collapsed."),
            ("The year-long talks — long — ended.", "The year-long talks — long — ended."),
            ("UN — ", "UN — "),
            ("Sept 5 (Reuters) - Shares rose.", "Shares rose."),
            ("Sept. 5, 2024 (Reuters) - Shares rose.", "Shares rose."),
            ("Atlanta, Ga. (AP) — The council voted.", "The council voted."),
        ] {
            let line = text.rfind('\n').map_or(0, |i| i + 1);
            let span = past_dateline(text, Span::new(line, text.len()));
            assert_eq!(span.text(text), claim, "{text}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let ps = paragraphs(text);
        sentences(text, &ps).into_iter().map(|s| s.span.text(text)).collect()
    }

    macro_rules! sent {
        ($name:ident, $text:expr, [$($s:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(split($text), vec![$($s),*]);
            }
        };
    }

    sent!(simple, "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]);
    sent!(question, "What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]);
    sent!(exclamation, "There it is! I found it.", ["There it is!", "I found it."]);
    sent!(lowercase_after_period, "My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]);
    sent!(title_abbrev, "Please turn to p. 55.", ["Please turn to p. 55."]);
    sent!(two_abbrevs, "Were Jane and co. at the party?", ["Were Jane and co. at the party?"]);
    sent!(
        us_mid,
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        ["They closed the deal with Pitt, Briggs & Co. at noon."]
    );
    sent!(us_end, "Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]);
    sent!(us_title, "U.S. President Donald Trump spoke. He left.", ["U.S. President Donald Trump spoke.", "He left."]);
    sent!(
        us_sentence_end,
        "The aid came from the U.S. The next day it ended.",
        ["The aid came from the U.S.", "The next day it ended."]
    );
    sent!(initials, "J. D. Vance said so. Then he left.", ["J. D. Vance said so.", "Then he left."]);
    // Canadian police and council titles (a labelling of real news cut
    // "said Const." from "Jay Murray.").
    sent!(
        canadian_titles,
        "“It was a homicide,” said Const. Jay Murray. Coun. Ray Jones was absent.",
        ["“It was a homicide,” said Const. Jay Murray.", "Coun. Ray Jones was absent."]
    );
    sent!(
        a_glued_ellipsis_before_lower_case_and_a_stock_code,
        "He ruled on these aspects…first, the leak. Canadian Tire Corp Ltd (CTCa.TO) reported a profit. Toyota (7203.T) rose.",
        [
            "He ruled on these aspects…first, the leak.",
            "Canadian Tire Corp Ltd (CTCa.TO) reported a profit.",
            "Toyota (7203.T) rose."
        ]
    );
    sent!(
        a_title_abbreviation_can_end_a_sentence,
        "The suspect assaulted a Const. He was charged on Tuesday.",
        ["The suspect assaulted a Const.", "He was charged on Tuesday."]
    );
    sent!(
        military,
        "Lt. Col. Smith and Gen. Jones met Sen. Warren on Jan. 5. It rained.",
        ["Lt. Col. Smith and Gen. Jones met Sen. Warren on Jan. 5.", "It rained."]
    );
    sent!(
        decimals,
        "Growth was 0.4 percent. Version 1.2 shipped.",
        ["Growth was 0.4 percent.", "Version 1.2 shipped."]
    );
    sent!(
        dateline_region,
        "ATLANTA, Ga. (AP) — Rates fell.\nSPRINGFIELD, Ill. — It rained.\nHe moved to Atlanta, Ga. — the heat was new.",
        [
            "ATLANTA, Ga. (AP) — Rates fell.",
            "SPRINGFIELD, Ill. — It rained.",
            "He moved to Atlanta, Ga.",
            "— the heat was new."
        ]
    );
    sent!(
        dateline_region_in_small_letters,
        "Atlanta, Ga. (AP) — Rates fell.\nHe moved to Atlanta, Ga. (Reuters) reported it.",
        ["Atlanta, Ga. (AP) — Rates fell.", "He moved to Atlanta, Ga.", "(Reuters) reported it."]
    );
    sent!(number_abbrev, "It was item No. 5 on the list. It sold.", ["It was item No. 5 on the list.", "It sold."]);
    // Session 44: rupees written "Rs." before the figure (a review of Sri Lankan news).
    sent!(
        rupees_abbrev,
        "A fraud of Rs. 77 million was found. It grew.",
        ["A fraud of Rs. 77 million was found.", "It grew."]
    );
    sent!(quote_question, "“Are you coming?” he asked. She nodded.", ["“Are you coming?” he asked.", "She nodded."]);
    sent!(
        quote_period,
        "“I don’t want to,” he said. “Not now.” Then he left.",
        ["“I don’t want to,” he said.", "“Not now.”", "Then he left."]
    );
    sent!(
        ellipsis_lower,
        "I wasn't really ... well, what I mean... see . . . what I'm saying, is.",
        ["I wasn't really ... well, what I mean... see . . . what I'm saying, is."]
    );
    sent!(ellipsis_upper, "It went on... Then it stopped.", ["It went on...", "Then it stopped."]);
    sent!(
        no_space,
        "Hello world.Today is Tuesday.Mr. Smith went to the store.",
        ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store."]
    );
    sent!(no_space_after_a_short_word, "Prices went up.Dr. Smith said so.", ["Prices went up.", "Dr. Smith said so."]);
    sent!(
        dotted_degree,
        "It was led by Michael Shadlen, Ph.D., of Columbia. She holds an M.Sc. in physics.",
        ["It was led by Michael Shadlen, Ph.D., of Columbia.", "She holds an M.Sc. in physics."]
    );
    // A quote mark right after the period: nothing to slice by (this panicked once).
    sent!(dotted_quote_mark, "It ended ab.“Cd. Then it rained.", ["It ended ab.“Cd.", "Then it rained."]);
    sent!(parens, "He left (finally.) Then she came.", ["He left (finally.)", "Then she came."]);
    sent!(
        line_ends,
        "Headline without end\nBody starts here. It goes on.",
        ["Headline without end", "Body starts here.", "It goes on."]
    );
    sent!(email_like, "Send it to a.b@example.com. It works.", ["Send it to a.b@example.com.", "It works."]);
    sent!(
        am_pm,
        "At 5 p.m. the shop closed. It opened at 9 a.m. It was busy. He was held at 2:30 a.m. Thursday, police said. It landed at 3:45 a.m. EDT. Doors open at 8 a.m. ET. Sales begin at 9 a.m. May 5.",
        [
            "At 5 p.m. the shop closed.",
            "It opened at 9 a.m.",
            "It was busy.",
            "He was held at 2:30 a.m. Thursday, police said.",
            "It landed at 3:45 a.m. EDT.",
            "Doors open at 8 a.m. ET.",
            "Sales begin at 9 a.m. May 5."
        ]
    );

    #[test]
    fn furniture_and_headings_are_flagged() {
        let text = "Big Headline Here\n\nBody text. More text.\n\nPost a Comment\n0 Comments\nPost a Comment (0)\n3/related/default\nTags\n0\n1,234,567\n3/4\n1 / 5\n$60/person/year\n";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| (p.span.text(text), p.kind)).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                ("Big Headline Here", Heading),
                ("Body text. More text.", Body),
                ("Post a Comment", Furniture),
                ("0 Comments", Furniture),
                ("Post a Comment (0)", Furniture),
                ("3/related/default", Furniture),
                ("Tags", Furniture),
                ("0", Furniture),
                ("1,234,567", Heading),
                ("3/4", Heading),
                ("1 / 5", Furniture),
                ("$60/person/year", Heading),
            ]
        );
    }

    /// A page's time stamp is furniture; a sentence that opens with the
    /// word is not.
    #[test]
    fn time_stamps_are_furniture() {
        let text = "PUBLISHED: October 4, 2024 at 5:47 p.m. | UPDATED: October 4, 2024 at 9:12 p.m.\n\n\
                    Updated 12:04 PM ET, Fri March 3, 2023\n\n\
                    Posted: 2 hours ago\n\n\
                    Updated figures show 4,000 jobs were lost in 2023.\n\n\
                    Updated CDC guidance, issued in 2024, cuts isolation to 5 days.\n\n\
                    Posted Friday on X, the video drew 2 million views.";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| p.kind).collect();
        use BlockKind::*;
        assert_eq!(kinds, [Furniture, Furniture, Furniture, Body, Body, Body]);
    }

    /// Lines Reader View leaves in real pages' articles (the dev pages:
    /// nytimes-3, breitbart, yahoo-3); a caption is not one.
    #[test]
    fn reader_view_leaves_furniture() {
        let text = "Image\n\nContinue reading the main story\n\nSIGN UP FOR OUR NEWSLETTER\n\nView photo\n\nReplay\n\nA Con Edison worker repairs a main.\n\nImage of the week\n\nCredit Harry Campbell\n\nPhoto by James Martin/CNET\n\nPhotograph: Getty Images\n\nCredit Suisse Shares Fall Again\n\nVideo shows the storm\n\nHIDE CAPTION\n\nVideo Ad Feedback\n\n05:22 - Source: CNN\n\n1:02:33 - Source: CNN\n\n12:30 - Source: officials said the road was shut\n\nSee more photos:\n";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| (p.span.text(text), p.kind)).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                ("Image", Furniture),
                ("Continue reading the main story", Furniture),
                ("SIGN UP FOR OUR NEWSLETTER", Furniture),
                ("View photo", Furniture),
                ("Replay", Furniture),
                ("A Con Edison worker repairs a main.", Body),
                ("Image of the week", Heading),
                ("Credit Harry Campbell", Furniture),
                ("Photo by James Martin/CNET", Furniture),
                ("Photograph: Getty Images", Furniture),
                ("Credit Suisse Shares Fall Again", Heading),
                ("Video shows the storm", Heading),
                // Session 41: CNN's galleries and videos (newspaper4k's test pages).
                ("HIDE CAPTION", Furniture),
                ("Video Ad Feedback", Furniture),
                ("05:22 - Source: CNN", Furniture),
                ("1:02:33 - Source: CNN", Furniture),
                ("12:30 - Source: officials said the road was shut", Heading),
                ("See more photos:", Furniture),
            ]
        );
    }

    #[test]
    fn an_outline_has_the_paragraphs_and_tells_only_furniture_apart_later() {
        let text =
            "Big Headline Here\n\nBody text. More text \nthat wraps on.\n\nPost a Comment\n0 Comments\n1,234,567\n";
        let (full, outline) = (paragraphs(text), outline(text));
        assert_eq!(full.iter().map(|p| p.span).collect::<Vec<_>>(), outline.iter().map(|p| p.span).collect::<Vec<_>>());
        use BlockKind::*;
        let kinds = |ps: &[Paragraph]| ps.iter().map(|p| p.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&full), [Heading, Body, Furniture, Furniture, Heading]);
        assert_eq!(kinds(&outline), [Heading, Body, Heading, Heading, Heading]);
        // A caption is told from a clause by its words only when the
        // analysis comes: in the outline, "And housing has begun to rise."
        // has a caption's shape.
        let text =
            "We're consuming 50 percent of it.\n\nAnd housing has begun to rise.\n\nJoe Biden speaking in Delaware.";
        assert_eq!(kinds(&crate::segment::outline(text)), [Heading, Heading, Heading]);
        assert_eq!(kinds(&paragraphs(text)), [Body, Body, Heading]);
    }

    // A review of real news: a sentence that runs on into a quote in the
    // next paragraph was a heading, so its speaker was no one's.
    #[test]
    fn a_sentence_ending_in_a_comma_runs_on() {
        let text = "Police chief speaks,\n\nIn a briefing, General Rolando Miranda said there are four suspects,\n\n“Three gunmen,” he said.";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Body, BlockKind::Body]);
        // A headline or an address that ends in a comma stays one (a
        // regression hunt: they were scored as claims).
        let text = "Teachers Strike Over Pay As Government Offers Just Two Per Cent Rise,\n\nDepartment of Foreign Affairs, 80 St Stephen's Green, Dublin 2,\n\nTeachers walked out on Monday.";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Heading, BlockKind::Body]);
    }

    #[test]
    fn captions_are_heading_like() {
        let text =
            "Donald Trump speaking at the White House after canceling his meeting.\n\nTrump spoke at length. He left.";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Body]);
    }

    // A one-sentence paragraph whose -ing word is its subject's noun, or
    // opens an aside, is body text (a helper's probe articles).
    #[test]
    fn an_ing_noun_or_aside_is_no_caption() {
        let text = "The shooting is the 27th in Springdale this year, up from 19.\n\n\
                    Ukrainian President Viktor Hrytsenko, speaking in a video address, accused Moscow of sabotage.\n\n\
                    The meeting ended without a deal.\n\n\
                    Protesters marching in Kyiv on Sunday.\n\n\
                    Donald Trump, speaking at the White House on Monday.\n\n\
                    We're consuming 50 percent of the world's cocaine.\n\n\
                    It's being fought primarily in Asia.\n\n\
                    Maybe I'm trying to save the money.\n\n\
                    And housing has begun to rise.\n\n\
                    In giving our people better care, we hired more staff.\n\n\
                    Government spending has gone out of control.\n\n\
                    Consumer spending rose 3.7% in the quarter.\n\n\
                    What's driving the rally is unclear.\n\n\
                    The Queen arriving at Balmoral in 2022.\n\n\
                    Joe Biden speaking in Wilmington, Delaware, on Monday.\n\n\
                    After reviewing the footage, police charged two men with assault on Friday.\n\n\
                    While driving home, the mayor crashed into a pole, police said.\n\n\
                    Though facing another tough year, city councilors rightly set aside a tax rise.\n\n\
                    Javier Milei’s sweeping reform bill won general approval in the Senate late on Wednesday by a wafer-thin margin.\n\n\
                    Johnson's resigning cabinet ministers leaving Downing Street.";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| p.kind).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                Body, Body, Body, Heading, Heading, Body, Body, Body, Body, Body, Body, Body, Body, Heading, Heading,
                Body, Body, Body, Body, Heading
            ]
        );
    }

    // bbc-1: a quote with its attribution is no caption; its bulleted list
    // of what Obama said is body text to score, a short bullet is not.
    #[test]
    fn quoted_lines_and_bulleted_statements_are_body_text() {
        let text = "Children growing up during his presidency \"will have a different view,\" he said.\n\n\
                    • The UK must stay in the EU to have influence on the world stage\n\n\
                    - He is confident the Iran deal will be passed\n\n• Share this\n\n• Read more";
        let kinds: Vec<_> = paragraphs(text).into_iter().map(|p| (p.span.text(text), p.kind)).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                ("Children growing up during his presidency \"will have a different view,\" he said.", Body),
                ("• The UK must stay in the EU to have influence on the world stage", Body),
                ("- He is confident the Iran deal will be passed", Body),
                ("• Share this", Heading),
                ("• Read more", Heading),
            ]
        );
        // The page's outline, made without the lexicon, reads them the same.
        assert_eq!(outline(text).iter().map(|p| p.kind).collect::<Vec<_>>(), [Body, Body, Body, Heading, Heading]);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "This is a long line of plain text that was wrapped by\nan editor at a fixed width. It goes on.\nNew paragraph.";
        let ps = paragraphs(text);
        assert_eq!(ps.len(), 2);
        assert_eq!(split(text).len(), 3);
    }
}
