/**
 * Standing up mid-set pauses it and coming back carries it on, through the app with a real clip as the camera:
 * the bridge clip, then the person out of the picture (an empty, evenly lit frame of the same size), then the
 * clip again. The coach says and shows it is paused while nobody is there, and counts the reps after the return;
 * in a rest, the same leaving and coming back starts the next set early. Screenshots in test-results/screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { clipPath } from '../support/clips';
import { PAUSED_MESSAGE } from '../../src/live/coaching-words';
import { launchWithFakeCamera, readCoachLog, STILL_LEAD_SECONDS, STILL_TAIL_SECONDS, waitForCoachEvent } from './support/coach-support';
import { devOrigin, openTrainingView, startAppCoach } from './support/app-rig';

const CLIP = 'bridge-side-studio.mp4';
/** The clip's size: the empty frame must match it for the two to follow each other as one camera. */
const CLIP_SIZE = '1280x720';
/** Long enough for the pause (3 s out of position) to be said and seen. */
const AWAY_SECONDS = 8;

/** The clip (after the usual still lead), nobody for AWAY_SECONDS, the clip again (and the still tail), as MJPEG. */
function leaveAndComeBackCamera(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glute-cam-away-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'away.mjpeg');
  const graph = [
    `[0:v]fps=30,setsar=1,split=2[first][second]`,
    `[first]tpad=start_mode=clone:start_duration=${STILL_LEAD_SECONDS}[before]`,
    `color=c=0xd0d0d0:s=${CLIP_SIZE}:r=30:d=${AWAY_SECONDS},setsar=1[away]`,
    `[second]tpad=stop_mode=clone:stop_duration=${STILL_TAIL_SECONDS}[after]`,
    `[before][away][after]concat=n=3:v=1:a=0[camera]`,
  ].join(';');
  execFileSync('ffmpeg', ['-v', 'error', '-i', clipPath(CLIP), '-filter_complex', graph, '-map', '[camera]', '-q:v', '4', file]);
  return file;
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await launchWithFakeCamera(leaveAndComeBackCamera());
});
test.afterAll(async () => {
  await browser?.close();
});

test('walking away mid-set pauses it (said and shown), coming back carries it on and its reps count', async () => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 844, height: 390 } });
  const page = await context.newPage();
  await openTrainingView(page, devOrigin());
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  await waitForCoachEvent(page, ['rep'], 60_000);

  const coach = page.locator('gc-app glute-coach');
  // The cue shown now, '' when there is none.
  const cue = () => coach.evaluate((element) => element.shadowRoot!.querySelector('gc-coach-cue')!.shadowRoot!.querySelector('[part="cue"]')?.textContent?.trim() ?? '');
  await expect.poll(cue, { timeout: 60_000 }).toBe(PAUSED_MESSAGE);
  const repsWhenPaused = (await readCoachLog(page)).filter((event) => event.type === 'rep').length;
  expect(await coach.evaluate((element: HTMLElementTagNameMap['glute-coach']) => element.stage)).toBe('training');
  await page.screenshot({ path: join('test-results', 'screenshots', 'training-view-paused.png') });

  await expect.poll(cue, { timeout: 30_000 }).not.toBe(PAUSED_MESSAGE);
  await page.waitForFunction(
    (before) => (window as unknown as { coachLog: { type: string }[] }).coachLog.filter((event) => event.type === 'rep').length >= before + 2,
    repsWhenPaused,
    { timeout: 60_000 },
  );
  expect(await coach.evaluate((element: HTMLElementTagNameMap['glute-coach']) => element.stage)).toBe('training');
  await context.close();
});

test('after set 1 the rest shows its report; leaving the mat and getting back into position starts set 2 early', async () => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openTrainingView(page, devOrigin());
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '2', sets: '2', rest: '300' });
  const completed = await waitForCoachEvent(page, ['set-complete'], 120_000);
  expect(completed.detail).toMatchObject({ set: 1, sets: 2, reps: 2, restMs: 300_000 });

  const coach = page.locator('gc-app glute-coach');
  const stage = () => coach.evaluate((element: HTMLElementTagNameMap['glute-coach']) => element.stage);
  expect(await stage()).toBe('rest');
  await expect(coach.locator('gc-set-report [part="title"]')).toHaveText('Set 1 of 2: 2 reps');
  await expect(coach.locator('gc-set-report [part="fix"]')).toBeVisible();
  await page.screenshot({ path: join('test-results', 'screenshots', 'training-view-rest-portrait.png') });
  // The clip's remaining reps keep the person on the mat: the rest runs on. Then they leave and come back.
  await expect.poll(stage, { timeout: 60_000 }).toBe('training');
  const restSeconds = (await page.evaluate(() => performance.now()) - completed.at) / 1000;
  console.log(`set 2 started ${restSeconds.toFixed(1)} s into a 300 s rest`);
  // Not before the person had been away (the clip's rest of the set, then AWAY_SECONDS of nobody), long before 300 s.
  expect(restSeconds).toBeGreaterThan(AWAY_SECONDS);
  expect(restSeconds).toBeLessThan(60);
  await context.close();
});
