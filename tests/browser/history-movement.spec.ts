/**
 * After a live session in the app (dev server, a bridge clip as the webcam), the history shows each set's
 * movement chart from the series stored with it, and the series survives an export and an import.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { SessionRecord } from '../../src/storage';
import { devOrigin, openTrainingView, startAppCoach } from './support/app-rig';
import { readCoachLog, useFakeCameraBrowser, waitForCoachEvent } from './support/coach-support';

const camera = useFakeCameraBrowser('bridge-side-studio.mp4');
const REPS = 3;

const history = (page: Page) => page.locator('gc-app gc-history-view');

/** Opens the session's movement and returns its set's chart once its rep markers are drawn. */
async function showMovement(page: Page, reps: number) {
  await history(page).locator('li.session').first().getByRole('button', { name: 'Show the movement' }).click();
  const chart = history(page).locator('gc-movement-chart[data-set="1"]');
  await expect(chart.locator('button.rep-marker')).toHaveCount(reps);
  return chart;
}

test("a live set's movement is charted in the history from its stored series, and survives export and import", async () => {
  test.setTimeout(240_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const origin = devOrigin();
  await openTrainingView(page, origin);
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': String(REPS), sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  await waitForCoachEvent(page, ['session-end'], 90_000);
  const saved = (await readCoachLog(page)).find((event) => event.type === 'session-end')!.detail as unknown as SessionRecord;
  const series = saved.sets[0]!.series!;
  console.log(`stored series: ${series.angleDeg.length} values every ${series.stepMs} ms for ${saved.sets[0]!.reps.length} reps`);
  expect(series.stepMs).toBe(100);
  // The set's reps lie within its series.
  const seriesEnd = series.startMs + series.angleDeg.length * series.stepMs;
  for (const rep of saved.sets[0]!.reps) {
    expect(rep.top).toBeGreaterThan(series.startMs);
    expect(rep.top).toBeLessThan(seriesEnd);
  }

  await page.goto(`${origin}/#history`);
  await expect(history(page).locator('li.session')).toHaveCount(1);
  await showMovement(page, saved.sets[0]!.reps.length);

  const download = page.waitForEvent('download');
  await history(page).getByRole('button', { name: 'Export JSON' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  const exported = JSON.parse(file) as { sessions: SessionRecord[] };
  expect(exported.sessions[0]!.sets[0]!.series).toEqual(series);

  await history(page).getByRole('button', { name: 'Delete everything' }).click();
  await history(page).locator('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(history(page).getByText('No sessions yet')).toBeVisible();
  await history(page).locator('input[type=file]').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(history(page).getByText('Imported 1 session.')).toBeVisible();
  await showMovement(page, saved.sets[0]!.reps.length);
  await context.close();
});
