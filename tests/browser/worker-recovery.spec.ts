/**
 * PoseClient keeps the model running when its worker fails, on the real worker and real frames: a worker killed
 * mid-stream is replaced (the same engine reloaded), a second failure moves to the TensorFlow.js engine, and a
 * MediaPipe that cannot start at all is replaced by tfjs from the outset.
 */
import { expect, test, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import { clipPath } from '../support/clips';
import { decodeFrames } from '../support/frames';
import type { RecoveryFrame, RecoveryHarness } from './harness/recovery-harness';

type HarnessWindow = Window & { recoveryHarness: RecoveryHarness };

/** A killed worker never answers: the client gives it this long before restarting it. */
const HANG_MS = 3000;

async function openHarness(page: Page, frameCount: number): Promise<string[]> {
  const clip = decodeFrames(clipPath('bridge-side-studio.mp4'), frameCount);
  await page.route('**/__frames/*', (route) => route.fulfill({ path: join(clip.dir, basename(new URL(route.request().url()).pathname)) }));
  await page.goto('/tests/browser/harness/recovery.html');
  await page.waitForFunction(() => 'recoveryHarness' in window);
  return clip.files.map((f) => `/__frames/${f}`);
}

const harness = (page: Page) => ({
  load: (engine: 'auto' | 'tfjs') => page.evaluate(([e, ms]) => (window as unknown as HarnessWindow).recoveryHarness.load(e, ms), [engine, HANG_MS] as const),
  detect: (urls: string[]): Promise<RecoveryFrame[]> =>
    page.evaluate(async (u) => {
      const frames = [];
      for (const url of u) frames.push(await (window as unknown as HarnessWindow).recoveryHarness.detect(url));
      return frames;
    }, urls),
  killWorker: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.killWorker()),
  statusLog: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.statusLog()),
  workerCount: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.workerCount()),
});

test.describe.configure({ timeout: 300_000 });

test('a worker killed mid-stream is restarted; killed again, tfjs takes over and detection goes on', async ({ page }) => {
  const urls = await openHarness(page, 24);
  const client = harness(page);
  expect((await client.load('auto')).engine).toBe('mediapipe');
  expect(await client.detect(urls.slice(0, 8))).toEqual(Array(8).fill({ found: true, engine: 'mediapipe' }));

  await client.killWorker();
  const afterRestart = await client.detect(urls.slice(8, 16));
  // The frame in flight when the worker died is lost; the next ones run in the new worker, same engine.
  expect(afterRestart[0]).toEqual({ found: false, engine: 'mediapipe' });
  expect(afterRestart.slice(1)).toEqual(Array(7).fill({ found: true, engine: 'mediapipe' }));
  expect(await client.workerCount()).toBe(2);

  await client.killWorker();
  const afterFallback = await client.detect(urls.slice(16));
  expect(afterFallback[0]).toEqual({ found: false, engine: 'tfjs' });
  expect(afterFallback.slice(1)).toEqual(Array(7).fill({ found: true, engine: 'tfjs' }));
  expect(await client.statusLog()).toEqual([
    'starting:mediapipe', 'ready:mediapipe',
    'restarting:mediapipe', 'starting:mediapipe', 'ready:mediapipe',
    'falling-back:tfjs', 'starting:tfjs', 'ready:tfjs',
  ]);
});

test('a MediaPipe runtime that cannot start is replaced by tfjs at load', async ({ page }) => {
  const urls = await openHarness(page, 6);
  // As on a device whose browser cannot run MediaPipe's wasm: its runtime never arrives.
  await page.route('**/wasm/vision_wasm*', (route) => route.abort());
  const client = harness(page);
  expect((await client.load('auto')).engine).toBe('tfjs');
  expect(await client.statusLog()).toEqual(['starting:mediapipe', 'falling-back:tfjs', 'starting:tfjs', 'ready:tfjs']);
  expect(await client.detect(urls)).toEqual(Array(6).fill({ found: true, engine: 'tfjs' }));
});
