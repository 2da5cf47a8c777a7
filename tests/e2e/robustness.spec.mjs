// Issue 22: nothing a file, a link or a stopped app can do loses work or
// leaves the app dead.
import { test, expect, seed, pasteArticle, findingsMade, selectText, storedLibrary, stored, store, unstore, storedWhole } from './fixtures.mjs';

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
  await store(page, 'library', JSON.stringify(lib));
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'damaged' })).toContainText('1 annotation(s) or review(s) pointed outside the text');
  await expect(page.getByTestId('note-text')).toHaveValue('sound');
  // Said in words that hold on a phone too, where the library is a pane of its own.
  await expect(page.getByTestId('notice').filter({ hasText: 'damaged' })).toContainText('download it with “Download it” in the Library');
  await expect(page.getByTestId('recovery-download')).toBeVisible();
  // Saved as it opened: the damage is not met again at the next start.
  await expect.poll(async () => (await storedLibrary(page)).documents[0].annotations.items.length).toBe(1);
  const first = await stored(page, 'unreadable');
  expect(JSON.parse(first).documents[0].annotations.items.length).toBe(2);
  // Damaged a second time: the copy kept before is kept too, not replaced.
  // First the app's own saves after opening settle — the findings the worker
  // makes for the reopened document are saved too: a save still pending at
  // the reload is written on leaving and wins over the damage written here
  // (after a heavy test, the worker's findings came after it).
  await findingsMade(page);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect.poll(async () => {
    const before = JSON.stringify(await storedLibrary(page));
    await page.waitForTimeout(400);
    return before === JSON.stringify(await storedLibrary(page));
  }).toBe(true);
  const again = await storedLibrary(page);
  again.documents[0].annotations.items.push({ id: 5, span: { start: 2, end: 9000 }, tags: [], note: 'again', created: 0, modified: 0 });
  await store(page, 'library', JSON.stringify(again));
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'damaged' })).toBeVisible();
  const kept = JSON.parse(await stored(page, 'unreadable')).marginalia_kept_copies;
  expect(kept.length).toBe(2);
  expect(kept[0]).toBe(first);
  expect(JSON.parse(kept[1]).documents[0].annotations.items.map((a) => a.note)).toEqual(['sound', 'again']);
});

test('changes written on leaving that cannot be joined to the saved library are kept and the reader is told', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Russia lost 5,000 troops in 2024, officials said.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  // A leaving copy whose text was left out because the database had it —
  // and the database has lost it since (site data cleared in between).
  const lib = await storedLibrary(page);
  lib.documents[0].text = '';
  lib.documents[0].annotations.items = [{ id: 0, span: { start: 0, end: 6 }, tags: ['verified'], note: 'last edit', created: 0, modified: 0 }];
  const leaving = JSON.stringify(lib);
  await page.evaluate((v) => localStorage.setItem('marginalia.library.on-leave', v), leaving);
  await store(page, 'library', JSON.stringify({ ...lib, documents: [] }));
  await unstore(page, `text:${lib.documents[0].id}`);
  await page.reload();
  await expect(page.getByTestId('notice').filter({ hasText: 'could not be joined' })).toBeVisible();
  await expect(page.getByTestId('recovery-download')).toBeVisible();
  expect(await stored(page, 'unreadable')).toBe(leaving);
  expect(await page.evaluate(() => localStorage.getItem('marginalia.library.on-leave'))).toBeNull();
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
  // The clearing took the text stored apart too: it was written again.
  expect((await storedWhole(page)).documents[0].text).toBe(seed(1).replace(/\r\n?/g, '\n'));
  await page.reload();
  await expect(page.locator('.article-body .hl.note')).toHaveText('Russia, however, has rejected any deal');
});

test('each text is stored once, apart: a tag in a 2 MB library writes kilobytes, and a library stored whole by an older version still opens', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const big = (seed(1).replace(/\r\n?/g, '\n') + '\n\n').repeat(200);
  await pasteArticle(page, seed(2));
  await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 60_000 });
  const lib = await storedLibrary(page);
  expect(lib.documents.map((d) => d.text)).toEqual(['', '']);
  expect((await stored(page, `text:${lib.documents[1].id}`)).length).toBe(big.length);
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await expect.poll(async () => (await storedLibrary(page)).documents[1].annotations.items.length).toBe(1);
  // What a tag click wrote: the index, a few kilobytes, not the 2 MB text.
  expect((await stored(page, 'library')).length).toBeLessThan(10_000);
  // A library as an older version stored it, whole, with no texts apart.
  const whole = await storedWhole(page);
  await unstore(page, `text:${lib.documents[0].id}`);
  await unstore(page, `text:${lib.documents[1].id}`);
  await store(page, 'library', JSON.stringify(whole));
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.locator('.article-body .hl.note').first()).toHaveText('Russia, however, has rejected any deal');
  // The next change stores it in parts again, every text apart.
  await page.getByTestId('doc').first().click();
  await expect.poll(async () => (await storedLibrary(page)).current).toBe(lib.documents[0].id);
  await expect.poll(async () => (await stored(page, `text:${lib.documents[1].id}`))?.length).toBe(big.length);
  expect((await storedLibrary(page)).documents.map((d) => d.text)).toEqual(['', '']);
  // A removed document's text is let go at the next start.
  page.on('dialog', (d) => d.accept());
  await page.getByTestId('doc-remove').first().click();
  await expect.poll(async () => (await storedLibrary(page)).documents.length).toBe(1);
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect.poll(async () => stored(page, `text:${lib.documents[0].id}`)).toBeNull();
  expect((await stored(page, `text:${lib.documents[1].id}`)).length).toBe(big.length);
});

test('200,000 paragraphs: the text shows before its findings, only what is near the viewport is in the page, and a finding far down is painted when selected', async ({ app }) => {
  test.setTimeout(240_000);
  const { page, errors } = app;
  const text = Array.from({ length: 200_000 }, (_, i) => `Paragraph ${i} says 5 things.`).join('\n\n');
  await page.getByTestId('file-input').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  // The first screen: the text, readable, not covered, while the worker works.
  const first = page.locator('.article-body .block').first();
  await expect(first).toHaveText('Paragraph 0 says 5 things.', { timeout: 30_000 });
  const hit = await first.evaluate((p) => {
    const r = p.getBoundingClientRect();
    return p.contains(document.elementFromPoint(r.left + 5, r.top + r.height / 2));
  });
  expect(hit).toBe(true);
  // Then the highlights.
  await expect(page.locator('.article-body .hl-number').first()).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('pending-note')).toHaveCount(0);
  await expect(page.getByTestId('toggle-numbers')).toContainText(/\d numbers/);
  // A few chunks of 300 paragraphs are in the page, not 200,000 paragraphs.
  expect(await page.locator('.article-body .block').count()).toBeLessThanOrEqual(3_000);
  // A finding 2% down the text (within the highlight budget, far outside
  // the painted chunks): selecting it paints its paragraph and shows it.
  // (Marks at 6 px high overlap: the click goes to this one.)
  await page.locator('[data-testid=overview] rect.mm-number[y="20"]').dispatchEvent('click');
  const selected = page.locator('.article-body .hl.selected').first();
  await expect(selected).toBeInViewport();
  // In view and not under the tag bar or anything else.
  const uncovered = await selected.evaluate((el) => {
    const r = el.getClientRects()[0];
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(uncovered).toBe(true);
  const paragraph = Number((await selected.locator('xpath=ancestor::p[1]').textContent()).match(/Paragraph (\d+)/)[1]);
  expect(paragraph).toBeGreaterThan(3_000);
  // Scrolled to the end, the last paragraph is painted.
  await page.locator('.article-body .chunk').last().scrollIntoViewIfNeeded();
  await expect(page.locator('.article-body .block').getByText('Paragraph 199999 says 5 things.', { exact: true })).toBeVisible();
  expect(await page.locator('.article-body .block').count()).toBeLessThanOrEqual(3_000);
  expect(errors).toEqual([]);
});

test('a share link of a few kB that once stopped the app for good: asked, opened in part, and a reload is fine', async ({ app }) => {
  test.setTimeout(180_000);
  const { page, errors } = app;
  const { deflateRawSync } = await import('node:zlib');
  const text = ('1,'.repeat(300) + '\n\n').repeat(2000);
  const value = { format: 'marginalia/1', exported: 0, core_version: '0', tags: [], documents: [{ title: 'Ones', source: null, sha256: '', text, annotations: [] }] };
  const link = '/#share=' + deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 9 }).toString('base64url');
  expect(link.length).toBeLessThan(8_000);
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.message()); d.accept(); });
  await page.goto(link);
  const note = page.getByTestId('unpainted-note');
  await expect(note).toContainText('the first 20,000 are highlighted', { timeout: 90_000 });
  expect(asked).toEqual([expect.stringContaining('Open the shared document from this link?')]);
  await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 30_000 });
  await page.reload();
  await expect(note).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('crash')).toHaveCount(0);
  expect(asked.length).toBe(1);
  expect(errors).toEqual([]);
});

test('one line of 5.4 MB: shown at once, analysed in the worker, highlighted', async ({ app }) => {
  test.setTimeout(240_000);
  const { page, errors } = app;
  const line = '“We lost 5,000 men near Bakhmut,” Zelensky said on Tuesday, and officials agreed. '.repeat(63_000);
  await page.getByTestId('file-input').setInputFiles({ name: 'line.txt', mimeType: 'text/plain', buffer: Buffer.from(line) });
  await expect(page.locator('.article-body .block').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.article-body .hl-quote').first()).toBeVisible({ timeout: 200_000 });
  await expect(page.locator('.article-body .hl-quote').first()).toHaveAttribute('title', /Zelensky/);
  await expect(page.getByTestId('busy')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('crash')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a 19 MB saved page of tables opens, in part highlighted, without stopping the app', async ({ app }) => {
  test.setTimeout(400_000);
  const { page, errors } = app;
  const row = '<tr><td>Region 12</td><td>1,234</td><td>5.6%</td><td>$7.8 million</td></tr>\n';
  const html = '<html><head><title>Tables</title></head><body><h1>Election results</h1><table>' + row.repeat(Math.floor(19e6 / row.length)) + '</table></body></html>';
  await page.getByTestId('file-input').setInputFiles({ name: 'tables.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByTestId('busy')).toBeVisible();
  await expect(page.locator('.article-body .hl-number').first()).toBeVisible({ timeout: 360_000 });
  await expect(page.getByTestId('unpainted-note')).toBeVisible();
  await expect(page.getByTestId('crash')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('when the worker cannot start', () => {
  // No service worker: it would answer from its cache, past the route below.
  test.use({ serviceWorkers: 'block' });

  test('a text is shown plain with its annotations and says why; a reload tries again', async ({ page, context }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await context.route('**/worker_loader.js', (route) => route.abort());
    await page.goto('/');
    await pasteArticle(page, seed(0));
    const note = page.getByTestId('unanalysed-note');
    await expect(note).toContainText('Its quotes, numbers and claims could not be found: the worker stopped.');
    await expect(page.getByTestId('notice').first()).toContainText('could not be found: the worker stopped');
    // The text is there to read and annotate; no counts are made up.
    const first = seed(0).split('\n').find((l) => l.trim().length > 80).trim();
    await expect(page.getByTestId('article').getByText(first.slice(0, 60))).toBeVisible();
    await expect(page.locator('.article-body .hl')).toHaveCount(0);
    await expect(page.getByTestId('count-numbers')).not.toHaveText(/^\d+$/);
    await selectText(page, first.split(' ').slice(0, 3).join(' '));
    await page.keyboard.press('1');
    await expect(page.locator('.article-body .hl.note')).toHaveCount(1);
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    // Once the worker can run, a reload finds everything, the annotation kept.
    await context.unroute('**/worker_loader.js');
    await page.reload();
    await expect(page.locator('.article-body .hl-number').first()).toBeVisible();
    await expect(note).toHaveCount(0);
    await expect(page.locator('.article-body .hl.note')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});
