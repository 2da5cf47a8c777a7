// What the browser timing scripts share: the built app served on
// 127.0.0.1 and opened in Debian's Chromium, articles made of the seed
// articles, and one tag timed as a reader makes it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, '..', 'shared', 'corpus', 'seeds');
const corpus = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');

/** The seed articles repeated to at least `bytes`. */
export const article = (bytes) => { let s = ''; while (Buffer.byteLength(s) < bytes) s += corpus + '\n\n'; return s; };

/** Serves `dist` (default dist/) on `port` and starts Chromium; `close()` stops both. */
export async function open(dist, port) {
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist || join(root, 'dist')], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 700));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  return { url: `http://127.0.0.1:${port}/`, browser, close: async () => { await browser.close(); server.kill(); } };
}

/**
 * Selects the first words of paragraph `index`, as a drag would, presses 1
 * and resolves with the ms until the new annotation is painted (two frames
 * after it is in the article). Watched with a MutationObserver, not by
 * polling: a query over a megabyte of marked text every millisecond would
 * add its own cost.
 */
export const tag = (page, index) => page.evaluate((index) => new Promise((resolve) => {
  const block = document.querySelectorAll('.article-body .block')[index];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(5, node.data.length));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
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
}), index);
