/**
 * The pain diary on real IndexedDB: ratings before and after, the stop button during a set (on a harness page
 * wired as the coach should wire it), export and import, the v2 -> v3 upgrade, and the pain trend in the history.
 */
import { expect, test, type Page } from '@playwright/test';
import { DB_VERSION, EXPORT_VERSION, SESSION_RECORD_VERSION } from '../../src/storage';
import type { SessionRecordV2 } from '../../src/storage/schema';
import type {} from './harness/pain-diary.page';
import type {} from './harness/storage-history.page';
import { DAY_MS, T0, asVersionTwo, sampleComplete, sampleNewSession, sampleRecord } from './support/storage-fixtures';

const PAIN = '/tests/browser/harness/pain-diary.html';
const HISTORY = '/tests/browser/harness/storage-history.html';
const DB = 'gc-pain-test';

async function openPainPage(page: Page, query = ''): Promise<void> {
  await page.goto(`${PAIN}${query}`);
  await page.waitForFunction(() => 'painHarness' in window);
}

async function startSession(page: Page): Promise<string> {
  await openPainPage(page);
  return page.evaluate(
    async ([name, session]) => {
      await window.storageHarness.open(name);
      return window.painHarness.startSession(session);
    },
    [DB, sampleNewSession({ exercise: 'hip-thrust' })] as const,
  );
}

const saved = (page: Page) => page.evaluate(() => window.painHarness.saved());

test('a rating is one tap on a big 0-10 row, by mouse or keyboard, and can be skipped', async ({ page }) => {
  await startSession(page);
  const before = page.locator('gc-pain-rating[moment=before]');
  await expect(before.getByRole('heading')).toHaveText('Before you start: how much does your back hurt right now?');
  const scale = before.getByRole('group', { name: /how much does your back hurt/ });
  await expect(scale.getByRole('button')).toHaveText(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  await expect(before).toContainText('0 = no pain');
  const size = await scale.getByRole('button', { name: '10 out of 10' }).boundingBox();
  expect(size?.height).toBeGreaterThanOrEqual(64);

  // Arrow keys move along the row; Enter rates the number in focus.
  await scale.getByRole('button', { name: '5 out of 10' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('button', { name: '7 out of 10' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(before).toHaveCount(0);
  expect(await saved(page)).toMatchObject({ painBefore: 9, painAfter: null });

  await page.evaluate(() => window.painHarness.finishSession());
  await page.locator('gc-pain-rating[moment=after]').getByRole('button', { name: 'Skip' }).click();
  expect(await saved(page)).toMatchObject({ status: 'complete', painBefore: 9, painAfter: null });
  expect(await page.evaluate(() => window.painHarness.events())).toEqual([
    { type: 'pain-rated', detail: { moment: 'before', value: 9 } },
    { type: 'pain-rated', detail: { moment: 'after', value: null } },
  ]);
});

test('"stop: it hurts" ends the set at once, records where in the rep it happened, and suggests a gentler variant', async ({ page }) => {
  await startSession(page);
  const stop = page.getByRole('button', { name: 'Stop: it hurts' });
  await expect(stop).toBeVisible();
  expect(await stop.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 90, 95)');
  await expect(page.locator('#set')).toHaveText('Set 1 under way.');

  await page.evaluate(() => window.painHarness.showFrame({ t: 5400.5, phase: 'rising', angleDeg: 151.25, repCount: 2 }));
  await stop.click();
  await expect(page.locator('#set')).toHaveText('Set 1 ended.');
  const stopped = page.locator('gc-stop-button button');
  await expect(stopped).toHaveText('Stopped');
  await expect(stopped).toBeDisabled();
  await expect(page.locator('#advice')).toHaveText(
    'Try a glute bridge instead. Lie on the floor with your knees bent and lift your hips from there. It puts less load on your back ' +
      'than a hip thrust. If it still hurts, stop for today and check with a health professional.',
  );
  await stopped.click({ force: true });
  expect(await page.evaluate(() => window.painHarness.events())).toEqual([{ type: 'stop-pain', detail: null }]);

  const stops = [{ t: 5400.5, set: 1, rep: 3, phase: 'rising', angleDeg: 151.25 }];
  expect((await saved(page))?.painStops).toEqual(stops);
  // Written at once: a reload straight after keeps it.
  await openPainPage(page);
  const reloaded = await page.evaluate(async (name) => {
    await window.storageHarness.open(name);
    return window.storageHarness.store().list();
  }, DB);
  expect(reloaded.map((session) => session.painStops)).toEqual([stops]);
});

test('ratings and stops survive export and import, into this database and a fresh one', async ({ page }) => {
  await startSession(page);
  await page.locator('gc-pain-rating').getByRole('button', { name: '6 out of 10' }).click();
  await page.evaluate(() => window.painHarness.showFrame({ t: 9000, phase: 'top', angleDeg: 178, repCount: 4 }));
  await page.getByRole('button', { name: 'Stop: it hurts' }).click();
  await page.evaluate(() => window.painHarness.finishSession());
  await page.locator('gc-pain-rating').getByRole('button', { name: '4 out of 10' }).click();
  const session = await saved(page);
  expect(session).toMatchObject({ painBefore: 6, painAfter: 4, painStops: [{ set: 1, rep: 4, phase: 'top' }] });

  const roundTrip = await page.evaluate(async (otherDb) => {
    const store = window.storageHarness.store();
    const exported = await store.exportJson();
    await store.clear();
    const imported = await store.importJson(exported);
    const here = await store.list();
    await window.storageHarness.open(otherDb);
    await window.storageHarness.store().importJson(exported);
    return { file: JSON.parse(exported), imported, here, elsewhere: await window.storageHarness.store().list() };
  }, `${DB}-elsewhere`);
  expect(roundTrip.file).toMatchObject({ version: EXPORT_VERSION, sessions: [{ painBefore: 6, painAfter: 4 }], safety: null });
  expect(roundTrip.imported).toEqual({ ok: true, imported: 1, errors: [] });
  expect(roundTrip.here).toStrictEqual([session]);
  expect(roundTrip.elsewhere).toStrictEqual([session]);
});

/** Sessions as version 2 of the app stored them: no pain diary. */
function versionTwoRecords(): SessionRecordV2[] {
  return [
    sampleRecord('v2-bridge', 'glute-bridge', T0, 3, { modelReason: 'Auto: no GPU' }),
    sampleRecord('v2-clam', 'clamshell', T0 + DAY_MS, 2, { status: 'interrupted', endedAt: null }),
  ].map(asVersionTwo);
}

test('the upgrade from version 2 keeps every session, adds an empty pain diary and the settings store', async ({ page }) => {
  const records = versionTwoRecords();
  await openPainPage(page);
  await page.evaluate(([name, v2]) => window.painHarness.writeV2(name, v2), [DB, records] as const);

  expect(await page.evaluate((name) => window.storageHarness.open(name), DB)).toEqual({ available: true, reason: null });
  const sessions = await page.evaluate(() => window.storageHarness.store().list());
  // Upgraded on through every later step to the current record (the pain diary came with version 3).
  const noPainDiary = { schemaVersion: SESSION_RECORD_VERSION, painBefore: null, painAfter: null, painStops: [] };
  expect(sessions).toStrictEqual([records[1], records[0]].map((record) => ({ ...record, ...noPainDiary })));
  expect(await page.evaluate((name) => window.storageHarness.describeDatabase(name), DB)).toEqual({
    version: DB_VERSION,
    stores: ['sessions', 'settings'],
    indexes: { 'by-date': 'startedAt', 'by-exercise': 'exercise', 'by-status': 'status' },
  });
  const rated = await page.evaluate(async () => {
    const store = window.storageHarness.store();
    await store.ratePain('v2-bridge', 'after', 2);
    return { session: await store.get('v2-bridge'), safety: await store.safetyAnswer() };
  });
  expect(rated).toMatchObject({ session: { painAfter: 2, modelReason: 'Auto: no GPU' }, safety: null });
});

test('an upgrade from version 2 that fails half way leaves the data as it was, and the next open upgrades it', async ({ page }) => {
  const records = versionTwoRecords();
  await openPainPage(page, '?idb=fail-updates');
  await page.evaluate(([name, v2]) => window.painHarness.writeV2(name, v2), [DB, records] as const);
  const opened = await page.evaluate((name) => window.storageHarness.open(name), DB);
  expect(opened.reason).toMatch(/the saved history could not be upgraded, so it was left untouched/);
  expect(await page.evaluate((name) => window.storageHarness.describeDatabase(name), DB)).toMatchObject({ version: 2, stores: ['sessions'] });

  await openPainPage(page);
  await page.evaluate((name) => window.storageHarness.open(name), DB);
  const upgraded = await page.evaluate(() => window.storageHarness.store().list());
  expect(upgraded.map(({ id, painStops }) => ({ id, painStops }))).toEqual([
    { id: 'v2-clam', painStops: [] },
    { id: 'v2-bridge', painStops: [] },
  ]);
});

test('the history shows the pain trend beside the training trend, with what people often notice, and each session\'s diary', async ({
  page,
}) => {
  await page.goto(HISTORY);
  await page.waitForFunction(() => 'historyHarness' in window);
  const stop = { t: 5400, set: 2, rep: 3, phase: 'lowering' } as const;
  await page.evaluate(
    async ([name, sessions]) => {
      await window.storageHarness.open(name);
      for (const session of sessions) await window.storageHarness.store().saveComplete(session);
      window.historyHarness.mount();
    },
    [
      DB,
      [
        sampleComplete('glute-bridge', T0 - 8 * DAY_MS, 6, { painBefore: 6, painAfter: 5 }),
        sampleComplete('glute-bridge', T0 - DAY_MS, 6, { painBefore: 5 }),
        sampleComplete('hip-thrust', T0, 4, { painBefore: 4, painAfter: 3, painStops: [{ ...stop, angleDeg: 170 }] }),
        sampleComplete('clamshell', T0 + 1000, 4),
      ],
    ] as const,
  );
  const charts = page.locator('gc-history-view figure.chart');
  await expect(charts.locator('canvas')).toHaveCount(5);
  const pain = charts.filter({ hasText: 'Back pain before and after each session' });
  await expect(pain).toHaveCount(1);
  await expect(pain.locator('figcaption')).toHaveText(
    'What people often notice with regular practice: less tightness in about a week, less pain in 2-3 weeks, and better posture in 4-6 weeks. Everyone is different.',
  );
  await expect(pain.locator('.u-legend')).toContainText('Before');
  await expect(pain.locator('.u-legend')).toContainText('After');

  const rows = page.locator('gc-history-view li.session');
  await expect(rows.nth(0).locator('.pain')).toHaveCount(0);
  await expect(rows.nth(1).locator('.pain')).toHaveText('back pain 4 → 3 (0-10) · stopped for pain: set 2, rep 3, on the way down');
  await expect(rows.nth(2).locator('.pain')).toHaveText('back pain 5 → – (0-10)');
});

test('with no rating yet, the history says so and still shows what people often notice', async ({ page }) => {
  await page.goto(HISTORY);
  await page.waitForFunction(() => 'historyHarness' in window);
  await page.evaluate(async ([name, session]) => {
    await window.storageHarness.open(name);
    await window.storageHarness.store().saveComplete(session);
    window.historyHarness.mount();
  }, [DB, sampleComplete('glute-bridge', T0, 3)] as const);
  const painFigure = page.locator('gc-history-view figure', { hasText: 'Back pain before and after each session' });
  await expect(painFigure).toContainText('Back pain before and after each session: nothing recorded yet.');
  await expect(painFigure.locator('figcaption')).toContainText('What people often notice');
});
