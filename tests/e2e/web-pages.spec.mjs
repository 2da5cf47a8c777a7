// Saved web pages: several real news pages dropped at once each give their
// article, its title, byline and site; Readability.js is fetched only when
// the first page arrives, from this origin; a page without an article says so.
import { test, expect, storedLibrary, saved } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name) => ({
  name: `${name}.html`,
  mimeType: 'text/html',
  buffer: readFileSync(join(here, 'fixtures', 'web-pages', `${name}.html`)),
});

// Three real pages (fixtures/web-pages/README.md): title, the line under it,
// and a sentence from the middle of the story.
const PAGES = [
  {
    name: 'ars-1',
    title: 'Just-released Minecraft exploit makes it easy to crash game servers',
    byline: /^By Dan Goodin · Ars Technica/,
    middle: 'Just the nbt data for this payload is 26.6 megabytes.',
  },
  {
    name: 'herald-sun-1',
    title: 'Angry media won’t buckle over new surveillance laws',
    byline: /^By JOE HILDEBRAND · HeraldSun/,
    middle: 'That would prevent access to the metadata of journalists or media organisations without a judicial warrant.',
  },
  {
    name: 'lemonde-1',
    title: 'Le projet de loi sur le renseignement massivement approuvé à l’Assemblée',
    byline: /^By Martin Untersinger \(avec Damien Leloup et Morgane Tual\) · Le Monde\.fr/,
    middle: 'un brassage très large des données des Français à la recherche de quelques individus.',
    language: 'French',
  },
];

test('several saved web pages at once: each shows its article, title and byline', async ({ app }) => {
  const { page, requests, errors } = app;
  expect(requests.some((u) => u.endsWith('/Readability.js'))).toBe(false); // not in the first load
  await page.getByTestId('file-input').setInputFiles(PAGES.map((p) => fixture(p.name)));
  await expect(page.getByTestId('doc')).toHaveCount(PAGES.length);
  const article = page.getByTestId('article');
  for (const p of PAGES) {
    await page.getByTestId('doc').filter({ hasText: `${p.name}.html` }).click();
    // Le Monde writes an apostrophe (') in its title; the app shows what the page says.
    const title = (await page.getByTestId('article-title').textContent()).replace(/'/g, '’');
    expect(title).toBe(p.title);
    await expect(page.getByTestId('article-byline')).toHaveText(p.byline);
    await expect(article.locator('.article-body')).toContainText(p.middle);
    await expect(page.getByTestId('page-note')).toHaveCount(0);
    // A page in another language says so, and no English claim model marks it.
    if (p.language) {
      await expect(page.getByTestId('language-note')).toContainText(`This text reads as ${p.language}. Claims are scored in English only`);
      await expect(article.locator('.article-body .hl-number', { hasText: '438' })).toHaveCount(1);
      await expect(article.locator('.article-body .hl-claim')).toHaveCount(0);
    } else {
      await expect(article.locator('.article-body .hl-claim').first()).toBeVisible();
      await expect(page.getByTestId('language-note')).toHaveCount(0);
    }
    // Never a menu label.
    await expect(article.locator('.article-body')).not.toContainText('Skip to');
  }
  // Readability.js came once, from this origin, and nothing else left it.
  const readability = requests.filter((u) => u.endsWith('/Readability.js'));
  expect(readability.length).toBe(1);
  expect(requests.filter((u) => !u.startsWith(app.baseURL))).toEqual([]);
  // No error at all: the pages' inline styles and event handlers (hundreds)
  // are renamed before parsing, so the app's CSP has nothing to refuse.
  expect(errors).toEqual([]);
  // Stored with each document, and searchable from the library.
  await saved(page, PAGES.length);
  const lib = await storedLibrary(page);
  expect(lib.documents.find((d) => d.source === 'ars-1.html').page.byline).toBe('Dan Goodin');
  await page.getByTestId('search').fill('Goodin');
  await expect(page.locator('[data-testid=doc].search-match')).toHaveCount(1);
  await expect(page.locator('[data-testid=doc].search-match')).toContainText('Minecraft');
});

test('what a page hides with its own style stays hidden, and its styles and handlers raise no error', async ({ app }) => {
  const { page, errors } = app;
  const para = (i) => `<p>Paragraph ${i} of the council's report says the bridge, opened in 1931, carries 41,000 vehicles a day, `
    + 'and that its repair, put off twice since 2015, would close two of its four lanes for most of a year.</p>';
  const html = `<!doctype html><html lang="en"><head><title>Bridge repair delayed again | The Courier</title>
    <style>body { font-family: serif }</style></head><body onload="track()">
    <article><h1 style="font-size: 2em">Bridge repair delayed again</h1>
    ${[1, 2, 3, 4].map(para).join('')}
    <p style="display: none">Subscribe now for unlimited access.</p>
    <div style="visibility:hidden"><p>Your session has expired, sign in again.</p></div>
    <p onclick="share()" style="color: #333">The council meets again on Tuesday.</p>
    ${[5, 6].map(para).join('')}</article></body></html>`;
  await page.getByTestId('file-input').setInputFiles([{ name: 'bridge.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  const body = page.getByTestId('article').locator('.article-body');
  await expect(body).toContainText('The council meets again on Tuesday.');
  await expect(body).toContainText('Paragraph 6 of the council');
  await expect(body).not.toContainText('Subscribe now');
  await expect(body).not.toContainText('session has expired');
  await expect(page.getByTestId('article-title')).toHaveText('Bridge repair delayed again');
  await saved(page, 1);
  expect(errors).toEqual([]);
});

test('what Reader View keeps of a page that is not the article (video and gallery lines, a repeated caption) is left out', async ({ app }) => {
  const { page } = app;
  const para = (i) => `<p>Paragraph ${i} of the forecast says the storm, the season's third, will bring 40 cm of snow `
    + 'to the passes by Thursday and close two of the four roads through the valley for most of the weekend.</p>';
  const caption = '<p>Snow ploughs clear the road above the village on Wednesday.</p>';
  const html = `<!doctype html><html lang="en"><head><title>Storm closes passes | The Courier</title></head><body>
    <article><h1>Storm closes passes</h1>${para(1)}<p>Video Ad Feedback</p><p>05:22 - Source: The Courier</p>
    ${caption}<p>HIDE CAPTION</p>${[2, 3].map(para).join('')}${caption}${caption}${[4, 5].map(para).join('')}</article></body></html>`;
  await page.getByTestId('file-input').setInputFiles([{ name: 'storm.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  const body = page.getByTestId('article').locator('.article-body');
  await expect(body).toContainText('Paragraph 5 of the forecast');
  await expect(body).not.toContainText('Video Ad Feedback');
  await expect(body).not.toContainText('Source: The Courier');
  await expect(body).not.toContainText('HIDE CAPTION');
  // The caption once, where it first was (a retrying count: the article is
  // painted again when its findings arrive).
  await expect(body.locator('p', { hasText: 'Snow ploughs clear the road' })).toHaveCount(1);
});

test('a page whose style hides all of its text (a script would show it) is read with it, not refused', async ({ app }) => {
  const { page, errors } = app;
  const para = (i) => `<p>Paragraph ${i} of the council's report says the bridge, opened in 1931, carries 41,000 vehicles a day.</p>`;
  const html = `<!doctype html><html><head><title>Bridge</title></head><body><nav><a href="/">Home</a></nav>
    <div id="article" style="display:none"><h1>Bridge repair delayed</h1>${[1, 2, 3, 4, 5].map(para).join('')}</div></body></html>`;
  await page.getByTestId('file-input').setInputFiles([{ name: 'hidden.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  await expect(page.getByTestId('article').locator('.article-body')).toContainText('Paragraph 5 of the council');
  expect(errors).toEqual([]);
});

test('a page saved as one file (MHTML) is read like the page itself', async ({ app }) => {
  const { page } = app;
  const html = fixture('ars-1').buffer;
  // As a browser's "Save page as… single file" writes it: a MIME message, the page as its first part.
  const mhtml = [
    'From: <Saved by Blink>', 'Snapshot-Content-Location: https://arstechnica.com/saved-copy', 'MIME-Version: 1.0',
    'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--x----"', '',
    '------MultipartBoundary--x----', 'Content-Type: text/html', 'Content-Transfer-Encoding: base64', '',
    html.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '------MultipartBoundary--x----', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=',
    '------MultipartBoundary--x------', '',
  ].join('\r\n');
  await page.getByTestId('file-input').setInputFiles([{ name: 'ars-1.mhtml', mimeType: 'multipart/related', buffer: Buffer.from(mhtml) }]);
  await expect(page.getByTestId('article-title')).toHaveText(PAGES[0].title);
  await expect(page.getByTestId('article-byline')).toHaveText(PAGES[0].byline);
  await expect(page.getByTestId('article').locator('.article-body')).toContainText(PAGES[0].middle);
  // The page's own canonical address wins over where the copy was saved from.
  await expect(page.getByTestId('article-address')).toHaveText(/^https:\/\/arstechnica\.com\/information-technology\/2015\/04\//);
});

test.describe('without the network', () => {
  // The service worker would answer from its cache, where Readability.js was put at install.
  test.use({ serviceWorkers: 'block' });
  test('when the article finder cannot load, the page is shown whole and says so', async ({ app }) => {
    const { page } = app;
    await page.route('**/Readability.js', (route) => route.abort());
    await page.getByTestId('file-input').setInputFiles([fixture('ars-1')]);
    await expect(page.getByTestId('page-note')).toContainText("could not run (Readability.js is not loaded) — showing the page's whole text instead");
    await expect(page.getByTestId('notice').filter({ hasText: 'ars-1.html' })).toContainText('whole text');
    // The page's text, title and byline all the same: the metadata does not need the finder.
    await expect(page.getByTestId('article').locator('.article-body')).toContainText(PAGES[0].middle);
    await expect(page.getByTestId('article-title')).toHaveText(PAGES[0].title);
    await expect(page.getByTestId('article-byline')).toContainText('Ars Technica');
  });
});

test('screenshots of a loaded web page, phone and laptop', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('file-input').setInputFiles([fixture('ars-1')]);
  await expect(page.getByTestId('article-byline')).toBeVisible();
  for (const [w, h] of [[390, 844], [1366, 768]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => {
      const title = document.querySelector('[data-testid=article-title]');
      window.scrollTo(0, title.getBoundingClientRect().top + window.scrollY - 16);
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `target/e2e-results/web-page-${w}x${h}.png` });
  }
});
