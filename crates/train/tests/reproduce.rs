//! The shipped weights are what `make train` makes, and the figures the
//! README reports are what its cross-validation measures.
//!
//! Training takes seconds (the train crate is optimised in tests too: the
//! word vectors are a large JSON file), so this retrains for real.
//! It needs `../shared/` (ClaimBuster and the seed gold) and the word vectors
//! `npm ci` installs; without them, it says so and checks nothing.

use marginalia_train::meaning::Vectors;
use marginalia_train::sgd::Params;
use marginalia_train::{BITS, NEWS_WEIGHT, PRUNE, Sources, load, train};

/// The figures in the README (5-fold cross-validation, out-of-fold scores).
const DEBATES_BEST_F1: f32 = 0.767;
const NEWS_BREAK_EVEN_F1: f32 = 0.720;
const DEFAULT_THRESHOLD: f32 = 0.29;
const HELD_OUT_F1: f32 = 0.684;

#[test]
fn shipped_weights_reproduce_from_the_training_data() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let sources = Sources::at(root);
    for needed in [&sources.debates, &sources.vectors] {
        if !std::path::Path::new(needed).exists() {
            eprintln!("skipped: {needed} is not here");
            return;
        }
    }
    let vectors = Vectors::read(&sources.vectors, BITS).expect("the word vectors load");
    let d = load(&sources, &vectors, NEWS_WEIGHT).expect("training data loads");
    assert_eq!(d.lost, 0, "labelled sentences the core no longer finds: relabel or retrain");
    let t = train(&d.rows, &d.held, &vectors, &Params::default(), PRUNE);
    let near = |a: f32, b: f32| (a - b).abs() < 0.0015;
    assert!(near(t.debates_best.1.f1(), DEBATES_BEST_F1), "debates F1 {}", t.debates_best.1.f1());
    assert!(near(t.news_even.1.f1(), NEWS_BREAK_EVEN_F1), "news F1 {}", t.news_even.1.f1());
    assert!(near(t.model.threshold, DEFAULT_THRESHOLD), "threshold {}", t.model.threshold);
    assert!(near(t.held.f1(), HELD_OUT_F1), "held-out F1 {}", t.held.f1());
    let shipped = include_bytes!("../../core/src/claim/weights.bin");
    assert!(t.model.to_bytes() == shipped, "the shipped weights.bin is not what training makes: run make train");
}
