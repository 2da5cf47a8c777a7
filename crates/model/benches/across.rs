//! The three views across the library (`marginalia_model::across`) for 500
//! articles of about 5 kB — the aim is 200 ms natively. Run with
//! `cargo bench -p marginalia-model --bench across` (or `make bench`).
//!
//! The articles are the seed articles (../shared/corpus/seeds) cut into
//! pieces of about 5 kB at paragraph breaks, copied with their figures
//! changed and the speakers' names spelt another way from copy to copy, so
//! every view has work to do: many figures disagree, names need grouping,
//! and quotes repeat. They are analysed once, before the timing.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia_model::Library;
use marginalia_model::across::{across, figures_that_disagree, quote_variants, who_said_what};

const ARTICLES: usize = 500;
const PIECE: usize = 5_000;

fn pieces() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for text in files.iter().filter_map(|p| std::fs::read_to_string(p).ok()) {
        let mut piece = String::new();
        for paragraph in text.split("\n\n") {
            piece.push_str(paragraph);
            piece.push_str("\n\n");
            if piece.len() >= PIECE {
                out.push(std::mem::take(&mut piece));
            }
        }
        if piece.len() > PIECE / 2 || out.is_empty() {
            out.push(piece);
        }
    }
    assert!(!out.is_empty(), "no seed articles in {}", dir.display());
    out
}

/// Copy `k` of a piece: each digit moved on by `k`, and the spellings of
/// names that transliterations disagree on changed.
fn variant(piece: &str, k: usize) -> String {
    let digits: String = piece
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if !k.is_multiple_of(3) => char::from_digit((d + k as u32) % 10, 10).unwrap_or(c),
            _ => c,
        })
        .collect();
    match k % 4 {
        1 => digits.replace("Zelensky", "Zelenskyy"),
        2 => digits.replace("Zelensky", "Zelenskiy").replace("Donald Trump", "President Trump"),
        _ => digits,
    }
}

fn library() -> Library {
    let pieces = pieces();
    let mut lib = Library::default();
    for i in 0..ARTICLES {
        lib.add(Some(format!("{i}.txt")), variant(&pieces[i % pieces.len()], i / pieces.len()));
    }
    lib
}

fn bench(c: &mut Criterion) {
    let lib = library();
    let views = across(&lib);
    let bytes: usize = lib.documents.iter().map(|d| d.text.len()).sum();
    println!(
        "{} articles, {} kB: {} speakers, {} figures that disagree, {} quote variants",
        lib.documents.len(),
        bytes / 1000,
        views.who.speakers.len(),
        views.figures.len(),
        views.variants.len()
    );
    let mut group = c.benchmark_group("across 500 articles");
    group.sample_size(10);
    group.bench_function("all three views", |b| b.iter(|| across(black_box(&lib))));
    group.bench_function("who said what", |b| b.iter(|| who_said_what(black_box(&lib))));
    group.bench_function("figures that disagree", |b| b.iter(|| figures_that_disagree(black_box(&lib))));
    group.bench_function("quote variants", |b| b.iter(|| quote_variants(black_box(&lib))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
