// Tagging in a 1 MB article, eight times (not a test: the machines are
// noisy). Serves DIST on 127.0.0.1, pastes the seed articles repeated to
// 1 MB, then eight times selects a word of a paragraph and presses 1: prints
// for each tag the ms until the annotation is painted (two frames after it
// is in the article) and the ms of script Chromium counted meanwhile, and
// the medians.
//   node tests/perf/tags.mjs [dist]   (after `make build`; default dist/)
import { article, open, tag } from './app.mjs';

const { url, browser, close } = await open(process.argv[2], 8097);
const out = [];
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.getByTestId('paste-input').waitFor();
  await page.waitForTimeout(1000);
  await page.evaluate((t) => { const ta = document.querySelector('[data-testid=paste-input]'); ta.value = t; ta.dispatchEvent(new Event('input', { bubbles: true })); }, article(1_000_000));
  await page.evaluate(() => document.querySelector('[data-testid=analyze]').click());
  await page.waitForFunction(() => document.querySelectorAll('.article-body .hl').length > 0 && !document.querySelector('[data-testid=busy]'), null, { timeout: 60000 });
  await page.waitForTimeout(2000);
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (let k = 0; k < 8; k++) {
    const m0 = await metrics();
    const ms = await tag(page, 20 + k * 7);
    await page.waitForTimeout(700);
    const m1 = await metrics();
    out.push([Math.round(ms), Math.round((m1.ScriptDuration - m0.ScriptDuration) * 1000)]);
  }
} finally { await close(); }
console.log(out.map(([a, b]) => `${a}/${b}`).join(' '), ' median painted', out.map((x) => x[0]).sort((a, b) => a - b)[4], 'script', out.map((x) => x[1]).sort((a, b) => a - b)[4]);
