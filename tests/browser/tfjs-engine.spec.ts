/**
 * The TensorFlow.js engine in the real pose worker, on real frames: the same 33 + 33 landmarks as MediaPipe's
 * (so the analysis cannot tell them apart), from files served by the app alone, and a refused altered model.
 */
import { expect, test, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import { clipPath } from '../support/clips';
import { decodeFrames } from '../support/frames';
import type { HarnessFrame, PoseHarness } from './harness/pose.page';

type HarnessWindow = Window & { poseHarness: PoseHarness };

/** Shoulders, hips, knees, ankles: the joints the analysis reads. */
const JOINTS = [11, 12, 23, 24, 25, 26, 27, 28];
const FRAMES = 40;

/**
 * Tolerances, from measuring both engines on these 40 frames (full model, tfjs on wasm): image error median
 * 0.2 %, max 1.2 % of the frame's long side; world error median 1.7 cm, p95 4.1 cm, max 9.5 cm; image z,
 * median difference 0.008; visibility, median difference 0.0002, max 0.17. Each limit leaves about 2x room.
 */
const LIMITS = { imageMedian: 0.005, imageMax: 0.03, worldMedianM: 0.035, worldP95M: 0.08, zMedian: 0.03, visibilityMedian: 0.03 };

interface Differences {
  image: number[];
  world: number[];
  z: number[];
  visibility: number[];
}

const at = (values: number[], fraction: number) => [...values].sort((a, b) => a - b)[Math.floor(fraction * (values.length - 1))]!;

/** Per joint and frame: how far tfjs's landmark is from MediaPipe's. */
function differences(reference: HarnessFrame[], other: HarnessFrame[]): Differences {
  const found: Differences = { image: [], world: [], z: [], visibility: [] };
  reference.forEach((a, frame) => {
    const b = other[frame]!;
    const longSide = Math.max(a.width, a.height);
    for (const joint of JOINTS) {
      const [i, w] = [a.image!, a.world!].map((values) => values.slice(joint * 4, joint * 4 + 4));
      const [j, v] = [b.image!, b.world!].map((values) => values.slice(joint * 4, joint * 4 + 4));
      found.image.push(Math.hypot((i![0]! - j![0]!) * a.width, (i![1]! - j![1]!) * a.height) / longSide);
      found.world.push(Math.hypot(w![0]! - v![0]!, w![1]! - v![1]!, w![2]! - v![2]!));
      found.z.push(Math.abs(i![2]! - j![2]!));
      found.visibility.push(Math.abs(i![3]! - j![3]!));
    }
  });
  return found;
}

async function openHarness(page: Page, clip: string, limit: number): Promise<string[]> {
  const frames = decodeFrames(clipPath(clip), limit);
  await page.route('**/__frames/*', (route) => route.fulfill({ path: join(frames.dir, basename(new URL(route.request().url()).pathname)) }));
  await page.goto('/tests/browser/harness/pose.html');
  await page.waitForFunction(() => 'poseHarness' in window);
  return frames.files.map((f) => `/__frames/${f}`);
}

const detectAll = (page: Page, urls: string[]) =>
  page.evaluate((u) => (window as unknown as HarnessWindow).poseHarness.detectAll(u, 1000 / 24), urls);

test.describe.configure({ timeout: 300_000 });

test('tfjs gives MediaPipe’s 33 + 33 landmarks on real frames, within measured tolerances', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const urls = await openHarness(page, 'bridge-side-studio.mp4', FRAMES);

  await page.evaluate(() => (window as unknown as HarnessWindow).poseHarness.load('full', 'CPU', { engine: 'mediapipe' }));
  const mediapipe = await detectAll(page, urls);
  const info = await page.evaluate(() => (window as unknown as HarnessWindow).poseHarness.load('full', 'auto', { engine: 'tfjs' }));
  expect(info).toMatchObject({ engine: 'tfjs', variant: 'full' });
  // A software WebGL (SwiftShader on the test machines) is far slower than wasm: the automatic choice skips it.
  const softwareGl = await page.evaluate(() => {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    const debug = gl?.getExtension('WEBGL_debug_renderer_info');
    return !gl || /swiftshader|llvmpipe|softpipe|software/i.test(String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  });
  expect(info).toMatchObject(softwareGl ? { tfjsBackend: 'wasm', delegate: 'CPU' } : { tfjsBackend: 'webgl', delegate: 'GPU' });
  const tfjs = await detectAll(page, urls);

  for (const frame of [...mediapipe, ...tfjs]) {
    expect(frame.image).toHaveLength(33 * 4);
    expect(frame.world).toHaveLength(33 * 4);
  }
  const found = differences(mediapipe, tfjs);
  const measured = {
    imageMedian: at(found.image, 0.5),
    imageMax: Math.max(...found.image),
    worldMedianM: at(found.world, 0.5),
    worldP95M: at(found.world, 0.95),
    zMedian: at(found.z, 0.5),
    visibilityMedian: at(found.visibility, 0.5),
  };
  console.log('tfjs vs MediaPipe:', JSON.stringify(measured, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(4)) : v)));
  for (const [name, limit] of Object.entries(LIMITS)) expect(measured[name as keyof typeof LIMITS], name).toBeLessThanOrEqual(limit);

  const ms = (frames: HarnessFrame[]) => at(frames.slice(3).map((f) => f.inferenceMs), 0.5).toFixed(1);
  console.log(`ms/frame, median: MediaPipe CPU ${ms(mediapipe)}, tfjs ${info.tfjsBackend} ${ms(tfjs)} (load ${info.loadMs.toFixed(0)} ms)`);
  // Offline by construction: the models and the wasm backend come from the app's own origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('/wasm/tfjs/tfjs-backend-wasm-simd.wasm') || url.endsWith('/wasm/tfjs/tfjs-backend-wasm.wasm'))).toBe(true);
});

test('tfjs refuses a landmark model whose hash does not match, naming the file', async ({ page }) => {
  const urls = await openHarness(page, 'bridge-side-studio.mp4', 1);
  await page.route('**/models/tfjs/blazepose-lite.bin', async (route) => {
    const body = await (await route.fetch()).body();
    body[1000] = body[1000]! ^ 0xff;
    await route.fulfill({ body });
  });
  const failure = await page.evaluate(() =>
    (window as unknown as HarnessWindow).poseHarness.load('lite', 'auto', { engine: 'tfjs' }).then(
      () => null,
      (error: { failure: { code: string; file: string } }) => error.failure,
    ),
  );
  expect(failure).toEqual(expect.objectContaining({ code: 'model-integrity', file: 'models/tfjs/blazepose-lite.bin' }));
  expect(urls).toHaveLength(1);
});
