//! Training Marginalia's claim model, reproducibly.
//!
//! Every sentence is turned into features by the core's own
//! [`marginalia_core::claim::sentence_features`], so training and the app
//! can never see different features. The model is L2-regularised logistic
//! regression fitted by AdaGrad SGD in a fixed order (a seeded shuffle), so
//! the same data always gives the same weights, byte for byte.

pub mod data;
pub mod meaning;
pub mod metrics;
pub mod sgd;

use marginalia_core::claim::Signal;
use marginalia_core::claim::model::Model;

use marginalia_core::claim::features::Features;

use crate::data::{Article, Example};
use crate::meaning::{DIMS, Vectors};
use crate::metrics::Counts;
use crate::sgd::{Params, Weights};

/// Hash bits of the shipped word table: 2^16 buckets.
pub const BITS: u32 = 16;

/// Word weights smaller than this are dropped before quantising: they cost
/// bytes and move no score visibly.
pub const PRUNE: f32 = 1.0;

/// How much a labelled news sentence weighs against a debate sentence in
/// training: there are 20 times fewer of them, and news is what the app reads.
pub const NEWS_WEIGHT: f32 = 1.0;

/// The seed gold article never trained on (the last by name, chosen before
/// any result): `make score` scores all three, and this one honestly.
pub const HOLD_OUT: &str = "002_b000c12c8712c430.txt";

/// Folds of the cross-validation, and the seed of every shuffle.
pub const FOLDS: usize = 5;
pub const SEED: u64 = 18;

/// A sparse example: feature index (signals first, then word buckets) and
/// value; its label, its weight in training, and its cross-validation fold.
pub struct Row {
    pub x: Vec<(u32, f32)>,
    pub y: bool,
    pub weight: f32,
    pub fold: usize,
    pub news: bool,
    /// The sentence, for `--errors`.
    pub text: String,
    /// The buckets of its single words, whose meanings are averaged.
    pub words: Vec<u32>,
}

/// Where the word buckets start in a row: after the signals, their news
/// copies and the news bias.
pub const WORDS: u32 = 2 * Signal::WEIGHED.len() as u32 + 1;

/// Where the meaning's dimensions start in a row for `bits`: after the word
/// buckets.
pub fn meaning_at(bits: u32) -> u32 {
    WORDS + (1 << bits)
}

/// The dimension of a row for `bits`.
pub fn dim(bits: u32) -> usize {
    meaning_at(bits) as usize + DIMS
}

/// How much the meaning's dimensions weigh against a word's (the mean of
/// the words' vectors is scaled by it).
pub const MEANING_SCALE: f32 = 1.0;

fn row(f: &Features, v: &Vectors, y: bool, weight: f32, fold: usize, news: bool, text: &str) -> Row {
    let words: Vec<u32> = f.terms.iter().filter(|t| t.word).map(|t| t.bucket).collect();
    let word_value = f.meaning_value();
    let mut x = sparse(f);
    let mut mean = [0.0f32; DIMS];
    for e in words.iter().filter_map(|&b| v.get(b)) {
        for (m, e) in mean.iter_mut().zip(e) {
            *m += e * word_value * MEANING_SCALE;
        }
    }
    let at = meaning_at(v.bits);
    x.extend(mean.iter().enumerate().filter(|(_, m)| **m != 0.0).map(|(d, &m)| (at + d as u32, m)));
    Row { x, y, weight, fold, news, text: text.to_string(), words }
}

fn sparse(f: &Features) -> Vec<(u32, f32)> {
    let n = Signal::WEIGHED.len() as u32;
    let mut x: Vec<(u32, f32)> = Vec::new();
    for i in f.signals.iter().filter_map(|s| s.signal.index()) {
        x.push((i as u32, 1.0));
        if f.news {
            x.push((n + i as u32, 1.0));
        }
    }
    if f.news {
        x.push((2 * n, 1.0));
    }
    let v = f.term_value();
    x.extend(f.terms.iter().map(|t| (WORDS + t.bucket, v)));
    x
}

/// Turns single sentences into rows with the core's feature extraction,
/// folds assigned by a seeded shuffle.
pub fn rows(examples: &[Example], v: &Vectors) -> Vec<Row> {
    let bits = v.bits;
    let order = data::shuffled(examples.len(), SEED);
    let mut fold = vec![0; examples.len()];
    for (k, &i) in order.iter().enumerate() {
        fold[i] = k % FOLDS;
    }
    examples
        .iter()
        .zip(fold)
        .map(|(e, fold)| {
            let f = marginalia_core::claim::sentence_features(&e.text, bits);
            row(&f, v, e.label, 1.0, fold, false, &e.text)
        })
        .collect()
}

/// Turns labelled articles into rows: each sentence read in its article,
/// exactly as the app reads it. A whole article is in one fold, so no
/// article is both trained and tested on. Returns the rows and the number
/// of labels whose sentence the core no longer finds (segmentation changed).
pub fn news_rows(articles: &[Article], v: &Vectors, weight: f32) -> (Vec<Row>, usize) {
    let bits = v.bits;
    let mut rows = Vec::new();
    let mut lost = 0;
    for (k, a) in articles.iter().enumerate() {
        let found = marginalia_core::claim::features_in(&a.text, bits);
        for e in &a.sentences {
            match found.iter().find(|(span, _)| span.text(&a.text) == e.text) {
                Some((_, f)) => rows.push(row(f, v, e.label, weight, k % FOLDS, true, &e.text)),
                None => lost += 1,
            }
        }
    }
    (rows, lost)
}

/// The quantised model for float weights, as the core will use it.
pub fn model(w: &Weights, v: &Vectors, threshold: f32, prune: f32) -> Model {
    let bits = v.bits;
    let n = Signal::WEIGHED.len();
    let (mut signals, mut news) = ([0.0; Signal::WEIGHED.len()], [0.0; Signal::WEIGHED.len()]);
    signals.copy_from_slice(&w.w[..n]);
    news.copy_from_slice(&w.w[n..2 * n]);
    let mut m = Model { bits, bias: w.bias, threshold, signals, news, news_bias: w.w[2 * n], ..Model::default() };
    m.quantize_words(&w.w[WORDS as usize..meaning_at(bits) as usize], prune);
    let at = meaning_at(bits) as usize;
    let meaning: Vec<f32> = (0..1u32 << bits)
        .map(|b| {
            v.get(b).map_or(0.0, |e| e.iter().zip(&w.w[at..at + DIMS]).map(|(e, w)| e * w).sum::<f32>() * MEANING_SCALE)
        })
        .collect();
    m.quantize_meaning(&meaning);
    m
}

/// Out-of-fold scores of every row (k-fold), from the quantised model.
pub fn cross_validate(rows: &[Row], v: &Vectors, params: &Params, prune: f32) -> Vec<f32> {
    let bits = v.bits;
    let mut scores = vec![0.0; rows.len()];
    for fold in 0..FOLDS {
        let (test, train): (Vec<usize>, Vec<usize>) = (0..rows.len()).partition(|&i| rows[i].fold == fold);
        let w = sgd::fit(rows, &train, dim(bits), params);
        let m = model(&w, v, 0.5, prune);
        for i in test {
            scores[i] = score(&m, &rows[i]);
        }
    }
    scores
}

/// The model's score of a row, as the core computes it (the same sums, in
/// another order).
pub fn score(m: &Model, row: &Row) -> f32 {
    let n = Signal::WEIGHED.len();
    let meaning = meaning_at(m.bits) as usize;
    let weight = |j: usize| match j {
        _ if j < n => m.signals[j],
        _ if j < 2 * n => m.news[j - n],
        _ if j == 2 * n => m.news_bias,
        _ if j < meaning => m.word((j - WORDS as usize) as u32),
        // The meaning, weighed word by word below, as the core does.
        _ => 0.0,
    };
    let z: f32 = row.x.iter().map(|&(j, v)| weight(j as usize) * v).sum::<f32>()
        + row.words.iter().map(|&b| m.meaning(b)).sum::<f32>() / row.words.len().max(1) as f32
        + m.bias;
    marginalia_core::claim::model::sigmoid(z)
}

/// The break-even threshold, on a grid of 0.01: where precision and recall
/// meet, so the model marks about as many sentences as are check-worthy.
pub fn break_even(scores: &[f32], labels: &[bool]) -> (f32, Counts) {
    (5..=95)
        .map(|t| {
            let t = t as f32 / 100.0;
            (t, Counts::at(scores, labels, t))
        })
        .min_by(|a, b| (a.1.precision() - a.1.recall()).abs().total_cmp(&(b.1.precision() - b.1.recall()).abs()))
        .unwrap_or((0.5, Counts::at(scores, labels, 0.5)))
}

/// The threshold with the best F1 over `scores`, on a grid of 0.01.
pub fn best_threshold(scores: &[f32], labels: &[bool]) -> (f32, Counts) {
    (5..=95)
        .map(|t| {
            let t = t as f32 / 100.0;
            (t, Counts::at(scores, labels, t))
        })
        .max_by(|a, b| a.1.f1().total_cmp(&b.1.f1()))
        .unwrap_or((0.5, Counts::at(scores, labels, 0.5)))
}

/// Where the training data is, relative to the workspace root.
#[derive(Debug, Clone)]
pub struct Sources {
    /// ClaimBuster's sentences.
    pub debates: String,
    /// Labelled news sentences, or none.
    pub news: Option<String>,
    /// The seed gold folder, or none, and the folder of its articles.
    pub gold: Option<String>,
    pub seeds: String,
    /// The gold article only scored, never trained on.
    pub hold_out: String,
    /// The word vectors ([`meaning::PATH`]).
    pub vectors: String,
}

impl Sources {
    /// The shipped model's sources, under the workspace `root`.
    pub fn at(root: &str) -> Self {
        let at = |p: &str| if root.is_empty() { p.to_string() } else { format!("{root}/{p}") };
        Self {
            debates: at("../shared/data/claimbuster/train.json"),
            news: Some(at("crates/train/data/news/labels.json")),
            gold: Some(at("../shared/gold")),
            seeds: at("../shared/corpus/seeds"),
            hold_out: HOLD_OUT.to_string(),
            vectors: at(meaning::PATH),
        }
    }
}

/// What training reads.
pub struct Loaded {
    /// The rows to train and cross-validate on.
    pub rows: Vec<Row>,
    /// The rows of the held-out gold article.
    pub held: Vec<Row>,
    /// How many labelled sentences the core no longer finds.
    pub lost: usize,
}

/// Reads the training data, its words' vectors in `vectors` (read with
/// [`Vectors::read`] for the word table's bits).
pub fn load(s: &Sources, vectors: &Vectors, news_weight: f32) -> Result<Loaded, String> {
    let mut all = rows(&data::read(&s.debates)?, vectors);
    let mut articles = Vec::new();
    if let Some(path) = &s.news {
        articles.extend(data::read_news(path)?);
    }
    let mut held = Vec::new();
    if let Some(dir) = &s.gold {
        for a in data::read_gold(dir, &s.seeds)? {
            if a.name == s.hold_out { held.push(a) } else { articles.push(a) }
        }
    }
    let (news, lost) = news_rows(&articles, vectors, news_weight);
    let (held, lost_held) = news_rows(&held, vectors, news_weight);
    all.extend(news);
    Ok(Loaded { rows: all, held, lost: lost + lost_held })
}

/// The counts of the rows `which` selects, at `threshold`.
pub fn counts(rows: &[Row], scores: &[f32], which: impl Fn(&Row) -> bool, threshold: f32) -> Counts {
    let (s, y): (Vec<f32>, Vec<bool>) =
        rows.iter().zip(scores).filter(|(r, _)| which(r)).map(|(r, &s)| (s, r.y)).unzip();
    Counts::at(&s, &y, threshold)
}

fn pick(
    rows: &[Row],
    scores: &[f32],
    which: impl Fn(&Row) -> bool,
    rule: fn(&[f32], &[bool]) -> (f32, Counts),
) -> (f32, Counts) {
    let (s, y): (Vec<f32>, Vec<bool>) =
        rows.iter().zip(scores).filter(|(r, _)| which(r)).map(|(r, &s)| (s, r.y)).unzip();
    rule(&s, &y)
}

/// A training run: cross-validated figures, the model trained on all rows
/// with the default threshold, and its figures on the held-out article.
pub struct Training {
    /// Out-of-fold scores of every row.
    pub scores: Vec<f32>,
    pub debates_best: (f32, Counts),
    pub news_best: (f32, Counts),
    /// The default threshold and the news counts there.
    pub news_even: (f32, Counts),
    pub held: Counts,
    pub model: Model,
}

/// Cross-validates, picks the threshold (break-even on news when there is
/// news, else the best F1 on debates), and trains on all rows.
pub fn train(rows: &[Row], held: &[Row], v: &Vectors, params: &Params, prune: f32) -> Training {
    let bits = v.bits;
    let scores = cross_validate(rows, v, params, prune);
    let debates_best = pick(rows, &scores, |r| !r.news, best_threshold);
    let news_best = pick(rows, &scores, |r| r.news, best_threshold);
    let has_news = rows.iter().any(|r| r.news);
    let news_even = pick(rows, &scores, |r| r.news, break_even);
    let threshold = if has_news { news_even.0 } else { debates_best.0 };
    let all: Vec<usize> = (0..rows.len()).collect();
    let w = sgd::fit(rows, &all, dim(bits), params);
    let model = model(&w, v, threshold, prune);
    let held_scores: Vec<f32> = held.iter().map(|r| score(&model, r)).collect();
    let held = counts(held, &held_scores, |_| true, threshold);
    Training { scores, debates_best, news_best, news_even, held, model }
}
