import AxeBuilder from '@axe-core/playwright';
import { test, expect, seed, pasteArticle, selectText } from './fixtures.mjs';

/** axe-core's WCAG A/AA rules on the page as it is now: no violation. */
async function audit(page, what) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')} — ${v.help}`);
  expect(summary, what).toEqual([]);
}

for (const scheme of ['light', 'dark']) {
  test(`every main screen passes axe in the ${scheme} theme`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await audit(page, 'empty state');
    await pasteArticle(page, seed(1));
    await audit(page, 'article with highlights');
    // An annotation with a note, a reviewed suggestion, a notice.
    await selectText(page, 'Russia, however');
    await page.keyboard.press('5');
    await page.getByTestId('note-text').first().fill('A note');
    await page.getByTestId('findings').getByTestId('suggestion').nth(1).locator('.reject').click();
    await page.getByTestId('findings').getByTestId('suggestion').nth(2).locator('.accept').click();
    await audit(page, 'annotated article');
    await page.keyboard.press('?');
    await audit(page, 'shortcut sheet');
  });
}

test('screen readers hear what each highlight is where it begins; the selected one says why', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(4));
  const body = page.locator('.article-body');
  // Read as a screen reader does: the marks with the words CSS gives them.
  const snapshot = await body.ariaSnapshot();
  expect(snapshot).toMatch(/- mark: "\[check-worthy claim, score 0\.\d\d/);
  expect(snapshot).toMatch(/- mark: "\[number: count: 13,897 missiles and drones\] 13,897 missiles and drones"/);
  expect(snapshot).toMatch(/\[quote by [A-Z][a-z]+ [A-Z]/);
  // Only where a finding begins: a quote split in runs is announced once.
  const labels = await body.locator('mark[data-sr]').evaluateAll((els) => els.map((e) => e.dataset.sr));
  const marks = await body.locator('mark').count();
  expect(labels.length).toBeLessThan(marks);
  // The labels are not article text: copying or selecting never includes them.
  expect(await body.evaluate((el) => el.textContent.includes('[number:'))).toBe(false);
  // Keyboard: j selects the first suggestion and the status line says why.
  await page.getByTestId('article').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  const why = page.getByTestId('why');
  await expect(why).toHaveRole('status');
  await expect(why).toBeVisible();
  await expect(why).toHaveText(/^(check-worthy claim, score|quote by|number: )/);
});
