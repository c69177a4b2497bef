/**
 * Broken pose model files, as a bad deploy or a flaky network serves them (route interception): missing,
 * truncated, or altered (wrong sha256). The coach must say which file is wrong, fire `model-load-failed`, offer
 * to try again and never half-start: the camera, opened while the model loads, is closed again. Every engine's copy is broken, so the
 * TensorFlow.js fallback cannot quietly take over. With only MediaPipe's wasm runtime missing, it does take over.
 * The app runs on the dev server, under its CSP.
 */
import { expect, test, type Page } from '@playwright/test';
import { altered, missing, truncated, type Breakage } from './support/broken-files';
import { keepCameraStreams, liveCameraTracks } from './support/camera-streams';
import { waitForCoachEvent, useFakeCameraBrowser } from './support/coach-support';
import { devOrigin, openTrainingView, startAppCoach } from './support/app-rig';

let origin: string;
test.beforeAll(() => {
  origin = devOrigin();
});
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

/** MediaPipe's .task bundles and the TensorFlow.js graphs and weights: every model file either engine loads. */
const MODEL_FILES = /\/models\/(pose_landmarker_\w+\.task|tfjs\/.+)$/;
const WASM_FILES = /\/wasm\/.+\.wasm$/;
/** The .wasm MediaPipe loads in a module worker; TensorFlow.js's own are under wasm/tfjs/. */
const MEDIAPIPE_WASM = '**/wasm/vision_wasm_module_internal.wasm';

async function shownFailure(page: Page) {
  const coach = page.locator('gc-app glute-coach');
  return {
    message: await coach.locator('[part="error"]').textContent(),
    retry: await coach.locator('[part="start"]').textContent(),
    stage: await coach.evaluate((element: HTMLElementTagNameMap['glute-coach']) => element.stage),
  };
}

const CASES: { name: string; breakage: Breakage; says: RegExp }[] = [
  { name: 'missing', breakage: missing, says: /models\/pose_landmarker_full\.task: HTTP 404/ },
  { name: 'truncated', breakage: truncated, says: /models\/pose_landmarker_full\.task is truncated/ },
  { name: 'altered (wrong sha256)', breakage: altered, says: /models\/pose_landmarker_full\.task does not match its sha256/ },
];

for (const { name, breakage, says } of CASES) {
  test(`model files ${name}: model-load-failed naming the file, a way to try again, and the camera closed`, async () => {
    test.setTimeout(120_000);
    const context = await camera.browser.newContext();
    await keepCameraStreams(context);
    await context.route(MODEL_FILES, breakage);
    const page = await context.newPage();
    await openTrainingView(page, origin);
    await startAppCoach(page, {});
    const failure = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
    expect(failure).toMatchObject({ type: 'error', detail: { code: 'model-load-failed', message: expect.stringMatching(says), file: 'models/pose_landmarker_full.task' } });
    const shown = await shownFailure(page);
    expect(shown.message).toMatch(says);
    expect(shown.retry?.trim()).toBe('Try again');
    expect(shown.stage).toBe('error');
    expect(await liveCameraTracks(page)).toBe(0);
    await context.close();
  });
}

test('the wasm runtimes missing: model-load-failed saying MediaPipe could not start, not a coach left on a runtime too slow to count', async () => {
  test.setTimeout(120_000);
  const context = await camera.browser.newContext();
  await keepCameraStreams(context);
  await context.route(WASM_FILES, missing);
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, {});
  const failure = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  // Without any wasm, only TensorFlow.js's plain-JavaScript backend could start (seconds a frame, no rep ever
  // counted): the live client leaves it out, so the load fails at once instead of timing it.
  expect(failure).toMatchObject({ type: 'error', detail: { code: 'model-load-failed', file: 'wasm/vision_wasm_module_internal.wasm' } });
  expect(failure.detail.message).toMatch(
    /^The pose model could not be loaded: MediaPipe could not start: Could not download wasm\/vision_wasm_module_internal\.wasm: HTTP 404; .*too slow to coach live$/,
  );
  const shown = await shownFailure(page);
  expect(shown.message).toBe(failure.detail.message);
  expect(await liveCameraTracks(page)).toBe(0);
  await context.close();
});

test('MediaPipe’s .wasm missing: the coach starts on TensorFlow.js’s wasm backend instead, and counts', async () => {
  test.setTimeout(180_000);
  const context = await camera.browser.newContext();
  await context.route(MEDIAPIPE_WASM, missing);
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, { model: 'lite', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready, JSON.stringify(ready.detail)).toMatchObject({ type: 'ready', detail: { model: { engine: 'tfjs', tfjsBackend: 'wasm' } } });
  const rep = await waitForCoachEvent(page, ['rep', 'error'], 90_000);
  expect(rep, JSON.stringify(rep.detail)).toMatchObject({ type: 'rep', detail: { rep: 1 } });
  await context.close();
});
