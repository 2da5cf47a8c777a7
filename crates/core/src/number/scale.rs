//! Multipliers after a value: scale words ("1.2 million", "3.5 billion",
//! "322 hundred"), their short forms glued ("$5bn", "€3m", "20k", "10K") or
//! spaced ("10 bn", "2.33 k" at the end of a phrase). "Dozen" is read with
//! the spelled numbers.

use super::*;

/// The distances, in metres, that tracks and pools race over: "the 100m
/// final", "500m to go", "the 5,000m world record".
pub(super) const TRACK_DISTANCES: [f64; 17] = [
    50.0, 60.0, 100.0, 110.0, 200.0, 300.0, 400.0, 500.0, 600.0, 800.0, 1000.0, 1500.0, 1600.0, 2000.0, 3000.0, 5000.0,
    10000.0,
];

/// The units of a time written in words ("2 hours 16 minutes 34 seconds"),
/// in seconds.
pub(super) const SECONDS_IN: [(&str, f64); 3] = [("hours", 3600.0), ("minutes", 60.0), ("seconds", 1.0)];

impl Parser<'_> {
    /// The multiplier at token `at` and the index after it. Single letters
    /// count only glued ("5m") or, spaced, "k" that ends the phrase and
    /// any after a currency ("$5 m"): "10 m" alone is ten metres.
    pub(super) fn scale_at(&self, at: usize, money: bool) -> Option<(f64, usize)> {
        let w = self.word(at)?;
        // "3 dozen", "3 dozens" (but "dozens of" is vague).
        if !self.glued(at) && (w == "dozen" || w == "dozens" && self.word(at + 1) != Some("of")) {
            return Some((12.0, at + 1));
        }
        let e = self.toks[at].entry;
        let mut s = if self.glued(at) {
            // "1.8m tall", "a 20m-long wall": metres.
            let size = |k: usize| self.entry(k).is_some_and(|e| e.roles.has(Role::MeasureAdjective));
            if w == "m"
                && !money
                && (size(at + 1) || self.sym(at + 1) == Some('-') && self.glued(at + 1) && size(at + 2))
            {
                return None;
            }
            // "the 100m final", "his 10,000m hope", "won the 1500m.": a
            // race's distance, in metres (a review of real sport news:
            // read as millions). "100m people" and "a 400m deal" are not.
            if w == "m" && !money && self.race_distance(at) {
                return None;
            }
            // "10t/ha", "180t of barley", "a 5t truck": tonnes (a review of
            // farm news read 10 trillion) — a lower-case "t" before a slash,
            // "of" or a singular noun; "3t dollars", "2T parameters", "15t
            // tokens", "valued at 3t" stay trillions (a regression hunt).
            let tonnes = |k: usize| {
                self.sym(k) == Some('/') && self.glued(k)
                    || self.word(k) == Some("of")
                    || self.word(k).is_some_and(|n| {
                        !looks_plural(n)
                            && is_noun_candidate(n)
                            && !self.is_capitalized(k)
                            && currency_word(self.toks[k].entry).is_none()
                            && !self.plays(k, Role::TimeRelative)
                            && !self.plays(k, Role::Preposition)
                            // ("1.7t last year", "677t won": a time, a currency.)
                            && !self.plays(k + 1, Role::Period)
                            && !self.plays(k, Role::Event)
                    })
            };
            if w == "t" && !money && self.toks[at].span.text(self.text) == "t" && tonnes(at + 1) {
                return None;
            }
            // "24703m2": a unit with its power.
            if self.num(at + 1).is_some() && self.glued(at + 1) {
                return None;
            }
            // "£1.2million": a scale word glued as a suffix is.
            glued_scale(e).or_else(|| scale_value(e).filter(|_| w.len() > 3))?
        } else if w == "cr" && !money {
            // "Rs 16,000 cr": a crore of money only ("scored 50 cr" is not).
            return None;
        } else if let Some(s) = scale_value(e) {
            s
        } else {
            let ends_phrase = self.word(at + 1).is_none();
            glued_scale(e).filter(|_| w.len() > 1 || money || (w == "k" && ends_phrase))?
        };
        let mut next = at + 1;
        // "1 thousand million"
        if let Some(s2) = self.entry(next).and_then(scale_value) {
            s *= s2;
            next += 1;
        }
        Some((s, next))
    }

    /// The figure glued before "m" at `at` is a track or pool race's
    /// distance, and the words around it say a race: an event's word after
    /// it, or "men's", "women's", or a race's verb ("ran the", "over")
    /// before it.
    fn race_distance(&self, at: usize) -> bool {
        let Some(value) = at.checked_sub(1).and_then(|v| self.num(v)).map(|n| n.0) else { return false };
        // "to cover the final 350m", "over the last 50m": a race's last
        // stretch, of any length (a review of real news read 350 million).
        // Only after a race's verb: "the final 5m tranche", "the last 10m"
        // of a sum are millions (a regression hunt).
        let raced =
            |k: usize| self.plays(k, Role::RaceLead) || matches!(self.word(k), Some("cover" | "covered" | "covering"));
        let stretch = at >= 4
            && matches!(self.word(at - 2), Some("final" | "last" | "closing"))
            && self.word(at - 3) == Some("the")
            && raced(at - 4)
            && value < 10000.0
            && !self.word(at + 1).is_some_and(|w| looks_plural(w) || w == "of")
            // (Not money: "spent the last 20m on players".)
            && !(at.saturating_sub(10)..at).any(|k| self.plays(k, Role::MoneyCue));
        if stretch {
            return true;
        }
        if !TRACK_DISTANCES.contains(&value) {
            return false;
        }
        // (Not "the 100m record transfer": a record of something else.)
        let record_of = self.word(at + 1) == Some("record")
            && self.word(at + 2).is_some_and(|w| w.chars().all(char::is_lowercase) && w != "and")
            && !self.plays(at + 2, Role::Preposition);
        let event = self.plays(at + 1, Role::RaceEvent) && !record_of;
        let before = at.checked_sub(2).and_then(|b| self.word(b)).map(str::to_lowercase);
        let sexed = matches!(before.as_deref(), Some("men's" | "women's" | "men’s" | "women’s"));
        // "ran the 100m", "contest the 60m", "fourth over 1500m" — not
        // "spent the 200m" (money).
        let lead = |k: Option<usize>| k.is_some_and(|k| self.plays(k, Role::RaceLead));
        let run = lead(at.checked_sub(2)) || before.as_deref() == Some("the") && lead(at.checked_sub(3));
        // "placed second in the 400m", "took gold in the 100m" (a review of
        // athletics news read 400 million).
        let placed_in = at >= 4
            && before.as_deref() == Some("the")
            && self.word(at - 3) == Some("in")
            && (self.plays(at - 4, Role::Ordinal) || self.plays(at - 4, Role::Medal))
            // (Not "placed second in the 400m bond sale".)
            && (self.word(at + 1).is_none() || self.plays(at + 1, Role::Preposition));
        let counted = self.word(at + 1).is_some_and(|w| looks_plural(w) || w == "of");
        event || (sexed || run || placed_in) && !counted
    }
}
