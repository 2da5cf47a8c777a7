// Saved web pages through the app's real path (not a test: it measures).
// Serves dist/ on 127.0.0.1, opens it in Debian's Chromium and drops each
// page's source.html (as NAME.html) on the file input, one at a time, as a
// reader would; then reads what the app stored. Writes:
//   target/web-pages/predictions.json   {NAME: article text} for score_html.py
//   target/web-pages/metadata.json      {NAME: {title, byline, published, site, url, lang, note}}
// and prints, per page and in all, the time from the drop to the document
// shown (first page: Readability.js is loaded then), and Readability's own
// time on the page (parse + extract, in the same browser).
//   make build && node tests/perf/web-pages.mjs [PAGES_DIR]
//   python3 ../shared/tools/score_html.py target/web-pages/predictions.json
// PAGES_DIR defaults to ../shared/data/readability-pages (folders holding source.html).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pagesDir = process.argv[2] || join(root, '..', 'shared', 'data', 'readability-pages');
const names = readdirSync(pagesDir).filter((d) => existsSync(join(pagesDir, d, 'source.html'))).sort();
const out = join(root, 'target', 'web-pages');
mkdirSync(out, { recursive: true });

const port = 8097;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('paste-input').waitFor();
  const loadedBefore = await page.evaluate(() => typeof window.Readability);
  const shown = [];
  for (const [i, name] of names.entries()) {
    const buffer = readFileSync(join(pagesDir, name, 'source.html'));
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles([{ name: `${name}.html`, mimeType: 'text/html', buffer }]);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=doc]').length >= n, i + 1, { timeout: 60_000, polling: 5 });
    shown.push(Date.now() - t0);
  }
  // Readability alone, on a fresh parse of each page, in the same browser.
  const own = [];
  for (const name of names) {
    const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
    own.push(await page.evaluate((html) => {
      const t0 = performance.now();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      new window.Readability(doc).parse();
      return performance.now() - t0;
    }, html));
  }
  // What the app stored: the library's index and the texts in IndexedDB (saved 0.3 s after a change).
  await page.waitForTimeout(1500);
  const lib = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('marginalia');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      // The library's index, and each document's text under its own key.
      const kv = open.result.transaction('kv').objectStore('kv');
      const get = kv.get('library');
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        const lib = JSON.parse(get.result);
        let left = lib.documents.length;
        if (!left) resolve(lib);
        for (const d of lib.documents) {
          const text = kv.get(`text:${d.id}`);
          text.onerror = () => reject(text.error);
          text.onsuccess = () => { if (typeof text.result === 'string') d.text = text.result; if (--left === 0) resolve(lib); };
        }
      };
    };
  }));
  const predictions = {};
  const metadata = {};
  for (const d of lib.documents) {
    const name = (d.source || '').replace(/\.html$/, '');
    predictions[name] = d.text;
    metadata[name] = { title: d.title, ...(d.page || {}) };
  }
  writeFileSync(join(out, 'predictions.json'), JSON.stringify(predictions, null, 1));
  writeFileSync(join(out, 'metadata.json'), JSON.stringify(metadata, null, 1));
  for (const [i, name] of names.entries()) {
    const m = metadata[name] || {};
    console.log(`${name.padEnd(24)} ${String(shown[i]).padStart(5)} ms shown  ${own[i].toFixed(1).padStart(6)} ms Readability  ${m.note ? 'WHOLE PAGE: ' + m.note : ''}`);
  }
  const fallbacks = Object.values(metadata).filter((m) => m.note).length;
  console.log(`\npages ${names.length} (stored ${lib.documents.length}), Readability loaded before the first page: ${loadedBefore !== 'undefined'}`);
  console.log(`drop to shown: first page ${shown[0]} ms (loads Readability.js), median of the others ${median(shown.slice(1))} ms`);
  console.log(`Readability alone (DOMParser + parse): median ${median(own).toFixed(1)} ms, mean ${(own.reduce((a, b) => a + b, 0) / own.length).toFixed(1)} ms, max ${Math.max(...own).toFixed(1)} ms`);
  console.log(`whole page shown instead of an article: ${fallbacks}`);
  console.log(`wrote ${join(out, 'predictions.json')} and metadata.json`);
} finally {
  await browser.close();
  server.kill();
}
