/**
 * The side-lying leg lift through <glute-coach> with the real clip as the camera (lying on the right side, the
 * left leg lifting), from 24 s: rep events name the working leg, no fault is cued on these clean lifts, and the
 * session is in IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { readCoachLog, startCoach, useFakeCameraRig, waitForCoachEvent } from './support/coach-support';

// From 24 s, legs together after the frozen top: lifts at about 25.4, 27.6, 32.8 and 34.9 s (30.5 s is a close-up without the head).
const rig = useFakeCameraRig('side-lying-leg-lift-left.mp4', 10, 24);

const LIB = '/dist/lib/glute-coach.js';

test('side-lying leg lifts with the left leg: reps with the leg, no cue on clean lifts, the session stored', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'side-lying-leg-lift', side: 'left', model: 'full', voice: '', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  await expect.poll(async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').length, { timeout: 90_000 }).toBeGreaterThanOrEqual(3);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);

  const reps = (await readCoachLog(page)).filter((e) => e.type === 'rep').map((e) => e.detail);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'side-lying-leg-lift', side: 'left', faults: [] });
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.filter((text) => text.startsWith("Don't swing") || text.startsWith('Keep your hips'))).toEqual([]);

  const stored = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, LIB);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ exercise: 'side-lying-leg-lift', side: 'left', status: 'complete' });
  expect(stored[0]!.reps).toBe(reps.length);
  await page.close();
});
