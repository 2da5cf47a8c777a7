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
