//! People and groups named in an article, and what "he", "Hill" or "the
//! president" refer to.
//!
//! This is deliberately small: capitalised runs of words are candidate names,
//! titles in front of them ("Russian Foreign Minister") are remembered, and a
//! later short form is resolved to the latest full name it fits.

use crate::chars::{Word, words};
use crate::lexicon::{self, Role};
use crate::segment::{BlockKind, Paragraph};
use crate::span::Span;

/// A person or group mentioned in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// The name as the mention gives it, titles removed ("Sergei Lavrov").
    pub name: String,
    /// Title words seen right before the name, lower-cased ("russian", "president").
    pub titles: Vec<String>,
    /// Whether the mention is the grammatical subject-like reading: not
    /// possessive and not the object of a preposition.
    pub subject: bool,
    pub group: bool,
    /// A possessive opening a sentence that a pronoun's parenthetical report
    /// ends ("Mourinho's team had been “the better side”, he insisted"): the
    /// pronoun may be the possessor or someone before — no one can tell.
    pub ambiguous: bool,
    /// What the text shows of the person's grammatical gender: `Some(true)`
    /// when "she"/"her" or "Ms." refer to them more than "he"/"his" or "Mr."
    pub feminine: Option<bool>,
    /// Said to have been killed ("was killed by suspects"): a later "he
    /// added" is someone else's when someone else is named ([`dies`]).
    pub dead: bool,
    /// Introduced as someone's relative ("his son, Peter Wallach", "her
    /// husband, musician Josh Kelley"): `Some(true)` for a woman, from the
    /// relation's word ([`relation_before`]).
    pub relative: Option<bool>,
}

/// [`mentions`] sorted by where they start (stably), so a sentence's own
/// are found by bisection. A mention can start before the one found just
/// before it (a title read back), so `mentions` alone is not in order.
pub fn mentions_in_order(text: &str, paragraphs: &[Paragraph], masked: &[Span]) -> Vec<Mention> {
    let mut out = mentions(text, paragraphs, masked);
    out.sort_by_key(|m| m.span.start);
    out
}

/// Every name-like mention outside furniture and headings, as found: in
/// text order but for the rare mention that starts before the one before it.
pub fn mentions(text: &str, paragraphs: &[Paragraph], masked: &[Span]) -> Vec<Mention> {
    let mut out = Vec::new();
    for p in paragraphs.iter().filter(|p| p.kind == BlockKind::Body) {
        let ws = words(text, p.span.start, p.span.end);
        let mut i = 0;
        while i < ws.len() {
            if in_any(masked, ws[i].start) {
                i += 1;
                continue;
            }
            let (m, next) = mention_at(text, &ws, i, masked);
            out.extend(m);
            i = next.max(i + 1);
        }
    }
    learn_genders(text, &mut out);
    // Kept while claims are scored: not with the spare half of its growth.
    out.shrink_to_fit();
    out
}

/// Agreement where the text shows it: a title ("Mr.", "Ms.") or the first
/// personal pronoun after a person's mention in the same sentence, before
/// anyone else is named ("Hamilton, who … she"), votes for their
/// gender; every mention of the same surname gets the majority. Linear:
/// each stretch between two mentions is read once.
fn learn_genders(text: &str, mentions: &mut [Mention]) {
    use std::collections::HashMap;
    let mut votes: HashMap<String, (u32, u32)> = HashMap::new();
    // Votes of each full name, and the full names and titled sexes of each
    // surname: "Mr Hidden" and "Mrs Hidden", "Colin Hidden" and "Elaine
    // Hidden" are a family, each of their own sex (an inquest's review made
    // Colin "she").
    let mut by_name: HashMap<String, (u32, u32)> = HashMap::new();
    let mut family: HashMap<String, (std::collections::HashSet<String>, bool, bool)> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.group {
            continue;
        }
        let key = last_word(&m.name).to_lowercase();
        let mut v = (0u32, 0u32);
        let f = family.entry(key.clone()).or_default();
        // (By first name: "John A. Smith" is "John Smith".)
        if let Some((given, _)) = m.name.split_once(' ') {
            f.0.insert(given.to_lowercase());
        }
        for t in &m.titles {
            let r = lexicon::roles(t);
            v.0 += u32::from(r.has(Role::Masculine));
            v.1 += u32::from(r.has(Role::Feminine));
        }
        f.1 |= v.0 > 0;
        f.2 |= v.1 > 0;

        let mut end = mentions.get(i + 1).map_or(text.len(), |n| n.span.start).min(m.span.end + 200);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let Some(whole) = text.get(m.span.end..end) else { continue };
        let stretch = whole.split(['.', '!', '?', '\n']).next().unwrap_or("");
        // "Chris Drakeley, director of …, said … . He noted …": the next
        // sentence's subject, with no one named between (a review of health
        // news gave a later "She said" to him).
        // (Only the first subject of its sentence, past places and bodies
        // named after it.)
        let titled = m.titles.iter().any(|t| lexicon::roles(t).any(&[Role::Masculine, Role::Feminine]));
        let first_subject = m.subject
            && !titled
            && mentions[..i].iter().rev().find(|p| p.subject && !p.group).is_none_or(|p| {
                text.get(p.span.end..m.span.start).is_some_and(|gap| gap.contains(['.', '!', '?', '\n']))
            });
        let mut end = text.len().min(m.span.end + 400);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // (And only one who speaks in it: "Jane Smith met the prime
        // minister on Monday. He praised her work." is no vote.)
        let speaks = |sentence: &str| {
            words(sentence, 0, sentence.len()).iter().any(|w| w.is_lowercase() && lexicon::is(w.text, Role::Reporting))
        };
        let next_opens = text
            .get(m.span.end..end)
            .and_then(|rest| {
                rest.find(['.', '!', '?', '\n']).filter(|&stop| speaks(&rest[..stop])).map(|stop| &rest[stop..])
            })
            .filter(|_| first_subject)
            .map(|rest| rest.trim_start_matches(['.', '!', '?', ' ', '\n', '”', '"', '’']))
            .and_then(|rest| rest.split([' ', ',']).next())
            .filter(|w| matches!(*w, "He" | "She"));
        // Not past someone described: "Abramoff agreed with the judge when
        // she said" (a review of real news made Abramoff "she").
        let lower: Vec<String> = words(stretch, 0, stretch.len()).into_iter().map(|w| w.lower()).collect();
        let described = |k: usize| k > 0 && described_by_post(&lower[k - 1], &lower[k]);
        let first = lower
            .iter()
            .enumerate()
            .take_while(|&(k, _)| !described(k))
            .map(|(_, w)| w.as_str())
            .find(|w| matches!(*w, "he" | "his" | "him" | "himself" | "she" | "her" | "hers" | "herself"));
        // "him" and "her" are often someone else: "Rothman reached out to her".
        let next_opens = next_opens.map(|w| if w == "He" { "he" } else { "she" });
        let vote = |w: Option<&str>| match w {
            Some("he" | "his" | "himself") => (1, 0),
            Some("she" | "herself") => (0, 1),
            _ => (0, 0),
        };
        let pronoun = vote(first.or(next_opens));
        let total = votes.entry(key).or_default();
        *total = (total.0 + v.0 + pronoun.0, total.1 + v.1 + pronoun.1);
        // One of a family by their own name: both the pronoun after it in
        // its sentence and one opening the next ("Colin Hidden said … before
        // she died … He said" is one each, no sex).
        if m.name.contains(' ') {
            let (a, b) = (vote(first), vote(next_opens));
            let own = by_name.entry(m.name.to_lowercase()).or_default();
            *own = (own.0 + v.0 + a.0 + b.0, own.1 + v.1 + a.1 + b.1);
        }
    }
    let decide = |(male, female): (u32, u32)| (male != female).then_some(female > male);
    for m in mentions.iter_mut().filter(|m| !m.group) {
        let key = last_word(&m.name).to_lowercase();
        let related = family.get(&key).is_some_and(|(names, male, female)| names.len() >= 2 || *male && *female);
        m.feminine = if related {
            // One of a family: by their own title, or their own full name.
            let titled = m.titles.iter().map(|t| lexicon::roles(t)).find(|r| r.any(&[Role::Masculine, Role::Feminine]));
            titled.map(|r| r.has(Role::Feminine)).or_else(|| {
                m.name.contains(' ').then(|| by_name.get(&m.name.to_lowercase()).copied().and_then(decide)).flatten()
            })
        } else {
            votes.get(&key).copied().and_then(decide)
        };
        // A relative's sex is theirs alone: "Judith Krantz … her son, Tony
        // Krantz" share a surname, not a sex.
        if m.relative.is_some() {
            m.feminine = m.relative;
        }
    }
}

fn in_any(spans: &[Span], at: usize) -> bool {
    crate::span::inside_any(spans, at)
}

/// Reads a mention starting at word `i`: a capitalised run (titles and a name)
/// or a group noun phrase. Returns it (if the words make one) and the index
/// after the words read, so a rejected run is skipped whole.
fn mention_at(text: &str, ws: &[Word<'_>], i: usize, masked: &[Span]) -> (Option<Mention>, usize) {
    let w = ws[i];
    if w.is_lowercase() {
        if lexicon::is(w.text, Role::GroupHead) {
            // "European leaders": take capitalised adjectives right before.
            let mut s = i;
            while s > 0
                && ws[s - 1].is_capitalized()
                && !lexicon::is(&ws[s - 1].lower(), Role::NotName)
                && adjacent(text, ws[s - 1], ws[s])
            {
                s -= 1;
            }
            if s == i {
                return (None, i + 1);
            }
            let span = Span::new(ws[s].start, w.end);
            let m = Mention {
                span,
                name: span.text(text).to_string(),
                titles: vec![],
                subject: is_subject(text, ws, s, i),
                group: true,
                ambiguous: false,
                feminine: None,
                dead: false,
                relative: None,
            };
            return (Some(m), i + 1);
        }
        return (None, i + 1);
    }
    // (Not "No10 officials": Downing Street's.)
    let ranked = is_rank(w.text) && ws.get(i + 1).is_some_and(|n| n.is_capitalized() && adjacent(text, w, *n));
    if !w.is_capitalized() || ranked {
        return (None, i + 1);
    }
    // The capitalised run (allowing "bin", "al", "de", "van", "von").
    let mut j = i;
    while j < ws.len()
        && (ws[j].is_capitalized()
            || (j > i && (lexicon::is(ws[j].text, Role::NameParticle) || particle_prefixed(ws[j].text))))
        && (j == i || adjacent(text, ws[j - 1], ws[j]))
        // ("World No1 Scottie Scheffler": the rank ends what comes before.)
        && !(j > i && is_rank(ws[j].text))
        && !in_any(masked, ws[j].start)
        // "Mark Carney's Liberals won": a person's, then what is theirs (a
        // regression hunt; not "People's Liberation Army", "Manchester
        // City's Pep Guardiola").
        && !(j >= i + 2 && ws[j - 1].is_possessive() && !is_org_head(ws[j - 1].lower().trim_end_matches("’s").trim_end_matches("'s")))
    {
        j += 1;
    }
    let run = &ws[i..j];
    // "Other Guantanamo detainees said", "Many Labour MPs": a sentence's
    // quantifier, then words that modify the noun after them (a regression
    // review: "Other Guantanamo" was a name).
    if run.len() >= 2
        && lexicon::is(&run[0].lower(), Role::Partitive)
        && !lexicon::is(&run[0].lower(), Role::Cardinal)
        && ws.get(j).is_some_and(|w| w.is_lowercase() && adjacent(text, ws[j - 1], *w))
    {
        return (None, j);
    }
    let mut titles = Vec::new();
    let mut k = 0;
    // "Says Slate, “…”": a reporting verb opening the sentence before its
    // subject is no part of the name.
    if run.len() >= 2 && starts_sentence(text, run[0]) && lexicon::is(&run[0].lower(), Role::InvertedCue) {
        k = 1;
    }
    while k < run.len() && (is_title(&run[k].lower()) || is_not_name(&run[k].lower())) {
        // "Ms King said", "Dr Major": a surname that is a title, last after
        // an honorific (a review of health news lost Catherine King).
        if k > 0 && k + 1 == run.len() && surname_after_honorific(&run[k - 1].lower(), &run[k].lower()) {
            break;
        }
        if is_title(&run[k].lower()) {
            titles.push(run[k].lower());
        }
        k += 1;
    }
    // "(Bank of) England Governor Andrew Bailey": a title inside the run,
    // with a first and last name after it, ends a description before the
    // name (not "Martin Luther King Jr", "Stephen King").
    // (A surname that is a title ends no description: "West Virginia Gov.
    // Jim Justice".)
    let surname_title = |p: usize| p + 1 == run.len() && lexicon::is(&run[p].lower(), Role::SurnameTitle);
    // ("Logan High School Social Science Teacher George Zuber",
    // "Archaeologist Emiliano Gallaga": a word for what someone is ends it
    // too, a review of education news.)
    let post_word = |p: usize| {
        let l = run[p].lower();
        // (Only before a first and a last name, no body's words: not a
        // surname, "Alicia Priest", nor half a post or a body's name, "Nurse
        // Practitioner Jane Hill", "Teacher Retirement System", a hunt.)
        is_title(&l)
            || lexicon::is(&l, Role::PersonNoun)
                && run[p].is_capitalized()
                && run.len() - p == 3
                && !run[p + 1..].iter().any(|w| is_org_head(&w.lower()))
    };
    if let Some(p) = (0..run.len()).rev().find(|&p| post_word(p) && !surname_title(p)).filter(|&p| {
        p >= k
            && run.len() - p > 2
            && !(p + 1..run.len())
                .any(|m| lexicon::roles(&run[m].lower()).any(&[Role::Title, Role::NameSuffix]) && !surname_title(m))
    }) {
        titles.extend(run[k..=p].iter().map(|w| w.lower()).filter(|w| lexicon::is(w, Role::Title)));
        k = p + 1;
    }
    // "Jane Smith MP", "Eoin Ó Broin TD": a post after the name is no part of it.
    let post = run.len() > k + 1 && is_post_nominal(run[run.len() - 1].text);
    // "The Sinn Fein TD", "a Labour MP": a party's legislator, described.
    let determiner = |w: &Word<'_>| lexicon::is(&w.lower(), Role::Determiner);
    if post && (run[..k].last().is_some_and(determiner) || k == 0 && i > 0 && determiner(&ws[i - 1])) {
        return (None, j);
    }
    let mut name_words = &run[k..run.len() - usize::from(post)];
    // "Speaker of the House Nancy Pelosi", "Leader of the House Ng Eng Hen":
    // after a post "of the", the organisation, then the name.
    let place_post = if k == 0 { post_of_place(text, ws, i) } else { None };
    let of_the = k == 0
        && i >= 3
        && ws[i - 1].text == "the"
        // "Minister in the Presidency Khumbudzo Ntshavheni" (a review of
        // South African news gave "Presidency Khumbudzo Ntshavheni").
        && matches!(ws[i - 2].text, "of" | "in")
        && ws[i - 3].is_capitalized()
        && is_title(&ws[i - 3].lower())
        // "Speaker of the House of Commons Lindsay Hoyle".
        || k == 0 && i >= 2 && ws[i - 1].text == "of" && ws[i - 2].is_capitalized() && is_org_head(&ws[i - 2].lower())
        // "Minister of Tourism and Lands Harin Fernando", "Ambassador to
        // Switzerland Sarath Kongahage" (a review of real news gave
        // "Switzerland Sarath Kongahage"; the minister was nobody).
        // (Only a place of one word and a name of two: "President of Sri
        // Lanka Anura Kumara Dissanayake" cannot be split by its shape.)
        || name_words.len() == 3 && place_post.is_some();
    let mut lead = i;
    if of_the && let Some(org) = name_after_organisation(&name_words.iter().map(|w| w.lower()).collect::<Vec<_>>()) {
        name_words = &name_words[org..];
        // The post is the person's, and so is its place in the sentence:
        // "the Minister said" later is Fernando.
        if let Some(p) = place_post {
            titles.push(ws[p].lower());
            lead = p;
        }
    }
    name_words = &name_words[described_before_name(name_words)..];
    // "Sixth Ward alderman Freddrenna Lyle": a name opened by an ordinal is
    // a place's or a body's (a review of local news gave "he said" to
    // "Sixth Ward").
    if name_words.is_empty() || name_words.len() > 4 || lexicon::is(&name_words[0].lower(), Role::Ordinal) {
        return (None, j);
    }
    let last = name_words[name_words.len() - 1].lower();
    let last = last.trim_end_matches("’s").trim_end_matches("'s");
    // "The Opposition Leader blamed …": a post after an article, no name (a
    // review of Australian news took it for someone; "Stephen King" stays).
    if titles.iter().any(|t| lexicon::is(t, Role::Determiner))
        && is_title(last)
        && !lexicon::is(last, Role::SurnameTitle)
    {
        return (None, j);
    }
    // "Andrew Hall, chief executive of AQA", "AQA chief Andrew Hall": a
    // surname that is a body's word, of someone given a post (a review of
    // education news lost "he said"; "Carnegie Hall, the venue" stays a
    // place).
    let posted_person = name_words.len() == 2
        && !lexicon::roles(&name_words[0].lower()).any(&[Role::OrgHead, Role::Demonym, Role::Title])
        && (!titles.is_empty()
            || ws.get(j).is_some_and(|next| {
                text[name_words[1].end..next.start].trim() == ","
                    && next.is_lowercase()
                    && (is_title(&next.lower()) || lexicon::is(&next.lower(), Role::PersonNoun))
            }));
    // "an Oklahoma Republican", "the North African country": a description.
    if lexicon::roles(last).any(&[Role::OrgHead, Role::Demonym]) && !(posted_person && lexicon::is(last, Role::OrgHead))
        || name_words.iter().enumerate().any(|(n, w)| {
            // "Lewis A. Kaplan", "John I. Smith": a middle initial, not the
            // word "a" or "I" (a review of an AP court story lost the judge).
            let initial = n > 0 && n + 1 < name_words.len() && w.text.chars().count() == 1;
            !initial && lexicon::is(&w.lower(), Role::NotName)
        })
    {
        return (None, j);
    }
    // An acronym after the first word ("Trump NSC Russia expert") means the
    // run is a description, not a name ("JD Vance" keeps its initials).
    // (Letters, not bytes: "Eoin Ó Broin" has a one-letter word.)
    if name_words.iter().skip(1).any(|w| {
        w.text.chars().count() > 1
            && w.text.chars().all(|c| c.is_uppercase())
            && !lexicon::is(&w.lower(), Role::NameSuffix)
    }) {
        return (None, j);
    }
    // A single capitalised word at a sentence start is more likely an
    // ordinary word than a name; keep it only if it looks like a surname
    // used elsewhere — the resolver decides, so we keep it but mark it.
    let first = name_words[0];
    let last_w = name_words[name_words.len() - 1];
    let end = strip_possessive(last_w);
    let span = Span::new(first.start, end);
    let possessive = end != last_w.end;
    let name = span.text(text).to_string();
    // A possessive opening its sentence names the topic ("Trump’s affinity
    // for Putin … He praised …"); elsewhere it is not the subject.
    // After an inverted reporting verb ("…,” said Fiona Hill) the name is
    // the speaker, the subject of what was said.
    // Only right after a quote ("…,” said Fiona Hill): "Trump told Putin"
    // makes Putin the object, not a speaker.
    // "Paul Johnson, told BBC Radio": after a name's comma, "told" and
    // "asked" take their object ("What happens next, asked Bernie Sanders"
    // is still inverted).
    // "…,” said Antigonish county councillor John Dunbar": over a post in
    // lower case and where or whose it is, back to the verb.
    let mut cue = i;
    if i > 0 && ws[i - 1].is_lowercase() && is_post_or_person(&ws[i - 1].lower()) {
        let mut k = i - 1;
        while k > i.saturating_sub(4) && ws[k - 1].is_lowercase() && !lexicon::is(ws[k - 1].text, Role::Reporting) {
            k -= 1;
        }
        while k > i.saturating_sub(7) && ws[k - 1].is_capitalized() {
            k -= 1;
        }
        if (k..i).all(|m| m == 0 || adjacent(text, ws[m - 1], ws[m])) {
            cue = k;
        }
    }
    let inverted = cue > 1 && lexicon::is(ws[cue - 1].text, Role::Reporting) && {
        let gap = &text[ws[cue - 2].end..ws[cue - 1].start];
        let addressed =
            matches!(lexicon::lookup(&ws[cue - 1].lower()).lemma, "tell" | "ask") && ws[cue - 2].is_capitalized();
        gap.contains(crate::chars::is_quote_mark) || gap.contains(',') && !addressed
    };
    // "Whanau told Newstalk ZB's Wellington Mornings host Nick Mills there
    // …": the one told, over the post, is no subject (a review of real
    // news: the next "she said" was his).
    let told = cue < i && cue > 0 && lexicon::lookup(&ws[cue - 1].lower()).lemma == "tell" && !inverted;
    // "On one Facebook page an unidentified poster … wrote", "a Reuters
    // photographer": a name that a determiner or a number opens, with a
    // noun after it, modifies that noun; it is the subject only if a verb
    // follows it ("the BBC reported").
    // ("a former Marine Corps analyst": over a modifier too; a review of
    // technology news gave a later "He told Reuters" to the Corps.)
    let modifier_after_determiner = i > 1
        && k == 0
        && ws[i - 1].is_lowercase()
        && !lexicon::is_verb_like(&ws[i - 1].lower())
        && lexicon::is(&ws[i - 2].lower(), Role::Determiner)
        && adjacent(text, ws[i - 2], ws[i - 1])
        && adjacent(text, ws[i - 1], ws[i]);
    let opened = (k > 0 && lexicon::is(&run[k - 1].lower(), Role::Determiner))
        || modifier_after_determiner
        || (i > 0
            && k == 0
            && adjacent(text, ws[i - 1], ws[i])
            && lexicon::roles(&ws[i - 1].lower()).any(&[Role::Determiner, Role::Cardinal]));
    // "other Guantanamo detainees", "many Afghan refugees": a modifier
    // however its noun ends.
    // (Not a number: "British number one Murray".)
    let quantified = i > 0 && adjacent(text, ws[i - 1], ws[i]) && {
        let roles = lexicon::roles(&ws[i - 1].lower());
        roles.has(Role::Partitive) && !roles.has(Role::Cardinal)
    };
    // "Newstalk ZB's Wellington Mornings host", "Mark Carney's Liberals":
    // what a possessive run before it owns is no subject.
    let owned = i > 1
        && ws[i - 1].is_possessive()
        && ws[i - 1].is_capitalized()
        && ws[i - 2].is_capitalized()
        && adjacent(text, ws[i - 2], ws[i - 1])
        && adjacent(text, ws[i - 1], ws[i]);
    // "Ben Twomey, the chief executive of the campaign group Generation
    // Rent, said": what a person's post is of, after their name and a
    // comma, is no subject (a review of housing news gave a later "he
    // said" to Generation Rent).
    let post_of = (i.saturating_sub(5)..i).rev().find(|&k| ws[k].text == "of").is_some_and(|of| {
        !text[ws[of].start..ws[i].start].contains(['.', '!', '?', '\n', ','])
            && (of.saturating_sub(5)..of).rev().any(|c| {
                c > 0
                    && text[ws[c - 1].end..ws[c].start].contains(',')
                    && ws[c - 1].is_capitalized()
                    && !text[ws[c].start..ws[of].start].contains(['.', '!', '?', '\n', ','])
                    && (c..of).any(|p| ws[p].is_lowercase() && is_post(&ws[p].lower()))
            })
    });
    let ambiguous = possessive && starts_sentence(text, ws[i]) && reported_in_sentence(text, ws, j);
    let subject = if possessive {
        starts_sentence(text, ws[i])
    } else {
        inverted
            || (!quantified
                && !owned
                && !post_of
                && !told
                && is_subject(text, ws, lead, j - 1)
                && verb_follows(text, ws, j, described_run(ws, i))
                && (!opened || verb_at(ws, j))
                && !(starts_sentence(text, ws[i]) && reported_in_sentence(text, ws, j)))
    };
    // "including ex-chancellor Ken Clarke – a Commons veteran – who said
    // he did not recognise his party": the one a relative clause says
    // spoke is a subject, whatever stands before the name (a review of BBC
    // politics gave his next quote to someone named before).
    let who_says = !possessive
        && (j..(j + 12).min(ws.len())).find(|&k| ws[k].text == "who").is_some_and(|k| {
            (k == j || text[ws[j - 1].end..ws[j].start].trim_start().starts_with([',', '–', '—']))
                && ws.get(k + 1).is_some_and(|v| v.is_lowercase() && lexicon::is(v.text, Role::Reporting))
                && !text[ws[j - 1].end..ws[k].start].contains(['.', '!', '?', '\n', '“', '"'])
        });
    let subject = subject || who_says;
    let dead = dies(ws, j);
    let group = names_a_group(run);
    let relative = if group { None } else { relation_before(text, ws, i) };
    // "India captain Mithali Raj", "coach Mark Rutene": a post in lower case
    // right before the name is the person's too (a review of sport news:
    // "Mithali said" was not resolved to her).
    // (Not a modifier, "former Trump campaign adviser", nor after one,
    // "Former coach Mark Rutene", nor before a lone name's suffix,
    // "spokesperson Sr. Com. Yusri Yunus".)
    let before = if i > 0 { ws[i - 1].lower() } else { String::new() };
    if titles.is_empty()
        && i > 0
        && ws[i - 1].is_lowercase()
        && adjacent(text, ws[i - 1], ws[i])
        && is_post(&before)
        && !lexicon::is(&before, Role::TitleModifier)
        && !(i > 1 && adjacent(text, ws[i - 2], ws[i - 1]) && lexicon::is(&ws[i - 2].lower(), Role::TitleModifier))
        && !(name_words.len() == 1 && lexicon::is(&name_words[0].lower(), Role::NameSuffix))
    {
        titles.push(before);
    }
    let m = Mention { span, name, titles, subject, group, ambiguous, feminine: None, dead, relative };
    (Some(m), j)
}

/// Whether a capitalised run names a group, whom a later "he said" never
/// means: a people ("will cost Papua New Guineans about K500 million" — a
/// review of real news gave it the Prime Minister's quote), alone or after
/// a place's word ("Papua New Guineans", "West Papuans", "Pacific
/// Islanders"; "Clifford Christians" is a person); or a post's plural
/// ("some Tory MPs": a review of BBC politics gave "he told Newsnight" to
/// them), alone or an acronym's plural (not "Lee Majors", "Traci Lords",
/// "United States").
fn names_a_group(run: &[Word<'_>]) -> bool {
    let Some((last_word, before)) = run.split_last() else { return false };
    let last = last_word.lower();
    let written = last_word.text;
    let acronyms = written.len() >= 3
        && written.ends_with('s')
        && written[..written.len() - 1].chars().all(|c| c.is_ascii_uppercase());
    let plural_post = (before.is_empty() || acronyms)
        && last.len() >= 3
        && last != "mrs"
        && last.strip_suffix('s').is_some_and(|one| is_post(one) && !lexicon::is(one, Role::Determiner));
    plural_post
        || is_plural_people(&last)
            && (before.is_empty()
                || lexicon::is(&last, Role::IslandPeople)
                || before.iter().any(|w| lexicon::is(&w.lower(), Role::PlaceWord)))
}

/// A people named in the plural: "Fijians", "Papua New Guineans",
/// "Kenyans", "Europeans", "Solomon Islanders" (a nation's word or one of
/// "-ians", "-eans", "-landers"; not "Evans", "Williams").
fn is_plural_people(word: &str) -> bool {
    word.len() > 5 && (word.ends_with("ians") || word.ends_with("eans") || word.ends_with("landers"))
        || word.strip_suffix('s').is_some_and(|one| {
            let roles = lexicon::roles(one);
            roles.has(Role::Demonym) || roles.has(Role::Title) && (one.ends_with("an") || one.ends_with('i'))
        })
}

/// "Mr Blair's government was a “bossy government,” he added", "Mr Blair
/// has failed, he claimed": a pronoun reports the sentence that a name
/// opens — someone else speaks of that person.
fn reported_in_sentence(text: &str, ws: &[Word<'_>], from: usize) -> bool {
    let mut k = from;
    while k + 1 < ws.len() && k < from + 60 {
        if text[ws[k - 1].end..ws[k].start].contains(['.', '!', '?', '\n']) {
            return false;
        }
        // ", he claimed," or ", he added.": a parenthetical report.
        if matches!(ws[k].text, "he" | "she")
            && text[ws[k - 1].end..ws[k].start].contains(',')
            && lexicon::is(&ws[k + 1].lower(), Role::Reporting)
            && ws.get(k + 2).is_none_or(|n| text[ws[k + 1].end..n.start].contains([',', '.', '!', '?', '\n']))
        {
            return true;
        }
        k += 1;
    }
    false
}

pub(crate) fn strip_possessive(w: Word<'_>) -> usize {
    for suffix in ["’s", "'s"] {
        if w.text.ends_with(suffix) {
            return w.end - suffix.len();
        }
    }
    w.end
}

/// Two words of one name: spaces between them, or an initial's or a title's period.
fn adjacent(text: &str, a: Word<'_>, b: Word<'_>) -> bool {
    crate::chars::joined(text, a, b)
}

fn starts_sentence(text: &str, w: Word<'_>) -> bool {
    let head = &text[..w.start];
    let gap_start = head.trim_end().len();
    head[gap_start..].contains('\n')
        || head[..gap_start].chars().next_back().is_none_or(|c| matches!(c, '.' | '!' | '?' | '”' | '"'))
}

/// Whether word `at`, after adverbs ("later", "also"), reads as a verb
/// ("reported", "has", "denies"), not a noun ("page", "administration");
/// after a name, a third-person "-s" is taken for a verb too.
fn verb_at(ws: &[Word<'_>], at: usize) -> bool {
    // (An auxiliary among the skipped words is a verb's too: "The
    // billionaire Elon Musk is suing OpenAI", a regression hunt.)
    ws[at.min(ws.len())..]
        .iter()
        .map(|w| w.lower())
        .find(|l| !lexicon::is(l, Role::Skippable) || lexicon::roles(l).any(&[Role::Copula, Role::Auxiliary]))
        // (An "-s" is a verb's, not a closed-class word's: "this", "his",
        // "as".)
        .is_some_and(|l| {
            lexicon::is_verb_like(&l)
                || lexicon::roles(&l).any(&[Role::Copula, Role::Auxiliary])
                || (l.ends_with('s') && !l.ends_with("ss") && !lexicon::is(&l, Role::NotNoun))
        })
}

/// Whether the name at word `i` is introduced as a relative, and the
/// relation's sex: "his son, Peter Wallach", "her husband, musician Josh
/// Kelley", "with husband Terrence Williams" (the lexicon's `relation`; a
/// review of obituaries and celebrity news gave a woman's "she said" to
/// her husband, and the actor's "Wallach said" to his son).
fn relation_before(text: &str, ws: &[Word<'_>], i: usize) -> Option<bool> {
    let plain = |a: Word<'_>, b: Word<'_>| text[a.end..b.start].chars().all(|c| c == ' ' || c == ',');
    let at = |k: usize| -> Option<bool> {
        let w = ws[k];
        let r = lexicon::lookup(&w.lower());
        (w.is_lowercase() && r.roles.has(Role::Relation)).then(|| r.roles.has(Role::Feminine))
    };
    match i {
        0 => None,
        _ if !plain(ws[i - 1], ws[i]) => None,
        // "his son, Peter Wallach"
        _ if at(i - 1).is_some() => at(i - 1),
        // "her husband, musician Josh Kelley": one describing word between.
        _ if i >= 2 && ws[i - 1].is_lowercase() && plain(ws[i - 2], ws[i - 1]) => at(i - 2),
        _ => None,
    }
}

/// "Sergeant Roel Candido was killed by suspects", "Terry, was shot dead":
/// a passive of a killing (not "Manchin killed the bill", "was killed off
/// in the final episode"). A review of real news gave a quote of the police
/// chief to the officer killed.
fn dies(ws: &[Word<'_>], next: usize) -> bool {
    // The words after the name, lower-cased as far as they are read (most
    // names are followed by no "was").
    let lower = |k: usize| ws.get(next + k).filter(|_| k < 7).map(|w| w.lower());
    // Over an age or an aside: "Okeke, 45, was killed".
    let start = usize::from(lower(0).is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit())));
    let mut k = start;
    let mut passive = false;
    while let Some(l) = lower(k)
        && (lexicon::roles(&l).any(&[Role::BeForm, Role::Auxiliary, Role::Skippable]) || l.ends_with("ly") && k > start)
    {
        passive |= lexicon::is(&l, Role::BeForm);
        k += 1;
    }
    let word = lower(k).unwrap_or_default();
    let after = lower(k + 1).unwrap_or_default();
    let killing = lexicon::is(&word, Role::Death) && after != "off"
        // "was shot dead", "was stabbed to death", "was found dead".
        || word.ends_with("ed") && (after == "dead" || after == "to" && lower(k + 2).is_some_and(|l| l == "death"));
    passive && killing
}

/// What follows a name makes it a subject: a verb-like lower-case word, or
/// an appositive (", a former adviser,", ", who …").
/// The lexicon's `adjective-ending`s, read once.
static ADJECTIVE_ENDINGS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| lexicon::entries(Role::AdjectiveEnding));

/// Whether the capitalised run at word `i` follows a determiner, with a
/// figure between at most: "the Labour leader", "the 2008 Canadian Open
/// champion" (a run that names what someone is of, not who they are).
fn described_run(ws: &[Word<'_>], i: usize) -> bool {
    let determiner = |k: usize| lexicon::is(&ws[k].lower(), Role::Determiner);
    let figure = |k: usize| ws[k].text.bytes().all(|b| b.is_ascii_digit());
    i > 0 && determiner(i - 1) || i > 1 && figure(i - 1) && determiner(i - 2)
}

fn verb_follows(text: &str, ws: &[Word<'_>], next: usize, described: bool) -> bool {
    // "Elizabeth Warren of Massachusetts said", "Jane Hall of the
    // University of Oxford said": where they are from goes with the name.
    let mut next = next;
    while ws.get(next).is_some_and(|w| w.text == "of") && adjacent(text, ws[next - 1], ws[next]) {
        let k = next + 1 + usize::from(ws.get(next + 1).is_some_and(|w| w.text == "the"));
        let run = (k..ws.len().min(k + 4))
            .take_while(|&m| ws[m].is_capitalized() && adjacent(text, ws[m - 1], ws[m]))
            .count();
        if run == 0 {
            return false;
        }
        next = k + run;
    }
    let Some(w) = ws.get(next) else { return false };
    let gap = &text[ws[next - 1].end..w.start];
    let gap = gap.trim();
    if gap.is_empty() || gap == "’s" || gap == "'s" {
        // ("upcoming Buenos Aires legislative elections": an adjective after
        // a place's name, no verb; a review of Argentine news made Buenos
        // Aires a later "she".)
        let adjective = ADJECTIVE_ENDINGS.iter().any(|e| w.text.ends_with(e)) && !lexicon::is_verb_like(w.text);
        // ("Reavie, the 2008 Canadian Open champion, …": a described name
        // before a post or a person's noun says what they are of; a review
        // of golf news made the Open a later "he".)
        return w.is_lowercase()
            && !adjective
            && (!described || !is_post_or_person(w.text))
            && !matches!(w.text, "of" | "and" | "or" | "in" | "on" | "at" | "to" | "for" | "with");
    }
    // "Revell, 58, said": an age between commas.
    let age = is_age_figure(w.text);
    // "Sen. Elizabeth Warren, D-Mass., said": a party and a state.
    // "Robert Gardner, Nationwide's chief economist, said": a post of
    // something's.
    let post = (w.text.ends_with("’s") || w.text.ends_with("'s"))
        && ws.get(next + 1).is_some_and(|p| is_title(&p.lower()) && p.is_lowercase());
    gap == ","
        && (w.is_lowercase() || lexicon::is_exactly(w.text, Role::Article) || age || post || is_party_label(w.text))
}

/// "No6" of "world No6 Stenson": a rank, as British papers glue it, is no
/// part of a name (a review of golf news gave "No6 Stenson").
pub fn is_rank(word: &str) -> bool {
    word.strip_prefix("No").is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// An age between commas after a name: "Revell, 58, said".
pub fn is_age_figure(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A party and a state after a lawmaker's name: "D-Mass.", "R-Ohio", "I-Vt.".
pub fn is_party_label(word: &str) -> bool {
    let mut c = word.chars();
    matches!(c.next(), Some('R' | 'D' | 'I')) && c.next() == Some('-') && c.next().is_some_and(char::is_uppercase)
}

/// Not after a preposition ("against Putin") nor after a verb that takes a
/// person as its object ("told Putin", "called Putin").
/// The agent of a passive is a subject too: "was described by Premier
/// Gladys Berejiklian as a last resort. “…,” she told …" (a review of real
/// news: she was no one).
fn is_subject(text: &str, ws: &[Word<'_>], first: usize, last: usize) -> bool {
    // Only a thing's passive: "Anna White, who was praised by Mary Lee,
    // spoke" or "Anna Brown was described by Jane Smith" keep their subject.
    // Up to three words may stand between a reporting participle and "by":
    // "The results were announced Aug. 30 by Arthur Martinez" (a review of
    // retail news gave a later "he said" to the analyst named before; not
    // "was operated on Monday by Dr. John Reid", a regression hunt).
    let agent = first >= 4
        && ws[first - 1].text == "by"
        && (2..=5).filter(|&back| first > back + 1).any(|back| {
            let p = first - back;
            (back == 2 || lexicon::is(ws[p].text, Role::Reporting))
                && ws[p].is_lowercase()
                && (ws[p].text.ends_with("ed") || ws[p].text.ends_with("en"))
                && lexicon::is(ws[p - 1].text, Role::Copula)
                && ws[p - 1].text != "am"
                && ws[p - 2].is_lowercase()
                && !matches!(ws[p - 2].text, "who" | "whom" | "he" | "she" | "they")
                && !text[ws[p].end..ws[first - 1].start].contains([',', ';', '!', '?', '\n'])
        });
    // A sentence's end between them: "Not everyone agrees. Senator Warren
    // said". After "his" or "their" a name modifies a noun: "on his Carr
    // Gate post round" (a review of real news: "She said" was Carr Gate).
    // "…, and Fowler admits the weather caused havoc": a new clause's
    // subject, not the second of a pair ("Trump and Putin").
    // Only where no one is named before it in the sentence: "Kathy Hochul
    // thanked the crews, and Eric Adams joined her. “…,” she said" is
    // still Hochul's; "Police questioned Maria Lopez, and Carlos Lopez".
    let new_clause =
        first >= 2 && ws[first - 1].text == "and" && text[ws[first - 2].end..ws[first - 1].start].contains(',') && {
            let start = (1..first)
                .rev()
                .find(|&k| text[ws[k - 1].end..ws[k].start].contains(['.', '!', '?', '\n']))
                .unwrap_or(0);
            // "U.S., and European officials": the abbreviation's stop reads as
            // a sentence's end just before "and", so nothing lies between.
            ws.get(start + 1..first - 1).unwrap_or_default().iter().all(|w| !w.is_capitalized())
        };
    // "Fernando told Parliament today that Sri Lanka is indebted …": the
    // subject of what is reported is not who a later "he said" is (a review
    // of real news gave "Sri Lanka").
    // Only a report of someone named in full ("the letter stated", "Police
    // said", "Eskom said that Andre de Ruyter would leave" are news of the
    // one named after "that").
    let reported = first >= 2
        && ws[first - 1].text == "that"
        && (first.saturating_sub(8)..first - 1)
            .rev()
            .take_while(|&k| !text[ws[k].end..ws[k + 1].start].contains(['.', '!', '?', '\n']))
            .any(|k| {
                ws[k].is_lowercase()
                    && lexicon::is(ws[k].text, Role::Reporting)
                    && k >= 2
                    && ws[k - 1].is_capitalized()
                    && ws[k - 2].is_capitalized()
                    && adjacent(text, ws[k - 2], ws[k - 1])
            })
            // (A titled name is a person: "told the inquiry that Mr Jones had …".)
            && !is_title(&ws[first].lower());
    if reported {
        return false;
    }
    // "who plans to vote for former president Trump, blamed Biden": over a
    // post in lower case to the preposition before it (a review of US news
    // gave a later "he said" to Trump).
    let mut lead = first;
    while lead > 0
        && ws[lead - 1].is_lowercase()
        && (is_title(&ws[lead - 1].lower()) || lexicon::is(&ws[lead - 1].lower(), Role::Determiner))
        && !text[ws[lead - 1].end..ws[lead].start].contains(['.', '!', '?', '\n', ','])
    {
        lead -= 1;
    }
    let posted = (lead..first).any(|k| is_post(&ws[k].lower()));
    // (Only after someone named before it in the sentence: "According to
    // senator Elizabeth Warren, the bill is dead. “…,” she said" is hers.)
    let named_before = || {
        let sentence_start =
            (1..=lead).rev().find(|&k| text[ws[k - 1].end..ws[k].start].contains(['.', '!', '?', '\n'])).unwrap_or(0);
        (sentence_start + 1..lead).any(|k| ws[k].is_capitalized() && !is_not_name(&ws[k].lower()))
    };
    if posted
        && named_before()
        && lead > 0
        && lexicon::is(&ws[lead - 1].lower(), Role::Preposition)
        && !lexicon::is(&ws[lead - 1].lower(), Role::Coordinator)
    {
        return false;
    }
    // "Speaking ahead of the High Level Debate, he said": a name after a
    // preposition and its article is the preposition's too (a review of
    // humanitarian news gave the quote to the debate).
    let after_preposition = first >= 2
        && lexicon::is(&ws[first - 1].lower(), Role::Article)
        && adjacent(text, ws[first - 2], ws[first - 1])
        && lexicon::is(&ws[first - 2].lower(), Role::Preposition)
        && !lexicon::is(&ws[first - 2].lower(), Role::Coordinator)
        && ws[first - 2].is_lowercase()
        // (Not a post's place, "Minister in the Presidency Khumbudzo
        // Ntshavheni told reporters", nor a post before a name: "Speaking in
        // the House Speaker Mike Johnson said".)
        && !(first >= 3 && ws[first - 3].is_capitalized() && is_title(&ws[first - 3].lower()))
        && !ws.get(first..=last).unwrap_or_default().iter().any(|w| is_title(&w.lower()));
    if after_preposition && !agent {
        return false;
    }
    // "Ed Davey said the Liberal Democrats would vote against": what the
    // report is about, after the verb and its article.
    let reported_thing = first >= 2
        && lexicon::is(&ws[first - 1].lower(), Role::Article)
        && ws[first - 2].is_lowercase()
        && lexicon::is(ws[first - 2].text, Role::Reporting)
        && !text[ws[first - 2].end..ws[first].start].contains([',', '.', '!', '?', '\n', '“', '"']);
    if reported_thing {
        return false;
    }
    first == 0
        || agent
        || new_clause
        || text[ws[first - 1].end..ws[first].start].contains(['.', '!', '?', '\n'])
        || !lexicon::roles(&ws[first - 1].lower()).any(&[
            Role::Preposition,
            Role::Reporting,
            Role::Naming,
            Role::Possessive,
        ])
}

/// How far back (and forward) resolution looks, in mentions: a bound that
/// keeps resolution linear in long texts; an article names its people well
/// within it.
const WINDOW: usize = 400;

/// The mentions just before and just after byte `at`.
fn around(mentions: &[Mention], at: usize) -> (&[Mention], &[Mention]) {
    let i = mentions.partition_point(|m| m.span.start < at);
    (&mentions[i.saturating_sub(WINDOW)..i], &mentions[i..(i + WINDOW).min(mentions.len())])
}

/// A person named in full ("Keir Starmer"), whom a surname, a post or a
/// description may refer to: not a group, not a lone word.
/// A person named with two words or more: not a group, nor a thing of
/// someone's ("SpaceX's Starlink division launched …": a later "he added"
/// was Starlink's, a review of technology news).
fn named_person(m: &Mention) -> bool {
    // (Not a country of two words: "according to a Burkina Faso army
    // statement … he added" gave the country, a review of war news.)
    !m.group && m.name.contains(' ') && !m.name.contains("’s ") && !m.name.contains("'s ") && !names_a_country(&m.name)
}

/// "Burkina Faso", "Papua New Guinea": a country's name of two words or
/// more (the lexicon's `country-end`, with the word before the last).
fn names_a_country(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    let (Some(last), Some(before)) = (words.next(), words.next()) else { return false };
    lexicon::lookup(&last.to_lowercase()).value(Role::CountryEnd).is_some_and(|b| b.eq_ignore_ascii_case(before))
}

fn last_word(name: &str) -> &str {
    surname(name.split_whitespace().last().unwrap_or(name))
}

/// A name's surname past a suffix: "Roberts" of "John G. Roberts Jr.".
fn surname_past_suffix(name: &str) -> &str {
    let mut words = name.split_whitespace().rev();
    let last = words.next().unwrap_or(name);
    let suffix = lexicon::is(&last.trim_end_matches('.').to_lowercase(), Role::NameSuffix);
    surname(if suffix { words.next().unwrap_or(last) } else { last })
}

/// A surname without the particle glued before it: "Nuaimi" of
/// "al-Nuaimi", as the text calls the person later ("Nuaimi said").
pub fn surname(word: &str) -> &str {
    match word.split_once('-') {
        Some((particle, rest)) if rest.starts_with(char::is_uppercase) && lexicon::is(particle, Role::NameParticle) => {
            rest
        }
        _ => word,
    }
}

/// "al-Nuaimi", "el-Sisi": a lower-case particle glued to a name.
pub fn particle_prefixed(word: &str) -> bool {
    surname(word).len() < word.len()
}

/// The word before the surname, but a title's, a possessive or an
/// acronym: "Aaron" of "Aaron Simpson", none of "President Biden" or "BT's
/// Kirkby".
fn first_name(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [.., first, _]
            if !is_title(&first.to_lowercase())
                && !crate::chars::is_possessive(first)
                && !first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) =>
        {
            first
        }
        _ => "",
    }
}

/// Resolves a mention's name to the fullest form used for that person:
/// the latest before `before`, else the first after it (articles sometimes
/// name a person fully only later). A name given in full is another
/// person's only where it ends that one's: "Aaron Simpson said" is not
/// "Aimee Simpson" named before (a review of real news).
pub fn resolve_name(mentions: &[Mention], before: usize, name: &str) -> String {
    resolve_name_agreeing(mentions, before, name, None)
}

/// [`resolve_name`] for a pronoun of a known sex (`Some(true)` for "she"):
/// not someone of the other sex who shares the surname ("Judith Krantz …
/// her son, Tony Krantz … she told AP").
fn resolve_name_agreeing(mentions: &[Mention], before: usize, name: &str, feminine: Option<bool>) -> String {
    let last = last_word(name);
    let full = !first_name(name).is_empty();
    // (A full name is another's only as its end or with it as its end:
    // "Jane Smith" of "Mary Jane Smith", not "Maha Abu Rizq" of "Tamam Abu
    // Rizq", a review of war news.)
    let ends_the_other = |a: &str, b: &str| {
        let (a, b): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        long[long.len() - short.len()..].iter().zip(&short).all(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    let same = |m: &&Mention| {
        feminine.is_none_or(|f| m.feminine != Some(!f))
            && named_person(m)
            && last_word(&m.name).eq_ignore_ascii_case(last)
            && (!full || first_name(&m.name).eq_ignore_ascii_case(first_name(name)) && ends_the_other(&m.name, name))
    };
    let (earlier, later) = around(mentions, before);
    if let Some(m) = earlier.iter().rfind(same).or_else(|| later.iter().find(same)) {
        return m.name.clone();
    }
    // "Darmin Nasution … Darmin said", "Au Nok-hin … Au said": a lone word
    // that is another word of one person's full name, named before (a text
    // that calls someone by a given name, or writes the surname first; a
    // review of Asian news gave "Darmin", "Au", "Biman").
    // Only someone named with a post ("Coordinating Economic Minister
    // Darmin Nasution", "Lawmaker Au Nok-hin"): not "Qatar Airways", "the
    // Jordan Valley", "Chelsea Clinton" for a club, "Rachel Reeves" for
    // "Rachel, a nurse" (a regression hunt).
    if !name.contains(' ') {
        let other = |m: &&Mention| {
            named_person(m)
                && m.name
                    .split_whitespace()
                    .rev()
                    .skip(1)
                    .any(|w| w.eq_ignore_ascii_case(name) && !is_title(&w.to_lowercase()))
        };
        // The one named with a post, and no one else named with that word
        // ("Hun Sen handed power … Prime Minister Hun Manet … Hun said",
        // "Prime Minister Boris Johnson met Boris Becker … Boris said" are
        // either); the same name shorter ("Luhut Pandjaitan later left") or
        // a body or a street ("Uhuru Park", "Joko Road") is no one else (a
        // regression hunt).
        let posted = |m: &Mention| m.titles.iter().any(|t| is_post(t));
        if let Some(held) = earlier.iter().rfind(|m| other(m) && posted(m))
            && earlier.iter().filter(other).all(|m| {
                m.name.split_whitespace().all(|w| held.name.split_whitespace().any(|h| h == w))
                    || lexicon::roles(&last_word(&m.name).to_lowercase()).any(&[Role::OrgHead, Role::StreetSuffix])
            })
        {
            return held.name.clone();
        }
    }
    name.to_string()
}

/// The sex a personal pronoun gives: `Some(true)` for "she" and "her",
/// `Some(false)` for "he", "him", "his" (the lexicon's `pronoun` with
/// `feminine` or `masculine`).
pub fn pronoun_sex(pronoun: &str) -> Option<bool> {
    let roles = lexicon::roles(pronoun);
    if !roles.has(Role::Pronoun) {
        return None;
    }
    match (roles.has(Role::Feminine), roles.has(Role::Masculine)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The one person named in full before byte `before` whose surname is
/// `surname`, when the text names only one ("Michalea King … King said";
/// none for "Angus King and Steve King … King said", nor for "Ken Griffey
/// Jr. … Ken Griffey Sr. … Griffey said").
pub fn only_one_named(mentions: &[Mention], before: usize, surname: &str) -> Option<String> {
    let (earlier, _) = around(mentions, before);
    let mut names =
        earlier.iter().filter(|m| named_person(m) && surname_past_suffix(&m.name).eq_ignore_ascii_case(surname));
    let first = names.next()?;
    names.all(|m| m.name == first.name).then(|| first.name.clone())
}

/// How many words open a capitalised run before a person's first and last
/// name without being part of it: a nationality or a party ("Kenyan Eliud
/// Kipchoge", "Democrat Nancy Pelosi") or an owner ("Manchester United’s
/// Jose Mourinho"); a review of sport news kept them in the name. Not an
/// organisation's ("Swiss Federal Railways", "Domino’s Pizza Enterprises":
/// the lexicon's organisation words).
pub fn described_before_name(run: &[Word<'_>]) -> usize {
    let owner = run[..run.len().saturating_sub(2)].iter().rposition(|w| w.is_possessive());
    let skip =
        owner.map_or_else(|| run.iter().take_while(|w| lexicon::is(&w.lower(), Role::Demonym)).count(), |p| p + 1);
    let rest = &run[skip.min(run.len())..];
    let person = (2..=3).contains(&rest.len())
        && rest.iter().all(|w| !w.is_possessive() && !lexicon::roles(&w.lower()).any(&[Role::Demonym, Role::OrgHead]));
    if person { skip } else { 0 }
}

/// What a pronoun at byte `at` refers to: the latest subject-like mention
/// before it (people for he/she, groups for they).
pub fn resolve_pronoun(mentions: &[Mention], at: usize, pronoun: &str) -> Option<(String, Span)> {
    let group = matches!(pronoun, "they" | "we");
    let (earlier, later) = around(mentions, at);
    // "her mother, Fiona, said … Fiona Parry": a first name counts too.
    // Not a post or a body named after a place ("the Lagos State
    // Commissioner for Information … Lagos is the hub … He said" was Lagos,
    // a review of Nigerian news).
    let fuller_exists = |m: &Mention| {
        // (The cheap tests first: this runs for every candidate of every
        // pronoun.)
        // (A group is no one fuller: "Lukaku thanked Everton fans … he
        // said" was Everton, a review of sport news.)
        earlier.iter().chain(later).any(|o| {
            named_person(o) && (o.name.ends_with(&m.name) || o.name.split(' ').next() == Some(m.name.as_str())) && {
                let last = last_word(&o.name).to_lowercase();
                !is_title(&last) && !is_org_head(&last)
            }
        })
    };
    // A lone capitalised word counts only if it names someone fuller.
    // Agreement where the text shows it (see `learn_genders`).
    let agrees = |m: &Mention| {
        !matches!((pronoun, m.feminine), ("he" | "him" | "his", Some(true)) | ("she" | "her", Some(false)))
    };
    let mut candidates = earlier
        .iter()
        .rev()
        .filter(|m| m.subject && m.group == group && agrees(m))
        // Or a surname after a title: "President Biden", "Mr. Trump" (not
        // after a place alone: "the UK All Time list").
        .filter(|m| group || named_person(m) || fuller_exists(m) || m.titles.iter().any(|t| is_post(t)));
    let mut m = candidates.next()?;
    // "Miranda said … Sergeant Roel Candido was killed by suspects … “…,”
    // he added": the one killed speaks only where no one else is named
    // before (an obituary quotes its subject's words).
    if m.dead
        && let Some(alive) = candidates.find(|c| !c.dead && named_person(c))
    {
        m = alive;
    }
    if m.ambiguous {
        return None;
    }
    let feminine = pronoun_sex(pronoun);
    Some((if group { m.name.clone() } else { resolve_name_agreeing(mentions, at, &m.name, feminine) }, m.span))
}

/// The one person introduced with exactly `post` before byte `at`
/// ("prime minister": "Prime Minister Keir Starmer", not "Former Prime
/// Minister Tony Blair" nor "Spanish Prime Minister Pedro Sanchez"), when
/// the text names only one.
pub fn holder_of(mentions: &[Mention], at: usize, post: &[String]) -> Option<String> {
    let (earlier, _) = around(mentions, at);
    let mut found: Option<&str> = None;
    // "The Foreign Secretary David Lammy": no article is a title's.
    let exactly = |m: &&Mention| m.titles.iter().filter(|t| !lexicon::is(t, Role::Determiner)).eq(post.iter());
    for m in earlier.iter().filter(|m| named_person(m)).filter(exactly) {
        match found {
            Some(f) if f != m.name => return None,
            _ => found = Some(&m.name),
        }
    }
    found.map(|name| resolve_name(mentions, at, name))
}

/// What a description such as "the president" or "Ukraine's president"
/// refers to: the person introduced with that title whom the article
/// mentions most (the latest on a tie).
pub fn resolve_description(
    mentions: &[Mention],
    at: usize,
    head: &str,
    modifier: Option<&str>,
) -> Option<(String, Span)> {
    let modifier = modifier.map(|m| m.to_lowercase().chars().take(5).collect::<String>());
    let (earlier, _) = around(mentions, at);
    // "Sen. John Hoeven … The senator said" (a review of US news left it
    // unresolved).
    let fits = |m: &&Mention| {
        named_person(m)
            && m.titles.iter().any(|t| t == head || lexicon::lookup(t).value(Role::TitleAbbreviation) == Some(head))
            && match &modifier {
                Some(md) => m.titles.iter().any(|t| t.starts_with(md.as_str())),
                // A bare "the president" is not the vice or former one.
                None => !m.titles.iter().any(|t| lexicon::is(t, Role::TitleModifier)),
            }
    };
    let candidates: Vec<&Mention> = earlier.iter().filter(fits).collect();
    if candidates.is_empty() {
        return None;
    }
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for o in earlier {
        *counts.entry(last_word(&o.name)).or_default() += 1;
    }
    let mentioned = |m: &Mention| counts.get(last_word(&m.name)).copied().unwrap_or(0);
    let m = candidates.into_iter().max_by_key(|m| (mentioned(m), m.span.start))?;
    Some((m.name.clone(), m.span))
}

pub fn is_group_head(word: &str) -> bool {
    lexicon::is(word, Role::GroupHead)
}

pub fn is_title(word: &str) -> bool {
    // "Ex-chancellor Ken Clarke": a former post, hyphened.
    lexicon::is(word, Role::Title)
        || word.strip_prefix("ex-").is_some_and(|t| lexicon::is(t, Role::Title))
        // "Vice-Chancellor Sangita Shrivastava": titles hyphened into one.
        || word.contains('-') && word.split('-').all(|t| lexicon::is(t, Role::Title))
}

/// The post's word when the capitalised run at `i` follows a post "of",
/// "to" or "for" in capitals, over the other capitalised words of its
/// portfolio joined by "and" or listed with commas: "Minister of Tourism
/// and Lands Harin Fernando".
fn post_of_place(text: &str, ws: &[Word<'_>], i: usize) -> Option<usize> {
    // "Minister for Trade, Tourism and Investment Simon Birmingham": the
    // portfolios listed with commas too (a review of Australian news gave
    // "Trade", then "Investment Simon Birmingham").
    let listed = |a: Word<'_>, b: Word<'_>| text[a.end..b.start] == *", ";
    let mut k = i;
    loop {
        let step = if k >= 2
            && ws[k - 1].text == "and"
            && ws[k - 2].is_capitalized()
            && adjacent(text, ws[k - 2], ws[k - 1])
        {
            2
        } else if k >= 1 && ws[k - 1].is_capitalized() && listed(ws[k - 1], ws[k]) {
            1
        } else {
            break;
        };
        k -= step;
        while k >= 1 && ws[k - 1].is_capitalized() && adjacent(text, ws[k - 1], ws[k]) {
            k -= 1;
        }
    }
    (k >= 2
        && matches!(ws[k - 1].text, "of" | "to" | "for")
        && ws[k - 2].is_capitalized()
        && is_title(&ws[k - 2].lower())
        && (k - 1..=i).all(|m| adjacent(text, ws[m - 1], ws[m]) || listed(ws[m - 1], ws[m])))
    .then(|| k - 2)
}

/// After a post "of the", where the name starts in the capitalised words
/// that follow (lower-cased): "house nancy pelosi" at 1, "federal reserve
/// jerome powell" at 2 — the organisation is its one word of an
/// organisation's head, or all but the last two words. None for an
/// organisation's own name ("higher election council").
pub fn name_after_organisation(words: &[String]) -> Option<usize> {
    if words.len() < 3 || words.last().is_some_and(|w| is_org_head(w)) {
        return None;
    }
    Some(if is_org_head(&words[0]) || words.len() == 3 { 1 } else { words.len() - 2 })
}

/// A title or a word for what someone is ("farmer", "resident",
/// "engineer"): what stands before a name in "Kano farmer Musa Ibrahim".
pub fn is_post_or_person(word: &str) -> bool {
    lexicon::roles(word).any(&[Role::Title, Role::PersonNoun])
}

/// A title's word that names a post ("president", "Mr"), not where it is
/// ("UK", "Welsh": "a Welsh English issue" names no one) nor an article.
pub fn is_post(word: &str) -> bool {
    let roles = lexicon::roles(word);
    roles.has(Role::Title) && !roles.any(&[Role::TitlePlace, Role::Demonym, Role::Determiner])
}

/// "Ms King", "Dr Major": after an honorific (a title that is also an
/// abbreviation), a surname that is also a title.
pub fn surname_after_honorific(honorific: &str, word: &str) -> bool {
    let roles = lexicon::roles(honorific);
    roles.has(Role::Title) && roles.has(Role::Abbreviation) && lexicon::is(word, Role::SurnameTitle)
}

/// "the judge", "a spokeswoman" (lower case): someone described by a post,
/// not named — who may be the one a later "she" or "he" means.
pub fn described_by_post(determiner: &str, word: &str) -> bool {
    lexicon::is(determiner, Role::Determiner) && is_post(word)
}

pub fn is_not_name(word: &str) -> bool {
    lexicon::is(word, Role::NotName)
}

/// A legislator's post written after the name, in capitals: "MP", "MSP",
/// "MLA", "TD" (the lexicon's titles and name suffixes; not "II" or "Jr").
pub fn is_post_nominal(written: &str) -> bool {
    let lower = written.to_lowercase();
    (2..=3).contains(&written.chars().count())
        && written.chars().all(|c| c.is_ascii_uppercase())
        && (lexicon::is(&lower, Role::Title) || lexicon::is(&lower, Role::NameSuffix) && lower == "td")
}

pub fn is_org_head(word: &str) -> bool {
    lexicon::is(word, Role::OrgHead)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn ms(text: &str) -> Vec<Mention> {
        mentions(text, &paragraphs(text), &[])
    }

    #[test]
    fn titles_are_split_from_names() {
        let m = ms("Russian Foreign Minister Sergei Lavrov reiterated it.");
        assert_eq!(m[0].name, "Sergei Lavrov");
        assert_eq!(m[0].titles, ["russian", "foreign", "minister"]);
    }

    #[test]
    fn a_title_inside_the_run_ends_a_description() {
        let m = ms("On Monday Bank of England Governor Andrew Bailey said it.");
        assert_eq!(m.last().map(|m| m.name.as_str()), Some("Andrew Bailey"));
        for name in ["Martin Luther King Jr", "Stephen King"] {
            let m = ms(&format!("Then {name} spoke."));
            assert_eq!(m.last().map(|m| m.name.as_str()), Some(name));
        }
    }

    #[test]
    fn surname_resolves_to_full_name() {
        let text = "Fiona Hill, an expert, spoke. Later Hill said more.";
        let m = ms(text);
        assert_eq!(resolve_name(&m, text.len(), "Hill"), "Fiona Hill");
    }

    #[test]
    fn pronoun_skips_possessives_and_objects() {
        let text = "When Trump was asked about Vance's statement, he said no. Donald Trump left.";
        let m = ms(text);
        let at = text.find(" he ").unwrap();
        assert_eq!(resolve_pronoun(&m, at, "he").map(|r| r.0), Some("Donald Trump".into()));
    }

    #[test]
    fn description_resolves_by_title() {
        let text = "Ukrainian President Volodymyr Zelenskiy warned. Ukraine’s president stressed it.";
        let m = ms(text);
        let at = text.find("Ukraine’s").unwrap();
        assert_eq!(
            resolve_description(&m, at, "president", Some("Ukraine")).map(|r| r.0),
            Some("Volodymyr Zelenskiy".into())
        );
    }

    #[test]
    fn groups_are_mentions() {
        let text = "European leaders, meanwhile, have aligned with Kyiv.";
        let m = ms(text);
        assert!(m.iter().any(|m| m.group && m.name == "European leaders"));
    }
}
