// A claim's check, as a fact-checker does it: select a claim, press c,
// give a verdict, a status, who claimed it and the evidence, save with
// Enter; find it by search, undo it, keep it through a reload, and export
// the verdicts as ClaimReview.
import { readFileSync } from 'node:fs';
import { test, expect, seed, pasteArticle, finding, storedLibrary, findingsMade } from './fixtures.mjs';

const CLAIM = 'Under predecessor Joe Biden, Russia launched 13,897 missiles and drones at Ukraine in 2024, averaging 38 per day.';
const entry = (page) => page.getByTestId('suggestion').filter({ has: page.locator('.finding-text').getByText(CLAIM, { exact: true }) });

test('a claim is checked from the keyboard, found by its verdict, undone, kept and exported as ClaimReview', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));

  // c with nothing selected says what to do.
  await page.keyboard.press('c');
  await expect(page.getByTestId('notice').last()).toContainText('Select a claim first');

  // Select the claim, press c: the form opens with its verdict focused.
  await finding(page, CLAIM).click();
  await page.keyboard.press('c');
  const form = entry(page).getByTestId('check-form');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('check-verdict')).toBeFocused();
  // Esc closes it and keeps nothing.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(entry(page).getByTestId('check-summary')).toHaveCount(0);

  await page.keyboard.press('c');
  await form.getByTestId('check-verdict').selectOption('false');
  await form.getByTestId('check-status').selectOption('done');
  await form.getByTestId('check-claimant').fill('Ukraine’s air force');
  await form.getByTestId('evidence-url').first().fill('https://data.example.org/strikes-2024');
  await form.getByTestId('evidence-add').click();
  await form.getByTestId('evidence-url').nth(1).fill('javascript:alert(1)');
  await form.getByTestId('evidence-note').first().fill('daily counts');
  // Accepting the claim meanwhile makes the panel again: what was typed stays.
  await entry(page).locator('.accept').click();
  await expect(entry(page)).toHaveAttribute('data-review', 'accepted');
  await expect(form.getByTestId('check-claimant')).toHaveValue('Ukraine’s air force');
  await expect(form.getByTestId('evidence-url').nth(1)).toHaveValue('javascript:alert(1)');
  await expect(form.getByTestId('check-verdict')).toHaveValue('false');
  await form.getByTestId('evidence-note').first().focus();
  // Enter saves.
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const summary = entry(page).getByTestId('check-summary');
  await expect(summary).toHaveText('false · done · claimed by Ukraine’s air force · 2 sources');
  // Only a web address becomes a link; the other is text.
  const links = entry(page).getByTestId('evidence').locator('a');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://data.example.org/strikes-2024');
  await expect(entry(page).getByTestId('evidence')).toContainText('javascript:alert(1)');
  // The line under the article says it too.
  await expect(page.getByTestId('why')).toContainText('your check: false · done');

  // Search by verdict and by status.
  const search = page.getByTestId('search');
  await search.fill('verdict:false');
  await expect(page.getByTestId('search-result')).toHaveText('1 finding matches “verdict:false”.');
  await search.fill('status:done');
  await expect(page.getByTestId('search-result')).toHaveText('1 finding matches “status:done”.');
  await search.fill('verdict:true');
  await expect(page.getByTestId('search-result')).toHaveText('Nothing matches “verdict:true”.');
  await search.fill('');

  // Undo takes it back, redo brings it again.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(entry(page).getByTestId('check-summary')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(summary).toHaveText(/^false · done/);

  // Stored with the library, and there after a reload.
  await expect.poll(async () => (await storedLibrary(page)).documents[0]?.annotations?.checks?.length ?? 0).toBe(1);
  await page.reload();
  await findingsMade(page);
  await expect(entry(page).getByTestId('check-summary')).toHaveText('false · done · claimed by Ukraine’s air force · 2 sources');

  // ClaimReview, with the reader's organisation as its author.
  await page.getByTestId('export-options').click();
  await page.getByTestId('export-organisation').fill('Example Checks');
  await page.getByTestId('export-organisation').blur();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-claimreview').click()]);
  expect(download.suggestedFilename()).toBe('marginalia-fact-checks.claimreview.jsonld');
  const reviews = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(reviews).toHaveLength(1);
  const r = reviews[0];
  expect(r['@context']).toBe('https://schema.org');
  expect(r['@type']).toBe('ClaimReview');
  expect(r.claimReviewed).toBe(CLAIM);
  expect(r.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'false', ratingValue: 1, bestRating: 5, worstRating: 1 });
  // "air force": an organisation, not a person.
  expect(r.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Ukraine’s air force' });
  expect(r.author).toEqual({ '@type': 'Organization', name: 'Example Checks' });
  expect(r.citation).toEqual(['https://data.example.org/strikes-2024']);
  expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the check of a claim names who the text says made it', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, 'Strike\n\nRussia has suffered 1.2 million military casualties, Defence Secretary John Healey said on Tuesday.\n');
  await page.getByTestId('check-open').first().click();
  await expect(page.getByTestId('check-claimant')).toHaveValue('John Healey');
  // No verdict given: ClaimReview has nothing to export and says so.
  await page.getByTestId('check-cancel').click();
  await page.getByTestId('export-claimreview').click();
  await expect(page.getByTestId('notice').last()).toContainText('No claim has a verdict yet');
  // A verdict on a check not yet done is no published fact-check either.
  await page.getByTestId('check-open').first().click();
  const form = page.getByTestId('check-form');
  await form.getByTestId('check-verdict').selectOption('false');
  await form.getByTestId('check-status').selectOption('checking');
  await form.getByTestId('check-save').click();
  await page.getByTestId('export-claimreview').click();
  await expect(page.getByTestId('notice').last()).toContainText('ClaimReview publishes finished checks only: 1 with a verdict');
});

test('the verdict scale is edited: a verdict renamed and rated, a bad edit refused with its reason, undone', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  await page.getByTestId('export-options').click();
  const scale = page.getByTestId('verdict-scale');
  await expect(scale.getByTestId('verdict-row')).toHaveCount(5);
  // Rename "misleading" and rate it 3; add "satire" with no rating.
  const misleading = scale.getByTestId('verdict-row').nth(2);
  await expect(misleading.getByTestId('verdict-name')).toHaveValue('misleading');
  await misleading.getByTestId('verdict-name').fill('missing context');
  await misleading.getByTestId('verdict-rating').selectOption('3');
  await scale.getByTestId('verdict-add').click();
  await scale.getByTestId('verdict-name').last().fill('satire');
  await scale.getByTestId('verdict-save').click();
  await expect(page.getByTestId('notice').last()).toContainText('The verdict scale is saved');
  await expect(scale.getByTestId('verdict-row')).toHaveCount(6);

  // A check chooses from the new scale.
  await finding(page, CLAIM).click();
  await page.keyboard.press('c');
  const form = entry(page).getByTestId('check-form');
  await expect(form.getByTestId('check-verdict').locator('option')).toContainText(['— none yet —', 'true', 'mostly true', 'missing context', 'false', 'unverifiable', 'satire']);
  await form.getByTestId('check-verdict').selectOption('missing context');
  await form.getByTestId('check-save').click();
  await expect(entry(page).getByTestId('check-summary')).toContainText('missing context');

  // Removing the verdict a check gives is refused, and says why; nothing changes.
  await scale.getByTestId('verdict-row').nth(2).getByRole('button', { name: /Remove the verdict/ }).click();
  await scale.getByTestId('verdict-save').click();
  await expect(scale.getByTestId('verdict-error')).toHaveText('“missing context” is the verdict of a check: give it another first.');
  // Closed and opened again, the rows are the library's. Renaming the verdict
  // renames the check's too; Ctrl+Z (outside the fields) takes it back.
  await page.getByTestId('export-options').click();
  await page.getByTestId('export-options').click();
  await expect(scale.getByTestId('verdict-row')).toHaveCount(6);
  await scale.getByTestId('verdict-name').nth(2).fill('lacks context');
  await scale.getByTestId('verdict-save').click();
  await expect(entry(page).getByTestId('check-summary')).toContainText('lacks context');
  await page.locator('.article-title').click();
  await page.keyboard.press('Control+z');
  await expect(entry(page).getByTestId('check-summary')).toContainText('missing context');
});

test('a verdict given to a claim waiting for review accepts it, and one undo takes both back', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  await finding(page, CLAIM).click();
  await expect(entry(page)).toHaveAttribute('data-review', 'pending');
  await page.keyboard.press('c');
  const form = entry(page).getByTestId('check-form');
  await form.getByTestId('check-verdict').selectOption('false');
  await form.getByTestId('check-verdict').press('Enter');
  await expect(entry(page).getByTestId('check-summary')).toContainText('false');
  await expect(entry(page)).toHaveAttribute('data-review', 'accepted');
  await page.locator('.article-title').click();
  await page.keyboard.press('Control+z');
  await expect(entry(page)).toHaveAttribute('data-review', 'pending');
  await expect(entry(page).getByTestId('check-summary')).toHaveCount(0);
});
