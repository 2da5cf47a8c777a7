//! `train-claims`: cross-validates the claim model, then trains it on all the
//! data and writes the weights the core includes at build time.
//!
//! ```text
//! train-claims [--data FILE] [--news FILE|none] [--gold DIR|none] [--seeds DIR]
//!              [--hold-out NAME] [--news-weight W] [--out FILE] [--bits N]
//!              [--prune W] [--search] [--errors]
//! ```
//!
//! Defaults: the ClaimBuster sentences `../shared/data/claimbuster/train.json`,
//! the labelled news sentences `crates/train/data/news/labels.json` (`--news
//! none` leaves them out), the seed gold `../shared/gold` (its articles in
//! `../shared/corpus/seeds`) but for the article [`HOLD_OUT`], which is only
//! scored, never trained on; the core's `crates/core/src/claim/weights.bin`.
//! `--search` prints the cross-validated F1 of a small grid and writes nothing;
//! `--errors` lists the news sentences the cross-validated model gets wrong.

use std::process::ExitCode;

use marginalia_core::claim::Signal;
use marginalia_train::metrics::Counts;
use marginalia_train::sgd::{self, Params};
use marginalia_train::{
    BITS, FOLDS, HOLD_OUT, NEWS_WEIGHT, PRUNE, Row, best_threshold, break_even, cross_validate, data, model, news_rows,
    rows, score,
};

const USAGE: &str = "usage: train-claims [--data FILE] [--news FILE|none] [--gold DIR|none] [--seeds DIR] [--hold-out NAME] \
                     [--news-weight W] [--out FILE] [--bits N] [--prune W] [--search] [--errors]";

struct Options {
    data: String,
    news: Option<String>,
    news_weight: f32,
    out: String,
    bits: u32,
    prune: f32,
    gold: Option<String>,
    seeds: String,
    hold_out: String,
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
        data: "../shared/data/claimbuster/train.json".into(),
        news: Some("crates/train/data/news/labels.json".into()),
        news_weight: NEWS_WEIGHT,
        out: "crates/core/src/claim/weights.bin".into(),
        bits: BITS,
        prune: PRUNE,
        gold: Some("../shared/gold".into()),
        seeds: "../shared/corpus/seeds".into(),
        hold_out: HOLD_OUT.into(),
        search: false,
        errors: false,
    };
    let mut it = args.into_iter();
    let number = |v: Option<String>, what: &str| -> Result<f32, String> {
        v.and_then(|v| v.parse::<f32>().ok()).filter(|x| *x >= 0.0).ok_or(format!("{what} needs a number ≥ 0"))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => o.data = it.next().ok_or("--data needs a file")?,
            "--news" => o.news = it.next().filter(|n| n != "none"),
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
            "--gold" => o.gold = it.next().filter(|n| n != "none"),
            "--seeds" => o.seeds = it.next().ok_or("--seeds needs a folder")?,
            "--hold-out" => o.hold_out = it.next().ok_or("--hold-out needs an article file name")?,
            "--search" => o.search = true,
            "--errors" => o.errors = true,
            _ => return Err(format!("unknown argument {a}\n{USAGE}")),
        }
    }
    Ok(o)
}

/// The training rows, and the rows of the held-out gold article.
fn load(o: &Options, news_weight: f32) -> Result<(Vec<Row>, Vec<Row>), String> {
    let mut all = rows(&data::read(&o.data)?, o.bits);
    let mut articles = Vec::new();
    if let Some(path) = &o.news {
        articles.extend(data::read_news(path)?);
    }
    let mut held = Vec::new();
    if let Some(dir) = &o.gold {
        for a in data::read_gold(dir, &o.seeds)? {
            if a.name == o.hold_out { held.push(a) } else { articles.push(a) }
        }
    }
    let (news, lost) = news_rows(&articles, o.bits, news_weight);
    let (held, lost_held) = news_rows(&held, o.bits, news_weight);
    if lost + lost_held > 0 {
        println!("note: {} labelled news sentences are not sentences the core finds; left out", lost + lost_held);
    }
    all.extend(news);
    Ok((all, held))
}

/// The counts of the rows `which` selects, at `threshold`.
fn counts(rows: &[Row], scores: &[f32], which: impl Fn(&Row) -> bool, threshold: f32) -> Counts {
    let (s, y): (Vec<f32>, Vec<bool>) =
        rows.iter().zip(scores).filter(|(r, _)| which(r)).map(|(r, &s)| (s, r.y)).unzip();
    Counts::at(&s, &y, threshold)
}

fn best(rows: &[Row], scores: &[f32], which: impl Fn(&Row) -> bool) -> (f32, Counts) {
    let (s, y): (Vec<f32>, Vec<bool>) =
        rows.iter().zip(scores).filter(|(r, _)| which(r)).map(|(r, &s)| (s, r.y)).unzip();
    best_threshold(&s, &y)
}

fn even(rows: &[Row], scores: &[f32], which: impl Fn(&Row) -> bool) -> (f32, Counts) {
    let (s, y): (Vec<f32>, Vec<bool>) =
        rows.iter().zip(scores).filter(|(r, _)| which(r)).map(|(r, &s)| (s, r.y)).unzip();
    break_even(&s, &y)
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
    let dim = marginalia_train::dim(o.bits);
    let debate = |r: &Row| !r.news;
    let news = |r: &Row| r.news;
    if o.search {
        for w in [1.0, 3.0, 6.0, 10.0] {
            let (rows, _) = load(o, w)?;
            for epochs in [8, 12] {
                let p = Params { epochs, ..Params::default() };
                let scores = cross_validate(&rows, o.bits, &p, o.prune);
                let (td, d) = best(&rows, &scores, debate);
                let (tn, n) = best(&rows, &scores, news);
                println!(
                    "news weight {w:4.1} epochs {epochs:2}: debates best F1 {:.3} at {td:.2}; news best F1 {:.3} at {tn:.2}",
                    d.f1(),
                    n.f1()
                );
            }
        }
        return Ok(());
    }

    let (rows, held) = load(o, o.news_weight)?;
    let n_news = rows.iter().filter(|r| r.news).count();
    let count =
        |f: &dyn Fn(&Row) -> bool| (rows.iter().filter(|r| f(r)).count(), rows.iter().filter(|r| f(r) && r.y).count());
    let (nd, pd) = count(&debate);
    let (_, pn) = count(&news);
    println!("{nd} debate sentences ({pd} check-worthy) from {}", o.data);
    println!(
        "{n_news} news sentences ({pn} check-worthy), weight {}: {} and {} (but {}, held out)",
        o.news_weight,
        o.news.as_deref().unwrap_or("no labelled news"),
        o.gold.as_deref().unwrap_or("no gold"),
        o.hold_out
    );
    println!("2^{} word buckets, word weights under {} pruned, i8", o.bits, o.prune);

    let params = Params::default();
    let scores = cross_validate(&rows, o.bits, &params, o.prune);
    let (td, d) = best(&rows, &scores, debate);
    println!("{FOLDS}-fold cross-validation (out-of-fold scores of the quantised model; news folds by article):");
    line("debates (ClaimBuster)", 0.5, counts(&rows, &scores, debate, 0.5));
    line("debates, best F1", td, d);
    let threshold = if n_news > 0 {
        let (tb, b) = best(&rows, &scores, news);
        let (tn, n) = even(&rows, &scores, news);
        line("news", 0.5, counts(&rows, &scores, news, 0.5));
        line("news, best F1", tb, b);
        line("news, break-even (default)", tn, n);
        line("debates at the default", tn, counts(&rows, &scores, debate, tn));
        println!("news, by threshold:");
        for t in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
            line("", t, counts(&rows, &scores, news, t));
        }
        if o.errors {
            println!("news sentences the cross-validated model gets wrong at {tn:.2}:");
            for (r, s) in rows.iter().zip(&scores).filter(|(r, s)| r.news && (**s >= tn) != r.y) {
                println!("  {} {s:.2} {}", if r.y { "missed" } else { "extra " }, r.text);
            }
        }
        tn
    } else {
        td
    };

    let all: Vec<usize> = (0..rows.len()).collect();
    let w = sgd::fit(&rows, &all, dim, &params);
    let m = model(&w, o.bits, threshold, o.prune);
    let kept = m.words.iter().filter(|&&w| w != 0).count();
    println!("signal weights:");
    for ((s, w), n) in Signal::WEIGHED.iter().zip(m.signals).zip(m.news) {
        println!("  {:24} {w:+.2}, in articles {:+.2}", s.name(), w + n);
    }
    println!(
        "bias {:+.2}, in articles {:+.2}; {kept} of {} word weights kept",
        m.bias,
        m.bias + m.news_bias,
        m.words.len()
    );
    let fit: Vec<f32> = rows.iter().map(|r| score(&m, r)).collect();
    println!(
        "on its own training data: debates F1 {:.3}, news F1 {:.3} (the cross-validated figures above are the honest ones)",
        counts(&rows, &fit, debate, threshold).f1(),
        counts(&rows, &fit, news, threshold).f1()
    );
    if !held.is_empty() {
        let s: Vec<f32> = held.iter().map(|r| score(&m, r)).collect();
        line(&format!("held out: {}", o.hold_out), threshold, counts(&held, &s, |_| true, threshold));
    }
    let bytes = m.to_bytes();
    std::fs::write(&o.out, &bytes).map_err(|e| format!("writing {}: {e}", o.out))?;
    println!("wrote {} ({} bytes); default threshold {threshold:.2}", o.out, bytes.len());
    Ok(())
}
