//! A claim's check: what the reader found when they checked a claim — a
//! verdict from the library's scale, the evidence, who made the claim, and
//! how far the check has got. A check belongs to the claim's span, so a
//! suggested claim and the reader's own (an annotation tagged "claim") are
//! checked alike, and the core finding the same claim again finds its check.

use marginalia_core::Span;
use serde::{Deserialize, Serialize};

use crate::document::Document;

/// How far a check has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    ToCheck,
    Checking,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::ToCheck, Status::Checking, Status::Done];

    /// As the reader reads and searches it ("to check", `status:to-check`).
    pub fn label(self) -> &'static str {
        match self {
            Status::ToCheck => "to check",
            Status::Checking => "checking",
            Status::Done => "done",
        }
    }

    /// The status a label names (as [`Status::label`] gives it, or with dashes).
    pub fn named(label: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| same_words(s.label(), label))
    }
}

/// One piece of evidence: an address and/or a note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Evidence {
    /// The address, if it is one a link may open (http or https): anything
    /// else is shown as text, never followed.
    pub fn link(&self) -> Option<&str> {
        is_web_address(&self.url).then_some(self.url.as_str())
    }
}

/// Whether `url` is an address a link may open: http or https.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The reader's check of one claim.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// A verdict of the library's scale ([`Verdict`]), by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// Who made the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Where the reader published their fact-check, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the check last changed (milliseconds since the Unix epoch).
    #[serde(default, deserialize_with = "crate::annotation::whole_ms")]
    pub modified: f64,
}

/// Longest claimant, verdict or address kept, in characters.
pub const MAX_FIELD_CHARS: usize = 500;
/// Most evidence entries one check keeps.
pub const MAX_EVIDENCE: usize = 100;

impl Check {
    /// The check as it is kept: fields trimmed, blank ones none, empty
    /// evidence left out, everything within its bounds.
    pub fn cleaned(self) -> Check {
        let field = |s: &str| -> String { s.trim().chars().take(MAX_FIELD_CHARS).collect() };
        let some = |s: Option<String>| s.map(|s| field(&s)).filter(|s| !s.is_empty());
        let evidence = self
            .evidence
            .iter()
            .map(|e| Evidence {
                url: field(&e.url),
                note: e.note.trim().chars().take(crate::annotation::MAX_NOTE_CHARS).collect(),
            })
            .filter(|e| !e.url.is_empty() || !e.note.is_empty())
            .take(MAX_EVIDENCE)
            .collect();
        Check {
            verdict: some(self.verdict),
            status: self.status,
            claimant: some(self.claimant),
            evidence,
            url: some(self.url),
            modified: self.modified,
        }
    }

    /// Nothing was found or said yet: no verdict, claimant, evidence or
    /// address, and not begun.
    pub fn is_blank(&self) -> bool {
        self.verdict.is_none()
            && self.status == Status::ToCheck
            && self.claimant.is_none()
            && self.evidence.is_empty()
            && self.url.is_none()
    }

    /// One line for the panel: "false · done · claimed by Ana Ruiz · 2 sources".
    /// Whether it can be published as a fact-check (ClaimReview): it is
    /// done and has a verdict.
    pub fn publishable(&self) -> bool {
        self.verdict.is_some() && self.status == Status::Done
    }

    pub fn summary(&self) -> String {
        let mut parts = vec![self.verdict.clone().unwrap_or_else(|| "no verdict yet".into())];
        parts.push(self.status.label().into());
        if let Some(who) = &self.claimant {
            parts.push(format!("claimed by {who}"));
        }
        match self.evidence.len() {
            0 => {}
            1 => parts.push("1 source".into()),
            n => parts.push(format!("{n} sources")),
        }
        parts.join(" · ")
    }
}

/// A verdict of the library's scale, with its place on ClaimReview's
/// rating scale (1 worst to 5 best), or none where it rates nothing
/// ("unverifiable").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

/// The best and worst ratings of the scale, as ClaimReview states them.
pub const BEST_RATING: u8 = 5;
pub const WORST_RATING: u8 = 1;

/// The scale a new library starts with.
pub fn default_verdicts() -> Vec<Verdict> {
    [("true", Some(5)), ("mostly true", Some(4)), ("misleading", Some(2)), ("false", Some(1)), ("unverifiable", None)]
        .into_iter()
        .map(|(name, rating)| Verdict { name: name.into(), rating })
        .collect()
}

/// The verdicts a check's form offers, as (value, label, chosen): none yet,
/// the scale's, and the check's own verdict when the scale lacks it (an
/// import's, or one removed since), shown as it is rather than as none.
pub fn verdict_choices(scale: &[Verdict], chosen: Option<&str>) -> Vec<(String, String, bool)> {
    let is = |name: &str| chosen.is_some_and(|c| same_words(name, c));
    let other = chosen
        .filter(|c| !scale.iter().any(|v| same_words(&v.name, c)))
        .map(|c| (c.to_string(), format!("{c} (not in the scale)"), true));
    std::iter::once((String::new(), "— none yet —".to_string(), chosen.is_none()))
        .chain(scale.iter().map(|v| (v.name.clone(), v.name.clone(), is(&v.name))))
        .chain(other)
        .collect()
}

/// Longest verdict name, in characters.
pub const MAX_VERDICT_CHARS: usize = 60;

/// A row of the verdict scale as the reader edits it: the name it had
/// (`None` for a new verdict) and what it is now.
pub type ScaleRow = (Option<String>, Verdict);

/// Verdicts renamed: (old name, new name).
pub type Renames = Vec<(String, String)>;

/// The scale the reader's edit makes of `old`, and the verdicts renamed
/// (old name, new name) — or why it cannot be kept: a verdict without a
/// name, one twice, a rating off the 1–5 scale, no verdict at all, or a
/// verdict removed that `uses` says checks still give.
pub fn edited_scale(
    old: &[Verdict],
    rows: &[ScaleRow],
    uses: &dyn Fn(&str) -> usize,
) -> Result<(Vec<Verdict>, Renames), String> {
    let mut scale: Vec<Verdict> = Vec::new();
    let mut renamed = Vec::new();
    for (was, v) in rows {
        let name: String = v.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err("A verdict needs a name.".into());
        }
        if name.chars().count() > MAX_VERDICT_CHARS {
            return Err(format!("“{name}” is longer than {MAX_VERDICT_CHARS} characters."));
        }
        if scale.iter().any(|s| same_words(&s.name, &name)) {
            return Err(format!("“{name}” is in the scale twice."));
        }
        if let Some(r) = v.rating.filter(|r| !(WORST_RATING..=BEST_RATING).contains(r)) {
            return Err(format!(
                "“{name}” is rated {r}: ratings go from {WORST_RATING} (worst) to {BEST_RATING} (best)."
            ));
        }
        if let Some(was) = was.as_ref().filter(|w| !same_words(w, &name)) {
            renamed.push((was.clone(), name.clone()));
        }
        scale.push(Verdict { name, rating: v.rating });
    }
    if scale.is_empty() {
        return Err("The scale needs at least one verdict.".into());
    }
    for gone in
        old.iter().filter(|o| !rows.iter().any(|(was, _)| was.as_deref().is_some_and(|w| same_words(w, &o.name))))
    {
        match uses(&gone.name) {
            0 => {}
            1 => return Err(format!("“{}” is the verdict of a check: give it another first.", gone.name)),
            n => return Err(format!("“{}” is the verdict of {n} checks: give them another first.", gone.name)),
        }
    }
    Ok((scale, renamed))
}

/// Whether two labels are the same words, case and dashes aside
/// ("mostly true", "Mostly-True").
pub fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Who made the claim at `span` of `doc`, as the text says: the speaker of
/// the quote it is in (the reader's correction first), else the source the
/// claim names ("according to the ministry"); `None` when the text does not
/// say.
pub fn claimant_in(doc: &Document, span: Span) -> Option<String> {
    let a = &doc.analysis;
    let inside = |s: Span| s.start < span.end && span.start < s.end;
    let quoted = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind != marginalia_core::QuoteKind::Scare && inside(q.span))
        .find_map(|(i, _)| doc.quote_speaker(i));
    quoted.or_else(|| {
        let source = a.claims.iter().find(|c| c.span == span)?.source?;
        Some(source.text(&doc.text).trim().to_string()).filter(|s| !s.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_is_kept_cleaned() {
        let long = "x".repeat(MAX_FIELD_CHARS + 10);
        let c = Check {
            verdict: Some("  false ".into()),
            status: Status::Done,
            claimant: Some("   ".into()),
            evidence: vec![
                Evidence { url: " https://example.org/a ".into(), note: String::new() },
                Evidence { url: " ".into(), note: " ".into() },
                Evidence { url: String::new(), note: "Ministry figures, p. 4".into() },
            ],
            url: Some(long),
            modified: 1.0,
        }
        .cleaned();
        assert_eq!(c.verdict.as_deref(), Some("false"));
        assert_eq!(c.claimant, None, "blank is none");
        assert_eq!(c.evidence.len(), 2, "empty evidence is left out");
        assert_eq!(c.evidence[0].url, "https://example.org/a");
        assert_eq!(c.url.map(|u| u.chars().count()), Some(MAX_FIELD_CHARS));
        assert_eq!(Check::default().cleaned(), Check::default());
        assert!(Check::default().is_blank() && !c_with_status(Status::Checking).is_blank());
    }

    fn c_with_status(status: Status) -> Check {
        Check { status, ..Check::default() }
    }

    #[test]
    fn only_web_addresses_are_links() {
        for (url, link) in [
            ("https://example.org", true),
            ("HTTP://example.org/x", true),
            ("javascript:alert(1)", false),
            ("data:text/html,hi", false),
            ("example.org", false),
            ("", false),
        ] {
            assert_eq!(Evidence { url: url.into(), note: String::new() }.link().is_some(), link, "{url}");
        }
    }

    #[test]
    fn a_check_in_one_line() {
        for (check, line) in [
            (Check::default(), "no verdict yet · to check"),
            (
                Check {
                    verdict: Some("false".into()),
                    status: Status::Done,
                    claimant: Some("Ana Ruiz".into()),
                    evidence: vec![Evidence::default(), Evidence::default()],
                    ..Check::default()
                },
                "false · done · claimed by Ana Ruiz · 2 sources",
            ),
            (c_with_status(Status::Checking), "no verdict yet · checking"),
        ] {
            assert_eq!(check.summary(), line);
        }
    }

    #[test]
    fn statuses_and_verdicts_are_named_loosely() {
        assert_eq!(Status::named("to-check"), Some(Status::ToCheck));
        assert_eq!(Status::named("Done"), Some(Status::Done));
        assert_eq!(Status::named("finished"), None);
        assert!(same_words("mostly true", "Mostly-True") && !same_words("true", "mostly true"));
        let scale = default_verdicts();
        assert!(scale.iter().all(|v| v.rating.is_none_or(|r| (WORST_RATING..=BEST_RATING).contains(&r))));
    }

    #[test]
    fn the_claimant_is_who_the_text_says() {
        let mut lib = crate::document::Library::default();
        let text = "Strike\n\n“Russia launched 13,897 missiles at Ukraine in 2024,” Ukrainian President Volodymyr Zelensky said.\n\nRussia has suffered 1.2 million military casualties, Defence Secretary John Healey said on Tuesday.\n\nUnemployment fell to 4 percent in 2024.";
        lib.add(None, text.into());
        let doc = lib.current().unwrap();
        let span_of = |needle: &str| {
            let c = doc.analysis.claims.iter().find(|c| c.span.text(text).contains(needle)).expect(needle);
            c.span
        };
        assert_eq!(claimant_in(doc, span_of("13,897")).as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(claimant_in(doc, span_of("1.2 million")).as_deref(), Some("John Healey"));
        assert_eq!(claimant_in(doc, span_of("Unemployment")), None, "the text does not say who");
    }

    #[test]
    fn an_edited_scale_is_kept_or_refused_with_the_reason() {
        let old = default_verdicts();
        let row = |was: Option<&str>, name: &str, rating: Option<u8>| {
            (was.map(str::to_string), Verdict { name: name.into(), rating })
        };
        let uses = |name: &str| if name == "false" { 2 } else { 0 };
        let unchanged: Vec<ScaleRow> = old.iter().map(|v| (Some(v.name.clone()), v.clone())).collect();
        assert_eq!(edited_scale(&old, &unchanged, &uses), Ok((old.clone(), vec![])));
        let mut edit = unchanged.clone();
        edit[2] = row(Some("misleading"), "  missing   context ", Some(3));
        edit.push(row(None, "satire", None));
        edit.remove(4); // "unverifiable", given by no check
        let (scale, renamed) = edited_scale(&old, &edit, &uses).unwrap();
        assert_eq!(
            scale.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            ["true", "mostly true", "missing context", "false", "satire"]
        );
        assert_eq!(scale[2].rating, Some(3));
        assert_eq!(renamed, [("misleading".to_string(), "missing context".to_string())]);
        for (rows, why) in [
            (vec![row(None, " ", None)], "A verdict needs a name."),
            (vec![row(None, "Fake", Some(1)), row(None, "fake", None)], "“fake” is in the scale twice."),
            (vec![row(None, "odd", Some(9))], "“odd” is rated 9: ratings go from 1 (worst) to 5 (best)."),
            (vec![], "The scale needs at least one verdict."),
            (unchanged[..3].to_vec(), "“false” is the verdict of 2 checks: give them another first."),
        ] {
            assert_eq!(edited_scale(&old, &rows, &uses), Err(why.to_string()), "{rows:?}");
        }
    }

    #[test]
    fn a_checks_form_offers_the_scale_and_its_own_verdict() {
        let scale = &default_verdicts()[..2];
        let offered = |chosen: Option<&str>| {
            verdict_choices(scale, chosen)
                .into_iter()
                .map(|(v, label, on)| format!("{v}|{label}|{on}"))
                .collect::<Vec<_>>()
        };
        for (chosen, want) in [
            (None, vec!["|— none yet —|true", "true|true|false", "mostly true|mostly true|false"]),
            (Some("Mostly-True"), vec!["|— none yet —|false", "true|true|false", "mostly true|mostly true|true"]),
            (
                Some("satire"),
                vec![
                    "|— none yet —|false",
                    "true|true|false",
                    "mostly true|mostly true|false",
                    "satire|satire (not in the scale)|true",
                ],
            ),
        ] {
            assert_eq!(offered(chosen), want, "{chosen:?}");
        }
    }
}
