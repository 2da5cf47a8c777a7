// Last resort, plain JS: "Download your library" on the crash panel works
// with the app's WebAssembly stopped (names as in src/store.rs).
addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-recover]');
  if (!button) return;
  const say = (text) => { button.textContent = text; };
  const open = indexedDB.open('marginalia');
  // Read only: never create the database.
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
      // Texts are kept apart under "text:<id>": put them back.
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

// A trap (out of memory …) reaches no panic hook: show src/crash.rs's panel.
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
