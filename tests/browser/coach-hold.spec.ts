/**
 * A timed hold through <glute-coach>: a plank made from the real push-up clip's landmarks (tests/support/plank-holds.ts:
 * its held tops are a high plank, its bottoms the chest down, off the arms), fed in place of the pose model's answers
 * (harness/landmark-camera.page.ts); everything after the pose model is the real element, voice and IndexedDB. The
 * plank is held 1.5 s, lost for 1.5 s and held again: the clock pauses and the reason is said, "Back in position"
 * is said, and the hold kept in IndexedDB holds the time in position, its pause where the sequence has it.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { plankSequence } from '../support/plank-holds';
import { useFakeCameraBrowser } from './support/coach-support';
import { coachOnLandmarks } from './support/landmark-camera';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('pushup-side-studio.mp4');

/** The sequence's spans: in position, out, in again (and the last frame held after it ends, in position). */
const HELD_MS = 1500;
const LOST_MS = 1500;
/** Live frames on a shared CPU come ~70-150 ms apart; the smoothing and the clock follow within a frame or two. */
const FRAMES_MS = 300;

test('a plank made from the clip: leaving the position pauses the clock with its reason, the stored hold is the time in position', async () => {
  test.setTimeout(120_000);
  const sequence = plankSequence([HELD_MS, LOST_MS, 2000]);
  const { page, log, spoken } = await coachOnLandmarks(camera.browser, sequence, { exercise: 'plank', 'target-reps': '3', sets: '1' });
  expect(log[0]?.type).toBe('ready');
  expect(spoken).toContain('Hold 3 seconds.');
  expect(spoken).toContain('Prop yourself up on your forearms');
  expect(spoken).toContain('Back in position.');
  expect(spoken).toContain('Done.');
  expect(spoken.indexOf('Prop yourself up on your forearms')).toBeLessThan(spoken.indexOf('Back in position.'));

  // Read back from IndexedDB itself, in the storage harness on the same origin (the coach's default database).
  const ended = log.find((event) => event.type === 'session-end')!;
  const id = (ended.detail as unknown as SessionRecord).id;
  await openStore(page, 'glute-coach');
  const stored = await page.evaluate((id) => window.storageHarness.store().get(id), id);
  expect(stored).toMatchObject({ exercise: 'plank', side: null, status: 'complete', reps: 0, targetSets: 1 });
  const [hold, ...others] = stored!.sets[0]!.holds!;
  expect(others).toEqual([]);
  expect(hold).toMatchObject({ side: null, targetMs: 3000, heldMs: 3000, pauses: [{ reason: 'Prop yourself up on your forearms' }] });
  expect(log.filter((event) => event.type === 'hold').map((event) => event.detail)).toEqual([{ ...hold, exercise: 'plank', set: 1 }]);
  const [pause] = hold!.pauses;
  // The time in position is what the sequence shows: held from the start to the pause, and from the return to the end.
  expect(Math.abs(pause!.t - hold!.start - HELD_MS)).toBeLessThanOrEqual(FRAMES_MS);
  expect(Math.abs(pause!.resumedAt! - pause!.t - LOST_MS)).toBeLessThanOrEqual(FRAMES_MS);
  expect(pause!.t - hold!.start + (hold!.end - pause!.resumedAt!)).toBe(hold!.heldMs);
  await page.close();
});
