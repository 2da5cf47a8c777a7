import { test, expect, seed, pasteArticle, saved } from './fixtures.mjs';

test('after one visit the app opens and works with no network', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await pasteArticle(page, seed(0));
  await saved(page, 1);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect(page.getByTestId('article').locator('.hl-number').filter({ hasText: '50,000 troops' })).toBeVisible();
  // Annotate and export, offline.
  await pasteArticle(page, seed(2));
  await page.getByTestId('findings').getByTestId('suggestion').first().locator('.accept').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-document').click()]);
  expect(download.suggestedFilename()).toMatch(/marginalia\.json$/);
  // A Markdown file: its converter (a worker never started online) comes from the cache.
  await page.getByTestId('file-input').setInputFiles({ name: 'offline.md', mimeType: 'text/markdown', buffer: Buffer.from('# Offline *notes*\n\nThe army has **30,000** troops.') });
  await expect(page.getByTestId('article-title')).toHaveText('Offline notes');
  await page.context().setOffline(false);
});

test('the app is installable: a manifest and an icon from this origin', async ({ app }) => {
  const { page } = app;
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await page.request.get(href)).json();
  expect(manifest.name).toBe('Marginalia');
  expect(manifest.start_url).toBe('./');
  expect((await page.request.get(manifest.icons[0].src)).ok()).toBe(true);
});
