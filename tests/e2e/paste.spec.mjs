import { test, expect, seed, pasteArticle, finding as findingOf } from './fixtures.mjs';

test('pasting a seed article highlights its quotes, numbers and claims', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  const article = page.getByTestId('article');
  await expect(page.getByTestId('article-title')).toHaveText(/Why Trump Secured a Breakthrough/);
  // The quotes the core finds, with speakers, are highlighted in the text.
  await expect(article.locator('.hl-quote').filter({ hasText: 'I don’t want to have a wasted meeting' })).toHaveAttribute('title', /quote by Donald Trump \(said\)/);
  await expect(article.locator('.hl-number').filter({ hasText: 'nine months' })).toHaveAttribute('title', /duration: 9 months/);
  await expect(article.locator('.hl-claim').first()).toBeVisible();
  // Furniture is shown as such, not highlighted.
  await expect(article.locator('.block.furniture').filter({ hasText: 'Post a Comment' }).first()).toBeVisible();
  expect(Number(await page.getByTestId('count-quotes').textContent())).toBeGreaterThanOrEqual(10);
  expect(Number(await page.getByTestId('count-numbers').textContent())).toBeGreaterThanOrEqual(5);
  await page.screenshot({ path: 'target/e2e-results/paste.png', fullPage: false });
});

test('clicking a finding in the side panel selects its highlight', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  const finding = findingOf(page, '13,897 missiles and drones');
  await finding.click();
  await expect(finding).toHaveClass(/selected/);
  await expect(page.getByTestId('article').locator('.hl-number.selected')).toHaveText('13,897 missiles and drones');
});

test('the library keeps several documents and survives a reload', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await pasteArticle(page, seed(2));
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await page.getByTestId('doc').first().click();
  await expect(page.getByTestId('article-title')).toHaveText(/Putin’s Troop Buildup/);
  // Alt+↓ switches to the next document.
  await page.getByTestId('article').click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('article-title')).toHaveText(/What is Trump's problem with Putin/);
});

test('README screenshot', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await pasteArticle(page, seed(4));
  await page.getByTestId('article').locator('.hl-quote').first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'target/e2e-results/readme.png' });
});

test('the legend toggles each kind and the overview bar marks every finding', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  const article = page.getByTestId('article');
  await expect(page.getByTestId('toggle-quotes')).toHaveText(/\d+ quotes/);
  await page.getByTestId('toggle-quotes').click();
  await expect(page.getByTestId('toggle-quotes')).toHaveAttribute('aria-pressed', 'false');
  await expect(article).toHaveClass(/hide-quotes/);
  const quote = article.locator('.hl-quote').first();
  expect(await quote.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await page.getByTestId('toggle-quotes').click();
  await expect(article).not.toHaveClass(/hide-quotes/);
  // The speaker is shown after the quote, and quotes are grouped by speaker.
  const after = await article.locator('.hl-quote[data-speaker="Donald Trump"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('Donald Trump');
  await expect(page.getByTestId('speaker').first()).toHaveText('Donald Trump');
  // One overview mark per quote, figure and check-worthy claim.
  const marks = await page.getByTestId('overview').locator('rect').count();
  const counts = await Promise.all(['count-quotes', 'count-numbers', 'count-claims'].map((id) => page.getByTestId(id).textContent()));
  expect(marks).toBe(counts.map(Number).reduce((a, b) => a + b, 0));
  await page.getByTestId('overview').locator('rect.mm-number').last().dispatchEvent('click');
  await expect(article.locator('.hl-number.selected')).toBeVisible();
});

test('a count agrees with its noun: "1 quote", "2 numbers"', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, '“We will open on Monday,” the mayor said. The plan costs $3 million and will be paid off within a decade.');
  await expect(page.getByTestId('toggle-quotes')).toHaveText('1 quote');
  await expect(page.getByTestId('toggle-numbers')).toHaveText('2 numbers');
  await expect(page.getByTestId('doc').first()).toContainText('1 quote · 2 numbers');
  // A unit the core names in the plural reads as one: "1 decade", not "1 decades".
  await page.getByTestId('article').locator('.hl-number').last().click();
  await expect(page.getByTestId('why')).toContainText('duration: 1 decade (within)');
});

test('a long article says it is being analyzed, then lists its findings in part', async ({ app }) => {
  const { page } = app;
  const big = (seed(0) + '\n\n').repeat(Math.ceil(300_000 / seed(0).length));
  await recordBusy(page);
  await pasteArticle(page, big);
  await expect(page.getByTestId('article').locator('.hl-number').first()).toBeVisible();
  await expect(page.getByTestId('busy')).toHaveCount(0);
  // First the analysis, then the painting in slices, each saying how far it is.
  const said = await busySaid(page);
  expect(said[0]).toMatch(/^Analyzing the pasted text \(0\.\d MB\)…$/);
  expect(said.slice(1).length).toBeGreaterThan(1);
  for (const s of said.slice(1)) expect(s).toMatch(/^Painting highlights… \d+%$/);
  // Every paragraph is there in the end, well past the first slice of 150.
  expect(await page.locator('.article-body .block').count()).toBeGreaterThan(300);
  const lastAt = Number(await page.locator('.article-body .block').last().getAttribute('data-at'));
  expect(lastAt).toBeGreaterThan(Buffer.byteLength(big) - Buffer.byteLength(seed(0)) - 10);
  // Analysed in the worker (the core is no part of the page), started
  // without wasm-bindgen's warning about how it was called.
  expect(app.requests.some((u) => u.endsWith('/worker_bg.wasm'))).toBe(true);
  expect(app.warnings.filter((w) => /deprecated/.test(w))).toEqual([]);
  // Thousands of findings: the panel lists the first ones and says how many more.
  await expect(page.getByTestId('more').first()).toContainText(/and \d+ more in the article/);
  const listed = await page.getByTestId('findings').getByTestId('suggestion').count();
  expect(listed).toBeLessThanOrEqual(600);
});

test('a file over 1.5 MB is read, then analysed in the web worker while the page answers', async ({ app }) => {
  const { page } = app;
  const big = (seed(0) + '\n\n').repeat(Math.ceil(1_700_000 / seed(0).length));
  await recordBusy(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await expect(page.getByTestId('doc')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 30_000 });
  const said = await busySaid(page);
  expect(said).toContainEqual(expect.stringMatching(/^Reading “big\.txt” \(1\.\d MB\)…$/));
  expect(said).toContainEqual(expect.stringMatching(/^Analyzing “big\.txt” \(1\.\d MB\)…$/));
  expect(app.requests.some((u) => u.endsWith('/worker_bg.wasm'))).toBe(true);
  await expect(page.getByTestId('article').locator('.hl-number').first()).toBeVisible();
});

/** Records every text the busy line shows, however briefly (read with `busySaid`). */
async function recordBusy(page) {
  await page.evaluate(() => {
    window.__busy = [];
    new MutationObserver(() => {
      const b = document.querySelector('[data-testid=busy]');
      if (b && window.__busy.at(-1) !== b.textContent) window.__busy.push(b.textContent);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const busySaid = (page) => page.evaluate(() => window.__busy);
