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
    const get = db.transaction('kv').objectStore('kv').get(button.dataset.recover);
    get.onerror = () => say('The saved library could not be read');
    get.onsuccess = () => {
      if (typeof get.result !== 'string') return say('Nothing was saved in this browser');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([get.result], { type: 'application/json' }));
      link.download = 'marginalia-recovery.json';
      link.click();
    };
  };
});
