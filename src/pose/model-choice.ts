/**
 * `model="auto"`: picks the most accurate pose model that still gives the analysis the frames it needs on
 * this device, from the time the worker takes on the first camera frames. Counting and faults do not need
 * every camera frame: they stay the same down to 10 analysed frames a second (docs/accuracy.md), so a
 * larger model that analyses 20 of the camera's 30 frames beats a smaller one that analyses all 30.
 *
 * The rule (docs/benchmarks.md, "Model choice"):
 * - A model is fast enough when its median time per frame (worker round trip: transfer + model) is within
 *   the frame budget: the time per frame at which it still analyses the analysis's minimum rate with a
 *   margin (10 frames a second x 1.5 = 15, so 67 ms). The most accurate fast-enough variant wins: heavy, then
 *   full, else lite.
 * - Hysteresis: the variant chosen last time on this device is kept while it stays within a looser limit
 *   (80 ms: still 12.5 frames a second), so a device near the budget does not switch models between sessions
 *   because of measurement noise. Moving up to a larger model always needs the strict limit.
 * - `full` is measured first. `heavy` (a 30 MB download) is only measured when `full` is fast enough that
 *   heavy could fit: heavy takes at least twice full's time on every device measured (3.4x on a laptop CPU).
 * - Otherwise `lite`, the floor: it is never measured, since nothing smaller exists.
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

interface VariantLimits {
  /** Choose this variant (first time, or moving up to it) when its median is at most this. */
  enterMs: number;
  /** Keep this variant, chosen last time, while its median is at most this. */
  stayMs: number;
}

export const LIMITS: Record<'heavy' | 'full', VariantLimits> = {
  heavy: { enterMs: FRAME_BUDGET_MS, stayMs: STAY_MS },
  full: { enterMs: FRAME_BUDGET_MS, stayMs: STAY_MS },
};

/** Heavy is at least this many times slower than full (3.4x measured on CPU; the gap narrows on a GPU). */
export const MIN_HEAVY_OVER_FULL = 2;

/** Frames run but not timed: the first frames of a fresh model include graph set-up and the person detector. */
export const WARMUP_FRAMES = 2;
/** Frames timed per model: enough for a stable median, few enough to finish in well under a second. */
export const TIMED_FRAMES = 6;

/** Median milliseconds per frame of each variant measured so far. */
export type Medians = Partial<Record<ModelVariant, number>>;

export interface ModelChoice {
  variant: ModelVariant;
  /** For people: why this variant, with the times that decided it. */
  reason: string;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const BUDGET_WHY = `(the analysis needs ${ANALYSIS_MIN_FPS} frames a second; with a ${RATE_MARGIN}x margin, a model may take ${ms(FRAME_BUDGET_MS)})`;

function limitFor(variant: 'heavy' | 'full', previous: ModelVariant | null): number {
  return previous === variant ? LIMITS[variant].stayMs : LIMITS[variant].enterMs;
}

/** Which variant to time next, or null when the medians so far decide the choice. */
export function nextToMeasure(medians: Medians, previous: ModelVariant | null = null): ModelVariant | null {
  if (medians.full === undefined) return 'full';
  const heavyCouldFit = medians.full * MIN_HEAVY_OVER_FULL <= limitFor('heavy', previous);
  if (medians.heavy === undefined && heavyCouldFit) return 'heavy';
  return null;
}

function keepsUp(variant: 'heavy' | 'full', medians: Medians, previous: ModelVariant | null): boolean {
  const measured = medians[variant];
  return measured !== undefined && measured <= limitFor(variant, previous);
}

function withinReason(variant: 'heavy' | 'full', measured: number, previous: ModelVariant | null): string {
  const kept = previous === variant && measured > LIMITS[variant].enterMs;
  const limit = kept ? `the ${ms(LIMITS[variant].stayMs)} allowed for keeping the model chosen last time` : `the ${ms(LIMITS[variant].enterMs)} allowed`;
  return `${variant}: it took ${ms(measured)} a frame (${Math.floor(1000 / measured)} frames a second), within ${limit} ${BUDGET_WHY}`;
}

/** Without a person in the picture a model runs its person detector alone: its time says little of the landmark model's. */
const NOBODY_IN_VIEW = 'heavy not tried: nobody was in the picture, so the times leave out the landmark model';

function whyNotHeavy(medians: Medians, nobodyInView: boolean): string {
  if (nobodyInView) return NOBODY_IN_VIEW;
  if (medians.heavy !== undefined) return `heavy took ${ms(medians.heavy)}, more than the ${ms(LIMITS.heavy.enterMs)} it may take`;
  return `heavy would take at least ${ms(medians.full! * MIN_HEAVY_OVER_FULL)} (${MIN_HEAVY_OVER_FULL}x full)`;
}

/**
 * The most accurate variant within the frame budget, from the medians measured (see the rule at the top of this
 * file). `nobodyInView`: the timed frames showed no person, so heavy is not chosen on them.
 */
export function chooseModel(medians: Medians, previous: ModelVariant | null = null, nobodyInView = false): ModelChoice {
  if (medians.full === undefined) throw new Error('chooseModel needs the median time of full');
  if (!nobodyInView && keepsUp('heavy', medians, previous)) return { variant: 'heavy', reason: withinReason('heavy', medians.heavy!, previous) };
  if (keepsUp('full', medians, previous)) {
    return { variant: 'full', reason: `${withinReason('full', medians.full, previous)}; ${whyNotHeavy(medians, nobodyInView)}` };
  }
  const allowed = limitFor('full', previous);
  return { variant: 'lite', reason: `lite: full took ${ms(medians.full)} a frame, more than the ${ms(allowed)} allowed ${BUDGET_WHY}` };
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
export const FIRST_TIMED: ModelVariant = nextToMeasure({})!;

export interface AutoChoice extends ModelChoice {
  /** The engine now loaded in the client: the chosen variant, ready for the live loop. */
  engine: EngineInfo;
  medians: Medians;
  /** Whether the chosen variant ran frames since it was loaded (it was the last one timed): no warm-up needed. */
  warm: boolean;
}

/** Median round-trip time of the loaded model over copies of `frames` (which stay the caller's), and whether it found a person. */
async function timeLoadedModel(client: PoseClient, frames: readonly ImageBitmap[]): Promise<{ medianMs: number; personSeen: boolean }> {
  const times: number[] = [];
  let personSeen = false;
  for (let i = 0; i < WARMUP_FRAMES + TIMED_FRAMES; i++) {
    // detect() hands the bitmap to the worker, so each run gets its own copy.
    const copy = await createImageBitmap(frames[i % frames.length]!);
    const started = performance.now();
    const result = await client.detect(copy, Math.round(i * CAMERA_FRAME_MS));
    if (i >= WARMUP_FRAMES) times.push(performance.now() - started);
    personSeen ||= result.image !== null;
  }
  return { medianMs: median(times), personSeen };
}

async function someFrames(frames: readonly ImageBitmap[] | Promise<readonly ImageBitmap[]>): Promise<readonly ImageBitmap[]> {
  const list = await frames;
  if (list.length === 0) throw new Error('autoChooseModel needs at least one camera frame');
  return list;
}

/**
 * Times the candidate models on a few camera frames in `client`'s worker and leaves the chosen one loaded.
 * Takes a second or two (model downloads aside). `frames` should be real camera frames, since the time of the
 * person detector and of the landmark model depends on what is in the picture; they may still be on their way
 * (a promise), so the first model loads while the camera opens.
 */
export async function autoChooseModel(
  client: PoseClient,
  frames: readonly ImageBitmap[] | Promise<readonly ImageBitmap[]>,
  options: AutoChoiceOptions,
): Promise<AutoChoice> {
  const previous = options.previous ?? null;
  // A camera that fails while the first model loads is reported when the frames are awaited, not before.
  Promise.resolve(frames).catch(() => {});
  const load = (variant: ModelVariant) => client.load({ variant, assetsBase: options.assetsBase, delegate: options.delegate ?? 'auto' }, options.onProgress);
  const medians: Medians = {};
  let loaded: EngineInfo | null = null;
  let ahead = options.loaded ?? null;
  let nobodyInView = false;
  const next = () => (nobodyInView ? null : nextToMeasure(medians, previous));
  for (let variant = next(); variant; variant = next()) {
    loaded = ahead?.variant === variant ? ahead : await load(variant);
    ahead = null;
    const cameraFrames = await someFrames(frames);
    options.onMeasuring?.(variant);
    const timing = await timeLoadedModel(client, cameraFrames);
    medians[variant] = timing.medianMs;
    nobodyInView = !timing.personSeen;
  }
  const choice = chooseModel(medians, previous, nobodyInView);
  const warm = loaded?.variant === choice.variant;
  const engine = warm ? loaded! : await load(choice.variant);
  return { ...choice, engine, medians, warm };
}
