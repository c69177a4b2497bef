/**
 * worker_ms_per_frame and tfjs_ms_per_frame: every model through the real pose worker on the same frames of
 * every shared clip, once per engine (MediaPipe, and TensorFlow.js unless left out), each frame awaited
 * (nothing dropped), via the pose harness page. Frames are scaled to at most 640 px a side first, as the live
 * path does before handing them to the worker.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import type { PoseHarness } from '../../tests/browser/harness/pose.page';
import { firstClipLabels, clipPath } from '../../tests/support/clips';
import { decodeFrames, type DecodedClip } from '../../tests/support/frames';
import type { EngineInfo, EngineName, ModelVariant, TfjsBackend } from '../../workers/engine';
import { FIT_640 } from './browser';
import { summary, type TimingSummary } from './stats';

type HarnessWindow = Window & { poseHarness: PoseHarness };

/**
 * The first frames after a model loads include graph set-up and the person detector (and, for tfjs, the
 * backend's kernels or shaders being compiled): not steady state.
 */
const WARMUP_FRAMES = 2;

export interface WorkerTiming {
  delegate: string;
  /** tfjs engine only: the TensorFlow.js backend it ran on (webgl, webgpu, wasm or cpu). */
  backend?: TfjsBackend;
  frames: number;
  /** Worker round trip per frame, as the page sees it (transfer + model + results back). */
  roundTripMs: TimingSummary | null;
  /** Inside the model only. */
  modelMs: TimingSummary | null;
}

/** Each timed engine's results, per model. */
export type EngineTimings = Partial<Record<EngineName, Record<string, WorkerTiming>>>;

export interface ScaledClip extends DecodedClip {
  name: string;
}

/** Decodes the first `limit` frames of every shared clip, scaled as the live path scales camera frames. */
export function decodeSharedClips(tempDir: string, limit: number): ScaledClip[] {
  return firstClipLabels().map((label) => {
    const scaled = join(tempDir, `${basename(label.file, '.mp4')}.640.mkv`);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clipPath(label.file), '-frames:v', String(limit), '-vf', FIT_640, '-c:v', 'mjpeg', '-q:v', '2', scaled]);
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

/** One engine running one model: where its steady-state times collect, clip after clip. */
interface TimedRun {
  engine: EngineName;
  variant: ModelVariant;
  info: EngineInfo | null;
  roundTrip: number[];
  model: number[];
}

/**
 * Loads the run's model in its engine only. The engine is always named: left out, the client would fall back
 * to tfjs when MediaPipe cannot start, and tfjs's times would be reported as MediaPipe's.
 */
async function loadEngine(page: Page, run: TimedRun): Promise<EngineInfo> {
  const info = await page.evaluate(
    ([variant, engine]) => (window as unknown as HarnessWindow).poseHarness.load(variant, 'auto', { engine }),
    [run.variant, run.engine] as const,
  );
  if (info.engine !== run.engine) throw new Error(`asked the worker for ${run.engine} (${run.variant}), it ran ${info.engine}`);
  return info;
}

/** Runs one engine's model on one clip's frames and adds the steady-state times to the run. */
async function timeClip(page: Page, run: TimedRun, clip: ScaledClip, urls: string[]): Promise<void> {
  // A fresh load per clip: VIDEO mode needs timestamps that only increase, and each clip starts at 0.
  run.info = await loadEngine(page, run);
  const frames = await page.evaluate(([u, ms]) => (window as unknown as HarnessWindow).poseHarness.detectAll([...u], ms), [urls, 1000 / clip.fps] as const);
  for (const frame of frames.slice(WARMUP_FRAMES)) {
    run.roundTrip.push(frame.roundTripMs);
    run.model.push(frame.inferenceMs);
  }
  // Shown so a reader can judge whether the warm-up frames left out were enough (tfjs's first frame is slow).
  const warmup = frames.slice(0, WARMUP_FRAMES).map((frame) => Math.round(frame.roundTripMs));
  console.error(`[bench]   ${describeEngine(run.info)}: warm-up frames ${warmup.join(', ')} ms (left out)`);
}

function describeEngine(info: EngineInfo): string {
  return info.tfjsBackend ? `${info.engine} on ${info.tfjsBackend}` : `${info.engine} ${info.delegate}`;
}

function timingOf(run: TimedRun): WorkerTiming {
  const backend = run.info?.tfjsBackend;
  return {
    delegate: run.info?.delegate ?? '',
    ...(backend ? { backend } : {}),
    frames: run.roundTrip.length,
    roundTripMs: summary(run.roundTrip),
    modelMs: summary(run.model),
  };
}

function byEngine(runs: TimedRun[]): EngineTimings {
  const timings: EngineTimings = {};
  for (const run of runs) (timings[run.engine] ??= {})[run.variant] = timingOf(run);
  return timings;
}

/**
 * Models, and each model's engines, take turns on each clip, so a change in the machine's load during the run
 * hits them alike, and both engines see exactly the same frames.
 */
export async function workerTimings(context: BrowserContext, origin: string, models: ModelVariant[], engines: EngineName[], clips: ScaledClip[]): Promise<EngineTimings> {
  const page = await context.newPage();
  const runs: TimedRun[] = models.flatMap((variant) => engines.map((engine) => ({ engine, variant, info: null, roundTrip: [], model: [] })));
  try {
    await page.goto(`${origin}/tests/browser/harness/pose.html`);
    await page.waitForFunction(() => 'poseHarness' in window);
    for (const clip of clips) {
      const urls = await serveFrames(page, clip);
      for (const run of runs) {
        console.error(`[bench] worker timing: ${run.engine} ${run.variant} on ${clip.name}`);
        await timeClip(page, run, clip, urls);
      }
    }
  } finally {
    await page.close();
  }
  return byEngine(runs);
}
