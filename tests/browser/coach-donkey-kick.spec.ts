/**
 * The donkey kick through <glute-coach> with the real clip as the camera (right side to it, over-arching at every
 * top): rep events name the working leg, the over-arch cue is spoken, and the session is in IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { readCoachLog, startCoach, useFakeCameraRig, waitForCoachEvent } from './support/coach-support';

// From 2 s: the camera starts on the way down from the opening top (which has no bottom before it), to keep the test short.
const rig = useFakeCameraRig('donkey-kick-side-right.mp4', 10, 2);

const LIB = '/dist/lib/glute-coach.js';

test('donkey kicks with the right leg: reps with the leg, the over-arch cue, the session stored', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'donkey-kick', side: 'right', model: 'full', voice: '', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  await expect.poll(async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').length, { timeout: 90_000 }).toBeGreaterThanOrEqual(3);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);

  const reps = (await readCoachLog(page)).filter((e) => e.type === 'rep').map((e) => e.detail);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'donkey-kick', side: 'right' });
  expect(reps.filter((rep) => (rep.faults as { type: string }[]).some((fault) => fault.type === 'lumbar-overarch')).length).toBeGreaterThanOrEqual(2);
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.some((text) => text.startsWith('Ribs down'))).toBe(true);

  const stored = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../src/lib/glute-coach');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, LIB);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ exercise: 'donkey-kick', side: 'right', status: 'complete' });
  expect(stored[0]!.reps).toBe(reps.length);
  await page.close();
});
