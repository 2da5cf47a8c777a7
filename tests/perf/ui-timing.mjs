// Browser timing for the built app (not a test: the machines are noisy).
// Serves dist/ on 127.0.0.1, opens it in Debian's Chromium and reports, for
// a 50 kB and a 1 MB article made of the seed articles: time from "Analyze"
// to all highlights painted, time to select a highlight, time to tag a
// selection (press a tag's key until the new annotation is painted), and
// the JS heap.
//   node tests/perf/ui-timing.mjs [dist]   (after `make build`; default dist/)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, '..', 'shared', 'corpus', 'seeds');
const corpus = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');
const article = (bytes) => { let s = ''; while (Buffer.byteLength(s) < bytes) s += corpus + '\n\n'; return s; };

const port = 8099;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', process.argv[2] || join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
});

const rows = [];
try {
  for (const [name, bytes] of [['50 kB', 50_000], ['1 MB', 1_000_000]]) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('paste-input').waitFor();
    await page.waitForTimeout(1000); // a person takes a moment to paste
    const text = article(bytes);
    // Paste and analyze `text`, then wait until every highlight is painted.
    const paste = async (text) => {
      await page.evaluate((t) => {
        const ta = document.querySelector('[data-testid=paste-input]');
        ta.value = t;
        ta.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      return page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        const before = document.querySelectorAll('[data-testid=doc]').length;
        // First highlights on screen; then all of them (a long article is
        // painted in slices while the busy line shows).
        let first = null;
        const done = () => {
          const opened = document.querySelectorAll('[data-testid=doc]').length > before;
          const marks = opened ? document.querySelectorAll('.article-body .hl').length : 0;
          if (marks > 0 && first === null) first = performance.now() - t0;
          const busy = document.querySelector('[data-testid=busy]');
          if (marks > 0 && !busy) requestAnimationFrame(() => requestAnimationFrame(() => resolve({ first, ms: performance.now() - t0, marks })));
          else setTimeout(done, 5);
        };
        document.querySelector('[data-testid=analyze]').click();
        done();
      }));
    };
    const painted = await paste(text);
    const select = await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelectorAll('.article-body .hl-number')[5];
      const t0 = performance.now();
      el.click();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    }));
    const tag = await page.evaluate(() => new Promise((resolve) => {
      // Select a word of the 20th paragraph, as a drag would, then press 1.
      const block = document.querySelectorAll('.article-body .block')[20];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(5, node.data.length));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      // Watched with a MutationObserver, not by polling: a query over a
      // megabyte of marked text every millisecond would add its own cost.
      const body = document.querySelector('.article-body');
      const before = body.querySelectorAll('.hl.note').length;
      const t0 = performance.now();
      const seen = new MutationObserver(() => {
        if (body.querySelectorAll('.hl.note').length > before) {
          seen.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        }
      });
      seen.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
    }));
    const heap = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : NaN);
    // The same size again, once the code has run: what every later paste costs.
    const again = await paste(text.replace(/^/, 'Again. '));
    rows.push({ article: name, bytes: Buffer.byteLength(text), 'first highlights (ms)': Math.round(painted.first), 'all painted (ms)': Math.round(painted.ms), 'next paste (ms)': Math.round(again.ms), highlights: painted.marks, 'select (ms)': Math.round(select), 'tag (ms)': Math.round(tag), 'JS heap (MB)': (heap / 1048576).toFixed(1) });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.table(rows);
