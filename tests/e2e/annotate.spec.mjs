import { test, expect, seed, pasteArticle, selectText, saved, storedLibrary, storedWhole } from './fixtures.mjs';

test('review suggestions with the keyboard: next, accept, reject, undo', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  const article = page.getByTestId('article');
  await article.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  const selected = page.getByTestId('findings').locator('.finding.selected .finding-text');
  const firstText = await selected.textContent();
  await page.keyboard.press('a');
  const suggestions = page.getByTestId('findings').getByTestId('suggestion');
  await expect(suggestions.filter({ has: page.locator('.selected') })).toHaveAttribute('data-review', 'accepted');
  await expect(article.locator('.hl.accepted').first()).toBeVisible();
  // Reject the next one: it leaves the article, stays listed to show again.
  await page.keyboard.press('j');
  const selectedText = await page.getByTestId('findings').locator('.finding.selected .finding-text').textContent();
  await page.keyboard.press('x');
  await expect(suggestions.filter({ hasText: selectedText }).first()).toHaveAttribute('data-review', 'rejected');
  await expect(article.locator('.hl-number', { hasText: selectedText })).toHaveCount(0);
  // j and k go on from the one just rejected, not from the top or the bottom.
  await page.keyboard.press('k');
  await expect(selected).toHaveText(firstText);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(selected).not.toHaveText(firstText);
  await expect(selected).not.toHaveText(selectedText);
  await page.keyboard.press('Control+z');
  await expect(article.locator('.hl-number', { hasText: selectedText }).first()).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(article.locator('.hl-number', { hasText: selectedText })).toHaveCount(0);
  // Bulk: accept all quotes of an article that has some.
  await pasteArticle(page, seed(1));
  await page.getByTestId('accept-quotes').click();
  // The quote's entry (the sentence around it may be listed as a claim too).
  const quote = suggestions.filter({ hasText: 'We have to get Russia done' }).filter({ hasText: 'quote by' });
  await expect(quote).toHaveAttribute('data-review', 'accepted');
});

test('select text, tag it, write a note, undo, redo, reload', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  const article = page.getByTestId('article');
  // The selection starts mid-word: it snaps to whole words.
  await selectText(page, 'ussia, however, has rejected any dea');
  await page.getByTestId('tagbar').getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  const note = article.locator('.hl.note');
  await expect(note).toHaveText('Russia, however, has rejected any deal');
  await expect(note).toHaveClass(/tag-red/);
  await expect(page.getByTestId('count-notes')).toHaveText('1');
  // A new tag, applied with its number key.
  await page.getByTestId('new-tag').fill('disputed');
  await page.getByTestId('new-tag').press('Enter');
  await expect(page.getByTestId('tag-button').filter({ hasText: 'disputed' })).toBeVisible();
  await page.getByTestId('new-tag').blur();
  await selectText(page, 'Moscow’s position remains');
  await page.keyboard.press('5'); // "misleading" is tag 5
  await expect(page.getByTestId('count-notes')).toHaveText('2');
  // A note on the first annotation.
  await page.getByTestId('note-text').first().fill('Compare with the Kremlin’s own statement.');
  await page.getByTestId('note-text').first().blur();
  await expect(article.locator('.hl.note').first()).toHaveAttribute('title', /Compare with the Kremlin’s own statement/);
  // Undo the note, then the second annotation; redo both.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('note-text').first()).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('count-notes')).toHaveText('1');
  await page.keyboard.press('Control+y');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('count-notes')).toHaveText('2');
  await expect(page.getByTestId('note-text').first()).toHaveValue('Compare with the Kremlin’s own statement.');
  // Everything is still there after a reload.
  await saved(page, 1, 2); // the save runs shortly after the last change
  await page.reload();
  await expect(page.getByTestId('count-notes')).toHaveText('2');
  await expect(page.getByTestId('article').locator('.hl.note').first()).toHaveText('Russia, however, has rejected any deal');
  await expect(page.getByTestId('tag-button').filter({ hasText: 'disputed' })).toBeVisible();
  await page.screenshot({ path: 'target/e2e-results/annotate.png' });
});

test('a note being typed is kept when the page is left without leaving its field', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await selectText(page, 'however, has rejected');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  await saved(page, 1, 1);
  // Typed, the cursor still in the note: a reload right away keeps it.
  await page.getByTestId('note-text').first().click();
  await page.keyboard.type('Ask the ministry for its figures');
  await expect(page.getByTestId('note-text').first()).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('note-text').first()).toHaveValue('Ask the ministry for its figures');
});

test('an annotation can be retagged, resized with keys or buttons, and deleted with a key', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await selectText(page, 'however, has rejected');
  await page.getByTestId('tag-button').filter({ hasText: 'misleading' }).dispatchEvent('mousedown');
  const entry = page.getByTestId('note');
  const text = entry.locator('.finding-text');
  await expect(text).toHaveText('however, has rejected');
  // The new annotation is selected: Shift+→ moves its end, Alt+Shift+← its start.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(text).toHaveText('however, has rejected any');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(text).toHaveText('Russia, however, has rejected any');
  await expect(page.getByTestId('article').locator('.hl.note')).toHaveText('Russia, however, has rejected any');
  // The same with the mouse (or a finger).
  await entry.getByTestId('end-back').click();
  await expect(text).toHaveText('Russia, however, has rejected');
  await entry.getByTestId('start-on').click();
  await expect(text).toHaveText('however, has rejected');
  // With no text selected, a tag chip adds its tag to the selected annotation…
  await page.getByTestId('tag-button').filter({ hasText: 'verified' }).dispatchEvent('mousedown');
  await expect(entry.getByTestId('remove-tag')).toHaveText([/misleading/, /verified/]);
  // …and a tag's × takes it off; undo puts it back.
  await entry.getByTestId('remove-tag').filter({ hasText: 'misleading' }).click();
  await expect(entry.getByTestId('remove-tag')).toHaveText([/verified/]);
  await page.keyboard.press('Control+z');
  await expect(entry.getByTestId('remove-tag')).toHaveText([/misleading/, /verified/]);
  // Delete removes the selected annotation; undo brings it back.
  await entry.locator('.finding').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('count-notes')).toHaveText('0');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('count-notes')).toHaveText('1');
  await expect(text).toHaveText('however, has rejected');
});

test('the ? sheet lists every shortcut', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toContainText('accept the selected suggestion');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toHaveCount(0);
  // Longer than the screen, the sheet scrolls within it: its title is on the
  // screen, and its last line and Close button can be scrolled to and used.
  for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.keyboard.press('?');
    const card = page.getByTestId('help').locator('.help-card');
    const box = await card.boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    const close = page.getByTestId('help-close');
    await close.scrollIntoViewIfNeeded();
    const hit = await close.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    });
    expect(hit).toBe(true);
    await close.click();
    await expect(page.getByTestId('help')).toHaveCount(0);
  }
});

test('removing a document asks first and can be undone', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await pasteArticle(page, seed(2));
  page.once('dialog', (d) => d.dismiss());
  await page.getByTestId('doc-remove').last().click();
  await expect(page.getByTestId('doc')).toHaveCount(2);
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('doc-remove').last().click();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('doc')).toHaveCount(2);
  await expect(page.getByTestId('article-title')).toHaveText(/What is Trump's problem with Putin/);
});

test('a second tab does not overwrite the first one’s work', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await saved(page, 1);
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByTestId('doc')).toHaveCount(1);
  await pasteArticle(other, seed(2));
  await saved(other, 2); // the other tab saves two documents
  await expect(page.getByTestId('notice').filter({ hasText: 'another tab' })).toBeVisible();
  // This tab's later changes are not saved over the other tab's library.
  await pasteArticle(page, seed(3));
  await page.waitForTimeout(1000); // longer than the save delay: a save would have happened
  expect((await storedLibrary(page)).documents.length).toBe(2);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
});

test('a second tab that only reads leaves the first one saving', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await saved(page, 1);
  // Analysed, and saved as analysed (the analysis may retitle a pasted text).
  await expect(page.getByTestId('article').locator('.hl').first()).toBeVisible();
  await page.waitForTimeout(1000); // longer than the save delay
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const stamp = () => page.evaluate(() => localStorage.getItem('marginalia.saved'));
  const before = await stamp();
  // The second tab opens the library and analyses its document again, which
  // changes nothing that is stored: it writes nothing, so the first tab is
  // not told that another tab changed the library.
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByTestId('article').locator('.hl').first()).toBeVisible();
  await other.waitForTimeout(1000); // longer than the save delay
  await expect(other.getByTestId('save-status')).toHaveText('Saved');
  expect(await stamp()).toBe(before);
  await expect(page.getByTestId('notice').filter({ hasText: 'another tab' })).toHaveCount(0);
  await pasteArticle(page, seed(2));
  await saved(page, 2);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
});

test('a full storage quota warns once and loses nothing in the tab', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await pasteArticle(page, seed(0));
  await pasteArticle(page, seed(1));
  await expect(page.getByTestId('notice').filter({ hasText: 'refused to save' })).toHaveCount(1);
  await expect(page.getByTestId('notice').filter({ hasText: 'refused to save' })).toContainText('storage for this page is full');
  await expect(page.getByTestId('save-status')).toHaveText(/Not saved/);
  await expect(page.getByTestId('doc')).toHaveCount(2);
  // Export still works, so the reader can keep the work.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-library').click()]);
  expect(download.suggestedFilename()).toBe('marginalia-library.marginalia.json');
});

test('with no storage at all (a private window) the app works and says nothing is saved', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto('/');
  await expect(page.getByTestId('notice').filter({ hasText: 'refused to save' })).toContainText('no IndexedDB');
  await pasteArticle(page, seed(0));
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect(page.getByTestId('article').locator('.hl').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/Not saved/);
});

test('reloading in the middle of a burst of edits loses nothing', async ({ app }) => {
  const { page } = app;
  // Before there is any work, the header claims nothing about saving it.
  await expect(page.getByTestId('save-status')).toBeHidden();
  await pasteArticle(page, seed(1));
  await saved(page, 1);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByTestId('article').click({ position: { x: 5, y: 5 } });
  // Twelve reviews as fast as keys go, then a reload at once: the last ones
  // are still within the save delay, so only the save on leaving keeps them.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('j');
    await page.keyboard.press(i % 3 === 2 ? 'x' : 'a');
  }
  const reviews = () => page.getByTestId('findings').getByTestId('suggestion').evaluateAll(
    (els) => els.map((e) => e.dataset.review));
  const before = await reviews();
  expect(before.filter((r) => r === 'accepted').length).toBeGreaterThan(1);
  expect(before.filter((r) => r === 'rejected').length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect.poll(reviews).toEqual(before);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('a library saved by an older version (localStorage) moves to IndexedDB', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(2));
  await saved(page, 1);
  const json = JSON.stringify(await storedWhole(page));
  await page.evaluate(async (json) => {
    await new Promise((resolve) => { const r = indexedDB.deleteDatabase('marginalia'); r.onsuccess = r.onerror = r.onblocked = resolve; });
    localStorage.setItem('marginalia.library.v1', json);
  }, json);
  await page.reload();
  await expect(page.getByTestId('doc')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('marginalia.library.v1'))).toBeNull();
  expect((await storedLibrary(page)).documents.length).toBe(1);
});

test('search filters the panel and dims the article', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(1));
  await selectText(page, 'Russia, however, has rejected any deal');
  await page.keyboard.press('5'); // misleading
  await page.keyboard.press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('Zelensky is:quote');
  const findings = page.getByTestId('findings');
  await expect(findings.getByTestId('suggestion')).toHaveCount(1);
  await expect(findings.getByTestId('suggestion')).toContainText('As soon as the issue of long-range weapons');
  await expect(page.getByTestId('article').locator('.hl-quote:not(.dim)')).toHaveCount(1);
  // The bulk button accepts what the search shows, not the quotes it hides.
  await expect(page.getByTestId('accept-quotes')).toHaveText('Accept the quotes shown');
  await page.getByTestId('accept-quotes').click();
  await expect(findings.getByTestId('suggestion')).toHaveAttribute('data-review', 'accepted');
  await page.getByTestId('search').fill('is:quote');
  await expect(findings.locator('[data-testid=suggestion][data-review=accepted]')).toHaveCount(1);
  await expect(findings.locator('[data-testid=suggestion][data-review=pending]').first()).toBeVisible();
  await page.getByTestId('search').fill('#misleading');
  await expect(findings.getByTestId('note')).toHaveCount(1);
  await expect(findings.getByTestId('suggestion')).toHaveCount(0);
  await page.getByTestId('search').press('Escape');
  await expect(findings.getByTestId('suggestion').first()).toBeVisible();
});

test('the tag vocabulary: colour and shortcut key', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await page.getByTestId('manage-tags').click();
  const row = page.getByTestId('tag-row').filter({ hasText: 'verified' });
  await row.getByTestId('tag-color').selectOption('pink');
  await expect(page.getByTestId('tag-button').filter({ hasText: 'verified' })).toHaveClass(/tag-pink/);
  await row.getByTestId('tag-key').fill('9');
  await row.getByTestId('tag-key').press('Tab');
  await page.getByTestId('article').click({ position: { x: 5, y: 5 } });
  await selectText(page, 'Ukraine’s northern border');
  await page.keyboard.press('9');
  await expect(page.getByTestId('article').locator('.hl.note.tag-pink')).toHaveText('Ukraine’s northern border');
});

test('Esc closes the tags panel, and one panel opens at a time', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await page.getByTestId('manage-tags').click();
  await expect(page.getByTestId('tag-manager')).toBeVisible();
  await expect(page.getByTestId('manage-tags')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tag-manager')).toHaveCount(0);
  await expect(page.getByTestId('manage-tags')).toHaveAttribute('aria-expanded', 'false');
  // The export options close the tags panel rather than open under it.
  await page.getByTestId('manage-tags').click();
  await page.getByTestId('export-options').click();
  await expect(page.getByTestId('export-options-panel')).toBeVisible();
  await expect(page.getByTestId('tag-manager')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-options-panel')).toHaveCount(0);
});
