// Browser timing for the built app (not a test: the machines are noisy).
// Serves dist/ on 127.0.0.1, opens it in Debian's Chromium and reports, for
// a 50 kB and a 1 MB article made of the seed articles: time from "Analyze"
// to all highlights painted, time to select a highlight, time to tag a
// selection (press a tag's key until the new annotation is painted), and
// the JS heap.
//   node tests/perf/ui-timing.mjs [dist]   (after `make build`; default dist/)
import { article, open, tag as tagAt } from './app.mjs';

const { url, browser, close } = await open(process.argv[2], 8099);

const rows = [];
try {
  for (const [name, bytes] of [['50 kB', 50_000], ['1 MB', 1_000_000]]) {
    const page = await browser.newPage();
    await page.goto(url);
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
          // The side panel lists the findings a frame after the article shows them.
          const busy = document.querySelector('[data-testid=busy], [data-testid=listing]');
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
    // A word of the 20th paragraph.
    const tag = await tagAt(page, 20);
    const heap = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : NaN);
    // The same size again, once the code has run: what every later paste costs.
    const again = await paste(text.replace(/^/, 'Again. '));
    rows.push({ article: name, bytes: Buffer.byteLength(text), 'first highlights (ms)': Math.round(painted.first), 'all painted (ms)': Math.round(painted.ms), 'next paste (ms)': Math.round(again.ms), highlights: painted.marks, 'select (ms)': Math.round(select), 'tag (ms)': Math.round(tag), 'JS heap (MB)': (heap / 1048576).toFixed(1) });
    await page.close();
  }
} finally {
  await close();
}
console.table(rows);
