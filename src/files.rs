//! Reading the files a reader drops or picks, in the browser.

use leptos::task::spawn_local;
use marginalia_model::ingest;
use web_sys::FileList;

use crate::state::AppState;

/// Loads every file of a drop or a pick. Each good file becomes a document;
/// each bad one gets a notice naming it; neither affects the others.
pub fn load_files(state: AppState, files: FileList) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    for file in files {
        let name = file.name();
        let size = file.size() as usize;
        // Refuse a huge file before reading it into memory.
        if let Err(e) = ingest::check_size(&name, size) {
            state.notify(e.to_string(), true);
            continue;
        }
        spawn_local(async move {
            let blob = gloo_file::Blob::from(file);
            match gloo_file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => match ingest::decode(&name, &bytes) {
                    Ok(text) => state.add_text(Some(name), text),
                    Err(e) => state.notify(e.to_string(), true),
                },
                Err(e) => state.notify(format!("“{name}” could not be read: {e}"), true),
            }
        });
    }
}
