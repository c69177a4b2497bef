/**
 * routine="beginner", the programme's routine, through the real <glute-coach> from its first block to its last,
 * every block shortened to 2 reps x 1 set. The camera is the landmarks of the real clips (tests/fixtures), played
 * in place of the pose model's answers (harness/landmark-camera.page.ts) and switched as the person would move on:
 * the warm-up's glute squeezes (a timed hold) skipped, bridges, then clamshells (the camera moves to the front, and the set waits while the person still lies on their
 * back), the right-side clamshells skipped from the keyboard, hip thrusts (the camera back at the side), a reload
 * in the next block's set-up and the routine resumed there, and every block after it skipped. Each block is a
 * session in IndexedDB with its place in the routine; the skipped ones are kept as skipped.
 */
import { expect, test, type Page } from '@playwright/test';
import type { PoseFrame } from '../../src/analysis';
import { cameraPlacement, exerciseTitle } from '../../src/live/coaching-words';
import { routinePlans } from '../../src/live/routine';
import type { SessionRecord } from '../../src/storage';
import { loadFixture } from '../unit/analysis/real-fixtures';
import { logCoachEvents, readCoachLog, startCoach, useFakeCameraBrowser } from './support/coach-support';
import { openLandmarkCamera, playLandmarks, spokenOn } from './support/landmark-camera';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

const plans = routinePlans('beginner', 0);
const placement = (block: number) => cameraPlacement(plans[block]!.exercise, plans[block]!.side);
/** The routine's first block of `exercise` on `side` from `from` on. */
const blockOf = (exercise: string, side: string, from = 0) => plans.findIndex((plan, block) => block >= from && plan.exercise === exercise && plan.side === side);
// The blocks this test trains, one after another: the warm-up's bridges and clamshells, the main workout's first two.
const SQUEEZES = blockOf('glute-squeeze', 'left');
const BRIDGES = blockOf('glute-bridge', 'left');
const CLAMS = blockOf('clamshell', 'left');
const CLAMS_RIGHT = blockOf('clamshell', 'right');
const THRUSTS = blockOf('hip-thrust', 'left');
const MAIN_CLAMS = blockOf('clamshell', 'left', THRUSTS);
const TRAINED = [BRIDGES, CLAMS, THRUSTS, MAIN_CLAMS];
const frames = (name: string): PoseFrame[] => loadFixture(name).frames;

type CoachWindow = Window & { shortenRoutines(reps: number, sets: number): void; keptSessions(): Promise<SessionRecord[]>; resumeUnfinished(): Promise<string> };

async function sessionsEnded(page: Page): Promise<SessionRecord[]> {
  return (await readCoachLog(page)).filter((event) => event.type === 'session-end').map((event) => event.detail as unknown as SessionRecord);
}

/** Waits until `count` blocks have ended since the log began, and returns the last one's record. */
async function blockEnded(page: Page, count: number): Promise<SessionRecord> {
  await expect.poll(async () => (await sessionsEnded(page)).length, { timeout: 60_000 }).toBe(count);
  return (await sessionsEnded(page)).at(-1)!;
}

function coachStage(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('glute-coach')!.stage);
}

async function skipBlock(page: Page, block: number): Promise<void> {
  const { exercise, side } = plans[block]!;
  await page.getByRole('button', { name: `Skip ${exerciseTitle(exercise, side)}` }).focus();
  await page.keyboard.press('Enter');
}

test('the beginner routine: camera moves said and shown, the wait for position, a skipped block, a resumed reload, every block kept', async () => {
  test.setTimeout(180_000);
  // The flow below takes these as the routine's first six blocks.
  expect([SQUEEZES, BRIDGES, CLAMS, CLAMS_RIGHT, THRUSTS, MAIN_CLAMS]).toEqual([0, 1, 2, 3, 4, 5]);
  const page = await openLandmarkCamera(camera.browser, frames('bridge-side-studio'));
  await page.evaluate(() => (window as unknown as CoachWindow).shortenRoutines(2, 1));
  await startCoach(page, { routine: 'beginner', model: 'full', voice: '', rest: '0' });

  // Block 1, the warm-up's glute squeezes: a timed hold, skipped like any block.
  await skipBlock(page, SQUEEZES);
  expect(await blockEnded(page, 1)).toMatchObject({ exercise: 'glute-squeeze', routine: { routine: 'beginner', block: SQUEEZES }, status: 'skipped' });

  // Block 2, the warm-up's bridges, once in position for the framing check.
  expect(await blockEnded(page, 2)).toMatchObject({ exercise: 'glute-bridge', routine: { routine: 'beginner', block: BRIDGES }, status: 'complete', reps: 2 });

  // Block 3, clamshells: the camera goes in front, said and shown; lying on the back still, the set waits.
  const [clamCamera, clamPosition] = placement(CLAMS);
  await expect.poll(() => spokenOn(page)).toContain(`Next: Clamshell, left leg. Move the camera. ${clamCamera} ${clamPosition}`);
  await expect(page.locator('glute-coach [part="camera-move"]')).toContainText(clamCamera!);
  await expect(page.locator('glute-coach h1')).toContainText(`Warm-up · ${CLAMS + 1} of ${plans.length}`);
  await page.waitForTimeout(3000);
  expect(await coachStage(page)).toBe('setup');
  await playLandmarks(page, frames('clamshell-front-left'));
  expect(await blockEnded(page, 3)).toMatchObject({ exercise: 'clamshell', side: 'left', routine: { block: CLAMS }, status: 'complete', reps: 2 });

  // Block 4, the other side: the camera stays; skipped from the keyboard, and said so.
  await expect.poll(() => spokenOn(page)).toContain(`Next: Clamshell, right leg. The camera stays where it is. ${placement(CLAMS_RIGHT)[1]}`);
  await skipBlock(page, CLAMS_RIGHT);
  expect(await blockEnded(page, 4)).toMatchObject({ exercise: 'clamshell', side: 'right', routine: { block: CLAMS_RIGHT }, status: 'skipped', reps: 0 });
  await expect.poll(() => spokenOn(page)).toContain('Skipping Clamshell, right leg.');

  // Block 5, hip thrusts: back to the side.
  await expect.poll(() => spokenOn(page)).toContain(`Next: Hip thrust. Move the camera. ${placement(THRUSTS)[0]} ${placement(THRUSTS)[1]}`);
  await playLandmarks(page, frames('hip-thrust-side-box'));
  expect(await blockEnded(page, 5)).toMatchObject({ exercise: 'hip-thrust', routine: { block: THRUSTS }, status: 'complete', reps: 2 });

  // Block 6's set-up, cut off by a reload once its record is kept, is resumed there: same block, same record.
  const kept = () => page.evaluate(() => (window as unknown as CoachWindow).keptSessions());
  await expect.poll(async () => (await kept()).find((session) => session.routine?.block === MAIN_CLAMS)?.status).toBe('in-progress');
  await page.reload();
  await playLandmarks(page, frames('clamshell-front-left'));
  await page.evaluate(() => {
    (window as unknown as CoachWindow).shortenRoutines(2, 1);
    const coach = document.querySelector('glute-coach')!;
    for (const [name, value] of Object.entries({ model: 'full', voice: '', rest: '0' })) coach.setAttribute(name, value);
  });
  await logCoachEvents(page);
  const cutOff = await page.evaluate(() => (window as unknown as CoachWindow).resumeUnfinished());
  await expect(page.locator('glute-coach h1')).toContainText(`Main workout · ${MAIN_CLAMS + 1} of ${plans.length}`);
  expect(await blockEnded(page, 1)).toMatchObject({ id: cutOff, exercise: 'clamshell', side: 'left', routine: { block: MAIN_CLAMS }, status: 'complete', reps: 2 });

  // Every block after it skipped, to the routine's end.
  for (let block = MAIN_CLAMS + 1; block < plans.length; block++) {
    await skipBlock(page, block);
    await blockEnded(page, block - MAIN_CLAMS + 1);
  }
  await expect.poll(() => coachStage(page)).toBe('finished');
  expect(await spokenOn(page)).toContain('Well done. Session complete.');
  await expect(page.locator('glute-coach [part="summary-title"]')).toHaveText('Session complete');
  // Since the reload: the resumed block and the skipped ones after it.
  await expect(page.locator('glute-coach [part="summary"]')).toHaveText(`2 reps saved over ${plans.length - MAIN_CLAMS} exercises (${plans.length - MAIN_CLAMS - 1} skipped).`);

  await openStore(page, 'glute-coach');
  const stored = await page.evaluate(() => window.storageHarness.store().list());
  const byBlock = stored.map((session) => [session.routine?.block, session.exercise, session.status, session.reps]).sort((a, b) => Number(a[0]) - Number(b[0]));
  expect(byBlock).toEqual(
    plans.map((plan, block) => {
      const done = TRAINED.includes(block);
      return [block, plan.exercise, done ? 'complete' : 'skipped', done ? 2 : 0];
    }),
  );
  await page.close();
});
