/**
 * PoseClient keeps the model running when its worker fails, on the real worker and real frames: a worker killed
 * mid-stream is replaced (the same engine reloaded), a second failure moves to the TensorFlow.js engine, and a
 * MediaPipe that cannot start at all is replaced by tfjs from the outset. When MediaPipe alone is asked for and
 * one of its wasm runtime files is missing or broken, the failure names that file.
 */
import { expect, test, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import type { EnginePreference } from '../../src/pose/pose-client';
import { clipPath } from '../support/clips';
import { decodeFrames } from '../support/frames';
import { missing, truncated, type Breakage } from './support/broken-files';
import type { RecoveryFrame, RecoveryHarness } from './harness/recovery.page';

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
  load: (engine: EnginePreference) => page.evaluate(([e, ms]) => (window as unknown as HarnessWindow).recoveryHarness.load(e, ms), [engine, HANG_MS] as const),
  loadFailure: (engine: EnginePreference) => page.evaluate(([e, ms]) => (window as unknown as HarnessWindow).recoveryHarness.loadFailure(e, ms), [engine, HANG_MS] as const),
  detect: (urls: string[]): Promise<RecoveryFrame[]> =>
    page.evaluate(async (u) => {
      const frames = [];
      for (const url of u) frames.push(await (window as unknown as HarnessWindow).recoveryHarness.detect(url));
      return frames;
    }, urls),
  killWorker: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.killWorker()),
  statusLog: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.statusLog()),
  fallbackFailures: () => page.evaluate(() => (window as unknown as HarnessWindow).recoveryHarness.fallbackFailures()),
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
  // The loader script is the first file MediaPipe asks for: the fallback says it could not be downloaded.
  expect(await client.fallbackFailures()).toEqual([
    { code: 'runtime-load-failed', file: 'wasm/vision_wasm_module_internal.js', message: expect.stringMatching(/^MediaPipe could not start: Could not download wasm\/vision_wasm_module_internal\.js: /) },
  ]);
  expect(await client.detect(urls)).toEqual(Array(6).fill({ found: true, engine: 'tfjs' }));
});

/** MediaPipe's runtime in a module worker (FilesetResolver.forVisionTasks with useModule): loader script and .wasm. */
const LOADER = 'wasm/vision_wasm_module_internal.js';
const WASM = 'wasm/vision_wasm_module_internal.wasm';

const RUNTIME_BREAKAGES: { what: string; file: string; breakage: Breakage; says: RegExp }[] = [
  { what: 'loader script missing', file: LOADER, breakage: missing, says: /^Could not download wasm\/vision_wasm_module_internal\.js: HTTP 404$/ },
  { what: 'loader script cut short', file: LOADER, breakage: truncated, says: /^wasm\/vision_wasm_module_internal\.js does not run: .+/ },
  { what: '.wasm missing', file: WASM, breakage: missing, says: /^Could not download wasm\/vision_wasm_module_internal\.wasm: HTTP 404$/ },
  { what: '.wasm cut short', file: WASM, breakage: truncated, says: /^wasm\/vision_wasm_module_internal\.wasm is not valid WebAssembly \(cut short or altered\)$/ },
];

for (const { what, file, breakage, says } of RUNTIME_BREAKAGES) {
  test(`MediaPipe alone, its ${what}: runtime-load-failed naming ${file}`, async ({ page }) => {
    await openHarness(page, 1);
    await page.route(`**/${file}`, breakage);
    const client = harness(page);
    const failure = await client.loadFailure('mediapipe');
    expect(failure).toEqual({ code: 'runtime-load-failed', file, message: expect.stringMatching(/^MediaPipe could not start: /) });
    expect(failure!.message.replace('MediaPipe could not start: ', '')).toMatch(says);
    expect(await client.statusLog()).toEqual(['starting:mediapipe', 'failed:runtime-load-failed']);
  });
}
