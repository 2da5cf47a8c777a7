// Across the library, as a researcher uses it: several articles on one
// story, then who said what (spellings of one name as one person), the
// figures that disagree, and a quote worded differently — each opening its
// place in its article.
import { test, expect, seed, pasteArticle } from './fixtures.mjs';

// A short article that quotes Trump (seed 4) in other words.
const RETOLD = 'Trump presses Kyiv\n\nThe president repeated his demand on Friday.\n\n'
  + '“Ukraine had better come to the table fast, that is all I am telling you,” Donald Trump said.\n';

test('who said what, figures that disagree and quote variants open their places', async ({ app }) => {
  const { page } = app;
  for (const text of [seed(1), seed(2), seed(3), seed(4), RETOLD]) await pasteArticle(page, text);

  // w opens the view; Esc closes it.
  await page.keyboard.press('w');
  const view = page.getByTestId('across');
  await expect(view).toBeVisible();
  await expect(view).toContainText('5 documents.');

  // Volodymyr Zelensky (seed 1) and Volodymyr Zelenskiy (seed 3) are one person.
  const zelensky = view.getByTestId('person').filter({ has: page.locator('h3', { hasText: /^Volodymyr Zelensk(y|iy)$/ }) });
  await expect(zelensky).toHaveCount(1);
  await expect(zelensky).toContainText('in 2 documents');
  await expect(zelensky).toContainText('Also written');
  // Parted, Volodymyr Zelenskiy is listed apart; Ctrl+Z joins them again.
  const spellings = zelensky.locator('p.people');
  await spellings.getByRole('button', { name: /is someone else/ }).click();
  await expect(view.getByTestId('person').filter({ has: page.locator('h3', { hasText: /^Volodymyr Zelensk(y|iy)$/ }) })).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(zelensky).toHaveCount(1);
  // "analysts" (seed 1) joined to Donald Trump, for the test's sake; undone.
  const analysts = view.getByTestId('person').filter({ has: page.locator('h3', { hasText: /^analysts$/ }) });
  await analysts.locator('select.join').selectOption('Donald Trump');
  await expect(analysts).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(analysts).toHaveCount(1);
  // The article's keys rest while the view is open: x rejects nothing behind it.
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.locator('.article-body .hl.selected')).toHaveCount(0);

  // Trump's quotes come from all five, the retold one included.
  const trump = view.getByTestId('person').filter({ has: page.locator('h3', { hasText: /^Donald Trump$/ }) });
  await expect(trump).toContainText('in 5 documents');

  // The casualty figures of seeds 2 and 4 disagree.
  await view.getByTestId('across-figures').click();
  const pair = view.getByTestId('pair').filter({ hasText: 'About casualties' });
  await expect(pair).toHaveCount(1);
  await expect(pair.getByTestId('place')).toHaveText(['nearly 800,000', '1.2 million']);

  // The retold quote is a variant, its differences marked.
  await view.getByTestId('across-variants').click();
  const variant = view.getByTestId('variant');
  await expect(variant).toHaveCount(1);
  await expect(variant.locator('ins')).toContainText(['had', 'that']);
  await expect(variant.locator('del').first()).toBeVisible();

  // A figure opens its article with the figure selected; the view closes.
  await view.getByTestId('across-figures').click();
  await pair.getByTestId('place').filter({ hasText: '1.2 million' }).click();
  await expect(view).toBeHidden();
  await expect(page.getByTestId('article-title')).toContainText('Trump Pressures Ukraine');
  await expect(page.locator('.article-body .hl.selected').first()).toContainText('1.2 million');
  const box = await page.locator('.article-body .hl.selected').first().boundingBox();
  const viewport = page.viewportSize();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

  // Reopened with the button, closed with Esc.
  await page.getByTestId('open-across').click();
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
});

test('with one article, the view says there is nothing to compare yet', async ({ app }) => {
  const { page } = app;
  await pasteArticle(page, seed(0));
  await page.getByTestId('open-across').click();
  const view = page.getByTestId('across');
  await expect(view).toContainText('One document: add another to compare.');
  await view.getByTestId('across-variants').click();
  await expect(view.getByTestId('note')).toHaveText('No quote appears in two documents in different words.');
  // Nothing on the page is covered by a view that cannot be closed.
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toBeHidden();
});
