//! The browser storage the library lives in: IndexedDB, which holds tens of
//! megabytes where localStorage stops at about five. Four calls are needed
//! (open, get, put, delete), so they are written here over `web-sys` rather
//! than pulled in through a wrapper crate and its size. localStorage keeps
//! only small things: the "saved" stamp other tabs listen to.
//!
//! `recover.js` (a static file, no WebAssembly) reads the same database when
//! the app has crashed; keep the names below in step with it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, EventTarget, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "marginalia";
const VERSION: u32 = 1;
const OBJECTS: &str = "kv";
/// The library: its index (`Library::to_parts`, every text left out and stored
/// under `text_key`), or — as older versions and a merged leaving copy wrote
/// it — the whole of it (`Library::to_json`). Both are read.
pub const LIBRARY: &str = "library";
/// Each document's text is stored apart from the library (which leaves it
/// out), under this prefix and the document's id: a change to annotations
/// writes the library's index, kilobytes, not every text again.
pub const TEXT_PREFIX: &str = "text:";

/// The key of document `id`'s text.
pub fn text_key(id: u64) -> String {
    format!("{TEXT_PREFIX}{id}")
}

/// A stored library that could not be read, kept untouched for the reader.
pub const UNREADABLE: &str = "unreadable";
/// localStorage: written after every save, so other tabs notice.
pub const SAVED_STAMP: &str = "marginalia.saved";
/// localStorage: the library as it was when the page was left with a save
/// still on its way. Only a synchronous write is sure to land while a page
/// unloads; IndexedDB's may be cut off. The next start prefers it.
pub const LEFT_WITH_CHANGES: &str = "marginalia.library.on-leave";
/// localStorage: the document being opened, until its highlights are all
/// painted. Still there at the next start, it may be what stopped the app
/// (a trap ends WebAssembly without a panic), so it is not opened again.
pub const OPENING: &str = "marginalia.opening";

/// Marks document `id` as being opened (see [`OPENING`]).
pub fn opening(id: u64) {
    local_set(OPENING, &id.to_string());
}

/// Document `id` is open (or the page is left normally): no longer marked,
/// unless another document has been marked since.
pub fn opened(id: Option<u64>) {
    if id.is_none_or(|id| local_get(OPENING).as_deref() == Some(id.to_string().as_str())) {
        local_remove(OPENING);
    }
}
/// localStorage: where versions before IndexedDB kept the library.
pub const LEGACY_LIBRARY: &str = "marginalia.library.v1";
pub const LEGACY_UNREADABLE: &str = "marginalia.library.v1.unreadable";

/// An open database.
#[derive(Clone)]
pub struct Store {
    db: IdbDatabase,
}

impl Store {
    /// Opens (creating on first use) the database. Fails in browsers or modes
    /// that offer no IndexedDB, with a reason for the reader.
    pub async fn open() -> Result<Store, String> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or("this browser offers no IndexedDB (private mode or storage disabled)")?;
        let request = factory.open_with_u32(DATABASE, VERSION).map_err(reason)?;
        let upgrade = Closure::<dyn FnMut(Event)>::new({
            let request = request.clone();
            move |_| {
                if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>())
                    && !db.object_store_names().contains(OBJECTS)
                {
                    let _ = db.create_object_store(OBJECTS);
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = settled(&request, "success", "error").await;
        request.set_onupgradeneeded(None);
        opened.map_err(|_| request_error(&request))?;
        let db: IdbDatabase = request.result().map_err(reason)?.unchecked_into();
        Ok(Store { db })
    }

    /// The text stored under `key`, if any.
    pub async fn get(&self, key: &str) -> Result<Option<String>, String> {
        let store = self.objects(IdbTransactionMode::Readonly)?;
        let request = store.get(&key.into()).map_err(reason)?;
        settled(&request, "success", "error").await.map_err(|_| request_error(&request))?;
        // Anything else stored there (an object, a number) is handed on as
        // JSON, so it is read — or kept as unreadable — never taken for nothing.
        Ok(request.result().ok().filter(|v| !v.is_undefined() && !v.is_null()).map(|v| match v.as_string() {
            Some(text) => text,
            None => js_sys::JSON::stringify(&v).ok().and_then(|j| j.as_string()).unwrap_or_default(),
        }))
    }

    /// Stores `value` under `key`. The write is issued at once, before the
    /// returned future is first polled (so a save started while the page is
    /// being left reaches the database); the future ends when it commits.
    pub fn put(&self, key: &str, value: &str) -> impl Future<Output = Result<(), String>> + use<> {
        let issued = self
            .objects(IdbTransactionMode::Readwrite)
            .and_then(|store| store.put_with_key(&value.into(), &key.into()).map(|_| store).map_err(reason));
        async move { commit(&issued?).await }
    }

    /// Stores every entry in one transaction: all of them commit, or none.
    /// Issued at once, as `put`.
    pub fn put_all(&self, entries: &[(String, String)]) -> impl Future<Output = Result<(), String>> + use<> {
        let issued = self.objects(IdbTransactionMode::Readwrite).and_then(|store| {
            for (key, value) in entries {
                store.put_with_key(&value.as_str().into(), &key.as_str().into()).map_err(reason)?;
            }
            Ok(store)
        });
        async move { commit(&issued?).await }
    }

    /// The ids of the documents whose text is stored (see `TEXT_PREFIX`).
    pub async fn text_ids(&self) -> Result<Vec<u64>, String> {
        let store = self.objects(IdbTransactionMode::Readonly)?;
        let request = store.get_all_keys().map_err(reason)?;
        settled(&request, "success", "error").await.map_err(|_| request_error(&request))?;
        let keys: js_sys::Array = request.result().map_err(reason)?.unchecked_into();
        Ok(keys.iter().filter_map(|k| k.as_string()?.strip_prefix(TEXT_PREFIX)?.parse().ok()).collect())
    }

    /// Deletes every key of `keys` in one transaction.
    pub async fn delete_all(&self, keys: &[String]) -> Result<(), String> {
        let store = self.objects(IdbTransactionMode::Readwrite)?;
        for key in keys {
            store.delete(&key.as_str().into()).map_err(reason)?;
        }
        commit(&store).await
    }

    pub async fn delete(&self, key: &str) -> Result<(), String> {
        let store = self.objects(IdbTransactionMode::Readwrite)?;
        store.delete(&key.into()).map_err(reason)?;
        commit(&store).await
    }

    fn objects(&self, mode: IdbTransactionMode) -> Result<IdbObjectStore, String> {
        let tx = self.db.transaction_with_str_and_mode(OBJECTS, mode).map_err(reason)?;
        tx.object_store(OBJECTS).map_err(reason)
    }
}

/// Waits until the transaction of `store` commits, or says why it failed.
async fn commit(store: &IdbObjectStore) -> Result<(), String> {
    let tx = store.transaction();
    settled(&tx, "complete", "abort").await.map_err(|_| match tx.error() {
        Some(e) => describe(&e.name(), &e.message()),
        None => "the browser gave up writing".to_string(),
    })
}

/// Waits for `ok` or `fail` on `target`, then removes both listeners.
async fn settled(target: &EventTarget, ok: &str, fail: &str) -> Result<(), ()> {
    let mut listeners = Vec::new();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_ok = Closure::<dyn FnMut(Event)>::new(move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_fail = Closure::<dyn FnMut(Event)>::new(move |_| {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = target.add_event_listener_with_callback(ok, on_ok.as_ref().unchecked_ref());
        let _ = target.add_event_listener_with_callback(fail, on_fail.as_ref().unchecked_ref());
        listeners = vec![(ok, on_ok), (fail, on_fail)];
    });
    let result = JsFuture::from(promise).await;
    for (event, listener) in &listeners {
        let _ = target.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    result.map(|_| ()).map_err(|_| ())
}

fn request_error(request: &IdbRequest) -> String {
    match request.error() {
        Ok(Some(e)) => describe(&e.name(), &e.message()),
        _ => "the browser refused".to_string(),
    }
}

fn reason(e: JsValue) -> String {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(e) => describe(&e.name(), &e.message()),
        None => e.as_string().unwrap_or_else(|| "the browser refused".to_string()),
    }
}

/// How a storage that was closed under the page is described: a save that
/// fails so is tried once more on a database opened again.
pub const CLOSED: &str = "the browser closed this page's storage";

/// Words for the reader from a DOMException's name and message.
fn describe(name: &str, message: &str) -> String {
    match name {
        "QuotaExceededError" => "the browser's storage for this page is full".to_string(),
        "SecurityError" => "storage is disabled in this browser or mode".to_string(),
        "InvalidStateError" => format!("{CLOSED} (its site data may have been cleared, or this is a private window)"),
        _ if message.is_empty() => name.to_string(),
        _ => format!("{name}: {message}"),
    }
}

/// localStorage, for the small things kept there: `None` where disabled.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The localStorage value under `key`.
pub fn local_get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Writes a localStorage value, synchronously; false when the browser refuses.
pub fn local_set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn local_remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Asks the browser to keep this page's storage rather than evict it when
/// space runs low (`navigator.storage.persist()`, where offered). Returns
/// whether storage is persistent; `None` where the browser has no such API.
pub async fn ask_persistent() -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return None;
    }
    let manager = navigator.storage();
    let asked = match manager.persisted() {
        Ok(p) => JsFuture::from(p).await.ok()?.as_bool()?,
        Err(_) => return None,
    };
    if asked {
        return Some(true);
    }
    JsFuture::from(manager.persist().ok()?).await.ok()?.as_bool()
}
