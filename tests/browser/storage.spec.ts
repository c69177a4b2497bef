/** The history store on Chromium's real IndexedDB: upgrades, recovery after a reload, round trips, fallback. */
import { expect, test } from '@playwright/test';
import type { RepDetail } from '../../src/analysis/types';
import type { SessionRecordV1 } from '../../src/storage/schema';
import { DAY_MS, T0, sampleComplete, sampleFault, sampleNewSession, sampleRep } from './support/storage-fixtures';
import { openStore } from './support/storage-support';

const DB = 'gc-storage-test';

test('an upgrade from version 1 keeps every session and adds the new fields, indexes and stores', async ({ page }) => {
  const finished: SessionRecordV1 = {
    id: 'v1-finished',
    startedAt: T0,
    endedAt: T0 + 90_000,
    exercise: 'hip-thrust',
    side: null,
    reps: 2,
    sets: [{ set: 1, reps: [sampleRep(1), sampleRep(2, { faults: ['head-back'] })] }],
    faults: [sampleFault(2, { type: 'head-back', cue: 'Keep your chin tucked' })],
  };
  const cutOff: SessionRecordV1 = { ...finished, id: 'v1-cut-off', startedAt: T0 + DAY_MS, endedAt: null, exercise: 'clamshell', side: 'right' };
  await openStore(page, 'gc-unused');
  await page.evaluate(([name, records]) => window.storageHarness.writeV1(name, records), [DB, [finished, cutOff]] as const);

  expect(await page.evaluate((name) => window.storageHarness.open(name), DB)).toEqual({ available: true, reason: null });
  const sessions = await page.evaluate(() => window.storageHarness.store().list());

  const added = { schemaVersion: 5, source: 'live', targetReps: null, targetSets: null, model: 'unknown', engine: 'unknown', delegate: 'unknown' };
  const noPainDiary = { painBefore: null, painAfter: null, painStops: [] };
  expect(sessions).toEqual([
    { ...cutOff, ...added, ...noPainDiary, status: 'interrupted' },
    { ...finished, ...added, ...noPainDiary, status: 'complete' },
  ]);
  const database = await page.evaluate((name) => window.storageHarness.describeDatabase(name), DB);
  expect(database).toEqual({
    version: 5,
    stores: ['sessions', 'settings'],
    indexes: { 'by-date': 'startedAt', 'by-exercise': 'exercise', 'by-status': 'status' },
  });
});

test('a migration that fails half way leaves version 1 data untouched, and the next open migrates it', async ({ page }) => {
  const records: SessionRecordV1[] = [1, 2].map((day) => ({
    id: `v1-${day}`,
    startedAt: T0 + day * DAY_MS,
    endedAt: T0 + day * DAY_MS + 60_000,
    exercise: 'glute-bridge',
    side: null,
    reps: 1,
    sets: [{ set: 1, reps: [sampleRep(1)] }],
    faults: [],
  }));
  const failed = await openStore(page, 'gc-unused', '?idb=fail-updates');
  expect(failed.available).toBe(true);
  await page.evaluate(([name, v1]) => window.storageHarness.writeV1(name, v1), [DB, records] as const);
  const opened = await page.evaluate((name) => window.storageHarness.open(name), DB);
  expect(opened.available).toBe(false);
  expect(opened.reason).toMatch(/the saved history could not be upgraded, so it was left untouched \(Simulated failure while migrating\.\)/);
  expect(await page.evaluate((name) => window.storageHarness.describeDatabase(name), DB)).toMatchObject({ version: 1, indexes: {} });

  await openStore(page, DB);
  const migrated = await page.evaluate(() => window.storageHarness.store().list());
  expect(migrated.map(({ id, status, sets }) => ({ id, status, sets }))).toEqual(
    records.reverse().map(({ id, sets }) => ({ id, status: 'complete', sets })),
  );
});

test('every rep is written as it comes: after a reload the session is found unfinished, reps intact', async ({ page }) => {
  await openStore(page, DB);
  const reps: [RepDetail, RepDetail, RepDetail] = [sampleRep(1), sampleRep(2, { faults: ['lumbar-overarch'] }), sampleRep(1)];
  const id = await page.evaluate(async ([session, [first, second, third], fault]) => {
    const store = window.storageHarness.store();
    const { id } = await store.create(session);
    await store.appendRep(id, 1, first, []);
    await store.appendRep(id, 1, second, [fault]);
    await store.appendRep(id, 2, third, []);
    return id;
  }, [sampleNewSession(), reps, sampleFault(2)] as const);
  // Live in this tab: not offered for resuming here or anywhere else.
  expect(await page.evaluate(() => window.storageHarness.store().findUnfinished())).toEqual([]);

  await page.reload();
  await page.waitForFunction(() => 'storageHarness' in window);
  await page.evaluate((name) => window.storageHarness.open(name), DB);
  const unfinished = await page.evaluate(() => window.storageHarness.store().findUnfinished());
  expect(unfinished).toHaveLength(1);
  expect(unfinished[0]).toMatchObject({
    id,
    status: 'in-progress',
    endedAt: null,
    reps: 3,
    sets: [{ set: 1, reps: reps.slice(0, 2) }, { set: 2, reps: reps.slice(2) }],
    faults: [sampleFault(2)],
  });

  const closed = await page.evaluate((sessionId) => window.storageHarness.store().markInterrupted(sessionId), id);
  expect(closed.status).toBe('interrupted');
  expect(closed.endedAt).toBeGreaterThan(T0);
  expect(await page.evaluate(() => window.storageHarness.store().findUnfinished())).toEqual([]);
});

test('a resumed session takes more reps and finishes complete', async ({ page }) => {
  await openStore(page, DB);
  const id = await page.evaluate(async ([session, rep]) => {
    const store = window.storageHarness.store();
    const { id } = await store.create(session);
    await store.appendRep(id, 1, rep, []);
    return id;
  }, [sampleNewSession(), sampleRep(1)] as const);
  await page.reload();
  await page.waitForFunction(() => 'storageHarness' in window);
  await page.evaluate((name) => window.storageHarness.open(name), DB);

  const finished = await page.evaluate(async ([sessionId, rep]) => {
    const store = window.storageHarness.store();
    await store.appendRep(sessionId, 1, rep, []);
    return store.finish(sessionId, Date.now());
  }, [id, sampleRep(2)] as const);
  expect(finished).toMatchObject({ status: 'complete', reps: 2 });
  const late = await page.evaluate(
    ([sessionId, rep]) => window.storageHarness.store().appendRep(sessionId, 1, rep, []).then(() => 'stored', (error: Error) => error.message),
    [id, sampleRep(3)] as const,
  );
  expect(late).toMatch(/has ended \(complete\)/);
});

test('export then import gives back identical data, here and in a fresh database', async ({ page }) => {
  await openStore(page, DB);
  await page.evaluate(async ([live, bridge, clamshell, hostile]) => {
    const store = window.storageHarness.store();
    const { id } = await store.create({ ...live, modelReason: 'Auto: 8 CPU cores, no GPU' });
    await store.appendRep(id, 1, { rep: 1, start: 0, top: 1200.5, end: 3000, holdMs: 812.25, romDeg: 41.3, peakExtensionDeg: null, faults: [] }, []);
    await store.finish(id, Date.now());
    await store.saveComplete(bridge);
    await store.saveComplete(clamshell);
    await store.saveComplete(hostile);
    const cutOff = await store.create({ ...live, startedAt: live.startedAt + 1 });
    await store.markInterrupted(cutOff.id);
  }, [
    sampleNewSession(),
    sampleComplete('glute-bridge', T0 - 7 * DAY_MS, 6),
    sampleComplete('clamshell', T0 - DAY_MS, 4),
    sampleComplete('hip-thrust', T0 - 2 * DAY_MS, 3, { model: '<img src=x onerror="window.pwned=1">', modelReason: '"quoted", comma\nnew line' }),
  ] as const);

  const roundTrip = await page.evaluate(async (otherDb) => {
    const store = window.storageHarness.store();
    const before = await store.list();
    const exported = await store.exportJson();
    await store.clear();
    const imported = await store.importJson(exported);
    const after = await store.list();
    await window.storageHarness.open(otherDb);
    const elsewhere = await window.storageHarness.store().importJson(exported);
    const elsewhereList = await window.storageHarness.store().list();
    return { before, exported: JSON.parse(exported), imported, after, elsewhere, elsewhereList, reExported: JSON.parse(await window.storageHarness.store().exportJson()) };
  }, `${DB}-elsewhere`);

  expect(roundTrip.before).toHaveLength(5);
  expect(roundTrip.exported).toMatchObject({ format: 'glute-coach-history', version: 4 });
  expect(roundTrip.imported).toEqual({ ok: true, imported: 5, errors: [] });
  expect(roundTrip.after).toStrictEqual(roundTrip.before);
  expect(roundTrip.elsewhere).toEqual({ ok: true, imported: 5, errors: [] });
  expect(roundTrip.elsewhereList).toStrictEqual(roundTrip.before);
  expect(roundTrip.reExported.sessions).toStrictEqual(roundTrip.exported.sessions);
});

test('without IndexedDB the coach still runs: history is kept in memory and the store says why', async ({ page }) => {
  for (const [query, reason] of [
    ['?idb=throw', /History will not be kept on this device: the browser does not let this page store data/],
    ['?idb=missing', /History will not be kept on this device: this browser has no storage for web apps/],
  ] as const) {
    const opened = await openStore(page, DB, query);
    expect(opened.available).toBe(false);
    expect(opened.reason).toMatch(reason);

    const workout = await page.evaluate(async ([session, rep]) => {
      const store = window.storageHarness.store();
      const { id } = await store.create(session);
      await store.appendRep(id, 1, rep, []);
      await store.finish(id);
      return { list: await store.list(), csv: await store.exportCsv() };
    }, [sampleNewSession(), sampleRep(1)] as const);
    expect(workout.list).toHaveLength(1);
    expect(workout.list[0]).toMatchObject({ status: 'complete', reps: 1 });
    expect(workout.csv.trim().split('\r\n')).toHaveLength(2);
  }
});
