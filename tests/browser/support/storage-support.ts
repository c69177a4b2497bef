/** Test-side helpers (they run in Node) for the storage harness page. */
import type { Page } from '@playwright/test';
// The harness declares `window.storageHarness` for the page functions below.
import type {} from '../harness/storage.page';

export const STORAGE_HARNESS = '/tests/browser/harness/storage.html';

/** Loads the harness page (with `query`, e.g. `?idb=throw`) and opens the store on database `dbName`. */
export async function openStore(page: Page, dbName: string, query = ''): Promise<{ available: boolean; reason: string | null }> {
  await page.goto(`${STORAGE_HARNESS}${query}`);
  await page.waitForFunction(() => 'storageHarness' in window);
  return page.evaluate((name) => window.storageHarness.open(name), dbName);
}
