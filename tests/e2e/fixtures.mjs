// Shared helpers: the seed articles, and a page that records what it requests.
import { test as base, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const seedsDir = join(here, '..', '..', '..', 'shared', 'corpus', 'seeds');
export const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
export const seed = (i) => readFileSync(join(seedsDir, seeds[i]), 'utf8');

export const test = base.extend({
  // Every request the page makes, and every console error and warning
  // (the page's and its web worker's).
  app: async ({ page, baseURL }, use) => {
    const requests = [];
    const errors = [];
    const warnings = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await expect(page.getByTestId('paste-input')).toBeVisible();
    await use({ page, requests, errors, warnings, baseURL });
  },
});

export { expect };

/** The side panel's entry for the finding whose text is exactly `text`. */
export function finding(page, text) {
  return page.getByTestId('findings').locator('.finding').filter({
    has: page.locator('.finding-text').getByText(text, { exact: true }),
  });
}

/**
 * What the app stored under `key` in its IndexedDB database (null when
 * nothing): "library" or "unreadable". Never creates the database.
 */
export async function stored(page, key = 'library') {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open('marginalia');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('kv')) { db.close(); return resolve(null); }
      const get = db.transaction('kv').objectStore('kv').get(key);
      get.onsuccess = () => { db.close(); resolve(get.result ?? null); };
      get.onerror = () => { db.close(); reject(get.error); };
    };
  }), key);
}

/** Writes `value` under `key` in the app's database, as a past save would have. */
export async function store(page, key, value) {
  await page.evaluate(([key, value]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('marginalia', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(value, key);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
  }), [key, value]);
}

/** Deletes `key` from the app's database (site data partly lost). */
export async function unstore(page, key) {
  await page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open('marginalia', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').delete(key);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
  }), key);
}

/**
 * The saved library whole: its index with each text put back from
 * "text:<id>", where the app keeps it apart (as recover.js reads it).
 */
export async function storedWhole(page) {
  const lib = await storedLibrary(page);
  for (const doc of lib.documents) {
    if (doc.text === '') doc.text = await stored(page, `text:${doc.id}`);
  }
  return lib;
}

/** The saved library, parsed (an empty one when nothing is saved). */
export async function storedLibrary(page) {
  return JSON.parse((await stored(page)) || '{"documents": []}');
}

/** Waits until the saved library has `documents` documents and `notes` annotations in all. */
export async function saved(page, documents, notes = null) {
  await expect.poll(async () => {
    const lib = await storedLibrary(page);
    const n = lib.documents.reduce((sum, d) => sum + ((d.annotations && d.annotations.items) || []).length, 0);
    return [lib.documents.length, notes === null ? null : n];
  }).toEqual([documents, notes]);
}

/** Selects the first occurrence of `text` in the article, as a drag would. */
export async function selectText(page, text) {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('.article-body'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(text);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
        return;
      }
    }
    throw new Error(`not found: ${text}`);
  }, text);
}

/** Pastes `text` into the paste box and analyzes it. */
export async function pasteArticle(page, text) {
  const before = await page.getByTestId('doc').count();
  await page.getByTestId('paste-input').fill(text);
  await page.getByTestId('analyze').click();
  // The new document, or a notice saying why there is none.
  await page.waitForFunction((before) => document.querySelectorAll('[data-testid=doc]').length > before
    || document.querySelector('[data-testid=notice]'), before);
  await findingsMade(page);
}

/**
 * Waits until the open document's findings are made (in the worker): the
 * article is no longer busy (its counts are known, its highlights painted).
 */
export async function findingsMade(page) {
  await expect(page.locator('[data-testid=article][aria-busy=true]')).toHaveCount(0);
  // The side panel lists them a frame after the article shows them.
  await expect(page.getByTestId('listing')).toHaveCount(0);
}
