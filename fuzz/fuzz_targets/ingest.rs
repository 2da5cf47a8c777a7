//! Any file a reader drops: loading decides its format and encoding and
//! either refuses with a message naming the file or yields non-empty text
//! that the core analyses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia_model::ingest::{Charset, Decode, Format, load, markdown_article};

struct EncodingRs;

impl Decode for EncodingRs {
    fn decode(&self, bytes: &[u8], charset: Charset) -> String {
        let encoding = encoding_rs::Encoding::for_label(charset.label().as_bytes()).expect("a known label");
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the file name, so every format is reached.
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = ["article.txt", "notes.md", "page.html", "README", "scan.pdf", "saved.mhtml"][usize::from(pick) % 6];
    let article = load(name, bytes, &EncodingRs).and_then(|loaded| match loaded.format {
        Format::Markdown => markdown_article(name, &loaded.text),
        Format::Text | Format::Html => Ok(loaded.text),
        Format::Mhtml => marginalia_model::mhtml::page_of(name, &loaded.text).map(|(html, _)| html),
    });
    match article {
        Ok(text) => {
            assert!(!text.trim().is_empty(), "loaded text is never empty");
            let analysis = marginalia_core::analyze(&text);
            if let Err(broken) = analysis.check(&text) {
                panic!("{broken}");
            }
        }
        Err(e) => assert!(e.to_string().contains(name), "the message names the file: {e}"),
    }
});
