import { readFileSync } from 'node:fs';
import { test, expect, saved, seed, pasteArticle, selectText } from './fixtures.mjs';

test('export a tagged document and import it into a fresh browser profile', async ({ app, browser, baseURL }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  await selectText(page, '13,897 missiles and drones');
  await page.getByTestId('tag-button').filter({ hasText: 'verified' }).dispatchEvent('mousedown');
  await page.getByTestId('note-text').first().fill('<img src=x onerror="window.__xss=1"> per ISW');
  await page.getByTestId('note-text').first().blur();
  await page.getByTestId('findings').getByTestId('suggestion').first().locator('.accept').click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-document').click()]);
  expect(download.suggestedFilename()).toMatch(/\.marginalia\.json$/);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(json.format).toBe('marginalia/1');
  expect(json.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  const note = json.documents[0].annotations.find((a) => a.origin === 'user');
  expect(note.quote).toBe('13,897 missiles and drones');

  const [w3c] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-w3c').click()]);
  const collection = JSON.parse(readFileSync(await w3c.path(), 'utf8'));
  expect(collection.first.items.some((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === '13,897 missiles and drones'))).toBe(true);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
  // (String.prototype.trim would take the BOM off too: trimEnd only.)
  const rows = bytes.toString('utf8').trimEnd().split('\n');
  expect(rows[0]).toBe('\uFEFFdocument_id,document,status,origin,start,end,quote,tags,note,speaker,cue,value,unit,qualifier,score,verdict,check_status,claimant,evidence,fact_check_url,created,modified,byline,published,site,url');
  expect(rows.some((r) => r.includes('13,897 missiles and drones') && r.includes('verified'))).toBe(true);
  const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-jsonl').click()]);
  const line = JSON.parse(readFileSync(await jsonl.path(), 'utf8').split('\n')[0]);
  expect(line.answer).toBe('accept');
  expect(line.marginalia.labels.VERIFIED).toBe('verified');
  const span = line.spans.find((s) => s.label === 'VERIFIED');
  expect([...line.text].slice(span.start, span.end).join('')).toBe('13,897 missiles and drones');

  // A fresh profile: empty storage.
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto('/');
  fresh.on('dialog', (d) => d.accept());
  await fresh.getByTestId('import-input').setInputFiles(await download.path());
  await expect(fresh.getByTestId('doc')).toHaveCount(1);
  const noteRun = fresh.getByTestId('article').locator('.hl.note');
  await expect(noteRun).toHaveText('13,897 missiles and drones');
  await expect(fresh.getByTestId('note-text').first()).toHaveValue('<img src=x onerror="window.__xss=1"> per ISW');
  await expect(fresh.getByTestId('findings').getByTestId('suggestion').first()).toHaveAttribute('data-review', 'accepted');
  expect(await fresh.evaluate(() => window.__xss)).toBeUndefined();
  await context.close();
});

test('a broken or hostile import is refused and the library stays as it was', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  for (const [name, body, says] of [
    ['broken.json', '{"format": "marginalia/1", "documents": [', 'not valid JSON'],
    ['other.json', '{"hello": "<script>window.__xss=2</script>"}', 'neither a Marginalia export nor W3C'],
    ['future.json', '{"format": "marginalia/7", "documents": []}', 'newer Marginalia format'],
  ]) {
    await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByTestId('notice').filter({ hasText: name })).toContainText(says);
  }
  await expect(page.getByTestId('doc')).toHaveCount(1);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('a share link opens the annotated article in a fresh profile; a damaged one is refused', async ({ app, browser, baseURL }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await pasteArticle(page, seed(1));
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Share link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  const requests = [];
  fresh.on('request', (r) => requests.push(r.url()));
  const asked = [];
  fresh.on('dialog', (d) => { asked.push(d.message()); d.accept(); });
  await fresh.goto(link);
  await expect(fresh.getByTestId('article').locator('.hl.note')).toHaveText('Russia, however, has rejected any deal');
  expect(new URL(fresh.url()).hash).toBe('');
  expect(asked).toEqual([expect.stringContaining('Open the shared document from this link?')]);
  // Stored at once, not only after an edit (the header says "Saved").
  await saved(fresh, 1, 1);
  expect(requests.every((u) => !u.includes('share='))).toBe(true); // the fragment never leaves the browser
  await fresh.goto('/#share=not-a-real-payload');
  await expect(fresh.getByTestId('notice').filter({ hasText: 'could not be opened' })).toBeVisible();
  await expect(fresh.getByTestId('doc')).toHaveCount(1);
  await context.close();
});

for (const [button, suffix, read] of [
  ['export-doccano', '.doccano.jsonl', (body) => {
    const line = JSON.parse(body.split('\n')[0]);
    const [start, end, label] = line.label.find((l) => l[2] === 'VERIFIED');
    return [...line.text].slice(start, end).join('');
  }],
  ['export-label-studio', '.label-studio.json', (body) => {
    const task = JSON.parse(body)[0];
    const region = task.annotations[0].result.find((r) => r.value.labels && r.value.labels.includes('VERIFIED'));
    return region.value.text;
  }],
  ['export-spacy', '.spacy.jsonl', (body) => {
    const line = JSON.parse(body.split('\n')[0]);
    const [start, end] = Object.values(line.spans).flat().find((s) => s[2] === 'VERIFIED');
    return [...line.text].slice(start, end).join('');
  }],
]) {
  test(`${button}: written in the worker in the tool's shape, and read back in a fresh profile`, async ({ app, browser, baseURL }) => {
    const { page } = app;
    await pasteArticle(page, seed(4));
    await selectText(page, '13,897 missiles and drones');
    await page.getByTestId('tag-button').filter({ hasText: 'verified' }).dispatchEvent('mousedown');
    await expect(page.getByTestId('save-status')).toHaveText('Saved');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
    expect(download.suggestedFilename()).toBe(`marginalia-library${suffix}`);
    const body = readFileSync(await download.path(), 'utf8');
    expect(read(body)).toBe('13,897 missiles and drones');

    const context = await browser.newContext({ baseURL });
    const fresh = await context.newPage();
    await fresh.goto('/');
    const asked = [];
    fresh.on('dialog', (d) => { asked.push(d.message()); d.accept(); });
    await fresh.getByTestId('import-input').setInputFiles(await download.path());
    await expect(fresh.getByTestId('doc')).toHaveCount(1);
    await expect(fresh.getByTestId('article').locator('.hl.note')).toHaveText('13,897 missiles and drones');
    expect(asked).toEqual([expect.stringContaining('1 new document, 1 annotation placed exactly')]);
    await context.close();
  });
}

test('export options: the reader’s name is the W3C creator, and unreviewed documents are marked on request; both kept over a reload', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Another article, never reviewed, with 12 figures.');
  await pasteArticle(page, seed(4));
  await selectText(page, '13,897 missiles and drones');
  await page.getByTestId('tag-button').filter({ hasText: 'verified' }).dispatchEvent('mousedown');
  const prodigyLines = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-jsonl').click()]);
    return readFileSync(await file.path(), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  };
  expect((await prodigyLines()).map((l) => l.answer)).toEqual(['accept']);
  await page.getByTestId('export-options').click();
  await page.getByTestId('export-creator').fill('Ana Ruiz');
  await page.getByTestId('export-creator').press('Enter');
  await page.getByTestId('export-creator').blur();
  await page.getByTestId('export-unreviewed').check();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const [w3c] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-w3c').click()]);
  const collection = JSON.parse(readFileSync(await w3c.path(), 'utf8'));
  expect(collection.first.items[0].creator).toEqual({ type: 'Person', name: 'Ana Ruiz' });
  expect((await prodigyLines()).map((l) => l.answer).sort()).toEqual(['accept', 'ignore']);
  // The article's text left out of W3C, on request.
  expect(JSON.stringify(collection)).toContain('this surged to 57,333');
  await page.getByTestId('export-w3c-without-text').check();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const [bare] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-w3c').click()]);
  const without = readFileSync(await bare.path(), 'utf8');
  expect(JSON.parse(without).first.items[0].creator.name).toBe('Ana Ruiz');
  expect(without).not.toContain('this surged to 57,333');
  await page.reload();
  await page.getByTestId('export-options').click();
  await expect(page.getByTestId('export-creator')).toHaveValue('Ana Ruiz');
  await expect(page.getByTestId('export-unreviewed')).toBeChecked();
  await expect(page.getByTestId('export-w3c-without-text')).toBeChecked();
});
