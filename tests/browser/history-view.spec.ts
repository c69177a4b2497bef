/** `<gc-history-view>` on real IndexedDB: list and charts, deleting with confirmation, resume/close, import. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CompletedSession } from '../../src/storage';
import { DAY_MS, T0, sampleComplete, sampleNewSession, sampleRep } from './support/storage-fixtures';
import type {} from './harness/storage-history.page';

const HISTORY = '/tests/browser/harness/storage-history.html';
const DB = 'gc-history-view-test';

async function showHistory(page: Page, sessions: CompletedSession[], query = ''): Promise<void> {
  await page.goto(`${HISTORY}${query}`);
  await page.waitForFunction(() => 'historyHarness' in window);
  await page.evaluate(
    async ([name, saved]) => {
      await window.storageHarness.open(name);
      for (const session of saved) await window.storageHarness.store().saveComplete(session);
      window.historyHarness.mount();
    },
    [DB, sessions] as const,
  );
}

const storedCount = (page: Page): Promise<number> => page.evaluate(() => window.storageHarness.store().list().then((all) => all.length));

test('lists sessions with charts (uPlot loaded only then), and deletes one or all after confirming', async ({ page }) => {
  const chartLibraryRequests: string[] = [];
  page.on('request', (request) => {
    if (/uplot/i.test(request.url())) chartLibraryRequests.push(request.url());
  });
  await showHistory(page, []);
  await expect(page.getByText('No sessions yet')).toBeVisible();
  expect(chartLibraryRequests).toEqual([]);

  await showHistory(page, [
    sampleComplete('glute-bridge', T0 - 8 * DAY_MS, 6),
    sampleComplete('clamshell', T0 - DAY_MS, 4),
    sampleComplete('hip-thrust', T0, 5),
  ]);
  const rows = page.locator('gc-history-view li.session');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Hip thrust: 5 reps in 1 set');
  await expect(page.locator('gc-history-view figure.chart canvas')).toHaveCount(4);
  await expect(page.locator('gc-history-view figure.chart').first()).toContainText('Reps per week');
  expect(chartLibraryRequests.length).toBeGreaterThan(0);

  const dialog = page.locator('gc-history-view dialog');
  await rows.nth(1).getByRole('button', { name: /Delete the session/ }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Delete the Clamshell (left side) session');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(3);
  expect(await storedCount(page)).toBe(3);

  await rows.nth(1).getByRole('button', { name: /Delete the session/ }).click();
  await dialog.getByRole('button', { name: 'Delete session' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.locator('gc-history-view')).not.toContainText('Clamshell');
  expect(await storedCount(page)).toBe(2);

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toContainText('Delete all 2 sessions?');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('No sessions yet')).toBeVisible();
  expect(await storedCount(page)).toBe(0);
});

test('offers to resume or close sessions a reload cut off', async ({ page }) => {
  await showHistory(page, []);
  await page.evaluate(async ([bridge, thrust, rep]) => {
    const store = window.storageHarness.store();
    for (const session of [bridge, thrust]) {
      const { id } = await store.create(session);
      await store.appendRep(id, 1, rep, []);
    }
  }, [sampleNewSession(), sampleNewSession({ exercise: 'hip-thrust', startedAt: T0 + 1 }), sampleRep(1)] as const);
  // Recorded by this page: no banner until the page is gone.
  await expect(page.locator('gc-history-view .banner')).toHaveCount(0);

  await showHistory(page, []);
  const banners = page.locator('gc-history-view .banner');
  await expect(banners).toHaveCount(2);
  await expect(banners.first()).toContainText('Your Hip thrust session from');
  await expect(banners.first()).toContainText('stopped before it ended; 1 rep was saved.');

  await banners.first().getByRole('button', { name: 'Close it' }).click();
  await expect(banners).toHaveCount(1);
  await banners.first().getByRole('button', { name: 'Resume' }).click();
  await expect(banners).toHaveCount(0);

  const events = await page.evaluate(() => window.historyHarness.events());
  expect(events.map(({ type, status }) => [type, status])).toEqual([
    ['close-session', 'interrupted'],
    ['resume-session', 'in-progress'],
  ]);
  const closed = await page.evaluate((id) => window.storageHarness.store().get(id), events[0]!.id);
  expect(closed).toMatchObject({ status: 'interrupted', exercise: 'hip-thrust' });
  expect(closed?.endedAt).toEqual(expect.any(Number));
  await expect(page.locator('gc-history-view li.session .status')).toHaveText(['(interrupted)', '(in-progress)']);
});

test('imports a file: hostile text is shown as text, a bad file lists its problems and changes nothing', async ({ page }) => {
  await showHistory(page, [sampleComplete('glute-bridge', T0, 3)]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { sessions: Record<string, unknown>[] };
  expect(exported.sessions).toHaveLength(1);

  const hostile = '<img src=x onerror="window.pwned=1">';
  const upload = page.locator('gc-history-view input[type=file]');
  exported.sessions[0] = { ...exported.sessions[0], id: 'hostile', model: hostile };
  await upload.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.getByText('Imported 1 session.')).toBeVisible();
  await expect(page.locator('gc-history-view li.session').first()).toContainText(hostile);
  await expect(page.locator('gc-history-view img')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);

  exported.sessions[0] = { ...exported.sessions[0], startedAt: 'yesterday' };
  await upload.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  const notice = page.locator('gc-history-view .notice.error');
  await expect(notice).toContainText('Nothing was imported, and your history is unchanged.');
  await expect(notice.locator('li')).toHaveText(['sessions[0].startedAt: must be a whole number from 0 to 8640000000000000 (got "yesterday")']);
  expect(await storedCount(page)).toBe(2);
});

test('says plainly when history cannot be kept', async ({ page }) => {
  await showHistory(page, [sampleComplete('glute-bridge', T0, 3)], '?idb=throw');
  await expect(page.locator('gc-history-view .notice.warn')).toHaveText(/^History will not be kept on this device: /);
  await expect(page.locator('gc-history-view li.session')).toHaveCount(1);
});
