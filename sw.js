// Marginalia's service worker: after the first visit the app opens and works
// with no network. On install it stores the page and every file the page
// names (the hashed wasm, js and css), the worker the app starts when it
// needs it and Readability.js and webpage.js, which it loads when a web page arrives
// (unhashed names, see index.html); requests are answered from the
// network when there is one (keeping the cache fresh), else from the cache.
// Only this origin's GET requests are touched; nothing is ever sent elsewhere.
const CACHE = 'marginalia-v3';
const LAZY_FILES = ['./worker_loader.js', './worker.js', './worker_bg.wasm', './Readability.js', './webpage.js'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-store' });
    const html = await page.clone().text();
    await cache.put('./', page);
    // Quoted or not: the built page is minified.
    const files = [...html.matchAll(/(?:href|src)="?\.\/([^"\s>]+)/g)].map((m) => './' + m[1]);
    await cache.addAll([...new Set([...files, ...LAZY_FILES])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      const hit = (await cache.match(request, { ignoreSearch: true })) || (request.mode === 'navigate' && (await cache.match('./')));
      if (hit) return hit;
      throw offline;
    }
  })());
});
