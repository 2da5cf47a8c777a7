//! From loaded bytes to article text, with a clear reason when it can't be.

use std::fmt;

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
    TooLarge { bytes: usize },
    NotText { detected: &'static str },
    InvalidUtf8 { at: usize },
    UnsupportedType { extension: String },
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
                write!(f, "“{file}” looks like {detected}, not text. Marginalia reads .txt, .md and .html articles.")
            }
            IngestErrorKind::InvalidUtf8 { at } => {
                write!(f, "“{file}” is not valid UTF-8 text (bad byte at offset {at}). Save it as UTF-8 and try again.")
            }
            IngestErrorKind::UnsupportedType { extension } => {
                write!(
                    f,
                    "“{file}”: .{extension} files are not supported. Marginalia reads .txt, .md and .html articles."
                )
            }
        }
    }
}

impl std::error::Error for IngestError {}

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
    // Text has no NUL bytes (UTF-16 is handled before this is asked).
    bytes.iter().take(8192).any(|&b| b == 0).then_some("a binary file")
}

/// Refuses a file by its size alone, before its bytes are read.
pub fn check_size(file: &str, bytes: usize) -> Result<(), IngestError> {
    if bytes > MAX_BYTES {
        return Err(IngestError { file: file.to_string(), kind: IngestErrorKind::TooLarge { bytes } });
    }
    Ok(())
}

/// Decodes a loaded file into text: UTF-8 with or without BOM.
///
/// Refuses empty, oversized and binary files and invalid UTF-8 with an
/// [`IngestError`] that names the file.
pub fn decode(file: &str, bytes: &[u8]) -> Result<String, IngestError> {
    let err = |kind| IngestError { file: file.to_string(), kind };
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if !extension.is_empty() && !matches!(extension.as_str(), "txt" | "text" | "md" | "markdown" | "html" | "htm") {
        if let Some(detected) = sniff_binary(bytes) {
            return Err(err(IngestErrorKind::NotText { detected }));
        }
        return Err(err(IngestErrorKind::UnsupportedType { extension }));
    }
    check_size(file, bytes.len())?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(err(IngestErrorKind::Empty));
    }
    if let Some(detected) = sniff_binary(bytes) {
        return Err(err(IngestErrorKind::NotText { detected }));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(normalize_newlines(text)),
        Err(e) => Err(err(IngestErrorKind::InvalidUtf8 { at: e.valid_up_to() })),
    }
}

/// Pasted or loaded text with Windows or old Mac line ends becomes `\n` text.
pub fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("a.txt", "Grüße 👋".as_bytes()).unwrap(), "Grüße 👋");
        assert_eq!(decode("a.txt", b"\xef\xbb\xbfHi").unwrap(), "Hi");
    }

    #[test]
    fn crlf_becomes_lf() {
        assert_eq!(decode("a.txt", b"a\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn refusals_name_the_file_and_reason() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("empty.txt", b"  \n", "is empty"),
            ("scan.pdf", b"%PDF-1.7", "a PDF document"),
            ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0", "a PNG image"),
            ("bin.txt", b"abc\0def", "a binary file"),
            ("latin1.txt", b"caf\xe9", "not valid UTF-8"),
            ("sheet.xlsx", b"hello", ".xlsx files are not supported"),
        ];
        for (file, bytes, says) in cases {
            let e = decode(file, bytes).unwrap_err().to_string();
            assert!(e.contains(file) && e.contains(says), "{e}");
        }
    }

    #[test]
    fn too_large_is_refused() {
        let big = vec![b'a'; MAX_BYTES + 1];
        let e = decode("big.txt", &big).unwrap_err();
        assert!(matches!(e.kind, IngestErrorKind::TooLarge { .. }));
        assert!(e.to_string().contains("20 MB"));
    }
}
