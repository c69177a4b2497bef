/**
 * worker_ms_per_frame: every model through the real pose worker on the same frames of every shared clip, each
 * frame awaited (nothing dropped), via the pose harness page. Frames are scaled to at most 640 px a side first,
 * as the live path does before handing them to the worker.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import type { PoseHarness } from '../../tests/browser/harness/pose-harness';
import { clipLabels, clipPath } from '../../tests/support/clips';
import { decodeFrames, type DecodedClip } from '../../tests/support/frames';
import type { ModelVariant } from '../../workers/engine';
import { summary, type TimingSummary } from './stats';

type HarnessWindow = Window & { poseHarness: PoseHarness };

/** The first frames after a model loads include graph set-up and the person detector: not steady state. */
const WARMUP_FRAMES = 2;

export interface WorkerTiming {
  delegate: string;
  frames: number;
  /** Worker round trip per frame, as the page sees it (transfer + model + results back). */
  roundTripMs: TimingSummary | null;
  /** Inside the model only. */
  modelMs: TimingSummary | null;
}

export interface ScaledClip extends DecodedClip {
  name: string;
}

/** Decodes the first `limit` frames of every shared clip, scaled as the live path scales camera frames. */
export function decodeSharedClips(tempDir: string, limit: number): ScaledClip[] {
  return clipLabels().map((label) => {
    const scaled = join(tempDir, `${basename(label.file, '.mp4')}.640.mkv`);
    const fit640 = 'scale=640:640:force_original_aspect_ratio=decrease:force_divisible_by=2';
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clipPath(label.file), '-frames:v', String(limit), '-vf', fit640, '-c:v', 'mjpeg', '-q:v', '2', scaled]);
    const decoded = decodeFrames(scaled, limit);
    rmSync(scaled);
    return { ...decoded, name: label.file };
  });
}

async function serveFrames(page: Page, clip: ScaledClip): Promise<string[]> {
  await page.unroute('**/__frames/*');
  await page.route('**/__frames/*', (route) => route.fulfill({ path: join(clip.dir, basename(new URL(route.request().url()).pathname)) }));
  return clip.files.map((file) => `/__frames/${file}`);
}

interface Samples {
  delegate: string;
  roundTrip: number[];
  model: number[];
}

/** Runs one model on one clip's frames and adds the steady-state times to `samples`. */
async function timeClip(page: Page, variant: ModelVariant, clip: ScaledClip, urls: string[], samples: Samples): Promise<void> {
  // A fresh load per clip: VIDEO mode needs timestamps that only increase, and each clip starts at 0.
  const info = await page.evaluate((v) => (window as unknown as HarnessWindow).poseHarness.load(v, 'auto'), variant);
  samples.delegate = info.delegate;
  const frames = await page.evaluate(([u, ms]) => (window as unknown as HarnessWindow).poseHarness.detectAll([...u], ms), [urls, 1000 / clip.fps] as const);
  for (const frame of frames.slice(WARMUP_FRAMES)) {
    samples.roundTrip.push(frame.roundTripMs);
    samples.model.push(frame.inferenceMs);
  }
}

/** Models take turns on each clip, so a change in the machine's load during the run hits them alike. */
export async function workerTimings(context: BrowserContext, origin: string, models: ModelVariant[], clips: ScaledClip[]): Promise<Record<string, WorkerTiming>> {
  const page = await context.newPage();
  const samples = new Map(models.map((variant) => [variant, { delegate: '', roundTrip: [], model: [] } as Samples]));
  try {
    await page.goto(`${origin}/tests/browser/harness/pose.html`);
    await page.waitForFunction(() => 'poseHarness' in window);
    for (const clip of clips) {
      const urls = await serveFrames(page, clip);
      for (const variant of models) {
        console.error(`[bench] worker timing: ${variant} on ${clip.name}`);
        await timeClip(page, variant, clip, urls, samples.get(variant)!);
      }
    }
  } finally {
    await page.close();
  }
  return Object.fromEntries(
    [...samples].map(([variant, s]) => [variant, { delegate: s.delegate, frames: s.roundTrip.length, roundTripMs: summary(s.roundTrip), modelMs: summary(s.model) }]),
  );
}
