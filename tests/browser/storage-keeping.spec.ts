/**
 * Keeping the history on real IndexedDB: persistent storage is asked for when the first session is saved (and
 * the history says what the browser decided), and a write refused for lack of space keeps the session in memory,
 * says so, offers the export and loses no rep.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { SessionRecord } from '../../src/storage';
import { sampleNewSession, sampleRep } from './support/storage-fixtures';
import type {} from './harness/storage-history.page';

const HISTORY = '/tests/browser/harness/storage-history.html';

test('the first saved session asks for persistent storage, and the history shows the answer', async ({ page }) => {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    Object.assign(window, { persistAsked: 0 });
    storage.persist = () => {
      (window as unknown as { persistAsked: number }).persistAsked += 1;
      return persist();
    };
  });
  await page.goto(HISTORY);
  await page.waitForFunction(() => 'historyHarness' in window);
  const asked = () => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked);
  await page.evaluate(() => window.storageHarness.open('gc-keeping-persist'));
  expect(await asked()).toBe(0);
  await page.evaluate((session) => window.storageHarness.store().create(session), sampleNewSession());
  await expect.poll(asked).toBe(1);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  console.log(`navigator.storage.persisted() after the first save: ${persisted}`);
  await page.evaluate(() => window.historyHarness.mount());
  await expect(page.locator('gc-history-view .keeping')).toHaveAttribute('data-persistence', persisted ? 'persisted' : 'best-effort');
});

test('a full storage keeps the session in memory, says so, offers the export, and loses no rep', async ({ page }) => {
  await page.goto(HISTORY);
  await page.waitForFunction(() => 'historyHarness' in window);
  const id = await page.evaluate(async ([session, first, second]) => {
    await window.storageHarness.open('gc-keeping-full');
    const store = window.storageHarness.store();
    await store.clear();
    const { id } = await store.create(session);
    await store.appendRep(id, 1, first, []);
    await store.appendRep(id, 1, second, []);
    // From now on the browser refuses every write for lack of space, as a full disk makes it.
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return id;
  }, [sampleNewSession(), sampleRep(1), sampleRep(2)] as const);
  const kept = await page.evaluate(async ([id, reps]) => {
    const store = window.storageHarness.store();
    for (const rep of reps) await store.appendRep(id, 1, rep, []);
    const finished = await store.finish(id);
    return { finished, listed: await store.list(), available: store.available, reason: store.reason };
  }, [id, [sampleRep(3), sampleRep(4), sampleRep(5)]] as const);
  expect(kept.finished).toMatchObject({ status: 'complete', reps: 5 });
  expect(kept.listed.map((session: SessionRecord) => session.reps)).toEqual([5]);
  expect(kept.available).toBe(false);
  expect(kept.reason).toMatch(/storage for this site is full/);

  await page.evaluate(() => window.historyHarness.mount());
  const notice = page.locator('gc-history-view [data-testid="not-kept"]');
  await expect(notice).toContainText('kept in this tab only');
  await expect(page.locator('gc-history-view li.session')).toContainText('5 reps in 1 set');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export JSON now' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { sessions: SessionRecord[] };
  expect(exported.sessions.map((session) => [session.id, session.reps, session.sets[0]!.reps.length])).toEqual([[id, 5, 5]]);
});
