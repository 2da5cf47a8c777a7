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
