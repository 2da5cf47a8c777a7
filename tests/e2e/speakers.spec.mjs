// Who said it: the reader corrects a suggested quote's speaker (typing a
// name, or taking the words selected in the article), marks a quote the core
// missed with its speaker, undoes, reloads and exports — as a fact-checker would.
import { readFileSync } from 'node:fs';
import { test, expect, pasteArticle, selectText, storedLibrary } from './fixtures.mjs';

const ARTICLE = [
  'Bridge repairs divide Millbrook',
  'Mayor Ellen Ward opened the council meeting on Tuesday evening.',
  '“We will rebuild the bridge before winter,” Ward said.',
  'Council member Tom Baker listened from the second row.',
  '“Nobody told us anything about the closure,” a voice shouted from the back.',
  'The repairs will cost $4.2 million, according to the city’s estimate. Residents called it a waste of money.',
].join('\n\n');

/** The side panel's entry of the quote that contains `words`. */
const entry = (page, words) =>
  page.getByTestId('findings').getByTestId('suggestion').filter({ hasText: words });

test('correct a speaker by typing, by selection and by key; undo; reload; export', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, ARTICLE);
  const article = page.getByTestId('article');
  const unknown = article.locator('.hl-quote[data-speaker]', { hasText: 'Nobody told us' });
  // The core found Ward for the first quote and no one for the second: the
  // article says so after each quote.
  await expect(article.locator('.hl-quote[data-speaker]', { hasText: 'rebuild the bridge' })).toHaveAttribute('data-speaker', 'Ellen Ward');
  await expect(unknown).toHaveAttribute('data-speaker', 'speaker unknown');
  await expect(page.getByTestId('findings').getByTestId('speaker').filter({ hasText: 'Speaker unknown' })).toBeVisible();

  // Typing a name and pressing Enter corrects it and accepts the quote.
  const field = entry(page, 'Nobody told us').getByTestId('speaker-input');
  await field.fill('A resident');
  await field.press('Enter');
  await expect(unknown).toHaveAttribute('data-speaker', 'A resident');
  await expect(entry(page, 'Nobody told us')).toHaveAttribute('data-review', 'accepted');
  await expect(page.getByTestId('findings').getByTestId('speaker').filter({ hasText: 'A resident' })).toBeVisible();

  // Undo takes the correction and the acceptance back in one step.
  await page.keyboard.press('Control+z');
  await expect(unknown).toHaveAttribute('data-speaker', 'speaker unknown');
  await expect(entry(page, 'Nobody told us')).toHaveAttribute('data-review', 'pending');

  // Select the speaker's words in the article, then "From selection".
  await selectText(page, 'Tom Baker');
  await entry(page, 'Nobody told us').getByTestId('speaker-from-selection').click();
  await expect(unknown).toHaveAttribute('data-speaker', 'Tom Baker');

  // Keyboard-first: select the first quote, press s, type, Enter.
  await entry(page, 'rebuild the bridge').locator('.finding').click();
  // Esc gives up what was typed and hands the keys back to review.
  await page.keyboard.press('s');
  await page.keyboard.type('oops');
  await page.keyboard.press('Escape');
  const bridgeField = entry(page, 'rebuild the bridge').getByTestId('speaker-input');
  await expect(bridgeField).not.toBeFocused();
  await expect(bridgeField).toHaveValue('Ellen Ward');
  await page.keyboard.press('s');
  await expect(entry(page, 'rebuild the bridge').getByTestId('speaker-input')).toBeFocused();
  // The name found ("Ellen Ward") is selected: what is typed replaces it.
  await page.keyboard.type('Mayor Ellen Ward');
  await page.keyboard.press('Enter');
  await expect(article.locator('.hl-quote[data-speaker]', { hasText: 'rebuild the bridge' })).toHaveAttribute('data-speaker', 'Mayor Ellen Ward');

  // It is stored, and survives a reload.
  await expect.poll(async () => (await storedLibrary(page)).documents[0]?.annotations?.speakers?.length ?? 0).toBe(2);
  await page.reload();
  await expect(page.getByTestId('article').locator('.hl-quote[data-speaker]', { hasText: 'Nobody told us' })).toHaveAttribute('data-speaker', 'Tom Baker');

  // Exported in Marginalia JSON and W3C.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-document').click()]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8')).documents[0];
  const speakers = doc.annotations.filter((a) => a.origin === 'quote').map((a) => a.speaker);
  expect(speakers).toEqual(['Mayor Ellen Ward', 'Tom Baker']);
  const [w3c] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-w3c').click()]);
  const bodies = JSON.parse(readFileSync(await w3c.path(), 'utf8')).first.items.flatMap((i) => i.body);
  expect(bodies.filter((b) => b.purpose === 'identifying').map((b) => b.value)).toEqual(['Mayor Ellen Ward', 'Tom Baker']);
});

test('mark a quote the core missed, with its speaker', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, ARTICLE);
  // "Residents called it a waste of money." has no quotation marks.
  await selectText(page, 'a waste of money');
  await page.getByTestId('tagbar').getByTestId('tag-button').filter({ hasText: 'quote' }).dispatchEvent('mousedown');
  const speaker = page.getByTestId('notes').getByTestId('note-speaker');
  await expect(speaker).toBeVisible();
  await speaker.fill('Residents');
  await speaker.press('Enter');
  await expect.poll(async () => (await storedLibrary(page)).documents[0]?.annotations?.items?.[0]?.speaker).toBe('Residents');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(readFileSync(await csv.path(), 'utf8')).toMatch(/annotated,reader,\d+,\d+,a waste of money,quote,,Residents,/);
});
