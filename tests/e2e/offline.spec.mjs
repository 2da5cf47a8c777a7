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
  // A Markdown file: its converter (in the worker) comes from the cache.
  await page.getByTestId('file-input').setInputFiles({ name: 'offline.md', mimeType: 'text/markdown', buffer: Buffer.from('# Offline *notes*\n\nThe army has **30,000** troops.') });
  await expect(page.getByTestId('article-title')).toHaveText('Offline notes');
  // A saved web page: Readability.js (never loaded online) comes from the cache too.
  const { readFileSync } = await import('node:fs');
  const ars = readFileSync(new URL('./fixtures/web-pages/ars-1.html', import.meta.url));
  await page.getByTestId('file-input').setInputFiles({ name: 'ars-1.html', mimeType: 'text/html', buffer: ars });
  await expect(page.getByTestId('article-title')).toHaveText('Just-released Minecraft exploit makes it easy to crash game servers');
  await expect(page.getByTestId('page-note')).toHaveCount(0);
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

test('the built folder works from a sub-path of any static host', async ({ browser }) => {
  // dist/ served as /tools/marginalia/ by a plain static server.
  const { mkdtempSync, mkdirSync, symlinkSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const { spawn } = await import('node:child_process');
  const root = mkdtempSync(join(tmpdir(), 'marginalia-host-'));
  mkdirSync(join(root, 'tools'));
  symlinkSync(resolve('dist'), join(root, 'tools', 'marginalia'));
  const port = 8093;
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    for (let i = 0; i < 50; i++) {
      try { await page.goto(`http://127.0.0.1:${port}/tools/marginalia/`); break; } catch { await page.waitForTimeout(100); }
    }
    await pasteArticle(page, seed(0));
    await expect(page.getByTestId('article').locator('.hl-number').filter({ hasText: '50,000 troops' })).toBeVisible();
    // The lazily loaded worker comes from the sub-path too.
    await page.getByTestId('file-input').setInputFiles({ name: 'n.md', mimeType: 'text/markdown', buffer: Buffer.from('# Sub-path *notes*\n\nAbout 300 people.') });
    await expect(page.getByTestId('article-title')).toHaveText('Sub-path notes');
    // And Readability.js, for a saved web page.
    await page.getByTestId('file-input').setInputFiles({ name: 'p.html', mimeType: 'text/html', buffer: Buffer.from(`<html><head><title>Sub-path page</title></head><body><article><h1>Sub-path page</h1>${'<p>Officials said about 300 people attended the meeting on Monday evening in the town hall.</p>'.repeat(5)}</article></body></html>`) });
    await expect(page.getByTestId('article-title')).toHaveText('Sub-path page');
    await expect(page.getByTestId('page-note')).toHaveCount(0);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(`http://127.0.0.1:${port}/tools/marginalia/`);
    expect(failed).toEqual([]);
    await context.close();
  } finally {
    server.kill();
  }
});
