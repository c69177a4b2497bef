import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { clipPath } from '../support/clips';
import { decodeFrames } from '../support/frames';
import { median } from '../../src/util/median';
import type { PoseHarness } from './harness/pose.page';

type HarnessWindow = Window & { poseHarness: PoseHarness };

// Indices of the BlazePose landmarks this test checks.
const LEFT_HIP = 23, RIGHT_HIP = 24, LEFT_KNEE = 25, RIGHT_KNEE = 26;

test('the pose worker finds 33 landmarks on a real bridge frame', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const clip = decodeFrames(clipPath('bridge-side-studio.mp4'), 12);
  await page.route('**/__frames/*', (route) => route.fulfill({ path: join(clip.dir, new URL(route.request().url()).pathname.split('/').pop()!) }));
  await page.goto('/tests/browser/harness/pose.html');
  await page.waitForFunction(() => 'poseHarness' in window);

  const info = await page.evaluate(() => (window as unknown as HarnessWindow).poseHarness.load('full'));
  expect(info.engine).toBe('mediapipe');
  expect(['GPU', 'CPU']).toContain(info.delegate);

  const urls = clip.files.map((f) => `/__frames/${f}`);
  const frames = await page.evaluate(([u, ms]) => (window as unknown as HarnessWindow).poseHarness.detectAll([...u], ms), [urls, 1000 / clip.fps] as const);
  const last = frames.at(-1)!;
  expect(last.image).toHaveLength(33 * 4);
  expect(last.world).toHaveLength(33 * 4);

  // The person lies across the middle of a 16:9 side view: hips and knees are inside the frame, in its lower
  // part, and visible. Points at x or y outside 0..1 would mean the landmarks are not where the person is.
  for (const index of [LEFT_HIP, RIGHT_HIP, LEFT_KNEE, RIGHT_KNEE]) {
    const [x, y] = [last.image![index * 4]!, last.image![index * 4 + 1]!];
    expect(x).toBeGreaterThan(0.1);
    expect(x).toBeLessThan(0.9);
    expect(y).toBeGreaterThan(0.35);
    expect(y).toBeLessThan(0.95);
  }
  // TensorFlow.js is the fallback engine's own chunk: a worker running MediaPipe never downloads it.
  expect(requests.filter((url) => /tensorflow|tfjs/i.test(url))).toEqual([]);
  const ms = frames.slice(2).map((f) => f.inferenceMs);
  console.log(`pose worker (${info.delegate}): median ${median(ms).toFixed(1)} ms/frame over ${ms.length} frames, load ${info.loadMs.toFixed(0)} ms`);
});
