import { test, expect, seed } from './fixtures.mjs';

const txt = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const HTML_PAGE = `<!DOCTYPE html><html><head><title>Ignored title</title>
<script>window.__fromFile = 1</script></head>
<body>
  <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Kremlin Rejects Ceasefire Plan</h1>
    <div class="article-body">
    <p>Russia launched <b>13,897 missiles and drones</b> at Ukraine in 2024, officials said.</p>
    <img src="https://example.invalid/tracker.png" onerror="window.__fromFile = 2">
    <p>“We will not give up,” Ukrainian President Volodymyr Zelensky said.</p>
    <p>The attacks hit power stations in six regions over the winter, leaving millions of homes without heating or light for days at a time, according to the energy ministry.</p>
    <p>Engineers restored most of the supply within a week, but the ministry warned that repairs to the largest plants would take months and that more outages were likely.</p>
    </div>
    <div class="share-bar">Share on Facebook Share on X</div>
    <section class="comments-area"><h2>0 Comments</h2><p>Post a Comment</p></section>
  </article>
  <aside class="related-posts"><ul><li>Related: another story</li></ul></aside>
  <footer>© Example News</footer>
</body></html>`;

test('dropping several files at once: each is loaded or explained', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('file-input').setInputFiles([
    txt('troops.txt', seed(0)),
    { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(HTML_PAGE, 'utf8') },
    { name: 'utf16.txt', mimeType: 'text/plain', buffer: utf16le('Zelensky’s “plan” 👋\n\nRussia lost 5,000 troops.') },
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Markdown *Notes*\n\nThe army has **30,000** troops.', 'utf8') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x35, 0x20, 0x70, 0x65, 0x6f, 0x70, 0x6c, 0x65]) },
    txt('empty.txt', '   '),
  ]);
  await expect(page.getByTestId('doc')).toHaveCount(5);
  const notices = page.getByTestId('notice');
  await expect(notices.filter({ hasText: 'photo.png' })).toContainText('not text');
  await expect(notices.filter({ hasText: 'empty.txt' })).toContainText('empty');
  await expect(notices.filter({ hasText: 'latin1.txt' })).toContainText('Windows-1252');

  const docs = page.getByTestId('doc');
  // HTML: the article only, no script, no furniture, no request for the image.
  await docs.filter({ hasText: 'page.html' }).click();
  const article = page.getByTestId('article');
  await expect(page.getByTestId('article-title')).toHaveText('Kremlin Rejects Ceasefire Plan');
  await expect(article.locator('.hl-number').filter({ hasText: '13,897 missiles and drones' })).toBeVisible();
  await expect(article.locator('.hl-quote')).toHaveAttribute('title', /quote by Volodymyr Zelensky/);
  for (const furniture of ['Home', 'Share on Facebook', 'Post a Comment', 'Related: another story', '© Example News']) {
    await expect(article).not.toContainText(furniture);
  }
  expect(await page.evaluate(() => window.__fromFile)).toBeUndefined();
  expect(app.requests.filter((u) => u.includes('example.invalid'))).toEqual([]);

  // UTF-16 with BOM, and Markdown without its markup.
  await docs.filter({ hasText: 'utf16.txt' }).click();
  await expect(article).toContainText('Zelensky’s “plan” 👋');
  await docs.filter({ hasText: 'notes.md' }).click();
  await expect(page.getByTestId('article-title')).toHaveText('Markdown Notes');
  await expect(article).not.toContainText('**');
  await docs.filter({ hasText: 'latin1.txt' }).click();
  await expect(article).toContainText('Café 5 people');
  await page.screenshot({ path: 'target/e2e-results/files.png' });
});

test('dropping files onto the page adds them', async ({ app }) => {
  const { page } = app;
  const dataTransfer = await page.evaluateHandle(([a, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'first.txt', { type: 'text/plain' }));
    dt.items.add(new File([b], 'second.txt', { type: 'text/plain' }));
    return dt;
  }, [seed(3), seed(4)]);
  await page.dispatchEvent('.app', 'dragover', { dataTransfer });
  await expect(page.locator('.app')).toHaveClass(/dragging/);
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.locator('.app')).not.toHaveClass(/dragging/);
});

test('many files that cannot be read: their messages stay, in a stack that scrolls within part of the screen', async ({ app }) => {
  const { page } = app;
  const png = (i) => ({ name: `photo-${i}.png`, mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, i, 0]) });
  await page.getByTestId('file-input').setInputFiles([0, 1, 2, 3, 4, 5, 6, 7].map(png));
  await expect(page.getByTestId('notice')).toHaveCount(8);
  const stack = await page.locator('.notices').boundingBox();
  const height = page.viewportSize().height;
  expect(stack.height).toBeLessThanOrEqual(height * 0.46);
  // Each can still be reached and dismissed.
  const last = page.getByTestId('notice').filter({ hasText: 'photo-7.png' });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
});
