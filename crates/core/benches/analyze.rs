//! Throughput of the full analysis on real articles and on pathological
//! input. Run with `make bench` (or `cargo bench -p marginalia-core`).
//!
//! The corpus is ../shared/corpus/seeds; each text is also repeated to about
//! 1 MB to check that cost grows linearly. Pathological inputs (quote marks,
//! digits and commas, one long word, one long sentence) must cost no more per
//! byte than a small multiple of ordinary text.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marginalia_core::analyze;

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect()
        })
        .unwrap_or_default();
    files.sort();
    let texts: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    assert!(!texts.is_empty(), "no seed articles in {}", dir.display());
    texts
}

fn repeat_to(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let corpus = seeds.join("\n\n");

    let mut g = c.benchmark_group("articles");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function(format!("seeds ({} articles, {} B)", seeds.len(), corpus.len()), |b| {
        b.iter(|| {
            for s in &seeds {
                black_box(analyze(black_box(s)));
            }
        })
    });
    let mb = repeat_to(&corpus, 1 << 20);
    g.throughput(Throughput::Bytes(mb.len() as u64));
    g.sample_size(10);
    g.bench_function("seeds repeated to 1 MB", |b| b.iter(|| black_box(analyze(black_box(&mb)))));
    // Linear growth: 10× the text may cost at most 11× the time.
    let mb10 = repeat_to(&corpus, 10 << 20);
    g.throughput(Throughput::Bytes(mb10.len() as u64));
    g.bench_function("seeds repeated to 10 MB", |b| b.iter(|| black_box(analyze(black_box(&mb10)))));
    g.finish();

    let n = 1 << 20;
    let pathological = [
        ("quote marks", "“\"‘'”".repeat(n / 10)),
        ("digits and commas", "1,234,".repeat(n / 6)),
        ("number words", "twenty-one hundred and ".repeat(n / 23)),
        ("one word", "a".repeat(n)),
        ("one sentence", "word, ".repeat(n / 6)),
        ("periods", "U.S. ".repeat(n / 5)),
        // Issue 22's shapes: each was quadratic somewhere once.
        ("a figure in every sentence", "It says 5 things. ".repeat(n / 18)),
        ("short paragraphs", "Para 5.\n\n".repeat(n / 9)),
        ("quoted words", "“b” ".repeat(n / 8)),
        ("ones and commas", "1,".repeat(n / 2)),
        ("one line of quoted, attributed sentences", "“We lost 5,000 men,” Zelensky said on Tuesday. ".repeat(n / 52)),
        // Found this session: figures in Cyrillic text (a URL check read the
        // rest of the text), and a "sentence" the segmenter cannot end,
        // full of quotes (each word looked through every quote).
        ("Cyrillic with figures", "Мы потеряли 5 000 человек, — сказал Зеленский. ".repeat(n / 80)),
        ("emoji between quoted sentences", "😀 “We lost 5,000 👍 men,” 🇺🇦 he said. ".repeat(n / 48)),
        ("Arabic with figures", "قال زيلينسكي يوم الثلاثاء: \"لقد فقدنا 5000 رجل\". ".repeat(n / 80)),
        // Session 41: a list's markers (each character looked through every
        // marker: 27 s for 800 kB of "1) a, 2) a, …").
        ("list markers", "1) a, 2) b, 3) c, ".repeat(n / 18)),
    ];
    let mut g = c.benchmark_group("pathological 1 MB");
    g.sample_size(10);
    for (name, text) in &pathological {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| black_box(analyze(black_box(text)))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
