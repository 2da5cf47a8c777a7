// Marginalia's last resort, in plain JavaScript: if the app has crashed
// (its WebAssembly stopped), the crash panel's "Download your library"
// button still works, because this script — not the app — reads the library
// from IndexedDB. Keep the names in step with src/store.rs.
addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-recover]');
  if (!button) return;
  const say = (text) => { button.textContent = text; };
  const open = indexedDB.open('marginalia');
  // Never create the database from here: only read what the app saved.
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => say('Nothing was saved in this browser');
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('kv')) return say('Nothing was saved in this browser');
    const objects = db.transaction('kv').objectStore('kv');
    const get = objects.get(button.dataset.recover);
    get.onerror = () => say('The saved library could not be read');
    const offer = (json) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.download = 'marginalia-recovery.json';
      link.click();
    };
    get.onsuccess = () => {
      if (typeof get.result !== 'string') return say('Nothing was saved in this browser');
      // The library leaves each text out ("") and keeps it under
      // "text:<id>": put them back, so the download is whole.
      let library;
      try { library = JSON.parse(get.result); } catch { return offer(get.result); }
      const apart = (Array.isArray(library.documents) ? library.documents : []).filter((d) => d && d.text === '');
      if (apart.length === 0) return offer(get.result);
      let waiting = apart.length;
      const done = () => { if (--waiting === 0) offer(JSON.stringify(library)); };
      for (const doc of apart) {
        const text = objects.get('text:' + doc.id);
        text.onsuccess = () => { if (typeof text.result === 'string') doc.text = text.result; done(); };
        text.onerror = done;
      }
    };
  };
});

// A trap (the WebAssembly stopped without a Rust panic: out of memory, a
// table that cannot grow) reaches no panic hook. Show the same panel the
// app's panic hook shows (src/crash.rs), built here without WebAssembly.
const showCrash = (error) => {
  if (document.querySelector('[data-testid=crash]')) return;
  const el = (tag, text) => { const e = document.createElement(tag); e.textContent = text; return e; };
  const panel = el('div', '');
  panel.className = 'crash';
  panel.setAttribute('role', 'alert');
  panel.dataset.testid = 'crash';
  const card = el('div', '');
  card.className = 'crash-card';
  card.append(el('h2', 'Something went wrong'));
  card.append(el('p', 'Marginalia hit an error and had to stop. Your library as last saved is kept in this browser. '
    + 'Download a copy now, then reload the page.'));
  const download = el('button', 'Download your library');
  download.className = 'primary';
  download.dataset.recover = 'library';
  download.dataset.testid = 'crash-download';
  card.append(download);
  const reload = el('a', 'Reload');
  reload.href = './';
  reload.className = 'button';
  card.append(reload);
  const details = el('details', '');
  details.append(el('summary', 'Technical details'), el('pre', String(error)));
  card.append(details);
  panel.append(card);
  document.body.append(panel);
};
const isTrap = (error) => typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => { if (isTrap(event.error)) showCrash(event.error); });
addEventListener('unhandledrejection', (event) => { if (isTrap(event.reason)) showCrash(event.reason); });
