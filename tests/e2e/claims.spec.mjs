// The claim threshold: the reader moves it and sees the claims follow.
import { test, expect, seed, pasteArticle, finding, storedLibrary, findingsMade } from './fixtures.mjs';

const count = async (page) => Number(await page.getByTestId('count-claims').textContent());
// The legend's count, with its noun in agreement ("1 claim")
const claims = (n) => (n === 1 ? '1 claim' : `${n} claims`);

test('moving the claim threshold changes which sentences are claims, and it is kept', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  const article = page.getByTestId('article');
  const slider = page.getByTestId('claim-threshold');
  const value = page.getByTestId('claim-threshold-value');
  await expect(article.locator('.hl-claim').first()).toBeVisible();
  const start = await value.textContent();
  const atDefault = await count(page);
  expect(atDefault).toBeGreaterThan(0);
  await expect(page.getByTestId('claim-threshold-default')).toBeHidden();

  // Lowest: more claims, in the panel, the legend and the article alike.
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(value).toHaveText('0.05');
  await expect.poll(() => count(page)).toBeGreaterThan(atDefault);
  const low = await count(page);
  await expect(page.getByTestId('toggle-claims')).toHaveText(claims(low));
  await expect(page.getByTestId('overview').locator('.mm-claim')).toHaveCount(low);
  await expect(page.getByTestId('claim-threshold-default')).toBeVisible();

  // Highest: fewer, and every one listed scores at least that.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(value).toHaveText('0.95');
  await expect.poll(() => count(page)).toBeLessThan(atDefault);
  const high = await count(page);
  await expect(page.getByTestId('toggle-claims')).toHaveText(claims(high));
  const scores = await page.getByTestId('findings').locator('.finding-meta').filter({ hasText: /^score / }).allTextContents();
  expect(scores.length).toBe(high);
  for (const s of scores) expect(Number(s.replace('score ', ''))).toBeGreaterThanOrEqual(0.95);

  // One step with the arrow keys moves it by 0.01.
  await page.keyboard.press('ArrowLeft');
  await expect(value).toHaveText('0.94');

  // The reader's threshold is saved with the library and survives a reload.
  await expect.poll(async () => (await storedLibrary(page)).claim_threshold).toBeCloseTo(0.94, 5);
  await page.reload();
  await expect(page.getByTestId('claim-threshold-value')).toHaveText('0.94');
  await findingsMade(page);
  expect(await count(page)).toBeLessThanOrEqual(high + 1);

  // Back to the default.
  await page.getByTestId('claim-threshold-default').click();
  await expect(value).toHaveText(start);
  await expect.poll(() => count(page)).toBe(atDefault);
  await expect.poll(async () => (await storedLibrary(page)).claim_threshold).toBeUndefined();
});

test('a claim lists the reasons that pushed its score, in words', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  const claim = finding(page, 'Under predecessor Joe Biden, Russia launched 13,897 missiles and drones at Ukraine in 2024, averaging 38 per day.');
  await expect(claim.locator('.reasons li').first()).toBeVisible();
  await expect(claim.locator('.reasons')).toContainText('↑ a figure: 13,897 missiles and drones');
});
