/**
 * first_pose_cold_ms and first_pose_warm_ms: from the navigation to the first result that found a person, on
 * our live page (model download and check, wasm, camera, first frame). Cold: a new browser profile. Warm: the
 * browser is closed and started again on the same profile, as a second visit, so the models and the wasm come
 * from the HTTP cache (see server.ts for the headers that allow it).
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelVariant } from '../../workers/engine';
import { fakeCameraArgs, launchProfile, openBenchPage } from './browser';
import { sessionUrl } from './live';

export interface Visit {
  firstPoseMs: number;
  /** When each start-up step ended, ms from the navigation. */
  steps: Record<string, number>;
}

export interface FirstPose {
  cold: Visit;
  warm: Visit;
}

type BenchWindow = Window & { bench: NonNullable<Window['bench']> };

async function visit(profileDir: string, url: string, cameraArgs: string[]): Promise<Visit> {
  const context = await launchProfile(profileDir, cameraArgs);
  try {
    const { page } = await openBenchPage(context, url);
    const firstPoseMs = Math.round(await page.evaluate(() => (window as BenchWindow).bench.firstPose));
    const marks = await page.evaluate(() => (window as BenchWindow).bench.marks);
    return { firstPoseMs, steps: Object.fromEntries(Object.entries(marks).map(([step, at]) => [step, Math.round(at)])) };
  } finally {
    await context.close();
  }
}

export async function firstPose(origin: string, model: ModelVariant, mjpeg: string, tempDir: string): Promise<FirstPose> {
  const profile = mkdtempSync(join(tempDir, `profile-${model}-`));
  const url = sessionUrl(origin, 'ours', model, 'auto');
  const cold = await visit(profile, url, fakeCameraArgs(mjpeg));
  const warm = await visit(profile, url, fakeCameraArgs(mjpeg));
  return { cold, warm };
}
