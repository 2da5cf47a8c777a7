//! The language of a text, when it is reliably not English.
//!
//! The core's word lists, speaker rules and claim model are English. On a
//! French or Czech article they would still mark "claims" for reasons that
//! read as nonsense ("words typical of talk: Dans") and read "40.000 vidas"
//! as forty. So a text that is reliably another language says so
//! ([`crate::Analysis::language`]): its claims are not scored, and its
//! numbers are read with its own separators ("1,3 %", "40.000").
//!
//! Detection is `whatlang`'s (trigram profiles of 69 languages, MIT): kept,
//! small, and sure on a paragraph, unsure on a sentence — so short texts
//! and unreliable answers count as English, as before.

use serde::{Deserialize, Serialize};

/// A language other than English, found reliably.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 ("fra", "deu", "ces").
    pub code: String,
    /// Its English name ("French").
    pub name: String,
}

/// How digits are grouped and where the decimals start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Separators {
    /// "1,234.5" (English, Chinese, Japanese, Hebrew, Thai, …).
    #[default]
    Point,
    /// "1.234,5" or "1 234,5" (most of continental Europe, Latin America,
    /// Indonesia, Vietnam, Turkey, Russia, …).
    Comma,
    /// English that writes its decimals with a comma ("R5,14", "13,55%",
    /// "16,094%") and may still group thousands with one ("$2,500,000",
    /// "15,000 fans"): a comma before one, two or four and more digits, or
    /// three and a per cent sign, starts the decimals; a point is a
    /// decimal's as in [`Separators::Point`].
    EnglishComma,
}

/// Texts shorter than this (bytes) are taken for English: a short sentence
/// is too little to tell ("You got a 265 billion dollar tax increase." reads
/// as Uzbek). Of ClaimBuster's 7,976 English debate sentences, whatlang
/// reliably named another language for one, of 50–100 bytes.
const MIN_BYTES: usize = 120;
/// Only the start of a long text is read: the language of its first 2 kB
/// is the language of the article (more costs time and changes nothing on
/// the dev pages).
const SAMPLE_BYTES: usize = 2 * 1024;

/// The language of `text` when it is reliably not English; `None` for
/// English, for short texts and when unsure.
pub fn detect(text: &str) -> Option<Language> {
    if text.len() < MIN_BYTES {
        return None;
    }
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if looks_english(sample) {
        return None;
    }
    let info = whatlang::detect(sample).filter(whatlang::Info::is_reliable)?;
    let lang = info.lang();
    (lang != whatlang::Lang::Eng).then(|| Language { code: lang.code().to_string(), name: lang.eng_name().to_string() })
}

/// Whether at least one word in twelve is one of English's commonest
/// ("the", "of", "and", …): in English news it is one in five or six, in
/// French or German almost none. English, the common case, is so told
/// without the detector (whose trigrams cost 0.3 ms for 2 kB).
fn looks_english(sample: &str) -> bool {
    let (mut words, mut marked) = (0usize, 0usize);
    for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if w.len() <= 5 && crate::lexicon::is(&w.to_lowercase(), crate::lexicon::Role::EnglishMarker) {
            marked += 1;
        }
    }
    words >= 20 && marked * 12 >= words
}

impl Language {
    /// The separators its numbers are written with.
    pub fn separators(&self) -> Separators {
        const COMMA: &[&str] = &[
            "deu", "fra", "spa", "por", "ita", "nld", "ces", "slk", "pol", "slv", "hrv", "srp", "bos", "ron", "hun",
            "dan", "nob", "swe", "fin", "est", "lav", "lit", "rus", "ukr", "bel", "bul", "mkd", "ell", "tur", "aze",
            "ind", "vie", "cat", "epo", "afr", "lat", "kat", "uzb", "tuk",
        ];
        if COMMA.contains(&self.code.as_str()) { Separators::Comma } else { Separators::Point }
    }
}

/// The separators of an English text: a point, unless its figures write
/// decimals with a comma and never with a point — "R5,14 a dollar",
/// "13,55%", "R5,1725", as South African papers did (a review of real news
/// read "16,094%" as sixteen thousand per cent). A comma before one, two or
/// four and more digits is no thousands' (Indian "1,07,047" groups twos
/// before a three); a point between digits, but for a clock ("6.30pm"),
/// is a decimal's.
pub fn english_separators(text: &str) -> Separators {
    let b = text.as_bytes();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let (mut comma, mut point) = (0, 0);
    for i in 1..b.len().saturating_sub(1) {
        if !(b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()) {
            continue;
        }
        let run = digits_from(i + 1);
        let next = b.get(i + 1 + run).copied();
        // "in 2023,4% in 2024": a year, then a list's comma.
        let head = b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).take(4).count();
        match b[i] {
            b',' if run != 3 && head <= 3 && next != Some(b',') && !(run == 2 && next == Some(b'.')) => comma += 1,
            b'.' => {
                let rest = text[i + 1 + run..].trim_start().as_bytes();
                let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
                let clock = run == 2 && [&b"am"[..], b"pm", b"a.m", b"p.m"].into_iter().any(starts);
                if !clock {
                    point += 1;
                }
            }
            _ => {}
        }
    }
    if comma >= 2 && point == 0 { Separators::EnglishComma } else { Separators::Point }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_text_with_decimal_commas_is_read_with_them() {
        let cases = [
            ("The rand fell to R5,14 a dollar and yields rose to 16,094% from 13,55%.", Separators::EnglishComma),
            ("The rand fell to R5,14 a dollar, then R5.20.", Separators::Point),
            ("Sales of 1,500 cars and 12,000 trucks rose 2,5%.", Separators::Point),
            ("A loan of 1,07,047 rupees and 12,34,567 more at 6.30pm.", Separators::Point),
            ("It rose to 5,1570 and then 5,1725 at 6.30PM.", Separators::EnglishComma),
            ("Sales rose 2,5% in 2023,4% in 2024.", Separators::Point),
            ("", Separators::Point),
        ];
        for (text, separators) in cases {
            assert_eq!(english_separators(text), separators, "{text}");
        }
    }

    #[test]
    fn english_short_and_unsure_texts_are_english() {
        let english = "The federal government could soon pay more in interest on its debt than it spends on the military, \
                       Medicaid or children's programs, according to the Congressional Budget Office.";
        for text in ["", "You got a 265 billion dollar tax increase.", "Nous avons gagné.", english] {
            assert_eq!(detect(text), None, "{text}");
        }
    }

    #[test]
    fn a_paragraph_in_another_language_is_named() {
        let cases = [
            (
                "L'Assemblée nationale a adopté à une large majorité le projet de loi sur le renseignement, \
              lors d'un vote solennel, mardi 5 mai. Il sera désormais examiné par le Sénat, puis par le Conseil constitutionnel.",
                "fra",
                "French",
                Separators::Comma,
            ),
            (
                "Los insurrectos causaron daños por 10 millones de dólares y la muerte de tres personas a lo largo \
              de quince años; en la Argentina, por ahora, el conflicto es menor.",
                "spa",
                "Spanish",
                Separators::Comma,
            ),
            (
                "Die Entwickler des Passwortmanagers haben die neue Version veröffentlicht, die nun auch für ältere \
              Systeme verfügbar ist und einige Fehler behebt.",
                "deu",
                "German",
                Separators::Comma,
            ),
        ];
        for (text, code, name, separators) in cases {
            let lang = detect(text).expect(code);
            assert_eq!((lang.code.as_str(), lang.name.as_str(), lang.separators()), (code, name, separators));
        }
    }

    #[test]
    fn english_is_told_by_its_commonest_words_and_nothing_else_is() {
        let english = "The sale is being done in two steps. The first step will be the transfer of the operating \
                       business to a subsidiary of Yahoo, which will then be sold to Verizon, and the second step \
                       is a merger of the two businesses after the acquisition, the company said in a filing.";
        let others = [
            "De regering heeft besloten dat de nieuwe wet op de inlichtingendiensten van kracht wordt, of de Tweede \
             Kamer nu instemt of niet, en dat is volgens de oppositie een gevaarlijke stap voor de democratie.",
            "Das in der iOS-Version bereits enthaltene Feature ist nun auch für OS X verfügbar. Zudem gibt es neue \
             Zusatzfelder in der Datenbank und was die Entwickler versprochen haben, ist nun auch da.",
            "Le séisme a fait près de cinq mille morts et touche huit des vingt-huit millions d’habitants du Népal, \
             selon une source du Quai d’Orsay citée par l’agence.",
        ];
        assert!(looks_english(english));
        for text in others {
            assert!(!looks_english(text), "{text}");
        }
    }

    #[test]
    fn a_long_text_is_read_from_its_start_on_a_char_boundary() {
        let text = "Žluťoučký kůň úpěl ďábelské ódy a pak běžel přes pole k lesu, kde ho čekali přátelé. ".repeat(400);
        assert_eq!(detect(&text).map(|l| l.code), Some("ces".into()));
    }
}
