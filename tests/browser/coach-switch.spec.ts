/**
 * The offer to switch exercise through <glute-coach>: glute bridges are chosen while the camera shows a person doing
 * clamshells on the left leg (the real clamshell clip's landmarks, fed in place of the pose model's answers by
 * harness/landmark-camera.page.ts); everything after the pose model is the real element.
 */
import { expect, test, type Page } from '@playwright/test';
import { SWITCH_WATCH } from '../../src/analysis';
import { framingMessage, keepExerciseLabel, switchedAnnouncement, switchQuestion } from '../../src/live/coaching-words';
import type { SessionRecord } from '../../src/storage';
import { loadFixture } from '../unit/analysis/real-fixtures';
import { readCoachLog, startCoach, useFakeCameraBrowser } from './support/coach-support';
import { coachEventTypes, openLandmarkCamera, spokenOn } from './support/landmark-camera';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');
const clamshells = loadFixture('clamshell-front-left').frames;
const BRIDGES = { model: 'full', voice: '', exercise: 'glute-bridge', 'target-reps': '3', sets: '1' };
const OFFERED = { from: { exercise: 'glute-bridge', side: null }, to: { exercise: 'clamshell', side: 'left' } };

const eventsOf = async (page: Page, type: string) => (await readCoachLog(page)).filter((event) => event.type === type).map((event) => event.detail);

test('in a set of bridges, clamshells for a few seconds: the coach asks, Switch starts clamshells on the left leg and counts them', async () => {
  test.setTimeout(120_000);
  const page = await openLandmarkCamera(camera.browser, clamshells);
  await startCoach(page, { ...BRIDGES, 'skip-setup': '' });
  const coach = page.locator('glute-coach');
  const offer = coach.locator('[part="switch-offer"]');
  await expect(offer.locator('[part="switch-question"]')).toHaveText(switchQuestion('clamshell', 'left'), { timeout: 60_000 });
  expect(await eventsOf(page, 'exercise-suggested')).toEqual([OFFERED]);
  expect(await spokenOn(page)).toContain(switchQuestion('clamshell', 'left'));
  // While it stands, the offer is the one cue: no "get back into position" beside it.
  await expect(coach.locator('[part="cue"]')).toHaveCount(0);

  await offer.getByRole('button', { name: 'Switch' }).click();
  await expect(offer).toHaveCount(0);
  await expect(coach).toHaveAttribute('exercise', 'clamshell');
  await expect(coach).toHaveAttribute('side', 'left');
  await expect.poll(() => coachEventTypes(page), { timeout: 60_000 }).toContain('session-end');

  expect(await eventsOf(page, 'exercise-switched')).toEqual([OFFERED]);
  const reps = await eventsOf(page, 'rep');
  expect(reps).toHaveLength(3);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'clamshell', side: 'left', set: 1 });
  expect(await spokenOn(page)).toContain(switchedAnnouncement('clamshell', 'left'));
  // The bridge block had no rep: nothing of it is kept, so the one session saved is the clamshells'.
  const saved = (await eventsOf(page, 'session-end')) as unknown as SessionRecord[];
  expect(saved).toHaveLength(1);
  await openStore(page, 'glute-coach');
  const stored = await page.evaluate(() => window.storageHarness.store().list());
  expect(stored).toEqual([expect.objectContaining({ id: saved[0]!.id, exercise: 'clamshell', side: 'left', status: 'complete', reps: 3 })]);
  await page.close();
});

test('in the set-up the offer takes the framing hint’s place; "No" keeps bridges, brings the hint back and is not asked again', async () => {
  test.setTimeout(120_000);
  const page = await openLandmarkCamera(camera.browser, clamshells);
  await startCoach(page, BRIDGES);
  const coach = page.locator('glute-coach');
  const setup = coach.locator('gc-coach-setup');
  const hint = setup.locator('[part="framing"]');
  await expect(hint).toHaveText(framingMessage('not-in-position', 'glute-bridge'), { timeout: 60_000 });
  const offer = setup.locator('[part="switch-offer"]');
  await expect(offer).toContainText(switchQuestion('clamshell', 'left'), { timeout: 30_000 });
  await expect(hint).toBeHidden();

  // Keyboard: the answers are ordinary buttons in the tab order.
  await offer.getByRole('button', { name: keepExerciseLabel('glute-bridge', 'left') }).focus();
  await page.keyboard.press('Enter');
  await expect(offer).toHaveCount(0);
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText(framingMessage('not-in-position', 'glute-bridge'));
  await expect(coach).toHaveAttribute('exercise', 'glute-bridge');
  // Still clamshells for longer than the watch needs to be sure again: no second offer.
  await page.waitForTimeout(SWITCH_WATCH.windowMs + 1000);
  expect(await eventsOf(page, 'exercise-suggested')).toEqual([OFFERED]);
  expect(await coachEventTypes(page)).not.toContain('exercise-switched');
  await page.close();
});
