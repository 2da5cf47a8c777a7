// The core in WebAssembly against the core natively (not a test: the
// machines are noisy). Serves dist/, starts the app's web worker in Debian's
// Chromium and times its analysis (the worker reports the milliseconds of
// `analyze` alone) on the seed articles and on them repeated to 1 MB; then
// reads criterion's estimates for the same inputs (run `cargo bench -p
// marginalia-core` first) and prints throughput side by side, with the ratio.
//   node tests/perf/core-wasm.mjs          (after `make build` and the criterion bench)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, '..', 'shared', 'corpus', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const corpus = seeds.join('\n\n');
const repeatTo = (text, bytes) => { let s = ''; while (Buffer.byteLength(s) < bytes) s += text + '\n\n'; return s; };
const MiB = 1024 * 1024;

/** Criterion's mean time (ns) for a bench of group "articles" whose name starts with `prefix`. */
function native(prefix) {
  const dir = join(root, 'target', 'criterion', 'articles');
  if (!existsSync(dir)) return null;
  const bench = readdirSync(dir).find((d) => d.startsWith(prefix));
  const file = bench && join(dir, bench, 'new', 'estimates.json');
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).mean.point_estimate : null;
}

const port = 8098;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => new Promise((resolve) => {
    window.__w = new Worker('./worker_loader.js');
    window.__w.onmessage = (e) => { if (e.data.ready) resolve(); };
  }));
  // Milliseconds of analysis for `texts`, best of `rounds` rounds (after a warm-up round).
  const time = (texts, rounds) => page.evaluate(([texts, rounds]) => new Promise((resolve) => {
    let id = 0;
    const once = (text) => new Promise((done) => {
      const mine = ++id;
      window.__w.onmessage = (e) => { if (e.data.id === mine) done(e.data.ms); };
      window.__w.postMessage({ id: mine, analyze: text });
    });
    (async () => {
      let best = Infinity;
      for (let r = 0; r <= rounds; r++) {
        let ms = 0;
        for (const t of texts) ms += await once(t);
        if (r > 0) best = Math.min(best, ms);
      }
      resolve(best);
    })();
  }), [texts, rounds]);

  const rows = [];
  for (const [name, texts, prefix] of [
    [`the ${seeds.length} seed articles`, seeds, 'seeds ('],
    ['the seeds repeated to 1 MB', [repeatTo(corpus, MiB)], 'seeds repeated to 1 MB'],
  ]) {
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const wasmMs = await time(texts, name.includes('1 MB') ? 5 : 30);
    const nativeNs = native(prefix);
    const wasm = bytes / MiB / (wasmMs / 1000);
    const nat = nativeNs ? Buffer.byteLength(prefix.startsWith('seeds (') ? corpus : texts[0]) / MiB / (nativeNs / 1e9) : null;
    rows.push({
      input: name,
      'wasm (MiB/s)': wasm.toFixed(1),
      'native (MiB/s)': nat ? nat.toFixed(1) : 'run cargo bench first',
      'native / wasm': nat ? (nat / wasm).toFixed(2) + '×' : '',
    });
  }
  console.table(rows);
} finally {
  await browser.close();
  server.kill();
}
