import { devices } from '@playwright/test';
import { test, expect, seed, pasteArticle, selectText } from './fixtures.mjs';

test.use({ ...devices['Pixel 7'], browserName: 'chromium' });

test('on a phone-sized screen: paste, select text, tag it with a tap', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  const article = page.getByTestId('article');
  await expect(article.locator('.hl-number').filter({ hasText: '50,000 troops' })).toBeVisible();
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await selectText(page, 'Ukraine’s northern border');
  await page.getByTestId('tag-button').filter({ hasText: 'needs source' }).tap();
  await expect(article.locator('.hl.note')).toHaveText('Ukraine’s northern border');
  await page.screenshot({ path: 'target/e2e-results/mobile.png' });
});

test('on a phone-sized screen, before any article: one column, the paste box and the welcome each as wide as the screen', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  const paste = await page.getByTestId('paste-input').boundingBox();
  const welcome = page.locator('.welcome h2');
  await welcome.scrollIntoViewIfNeeded();
  const heading = await welcome.boundingBox();
  // A second column would squeeze the welcome to a few letters a line.
  for (const box of [paste, heading]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(250);
  }
  const seen = await welcome.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + 20, r.top + Math.min(r.height / 2, 10)));
  });
  expect(seen).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'target/e2e-results/mobile-welcome.png' });
});

test('on a phone-sized screen the article comes first and nothing covers it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  await pasteArticle(page, seed(1));
  await page.evaluate(() => window.scrollTo(0, 0));
  const first = page.getByTestId('article').locator('.block').first();
  await expect(first).toBeInViewport();
  // What a person sees at the middle of the first paragraph is the paragraph.
  const seen = await first.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return el.contains(hit);
  });
  expect(seen).toBe(true);
  // The tag bar is one row.
  const bar = await page.getByTestId('tagbar').boundingBox();
  expect(bar.height).toBeLessThan(70);
  await page.screenshot({ path: 'target/e2e-results/mobile-article-first.png' });
});

test('on a phone one pane at a time: tabs switch between article, library and findings; a finding tapped in the panel is shown in the article', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  await pasteArticle(page, seed(2));
  // The paste box is in the library's pane.
  await expect(page.getByTestId('paste-input')).toBeHidden();
  await page.getByTestId('tab-library').click();
  await pasteArticle(page, seed(1));
  const visible = (testid) => page.getByTestId(testid).isVisible();
  // After a paste: the article, alone; the export buttons wait behind one.
  expect([await visible('article'), await visible('library'), await visible('findings')]).toEqual([true, false, false]);
  await expect(page.getByTestId('export-w3c')).toBeHidden();
  await page.getByTestId('exports-toggle').click();
  await expect(page.getByTestId('export-w3c')).toBeInViewport();
  await page.getByTestId('exports-toggle').click();
  await expect(page.getByTestId('export-w3c')).toBeHidden();
  await page.getByTestId('tab-library').click();
  expect([await visible('article'), await visible('library'), await visible('findings')]).toEqual([false, true, false]);
  await page.screenshot({ path: 'target/e2e-results/mobile-library-pane.png' });
  // An import from the library's pane shows what was imported.
  const line = JSON.stringify({ text: 'Imported on a phone. Officials said 40 people were hurt.', label: [] });
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('import-input').setInputFiles({ name: 'phone.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(line + '\n') });
  await expect(page.getByTestId('article-title')).toHaveText('Imported on a phone. Officials said 40 people were hurt.');
  expect([await visible('article'), await visible('library'), await visible('findings')]).toEqual([true, false, false]);
  await page.getByTestId('tab-library').click();
  // Opening a document shows it.
  await page.getByTestId('doc').first().click();
  await expect(page.getByTestId('article')).toBeVisible();
  await expect(page.getByTestId('tab-article')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('tab-findings').click();
  expect([await visible('article'), await visible('library'), await visible('findings')]).toEqual([false, false, true]);
  // Every control of the panel is inside the screen's width.
  const outside = await page.getByTestId('findings').locator('button, input').evaluateAll((els) =>
    els.filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 1); }).length);
  expect(outside).toBe(0);
  await page.screenshot({ path: 'target/e2e-results/mobile-findings-pane.png' });
  // A finding tapped in the panel: the article, scrolled to it, seen.
  const entry = page.getByTestId('findings').getByTestId('suggestion').nth(3);
  await entry.locator('.finding').click();
  await expect(page.getByTestId('article')).toBeVisible();
  const mark = page.locator('.article-body .hl.selected').first();
  await expect(mark).toBeInViewport();
  const seen = await mark.evaluate((el) => {
    const r = el.getClientRects()[0];
    const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
    return el.contains(hit) || hit?.closest('.hl') !== null;
  });
  expect(seen).toBe(true);
  // Back to the findings to review it: its entry is in view, not the list's top.
  await page.getByTestId('tab-findings').click();
  await expect(page.locator('.findings .finding.selected')).toBeInViewport();
  // On a wide screen the tabs are not there and all three panes are.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByTestId('pane-tabs')).toBeHidden();
  await expect(page.getByTestId('exports-toggle')).toBeHidden();
  await expect(page.getByTestId('export-w3c')).toBeVisible();
  expect([await visible('article'), await visible('library'), await visible('findings')]).toEqual([true, true, true]);
});
