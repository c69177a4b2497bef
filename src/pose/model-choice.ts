/**
 * `model="auto"`: picks the most accurate pose model that still gives the analysis the frames it needs on
 * this device, from the time the worker takes on the first camera frames. Counting and faults do not need
 * every camera frame: they stay the same down to 10 analysed frames a second (docs/accuracy.md), so a
 * larger model that analyses 20 of the camera's 30 frames beats a smaller one that analyses all 30.
 *
 * The rule (docs/benchmarks.md, "Model choice"):
 * - The most accurate model on the labelled clips is `full` (docs/accuracy.md, "Today"): `heavy` counts as it
 *   does but reads the over-arch worse (precision and recall 60% against 100%) and counts a lunge as squats, so
 *   `auto` never takes heavy, however fast the device; `model="heavy"` still asks for it.
 * - `full` is fast enough when its median time per frame (worker round trip: transfer + model) is within the
 *   frame budget: the time per frame at which it still analyses the analysis's minimum rate with a margin
 *   (10 frames a second x 1.5 = 15, so 67 ms). Otherwise `lite`, the floor: it is never measured, since
 *   nothing smaller exists.
 * - Hysteresis: full chosen last time on this device is kept while it stays within a looser limit (80 ms:
 *   still 12.5 frames a second), so a device near the budget does not switch models between sessions because
 *   of measurement noise. Moving up to full always needs the strict limit.
 */
import type { DelegateChoice, EngineInfo, LoadProgress, ModelVariant } from '../../workers/engine';
import { median } from '../util/median';
import type { PoseClient } from './pose-client';

/** The camera's frame interval at 30 frames a second (the spacing of the timed frames' timestamps). */
export const CAMERA_FRAME_MS = 1000 / 30;

/**
 * The lowest analysed rate at which every count and fault on the shared clips stays as it is at 30 frames a
 * second (MediaPipe full, the clips subsampled: docs/accuracy.md). At 7.5 the clamshell gains pelvic-drop flags.
 */
export const ANALYSIS_MIN_FPS = 10;
/** The rate a model must sustain, over that minimum: the time per frame varies with the load (p95 ~1.15x the median on a 2-core laptop) and reps faster than the clips' need more frames. */
export const RATE_MARGIN = 1.5;
/** The time per frame a model may take and still analyse ANALYSIS_MIN_FPS x RATE_MARGIN frames a second. */
export const FRAME_BUDGET_MS = 1000 / (ANALYSIS_MIN_FPS * RATE_MARGIN);
/** Last time's model is kept down to this rate: a quarter above the minimum, so noise alone does not switch it. */
const STAY_MS = 1000 / (ANALYSIS_MIN_FPS * 1.25);

/** Full's limits: choose it (first time, or moving up to it) within `enterMs`; keep it, chosen last time, within `stayMs`. */
export const FULL_LIMITS = { enterMs: FRAME_BUDGET_MS, stayMs: STAY_MS } as const;

/** Frames run but not timed: the first frames of a fresh model include graph set-up and the person detector. */
export const WARMUP_FRAMES = 2;
/** Frames timed per model: enough for a stable median, few enough to finish in well under a second. */
export const TIMED_FRAMES = 6;

/** Median milliseconds per frame of each variant measured (full, the one auto times). */
export type Medians = Partial<Record<ModelVariant, number>>;

export interface ModelChoice {
  variant: ModelVariant;
  /** For people: why this variant, with the times that decided it. */
  reason: string;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const BUDGET_WHY = `(the analysis needs ${ANALYSIS_MIN_FPS} frames a second; with a ${RATE_MARGIN}x margin, a model may take ${ms(FRAME_BUDGET_MS)})`;

function limitFor(previous: ModelVariant | null): number {
  return previous === 'full' ? FULL_LIMITS.stayMs : FULL_LIMITS.enterMs;
}

function withinReason(measured: number, previous: ModelVariant | null): string {
  const kept = previous === 'full' && measured > FULL_LIMITS.enterMs;
  const limit = kept ? `the ${ms(FULL_LIMITS.stayMs)} allowed for keeping the model chosen last time` : `the ${ms(FULL_LIMITS.enterMs)} allowed`;
  return `full: it took ${ms(measured)} a frame (${Math.floor(1000 / measured)} frames a second), within ${limit} ${BUDGET_WHY}`;
}

/** Why not heavy, in the reason: the measured accuracy, not the speed, rules it out. */
const NOT_HEAVY = 'heavy is not chosen automatically: on the labelled clips it reads faults less well than full';

/** The most accurate variant within the frame budget, from full's median (see the rule at the top of this file). */
export function chooseModel(medians: Medians, previous: ModelVariant | null = null): ModelChoice {
  if (medians.full === undefined) throw new Error('chooseModel needs the median time of full');
  if (medians.full <= limitFor(previous)) return { variant: 'full', reason: `${withinReason(medians.full, previous)}; ${NOT_HEAVY}` };
  return { variant: 'lite', reason: `lite: full took ${ms(medians.full)} a frame, more than the ${ms(limitFor(previous))} allowed ${BUDGET_WHY}` };
}

export interface AutoChoiceOptions {
  assetsBase: string;
  delegate?: DelegateChoice;
  /** The variant chosen on this device last time, for the hysteresis; null on a first visit. */
  previous?: ModelVariant | null;
  onProgress?: (progress: LoadProgress) => void;
  /** Called as each variant's timing begins (its model loaded, the camera frames in hand). */
  onMeasuring?: (variant: ModelVariant) => void;
  /** A model the client has loaded already (`FIRST_TIMED` loaded ahead of the start): timed without loading it again. */
  loaded?: EngineInfo | null;
}

/** The variant `auto` always times first, so it can be loaded before the camera frames exist. */
export const FIRST_TIMED: ModelVariant = 'full';

export interface AutoChoice extends ModelChoice {
  /** The engine now loaded in the client: the chosen variant, ready for the live loop. */
  engine: EngineInfo;
  medians: Medians;
  /** Whether the chosen variant ran frames since it was loaded (it was the last one timed): no warm-up needed. */
  warm: boolean;
}

/** Median round-trip time of the loaded model over copies of `frames` (which stay the caller's). */
async function timeLoadedModel(client: PoseClient, frames: readonly ImageBitmap[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP_FRAMES + TIMED_FRAMES; i++) {
    // detect() hands the bitmap to the worker, so each run gets its own copy.
    const copy = await createImageBitmap(frames[i % frames.length]!);
    const started = performance.now();
    await client.detect(copy, Math.round(i * CAMERA_FRAME_MS));
    if (i >= WARMUP_FRAMES) times.push(performance.now() - started);
  }
  return median(times);
}

async function someFrames(frames: readonly ImageBitmap[] | Promise<readonly ImageBitmap[]>): Promise<readonly ImageBitmap[]> {
  const list = await frames;
  if (list.length === 0) throw new Error('autoChooseModel needs at least one camera frame');
  return list;
}

/**
 * Times full on a few camera frames in `client`'s worker and leaves the chosen model loaded.
 * Takes a second or two (model downloads aside). `frames` should be real camera frames, since the time of the
 * person detector and of the landmark model depends on what is in the picture; they may still be on their way
 * (a promise), so the first model loads while the camera opens.
 */
export async function autoChooseModel(
  client: PoseClient,
  frames: readonly ImageBitmap[] | Promise<readonly ImageBitmap[]>,
  options: AutoChoiceOptions,
): Promise<AutoChoice> {
  // A camera that fails while full loads is reported when the frames are awaited, not before.
  Promise.resolve(frames).catch(() => {});
  const load = (variant: ModelVariant) => client.load({ variant, assetsBase: options.assetsBase, delegate: options.delegate ?? 'auto' }, options.onProgress);
  const full = options.loaded?.variant === 'full' ? options.loaded : await load('full');
  const cameraFrames = await someFrames(frames);
  options.onMeasuring?.('full');
  const medians: Medians = { full: await timeLoadedModel(client, cameraFrames) };
  const choice = chooseModel(medians, options.previous ?? null);
  const warm = choice.variant === 'full';
  return { ...choice, engine: warm ? full : await load(choice.variant), medians, warm };
}
