//! From loaded bytes to article text, with a clear reason when it can't be.
//!
//! [`load`] decides the format (text, Markdown, HTML) from the file name and
//! content, decides the encoding ([`sniff`]: UTF-8 with or without BOM,
//! UTF-16 with BOM, else Windows-1252), decodes with the decoder it is given
//! — the browser's `TextDecoder` in the app (free, where `encoding_rs` would
//! add ~190 kB gzipped to the page), `encoding_rs` natively — and turns
//! Markdown into plain text (`pulldown-cmark`, in [`markdown_article`]).
//! [`load`] returns Markdown and HTML as decoded markup: the app converts
//! Markdown in a worker it loads only when a Markdown file arrives (the
//! parser is 60 kB of the page otherwise), and HTML with the browser's own
//! parser (see the app's `html` module), so no script runs and nothing is
//! fetched.

use std::fmt;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The largest file the app accepts. Larger ones are refused with a message.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be loaded. `Display` names the file and the reason
/// in words a reader can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub file: String,
    pub kind: IngestErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestErrorKind {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotText {
        detected: &'static str,
    },
    UnsupportedType {
        extension: String,
    },
    /// An `.mhtml` file whose page could not be found, and why.
    BadMhtml {
        reason: &'static str,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            IngestErrorKind::Empty => write!(f, "“{file}” is empty: there is nothing to annotate."),
            IngestErrorKind::TooLarge { bytes } => write!(
                f,
                "“{file}” is {:.1} MB, more than the {} MB limit. Split it into smaller files.",
                *bytes as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
            IngestErrorKind::NotText { detected } => {
                write!(
                    f,
                    "“{file}” looks like {detected}, not text. Marginalia reads .txt, .md, .html and .mhtml articles."
                )
            }
            IngestErrorKind::BadMhtml { reason } => write!(
                f,
                "“{file}” could not be read as a saved web page (MHTML): {reason}. Save the page as “Webpage, HTML only” instead."
            ),
            IngestErrorKind::UnsupportedType { extension } => {
                write!(
                    f,
                    "“{file}”: .{extension} files are not supported. Marginalia reads .txt, .md, .html and .mhtml articles."
                )
            }
        }
    }
}

impl std::error::Error for IngestError {}

/// How a loaded file is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    /// A web page saved as one file: [`crate::mhtml::page_of`] gives its HTML.
    Mhtml,
}

/// A loaded file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub format: Format,
    /// Plain text for text; the markup for Markdown and HTML.
    pub text: String,
    /// The encoding the bytes were read as ("UTF-8", "UTF-16LE", "windows-1252").
    pub encoding: &'static str,
    /// A note for the reader when the bytes needed a guess (not UTF-8 and
    /// no BOM), or `None`.
    pub warning: Option<String>,
}

/// Refuses a file by its size alone, before its bytes are read.
pub fn check_size(file: &str, bytes: usize) -> Result<(), IngestError> {
    if bytes > MAX_BYTES {
        return Err(IngestError { file: file.to_string(), kind: IngestErrorKind::TooLarge { bytes } });
    }
    Ok(())
}

/// Recognises common binary formats by their first bytes.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a zip archive (or an Office document)"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"RIFF", "a media file"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "a program"),
        (b"MZ", "a program"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    // Text has no NUL bytes (UTF-16 is recognised by its BOM before this).
    bytes.iter().take(8192).any(|&b| b == 0).then_some("a binary file")
}

fn format_of(file: &str, bytes: &[u8]) -> Result<Format, IngestError> {
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "txt" | "text" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        "mhtml" | "mht" => Ok(Format::Mhtml),
        "" => {
            // No extension (pasted, or a bare file name): look at the content.
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start().to_ascii_lowercase();
            Ok(if head.starts_with("<!doctype html") || head.starts_with("<html") {
                Format::Html
            } else {
                Format::Text
            })
        }
        _ => match sniff_binary(bytes) {
            Some(detected) => Err(IngestError { file: file.into(), kind: IngestErrorKind::NotText { detected } }),
            None => Err(IngestError { file: file.into(), kind: IngestErrorKind::UnsupportedType { extension } }),
        },
    }
}

/// The text encodings Marginalia reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// UTF-32, recognised by its BOM only, decoded here (browsers' decoders
    /// do not read it).
    Utf32Le,
    Utf32Be,
    /// Windows-1252, a superset of Latin-1: the usual encoding of Western
    /// European text that is not UTF-8.
    Windows1252,
}

impl Charset {
    /// The WHATWG label (as `TextDecoder` and `encoding_rs` name it).
    pub fn label(self) -> &'static str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
            Charset::Utf32Le => "UTF-32LE",
            Charset::Utf32Be => "UTF-32BE",
            Charset::Windows1252 => "windows-1252",
        }
    }
}

/// Which encoding `bytes` are in, and how many BOM bytes to skip: a BOM
/// decides; without one, UTF-16 when NUL bytes sit in every other place as
/// in mostly-Latin UTF-16 text ([`utf16_without_bom`]), UTF-8 when the bytes
/// are valid UTF-8, else Windows-1252.
pub fn sniff(bytes: &[u8]) -> (Charset, usize) {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        (Charset::Utf8, 3)
    } else if bytes.starts_with(b"\xff\xfe\x00\x00") {
        (Charset::Utf32Le, 4)
    } else if bytes.starts_with(b"\x00\x00\xfe\xff") {
        (Charset::Utf32Be, 4)
    } else if bytes.starts_with(b"\xff\xfe") {
        (Charset::Utf16Le, 2)
    } else if bytes.starts_with(b"\xfe\xff") {
        (Charset::Utf16Be, 2)
    } else if let Some(utf16) = utf16_without_bom(bytes) {
        (utf16, 0)
    } else if std::str::from_utf8(bytes).is_ok() {
        (Charset::Utf8, 0)
    } else {
        (Charset::Windows1252, 0)
    }
}

/// UTF-16 written without a BOM, recognised by its NUL bytes: text in a
/// Latin script has a zero high byte in most code units, so zeros fill one
/// byte position of each pair (odd for little-endian) and never the other.
/// Binary files have zeros anywhere; text in other scripts is not guessed.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<Charset> {
    let head = &bytes[..bytes.len().min(8192) & !1];
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None; // too little to tell
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let mostly = |n: usize| n * 10 >= pairs * 3; // at least 30% of code units
    match (even, odd) {
        (0, odd) if mostly(odd) => Some(Charset::Utf16Le),
        (even, 0) if mostly(even) => Some(Charset::Utf16Be),
        _ => None,
    }
}

/// UTF-32 (BOM removed): each four bytes a code point; what is not one, and
/// a cut-off last unit, become U+FFFD.
fn decode_utf32(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks(4).map(|c| match <[u8; 4]>::try_from(c) {
        Ok(b) if little_endian => u32::from_le_bytes(b),
        Ok(b) => u32::from_be_bytes(b),
        Err(_) => u32::MAX,
    });
    units.map(|u| char::from_u32(u).unwrap_or('\u{fffd}')).collect()
}

/// Decodes bytes (BOM already removed) in a charset, replacing what is
/// invalid with U+FFFD: the browser's `TextDecoder`, or `encoding_rs`.
pub trait Decode {
    fn decode(&self, bytes: &[u8], charset: Charset) -> String;
}

/// Loads a file: format, size, binary and emptiness checks, decoding.
/// Markdown comes back as markup for [`markdown_article`], HTML for the
/// browser to reduce, MHTML as the message for [`crate::mhtml::page_of`].
pub fn load(file: &str, bytes: &[u8], decoder: &impl Decode) -> Result<Loaded, IngestError> {
    let err = |kind| IngestError { file: file.to_string(), kind };
    check_size(file, bytes.len())?;
    let format = format_of(file, bytes)?;
    let utf16 = bytes.starts_with(b"\xff\xfe")
        || bytes.starts_with(b"\xfe\xff")
        || bytes.starts_with(b"\x00\x00\xfe\xff")
        || utf16_without_bom(bytes).is_some();
    if !utf16 && let Some(detected) = sniff_binary(bytes) {
        return Err(err(IngestErrorKind::NotText { detected }));
    }
    let (charset, bom) = sniff(bytes);
    // A byte-order mark that names the wrong order (the zeros of Latin text
    // sit where the other order puts them): read in the order the bytes
    // show, and say so.
    let (charset, misnamed) = match charset {
        Charset::Utf16Le | Charset::Utf16Be if bom == 2 => match utf16_without_bom(&bytes[2..]) {
            Some(shown) if shown != charset => (shown, Some(charset)),
            _ => (charset, None),
        },
        _ => (charset, None),
    };
    let text = match charset {
        Charset::Utf8 => String::from_utf8_lossy(&bytes[bom..]).into_owned(),
        Charset::Utf32Le | Charset::Utf32Be => decode_utf32(&bytes[bom..], charset == Charset::Utf32Le),
        other => decoder.decode(&bytes[bom..], other),
    };
    if text.trim().is_empty() {
        return Err(err(IngestErrorKind::Empty));
    }
    let guessed_utf16 = matches!(charset, Charset::Utf16Le | Charset::Utf16Be) && bom == 0;
    let warning = if let Some(named) = misnamed {
        Some(format!(
            "“{file}” says it is {} but its bytes are in {} order; it was read as {}. Check that the text looks right.",
            named.label(),
            charset.label(),
            charset.label()
        ))
    } else if guessed_utf16 {
        Some(format!(
            "“{file}” has no byte-order mark; it was read as {}. Check that the text looks right.",
            charset.label()
        ))
    } else if charset == Charset::Windows1252 {
        Some(format!(
            "“{file}” is not UTF-8; it was read as Windows-1252 (Western European). Check its accented letters."
        ))
    } else if text.contains('\u{fffd}') && charset != Charset::Utf8 {
        // UTF-8 that is not valid is read as Windows-1252 (see `sniff`): a
        // U+FFFD in UTF-8 text was written so; in UTF-16 or UTF-32 it comes
        // from units that are no character (a lone surrogate, a cut-off end).
        Some(format!("“{file}” has bytes that are not valid {}; they are shown as �.", charset.label()))
    } else {
        None
    };
    let text = normalize_newlines(&text);
    Ok(Loaded { format, text, encoding: charset.label(), warning })
}

/// The plain text of a Markdown file, or why there is none.
pub fn markdown_article(file: &str, md: &str) -> Result<String, IngestError> {
    let text = markdown_to_text(md);
    if text.trim().is_empty() {
        return Err(IngestError { file: file.to_string(), kind: IngestErrorKind::Empty });
    }
    Ok(text)
}

/// Pasted or loaded text with Windows or old Mac line ends becomes `\n` text.
pub fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() }
}

/// Markdown as the plain text a reader sees: markup removed, one block per
/// paragraph, heading or list item, code kept as text, images by their alt
/// text, links by their text.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let block_break = |out: &mut String| {
        let trimmed = out.trim_end_matches([' ', '\n']).len();
        out.truncate(trimmed);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
    };
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            // A list item is bulleted, so the core reads it as a statement of
            // a list, not a heading; a paragraph inside it stays on its line.
            Event::Start(Tag::Item) => {
                block_break(&mut out);
                out.push_str("• ");
            }
            Event::Start(Tag::Paragraph) if out.ends_with("• ") => {}
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_) | Tag::CodeBlock(_))
            | Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => block_break(&mut out),
            Event::Rule => block_break(&mut out),
            Event::Html(_) | Event::InlineHtml(_) => {} // never shown as markup
            _ => {}
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The native decoder: `encoding_rs`, as the CLI uses.
    struct EncodingRs;

    impl Decode for EncodingRs {
        fn decode(&self, bytes: &[u8], charset: Charset) -> String {
            let encoding = encoding_rs::Encoding::for_label(charset.label().as_bytes()).expect("a known label");
            encoding.decode_without_bom_handling(bytes).0.into_owned()
        }
    }

    fn load(file: &str, bytes: &[u8]) -> Result<Loaded, IngestError> {
        super::load(file, bytes, &EncodingRs)
    }

    /// The article text of a file, as the app ends with it (HTML aside).
    fn text(file: &str, bytes: &[u8]) -> String {
        article(file, bytes).unwrap()
    }

    fn article(file: &str, bytes: &[u8]) -> Result<String, IngestError> {
        let loaded = load(file, bytes)?;
        match loaded.format {
            Format::Markdown => markdown_article(file, &loaded.text),
            Format::Text | Format::Html | Format::Mhtml => Ok(loaded.text),
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text("a.txt", "Grüße 👋".as_bytes()), "Grüße 👋");
        assert_eq!(text("a.txt", b"\xef\xbb\xbfHi"), "Hi");
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("Zelensky’s “plan” 👋".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain("Grüße".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let l = load("le.txt", &le).unwrap();
        assert_eq!((l.text.as_str(), l.encoding, l.warning), ("Zelensky’s “plan” 👋", "UTF-16LE", None));
        assert_eq!(load("be.txt", &be).unwrap().encoding, "UTF-16BE");
        assert_eq!(text("be.txt", &be), "Grüße");
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let l = load("latin1.txt", b"Caf\xe9 \x93quoted\x94 \x80 5").unwrap();
        assert_eq!(l.text, "Café “quoted” € 5");
        assert_eq!(l.encoding, "windows-1252");
        assert!(l.warning.unwrap().contains("latin1.txt"));
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_by_its_zero_bytes() {
        let text = "Zelensky’s “plan”: 5,000 troops.\nGrüße";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, label) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let loaded = load("nobom.txt", &bytes).unwrap();
            assert_eq!(loaded.text, text.replace("\r\n", "\n"));
            assert_eq!(loaded.encoding, label);
            assert!(loaded.warning.unwrap().contains("no byte-order mark"));
        }
        // UTF-32 with its BOM, either order, is read (not taken for UTF-16).
        let text = "Zelensky’s “plan” 👋";
        let le: Vec<u8> =
            b"\xff\xfe\x00\x00".iter().copied().chain(text.chars().flat_map(|c| (c as u32).to_le_bytes())).collect();
        let be: Vec<u8> =
            b"\x00\x00\xfe\xff".iter().copied().chain(text.chars().flat_map(|c| (c as u32).to_be_bytes())).collect();
        for (bytes, label) in [(le, "UTF-32LE"), (be, "UTF-32BE")] {
            let l = load("w.txt", &bytes).unwrap();
            assert_eq!((l.text.as_str(), l.encoding, l.warning), (text, label, None));
        }
        // A byte-order mark that names the wrong order: read in the bytes'
        // order, with a warning; a lone surrogate is reported, not hidden.
        let text = "Zelensky’s “plan”: 5,000 troops.";
        let be_named_le: Vec<u8> =
            b"\xff\xfe".iter().copied().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let le_named_be: Vec<u8> =
            b"\xfe\xff".iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        for (bytes, named, read) in [(be_named_le, "UTF-16LE", "UTF-16BE"), (le_named_be, "UTF-16BE", "UTF-16LE")] {
            let l = load("misnamed.txt", &bytes).unwrap();
            assert_eq!((l.text.as_str(), l.encoding), (text, read));
            let warning = l.warning.unwrap();
            assert!(warning.contains(&format!("says it is {named} but its bytes are in {read} order")), "{warning}");
        }
        let lone: Vec<u8> = b"\xff\xfeT\0o\0o\0k\0 \0\x00\xd8 \0o\0k\0".to_vec();
        let l = load("lone.txt", &lone).unwrap();
        assert_eq!(l.text, "Took \u{fffd} ok");
        assert!(l.warning.unwrap().contains("not valid UTF-16LE"));
        // Binary with zeros in both positions stays binary; plain ASCII is not UTF-16.
        assert!(load("bin.txt", b"a\0\0b\0c\0\0").is_err());
        assert_eq!(utf16_without_bom(b"plain ascii text"), None);
        assert_eq!(utf16_without_bom(b"a\0b\0c\0"), None, "too short to tell");
    }

    #[test]
    fn crlf_becomes_lf() {
        assert_eq!(text("a.txt", b"a\r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn markdown_becomes_plain_text() {
        let md = "# Putin’s *Troop* Buildup\n\nRussia has [deployed](http://x) **50,000** troops.\nMore `text`.\n\n- one item\n- two\n\n<script>alert(1)</script>\n\n![a map](m.png)";
        assert_eq!(
            text("a.md", md.as_bytes()),
            "Putin’s Troop Buildup\n\nRussia has deployed 50,000 troops. More text.\n\n• one item\n\n• two\n\na map"
        );
        // A loose list's items (a paragraph inside each) keep their bullet on their line.
        assert_eq!(text("b.md", b"- one item\n\n- two\n"), "• one item\n\n• two");
    }

    #[test]
    fn html_is_recognised_by_extension_or_content() {
        assert_eq!(load("a.html", b"<p>Hi</p>").unwrap().format, Format::Html);
        assert_eq!(load("pasted", b"  <!DOCTYPE html><p>Hi</p>").unwrap().format, Format::Html);
        assert_eq!(load("notes", b"Plain words").unwrap().format, Format::Text);
    }

    #[test]
    fn mhtml_is_recognised_by_extension() {
        assert_eq!(load("page.mhtml", b"Content-Type: text/html\n\n<p>Hi</p>").unwrap().format, Format::Mhtml);
        assert_eq!(load("page.MHT", b"x").unwrap().format, Format::Mhtml);
    }

    #[test]
    fn refusals_name_the_file_and_reason() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("empty.txt", b"  \n", "is empty"),
            ("empty.md", b"<!-- -->", "is empty"),
            ("scan.pdf", b"%PDF-1.7", "a PDF document"),
            ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0", "a PNG image"),
            ("bin.txt", b"abc\0def", "a binary file"),
            ("sheet.xlsx", b"hello", ".xlsx files are not supported"),
        ];
        for (file, bytes, says) in cases {
            let e = article(file, bytes).unwrap_err().to_string();
            assert!(e.contains(file) && e.contains(says), "{e}");
        }
    }

    #[test]
    fn too_large_is_refused() {
        let big = vec![b'a'; MAX_BYTES + 1];
        let e = load("big.txt", &big).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::TooLarge { .. }));
        assert!(e.to_string().contains("20 MB"));
    }
}
