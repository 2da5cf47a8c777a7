// Issue 19's small faults, each as a person meets it.
import { test, expect, seed, pasteArticle, findingsMade, selectText, saved, storedLibrary } from './fixtures.mjs';

test('“New tag…” and Enter tags the selected text, and the new tag gets a free number key', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await selectText(page, 'Russia, however, has rejected any deal');
  const field = page.getByTestId('new-tag');
  await field.click(); // clicking the field clears the article's selection
  await field.fill('disputed');
  await field.press('Enter');
  await expect(page.locator('.article-body .hl.note')).toHaveText('Russia, however, has rejected any deal');
  await saved(page, 1, 1);
  const lib = await storedLibrary(page);
  expect(lib.documents[0].annotations.items[0].tags).toEqual(['disputed']);
  expect(lib.tags.find((t) => t.name === 'disputed').key).toBe('7');
  await expect(page.getByTestId('tag-button').filter({ hasText: 'disputed' })).toHaveAttribute('title', /\(7\)/);
});

test('the same notice again is one notice with a count; messages go away by themselves', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await page.getByTestId('article').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+z');
  const notice = page.getByTestId('notice').filter({ hasText: 'Nothing to undo' });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByTestId('notice-count')).toHaveText('×6');
  await expect(notice).toHaveCount(0, { timeout: 15_000 });
});

for (const [size, width, height] of [['laptop', 1366, 768], ['wide', 1920, 1080]]) {
  test(`on a ${size} screen a notice covers neither Undo nor Redo nor the article's tag bar, nor its column`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await pasteArticle(page, seed(1));
    // Long messages, as wide as a notice gets: files that cannot be read.
    const png = (i) => ({ name: `photo-${i}.png`, mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, i, 0]) });
    await page.getByTestId('file-input').setInputFiles([0, 1, 2].map(png));
    await expect(page.getByTestId('notice')).toHaveCount(3);
    for (const id of ['undo', 'redo', 'tagbar']) {
      const hit = await page.getByTestId(id).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return el.contains(at) || at === el;
      });
      expect(hit, id).toBe(true);
    }
    // Nor the reading column, its title among it: the notices stay over the side panel.
    const notices = await page.locator('.notices').boundingBox();
    const reader = await page.locator('.reader').boundingBox();
    expect(notices.x).toBeGreaterThanOrEqual(reader.x + reader.width);
  });
}

test('a search says how many findings match, or that none does and why; a tag is found as typed, spaces and all, or by its start', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'needs source' }).dispatchEvent('mousedown');
  const search = page.getByTestId('search');
  await search.fill('zzzz-no-such-thing');
  await expect(page.getByTestId('search-result')).toHaveText('Nothing matches “zzzz-no-such-thing”.');
  // Each kind's count says how many the search shows of how many there are.
  await expect(page.getByTestId('count-numbers')).toHaveText(/^0 of [1-9]\d*$/);
  await expect(page.getByTestId('count-claims')).toHaveText(/^0 of [1-9]\d*$/);
  await search.fill('#needs source');
  await expect(page.getByTestId('search-result')).toHaveText('1 finding matches “#needs source”.');
  await expect(page.getByTestId('note-text')).toHaveCount(1);
  // Its start, as the search is typed, finds it too.
  await search.fill('#needs');
  await expect(page.getByTestId('search-result')).toHaveText('1 finding matches “#needs”.');
  // An operator given a value it does not take says which it takes.
  await search.fill('is:nonsense');
  await expect(page.getByTestId('search-result')).toHaveText('Nothing matches “is:nonsense”: “is:” takes quote, number, claim or note.');
  await search.fill('');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
  await expect(page.getByTestId('count-numbers')).toHaveText(/^[1-9]\d*$/);
});

test('a long file name is cut with “…” and its remove button stays in the panel', async ({ app }) => {
  const { page } = app;
  const name = 'a-very-long-file-name-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on.txt';
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('Russia lost 5,000 troops in 2024.') });
  await expect(page.getByTestId('doc')).toHaveCount(1);
  const remove = page.getByTestId('doc-remove');
  const box = await remove.boundingBox();
  const panel = await page.locator('.library').boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
  // What is at the button's centre is the button.
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.dataset.testid, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toBe('doc-remove');
  const meta = page.locator('.doc-meta').first();
  expect(await meta.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis')).toBe(true);
});

test('on a laptop screen a long title shows on two lines before its “…”', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const title = 'Trump Pressures Ukraine Amid Putin’s Escalating War Crimes and the Talks That Failed in Istanbul';
  await page.getByTestId('file-input').setInputFiles({ name: 'a.md', mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\nRussia lost 5,000 troops in 2024.`) });
  await expect(page.getByTestId('doc')).toHaveCount(1);
  const shown = page.locator('.doc-title').first();
  await expect(shown).toHaveText(title);
  const lines = await shown.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines).toBe(2);
  // At least the first 30 characters are on screen (one line held 18).
  const visible = await shown.evaluate((el) => {
    const r = document.createRange();
    const text = el.firstChild;
    r.setStart(text, 0);
    r.setEnd(text, 30);
    const box = el.getBoundingClientRect();
    return [...r.getClientRects()].every((q) => q.bottom <= box.bottom + 1 && q.right <= box.right + 1);
  });
  expect(visible).toBe(true);
});

for (const [size, width, height] of [['phone', 390, 844], ['laptop', 1366, 768], ['wide', 1920, 1080]]) {
  test(`reviewing with j on a ${size} screen: every finding is scrolled into view, not under the tag bar, and the line saying why is whole and uncovered`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await pasteArticle(page, seed(4));
    await page.locator('.article-body').click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('j');
      const selected = page.locator('.article-body .hl.selected').first();
      await expect(selected).toBeInViewport();
      const uncovered = await selected.evaluate((el) => {
        // Its first line (a highlight over several lines is several boxes).
        const r = el.getClientRects()[0];
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
        return el.contains(hit) || `${hit && hit.className} at ${Math.round(r.top)} of ${innerHeight}`;
      });
      expect(uncovered, `finding ${i + 1} is covered`).toBe(true);
      // The line that says why it was found: whole on screen, nothing over it.
      const why = page.getByTestId('why');
      await expect(why).toBeInViewport({ ratio: 1 });
      const clear = await why.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hits = [r.left + 8, r.left + r.width / 2, r.right - 8].map((x) => document.elementFromPoint(x, r.top + r.height / 2));
        return hits.every((h) => el.contains(h)) || hits.map((h) => h && h.className).join(', ');
      });
      expect(clear, `the why line of finding ${i + 1} is covered`).toBe(true);
      // Beside the article, the panel follows: the selected entry is inside it.
      if (width > 900) {
        const inPanel = await page.locator('.findings .finding.selected').evaluate((el) => {
          const panel = el.closest('.findings').getBoundingClientRect();
          const r = el.getBoundingClientRect();
          return (r.top >= panel.top - 1 && r.bottom <= panel.bottom + 1) || `${Math.round(r.top)} outside ${Math.round(panel.top)}–${Math.round(panel.bottom)}`;
        });
        expect(inPanel, `finding ${i + 1}'s entry in the panel`).toBe(true);
      }
    }
    // Esc, then j: on from where the reader was, not from the top.
    const before = await page.locator('.findings .finding.selected').textContent();
    await page.keyboard.press('Escape');
    await expect(page.locator('.findings .finding.selected')).toHaveCount(0);
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect(page.locator('.findings .finding.selected')).toHaveText(before);
    // The same from a finding clicked in the article.
    await page.locator('.article-body [data-number]').nth(3).click();
    const clicked = await page.locator('.findings .finding.selected').textContent();
    await page.keyboard.press('Escape');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect(page.locator('.findings .finding.selected')).toHaveText(clicked);
    // The tag bar's own buttons are on screen, whatever the tags: Tags…, Undo, Redo.
    for (const id of ['manage-tags', 'undo', 'redo']) {
      const hit = await page.getByTestId(id).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const inside = r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
        return (inside && el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2))) || `${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth}`;
      });
      expect(hit, `${id} on screen`).toBe(true);
    }
    // On a phone Undo and Redo are arrows, so three tags show whole beside them.
    if (width < 640) {
      const whole = await page.locator('.tagbar-tags [data-testid=tag-button]').evaluateAll((els) => els.filter((el) => {
        const r = el.getBoundingClientRect();
        const strip = el.closest('.tagbar-tags').getBoundingClientRect();
        return r.left >= strip.left - 1 && r.right <= strip.right + 1;
      }).length);
      expect(whole).toBeGreaterThanOrEqual(3);
    }
    // The panel ends inside the screen, at the top of the page too.
    await page.evaluate(() => scrollTo(0, 0));
    if (width > 900) {
      const bottom = await page.locator('.findings').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(height);
    }
  });
}

test('no “Accept all” over nothing: an article without quotes has no button to accept them', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Russia lost 5,000 troops in 2024, the ministry said. The figure rose by 12 percent.');
  await findingsMade(page);
  await expect(page.getByTestId('count-quotes')).toHaveText('0');
  await expect(page.getByTestId('accept-quotes')).toHaveCount(0);
  await expect(page.getByTestId('accept-numbers')).toHaveCount(1);
});

test('on a phone the empty notices stack takes no taps: a document at the bottom of the library opens', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  await pasteArticle(page, seed(0));
  const strip = await page.locator('.notices').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.max(1, r.height / 2));
    return !el.contains(hit) || `${hit.className} at ${Math.round(r.top)}`;
  });
  expect(strip).toBe(true);
});

test('review progress: “n of m reviewed”, n goes to the next one still to review, the library filters by status and tag', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Russia lost 5,000 troops in 2024, officials said. Prices rose 4% in May.');
  await pasteArticle(page, seed(1));
  const text = page.getByTestId('progress-text');
  const total = Number((await text.textContent()).match(/^0 of ([\d,]+) reviewed$/)[1].replace(/,/g, ''));
  expect(total).toBeGreaterThan(10);
  // n selects the first suggestion still to review; accept it, n again goes on.
  await page.keyboard.press('n');
  const first = await page.locator('.findings .finding.selected').textContent();
  await page.keyboard.press('a');
  await expect(text).toHaveText(`1 of ${total} reviewed`);
  await page.keyboard.press('n');
  await expect(page.locator('.findings .finding.selected')).not.toHaveText(first);
  await page.keyboard.press('x');
  await expect(text).toHaveText(`2 of ${total} reviewed`);
  // The button keeps the keyboard's focus through a review: Enter, a, Enter…
  await page.getByTestId('next-unreviewed').focus();
  await page.keyboard.press('Enter');
  const third = await page.locator('.findings .finding.selected').textContent();
  await page.keyboard.press('a');
  await expect(text).toHaveText(`3 of ${total} reviewed`);
  await expect(page.getByTestId('next-unreviewed')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.findings .finding.selected')).not.toHaveText(third);
  await page.keyboard.press('Control+z');
  await expect(text).toHaveText(`2 of ${total} reviewed`);
  await expect(page.getByTestId('doc-progress').nth(1)).toHaveText(`2/${total} reviewed`);
  // The short article: accept everything, and it reads as done.
  await page.getByTestId('doc').first().click();
  await findingsMade(page);
  for (const bulk of ['accept-quotes', 'accept-numbers', 'accept-claims']) {
    const button = page.getByTestId(bulk);
    if (await button.count()) await button.click();
  }
  const shortText = await text.textContent();
  if (!/^all \d+ reviewed$/.test(shortText)) {
    // What bulk accept left (claims under 0.8): n and a, one at a time.
    for (let i = 0; i < 20 && !/^all/.test(await text.textContent()); i++) {
      await page.keyboard.press('n');
      await page.keyboard.press('a');
    }
  }
  await expect(text).toHaveText(/^all \d+ reviewed$/);
  await expect(page.getByTestId('doc-progress').first()).toHaveText('✓ reviewed');
  // Done here: n goes on to the next document with something to review, at its first.
  await expect(page.getByTestId('next-unreviewed')).toHaveText('Next document to review');
  await page.keyboard.press('n');
  await expect(page.getByTestId('notice').filter({ hasText: 'is reviewed: on to the next document.' })).toHaveCount(1);
  await expect(text).toHaveText(`2 of ${total} reviewed`);
  await expect(page.locator('.findings .finding.selected')).toBeVisible();
  await page.getByTestId('doc').first().click();
  await findingsMade(page);
  // Tag a sentence in the long one, then filter the library.
  await page.getByTestId('doc').nth(1).click();
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await page.getByTestId('doc').first().click();
  const titles = () => page.getByTestId('doc').locator('.doc-title').allTextContents();
  await page.getByTestId('filter-status').selectOption('done');
  expect(await titles()).toHaveLength(1);
  await page.getByTestId('filter-status').selectOption('started');
  // The open one (done) stays listed, with the one in progress, and says why.
  expect(await titles()).toHaveLength(2);
  await expect(page.getByTestId('doc-outside')).toHaveCount(1);
  await expect(page.getByTestId('doc').first().getByTestId('doc-outside')).toHaveText('Open, outside the filter');
  await page.getByTestId('filter-status').selectOption('');
  await page.getByTestId('filter-tag').selectOption('misleading');
  await page.getByTestId('doc').nth(1).click();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect(page.getByTestId('library-hidden')).toHaveText(/1 document is not shown by this filter/);
  await page.getByTestId('library-show-all').click();
  await expect(page.getByTestId('doc')).toHaveCount(2);
  // A tag whose last use is deleted filters no more: every document is listed.
  await page.getByTestId('filter-tag').selectOption('misleading');
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await page.locator('.article-body .hl.note').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('filter-tag')).toHaveValue('');
  await expect(page.getByTestId('filter-tag').locator('option')).toHaveCount(1);
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.getByTestId('library-hidden')).toHaveCount(0);
  // What is reviewed survives a reload.
  await page.reload();
  await expect(page.getByTestId('progress-text')).toHaveText(`2 of ${total} reviewed`);
});

test('the same article added again opens the one already in the library, not a copy', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await pasteArticle(page, seed(2));
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await pasteArticle(page, seed(0));
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.getByTestId('notice').last()).toContainText('is already in your library: it was not added again');
  await expect(page.getByTestId('article')).toContainText(seed(0).split('\n').find((l) => l.trim()).trim().slice(0, 40));
});

test('Alt+↓ and Alt+↑ step through the documents the library lists, its filter applied', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await selectText(page, 'consistently emphasized his role');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await pasteArticle(page, seed(1));
  await pasteArticle(page, seed(2));
  await selectText(page, 'seems to be convinced');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await page.getByTestId('filter-tag').selectOption('misleading');
  await expect(page.getByTestId('doc')).toHaveCount(2);
  const title = page.getByTestId('article-title');
  const last = await title.textContent();
  await page.locator('.article-title').click();
  // From the third to the first, over the second, which the filter hides.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(title).not.toHaveText(last);
  await expect(page.locator('.article-body')).toContainText('consistently emphasized his role');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(title).toHaveText(last);
});
