import { test, expect, seed } from './fixtures.mjs';

const txt = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

test('picking several files loads the good ones and names the bad ones', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('file-input').setInputFiles([
    txt('troops.txt', seed(0)),
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
    txt('empty.txt', '   '),
  ]);
  await expect(page.getByTestId('doc')).toHaveCount(1);
  await expect(page.getByTestId('doc')).toContainText('troops.txt');
  const notices = page.getByTestId('notice');
  await expect(notices.filter({ hasText: 'photo.png' })).toContainText('not text');
  await expect(notices.filter({ hasText: 'latin1.txt' })).toContainText('not valid UTF-8');
  await expect(notices.filter({ hasText: 'empty.txt' })).toContainText('empty');
  await expect(page.getByTestId('article').locator('.hl-number').filter({ hasText: '50,000 troops' })).toBeVisible();
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
  await page.screenshot({ path: 'target/e2e-results/drop.png' });
});
