// Browser timing for the pathological shapes of issue 22 (not a test: the
// machines are noisy). Serves dist/ on 127.0.0.1, drops each text as a file
// in Debian's Chromium and reports the time from the drop to the first
// paragraph shown and to every paragraph painted, and how many highlights
// are painted (at most MARK_BUDGET).
//   node tests/perf/large-documents.mjs          (after `make build`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = 8098;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const paragraphs = (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i} says 5 things.`).join('\n\n');
const shapes = [
  ['20,000 short paragraphs', paragraphs(20_000)],
  ['200,000 short paragraphs', paragraphs(200_000)],
  ['a megabyte of "1,"', ('1,'.repeat(300) + '\n\n').repeat(2000)],
  ['one line of 5.4 MB', '“We lost 5,000 men near Bakhmut,” Zelensky said on Tuesday, and officials agreed. '.repeat(63_000)],
];
try {
  for (const [name, text] of shapes) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('paste-input').waitFor();
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles({ name: 'shape.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.locator('.article-body .block').first().waitFor({ timeout: 600_000 });
    const first = Date.now() - started;
    // A long text is shown plain first; its highlights follow.
    await page.locator('.article-body .hl').first().waitFor({ timeout: 600_000 });
    const marked = Date.now() - started;
    await page.getByTestId('busy').waitFor({ state: 'detached', timeout: 600_000 });
    const all = Date.now() - started;
    const marks = await page.locator('.article-body .hl').count();
    console.log(`${name} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB): first paragraph ${first} ms, first highlight ${marked} ms, all painted ${all} ms, ${marks} highlights painted`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
