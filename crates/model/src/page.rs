//! What a saved web page says about itself: the article's title, byline,
//! date, site, address and language.
//!
//! The app gathers the page's own statements ([`PageFacts`]: `<meta>` tags,
//! JSON-LD, `<title>`, `<h1>`, `<time>`, the canonical link), what the
//! article extractor (Readability) found ([`ReaderFacts`]) and the text of
//! both the article and the whole page ([`Gathered`]); [`decide`] — run in
//! the lazily loaded worker, so none of this is in the page's first load —
//! chooses each field ([`PageMeta::from_facts`]) and whether the
//! extractor's article is to be trusted ([`judge`]): a page is never shown
//! silently empty.

use marginalia_core::lexicon::{self, Role};
use marginalia_core::segment::{self, BlockKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The metadata of a document loaded from a web page, stored with it and
/// exported. Every field is optional: a page says what it says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The author(s), without a leading "By".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// As the page gives it, usually ISO 8601 (`2017-01-13T19:02:00Z`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// The page's canonical address (http or https), when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Set when the extractor's article was not used, saying why (shown on
    /// the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What the page states about itself, gathered from its parsed DOM before
/// the extractor changes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageFacts {
    /// `<meta>` tags: (`property`, `name` or `itemprop`, lower case; `content`).
    pub metas: Vec<(String, String)>,
    /// The text of each `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `<title>`.
    pub title: String,
    /// The article's own heading (`<h1>` in `<article>` or `<main>`, or
    /// marked as the headline).
    pub headline: Option<String>,
    /// The text of the page's `<h1>` elements, in order.
    pub h1: Vec<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// Dates marked as the publication date (`itemprop=datePublished`), then
    /// the `datetime` of `<time>` elements: the first three.
    pub times: Vec<String>,
    /// Where the page was saved from, when the file says so (MHTML).
    pub saved_from: Option<String>,
}

/// What the extractor (Readability) reported, each possibly empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReaderFacts {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
}

/// Labels of page furniture that pages put where a title belongs (skip
/// links, banners, section labels): never a title.
const NOT_TITLES: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip navigation",
    "accessibility links",
    "advertisement",
    "breaking news",
    "filed under:",
    "filed under",
    "menu",
    "home",
    "search",
    "sign in",
    "log in",
    "subscribe",
    "most popular",
    "related",
    "share",
];

/// Words that open a byline and are not part of a name ("By", French and
/// Spanish "Par", "Por", Dutch "Door"); a byline that ends with one names
/// nobody ("Promoted by").
const BYLINE_LEADS: &[&str] = &["by", "par", "por", "door"];

/// Degrees and licences written after a name, which end it: "Brenda
/// Goodman, MA WebMD Health News" is Brenda Goodman.
const CREDENTIALS: &[&str] = &[
    "ma", "ms", "msc", "mba", "mph", "md", "do", "phd", "ph.d", "ph.d.", "rn", "np", "pharmd", "jd", "dds", "dvm",
    "psyd", "lcsw", "rd", "bsc", "ba", "bs",
];

/// Words between a byline's names and the date glued after them.
const DATE_WORDS: &[&str] = &["updated", "published", "posted", "modified", "on", "at", "am", "pm", "a.m", "p.m"];

/// JSON-LD types that are an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "WebPage",
];

/// The article object of a page's JSON-LD, reduced to what is used here.
#[derive(Debug, Default, PartialEq)]
struct JsonLd {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

impl PageMeta {
    /// Decides each field from the page's statements and the extractor's
    /// findings, preferring what publishers write for the article itself
    /// (JSON-LD, Open Graph) over what is guessed from the page's layout.
    pub fn from_facts(page: &PageFacts, reader: &ReaderFacts) -> PageMeta {
        let ld = page.json_ld.iter().filter_map(|s| json_ld(s)).next().unwrap_or_default();
        let meta = |keys: &[&str]| -> Option<String> {
            keys.iter()
                .find_map(|k| page.metas.iter().find(|(name, _)| name == k).map(|(_, v)| clean(v)))
                .filter(|v| !v.is_empty())
        };
        let site = [meta(&["og:site_name"]), ld.publisher.clone(), reader.site.clone(), meta(&["application-name"])]
            .into_iter()
            .flatten()
            .map(|s| site_name(&clean(&s)))
            .find(|s| !s.is_empty() && s.chars().count() <= 80);
        // What the page says the title is, then its headings. A stated
        // title that disagrees with every heading on the page is the site's
        // generic one ("Yahoo News - Latest News & Headlines" over a story)
        // when a later statement agrees with a heading.
        let stated: Vec<String> =
            [ld.headline.clone(), meta(&["og:title", "twitter:title"]), reader.title.clone(), Some(page.title.clone())]
                .into_iter()
                .flatten()
                .map(|t| strip_site(&clean(&t), site.as_deref()))
                .filter(|t| is_title(t))
                .collect();
        let headings: Vec<String> = page.headline.iter().chain(&page.h1).map(|h| clean(h)).collect();
        let agreeing = stated.iter().position(|t| headings.iter().any(|h| agree(t, h)));
        let title = match agreeing {
            Some(i) => Some(stated[i].clone()),
            None => [ld.headline.clone(), meta(&["og:title", "twitter:title"]), page.headline.clone()]
                .into_iter()
                .chain([reader.title.clone(), Some(page.title.clone()), page.h1.first().cloned()])
                .flatten()
                .map(|t| strip_site(&clean(&t), site.as_deref()))
                .find(|t| is_title(t)),
        };
        let byline = [
            reader.byline.clone(),
            (!ld.authors.is_empty()).then(|| ld.authors.join(", ")),
            meta(&["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"]),
        ]
        .into_iter()
        .flatten()
        .filter_map(|b| byline(&b))
        .map(|b| without_site(b, site.as_deref()))
        .collect::<Vec<_>>();
        // The site's own name is no byline ("BBC News", "Mac & i"), unless
        // nothing else is said and it is a person's (a personal site).
        let is_site = |b: &String| site.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(b));
        let byline =
            byline.iter().find(|b| !is_site(b)).or_else(|| byline.first().filter(|b| looks_like_a_name(b))).cloned();
        let published = [
            ld.published.clone(),
            meta(&[
                "article:published_time",
                "datepublished",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
                "dc.date.issued",
                "sailthru.date",
                "parsely-pub-date",
            ]),
            reader.published.clone(),
            page.times.first().cloned(),
        ]
        .into_iter()
        .flatten()
        .map(|d| iso_date(&clean(&d)))
        .find(|d| d.chars().any(|c| c.is_ascii_digit()) && d.len() <= 40);
        let url = [page.canonical.clone(), meta(&["og:url"]), ld.url.clone(), page.saved_from.clone()]
            .into_iter()
            .flatten()
            .map(|u| u.trim().to_string())
            .find(|u| u.starts_with("https://") || u.starts_with("http://"));
        let lang = [page.lang.clone(), reader.lang.clone(), meta(&["og:locale"])]
            .into_iter()
            .flatten()
            .map(|l| clean(&l).replace('_', "-"))
            .find(|l| !l.is_empty() && l.len() <= 20);
        PageMeta { title, byline, published, site, url, lang, note: None }
    }

    /// The line under the title: byline, site, date — what is known.
    pub fn line(&self) -> String {
        let date = self.published.as_deref().map(display_date);
        [self.byline.as_deref().map(|b| format!("By {b}")), self.site.clone(), date]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// Every field, for search.
    pub fn fields(&self) -> Vec<&str> {
        [&self.title, &self.byline, &self.published, &self.site, &self.url]
            .into_iter()
            .filter_map(|f| f.as_deref())
            .collect()
    }
}

/// The date part of an ISO 8601 timestamp (`2017-01-13`); anything else as given.
pub fn display_date(date: &str) -> String {
    let b = date.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if iso { date[..10].to_string() } else { date.to_string() }
}

/// A site named by its address ("http://www.tmz.com") is named by its
/// host ("tmz.com"); any other name as given.
fn site_name(s: &str) -> String {
    match s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            host.strip_prefix("www.").unwrap_or(host).to_string()
        }
        None => s.to_string(),
    }
}

/// A byline without the site's name after the names: "Dana A. Ford and
/// Tom Watkins, CNN" on CNN is Dana A. Ford and Tom Watkins.
fn without_site(b: String, site: Option<&str>) -> String {
    match (site, b.rsplit_once(", ")) {
        (Some(site), Some((names, last)))
            if last.trim().eq_ignore_ascii_case(site.trim()) && !names.trim().is_empty() =>
        {
            names.trim_end_matches([',', ' ']).to_string()
        }
        _ => b,
    }
}

/// A date written with slashes, "05/29/2007 09:49:00", as ISO 8601
/// ("2007-05-29") when the order of day and month is certain (one of the
/// two is over 12); anything else as given.
fn iso_date(d: &str) -> String {
    // ISO 8601's basic format, "20180619T055000+0900", in the extended one.
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if b.len() >= 15 && digits(0..8) && b[8] == b'T' && digits(9..15) {
        let zone = &d[15..];
        let zone = match zone.as_bytes() {
            [] | [b'Z'] => Some(zone.to_string()),
            [s @ (b'+' | b'-'), rest @ ..] if rest.len() == 4 && rest.iter().all(u8::is_ascii_digit) => {
                Some(format!("{}{}:{}", *s as char, &zone[1..3], &zone[3..5]))
            }
            _ => None,
        };
        if let Some(zone) = zone {
            return format!("{}-{}-{}T{}:{}:{}{zone}", &d[0..4], &d[4..6], &d[6..8], &d[9..11], &d[11..13], &d[13..15]);
        }
    }
    let date = d.split([' ', 'T']).next().unwrap_or(d);
    let parts: Vec<&str> = date.split('/').collect();
    let num = |p: &str| p.parse::<u32>().ok().filter(|_| !p.is_empty() && p.len() <= 4);
    if let [a, b, y] = parts[..]
        && let (Some(a), Some(b), Some(y)) = (num(a), num(b), num(y))
        && y.to_string().len() == 4
        && y >= 1900
    {
        let md = match (a, b) {
            (1..=12, 13..=31) => Some((a, b)),
            (13..=31, 1..=12) => Some((b, a)),
            _ => None,
        };
        // A day the month has: no "2020-02-30".
        let days = |m: u32| match m {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if let Some((m, day)) = md.filter(|&(m, day)| day <= days(m)) {
            return format!("{y:04}-{m:02}-{day:02}");
        }
    }
    d.to_string()
}

/// Whitespace collapsed, trimmed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a stated title and a heading name the same story: most of the
/// title's words are in the heading (case and punctuation aside), so a
/// site's logo heading agrees with no story's title.
fn agree(title: &str, heading: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let (title, heading) = (words(title), words(heading));
    let shared = title.iter().filter(|w| heading.contains(w)).count();
    title.len() >= 2 && shared * 5 >= title.len() * 4
}

/// Whether a byline reads as one person's name: two to four capitalised
/// words of letters, the last no organisation's ("Jane Doe", not "BBC News").
fn looks_like_a_name(b: &str) -> bool {
    let words: Vec<&str> = b.split(' ').collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
        && !words.last().is_some_and(|w| lexicon::is(&w.to_lowercase(), Role::OrgHead))
}

/// Whether a candidate can be the article's title.
fn is_title(t: &str) -> bool {
    let lower = t.to_lowercase();
    t.chars().filter(|c| c.is_alphanumeric()).count() >= 3
        && !NOT_TITLES.contains(&lower.trim_end_matches(['.', ':']))
        && !NOT_TITLES.contains(&lower.as_str())
}

/// A title without the site's name after (or before) a separator:
/// "Sudan Sanctions Lifted - The New York Times" → "Sudan Sanctions Lifted".
/// The part cut must be the site's name, or short (at most four words) and
/// shorter than what stays.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    const SEPARATORS: &[&str] = &[" | ", " -- ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", "："];
    // A double hyphen is a dash inside titles too ("Dress -- STOLEN!!!",
    // tmz-1), and a full-width colon a title's own ("外国专家：…"): only the
    // site's name after one is cut.
    let only_site = |sep: &str| matches!(sep, " -- " | "：");
    let words = |s: &str| s.split_whitespace().count();
    // Chinese and Japanese titles write no spaces: there, a tail is short by
    // its characters ("外国专家：中美合作共赢符合国际社会利益 - 中国日报网").
    let spaceless = |s: &str| s.chars().filter(|c| !c.is_ascii()).count() * 2 > s.chars().count();
    let short = |tail: &str, head: &str| {
        words(tail) <= 4
            && (words(tail) < words(head)
                || spaceless(head) && tail.trim().chars().count() * 2 <= head.trim().chars().count())
    };
    let is_site = |part: &str| {
        let p = part.trim().to_lowercase();
        site.is_some_and(|s| {
            let s = s.trim().to_lowercase();
            !s.is_empty() && (p == s || p.contains(&s) || s.contains(&p))
        })
    };
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && !head.trim().is_empty()
            && (is_site(tail) || (!only_site(sep) && short(tail, head)))
        {
            return strip_site(head.trim(), site);
        }
        if let Some((head, tail)) = title.split_once(sep)
            && !tail.trim().is_empty()
            && is_site(head)
        {
            return tail.trim().to_string();
        }
    }
    // "短缺药品保供稳价 全力保障临床用药需求-新华网": a site's name glued by a hyphen,
    // in a script without spaces (not "Covid-19", "Jay-Z").
    if let Some((head, tail)) = title.rsplit_once('-')
        && !tail.is_empty()
        && tail.chars().count() <= 8
        && tail.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        && spaceless(head)
        && tail.chars().count() * 2 <= head.trim().chars().count()
    {
        return head.trim().to_string();
    }
    title.to_string()
}

/// A byline as stored: the names only — no leading "By", no date or time
/// glued on after them ("Lucas Nolan22 Dec 2016", "GILLIAN MOHNEY March 11,
/// 2015 3:46 PM"), not a link, not a paragraph, not a label with no name
/// ("Promoted by"), not a date alone.
fn byline(b: &str) -> Option<String> {
    let b = clean(b);
    if b.starts_with("http") {
        return None;
    }
    let mut words: Vec<String> = b.split(' ').map(str::to_string).collect();
    if words.len() > 1 && BYLINE_LEADS.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    // "Brenda Goodman, MA WebMD Health News": a degree after a comma ends the names.
    // Written as degrees are, with two capitals or more ("MA", "PhD"), so a
    // name is not one ("Ma Li").
    // Not in a byline all in capitals ("ANA RUIZ, MA LI"), and not when
    // another name follows ("Jane Roe, PhD, and John Doe, MD").
    let shouting = words.iter().all(|w| !w.chars().any(char::is_lowercase));
    if let Some(i) = words.iter().position(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.chars().filter(char::is_ascii_uppercase).count() >= 2 && CREDENTIALS.contains(&w.to_lowercase().as_str())
    }) && i > 0
        && words[i - 1].ends_with(',')
        && !shouting
        && !words[i + 1..].iter().any(|w| matches!(w.as_str(), "and" | "&" | "und" | "et" | "y"))
    {
        words.truncate(i);
        if let Some(last) = words.last_mut() {
            *last = last.trim_end_matches(',').to_string();
        }
    }
    // Names have no digits: the byline ends where a figure starts, keeping
    // the letters a figure is glued to ("Nolan22" → "Nolan").
    let mut cut = false;
    if let Some(i) = words.iter().position(|w| w.contains(|c: char| c.is_ascii_digit())) {
        let glued: String = words[i].chars().take_while(|c| c.is_alphabetic()).collect();
        words.truncate(i);
        if glued.chars().count() >= 2 {
            words.push(glued);
        }
        cut = true;
    }
    // And drop what led up to the figure: "Updated", "at", "Monday", "|",
    // and a month right before it ("March 11"). Without a figure, a last
    // word that names a month is a name ("Theresa May", "Li Jun").
    let mut before_figure = true;
    while cut && let Some(last) = words.last() {
        let w = last.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let month = before_figure && lexicon::is(&w, Role::Month);
        if w.is_empty() || month || lexicon::is(&w, Role::Weekday) || DATE_WORDS.contains(&w.as_str()) {
            words.pop();
            before_figure &= w.is_empty();
        } else {
            break;
        }
    }
    let last = words.last().map(|w| w.to_lowercase());
    if last.as_deref().is_some_and(|w| BYLINE_LEADS.contains(&w)) {
        return None;
    }
    let b = words.join(" ").trim_end_matches([',', ';', ':', '-', '|', '·', '—', '–']).trim().to_string();
    let ok = !b.is_empty() && b.chars().count() <= 100 && b.chars().any(char::is_alphabetic);
    ok.then_some(b)
}

/// The first article object in one JSON-LD block (a single object, an
/// array, or a `@graph`), or `None`.
fn json_ld(text: &str) -> Option<JsonLd> {
    let value: Value = serde_json::from_str(text.trim()).ok()?;
    find_article(&value, 0).map(|a| JsonLd {
        headline: str_of(a.get("headline")).or_else(|| str_of(a.get("name"))),
        authors: names(a.get("author")),
        published: str_of(a.get("datePublished")).or_else(|| str_of(a.get("dateCreated"))),
        publisher: a.get("publisher").and_then(|p| str_of(p.get("name")).or_else(|| str_of(Some(p)))),
        url: str_of(a.get("url"))
            .or_else(|| a.get("mainEntityOfPage").and_then(|m| str_of(m.get("@id")).or_else(|| str_of(Some(m))))),
    })
}

fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 4 {
        return None;
    }
    match v {
        Value::Array(items) => {
            // An article type beats a plain WebPage anywhere in the list.
            let found: Vec<&Value> = items.iter().filter_map(|i| find_article(i, depth + 1)).collect();
            found.iter().find(|a| !is_type(a, &["WebPage"])).or(found.first()).copied()
        }
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph") {
                return find_article(graph, depth + 1);
            }
            is_type(v, ARTICLE_TYPES).then_some(v)
        }
        _ => None,
    }
}

fn is_type(v: &Value, types: &[&str]) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(clean).filter(|s| !s.is_empty())
}

/// Author names from a string, an object with `name`, or a list of either.
fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items.iter().flat_map(|i| names(Some(i))).collect(),
        Some(Value::Object(o)) => str_of(o.get("name")).into_iter().collect(),
        Some(Value::String(s)) => {
            Some(clean(s)).filter(|s| !s.is_empty() && !s.starts_with("http")).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// Everything the app gathered from a parsed web page, for [`decide`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gathered {
    pub facts: PageFacts,
    /// What the extractor found; `None` when it found no article.
    pub reader: Option<ReaderFacts>,
    /// The extractor's article as text, paragraphs separated by blank lines.
    pub article: String,
    /// The whole page's visible text, the same way.
    pub whole: String,
    /// Why the extractor could not run (it could not be loaded, or failed).
    pub failed: Option<String>,
}

/// A web page as a document: its text and what it says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decided {
    pub text: String,
    pub meta: PageMeta,
}

/// The document a web page becomes: the extractor's article and the
/// page's metadata, or the page's whole text with a note saying why.
pub fn decide(g: Gathered) -> Decided {
    let mut meta = PageMeta::from_facts(&g.facts, g.reader.as_ref().unwrap_or(&ReaderFacts::default()));
    if let Some(why) = g.failed {
        meta.note = Some(format!("the article finder could not run ({why}) — showing the page's whole text instead"));
        return Decided { text: tidy(&g.whole), meta };
    }
    let article = tidy(&g.article);
    // The whole page's text is tidied only when it is needed: to be shown,
    // or counted against a short article.
    let whole = std::cell::OnceCell::new();
    let verdict = judge(&article, meta.title.as_deref(), || words(whole.get_or_init(|| tidy(&g.whole))));
    match verdict {
        Verdict::Article => Decided { text: article, meta },
        Verdict::WholePage(note) => {
            meta.note = Some(note);
            Decided { text: whole.into_inner().unwrap_or_else(|| tidy(&g.whole)), meta }
        }
    }
}

/// A page's text as a document: without the lines the core reads as page
/// furniture, which Reader View keeps ("Video Ad Feedback", "HIDE CAPTION",
/// "Continue reading the main story", "Image", a photo credit, a time
/// stamp) — short ones, or ones without a sentence's end, so that a
/// sentence is never cut for its first words — and without the third and
/// later copies of a line of three words or more (a gallery's title under
/// each of its photos): the first stays, and so does a second (a pull quote
/// and its paragraph, a transcript's "THE WITNESS: Yes, sir."). Lines
/// without letters stay ("8", "* * *": a table's cells, a section break),
/// and so do list items ("• 2 eggs" in a second list).
pub fn tidy(text: &str) -> String {
    let paragraphs = segment::paragraphs(text);
    let mut copies = std::collections::HashMap::new();
    for p in &paragraphs {
        *copies.entry(p.span.text(text).trim()).or_insert(0usize) += 1;
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for p in &paragraphs {
        let line = p.span.text(text).trim();
        let furniture = p.kind == BlockKind::Furniture
            && (line.len() <= 48 || !line.ends_with(['.', '!', '?', '”', '"']) || line.ends_with(".m."));
        let repeat =
            copies[line] >= 3 && line.split_whitespace().count() >= 3 && !line.starts_with('•') && !seen.insert(line);
        if line.chars().any(char::is_alphabetic) && (furniture || repeat) && p.span.start >= at {
            out.push_str(&text[at..p.span.start]);
            let rest = &text[p.span.end..];
            at = p.span.end + (rest.len() - rest.trim_start().len());
        }
    }
    out.push_str(&text[at..]);
    // The last line went: so does the break before it.
    if at == text.len() {
        out.truncate(out.trim_end().len());
    }
    out
}

/// The deepest nesting of elements a page may have to be read. Real pages
/// stay within a few hundred; 100,000 nested `<div>`s kept the browser's
/// parser busy for 40 s.
pub const MAX_DEPTH: usize = 5_000;

/// Refuses HTML nested deeper than [`MAX_DEPTH`], with a reason, before the
/// browser parses it. One linear pass over the tags: elements that close
/// themselves or are closed implicitly (`<br>`, `<p>`, `<li>`, …) do not count.
pub fn check_depth(html: &str) -> Result<(), String> {
    const OPEN_ENDED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p",
        "li", "dt", "dd", "tr", "td", "th", "option",
    ];
    // Their content is text, not tags ("for(i=0;i<n;i++)" in a script).
    const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(i) = bytes[at..].iter().position(|&b| b == b'<') {
        let tag = at + i + 1;
        if lower[tag..].starts_with("!--") {
            // A comment runs to "-->", whatever it holds.
            match lower[tag..].find("-->") {
                Some(e) => {
                    at = tag + e + 3;
                    continue;
                }
                None => break,
            }
        }
        // No '>' left: no tag either (and stopping keeps this linear).
        let Some(end) = bytes[tag..].iter().position(|&b| b == b'>').map(|e| tag + e) else { break };
        let closing = bytes.get(tag) == Some(&b'/');
        let name_start = tag + usize::from(closing);
        let name_len = bytes[name_start..end].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        let name = &lower[name_start..name_start + name_len];
        let self_closing = end > tag && bytes[end - 1] == b'/';
        at = end;
        // Not an element: "a < b", "<!doctype>", "<![endif]>", "<?xml>".
        if name.is_empty() || !bytes[name_start].is_ascii_alphabetic() || OPEN_ENDED.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if RAW_TEXT.contains(&name) {
            // Skip to the element's end tag.
            match lower[end..].find(&format!("</{name}")) {
                Some(e) => at = end + e,
                None => break,
            }
        } else if !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    if deepest > MAX_DEPTH {
        return Err(format!(
            "its elements are nested {deepest} deep, deeper than any web page Marginalia reads ({MAX_DEPTH}); it was not opened"
        ));
    }
    Ok(())
}

/// Words in a text: runs between spaces, and for scripts written without
/// spaces (Chinese, Japanese, Korean) one word per two characters.
pub fn words(text: &str) -> usize {
    let unspaced = |c: &char| matches!(*c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff);
    text.split_whitespace().count() + text.chars().filter(unspaced).count() / 2
}

/// Fewest words the extractor's article may have while the page has far
/// more ("a few sentences").
pub const MIN_ARTICLE_WORDS: usize = 60;

/// What to show of a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The extractor's article.
    Article,
    /// The page's whole text, with the note to show on the document.
    WholePage(String),
}

/// Whether the extractor's article can be trusted: not when it is empty or
/// only the title, nor when it has fewer than [`MIN_ARTICLE_WORDS`] words
/// while the page has much more text (at least three times as many words
/// and 150 more).
pub fn judge(article: &str, title: Option<&str>, page_words: impl FnOnce() -> usize) -> Verdict {
    let a = words(article);
    let only_title = title.is_some_and(|t| clean(article) == clean(t));
    if a == 0 || only_title {
        return Verdict::WholePage(if a == 0 && page_words() == 0 {
            "no text was found on this page".into()
        } else {
            "only the title was found — showing the page's whole text instead".into()
        });
    }
    if a >= MIN_ARTICLE_WORDS {
        return Verdict::Article;
    }
    let p = page_words();
    if p >= 3 * a && p >= a + 150 {
        return Verdict::WholePage(format!(
            "only {a} words of the page's {p} looked like the article — showing the page's whole text instead"
        ));
    }
    Verdict::Article
}

#[cfg(test)]
mod depth_tests {
    use super::*;

    #[test]
    fn pages_nested_too_deep_are_refused_before_parsing() {
        assert!(
            check_depth("<html><body><div><p>One<p>Two<br><img src=x><ul><li>a<li>b</ul></div></body></html>").is_ok()
        );
        assert!(check_depth(&"<p>paragraph".repeat(20_000)).is_ok(), "implicitly closed");
        assert!(check_depth(&"<div></div>".repeat(20_000)).is_ok(), "many, not deep");
        let deep = "<div>".repeat(100_000);
        let e = check_depth(&deep).unwrap_err();
        assert!(e.contains("nested 100000 deep"), "{e}");
        assert!(check_depth("<").is_ok() && check_depth("<<>>").is_ok() && check_depth("a < b > c").is_ok());
        assert!(check_depth(&"<".repeat(1_000_000)).is_ok(), "linear, whatever the input");
        // What a script or a comment holds is not elements.
        let script = format!(
            "<html><body><script>{}</script><!-- {} --><div>x</div></body></html>",
            "for(i=0;i<n;i++){a<b}".repeat(20_000),
            "<div>".repeat(20_000)
        );
        assert!(check_depth(&script).is_ok());
        assert!(check_depth("<!--[if IE]><![endif]--><![CDATA[ x ]]><?xml version='1.0'?><div></div>").is_ok());
    }

    /// Every real page of the development set passes (run where ../shared is).
    #[test]
    fn real_pages_are_not_refused() {
        let Ok(dirs) = std::fs::read_dir("../../../shared/data/readability-pages") else { return };
        let mut read = 0;
        for dir in dirs.flatten() {
            if let Ok(html) = std::fs::read_to_string(dir.path().join("source.html")) {
                assert_eq!(check_depth(&html), Ok(()), "{:?}", dir.path());
                read += 1;
            }
        }
        assert!(read >= 40, "{read} pages read");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(metas: &[(&str, &str)], title: &str) -> PageFacts {
        PageFacts {
            metas: metas.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            title: title.into(),
            ..Default::default()
        }
    }

    /// `t!(title, site, expected)`: one line per case of [`strip_site`].
    macro_rules! t {
        ($title:expr, $site:expr, $want:expr) => {
            assert_eq!(strip_site($title, $site), $want, "{:?}", $title);
        };
    }

    #[test]
    fn site_names_are_cut_from_titles() {
        t!("United States to Lift Sudan Sanctions - The New York Times", None, "United States to Lift Sudan Sanctions");
        t!("Attack stokes fears | Washington Post", Some("Washington Post"), "Attack stokes fears");
        t!("BBC News - Tech giants agree", Some("BBC News"), "Tech giants agree");
        t!("Le projet de loi sur le renseignement", Some("Le Monde.fr"), "Le projet de loi sur le renseignement");
        // A long tail is part of the title, not a site.
        t!(
            "Putin - the man who would be tsar again, and why",
            None,
            "Putin - the man who would be tsar again, and why"
        );
        t!("A | B", None, "A | B");
        // newspaper4k's test pages (session 41): Sott.net's double hyphen.
        t!(
            "New court files expose a spy operation -- Sott.net",
            Some("Sott.net"),
            "New court files expose a spy operation"
        );
        t!(
            "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
            Some("TMZ"),
            "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
        );
        // Session 42: Chinese sites (newspaper4k's pages), measured by their
        // characters; a hyphen glued to the site's name; not "Covid-19".
        t!("外国专家：中美合作共赢符合国际社会利益 - 中国日报网", None, "外国专家：中美合作共赢符合国际社会利益");
        t!("港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地", None, "港特首梁振英就住宅违建事件道歉");
        t!("短缺药品保供稳价 全力保障临床用药需求-新华网", None, "短缺药品保供稳价 全力保障临床用药需求");
        t!("Covid-19", None, "Covid-19");
        t!(
            "トランプ戦術の成否\u{3000}（写真＝ロイター）\u{3000}：日本経済新聞",
            Some("日本経済新聞 電子版"),
            "トランプ戦術の成否\u{3000}（写真＝ロイター）"
        );
        t!("外国专家：中美合作共赢符合国际社会利益", None, "外国专家：中美合作共赢符合国际社会利益");
        t!(
            "Norvēģijā pēc zemes nogruvuma pieci bojāgājušie / Raksts / LSM.lv",
            None,
            "Norvēģijā pēc zemes nogruvuma pieci bojāgājušie"
        );
        t!("AC/DC and the road", None, "AC/DC and the road");
        t!("中美-合作", None, "中美-合作");
    }

    #[test]
    fn menu_labels_are_never_titles() {
        let page = PageFacts { h1: vec!["Accessibility links".into()], ..facts(&[], "Real story - Site") };
        assert_eq!(PageMeta::from_facts(&page, &ReaderFacts::default()).title.as_deref(), Some("Real story"));
        let reader = ReaderFacts { title: Some("Skip to content".into()), ..Default::default() };
        let page = PageFacts { h1: vec!["Markets slide as rates rise".into()], ..facts(&[], "") };
        assert_eq!(PageMeta::from_facts(&page, &reader).title.as_deref(), Some("Markets slide as rates rise"));
        // The article's own heading beats the page's <title>.
        let page = PageFacts { headline: Some("Kremlin Rejects Plan".into()), ..facts(&[], "Ignored title") };
        assert_eq!(PageMeta::from_facts(&page, &reader).title.as_deref(), Some("Kremlin Rejects Plan"));
        for label in ["Advertisement", "Skip Navigation", "BREAKING NEWS", "Filed under:"] {
            assert!(!is_title(label), "{label}");
        }
    }

    #[test]
    fn open_graph_and_json_ld_come_first() {
        let ld = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Page","url":"https://x.org/p"},
            {"@type":"NewsArticle","headline":"Rates rise again","datePublished":"2024-03-01T10:00:00Z",
             "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Bo Li"}],
             "publisher":{"@type":"Organization","name":"The Courier"},
             "mainEntityOfPage":{"@id":"https://courier.example/rates"}}]}"#;
        let page = PageFacts {
            json_ld: vec!["not json".into(), ld.into()],
            ..facts(&[("og:title", "Rates rise | The Courier"), ("og:site_name", "The Courier")], "Home")
        };
        let m = PageMeta::from_facts(&page, &ReaderFacts::default());
        assert_eq!(m.title.as_deref(), Some("Rates rise again"));
        assert_eq!(m.byline.as_deref(), Some("Ana Ruiz, Bo Li"));
        assert_eq!(m.published.as_deref(), Some("2024-03-01T10:00:00Z"));
        assert_eq!(m.site.as_deref(), Some("The Courier"));
        assert_eq!(m.url.as_deref(), Some("https://courier.example/rates"));
        assert_eq!(m.line(), "By Ana Ruiz, Bo Li · The Courier · 2024-03-01");
    }

    #[test]
    fn meta_tags_and_the_extractor_fill_in() {
        let page = PageFacts {
            canonical: Some("https://news.example/a?x=1".into()),
            lang: Some("en-GB".into()),
            times: vec!["2023-05-06".into()],
            ..facts(&[("og:title", "Floods close roads - News"), ("author", "https://facebook.com/someone")], "x")
        };
        let reader =
            ReaderFacts { byline: Some("By  Kim Doe ".into()), site: Some("News".into()), ..Default::default() };
        let m = PageMeta::from_facts(&page, &reader);
        assert_eq!(m.title.as_deref(), Some("Floods close roads"));
        assert_eq!(m.byline.as_deref(), Some("Kim Doe"));
        assert_eq!(m.site.as_deref(), Some("News"));
        assert_eq!(m.published.as_deref(), Some("2023-05-06"));
        assert_eq!(m.url.as_deref(), Some("https://news.example/a?x=1"));
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
    }

    #[test]
    fn relative_addresses_and_link_bylines_are_dropped() {
        let page = PageFacts { canonical: Some("/a".into()), ..facts(&[("author", "https://x.org/me")], "T t t") };
        let m = PageMeta::from_facts(&page, &ReaderFacts::default());
        assert_eq!((m.url, m.byline), (None, None));
        let saved = PageFacts { saved_from: Some("https://saved.example/".into()), ..facts(&[], "Title here") };
        assert_eq!(
            PageMeta::from_facts(&saved, &ReaderFacts::default()).url.as_deref(),
            Some("https://saved.example/")
        );
    }

    #[test]
    fn bylines_are_names_only() {
        // As real pages give them (Readability's byline of breitbart, yahoo-3,
        // seattletimes-1, buzzfeed-1, liberation-1 in the dev pages).
        let table: &[(&str, Option<&str>)] = &[
            ("By  Kim Doe ", Some("Kim Doe")),
            ("Lucas Nolan22 Dec 2016651", Some("Lucas Nolan")),
            ("GILLIAN MOHNEY March 11, 2015 3:46 PM", Some("GILLIAN MOHNEY")),
            ("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", None),
            ("Promoted by", None),
            ("Par Sébastien Farcis", Some("Sébastien Farcis")),
            ("Ana Ruiz, Bo Li", Some("Ana Ruiz, Bo Li")),
            (
                "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
                Some("Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
            ),
            ("By Jane Smith | Updated 2024-01-02", Some("Jane Smith")),
            ("Kim Doe, Published on Monday 3 May", Some("Kim Doe")),
            // A month ends a name unless a figure follows it.
            ("Theresa May", Some("Theresa May")),
            ("By Li Jun and María del Mar", Some("Li Jun and María del Mar")),
            ("By", None),
            ("https://x.org/me", None),
            ("2019-04-28", None),
            // webmd-1: a degree after a comma ends the names.
            ("Brenda Goodman, MA WebMD Health News", Some("Brenda Goodman")),
            ("By Jane Roe, Ph.D.", Some("Jane Roe")),
            ("Ana Ruiz, Ma Li", Some("Ana Ruiz, Ma Li")),
            ("ANA RUIZ, MA LI", Some("ANA RUIZ, MA LI")),
            ("By Jane Roe, PhD, and John Doe, MD", Some("Jane Roe, PhD, and John Doe, MD")),
        ];
        for (given, want) in table {
            assert_eq!(byline(given).as_deref(), *want, "{given}");
        }
    }

    #[test]
    fn sites_and_dates_as_a_reader_reads_them() {
        // tmz-1 names its site by its address; ehow-1 dates its article 05/29/2007.
        let table: &[(&str, &str)] =
            &[("http://www.tmz.com", "tmz.com"), ("https://news.example.org/x", "news.example.org"), ("eHow", "eHow")];
        for (given, want) in table {
            assert_eq!(site_name(given), *want, "{given}");
        }
        let table: &[(&str, &str)] = &[
            ("05/29/2007 09:49:00", "2007-05-29"),
            ("29/05/2007", "2007-05-29"),
            ("05/06/2007", "05/06/2007"), // May or June: left as written
            ("02/30/2020", "02/30/2020"), // no such day
            ("2015-03-12T13:11:07Z", "2015-03-12T13:11:07Z"),
            ("March 11, 2015", "March 11, 2015"),
            ("1/2/3", "1/2/3"),
            // ISO 8601's basic format (nikkei.com, in newspaper4k's test pages).
            ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
            ("20180619T055000Z", "2018-06-19T05:50:00Z"),
            ("20180619T055000", "2018-06-19T05:50:00"),
            ("20180619T0550", "20180619T0550"),
            ("20180619T055000+09", "20180619T055000+09"),
        ];
        for (given, want) in table {
            assert_eq!(iso_date(given), *want, "{given}");
        }
        // CNN's byline names its site after the names.
        let table: &[(&str, Option<&str>, &str)] = &[
            ("Dana A. Ford and Tom Watkins, CNN", Some("CNN"), "Dana A. Ford and Tom Watkins"),
            ("Dana A. Ford, Tom Watkins, CNN", Some("cnn"), "Dana A. Ford, Tom Watkins"),
            ("Dana A. Ford, Tom Watkins", Some("CNN"), "Dana A. Ford, Tom Watkins"),
            ("Kim Doe, Reuters", None, "Kim Doe, Reuters"),
            (", CNN", Some("CNN"), ", CNN"),
        ];
        for (given, site, want) in table {
            assert_eq!(without_site(given.to_string(), *site), *want, "{given}");
        }
    }

    #[test]
    fn a_byline_that_is_the_site_is_no_byline() {
        let reader = ReaderFacts { byline: Some("BBC News".into()), ..Default::default() };
        let page = facts(&[("og:site_name", "BBC News")], "Obama admits gun laws frustrate him - BBC News");
        assert_eq!(PageMeta::from_facts(&page, &reader).byline, None);
        // The next statement is used instead: a label first, the author's meta tag after.
        let reader = ReaderFacts { byline: Some("Promoted by".into()), ..Default::default() };
        let page = facts(&[("author", "Mark Di Stefano")], "Student dies");
        assert_eq!(PageMeta::from_facts(&page, &reader).byline.as_deref(), Some("Mark Di Stefano"));
        // A personal site named after its author keeps the author.
        let page = facts(&[("og:site_name", "Jane Doe"), ("author", "Jane Doe")], "On gardens | Jane Doe");
        assert_eq!(PageMeta::from_facts(&page, &ReaderFacts::default()).byline.as_deref(), Some("Jane Doe"));
        for (name, want) in [("Jane Doe", true), ("BBC News", false), ("Mac & i", false), ("Anne-Marie O’Neill", true)]
        {
            assert_eq!(looks_like_a_name(name), want, "{name}");
        }
    }

    #[test]
    fn a_generic_stated_title_gives_way_to_one_the_headings_agree_with() {
        // yahoo-2: og:title is the site's, <title> and <h1> are the story's.
        let page = PageFacts {
            h1: vec!["Russia: Space ship malfunctions, breaks up over Siberia".into(), "In this photo…".into()],
            ..facts(
                &[("og:title", "Yahoo News - Latest News & Headlines")],
                "Russia: Space ship malfunctions, breaks up over Siberia",
            )
        };
        assert_eq!(
            PageMeta::from_facts(&page, &ReaderFacts::default()).title.as_deref(),
            Some("Russia: Space ship malfunctions, breaks up over Siberia")
        );
        // A heading that agrees with nothing stated (a logo, a teaser) changes nothing.
        let page = PageFacts {
            h1: vec!["The Guardian".into()],
            ..facts(&[("og:title", "Tribes fear for the sea")], "Tribes fear for the sea | The Guardian")
        };
        assert_eq!(
            PageMeta::from_facts(&page, &ReaderFacts::default()).title.as_deref(),
            Some("Tribes fear for the sea")
        );
        let cases = [
            ("Tribes fear for the sea", "Tribes fear for the sea", true),
            ("Tribes fear for the sea", "Māori tribes fear for the sea, say elders", true),
            ("Yahoo News", "Russia: Space ship malfunctions", false),
            ("News", "News", false),
            // A logo heading inside a longer title is no agreement.
            ("Blog Name: Post title", "Blog Name", false),
        ];
        for (t, h, want) in cases {
            assert_eq!(agree(t, h), want, "{t} / {h}");
        }
    }

    #[test]
    fn dates_display_as_days() {
        assert_eq!(display_date("2017-01-13T19:02:00Z"), "2017-01-13");
        assert_eq!(display_date("March 3, 2015"), "March 3, 2015");
    }

    #[test]
    fn empty_or_short_articles_fall_back_visibly() {
        let page = "word ".repeat(900);
        assert_eq!(
            judge("", None, || words(&page)),
            Verdict::WholePage("only the title was found — showing the page's whole text instead".into())
        );
        assert!(matches!(judge("Big news today", Some("Big news today"), || words(&page)), Verdict::WholePage(_)));
        match judge(&"teaser ".repeat(30), None, || words(&page)) {
            Verdict::WholePage(note) => assert!(note.starts_with("only 30 words of the page's 900"), "{note}"),
            v => panic!("{v:?}"),
        }
        // A short page with a short article keeps it; so does a long article.
        assert_eq!(judge(&"brief ".repeat(30), None, || words(&"brief ".repeat(80))), Verdict::Article);
        assert_eq!(judge(&"story ".repeat(400), None, || words(&page)), Verdict::Article);
        // Japanese has no spaces: 300 characters are a paragraph, not one word.
        let japanese = "トレンドマイクロは公衆無線LANを安全に使うためのアプリを発表した。".repeat(10);
        assert!(words(&japanese) > 150, "{}", words(&japanese));
        assert_eq!(judge(&japanese, None, || words(&format!("{japanese} {page}"))), Verdict::Article);
    }

    #[test]
    fn decide_uses_the_article_or_says_why_not() {
        let facts = facts(&[("og:title", "Rates rise - Courier")], "x");
        let story = "Rates rose again on Monday. ".repeat(30);
        let whole = format!("Menu Home World\n\n{story}\n\nFooter");
        let g = Gathered {
            facts: facts.clone(),
            reader: Some(ReaderFacts::default()),
            article: story.clone(),
            whole: whole.clone(),
            failed: None,
        };
        let d = decide(g.clone());
        assert_eq!(
            (d.text.as_str(), d.meta.title.as_deref(), d.meta.note.as_deref()),
            (story.as_str(), Some("Rates rise"), None)
        );
        let d = decide(Gathered { reader: None, article: String::new(), ..g.clone() });
        assert_eq!(d.text, whole);
        assert_eq!(d.meta.note.as_deref(), Some("only the title was found — showing the page's whole text instead"));
        let d = decide(Gathered { failed: Some("offline".into()), ..g });
        assert_eq!(d.text, whole);
        assert!(d.meta.note.unwrap().starts_with("the article finder could not run (offline)"));
        // As the page sends it to the worker, and back.
        let json = serde_json::to_string(&Gathered { facts, ..Default::default() }).unwrap();
        assert_eq!(serde_json::from_str::<Gathered>(&json).unwrap().facts.metas[0].0, "og:title");
    }

    /// What Reader View keeps of real pages that is not the article
    /// (CNN's gallery and video lines, the Times's photo stubs, a caption
    /// repeated), gone; the article's lines, a table's cells and section
    /// breaks, kept.
    #[test]
    fn tidy_leaves_out_furniture_and_repeated_lines() {
        let cases: &[(&str, &str)] = &[
            (
                "CNN —\n\nThe storm hit on Tuesday.\n\nVideo Ad Feedback\n\n05:22 - Source: CNN\n\nIt moved east.",
                "CNN —\n\nThe storm hit on Tuesday.\n\nIt moved east.",
            ),
            (
                "HIDE CAPTION\n\nWeather threatens holiday plans\n\nRain fell.\n\nWeather threatens holiday plans\n\nWeather threatens holiday plans",
                "Weather threatens holiday plans\n\nRain fell.",
            ),
            ("Image\n\nThe mayor spoke.\n\nContinue reading the main story", "The mayor spoke."),
            // A table's cells and a section break have no letters: they stay, repeated or not.
            ("Team\n\n8\n\n8\n\n* * *\n\nThe end came.", "Team\n\n8\n\n8\n\n* * *\n\nThe end came."),
            // Short lines repeated stay (a table's "Yes"), and so does a line
            // twice (a pull quote) or a list's item; a third copy goes.
            (
                "Yes\n\nYes\n\nThe vote was close, he said.\n\nThe vote was close, he said.",
                "Yes\n\nYes\n\nThe vote was close, he said.\n\nThe vote was close, he said.",
            ),
            (
                "• 2 large eggs\n\nStir.\n\n• 2 large eggs\n\n• 2 large eggs",
                "• 2 large eggs\n\nStir.\n\n• 2 large eggs\n\n• 2 large eggs",
            ),
            (
                "A caption of the photo\n\nA caption of the photo\n\nA caption of the photo\n\nEnd.",
                "A caption of the photo\n\nEnd.",
            ),
            // A sentence the core reads as a time stamp stays; a stamp goes.
            (
                "Posted Friday on X, the video drew 2 million views.\n\nUpdated 12:04 PM ET, Fri March 3, 2023\n\nEnd.",
                "Posted Friday on X, the video drew 2 million views.\n\nEnd.",
            ),
            ("Nothing to drop here.\n\nOr here.", "Nothing to drop here.\n\nOr here."),
            ("", ""),
            ("Advertisement", ""),
        ];
        for (text, want) in cases {
            assert_eq!(tidy(text), *want, "{text:?}");
        }
    }

    #[test]
    fn stored_meta_reads_back_and_old_fields_default() {
        let m = PageMeta { title: Some("T".into()), url: Some("https://x.org/".into()), ..Default::default() };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"title":"T","url":"https://x.org/"}"#);
        assert_eq!(serde_json::from_str::<PageMeta>(&json).unwrap(), m);
        assert_eq!(serde_json::from_str::<PageMeta>("{}").unwrap(), PageMeta::default());
    }
}
