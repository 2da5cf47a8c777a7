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
/// of non-ASCII characters (pure ASCII text needs no table at all).
#[derive(Debug, Clone, Default)]
pub struct OffsetIndex {
    len_bytes: usize,
    /// For every non-ASCII char: its byte offset, its code point index and its
    /// UTF-16 index (all counted before the char).
    wide: Vec<WideChar>,
}

#[derive(Debug, Clone, Copy)]
struct WideChar {
    byte: usize,
    chars: usize,
    utf16: usize,
    len_utf8: u8,
    len_utf16: u8,
}

impl OffsetIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut utf16 = 0;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            if !c.is_ascii() {
                wide.push(WideChar {
                    byte,
                    chars,
                    utf16,
                    len_utf8: c.len_utf8() as u8,
                    len_utf16: c.len_utf16() as u8,
                });
            }
            utf16 += c.len_utf16();
        }
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
        match self.last_wide_at_or_before(|w| w.byte, byte) {
            None => byte,
            Some(w) if byte < w.byte + w.len_utf8 as usize => w.chars,
            Some(w) => w.chars + 1 + (byte - w.byte - w.len_utf8 as usize),
        }
    }

    /// UTF-16 index of a byte offset (same clamping as [`Self::byte_to_char`]).
    pub fn byte_to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.last_wide_at_or_before(|w| w.byte, byte) {
            None => byte,
            Some(w) if byte < w.byte + w.len_utf8 as usize => w.utf16,
            Some(w) => w.utf16 + w.len_utf16 as usize + (byte - w.byte - w.len_utf8 as usize),
        }
    }

    /// Byte offset of a code point index, or `None` past the end of the text.
    pub fn char_to_byte(&self, chars: usize) -> Option<usize> {
        let byte = match self.last_wide_at_or_before(|w| w.chars, chars) {
            None => chars,
            Some(w) if chars == w.chars => w.byte,
            Some(w) => w.byte + w.len_utf8 as usize + (chars - w.chars - 1),
        };
        (byte <= self.len_bytes).then_some(byte)
    }

    /// Byte offset of a UTF-16 index; `None` past the end or in the middle of
    /// a surrogate pair.
    pub fn utf16_to_byte(&self, utf16: usize) -> Option<usize> {
        let byte = match self.last_wide_at_or_before(|w| w.utf16, utf16) {
            None => utf16,
            Some(w) if utf16 == w.utf16 => w.byte,
            Some(w) if utf16 < w.utf16 + w.len_utf16 as usize => return None,
            Some(w) => w.byte + w.len_utf8 as usize + (utf16 - w.utf16 - w.len_utf16 as usize),
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

    fn last_wide_at_or_before(&self, key: impl Fn(&WideChar) -> usize, at: usize) -> Option<&WideChar> {
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
    fn out_of_range_offsets_are_none_or_clamped() {
        let ix = OffsetIndex::new("ä");
        assert_eq!(ix.char_to_byte(2), None);
        assert_eq!(ix.byte_to_char(99), 1);
        assert_eq!(ix.chars_to_span(0, 9), None);
    }
}
