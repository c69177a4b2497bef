/**
 * The donkey kick through <glute-coach> with the real clip as the camera (right side to it, over-arching at every
 * top): rep events name the kicking leg (both legs are watched, each counted apart), the over-arch cue is spoken,
 * and the session is in IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { coachUntilReps } from './support/coach-session';
import { useFakeCameraRig } from './support/coach-support';

// From 2 s: the camera starts on the way down from the opening top (which has no bottom before it), to keep the test short.
const rig = useFakeCameraRig('donkey-kick-side-right.mp4', 10, 2);

test('donkey kicks with the right leg: reps with the leg, the over-arch cue, the session stored', async () => {
  test.setTimeout(150_000);
  const { page, reps, spoken, stored } = await coachUntilReps(rig, { exercise: 'donkey-kick' }, 3);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'donkey-kick', side: null, leg: 'right' });
  const overArched = reps.filter((rep) => (rep.faults as { type: string }[]).some((fault) => fault.type === 'lumbar-overarch'));
  expect(overArched.length).toBeGreaterThanOrEqual(2);
  expect(spoken.some((text) => text.startsWith('Ribs down'))).toBe(true);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ exercise: 'donkey-kick', side: null, status: 'complete', reps: reps.length });
  expect(stored[0]!.sets[0]!.reps.every((rep) => rep.leg === 'right')).toBe(true);
  await page.close();
});
