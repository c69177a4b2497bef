/**
 * A standing exercise through <glute-coach> with the real squat clip as the camera (from the side): the squats of
 * the wide shot count as rep events (each complete once the person is back up), the set's report names the check
 * a side view cannot make, and the session is in IndexedDB.
 * (The lunge clip is portrait: the fake camera squeezes it into 640x480, which no real camera does.)
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';

const rig = useFakeCameraRig('squat-side-cut.mp4');

const LIB = '/dist/lib/glute-coach.js';

test('squats: rep events as the person stands up from each, the session stored', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'squat', model: 'full', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  const repEvents = async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').map((e) => e.detail);
  await expect.poll(async () => (await repEvents()).length, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);
  // Filmed from the side, the knees caving in cannot be judged: the set's report says so and calls nothing clean.
  const report = page.locator('glute-coach gc-set-report');
  await expect(report.locator('[part="not-checked"]')).toHaveText('Not checked from this camera angle: knee caving in.');
  await expect(report.locator('[part="fix"]')).not.toContainText('Clean set');

  const reps = await repEvents();
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'squat', side: null, set: 1 });
  expect(reps.map((rep) => rep.rep)).toEqual(reps.map((_, i) => i + 1));
  const stored = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, LIB);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ exercise: 'squat', status: 'complete', reps: reps.length } satisfies Partial<SessionRecord>);
  await page.close();
});
