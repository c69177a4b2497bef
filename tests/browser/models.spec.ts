/**
 * The lite and heavy models load in the real pose worker and follow full's landmarks on real frames of every
 * shared clip, within the tolerances measured and documented in docs/benchmarks.md ("Model agreement").
 * Every third frame of each clip is used (about 10 a second, with their real timestamps), so heavy's
 * 160 ms a frame on a laptop CPU keeps the test to a minute or two per clip.
 */
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PoseFrame } from '../../src/analysis';
import { AGREEMENT_TOLERANCES, compareLandmarks, type Agreement } from '../../scripts/bench/agreement';
import { firstClipLabels, clipPath } from '../support/clips';
import { decodeFrames, type DecodedClip } from '../support/frames';
import type { ModelVariant } from '../../workers/engine';
import type { HarnessFrame, PoseHarness } from './harness/pose.page';

type HarnessWindow = Window & { poseHarness: PoseHarness };

const FRAME_STEP = 3;
const CANDIDATES = ['lite', 'heavy'] as const;

function toPoseFrame(frame: HarnessFrame): PoseFrame {
  const typed = (values: number[] | null) => (values ? Float32Array.from(values) : null);
  return { t: frame.t, width: frame.width, height: frame.height, image: typed(frame.image), world: typed(frame.world) };
}

async function runModel(page: Page, variant: ModelVariant, urls: string[], frameIntervalMs: number): Promise<PoseFrame[]> {
  const info = await page.evaluate((v) => (window as unknown as HarnessWindow).poseHarness.load(v, 'CPU'), variant);
  expect(info).toMatchObject({ engine: 'mediapipe', variant, delegate: 'CPU' });
  const frames = await page.evaluate(([u, ms]) => (window as unknown as HarnessWindow).poseHarness.detectAll([...u], ms), [urls, frameIntervalMs] as const);
  for (const frame of frames) if (frame.image) expect(frame.image).toHaveLength(33 * 4);
  return frames.map(toPoseFrame);
}

function describeAgreement(variant: string, clip: string, a: Agreement): string {
  const offset = (share: number) => `${(share * 100).toFixed(2)}%`;
  return `${variant} vs full on ${clip}: pose in ${a.bothFrames}/${a.referenceFrames} frames; hip angle diff mean ${a.hipAngleDeg.mean.toFixed(2)} max ${a.hipAngleDeg.max.toFixed(2)} deg; hip/knee offset mean ${offset(a.hipKneeOffset.mean)} max ${offset(a.hipKneeOffset.max)} of the frame height`;
}

async function serveEveryThirdFrame(page: Page, clip: DecodedClip): Promise<string[]> {
  await page.route('**/__frames/*', (route) => route.fulfill({ path: join(clip.dir, new URL(route.request().url()).pathname.split('/').pop()!) }));
  return clip.files.filter((_file, index) => index % FRAME_STEP === 0).map((file) => `/__frames/${file}`);
}

for (const label of firstClipLabels()) {
  test(`lite and heavy run in the pose worker and agree with full on ${label.file}`, async ({ page }) => {
    test.setTimeout(360_000);
    const clip = decodeFrames(clipPath(label.file));
    const urls = await serveEveryThirdFrame(page, clip);
    await page.goto('/tests/browser/harness/pose.html');
    await page.waitForFunction(() => 'poseHarness' in window);
    const frameIntervalMs = (FRAME_STEP * 1000) / clip.fps;
    const runs: Partial<Record<ModelVariant, PoseFrame[]>> = {};
    try {
      for (const variant of ['full', ...CANDIDATES] as const) runs[variant] = await runModel(page, variant, urls, frameIntervalMs);
    } finally {
      rmSync(clip.dir, { recursive: true, force: true });
    }

    for (const variant of CANDIDATES) {
      const agreement = compareLandmarks(runs.full!, runs[variant]!);
      console.log(describeAgreement(variant, label.file, agreement));
      const tolerance = AGREEMENT_TOLERANCES[variant];
      expect(agreement.referenceFrames).toBeGreaterThan(urls.length / 2);
      expect(agreement.detectionShare).toBeGreaterThanOrEqual(tolerance.minDetectionShare);
      expect(agreement.hipAngleDeg.mean).toBeLessThanOrEqual(tolerance.hipAngleMeanDeg);
      expect(agreement.hipAngleDeg.max).toBeLessThanOrEqual(tolerance.hipAngleMaxDeg);
      expect(agreement.hipKneeOffset.mean).toBeLessThanOrEqual(tolerance.hipKneeOffsetMean);
    }
  });
}
