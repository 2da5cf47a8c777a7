//! Prints the three library views for text files, to read them by eye:
//! `cargo run --release -p marginalia-model --example across -- FILE...`
use marginalia_model::Library;
use marginalia_model::across::{Piece, across};

fn main() {
    let mut lib = Library::default();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        lib.add(Some(path), text);
    }
    let views = across(&lib);
    println!("== who said what ({} quotes with no known speaker)", views.who.unattributed);
    for s in &views.who.speakers {
        let docs: std::collections::BTreeSet<u64> = s.quotes.iter().map(|q| q.place.doc).collect();
        println!("{} — {} quotes in {} documents; spellings {:?}", s.name, s.quotes.len(), docs.len(), s.spellings);
    }
    println!("\n== figures that disagree");
    for d in &views.figures {
        println!("[{}] shared {:?}", d.about, d.shared);
        for f in &d.figures {
            println!("   {} | {} | {}", f.text, f.title, f.sentence);
        }
    }
    println!("\n== quote variants");
    for v in &views.variants {
        let diff: Vec<String> = v
            .diff
            .iter()
            .map(|p| match p {
                Piece::Both(s) => s.clone(),
                Piece::First(s) => format!("[-{s}-]"),
                Piece::Second(s) => format!("{{+{s}+}}"),
            })
            .collect();
        let titles = |i: usize| v.wordings[i].quotes.iter().map(|q| q.title.as_str()).collect::<Vec<_>>().join(" + ");
        println!("{:.2} {} / {}: {}", v.likeness, titles(0), titles(1), diff.join(" "));
    }
}
