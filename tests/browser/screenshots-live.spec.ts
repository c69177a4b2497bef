/**
 * Screenshots of the live view, laptop-sized and phone-sized, with the hip-thrust clip as the webcam (its reps
 * over-arch, so a fault cue and highlighted joints are on screen). Saved under test-results/screenshots/ to be
 * looked at; the checks below cover what must hold at a glance from the floor: a skeleton drawn, a big count,
 * a large cue.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { Landmark } from '../../src/analysis';
import { REPO_ROOT, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

const VIEWPORTS = [
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** Read from 2-3 m away: the count at least this tall (px), the cue at least this. */
const MIN_COUNT_PX = 80;
const MIN_CUE_PX = 24;

const rig = useFakeCameraRig('hip-thrust-side-box.mp4');

/** What the view shows now: sizes of the count and the cue, and how many skeleton pixels are drawn. */
function measureView(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('glute-coach')!.shadowRoot!;
    const counter = root.querySelector('gc-coach-counter')!.shadowRoot!.querySelector('.count')!;
    const cue = root.querySelector('gc-coach-cue')!.shadowRoot!.querySelector('.cue');
    const canvas = root.querySelector('gc-coach-skeleton')!.shadowRoot!.querySelector('canvas')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) drawn++;
    return {
      count: counter.textContent?.trim(),
      countPx: parseFloat(getComputedStyle(counter).fontSize),
      cue: cue?.textContent?.trim() ?? null,
      cuePx: cue ? parseFloat(getComputedStyle(cue).fontSize) : 0,
      skeletonPixels: drawn,
    };
  });
}

/**
 * Where the skeleton draws the hip nearer the camera (the more visible one), read in one go once it has drawn: whether
 * the canvas is painted at the hip's place in the picture as the camera gave it (`raw`) and flipped left to right
 * (`flipped`). The flip is drawn on the canvas, not applied to it: only the video is transformed.
 */
function hipPaint(page: Page) {
  return page.evaluate(async ({ leftHip, rightHip }) => {
    const root = document.querySelector('glute-coach')!.shadowRoot!;
    const skeleton = root.querySelector('gc-coach-skeleton')!;
    await skeleton.updateComplete;
    const canvas = skeleton.shadowRoot!.querySelector('canvas')!;
    const landmarks = skeleton.landmarks!;
    const hip = landmarks[leftHip * 4 + 3]! >= landmarks[rightHip * 4 + 3]! ? leftHip : rightHip;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const painted = (x: number) => pixels[(Math.round(landmarks[hip * 4 + 1]! * canvas.height) * canvas.width + Math.round(x * canvas.width)) * 4 + 3]! > 0;
    return {
      mirrored: skeleton.mirrored,
      raw: painted(landmarks[hip * 4]!),
      flipped: painted(1 - landmarks[hip * 4]!),
      videoTransform: getComputedStyle(root.querySelector('video')!).transform,
      canvasTransform: getComputedStyle(canvas).transform,
    };
  }, { leftHip: Landmark.leftHip, rightHip: Landmark.rightHip });
}

for (const { name, viewport } of VIEWPORTS) {
  test(`live view on a ${name} (${viewport.width}x${viewport.height}): skeleton, count and fault cue`, async () => {
    test.setTimeout(120_000);
    const page = await rig.browser.newPage({ viewport });
    await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
    await startCoach(page, { exercise: 'hip-thrust', 'skip-setup': '', 'target-reps': '12', sets: '3' });
    const ready = await waitForCoachEvent(page, ['ready', 'error']);
    expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
    // A fault comes with a rep's end; its cue and joint highlight stay up for a few seconds.
    await waitForCoachEvent(page, ['fault'], 60_000);
    await page.screenshot({ path: join(SCREENSHOTS, `live-${name}.png`) });

    const view = await measureView(page);
    console.log(`${name}: ${JSON.stringify(view)}`);
    expect(Number(view.count)).toBeGreaterThan(0);
    expect(view.countPx).toBeGreaterThanOrEqual(MIN_COUNT_PX);
    expect(view.cue).toBeTruthy();
    expect(view.cuePx).toBeGreaterThanOrEqual(MIN_CUE_PX);
    expect(view.skeletonPixels).toBeGreaterThan(1000);

    // A camera facing the person is shown mirrored, the skeleton flipped with it; the Mirror button undoes both.
    const mirrored = await hipPaint(page);
    expect(mirrored).toMatchObject({ mirrored: true, flipped: true, videoTransform: 'matrix(-1, 0, 0, 1, 0, 0)', canvasTransform: 'none' });
    await page.locator('glute-coach').evaluate((coach) => coach.shadowRoot!.querySelector<HTMLButtonElement>('[part="mirror-toggle"]')!.click());
    await expect.poll(() => hipPaint(page)).toMatchObject({ mirrored: false, raw: true, videoTransform: 'none', canvasTransform: 'none' });
    await page.close();
  });
}

test('set-up on a phone: where to put the camera, the live framing check, then the automatic start', async () => {
  test.setTimeout(120_000);
  const page = await rig.browser.newPage({ viewport: VIEWPORTS[1]!.viewport });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'hip-thrust' });
  await waitForCoachEvent(page, ['ready']);
  const stageOf = () => page.evaluate(() => document.querySelector('glute-coach')!.stage);
  const framing = () => page.evaluate(() => document.querySelector('glute-coach')!.shadowRoot!.querySelector('gc-coach-setup')?.status ?? null);
  expect(await stageOf()).toBe('setup');
  await expect.poll(framing).not.toBeNull();
  await page.screenshot({ path: join(SCREENSHOTS, 'setup-phone.png'), fullPage: true });
  // The clip shows the person in position, so training starts without a button press.
  await expect.poll(stageOf, { timeout: 30_000 }).toBe('training');
  await page.close();
});

test('rest between sets on a laptop: the countdown and what comes next', async () => {
  test.setTimeout(120_000);
  const page = await rig.browser.newPage({ viewport: VIEWPORTS[0]!.viewport });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'hip-thrust', 'skip-setup': '', 'target-reps': '1', sets: '2', rest: '30' });
  const completed = await waitForCoachEvent(page, ['set-complete'], 60_000);
  expect(completed.detail).toMatchObject({ set: 1, sets: 2, reps: 1, restMs: 30_000 });
  expect(await page.evaluate(() => document.querySelector('glute-coach')!.stage)).toBe('rest');
  await page.screenshot({ path: join(SCREENSHOTS, 'rest-laptop.png') });
  await page.close();
});
