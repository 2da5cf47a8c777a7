//! MHTML ("Save page as… → Webpage, single file"): a MIME multipart message
//! whose first `text/html` part is the page, usually quoted-printable. Only
//! that part is read; images and styles in the other parts are ignored.
//! The app runs this in its lazily loaded worker ([`page_of`]).

use base64::Engine;

use crate::ingest::{IngestError, IngestErrorKind};

/// The HTML page of a loaded MHTML file (read as text: MHTML is 7-bit) and
/// where it was saved from; or why there is none, naming the file. The page
/// is decoded by the charset its part names: UTF-8 (also when it names
/// none or another), or Windows-1252 / Latin-1.
pub fn page_of(file: &str, text: &str) -> Result<(String, Option<String>), IngestError> {
    let err = |kind| IngestError { file: file.to_string(), kind };
    let page = html_part(text.as_bytes()).map_err(|reason| err(IngestErrorKind::BadMhtml { reason }))?;
    let html = match page.charset.as_deref() {
        Some("windows-1252" | "iso-8859-1" | "latin1" | "us-ascii") => windows_1252(&page.html),
        _ => String::from_utf8_lossy(&page.html).into_owned(),
    };
    if html.trim().is_empty() {
        return Err(err(IngestErrorKind::Empty));
    }
    Ok((crate::ingest::normalize_newlines(&html), page.location))
}

/// Windows-1252: Latin-1 but for 0x80–0x9F, which hold typographic marks.
fn windows_1252(bytes: &[u8]) -> String {
    #[rustfmt::skip]
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes.iter().map(|&b| if (0x80..0xa0).contains(&b) { HIGH[usize::from(b - 0x80)] } else { char::from(b) }).collect()
}

/// The page inside an MHTML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mhtml {
    /// The HTML part's bytes, transfer encoding removed.
    pub html: Vec<u8>,
    /// The part's `charset`, lower case, when it names one.
    pub charset: Option<String>,
    /// Where the page was saved from (`Snapshot-Content-Location` or the
    /// part's `Content-Location`).
    pub location: Option<String>,
}

/// The HTML page of an MHTML file, or why there is none.
pub fn html_part(bytes: &[u8]) -> Result<Mhtml, &'static str> {
    let (head, body) = split_headers(bytes).ok_or("it has no MIME headers")?;
    let headers = parse_headers(head);
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let snapshot = header(&headers, "snapshot-content-location");
    if !content_type.to_ascii_lowercase().starts_with("multipart/") {
        // A single-part message: the page itself.
        return part(&headers, body, snapshot).ok_or("it holds no HTML page");
    }
    let boundary = param(&content_type, "boundary").ok_or("its multipart header names no boundary")?;
    let delimiter = format!("--{boundary}");
    for chunk in split_on(body, delimiter.as_bytes()).skip(1) {
        if chunk.starts_with(b"--") {
            break; // the closing delimiter
        }
        let chunk = chunk.strip_prefix(b"\r\n").or_else(|| chunk.strip_prefix(b"\n")).unwrap_or(chunk);
        let Some((head, body)) = split_headers(chunk) else { continue };
        let headers = parse_headers(head);
        if let Some(page) = part(&headers, body, snapshot.clone()) {
            return Ok(page);
        }
    }
    Err("it holds no HTML page")
}

/// The page, when this part is `text/html`.
fn part(headers: &[(String, String)], body: &[u8], snapshot: Option<String>) -> Option<Mhtml> {
    let content_type = header(headers, "content-type")?;
    if !content_type.to_ascii_lowercase().starts_with("text/html") {
        return None;
    }
    let encoding = header(headers, "content-transfer-encoding").unwrap_or_default().to_ascii_lowercase();
    let html = match encoding.trim() {
        "quoted-printable" => quoted_printable(body),
        "base64" => {
            let clean: Vec<u8> = body.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
            base64::engine::general_purpose::STANDARD.decode(clean).ok()?
        }
        _ => body.to_vec(),
    };
    let charset = param(&content_type, "charset").map(|c| c.to_ascii_lowercase());
    let location = snapshot.or_else(|| header(headers, "content-location"));
    Some(Mhtml { html, charset, location })
}

/// Headers and body, split at the first blank line.
fn split_headers(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = find(bytes, b"\r\n\r\n").map(|i| (i, 4));
    let lf = find(bytes, b"\n\n").map(|i| (i, 2));
    let (at, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&bytes[..at], &bytes[at + len..]))
}

/// Header lines, continuation lines unfolded; names lower case.
fn parse_headers(head: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(head);
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = out.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
}

/// A parameter of a header value: `boundary="----x"`, `charset=utf-8`.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_string())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The pieces of `bytes` between occurrences of `delimiter` at a line start.
fn split_on<'a>(bytes: &'a [u8], delimiter: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let mut starts = vec![0];
    let mut ends = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&bytes[i..], delimiter) {
        let at = i + at;
        let line_start = at == 0 || bytes[at - 1] == b'\n';
        if line_start {
            let end = if at >= 2 && &bytes[at - 2..at] == b"\r\n" { at - 2 } else { at.saturating_sub(1) };
            ends.push(end.max(*starts.last().unwrap_or(&0)));
            starts.push(at + delimiter.len());
        }
        i = at + delimiter.len();
    }
    ends.push(bytes.len());
    starts.into_iter().zip(ends).map(move |(s, e)| &bytes[s..e.max(s)])
}

/// Quoted-printable (RFC 2045): `=XX` is a byte, `=` at a line end joins
/// the lines; a malformed `=` stays as it is.
pub fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'=' {
            out.push(body[i]);
            i += 1;
            continue;
        }
        match (body.get(i + 1), body.get(i + 2)) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\n'), _) => i += 2,
            (Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                out.push(hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0));
                i += 3;
            }
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Chromium saves a page: a multipart/related message, quoted-printable HTML first.
    const SAVED: &str = "From: <Saved by Blink>\r\n\
Snapshot-Content-Location: https://news.example/story\r\n\
Subject: Story\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\
\ttype=\"text/html\";\r\n\
\tboundary=\"----MultipartBoundary--abc----\"\r\n\
\r\n\
------MultipartBoundary--abc----\r\n\
Content-Type: text/html\r\n\
Content-ID: <frame-1@mhtml.blink>\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
Content-Location: https://news.example/story\r\n\
\r\n\
<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3D=\r\n\
UTF-8\"><title>Story</title></head><body><p>Caf=C3=A9 =E2=80=9Cquoted=E2=80=9D a=\r\n\
nd more.</p></body></html>\r\n\
------MultipartBoundary--abc----\r\n\
Content-Type: text/css\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
p { color: red; }\r\n\
------MultipartBoundary--abc------\r\n";

    #[test]
    fn the_html_part_is_found_and_decoded() {
        let page = html_part(SAVED.as_bytes()).unwrap();
        let html = String::from_utf8(page.html).unwrap();
        assert!(html.contains("<p>Café “quoted” and more.</p>"), "{html}");
        assert!(html.contains("charset=UTF-8"));
        assert!(!html.contains("color: red"));
        assert_eq!(page.location.as_deref(), Some("https://news.example/story"));
    }

    #[test]
    fn base64_and_single_part_pages() {
        let b64 = "Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: base64\n\nPHA+Q2Fm6TwvcD4=\n--b--\n";
        let page = html_part(b64.as_bytes()).unwrap();
        assert_eq!((page.html.as_slice(), page.charset.as_deref()), (&b"<p>Caf\xe9</p>"[..], Some("windows-1252")));
        let single = "Content-Type: text/html\n\n<p>Hi</p>";
        assert_eq!(html_part(single.as_bytes()).unwrap().html, b"<p>Hi</p>");
    }

    #[test]
    fn what_is_not_a_page_says_why() {
        assert!(html_part(b"just text").is_err());
        assert!(html_part(b"Content-Type: multipart/related\n\n--x\n").is_err());
        let no_html = "Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n";
        assert_eq!(html_part(no_html.as_bytes()), Err("it holds no HTML page"));
    }

    #[test]
    fn page_of_decodes_by_charset_and_names_the_file() {
        let (html, at) = page_of("s.mhtml", SAVED).unwrap();
        assert!(html.contains("Café “quoted” and more.") && !html.contains('\r'));
        assert_eq!(at.as_deref(), Some("https://news.example/story"));
        let latin = "Content-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n<p>Caf=E9 =93q=94 =80</p>";
        assert_eq!(page_of("l.mht", latin).unwrap().0, "<p>Café “q” €</p>");
        let e = page_of("broken.mht", "no headers at all").unwrap_err().to_string();
        assert!(e.contains("broken.mht") && e.contains("MHTML"), "{e}");
    }

    #[test]
    fn quoted_printable_keeps_malformed_escapes() {
        assert_eq!(quoted_printable(b"a=3Db=\nc =ZZ ="), b"a=bc =ZZ =");
    }
}
