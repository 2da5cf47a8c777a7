//! The one span type of the core, and the one place offsets change units.
//!
//! Inside the core every position is a UTF-8 **byte** offset into the original
//! text. Exports speak Unicode **code points** (the W3C Web Annotation model
//! requires it) and the DOM speaks **UTF-16** code units. [`OffsetIndex`]
//! converts between the three; nothing else in the project should.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the analysed text.
///
/// Invariants upheld by every span the core produces: `start <= end`, both
/// lie on `char` boundaries, and `end <= text.len()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered text. Returns `""` rather than panicking when the span does
    /// not fit `text` (e.g. a span from another document).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The indices of the spans in `sorted` (sorted and non-overlapping, as the
/// core produces them) that overlap `span`. O(log n).
pub fn overlapping_range(sorted: &[Span], span: Span) -> std::ops::Range<usize> {
    let lo = sorted.partition_point(|s| s.end <= span.start);
    let hi = lo + sorted[lo..].partition_point(|s| s.start < span.end);
    lo..hi
}

/// Whether byte `at` lies inside one of the sorted, non-overlapping spans. O(log n).
pub fn inside_any(sorted: &[Span], at: usize) -> bool {
    let i = sorted.partition_point(|s| s.end <= at);
    sorted.get(i).is_some_and(|s| s.start <= at)
}

/// Converts offsets between UTF-8 bytes, code points and UTF-16 code units.
///
/// Built once per text in O(n); each lookup is O(log k) where k is the number
/// of runs of non-ASCII characters of one width (pure ASCII text needs no
/// table at all; a word of Cyrillic or a line of Chinese is one entry, so
/// the table stays small beside the text in any script).
#[derive(Debug, Clone, Default)]
pub struct OffsetIndex {
    len_bytes: usize,
    wide: Vec<WideRun>,
}

/// Consecutive non-ASCII characters of the same widths: where the first
/// starts (its byte offset, code point index and UTF-16 index), how many.
#[derive(Debug, Clone, Copy)]
struct WideRun {
    byte: usize,
    chars: usize,
    utf16: usize,
    count: u32,
    len_utf8: u8,
    len_utf16: u8,
}

impl WideRun {
    fn end_byte(&self) -> usize {
        self.byte + self.count as usize * self.len_utf8 as usize
    }

    fn end_utf16(&self) -> usize {
        self.utf16 + self.count as usize * self.len_utf16 as usize
    }
}

impl OffsetIndex {
    pub fn new(text: &str) -> Self {
        let mut wide: Vec<WideRun> = Vec::new();
        let mut utf16 = 0;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            if !c.is_ascii() {
                let (len_utf8, len_utf16) = (c.len_utf8() as u8, c.len_utf16() as u8);
                match wide.last_mut() {
                    Some(run)
                        if run.end_byte() == byte
                            && (run.len_utf8, run.len_utf16) == (len_utf8, len_utf16)
                            && run.count < u32::MAX =>
                    {
                        run.count += 1
                    }
                    _ => wide.push(WideRun { byte, chars, utf16, count: 1, len_utf8, len_utf16 }),
                }
            }
            utf16 += c.len_utf16();
        }
        wide.shrink_to_fit();
        Self { len_bytes: text.len(), wide }
    }

    /// Length of the text in code points.
    pub fn len_chars(&self) -> usize {
        self.byte_to_char(self.len_bytes)
    }

    /// Length of the text in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.byte_to_utf16(self.len_bytes)
    }

    /// Code point index of a byte offset. A byte offset inside a character
    /// maps to that character's start; offsets past the end clamp to the end.
    pub fn byte_to_char(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.last_run_at_or_before(|w| w.byte, byte) {
            None => byte,
            Some(w) if byte < w.end_byte() => w.chars + (byte - w.byte) / w.len_utf8 as usize,
            Some(w) => w.chars + w.count as usize + (byte - w.end_byte()),
        }
    }

    /// UTF-16 index of a byte offset (same clamping as [`Self::byte_to_char`]).
    pub fn byte_to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.last_run_at_or_before(|w| w.byte, byte) {
            None => byte,
            Some(w) if byte < w.end_byte() => w.utf16 + (byte - w.byte) / w.len_utf8 as usize * w.len_utf16 as usize,
            Some(w) => w.end_utf16() + (byte - w.end_byte()),
        }
    }

    /// Byte offset of a code point index, or `None` past the end of the text.
    pub fn char_to_byte(&self, chars: usize) -> Option<usize> {
        let byte = match self.last_run_at_or_before(|w| w.chars, chars) {
            None => chars,
            Some(w) if chars < w.chars + w.count as usize => w.byte + (chars - w.chars) * w.len_utf8 as usize,
            Some(w) => w.end_byte() + (chars - w.chars - w.count as usize),
        };
        (byte <= self.len_bytes).then_some(byte)
    }

    /// Byte offset of a UTF-16 index; `None` past the end or in the middle of
    /// a surrogate pair.
    pub fn utf16_to_byte(&self, utf16: usize) -> Option<usize> {
        let byte = match self.last_run_at_or_before(|w| w.utf16, utf16) {
            None => utf16,
            Some(w) if utf16 < w.end_utf16() => {
                let units = utf16 - w.utf16;
                if !units.is_multiple_of(w.len_utf16 as usize) {
                    return None;
                }
                w.byte + units / w.len_utf16 as usize * w.len_utf8 as usize
            }
            Some(w) => w.end_byte() + (utf16 - w.end_utf16()),
        };
        (byte <= self.len_bytes).then_some(byte)
    }

    /// A byte span as a code point range.
    pub fn span_to_chars(&self, span: Span) -> (usize, usize) {
        (self.byte_to_char(span.start), self.byte_to_char(span.end))
    }

    /// A byte span as a UTF-16 range.
    pub fn span_to_utf16(&self, span: Span) -> (usize, usize) {
        (self.byte_to_utf16(span.start), self.byte_to_utf16(span.end))
    }

    /// A code point range as a byte span; `None` when out of range or reversed.
    pub fn chars_to_span(&self, start: usize, end: usize) -> Option<Span> {
        if start > end {
            return None;
        }
        Some(Span::new(self.char_to_byte(start)?, self.char_to_byte(end)?))
    }

    /// A UTF-16 range as a byte span; `None` when out of range, reversed or
    /// splitting a surrogate pair.
    pub fn utf16_to_span(&self, start: usize, end: usize) -> Option<Span> {
        if start > end {
            return None;
        }
        Some(Span::new(self.utf16_to_byte(start)?, self.utf16_to_byte(end)?))
    }

    /// Entries in the table (runs of non-ASCII characters): what it costs.
    pub fn runs(&self) -> usize {
        self.wide.len()
    }

    fn last_run_at_or_before(&self, key: impl Fn(&WideRun) -> usize, at: usize) -> Option<&WideRun> {
        let n = self.wide.partition_point(|w| key(w) <= at);
        n.checked_sub(1).map(|i| &self.wide[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference conversion by walking the string.
    fn naive(text: &str, byte: usize) -> (usize, usize) {
        let prefix = &text[..byte];
        (prefix.chars().count(), prefix.encode_utf16().count())
    }

    #[test]
    fn ascii_is_identity() {
        let ix = OffsetIndex::new("hello");
        assert_eq!(ix.byte_to_char(3), 3);
        assert_eq!(ix.byte_to_utf16(5), 5);
        assert_eq!(ix.char_to_byte(5), Some(5));
        assert_eq!(ix.char_to_byte(6), None);
    }

    #[test]
    fn emoji_and_combining_marks() {
        // "e" + combining acute, a family emoji (ZWJ sequence), a flag, CJK.
        let text = "cafe\u{301} 👨‍👩‍👧 🇺🇦 “漢字” ok";
        let ix = OffsetIndex::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let (c, u) = naive(text, byte);
            assert_eq!(ix.byte_to_char(byte), c, "byte {byte}");
            assert_eq!(ix.byte_to_utf16(byte), u, "byte {byte}");
            assert_eq!(ix.char_to_byte(c), Some(byte));
            assert_eq!(ix.utf16_to_byte(u), Some(byte));
        }
        assert_eq!(ix.len_chars(), text.chars().count());
        assert_eq!(ix.len_utf16(), text.encode_utf16().count());
    }

    #[test]
    fn utf16_inside_surrogate_pair_is_rejected() {
        let ix = OffsetIndex::new("a😀b");
        assert_eq!(ix.utf16_to_byte(1), Some(1));
        assert_eq!(ix.utf16_to_byte(2), None);
        assert_eq!(ix.utf16_to_byte(3), Some(5));
        assert_eq!(ix.utf16_to_span(3, 1), None);
    }

    #[test]
    fn runs_of_one_width_are_one_entry_and_convert_like_the_text() {
        // Cyrillic words, a run of CJK, emoji pairs, a 2-byte char beside a
        // 3-byte one (two runs), curly quotes between ASCII.
        let text = "Мы потеряли 5000 — 我们失去了五千人 😀😀x “é€” end";
        let ix = OffsetIndex::new(text);
        assert_eq!(ix.runs(), 8, "{ix:?}");
        // Every byte, inside characters too, against a walk of the string.
        for byte in 0..=text.len() + 2 {
            let start = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap();
            let (c, u) = naive(text, start);
            assert_eq!((ix.byte_to_char(byte), ix.byte_to_utf16(byte)), (c, u), "byte {byte}");
        }
        for (c, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
            assert_eq!(ix.char_to_byte(c), Some(byte));
        }
        let mut boundaries = std::collections::HashMap::new();
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            boundaries.insert(naive(text, byte).1, byte);
        }
        for u in 0..=text.encode_utf16().count() + 1 {
            assert_eq!(ix.utf16_to_byte(u), boundaries.get(&u).copied(), "utf16 {u}");
        }
        // A megabyte of Chinese: one entry, not one per character.
        assert_eq!(OffsetIndex::new(&"汉".repeat(350_000)).runs(), 1);
    }

    #[test]
    fn out_of_range_offsets_are_none_or_clamped() {
        let ix = OffsetIndex::new("ä");
        assert_eq!(ix.char_to_byte(2), None);
        assert_eq!(ix.byte_to_char(99), 1);
        assert_eq!(ix.chars_to_span(0, 9), None);
    }
}
