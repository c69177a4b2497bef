/**
 * first_pose_cold_ms and first_pose_warm_ms: from the navigation to the first result that found a person, on
 * our live page (model download and check, wasm, camera, first frame). Cold: a new browser profile. Warm: the
 * browser is closed and started again on the same profile, as a second visit, so the models and the wasm come
 * from the HTTP cache (see server.ts for the headers that allow it). first_pose_after_start_ms: the same two
 * visits to the <glute-coach> element, counted from its Start press.
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
  /**
   * The <glute-coach> element, Start pressed PRESS_AFTER_MS after the page loaded (the element loads its model
   * once it is in view): from the press to the first frame the model ran on, cold and warm.
   */
  afterStart: { cold: Visit; warm: Visit };
}

/** How long the element page waits before it presses Start: time for the model to load while in view. */
export const PRESS_AFTER_MS = 3000;
const START_PRESSED = 'start pressed';

type BenchWindow = Window & { bench: NonNullable<Window['bench']> };

/** `from`: the step the time is counted from (the navigation where none is named). */
async function visit(profileDir: string, url: string, cameraArgs: string[], from?: string): Promise<Visit> {
  const context = await launchProfile(profileDir, cameraArgs);
  try {
    const { page } = await openBenchPage(context, url);
    const firstPose = await page.evaluate(() => (window as BenchWindow).bench.firstPose);
    const marks = await page.evaluate(() => (window as BenchWindow).bench.marks);
    const origin = from === undefined ? 0 : marks[from];
    if (origin === undefined) throw new Error(`the page marked no "${from}" step`);
    return { firstPoseMs: Math.round(firstPose - origin), steps: Object.fromEntries(Object.entries(marks).map(([step, at]) => [step, Math.round(at)])) };
  } finally {
    await context.close();
  }
}

export async function firstPose(origin: string, model: ModelVariant, mjpeg: string, tempDir: string): Promise<FirstPose> {
  const profile = mkdtempSync(join(tempDir, `profile-${model}-`));
  const url = sessionUrl(origin, 'ours', model, 'auto');
  const cold = await visit(profile, url, fakeCameraArgs(mjpeg));
  const warm = await visit(profile, url, fakeCameraArgs(mjpeg));
  const elementProfile = mkdtempSync(join(tempDir, `profile-element-${model}-`));
  const elementUrl = `${sessionUrl(origin, 'element', model, 'auto')}&press-after=${PRESS_AFTER_MS}`;
  const afterStart = {
    cold: await visit(elementProfile, elementUrl, fakeCameraArgs(mjpeg), START_PRESSED),
    warm: await visit(elementProfile, elementUrl, fakeCameraArgs(mjpeg), START_PRESSED),
  };
  return { cold, warm, afterStart };
}
