//! Ordinals: "first term", "21st century", "twenty-first".

use super::*;

/// The lexicon's `noun-ending`s, read once.
static NOUN_ENDINGS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::lexicon::entries(Role::NounEnding));

impl Parser<'_> {
    /// A company's quarter or half: "Q2", "in Q4 2023", "2Q", "H1" — the
    /// second quarter, the first half.
    pub(super) fn period_at(&self, i: usize) -> Option<(Number, usize)> {
        let (v, grouped, digits, false) = self.num(i)? else { return None };
        if grouped || digits != 1 {
            return None;
        }
        let written = |k: usize| self.toks[k].span.text(self.text);
        let letter = |k: usize| matches!(self.toks.get(k)?.tok, Tok::Word(_)).then(|| written(k));
        let (noun, start, end) =
            match (i.checked_sub(1).filter(|_| !self.toks[i].space).and_then(letter), letter(i + 1)) {
                (Some("Q"), _) => ("quarter", i - 1, i + 1),
                (Some("H"), _) => ("half", i - 1, i + 1),
                (_, Some("Q")) if self.glued(i + 1) => ("quarter", i, i + 2),
                (_, Some("H")) if self.glued(i + 1) => ("half", i, i + 2),
                _ => return None,
            };
        // "4Q23", "1H24": with the year's last two figures glued (a figure
        // and "H" alone is no half: "a 2H pencil").
        let year = start == i && self.glued(end) && matches!(self.num(end), Some((_, false, 2, false)));
        let end = if year { end + 1 } else { end };
        if start == i && noun == "half" && !year {
            return None;
        }
        let most = if noun == "quarter" { 4.0 } else { 2.0 };
        // "Q1-Q3", "Q3/Q4": a quarter joined to another.
        let quarter_at = |k: usize| {
            self.word(k).is_some_and(|_| written(k) == "Q") && self.glued(k + 1) && self.num(k + 1).is_some()
        };
        let joined_after = matches!(self.sym(end), Some('-' | '–' | '/')) && self.glued(end) && quarter_at(end + 1);
        let joined_before = start >= 3
            && matches!(self.sym(start - 1), Some('-' | '–' | '/'))
            && self.glued(start)
            && self.num(start - 2).is_some()
            && quarter_at(start - 3);
        // Alone: not in a longer name ("Q2x", "AQ2", "H1N1", "H1-B").
        let alone = (start == 0
            || self.toks[start].space
            || joined_before
            || self.sym(start - 1).is_some_and(|c| !matches!(c, '-' | '/')))
            && (end >= self.toks.len()
                || !self.glued(end)
                || joined_after
                || matches!(self.sym(end), Some('.' | ',' | ';' | ':' | ')' | '!' | '?')));
        if !(alone && (1.0..=most).contains(&v)) {
            return None;
        }
        // A period of a company's year, not a model ("Audi's Q2", "a Hummer
        // H1", "H2 fuel cells"): after a preposition or an article ("in Q2",
        // "the Q2 results"), or before what is counted in it ("Q2 revenue").
        let counted = |k: usize| self.plays(k, Role::PeriodFigure);
        // ("In Q3, we grew revenue 16%": a preposition opening the sentence,
        // a review of entertainment news.)
        let opens = |k: usize| k == 0 || self.sym(k - 1).is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '“'));
        let opening = start > 0
            && self.is_capitalized(start - 1)
            && opens(start - 1)
            && self.entry(start - 1).is_some_and(|e| e.roles.has(Role::Preposition));
        let before = start > 0
            && self.spaced(start)
            && self.entry(start - 1).is_some_and(|e| e.roles.any(&[Role::Preposition, Role::Determiner]))
            && (!self.is_capitalized(start - 1) || opening);
        // Then no noun of a model ("the H2 race"): what is counted, a
        // capital, or a small word ("in H1 as prices rose").
        let small = |k: usize| {
            self.entry(k)
                .is_some_and(|e| e.roles.any(&[Role::Preposition, Role::Determiner, Role::Skippable, Role::BeForm]))
                || matches!(self.word(k), Some("as" | "when" | "while" | "but" | "than" | "amid" | "versus" | "vs"))
        };
        // (After a capitalised preposition, no name: "At H2 Mobility, we
        // build", a code review.)
        let after_ok = !self.spaced(end)
            || self.word(end).is_none_or(|_| self.is_capitalized(end) && !opening || counted(end) || small(end));
        if !(year || joined_before || joined_after || before && after_ok || self.spaced(end) && counted(end)) {
            return None;
        }
        let span = Span::new(self.toks[start].span.start, self.toks[end - 1].span.end);
        Some((number(span, Some(v), Some(noun.to_string()), NumberKind::Ordinal), end))
    }

    /// "first term", "fourth year", "21st century", "twenty-first".
    pub(super) fn ordinal_at(&self, i: usize) -> Option<(Number, usize)> {
        let (value, next) = if let Some((v, _, digits, false)) = self.num(i) {
            let suffix = self.word(i + 1).filter(|_| self.glued(i + 1))?;
            let ok = match suffix {
                "st" => v as u64 % 10 == 1 && v as u64 % 100 != 11,
                "nd" => v as u64 % 10 == 2 && v as u64 % 100 != 12,
                "rd" => v as u64 % 10 == 3 && v as u64 % 100 != 13,
                "th" => true,
                _ => false,
            };
            if !ok || digits > 6 {
                return None;
            }
            (v, i + 2)
        } else {
            let e = self.entry(i)?;
            if let Some(v) = ordinal_value(e) {
                (v, i + 1)
            } else if let Some(tens) = word_value(e).filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)
                && self.sym(i + 1).is_some_and(|c| c == '-')
                && let Some(units) = self.entry(i + 2).and_then(ordinal_value).filter(|v| *v < 10.0)
            {
                (tens + units, i + 3)
            } else {
                return None;
            }
        };
        let digits = self.num(i).is_some();
        // "NZ First leader Winston Peters", "the America First policy": a
        // capital ordinal after a name's capitals is part of the name (a
        // review of New Zealand news read a first leader).
        // (Only "First" before a noun: not a placing, "Hamilton Second in
        // Monaco", "Arsenal First to 50 points", a regression hunt.)
        if !digits
            && i > 0
            && value == 1.0
            && self.is_capitalized(i)
            && !self.entry(i + 1).is_some_and(|e| {
                e.roles.any(&[Role::Preposition, Role::FunctionWord, Role::Determiner, Role::Connective])
            })
            && !matches!(self.word(i + 1), Some("to" | "after" | "overall" | "place"))
            && self.word(i - 1).is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase()))
            && self.toks[i - 1].span.text(self.text).starts_with(|c: char| c.is_ascii_uppercase())
            && self.spaced(i)
            && !self.entry(i - 1).is_some_and(|e| e.roles.any(&[Role::Determiner, Role::NotName, Role::Preposition]))
            && self.word(i + 1).is_some_and(|_| !self.is_capitalized(i + 1))
        {
            return Some((number(self.toks[i].span, None, None, NumberKind::Identifier), i + 1));
        }
        let first_word = self.word(i);
        let rank = |end: usize| {
            // "lie 14th in the table", "finished 2nd": a rank with no noun.
            let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
            Some((number(span, Some(value), None, NumberKind::Ordinal), end))
        };
        // "Day finished fourth after a 69", "share second on 129", "moved to
        // fourth in the standings", "with Visconti second and Sanchez third":
        // a placing, after its verb or a name, before no noun (a review of
        // sport news missed them all).
        let ends = |k: usize| {
            self.toks.get(k).is_none()
                || self.sym(k).is_some_and(|c| matches!(c, ',' | ';' | '.' | '!' | '?' | ')'))
                || self.entry(k).is_some_and(|e| e.roles.any(&[Role::Preposition, Role::Coordinator]))
        };
        // (Not "first" after a name: "Trump first in 2016 ran", an adverb;
        // nor a day: "on March second", "on Friday".)
        let named = i > 1
            && first_word != Some("first")
            && self.is_capitalized(i - 1)
            && !self.entry(i - 1).is_some_and(|e| e.roles.any(&[Role::Month, Role::Weekday]))
            && self.word(i - 2).is_some()
            && self.spaced(i - 1);
        let placed = i > 0
            && self.spaced(i)
            && (self.plays(i - 1, Role::Placing)
                || matches!(self.word(i - 1), Some("to" | "in")) && i > 1 && self.plays(i - 2, Role::Placing)
                // "England came in third", "tied for fifth", "a tie for
                // fifth" (a review of sport news found neither).
                || self.word(i - 1) == Some("for")
                    && i > 1
                    && matches!(self.word(i - 2), Some("tie" | "tied" | "ties" | "tying"))
                || named);
        // Not a priority ("children come first", "Safety must come first in
        // everything"), "second to none", "second to last", "third from
        // bottom", "second in line" (a regression hunt).
        let priority = first_word == Some("first")
            && i > 0
            && self.entry(i - 1).is_some_and(|e| e.value(Role::Placing) == Some("come"));
        let relative = matches!(self.word(next), Some("to" | "from"))
            || self.word(next) == Some("in") && self.word(next + 1) == Some("line");
        if !digits && placed && ends(next) && !self.is_capitalized(i) && !priority && !relative {
            return rank(next);
        }
        // "First," as a discourse marker; "first three years"; "at first".
        if matches!(self.sym(next), Some(',' | ';' | ':' | '.' | '!' | '?')) || self.toks.get(next).is_none() {
            return if digits { rank(next) } else { None };
        }
        // "20th-century technology": the noun after a hyphen.
        // ("first-ever", "first-hand", "third-party" are no counts.)
        if self.sym(next) == Some('-') && self.glued(next) && self.glued(next + 1) && self.word(next + 1).is_some() {
            // "third-quarter profit", "a second-half rally": a period (not
            // "the first-quarter-century").
            let period = matches!(self.word(next + 1), Some("quarter" | "half" | "round" | "inning" | "period"))
                && !(self.sym(next + 2).is_some() && self.glued(next + 2));
            if !digits && !period {
                return None;
            }
            let span = Span::new(self.toks[i].span.start, self.toks[next + 1].span.end);
            let noun = self.word(next + 1).map(str::to_string);
            return Some((number(span, Some(value), noun, NumberKind::Ordinal), next + 2));
        }
        let Some(noun) = self.word(next) else { return if digits { rank(next) } else { None } };
        // "would-be Twelfth rioters": an ordinal that, capitalised, names a
        // day (the lexicon's `ordinal-day`; a review of Belfast news), no
        // figure ("the Second half", "in Third place" still count).
        if !digits && self.is_capitalized(i) && self.plays(i, Role::OrdinalDay) {
            return None;
        }
        // "since it first began", "after first registering their interest":
        // "first" the adverb, no figure (a review of real news read "1
        // began", "1 registering").
        let subject = i > 0
            && self.entry(i - 1).is_some_and(|e| {
                e.roles.any(&[Role::Auxiliary, Role::BeForm])
                    || e.roles.has(Role::Pronoun) && !e.roles.any(&[Role::ObjectPronoun, Role::Possessive])
            });
        let verb = noun.ends_with("ing")
            && self.entry(next + 1).is_some_and(|e| e.roles.any(&[Role::Determiner, Role::Possessive]))
            && i > 0
            && self.entry(i - 1).is_some_and(|e| e.roles.any(&[Role::Subordinator, Role::Preposition]));
        // "Withers first rose to prominence", "the crisis first started
        // sliding": before a verb, after no determiner or possessive (not
        // "the first elected mayor", "Carolina's first integrated firm").
        let owner = i > 0
            && (self.entry(i - 1).is_some_and(|e| e.roles.any(&[Role::Determiner, Role::Possessive]))
                || crate::chars::is_possessive(self.toks[i - 1].span.text(self.text)));
        // (Not an adjective before a noun: "first confirmed case", after a
        // verb or a preposition — "The government first announced ceasefire
        // talks" is the adverb after its subject, a review of war news.)
        let after_subject = i > 0
            && self.word(i - 1).is_some_and(|w| {
                !crate::lexicon::is_verb_like(w)
                    && !self.plays(i - 1, Role::Preposition)
                    && w.chars().all(|c| c.is_lowercase())
            })
            && noun.ends_with("ed");
        let adjective =
            !after_subject && self.word(next + 1).is_some_and(|w| is_noun_candidate(w) && !w.ends_with("ing"));
        let before_verb = !owner
            && !adjective
            && (noun.ends_with("ed")
                || crate::lexicon::is(noun, Role::NotNoun) && !crate::lexicon::is(noun, Role::Preposition));
        if first_word == Some("first") && (subject || verb || before_verb) {
            return None;
        }
        // "his 10th Grand Slam title", "their 3rd Super Bowl win": after a
        // possessive, a count of what is theirs, named before its noun.
        let owned = i > 0 && self.entry(i - 1).is_some_and(|e| e.roles.has(Role::Possessive)) && self.spaced(i);
        if owned && self.is_capitalized(next) {
            let after = (next..next + 3)
                .take_while(|&k| self.word(k).is_some() && self.is_capitalized(k) && self.spaced(k))
                .last()
                .map_or(next, |k| k + 1);
            // Not a place, a regiment or a century: "her 2nd Avenue
            // apartment", "his 4th District seat", "his 2nd Battalion
            // comrades", "her 17th Century farmhouse".
            let place = (next..after).any(|k| {
                self.entry(k).is_some_and(|e| {
                    e.roles.any(&[Role::StreetSuffix, Role::OrgHead, Role::IdentifierCue, Role::NamedUnit])
                })
            });
            // (Nor a name's particle: "his first Tour de France stage win".)
            if let Some(noun) = self.word(after).filter(|w| {
                !place
                    && !self.plays(after, Role::NameParticle)
                    && self.spaced(after)
                    && w.chars().all(|c| c.is_lowercase())
                    && is_noun_candidate(w)
                    && !self.is_capitalized(after)
            }) {
                let span = Span::new(self.toks[i].span.start, self.toks[after].span.end);
                return Some((number(span, Some(value), Some(noun.to_string()), NumberKind::Ordinal), after + 1));
            }
        }
        // "the First Minister", "First Lady", "First Nations": a title or a
        // people, no figure at all (a review of Scottish news read five
        // "First Minister"s as identifiers).
        if !digits
            && self.is_capitalized(i)
            && self.is_capitalized(next)
            && self.word(next).is_some_and(|w| {
                // "at First Minister's Questions".
                let w = w.to_lowercase();
                let w = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(&w);
                crate::lexicon::roles(w).any(&[Role::Title, Role::OrdinalName])
            })
        {
            return None;
        }
        // "Sixth Street", "5th Avenue": a name.
        if self.is_capitalized(next) && (digits || self.is_capitalized(i)) {
            // "the 4th U.S. Circuit": over an abbreviation's letters and dots
            // to the word it stands before.
            let mut end = next;
            while self.sym(end + 1) == Some('.')
                && self.glued(end + 1)
                && self.word(end + 2).is_some_and(|w| w.chars().count() == 1)
                && self.glued(end + 2)
            {
                end += 2;
            }
            if end > next && self.sym(end + 1) == Some('.') && self.glued(end + 1) {
                end += 1;
                if self.word(end + 1).is_some() && self.is_capitalized(end + 1) && self.spaced(end + 1) {
                    end += 1;
                }
            }
            let span = Span::new(self.toks[i].span.start, self.toks[end].span.end);
            return Some((number(span, None, None, NumberKind::Identifier), end + 1));
        }
        if !is_noun_candidate(noun)
            || word_value(noun).is_some()
            || self.num(next).is_some()
            || self.entry(next).is_some_and(|e| e.roles.has(Role::OrdinalIdiom))
        {
            return if digits { rank(next) } else { None };
        }
        // "second" is also a unit of time ("30 seconds" is handled elsewhere):
        // "11 hundredths of a second faster" (a review of athletics news;
        // not "the prospect of a second referendum").
        let part_of_a_second = i >= 3
            && self.word(i - 1) == Some("a")
            && self.word(i - 2) == Some("of")
            && self.plays(i - 3, Role::SecondPart);
        // ("Not for a split second do I believe": an instant.)
        // (Not "They split second place": after "a" only.)
        let split = i > 1 && self.word(i - 1) == Some("split") && self.word(i - 2) == Some("a");
        if first_word == Some("second") && (matches!(noun, "hand") || part_of_a_second || split) {
            return None;
        }
        // "first raised", "first public": a verb or an adjective, then the
        // noun if one follows ("first public hearing").
        let mut end = next;
        // "the 4th largest army": a superlative before the noun it ranks
        // ("China is the second largest." ranks nothing named).
        let superlative = self.plays(next, Role::Superlative)
            && self.word(next + 1).is_some_and(|w| is_noun_candidate(w) && !w.ends_with("ed"))
            && !self.is_capitalized(next + 1);
        if noun.ends_with("ed") || looks_adjective(noun) || superlative || self.is_capitalized(next) {
            // "a sixth French Open title": over a name's words (a review of
            // real sport news missed the story's figure).
            let mut k = next + 1;
            while self.is_capitalized(next) && k < next + 3 && self.word(k).is_some() && self.is_capitalized(k) {
                k += 1;
            }
            // Not a verb after the name ("the second Gulf War began") nor
            // half a compound ("first World Cup hat-trick").
            let named = k > next + 1 || self.is_capitalized(next);
            let whole = !(self.sym(k + 1) == Some('-') && self.glued(k + 1));
            match self.word(k) {
                // (Not a name's particle: "the first Tour de France stage".)
                Some(w2)
                    if is_noun_candidate(w2)
                        && !w2.ends_with("ed")
                        && !self.plays(k, Role::NameParticle)
                        && !self.is_capitalized(k)
                        && !(named
                            && (crate::lexicon::is_verb_like(w2) || crate::lexicon::is(w2, Role::Event) || !whole)) =>
                {
                    end = k
                }
                // "the third measurement of the snowpack", "the seventh
                // anniversary.": a noun with an adjective's ending, where
                // its phrase ends (a review of real news missed both).
                _ if k == next + 1
                    && !self.is_capitalized(next)
                    // (Not "the first present", "the second different": a
                    // code review.)
                    && NOUN_ENDINGS.iter().any(|e| noun.ends_with(e))
                    && !superlative
                    && !crate::lexicon::is(noun, Role::Adjective)
                    && (self.sym(k).is_some_and(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?'))
                        || self.toks.get(k).is_none()
                        || self.entry(k).is_some_and(|e| e.roles.has(Role::Preposition))) => {}
                _ => return if digits { rank(next) } else { None },
            }
        }
        // "first great modernist works": after an adjective, a modifier
        // before a plural noun. (Not after a noun: "6th grade kids" counts
        // grades, "first code exercises" exercises.)
        // "Carolina's first integrated law firm.": a singular one where
        // the phrase ends on it (a review of obituaries took "law").
        let phrase_ends =
            |k: usize| self.sym(k).is_some_and(|c| matches!(c, '.' | ',' | ';' | ':')) || self.word(k) == Some("of");
        // "their 47th wedding anniversary", "her 90th birthday": the
        // occasion is what is ranked, not the noun before it (a review of
        // obituaries read "wedding").
        let occasion = end == next
            && !self.is_capitalized(next)
            && self.spaced(next + 1)
            && self.plays(next + 1, Role::OccasionNoun)
            && !self.is_capitalized(next + 1);
        if occasion
            || end > next
            && !looks_plural(self.word(end)?)
            && self.spaced(end + 1)
            && self.word(end + 1).is_some_and(|w| {
                (looks_plural(w) || phrase_ends(end + 2) && !crate::lexicon::is_verb_like(w))
                    && is_noun_candidate(w)
                    && !w.ends_with("ed")
            })
            && !self.is_capitalized(end + 1)
            // … and then no verb's object or infinitive ("first birthday appears to").
            && (self.sym(end + 2).is_some() || matches!(self.word(end + 2), Some("of" | "were" | "are" | "have" | "had" | "and" | "that")))
        {
            end += 1;
        }
        // "the first day-night Test", "its first same-store sales decline",
        // "his fourth second-place finish": the word is half a compound, not
        // what is ranked (a review of sport and retail news).
        // Before no noun the compound is what is ranked: "the second
        // half-hour", "for the second year-running" (a regression hunt).
        let compound = self.sym(end + 1) == Some('-') && self.glued(end + 1) && self.glued(end + 2);
        let noun_after = |k: usize| {
            self.word(k).is_some_and(|w| {
                self.is_capitalized(k) || is_noun_candidate(w) && !w.ends_with("ed") && !crate::lexicon::is_verb_like(w)
            })
        };
        // ("the third year-on-year decline": a longer compound, too.)
        if compound && (self.word(end + 2).is_none() || noun_after(end + 3) || self.sym(end + 3) == Some('-')) {
            return if digits { rank(next) } else { None };
        }
        if compound {
            end += 2;
        }
        let noun = if compound {
            self.text[self.toks[end - 2].span.start..self.toks[end].span.end].to_lowercase()
        } else {
            self.word(end)?.to_string()
        };
        let span = Span::new(self.toks[i].span.start, self.toks[end].span.end);
        let mut n = number(span, Some(value), Some(noun), NumberKind::Ordinal);
        self.qualify(&mut n, i);
        Some((n, end + 1))
    }
}
