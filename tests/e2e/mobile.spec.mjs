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
