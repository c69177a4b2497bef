/**
 * The glute march through <glute-coach>. No real march clip exists, so its camera is the synthetic march made
 * from the real bridge landmarks (tests/support/one-leg-bridges.ts), fed in place of the pose model's answers
 * (harness/landmark-camera.page.ts); everything after the pose model is the real element. The pelvis tilts 10
 * degrees as each foot lifts: each rep event names its leg, the pelvis cue is spoken, and the session kept in
 * IndexedDB holds each leg's reps.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { alternating, heldTop, marchSequence } from '../support/one-leg-bridges';
import { loadFixture } from '../unit/analysis/real-fixtures';
import { useFakeCameraBrowser } from './support/coach-support';
import { coachOnLandmarks } from './support/landmark-camera';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

test('a synthetic march: reps named by leg, the pelvis cue spoken, each leg kept in the history', async () => {
  test.setTimeout(120_000);
  const bridge = loadFixture('bridge-side-studio').frames;
  const march = marchSequence(heldTop(bridge, 'left'), alternating(4, { liftDeg: 60, tiltDeg: 10 }));
  const { page, log, spoken } = await coachOnLandmarks(camera.browser, march, { exercise: 'glute-march', 'target-reps': '2', sets: '1' });
  expect(log[0]?.type).toBe('ready');
  const ended = log.find((event) => event.type === 'session-end')!;
  const reps = log.filter((e) => e.type === 'rep').map((e) => e.detail);
  expect(reps.map((rep) => `${rep.rep} ${rep.leg}`)).toEqual(['1 left', '2 right', '3 left', '4 right']);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'glute-march', side: null, set: 1, faults: [{ type: 'pelvic-drop' }] });
  expect(log.find((e) => e.type === 'set-complete')?.detail).toMatchObject({ set: 1, reps: 4, targetReps: 2 });

  expect(spoken).toContain('Keep your pelvis level');
  expect(spoken).toEqual(expect.arrayContaining(['Left 1', 'Right 1', 'Left 2', 'Right 2']));

  // Read back from IndexedDB itself, in the storage harness on the same origin (the coach's default database).
  const id = (ended.detail as unknown as SessionRecord).id;
  await openStore(page, 'glute-coach');
  const stored = await page.evaluate((id) => window.storageHarness.store().get(id), id);
  expect(stored).toMatchObject({ exercise: 'glute-march', side: null, status: 'complete', reps: 4 });
  expect(stored!.sets[0]!.reps.map((rep) => rep.leg)).toEqual(['left', 'right', 'left', 'right']);
  await page.close();
});
