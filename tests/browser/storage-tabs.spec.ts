/** Two tabs of the app on one database: they share history, never hang each other, and say so when they must. */
import { expect, test } from '@playwright/test';
import { DB_VERSION } from '../../src/storage/schema';
import { sampleNewSession, sampleRep } from './support/storage-fixtures';
import { openStore } from './support/storage-support';

const DB = 'gc-tabs-test';

test('two tabs share history, and neither offers to close the session the other is recording', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await openStore(first, DB);
  const liveId = await first.evaluate(async ([session, rep]) => {
    const store = window.storageHarness.store();
    const { id } = await store.create(session);
    await store.appendRep(id, 1, rep, []);
    return id;
  }, [sampleNewSession(), sampleRep(1)] as const);

  await openStore(second, DB);
  const seenBySecond = await second.evaluate(() => window.storageHarness.store().list());
  expect(seenBySecond.map((session) => session.id)).toEqual([liveId]);
  expect(await second.evaluate(() => window.storageHarness.store().findUnfinished())).toEqual([]);

  // Once the recording tab is gone, the session is offered for resuming.
  await first.close();
  await expect.poll(() => second.evaluate(() => window.storageHarness.store().findUnfinished().then((found) => found.length))).toBe(1);
});

test('reps written from two tabs at once are all kept', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await openStore(first, DB);
  await openStore(second, DB);
  const id = await first.evaluate((session) => window.storageHarness.store().create(session).then(({ id }) => id), sampleNewSession());
  // Each append reads and writes its record in one transaction, so interleaved appends cannot overwrite each other.
  const appendTen = ([sessionId, set, rep]: readonly [string, number, ReturnType<typeof sampleRep>]) =>
    Promise.all(Array.from({ length: 10 }, () => window.storageHarness.store().appendRep(sessionId, set, rep, [])));
  await Promise.all([first.evaluate(appendTen, [id, 1, sampleRep(1)] as const), second.evaluate(appendTen, [id, 2, sampleRep(1)] as const)]);
  const stored = await first.evaluate((sessionId) => window.storageHarness.store().get(sessionId), id);
  expect(stored?.reps).toBe(20);
  expect(stored?.sets.map((set) => set.reps.length)).toEqual([10, 10]);
});

test('a newer version or a delete in another tab goes through at once; this tab reopens or says to reload', async ({ context }) => {
  const [older, other] = [await context.newPage(), await context.newPage()];
  await openStore(older, DB);
  await older.evaluate((session) => window.storageHarness.store().create(session), sampleNewSession());
  await openStore(other, 'gc-unused');

  expect(await other.evaluate((name) => window.storageHarness.deleteDatabase(name), DB)).toBe('deleted');
  const afterDelete = await older.evaluate(async (session) => {
    const store = window.storageHarness.store();
    await store.create(session);
    return store.list();
  }, sampleNewSession());
  expect(afterDelete).toHaveLength(1);

  expect(await other.evaluate(([name, newer]) => window.storageHarness.openNewerVersion(name, newer), [DB, DB_VERSION + 1] as const)).toBe('opened');
  const refused = await older.evaluate(() => window.storageHarness.store().list().then(() => 'listed', (error: Error) => error.message));
  expect(refused).toMatch(/a newer Glute Coach has upgraded the history in another tab\. Reload this page\./);
});

test('a tab that holds an old version open does not hang this one: it runs without history and says why', async ({ context }) => {
  const [oldTab, newTab] = [await context.newPage(), await context.newPage()];
  await openStore(oldTab, 'gc-unused');
  await oldTab.evaluate((name) => window.storageHarness.holdOldConnection(name), DB);

  const started = Date.now();
  const opened = await openStore(newTab, DB);
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(opened.available).toBe(false);
  expect(opened.reason).toMatch(/another Glute Coach tab is holding an older version of the history open/);

  // When the old tab goes, a reload gets history back.
  await oldTab.close();
  expect(await openStore(newTab, DB)).toEqual({ available: true, reason: null });
});
