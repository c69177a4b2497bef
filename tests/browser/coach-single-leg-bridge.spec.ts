/**
 * The single-leg bridge through <glute-coach>. No real single-leg bridge clip exists, so its camera is the real
 * bridge recording done on the left leg, the right leg held up and the pelvis dropping 15 degrees on that free side
 * as the hips rise (tests/support/one-leg-bridges.ts), fed in place of the pose model's answers
 * (harness/landmark-camera.page.ts); everything after the pose model is the real element.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { singleLegSequence } from '../support/one-leg-bridges';
import { loadFixture } from '../unit/analysis/real-fixtures';
import { useFakeCameraBrowser } from './support/coach-support';
import { coachOnLandmarks } from './support/landmark-camera';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

test('a synthetic single-leg bridge: reps on the working leg, the dropping free side cued, the session kept', async () => {
  test.setTimeout(120_000);
  const bridge = loadFixture('bridge-side-studio').frames;
  const oneLeg = singleLegSequence(bridge, 'left', { freeLeg: 'right', liftDeg: 60, dropDeg: 15 });
  const { page, log, spoken } = await coachOnLandmarks(camera.browser, oneLeg, { exercise: 'single-leg-bridge', side: 'left', 'target-reps': '3', sets: '1' });
  const reps = log.filter((e) => e.type === 'rep').map((e) => e.detail);
  expect(reps).toHaveLength(3);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', set: 1, faults: [{ type: 'pelvic-drop' }] });

  expect(spoken).toContain("Keep your hips level: don't let the free side drop");

  const id = (log.find((event) => event.type === 'session-end')!.detail as unknown as SessionRecord).id;
  await openStore(page, 'glute-coach');
  const stored = await page.evaluate((id) => window.storageHarness.store().get(id), id);
  expect(stored).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', status: 'complete', reps: 3 });
  await page.close();
});
