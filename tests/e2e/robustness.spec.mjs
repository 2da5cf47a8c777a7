// Issue 22: nothing a file, a link or a stopped app can do loses work or
// leaves the app dead.
import { test, expect, seed, pasteArticle, selectText, storedLibrary } from './fixtures.mjs';

test('a megabyte of numbers is shown with highlights up to a budget, and says so', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, errors } = app;
  const ones = ('1,'.repeat(300) + '\n\n').repeat(2000);
  await page.getByTestId('file-input').setInputFiles({ name: 'ones.txt', mimeType: 'text/plain', buffer: Buffer.from(ones) });
  const note = page.getByTestId('unpainted-note');
  await expect(note).toContainText('the first 20,000 are highlighted, 580,000 further ones are not', { timeout: 60_000 });
  await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 60_000 });
  expect(await page.locator('.article-body .hl').count()).toBeLessThanOrEqual(20_000);
  await expect(page.getByTestId('crash')).toHaveCount(0);
  // Saved, and a reload opens it again as it was.
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(note).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('crash')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a trap in WebAssembly shows the crash panel, which still downloads the library', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // What V8 throws when WebAssembly traps (a table that cannot grow, memory
  // that runs out): no Rust panic hook runs.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const panel = page.getByTestId('crash');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Something went wrong');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('crash-download').click()]);
  const { readFileSync } = await import('node:fs');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).documents.length).toBe(1);
});

test('a document that was being opened when the app stopped is not opened again', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const { current } = await storedLibrary(page);
  const title = await page.getByTestId('article-title').textContent();
  // As if the app had stopped while painting it: a trap leaves the mark, as
  // nothing of the app runs any more when the page is left (a normal leave
  // clears it). Set once, before the app starts.
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('marked')) {
      sessionStorage.setItem('marked', '1');
      localStorage.setItem('marginalia.opening', String(id));
    }
  }, current);
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'was being opened' })).toContainText(title);
  await expect(page.getByTestId('article-title')).toHaveCount(0);
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await page.getByTestId('doc').first().click();
  await expect(page.getByTestId('article-title')).toHaveText(title);
  // Opened fine this time: the next start opens it as usual.
  await page.reload();
  await expect(page.getByTestId('article-title')).toHaveText(title);
});

test('a damaged stored library opens what is sound and says what was set aside', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Russia lost 5,000 troops in 2024, officials said.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const lib = await storedLibrary(page);
  lib.documents[0].annotations.items = [
    { id: 0, span: { start: 0, end: 6 }, tags: ['verified'], note: 'sound', created: 0, modified: 0 },
    { id: 1, span: { start: 40, end: 4000 }, tags: [], note: 'out of range', created: 0, modified: 0 },
  ];
  const { store } = await import('./fixtures.mjs');
  await store(page, 'library', JSON.stringify(lib));
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'damaged' })).toContainText('1 annotation(s) or review(s) pointed outside the text');
  await expect(page.getByTestId('note-text')).toHaveValue('sound');
  await expect(page.getByTestId('recovery-download')).toBeVisible();
});

test('a file name with a right-to-left override shows the override, not a reversed name', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('file-input').setInputFiles({ name: 'report\u202Egnp.txt', mimeType: 'text/plain', buffer: Buffer.from('Russia lost 5,000 troops in 2024.') });
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect(page.getByTestId('doc').first()).toContainText('report[U+202E]gnp.txt');
});

for (const mb of [6, 20]) {
  test(`a ${mb} MB library: a tag added just before a reload is kept`, async ({ app }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const { selectText } = await import('./fixtures.mjs');
    let text = '';
    while (text.length < mb * 1_000_000) text += seed(1) + '\n\n';
    await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect(page.getByTestId('article-title')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 120_000 });
    await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 60_000 });
    await selectText(page, 'Russia, however, has rejected any deal');
    await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
    await expect(page.locator('.article-body .hl.note').first()).toBeVisible();
    // At once: the save is still within its delay, only the copy made on leaving keeps the tag.
    await page.reload();
    await expect(page.locator('.article-body .hl.note').first()).toHaveText('Russia, however, has rejected any deal', { timeout: 120_000 });
    const leftOver = await page.evaluate(() => localStorage.getItem('marginalia.library.on-leave'));
    expect(leftOver).toBeNull();
  });
}

test('the site data cleared while the tab is open: the next save opens the storage again', async ({ app }) => {
  const { page, baseURL } = app;
  const { saved } = await import('./fixtures.mjs');
  await pasteArticle(page, seed(1));
  await saved(page, 1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL).origin, storageTypes: 'indexeddb' });
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await saved(page, 1, 1);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByTestId('notice').filter({ hasText: 'refused to save' })).toHaveCount(0);
});
