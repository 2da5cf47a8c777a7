//! Reading the files a reader drops or picks, in the browser.

use leptos::prelude::Set;
use leptos::task::spawn_local;
use marginalia_model::ingest::{self, Format};
use web_sys::FileList;

use crate::state::AppState;

/// Loads every file of a drop or a pick. Each good file becomes a document;
/// each bad one gets a notice naming it; neither affects the others.
pub fn load_files(state: AppState, files: FileList) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    for file in files {
        let name = marginalia_model::chars::shown(&file.name());
        // Refuse a huge file before reading it into memory.
        if let Err(e) = ingest::check_size(&name, file.size() as usize) {
            state.notices.say(e.to_string(), true);
            continue;
        }
        let size = file.size();
        crate::worker::warm(); // it loads while the file is read
        spawn_local(async move {
            let big = size >= 1_048_576.0;
            if big {
                state.busy.set(Some(format!("Reading “{name}” ({:.1} MB)…", size / 1_048_576.0)));
            }
            let blob = gloo_file::Blob::from(file);
            let read = gloo_file::futures::read_as_bytes(&blob).await;
            if big {
                state.busy.set(None);
            }
            match read {
                Ok(bytes) => load_bytes(state, &name, &bytes).await,
                Err(e) => state.notices.say(format!("“{name}” could not be read: {e}"), true),
            }
        });
    }
}

/// The browser's own `TextDecoder`: every encoding for free.
struct BrowserDecoder;

impl ingest::Decode for BrowserDecoder {
    fn decode(&self, bytes: &[u8], charset: ingest::Charset) -> String {
        web_sys::TextDecoder::new_with_label(charset.label())
            .and_then(|d| d.decode_with_u8_array(bytes))
            .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Turns one file's bytes into a document, or a notice saying why not.
pub async fn load_bytes(state: AppState, name: &str, bytes: &[u8]) {
    let loaded = match ingest::load(name, bytes, &BrowserDecoder) {
        Ok(l) => l,
        Err(e) => return state.notices.say(e.to_string(), true),
    };
    if let Some(w) = &loaded.warning {
        state.notices.say(w.clone(), false);
    }
    let text = match loaded.format {
        Format::Html | Format::Mhtml => {
            let (html, saved_from) = if loaded.format == Format::Mhtml {
                match crate::worker::mhtml_page(name, &loaded.text).await {
                    Ok(page) => page,
                    Err(e) => return state.notices.say(e, true),
                }
            } else {
                (loaded.text, None)
            };
            let page = match crate::html::read_page(&html, saved_from).await {
                Ok(p) => p,
                Err(e) => return state.notices.say(format!("“{name}”: {e}."), true),
            };
            if page.text.trim().is_empty() {
                return state.notices.say(format!("“{name}” has no text that Marginalia could find."), true);
            }
            if let Some(note) = &page.meta.note {
                state.notices.say(format!("“{name}”: {note}."), false);
            }
            return state.add_page(Some(name.to_string()), page.text, Some(page.meta));
        }
        Format::Markdown => match crate::worker::markdown_article(name, &loaded.text).await {
            Ok(text) => text,
            Err(e) => return state.notices.say(e, true),
        },
        Format::Text => loaded.text,
    };
    state.add_text(Some(name.to_string()), text);
}
