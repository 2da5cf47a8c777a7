//! Numbers that name rather than measure: "F-16", "Resolution 2735", phone numbers.

use super::*;

impl Parser<'_> {
    /// "F-16", "G7", "Resolution 2735", phone numbers.
    pub(super) fn identifier_at(&self, i: usize) -> Option<(Number, usize)> {
        let (_, grouped, digits, _) = self.num(i)?;
        let t = &self.toks[i];
        if let Some(code) = self.document_code(i) {
            return Some(code);
        }
        let glued_letters = i > 0
            && !t.space
            && (matches!(self.toks[i - 1].tok, Tok::Word(_))
                || (self.sym(i - 1).is_some_and(|c| c == '-')
                    && i > 1
                    && !self.toks[i - 1].space
                    && matches!(self.toks[i - 2].tok, Tok::Word(_))
                    && self.is_capitalized(i - 2))
                // "K2-293b": after a name's figure and a hyphen (a review of
                // space news read 293 billion).
                || self.sym(i - 1) == Some('-')
                    && !self.toks[i - 1].space
                    // (Its figure glued to letters: not "MH17-298 victims".)
                    // (One letter, no scale's: not "Q1-2bn", "Covid-19-5m".)
                    && self.word(i + 1).is_some_and(|w| self.glued(i + 1) && w.len() == 1 && !matches!(w, "m" | "k"))
                    && self.out.last().is_some_and(|p| {
                        p.kind == NumberKind::Identifier && p.span.end == self.toks[i - 1].span.start
                    }));
        // "Resolution 2735", "No. 23-1847".
        let cue = i > 0 && self.entry(i - 1).is_some_and(is_identifier_cue) && self.is_capitalized(i - 1)
            || i > 1
                && self.sym(i - 1) == Some('.')
                && self.glued(i - 1)
                && self.plays(i - 2, crate::lexicon::Role::NumberAbbreviation)
                && self.is_capitalized(i - 2);
        let hash = i > 0 && self.sym(i - 1) == Some('#') && !t.space;
        let long = digits >= 7 && !grouped;
        // 555-123-4567, +1 202 555 0143
        let phone = self.sym(i + 1).is_some_and(|c| c == '-')
            && self.glued(i + 1)
            && self.num(i + 2).is_some_and(|n| n.2 >= 3)
            && self.glued(i + 2)
            && self.sym(i + 3).is_some_and(|c| c == '-')
            && self.num(i + 4).is_some()
            // 555-0142: a group of four that opens with 0 is no range's end.
            || digits == 3
                && self.sym(i + 1) == Some('-')
                && self.glued(i + 1)
                && self.num(i + 2).is_some_and(|n| n.2 == 4)
                && self.glued(i + 2)
                && self.toks[i + 2].span.text(self.text).starts_with('0');
        // "1. Finland": a list marker at the start of a paragraph.
        let list_marker = i == 0
            && !grouped
            && digits <= 2
            && matches!(self.sym(1), Some('.' | ')'))
            && self.glued(1)
            && self.word(2).is_some_and(|_| self.spaced(2))
            // "are: 1) Deviled, 2) Scotch and 3) Boiled": a list run into a
            // sentence (cleveland.com, session 41).
            || i > 0 && !grouped && digits <= 2 && self.inline_list_marker(i);
        // "1010data", "2K17", "4K": letters glued after the digits that are
        // no unit, scale, ordinal or decade suffix.
        let glued_after = self.word(i + 1).filter(|_| self.glued(i + 1)).is_some_and(|w| {
            let written = self.toks[i + 1].span.text(self.text);
            // "24703m2": an area, not a chain of letters and digits.
            let area = unit_of(self.toks[i + 1].entry).is_some_and(|(_, k)| k == NumberKind::Distance)
                && matches!(self.num(i + 2), Some((2.0 | 3.0, _, 1, false)))
                && !self.glued(i + 3);
            let chain = self.num(i + 2).is_some() && self.glued(i + 2) && !area;
            // "3D", "5G"; "4790k" (a model: nobody writes 4,790 thousand that way).
            let letter_name = matches!(written, "D" | "G") || w == "k" && digits >= 4 && !grouped;
            let resolution = letter_name
                || matches!(written, "K") && matches!(self.num(i), Some((4.0 | 8.0, ..)))
                || w == "p" && self.num(i).is_some_and(|n| is_video_resolution(n.0));
            let lower_word = w.len() >= 3
                && written.chars().all(|c| c.is_lowercase())
                && unit_of(w).is_none()
                && glued_scale(w).is_none()
                && scale_value(w).is_none()
                && currency_word(w).is_none()
                && !matches!(w, "am" | "pm" | "mph" | "kph" | "percent" | "pct");
            // "1Malaysia", "1MDB": a name that opens with a figure (a review of
            // Malaysian news counted them), not "5GHz", "10Mbps", "8GB".
            let measure = w == "percent"
                || crate::lexicon::roles(w).any(&[
                    crate::lexicon::Role::Scale,
                    crate::lexicon::Role::Month,
                    crate::lexicon::Role::Unit,
                    crate::lexicon::Role::Currency,
                ]);
            let capital_word = written.len() >= 5
                && written
                    .strip_prefix(|c: char| c.is_ascii_uppercase())
                    .is_some_and(|rest| rest.chars().all(|c| c.is_ascii_lowercase()))
                && !measure;
            // (Not a measure's word: "5Million", "1MILLION", "1GBP", "5March".)
            let capitals =
                digits == 1 && written.len() >= 3 && written.chars().all(|c| c.is_ascii_uppercase()) && !measure;
            chain || resolution || lower_word || capital_word || capitals
        });
        // "401(k)": a letter in brackets names a plan, a clause; so do a
        // section's subsections, "Section 27(1)", "4(2)(b)" (a review of
        // Bangladeshi court news counted them).
        let bracketed = |k: usize| {
            self.sym(k) == Some('(')
                && self.glued(k)
                && (self
                    .word(k + 1)
                    .is_some_and(|w| w.len() == 1 || w.len() <= 4 && w.chars().all(|c| "ivx".contains(c)))
                    || self.num(k + 1).is_some_and(|(_, grouped, digits, decimal)| !grouped && !decimal && digits <= 2))
                && self.glued(k + 1)
                && self.sym(k + 2) == Some(')')
                && self.glued(k + 2)
        };
        // (After a section's word, or another subsection: not a batter's
        // "82(53)", a player's "236(14)" appearances; a regression hunt.)
        let sectioned = i > 0
            && (self.entry(i - 1).is_some_and(is_identifier_cue)
                || matches!(self.word(i - 1), Some("and" | "or"))
                    && self
                        .out
                        .last()
                        .is_some_and(|p| p.kind == NumberKind::Identifier && p.span.text(self.text).contains('(')));
        let lettered = self.word(i + 2).is_some();
        if !grouped && bracketed(i + 1) && (sectioned || lettered) {
            let mut end = i + 1;
            while bracketed(end) {
                end += 3;
            }
            let span = Span::new(t.span.start, self.toks[end - 1].span.end);
            return Some((number(span, None, None, NumberKind::Identifier), end));
        }
        // "0117 922 2650", "020 7946 0958": a trunk prefix's 0, then groups
        // of figures, spaced — a telephone number (nine figures or more:
        // "at 0800 2000 soldiers advanced" is a time and a count).
        if !grouped && digits >= 3 && t.span.text(self.text).starts_with('0') {
            let mut end = i + 1;
            while end < i + 4 && self.spaced(end) && matches!(self.num(end), Some((_, false, 3 | 4, false))) {
                end += 1;
            }
            let figures: usize = (i..end).filter_map(|k| self.num(k)).map(|n| n.2).sum();
            if end > i + 1 && figures >= 9 {
                let span = Span::new(t.span.start, self.toks[end - 1].span.end);
                return Some((number(span, None, None, NumberKind::Identifier), end));
            }
        }
        // "2210 Elm St.", "47 Rivington Street", "the 1400 block of Carver
        // Avenue": a house number names a place.
        let address = !grouped && digits <= 5 && {
            let mut k = i + 1;
            while k < i + 4 && self.word(k).is_some() && self.is_capitalized(k) && self.spaced(k) {
                k += 1;
            }
            k > i + 2 && self.plays(k - 1, crate::lexicon::Role::StreetSuffix)
                || self.word(i + 1) == Some("block") && self.word(i + 2) == Some("of")
        };
        if address {
            return Some((number(t.span, None, None, NumberKind::Identifier), i + 1));
        }
        // "the 911 call", "dialled 999": an emergency number names a service.
        let emergency = !grouped
            && matches!(self.num(i), Some((911.0 | 999.0, ..)))
            && t.space
            && (self.entry(i + 1).is_some_and(|e| e.roles.has(crate::lexicon::Role::EmergencyCue))
                && self.spaced(i + 1)
                && i > 0
                && (matches!(self.word(i - 1), Some("a" | "an" | "the" | "to" | "his" | "her" | "their" | "my"))
                    // "three 999 calls", "a second 999 call" (a review of an inquest).
                    || self.plays(i - 1, crate::lexicon::Role::Cardinal)
                    || self.plays(i - 1, crate::lexicon::Role::Ordinal))
                || i > 0
                    && matches!(self.word(i - 1), Some("dial" | "dialed" | "dialled" | "dialing" | "dialling"))
                // "the man who had called 911 was shot" (not "called 911 times").
                || i > 0
                    && self.plays(i - 1, crate::lexicon::Role::CallsALine)
                    && self.word(i + 1).is_none_or(|w| {
                        unit_of(w).is_none() && !(is_noun_candidate(w) && looks_plural(w))
                    }));
        // "U.S. 395, a major route": a federal highway's number (not "in the
        // U.S. 395 people died").
        let route = !grouped
            && digits <= 3
            && t.space
            && i >= 4
            && self.word(i - 4) == Some("u")
            && self.sym(i - 3) == Some('.')
            && self.word(i - 2) == Some("s")
            && self.sym(i - 1) == Some('.')
            && (i - 3..i).all(|k| self.glued(k))
            // ("U.S. 395 was closed", "U.S. 1 faced delays"; not the "U.S.
            // 10-year yield", nor people or money after it.)
            && !(self.sym(i + 1) == Some('-') && self.glued(i + 1))
            && self.word(i + 1).is_none_or(|w| {
                !(is_noun_candidate(w) && looks_plural(w))
                    && unit_of(w).is_none()
                    && scale_value(w).is_none()
                    && currency_word(w).is_none()
            });
        // "by calling 211", "text 741741", "text HOME to 741741": a service's
        // line (a three-digit N11 code, 988, 112, 999) or a short code of five
        // or six digits is called, not counted ("call 250 for jury duty",
        // "call 150 to 200 donors").
        let line = !grouped
            && self.num(i).is_some_and(|(v, ..)| {
                digits == 3 && (v % 100.0 == 11.0 || matches!(v, 988.0 | 999.0 | 112.0 | 101.0))
                    || (5..=6).contains(&digits)
            });
        let calling = |k: usize| {
            matches!(
                self.word(k),
                Some("call" | "calling" | "dial" | "dialed" | "dialled" | "dialing" | "dialling" | "text" | "texting")
            )
        };
        let dialled = line
            && i > 0
            && self.spaced(i)
            && (calling(i - 1) || i > 2 && self.word(i - 1) == Some("to") && calling(i - 3))
            && self.word(i + 1).is_none_or(|w| matches!(w, "or" | "and" | "for" | "if" | "from" | "at" | "anytime"))
            && (!self.glued(i + 1) || matches!(self.sym(i + 1), Some('.' | ',' | ';' | ':' | ')')));
        // "I dialed 919": any three figures dialled (the Bahamas' 919, a
        // review of Caribbean court news; not "dialled 999 times").
        let dialled_three = !grouped
            && digits == 3
            && t.space
            && i > 0
            && matches!(self.word(i - 1), Some("dial" | "dialed" | "dialled" | "dialing" | "dialling"))
            // (Not "dialled 500 customers", "dialed 150 elderly residents".)
            && self.word(i + 1).is_none_or(|w| {
                matches!(w, "and" | "or" | "but" | "for" | "from" | "at" | "to" | "in" | "on" | "after" | "when" | "then")
            });
        if emergency || dialled || route || dialled_three {
            return Some((number(t.span, None, None, NumberKind::Identifier), i + 1));
        }
        // "1.8.3", "192.168.1.2": versions and addresses.
        let dotted =
            self.sym(i + 1) == Some('.') && self.glued(i + 1) && self.num(i + 2).is_some() && self.glued(i + 2);
        if !(glued_letters || cue || hash || long || phone || list_marker || glued_after || dotted) {
            return None;
        }
        let mut end = i + 1;
        // "No. 23-1847": a docket's parts.
        if cue {
            while self.sym(end) == Some('-') && self.glued(end) && self.num(end + 1).is_some() && self.glued(end + 1) {
                end += 2;
            }
        }
        if phone {
            // Every group of the number: "1-800-555-0199".
            while self.sym(end) == Some('-') && self.glued(end) && self.num(end + 1).is_some() && self.glued(end + 1) {
                end += 2;
            }
        }
        if list_marker {
            return Some((number(t.span, None, None, NumberKind::Identifier), end));
        }
        // A glued letter suffix belongs to the name too ("MH17s"), and the
        // parts of a dotted one ("1.8.3").
        while end < self.toks.len()
            && self.glued(end)
            && (matches!(self.toks[end].tok, Tok::Word(_) | Tok::Num { .. })
                || dotted && self.sym(end) == Some('.') && self.num(end + 1).is_some() && self.glued(end + 1))
        {
            end += 1;
        }
        let span = Span::new(t.span.start, self.toks[end - 1].span.end);
        Some((number(span, None, None, NumberKind::Identifier), end))
    }

    /// A capitalised number word in the middle of a sentence names something:
    /// "World War Three", "Channel Four", "on Ninety Mile Beach" (but "Police
    /// Arrest Three Men", all capitals, counts).
    pub(super) fn name_at(&self, i: usize) -> Option<(Number, usize)> {
        // "Stones in His Pockets, A Thousand Clowns, and …": a capital "A"
        // inside a sentence opens a title (a review of theatre news counted
        // a thousand clowns).
        // (In a list of titles: a capital before the comma and a comma
        // after; not a headline's "In Paris, A Thousand Protesters March", a
        // regression hunt. Or right after a word in lower case: "a producer
        // of A Thousand Clowns", where no headline's capitals stand.)
        let listed = i >= 2
            && matches!(self.sym(i - 1), Some(',' | ';'))
            && self.word(i - 2).is_some()
            && self.is_capitalized(i - 2)
            && matches!(self.sym(i + 3), Some(',' | ';'));
        let after_lower = i > 0 && self.spaced(i) && self.word(i - 1).is_some() && !self.is_capitalized(i - 1);
        if matches!(self.word(i), Some("a" | "an"))
            && self.is_capitalized(i)
            && (listed || after_lower)
            && self.entry(i + 1).is_some_and(|e| word_value(e).is_some() || scale_value(e).is_some())
            && self.is_capitalized(i + 1)
            && self.word(i + 2).is_some()
            && self.is_capitalized(i + 2)
        {
            return Some((number(self.toks[i + 1].span, None, None, NumberKind::Identifier), i + 2));
        }
        word_value(self.entry(i)?)?;
        let next_capitalized = self.word(i + 1).is_some() && self.is_capitalized(i + 1);
        // Mid-sentence: after a word, a comma or a quotation mark, not after a full stop.
        let mid_sentence = i > 0 && !matches!(self.sym(i - 1), Some('.' | '!' | '?' | ':' | '|' | '(' | '“' | '"'));
        let named = self.is_capitalized(i)
            && mid_sentence
            && (self.word(i - 1).is_some_and(|_| self.is_capitalized(i - 1)) != next_capitalized
                || self.word(i - 1).is_some_and(|w| !self.is_capitalized(i - 1) && w != "and") && next_capitalized
                // "the Big Four Agenda", "on Channel Four News" in a
                // sentence, not a headline's "Police Arrest Three Men" (a
                // review of Kenyan news counted four).
                || i >= 2
                    && next_capitalized
                    && self.word(i - 1).is_some_and(|_| self.is_capitalized(i - 1))
                    && self.word(i - 2).is_some()
                    && !self.is_capitalized(i - 2));
        named.then(|| (number(self.toks[i].span, None, None, NumberKind::Identifier), i + 1))
    }

    /// "PlayStation 4 Pro", "Halo 3", "GTX 1080": a bare whole number
    /// right after a capitalised word that is no sentence opener, qualifier
    /// or month names a product or a sequel. `n` was read at `i`.
    pub(super) fn is_product_number(&self, n: &Number, i: usize) -> bool {
        use crate::lexicon::{Role, roles};
        // "iPhone 15 runs iOS 17.2", "AuraOS 15.1": after a name with a
        // capital inside and small letters, a number names a model or a
        // version, with whatever word follows it or a decimal.
        let camel = i > 0 && self.spaced(i) && {
            let written = self.toks[i - 1].span.text(self.text);
            written.chars().skip(1).any(char::is_uppercase)
                && written.chars().any(char::is_lowercase)
                && !written.starts_with("Mc")
                && !written.starts_with("Mac")
                && !written.contains(['’', '\''])
        };
        if camel
            && matches!(n.kind, NumberKind::Count | NumberKind::Year)
            && n.approx.is_none()
            && n.range.is_none()
            && n.currency.is_none()
            && self.num(i).is_some_and(|(_, grouped, digits, _)| !grouped && digits <= 4)
            // Not scaled: "PlayStation sold 50 million" is no model.
            && self.toks[i].span.end == n.span.end
            || camel && n.unit.is_some() && n.kind == NumberKind::Count && n.value == self.num(i).map(|x| x.0)
        {
            return true;
        }
        let Some((v, false, digits, false)) = self.num(i) else { return false };
        // "S&P 500 slips": an index named by letters joined with "&", its
        // number before a verb of change too (a review of a markets headline
        // counted "500 ends"; "ends" the lexicon does not know as a verb).
        let letter = |k: usize| {
            self.word(k).is_some_and(|_| {
                let w = self.toks[k].span.text(self.text);
                w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
            })
        };
        if i >= 3
            && self.sym(i - 2) == Some('&')
            && self.glued(i - 2)
            && self.glued(i - 1)
            && letter(i - 1)
            && letter(i - 3)
            && self.spaced(i)
            && n.kind == NumberKind::Count
            && n.value == Some(v)
            // (Not a count of what follows, "M&S 100 stores", nor a year,
            // "H&M 2023 results"; a regression hunt.)
            && n.unit.as_deref().is_none_or(|u| {
                crate::lexicon::is_verb_like(u) || crate::lexicon::is(u, crate::lexicon::Role::ChangeVerb)
            })
            && !(1900.0..=2100.0).contains(&v)
        {
            return true;
        }
        // "Labor won 41 seats, Liberals 4 and the Nationals 4": a count
        // after a party, its noun left out after a count with one in the
        // same sentence (a review of election news read names). Only in a
        // list of such pairs: the number before it just before (",
        // Liberals 4", " and the Nationals 4", " to Labor 30"), not "through
        // Week 4", "including Halo 3 and Fallout 3". Asked last, and over
        // the last few hundred bytes only, each gap read once: a list of a
        // thousand pairs, or a megabyte of "1,1,1", is read in linear time.
        let elliptical = || {
            let at = self.toks[i].span.start;
            let listed = self.out.last().filter(|p| p.kind == NumberKind::Count).is_some_and(|p| {
                let gap = self.text.get(p.span.end..self.toks[i - 1].span.start).unwrap_or("");
                let words: Vec<&str> =
                    gap.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
                words.len() <= 2
                    && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == ',')
                    && words
                        .iter()
                        .all(|w| w == &"to" || crate::lexicon::roles(w).any(&[Role::Article, Role::Coordinator]))
            });
            if !listed || !(self.phrase_ends(i + 1) || self.plays(i + 1, Role::Coordinator)) {
                return false;
            }
            let window = at.saturating_sub(300);
            let mut end = at;
            for p in self.out.iter().rev() {
                if p.span.end < window || p.span.end > end {
                    return false;
                }
                if self.text.get(p.span.end..end).is_none_or(|gap| gap.contains(['.', '!', '?', '\n', ';'])) {
                    return false;
                }
                if p.kind == NumberKind::Count && p.unit.is_some() {
                    return true;
                }
                end = p.span.start;
            }
            false
        };
        // "GTX 1080", "Vision 2030": four digits name too.
        // "the Formula 1 race", "a Windows 11 laptop": after an article and
        // a name, a number before a singular noun names the thing the noun
        // is (a review of motor racing news counted one race).
        let singular_after_name = n.kind == NumberKind::Count
            && n.unit.as_deref().is_some_and(|u| !looks_plural(u))
            && n.value == Some(v)
            && i >= 2
            && self.plays(i - 2, crate::lexicon::Role::Article)
            // … where the noun's phrase ends: not "A Villa 1 goal defeat".
            && (self.word(i + 2).is_none()
                || self.word(i + 2).is_some_and(|w| {
                    crate::lexicon::roles(w).any(&[
                        crate::lexicon::Role::Preposition,
                        crate::lexicon::Role::Coordinator,
                        crate::lexicon::Role::Auxiliary,
                        crate::lexicon::Role::BeForm,
                    ]) || w.ends_with("ed")
                }));
        let bare = matches!(n.kind, NumberKind::Count | NumberKind::Year)
            && n.approx.is_none()
            && n.range.is_none()
            && (self.toks[i].span == n.span || singular_after_name);
        bare && digits <= 4
            && v.fract() == 0.0
            && i > 0
            && self.spaced(i)
            && self.word(i - 1).is_some_and(|w| {
                // "iPhone 4", "eBay 2": a capital inside the word names too.
                // (Not an owner: "Tony Blair's 1997 landslide", "the WHO's 2019
                // guidance", "the Association's 565 members".)
                (self.is_capitalized(i - 1)
                    || self.toks[i - 1].span.text(self.text).chars().skip(1).any(char::is_uppercase))
                    && (!crate::chars::is_possessive(self.toks[i - 1].span.text(self.text))
                        // ("Standard & Poor's 500 index" names one.)
                        || self.word(i + 1) == Some("index"))
                    && !roles(w).any(&[
                        Role::SentenceOpener,
                        Role::NotName,
                        Role::Qualifier,
                        Role::Month,
                        Role::Weekday,
                        Role::Title,
                        Role::Preposition,
                    ])
            })
            && !elliptical()
    }
}

/// "1080p" names a video format, it is no price in pence.
pub(super) fn is_video_resolution(v: f64) -> bool {
    [144.0, 240.0, 360.0, 480.0, 540.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0].contains(&v)
}

impl Parser<'_> {
    /// "are: 1) Deviled, 2) Scotch and 3) Boiled": a marker of a list run
    /// into a sentence (cleveland.com, session 41), as the sentence splitter
    /// reads one (`segment::runs_on_into`): "N)" after a comma, colon,
    /// dash, "and" or "or" — or opening a sentence: "1) Remove the battery.
    /// 2) Wait." — with the marker before it or after it in the list nearby, and not closing a bracket ("(Levels 3 and 4)", "(see
    /// table 2 (a), rows 3 and 4)").
    fn inline_list_marker(&self, i: usize) -> bool {
        let Some((n, ..)) = self.num(i) else { return false };
        let marker = |k: usize, want: f64| {
            self.num(k).is_some_and(|m| m.0 == want) && self.sym(k + 1) == Some(')') && self.glued(k + 1)
        };
        // The cheap tests first: most figures have no ")" after them.
        let neighbour =
            || (i.saturating_sub(40)..i).any(|k| marker(k, n - 1.0)) || (i + 2..i + 40).any(|k| marker(k, n + 1.0));
        if !(self.sym(i + 1) == Some(')')
            && self.glued(i + 1)
            && self.word(i + 2).is_some_and(|_| self.spaced(i + 2))
            && (crate::segment::runs_on_into(&self.text[..self.toks[i].span.start])
                || self.text[..self.toks[i].span.start].trim_end().ends_with(['.', '!', '?']))
            && neighbour())
        {
            return false;
        }
        // Back to an unclosed "(": inside a bracket, the ")" closes it.
        let mut depth = 0usize;
        for k in (i.saturating_sub(200)..i).rev() {
            match self.sym(k) {
                Some(')') => depth += 1,
                Some('(') if depth == 0 => return false,
                Some('(') => depth -= 1,
                _ => {}
            }
        }
        true
    }

    /// "A/79/L.36", "S/RES/2735": a United Nations document's code, a
    /// figure between slashes after capital letters (a review of UN news
    /// read 79 and 36 as counts). The whole run of glued pieces, from its
    /// capital letters, is the code.
    fn document_code(&self, i: usize) -> Option<(Number, usize)> {
        let glued_run = |k: usize| {
            self.toks.get(k).is_some_and(|t| !t.space)
                && !matches!(self.sym(k), Some('(' | ')' | ',' | ';' | '[' | ']'))
        };
        // (A few pieces either way: the work per figure stays bounded in a
        // megabyte of "1/1/1/…".)
        // (Not back over a number read before: "K/RM1e9999/11k" after
        // "RM1", a property test.)
        let read_to = self.out.last().map_or(0, |p| p.span.end);
        let mut a = i;
        while a > 0
            && i - a < 12
            && glued_run(a)
            && !matches!(self.sym(a - 1), Some('(' | ')' | ',' | ';' | '[' | ']'))
            && self.toks[a - 1].span.start >= read_to
        {
            a -= 1;
        }
        let mut b = i + 1;
        while glued_run(b) && b < i + 12 {
            b += 1;
        }
        // A closing dot is the sentence's: "… A/79/L.35." ends at 35.
        while b > i + 1 && self.sym(b - 1) == Some('.') {
            b -= 1;
        }
        let slashes = (a..b).filter(|&k| self.sym(k) == Some('/')).count();
        let text = &self.text[self.toks[a].span.start..self.toks[b - 1].span.end];
        let opens = text
            .split('/')
            .next()
            .is_some_and(|head| (1..=3).contains(&head.len()) && head.chars().all(|c| c.is_ascii_uppercase()));
        (i - a <= 10
            && slashes >= 2
            && opens
            && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.')))
        .then(|| {
            (
                number(
                    Span::new(self.toks[a].span.start, self.toks[b - 1].span.end),
                    None,
                    None,
                    NumberKind::Identifier,
                ),
                b,
            )
        })
    }
}
