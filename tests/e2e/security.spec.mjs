import { test, expect, seed, pasteArticle, saved, store, stored, storedLibrary } from './fixtures.mjs';

const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<svg onload="window.__xss=3"></svg>',
  '<a href="javascript:window.__xss=4">click</a>',
  '</script><script>window.__xss=5</script>',
].join('\n\n');

test('the page sets a strict Content-Security-Policy and has no inline script', async ({ app }) => {
  const { page } = app;
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(app.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('hostile text is shown as text and never runs', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, `Headline\n\n${payloads}\n\nTrump said 5 "things" happened.`);
  const article = page.getByTestId('article');
  await expect(article).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(article).toContainText('<script>window.__xss=2</script>');
  expect(await article.locator('.article-body').locator('img, script, svg, a').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('nothing leaves the origin while loading, analyzing, exporting and sharing', async ({ app }) => {
  const { page, requests, baseURL } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await pasteArticle(page, seed(1));
  await expect(page.getByTestId('article').locator('.hl-quote').first()).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-library').click()]);
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-w3c').click()]);
  await page.getByTestId('share').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Share link copied' })).toBeVisible();
  const foreign = requests.filter((u) => !u.startsWith(baseURL) && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
});

test('a corrupted stored library: the app starts, says so, and keeps the raw data downloadable', async ({ page }) => {
  await page.goto('/');
  await store(page, 'library', '{"documents": [{"id": 0, "title": "half a save');
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByTestId('paste-input')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recovery-download').click()]);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"documents": [{"id": 0, "title": "half a save');
  // New work does not overwrite the kept copy.
  await page.getByTestId('paste-input').fill('Russia lost 5,000 troops in 2024.');
  await page.getByTestId('analyze').click();
  await page.waitForTimeout(800);
  expect(await stored(page, 'unreadable')).toBe('{"documents": [{"id": 0, "title": "half a save');
  expect((await storedLibrary(page)).documents.length).toBe(1);
});

test('after a crash the panel still downloads the saved library, without WebAssembly', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await saved(page, 1);
  // The panel's button as the panic hook builds it (tests/web.rs checks the
  // panel): no WebAssembly listens to it, recover.js alone serves it.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.dataset.recover = 'library';
    button.textContent = 'Download your library';
    document.body.append(button);
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-recover]').click()]);
  expect(download.suggestedFilename()).toBe('marginalia-recovery.json');
  const { readFileSync } = await import('node:fs');
  const lib = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(lib.documents.length).toBe(1);
  expect(lib.documents[0].text).toBe(seed(0).replace(/\r\n?/g, '\n'));
});
