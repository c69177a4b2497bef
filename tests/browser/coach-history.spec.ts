/**
 * The coach writes the history as it goes: a reload in the middle of a set leaves the session in progress
 * with every rep so far, and resume() carries on recording into the same session from the next set.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';

const rig = useFakeCameraRig('bridge-side-studio.mp4');

const LIB = '/dist/lib/glute-coach.js';

test('a session cut off by a reload keeps its reps, and resume() adds the next set to the same session', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '3' });
  await waitForCoachEvent(page, ['ready']);
  await page.waitForFunction(() => (window as unknown as { coachLog: { type: string }[] }).coachLog.filter((e) => e.type === 'rep').length >= 2, null, { timeout: 60_000 });
  // Each rep's write follows its event: reload once the second one is in the database, as a person would a moment later.
  const keptReps = () =>
    page.evaluate(async (lib) => {
      const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
      const store = await openSessionStore();
      const sessions = await store.list();
      store.close();
      return sessions.find((session) => session.status === 'in-progress')?.reps ?? 0;
    }, LIB);
  await expect.poll(keptReps, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

  await page.reload();
  const cut = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
    const store = await openSessionStore();
    const [session] = await store.findUnfinished();
    store.close();
    return session ?? null;
  }, LIB);
  expect(cut).toMatchObject({ status: 'in-progress', source: 'live', exercise: 'glute-bridge', targetSets: 3 });
  const repsBefore = cut!.reps;
  expect(repsBefore).toBeGreaterThanOrEqual(2);

  await startCoach(page, { 'skip-setup': '' });
  await page.evaluate((session) => document.querySelector('glute-coach')!.resume(session), cut as SessionRecord);
  const rep = await waitForCoachEvent(page, ['rep'], 60_000);
  expect(rep.detail).toMatchObject({ set: 2, rep: 1 });
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());

  const saved = (await readCoachLog(page)).find((e) => e.type === 'session-end')?.detail as unknown as SessionRecord;
  expect(saved).toMatchObject({ id: cut!.id, status: 'complete' });
  expect(saved.reps).toBeGreaterThan(repsBefore);
  expect(saved.sets.map((set) => set.set)).toEqual([1, 2]);
  await page.close();
});
