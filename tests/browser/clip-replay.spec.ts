/**
 * The clip replay, through the app as a person uses it: a real clip analysed, then the video replayed with the
 * analysed skeleton over it and the movement chart under it. One analysis (9 s of the hip-thrust clip, lite
 * model) serves every check; screenshots of the result at laptop and phone sizes go to test-results/screenshots/.
 */
import { expect, test, type Locator } from '@playwright/test';
import { join } from 'node:path';
import type { RepDetail } from '../../src/analysis';
import { clipExcerpt } from './support/app-rig';
import { REPO_ROOT } from './support/coach-support';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const LEFT_HIP = 23;

interface Overlay {
  /** Video time, s. */
  time: number;
  /** The joint is painted on the canvas where the shown frame's left hip is. */
  hipPainted: boolean;
  /** A fingerprint of the canvas: changes when anything drawn moves. */
  fingerprint: number;
  highlighted: string[];
}

/** What the overlay shows now, read in one go once the skeleton has drawn. */
function readOverlay(analyzer: Locator): Promise<Overlay> {
  return analyzer.evaluate(async (element, hip) => {
    const skeleton = element.shadowRoot!.querySelector('gc-coach-skeleton')!;
    await skeleton.updateComplete;
    const video = element.shadowRoot!.querySelector('video')!;
    const canvas = skeleton.shadowRoot!.querySelector('canvas')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let fingerprint = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) fingerprint = (fingerprint * 31 + i) % 1_000_000_007;
    const landmarks = skeleton.landmarks;
    const x = landmarks ? Math.round(landmarks[hip * 4]! * canvas.width) : -1;
    const y = landmarks ? Math.round(landmarks[hip * 4 + 1]! * canvas.height) : -1;
    const hipPainted = landmarks !== null && pixels[(y * canvas.width + x) * 4 + 3]! > 0;
    return { time: video.currentTime, hipPainted, fingerprint, highlighted: [...skeleton.highlight] };
  }, LEFT_HIP);
}

test('replays an analysed clip: skeleton on the playing video, a marker per rep, a click on rep 3 shows its top', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#clip');
  const analyzer = page.locator('gc-app gc-clip-analyzer');
  await expect(analyzer).toBeVisible({ timeout: 30_000 });
  await analyzer.evaluate((element) => {
    element.setAttribute('exercise', 'hip-thrust');
    element.setAttribute('model', 'lite');
  });
  const analysed = analyzer.evaluate(
    (element) => new Promise<RepDetail[]>((resolve) =>
      element.addEventListener('analysis-complete', (event) => resolve((event as CustomEvent).detail.repDetails), { once: true })),
  );
  await analyzer.locator('#file').setInputFiles(clipExcerpt('hip-thrust-side-box.mp4', 9));
  const reps = await analysed;
  expect(reps.length).toBeGreaterThanOrEqual(3);

  const chart = analyzer.locator('gc-movement-chart');
  await expect(chart.locator('button.rep-marker')).toHaveCount(reps.length);

  const video = analyzer.locator('#preview');
  await video.evaluate((element: HTMLVideoElement) => element.play());
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0.5);
  const early = await readOverlay(analyzer);
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(early.time + 0.5);
  const later = await readOverlay(analyzer);
  await video.evaluate((element: HTMLVideoElement) => element.pause());
  console.log(`playing: ${JSON.stringify({ early, later })}`);
  expect(early.hipPainted && later.hipPainted).toBe(true);
  expect(later.fingerprint).not.toBe(early.fingerprint);

  const third = reps[2]!;
  await chart.locator('button.rep-marker[data-rep="3"]').click();
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeCloseTo(third.top / 1000, 1);
  await expect(analyzer.getByTestId('replay-rep')).toHaveText('3');
  const atTop = await readOverlay(analyzer);
  expect(atTop.hipPainted).toBe(true);
  expect(atTop.highlighted).toEqual(third.faults);

  // Scrubbing back to the bottom before rep 3 moves the skeleton with it.
  await video.evaluate((element: HTMLVideoElement, seconds) => (element.currentTime = seconds), third.start / 1000);
  await expect.poll(async () => (await readOverlay(analyzer)).fingerprint).not.toBe(atTop.fingerprint);

  // "Show" on a fault moves the video and the overlay there: the fault's joints are drawn in red.
  const faulty = reps.find((rep) => rep.faults.length > 0);
  if (faulty) {
    await analyzer.locator('li.fault', { hasText: `Rep ${faulty.rep} at` }).first().getByRole('button', { name: 'Show' }).click();
    await expect(analyzer.getByTestId('replay-rep')).toHaveText(String(faulty.rep));
    expect((await readOverlay(analyzer)).highlighted).toEqual(faulty.faults);
  }

  await chart.locator('button.rep-marker[data-rep="3"]').click();
  await analyzer.locator('section[part="result"]').screenshot({ path: join(SCREENSHOTS, 'clip-result-laptop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart.locator('button.rep-marker')).toHaveCount(reps.length);
  await page.screenshot({ path: join(SCREENSHOTS, 'clip-result-phone.png'), fullPage: true });
});
