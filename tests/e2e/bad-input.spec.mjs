// The bad-input table: each row is something a reader may feed the app.
// Every row checks the message the reader gets and that the work already in
// the library is exactly as it was (what was saved, and what is shown).
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { test, expect, seed, pasteArticle, selectText, storedLibrary, storedWhole } from './fixtures.mjs';

const file = (name, bytes, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(bytes) });
const json = (name, value) => file(name, typeof value === 'string' ? value : JSON.stringify(value), 'application/json');
const utf16 = (text, le) => {
  const b = Buffer.from(text, 'utf16le');
  if (!le) for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};
const ARTICLE = 'Russia launched 13,897 missiles and drones at Ukraine in 2024, officials said.';

/** A Marginalia export of one document with `n` one-word annotations. */
function manyAnnotations(n) {
  const text = 'word '.repeat(n).trim();
  const annotations = Array.from({ length: n }, (_, i) => ({
    start: i * 5, end: i * 5 + 4, quote: 'word', tags: ['verified'], note: '', origin: 'user', review: 'pending',
  }));
  return { format: 'marginalia/1', exported: 0, core_version: '0', tags: [], documents: [{ title: 'Words', source: null, sha256: '0'.repeat(64), text, annotations }] };
}

/** A library with work in it: an article, an annotation with a note. */
async function withWork(page) {
  await pasteArticle(page, seed(1));
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await page.getByTestId('note-text').first().fill('check the Kremlin readout');
  await page.getByTestId('note-text').first().blur();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  return { saved: await storedLibrary(page), shown: await shownText(page) };
}

const shownText = (page) => page.locator('.article-body').textContent();

/** The work is as it was: saved, shown, and its annotation still there. */
async function unchanged(page, before, extraDocuments = 0) {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const after = await storedLibrary(page);
  expect(after.documents.length).toBe(before.saved.documents.length + extraDocuments);
  expect(after.documents[0]).toEqual(before.saved.documents[0]);
  expect(after.tags).toEqual(before.saved.tags);
  await page.getByTestId('doc').first().click();
  await expect.poll(async () => (await shownText(page)) === before.shown, 'the article as it was shown').toBe(true);
  await expect(page.getByTestId('note-text').first()).toHaveValue('check the Kremlin readout');
}

const pick = (page, files) => page.getByTestId('file-input').setInputFiles(files);
const importFile = (page, f) => page.getByTestId('import-input').setInputFiles(f);

/** A share link's payload for `value`, as the app makes them (deflate, base64url). */
const shareLink = (value) => '/#share=' + deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');
const sharedDocument = (annotation) => ({
  format: 'marginalia/1', exported: 0, core_version: '0', tags: [],
  documents: [{ title: 'Shared', source: null, sha256: '', text: ARTICLE, annotations: [annotation] }],
});

const ROWS = [
  // [name, what the reader does, what the notice says, documents added]
  ['empty file', (p) => pick(p, file('empty.txt', '  \n ')), /“empty\.txt” is empty/, 0],
  ['binary file', (p) => pick(p, file('photo.txt', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /“photo\.txt” looks like a PNG image, not text/, 0],
  ['50 MB file', async (p) => {
    // Made in the page and dropped: 50 MB never crosses the test's wire.
    const dt = await p.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(97)], 'huge.txt', { type: 'text/plain' }));
      return dt;
    });
    await p.dispatchEvent('.app', 'drop', { dataTransfer: dt });
  }, /“huge\.txt” is 50\.0 MB, more than the 20 MB limit/, 0],
  ['invalid UTF-8', (p) => pick(p, file('latin1.txt', [0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32, 0x20, 0x70, 0x65, 0x6f, 0x70, 0x6c, 0x65])), /“latin1\.txt” is not UTF-8; it was read as Windows-1252/, 1],
  ['UTF-16 with BOM', (p) => pick(p, file('bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(ARTICLE, true)]))), null, 1],
  ['UTF-16 without BOM', (p) => pick(p, file('nobom.txt', utf16(ARTICLE, false))), /“nobom\.txt” has no byte-order mark; it was read as UTF-16BE/, 1],
  ['HTML nested 100,000 deep', (p) => pick(p, file('deep.html', '<html><body>' + '<div>'.repeat(100_000) + 'text', 'text/html')), /“deep\.html”: its elements are nested 100002 deep, deeper than any web page Marginalia reads/, 0],
  ['the same document three times in one import', async (p) => {
    const doc = { title: 'Thrice', source: null, sha256: '', text: ARTICLE, annotations: [{ start: 0, end: 6, quote: 'Russia', origin: 'user', tags: ['verified'], note: 'n' }] };
    p.once('dialog', (d) => { expect(d.message()).toContain('1 new document,'); d.accept(); });
    await importFile(p, json('thrice.json', { format: 'marginalia/1', exported: 0, core_version: '0', tags: [], documents: [doc, doc, doc] }));
  }, /Imported “thrice\.json”: 1 new document, 1 annotation placed exactly, 2 already here/, 1],
  ['truncated JSON', (p) => importFile(p, json('cut.json', '{"format": "marginalia/1", "documents": [{"title": "A')), /cut\.json.*not valid JSON/, 0],
  ['JSON of the wrong shape', (p) => importFile(p, json('shape.json', { documents: 'none', '<img src=x onerror=alert(1)>': 1 })), /shape\.json.*neither a Marginalia export nor W3C/, 0],
  ['offsets out of range', async (p) => {
    const lib = await storedWhole(p);
    const doc = lib.documents[0];
    const annotations = [{ start: 10 ** 9, end: 10 ** 9 + 5, quote: 'not in this article', origin: 'user', tags: ['verified'] }];
    // Refused before any question: nothing in the file can be placed.
    p.once('dialog', (d) => { throw new Error(`asked: ${d.message()}`); });
    await importFile(p, json('range.json', { format: 'marginalia/1', exported: 0, core_version: '0', tags: [], documents: [{ title: doc.title, source: null, sha256: '', text: doc.text, annotations }] }));
  }, /range\.json” was not imported: This annotation cannot be placed: their text is not in the article the file carries/, 0],
  ['100,001 annotations', (p) => importFile(p, json('many.json', manyAnnotations(100_001))), /many\.json.*100001 annotations, more than the 100000 an import takes/, 0],
  ['share link cut off', async (p) => {
    await p.goto('/#share=' + 'eJyrVkrLz1eyUkpKLFKqBQAi1wTH'.slice(0, 12));
  }, /could not be opened/, 0],
  ['share link with 15,000 tags', async (p) => {
    const tags = Array.from({ length: 15_000 }, (_, i) => `t${i}`);
    await p.goto(shareLink(sharedDocument({ start: 0, end: 6, quote: 'Russia', origin: 'user', tags, note: 'planted' })));
  }, /could not be opened: An annotation has 15000 tags, more than the 200 one may have/, 0],
  ['share link the reader says no to', async (p) => {
    p.once('dialog', (d) => { expect(d.message()).toContain('Open the shared document from this link?'); d.dismiss(); });
    await p.goto(shareLink(sharedDocument({ start: 0, end: 6, quote: 'Russia', origin: 'user', tags: ['verified'], note: 'planted' })));
  }, /share link was not opened; nothing changed/, 0],
  ['share link tampered with', async (p) => {
    await p.goto('/#share=' + 'eJyrVkrLz1eyUkpKLFKqBQAi1wTH'.replace('Vkr', 'XXX'));
  }, /could not be opened/, 0],
];

for (const [name, act, says, added] of ROWS) {
  test(`bad input — ${name}: a clear message, the library as it was`, async ({ app }) => {
    const { page } = app;
    const before = await withWork(page);
    await act(page);
    if (says) await expect(page.getByTestId('notice').filter({ hasText: says })).toBeVisible();
    await expect(page.getByTestId('doc')).toHaveCount(1 + added);
    await unchanged(page, before, added);
  });
}

test('bad input — 100,000 annotations: imported, listed in part, the earlier work as it was', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const before = await withWork(page);
  page.once('dialog', (d) => d.accept());
  await importFile(page, json('many.json', manyAnnotations(100_000)));
  await expect(page.getByTestId('count-notes')).toHaveText('100,000', { timeout: 90_000 });
  await expect(page.getByTestId('notes-more')).toContainText('and 99800 more');
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await unchanged(page, before, 1);
});
