/**
 * "Stop: it hurts" during a live set (a real bridge clip as the camera): the set ends at once, the saved
 * session records where in the rep it happened, and the coach suggests a gentler variant.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';

const rig = useFakeCameraRig('bridge-side-studio.mp4');

test('the stop button ends the set, records the moment in the rep and suggests a gentler variant', async () => {
  test.setTimeout(120_000);
  const page = await rig.browser.newPage();
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { 'skip-setup': '', exercise: 'glute-bridge', 'target-reps': '12', sets: '3' });
  await waitForCoachEvent(page, ['rep'], 60_000);

  await page.locator('glute-coach gc-stop-button button').click();
  const stopped = await waitForCoachEvent(page, ['pain-stop']);
  expect(stopped.detail).toMatchObject({ exercise: 'glute-bridge', set: 1, gentler: { title: 'Lift only halfway' } });
  expect(stopped.detail.rep).toBeGreaterThanOrEqual(1);
  expect(['bottom', 'rising', 'top', 'lowering']).toContain(stopped.detail.phase);

  const saved = (await waitForCoachEvent(page, ['session-end'])).detail as unknown as SessionRecord;
  expect(saved.status).toBe('complete');
  expect(saved.painStops).toEqual([{ t: stopped.detail.t, set: 1, rep: stopped.detail.rep, phase: stopped.detail.phase, angleDeg: stopped.detail.angleDeg }]);
  await expect(page.locator('glute-coach [part="gentler"]')).toContainText('Lift only halfway');
  expect(await page.evaluate(() => document.querySelector('glute-coach')!.stage)).toBe('finished');
  // No rep is counted after the stop.
  const log = await readCoachLog(page);
  const stopIndex = log.findIndex((event) => event.type === 'pain-stop');
  expect(log.slice(stopIndex).filter((event) => event.type === 'rep' && (event.detail.rep as number) > (stopped.detail.rep as number))).toEqual([]);
  await page.close();
});
