// Tagging in a 1 MB article, eight times (not a test: the machines are
// noisy). Serves DIST on 127.0.0.1, pastes the seed articles repeated to
// 1 MB, then eight times selects a word of a paragraph and presses 1: prints
// for each tag the ms until the annotation is painted (two frames after it
// is in the article) and the ms of script Chromium counted meanwhile, and
// the medians.
//   node tests/perf/tags.mjs [dist]   (after `make build`; default dist/)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, '..', 'shared', 'corpus', 'seeds');
const corpus = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');
const article = (bytes) => { let s = ''; while (Buffer.byteLength(s) < bytes) s += corpus + '\n\n'; return s; };
const port = 8097;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', process.argv[2] || join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const out = [];
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('paste-input').waitFor();
  await page.waitForTimeout(1000);
  await page.evaluate((t) => { const ta = document.querySelector('[data-testid=paste-input]'); ta.value = t; ta.dispatchEvent(new Event('input', { bubbles: true })); }, article(1_000_000));
  await page.evaluate(() => document.querySelector('[data-testid=analyze]').click());
  await page.waitForFunction(() => document.querySelectorAll('.article-body .hl').length > 0 && !document.querySelector('[data-testid=busy]'), null, { timeout: 60000 });
  await page.waitForTimeout(2000);
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (let k = 0; k < 8; k++) {
    const m0 = await metrics();
    const ms = await page.evaluate((k) => new Promise((resolve) => {
      const block = document.querySelectorAll('.article-body .block')[20 + k * 7];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 0); range.setEnd(node, Math.min(5, node.data.length));
      getSelection().removeAllRanges(); getSelection().addRange(range);
      const body = document.querySelector('.article-body');
      const before = body.querySelectorAll('.hl.note').length;
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (body.querySelectorAll('.hl.note').length > before) {
          obs.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        }
      });
      obs.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', bubbles: true }));
    }), k);
    await page.waitForTimeout(700);
    const m1 = await metrics();
    out.push([Math.round(ms), Math.round((m1.ScriptDuration - m0.ScriptDuration) * 1000)]);
  }
} finally { await browser.close(); server.kill(); }
console.log(out.map(([a, b]) => `${a}/${b}`).join(' '), ' median painted', out.map((x) => x[0]).sort((a, b) => a - b)[4], 'script', out.map((x) => x[1]).sort((a, b) => a - b)[4]);
