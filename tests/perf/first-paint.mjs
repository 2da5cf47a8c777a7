// When a first paste's highlights are first painted (not a test: the
// machines are noisy). Serves dist/ (or DIST), opens Debian's Chromium,
// pastes a 50 kB article of the seed articles a moment after load, and reads
// Chromium's own trace: the time from "Analyze" until the highlights are in
// the page, and until the first paint after that.
//   node tests/perf/first-paint.mjs [DIST] [RUNS]   (after `make build`)
import { article, open } from './app.mjs';

const { url, browser, close } = await open(process.argv[2], 8097);
const runs = Number(process.argv[3] || 3);
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('paste-input').waitFor();
    await page.waitForTimeout(1500); // a person takes a moment to paste
    await page.evaluate((t) => {
      const ta = document.querySelector('[data-testid=paste-input]');
      ta.value = t;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }, article(50_000));
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
    await page.evaluate(() => new Promise((resolve) => {
      performance.mark('analyze');
      const before = document.querySelectorAll('[data-testid=doc]').length;
      const seen = new MutationObserver(() => {
        if (document.querySelectorAll('[data-testid=doc]').length > before && document.querySelector('.article-body .hl')) {
          seen.disconnect();
          performance.mark('highlights');
          // Long enough for the side panel, listed a frame later, too.
          setTimeout(resolve, 500);
        }
      });
      seen.observe(document.body, { childList: true, subtree: true });
      document.querySelector('[data-testid=analyze]').click();
    }));
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents || trace;
    const mark = (name) => events.find((e) => e.name === name);
    const start = mark('analyze');
    const shown = mark('highlights');
    const paint = events
      .filter((e) => e.pid === start.pid && e.ph === 'X' && (e.name === 'Paint' || e.name === 'Commit') && e.ts >= shown.ts)
      .map((e) => e.ts + (e.dur || 0))
      .sort((a, b) => a - b)[0];
    rows.push({ 'highlights in the page (ms)': Math.round((shown.ts - start.ts) / 1000), 'first painted (ms)': Math.round((paint - start.ts) / 1000) });
    await page.close();
  }
} finally {
  await close();
}
console.table(rows);
