// Reload of a large library (not a test: the machines are noisy). Serves a
// built app on 127.0.0.1, stores a library of 30 documents of about 170 kB
// each (5 MB, the seed articles repeated) by pasting them, then reloads and
// reports, from the navigation's start: the open document's text shown, its
// first highlight, every document's findings made (the busy line gone), and
// the longest the page's thread was blocked meanwhile (the largest gap
// between animation frames: what a reader feels as a frozen page).
//   node tests/perf/reload.mjs [dist]          (after `make build`; default dist/)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = resolve(process.argv[2] || join(root, 'dist'));
const seedsDir = join(root, '..', 'shared', 'corpus', 'seeds');
const corpus = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');
const DOCS = 30;
const article = (i) => { let s = `Document ${i + 1}\n\n`; while (Buffer.byteLength(s) < 170_000) s += corpus + '\n\n'; return s; };

const port = 8098;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows = [];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('paste-input').waitFor();
  for (let i = 0; i < DOCS; i++) {
    await page.evaluate((t) => {
      const ta = document.querySelector('[data-testid=paste-input]');
      ta.value = t;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }, article(i));
    await page.evaluate(() => document.querySelector('[data-testid=analyze]').click());
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=doc]').length === n, i + 1, { timeout: 60_000 });
  }
  await page.waitForFunction(() => !document.querySelector('[data-testid=busy]'), null, { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent === 'Saved', null, { timeout: 60_000 });
  const bytes = await page.evaluate(() => [...document.querySelectorAll('[data-testid=doc]')].length);
  // From the navigation's start: times recorded in the page as they happen.
  await page.addInitScript(() => {
    const t = (window.__t = { gap: 0 });
    let last = performance.now();
    const frame = () => {
      const now = performance.now();
      t.gap = Math.max(t.gap, now - last);
      last = now;
      if (!t.done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => {
      const now = performance.now();
      if (t.shown === undefined && document.querySelector('.article-body .block')) t.shown = now;
      if (t.highlighted === undefined && document.querySelector('.article-body .hl')) t.highlighted = now;
      if (t.shown !== undefined && t.analysed === undefined && !document.querySelector('[data-testid=busy]')) t.analysed = now;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  for (let run = 0; run < 3; run++) {
    await page.reload();
    await page.waitForFunction(() => window.__t.analysed !== undefined && window.__t.highlighted !== undefined, null, { timeout: 120_000 });
    await page.waitForTimeout(300);
    const t = await page.evaluate(() => { window.__t.done = true; return window.__t; });
    rows.push({ documents: bytes, 'text shown (ms)': Math.round(t.shown), 'first highlight (ms)': Math.round(t.highlighted), 'all analysed (ms)': Math.round(t.analysed), 'longest frozen (ms)': Math.round(t.gap) });
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(dist);
console.table(rows);
