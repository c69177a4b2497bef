/**
 * A standing exercise through <glute-coach> with the real lunge clip as the camera (from the front): both lunges
 * count as rep events, the first (feet in one line) with its fault and cue, and the session is in IndexedDB.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';

const rig = useFakeCameraRig('lunge-front.mp4');

const LIB = '/dist/lib/glute-coach.js';

test('lunges: two reps, the narrow stance of the first cued, the session stored', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'lunge', model: 'full', voice: '', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  const repEvents = async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').map((e) => e.detail);
  await expect.poll(async () => (await repEvents()).length, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);

  const reps = await repEvents();
  expect(reps.map((rep) => rep.exercise)).toEqual(['lunge', 'lunge']);
  const faultTypes = reps.map((rep) => (rep.faults as { type: string }[]).map((fault) => fault.type));
  expect(faultTypes).toEqual([['narrow-stance'], []]);
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.some((text) => text.startsWith('Feet hip-width apart'))).toBe(true);
  const stored = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, LIB);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ exercise: 'lunge', status: 'complete', reps: 2 } satisfies Partial<SessionRecord>);
  await page.close();
});
