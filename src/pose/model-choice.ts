/**
 * `model="auto"`: picks the largest pose model that keeps up with the camera on this device, from the time
 * the worker takes on the first camera frames.
 *
 * The rule (docs/benchmarks.md, "Model choice"):
 * - A model keeps up when its median time per frame (worker round trip: transfer + model) is within its
 *   limit. `full` may take a whole camera frame interval (33 ms at 30 fps). `heavy` must leave 5 ms of that
 *   spare (28 ms): it is about 3x the work of `full` for a small gain in accuracy, so it is only worth it
 *   where it runs with room to spare.
 * - Hysteresis: the variant chosen last time on this device is kept while it stays within a looser limit
 *   (38 ms for full, 32 ms for heavy), so a device near a limit does not switch models between sessions
 *   because of measurement noise. Moving up to a larger model always needs the strict limit.
 * - `full` is measured first. `heavy` (a 30 MB download) is only measured when `full` is fast enough that
 *   heavy could fit: heavy takes at least twice full's time on every device measured (3.4x on a laptop CPU).
 * - Otherwise `lite`, the floor: it is never measured, since nothing smaller exists.
 */
import type { DelegateChoice, EngineInfo, LoadProgress, ModelVariant } from '../../workers/engine';
import { median } from '../util/median';
import type { PoseClient } from './pose-client';

/** The camera's frame interval at 30 frames a second: the time a model has per frame to keep up. */
export const CAMERA_FRAME_MS = 1000 / 30;

interface VariantLimits {
  /** Choose this variant (first time, or moving up to it) when its median is at most this. */
  enterMs: number;
  /** Keep this variant, chosen last time, while its median is at most this. */
  stayMs: number;
}

export const LIMITS: Record<'heavy' | 'full', VariantLimits> = {
  heavy: { enterMs: 28, stayMs: 32 },
  // 38 ms still analyses about 26 frames a second: a small loss, worth not flipping models between sessions.
  full: { enterMs: CAMERA_FRAME_MS, stayMs: 38 },
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
  return `${variant}: it took ${ms(measured)} a frame, within ${limit} (the camera gives a frame every ${ms(CAMERA_FRAME_MS)})`;
}

function whyNotHeavy(medians: Medians): string {
  if (medians.heavy !== undefined) return `heavy took ${ms(medians.heavy)}, more than the ${ms(LIMITS.heavy.enterMs)} it may take`;
  return `heavy would take at least ${ms(medians.full! * MIN_HEAVY_OVER_FULL)} (${MIN_HEAVY_OVER_FULL}x full)`;
}

/** The largest variant that keeps up, from the medians measured (see the rule at the top of this file). */
export function chooseModel(medians: Medians, previous: ModelVariant | null = null): ModelChoice {
  if (medians.full === undefined) throw new Error('chooseModel needs the median time of full');
  if (keepsUp('heavy', medians, previous)) return { variant: 'heavy', reason: withinReason('heavy', medians.heavy!, previous) };
  if (keepsUp('full', medians, previous)) {
    return { variant: 'full', reason: `${withinReason('full', medians.full, previous)}; ${whyNotHeavy(medians)}` };
  }
  const allowed = limitFor('full', previous);
  return { variant: 'lite', reason: `lite: full took ${ms(medians.full)} a frame, more than the ${ms(allowed)} allowed (the camera gives a frame every ${ms(CAMERA_FRAME_MS)})` };
}

export interface AutoChoiceOptions {
  assetsBase: string;
  delegate?: DelegateChoice;
  /** The variant chosen on this device last time, for the hysteresis; null on a first visit. */
  previous?: ModelVariant | null;
  onProgress?: (progress: LoadProgress) => void;
  /** Called as each variant's timing begins (its model loaded, the camera frames in hand). */
  onMeasuring?: (variant: ModelVariant) => void;
}

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
  for (let variant = nextToMeasure(medians, previous); variant; variant = nextToMeasure(medians, previous)) {
    loaded = await load(variant);
    const cameraFrames = await someFrames(frames);
    options.onMeasuring?.(variant);
    medians[variant] = await timeLoadedModel(client, cameraFrames);
  }
  const choice = chooseModel(medians, previous);
  const warm = loaded?.variant === choice.variant;
  const engine = warm ? loaded! : await load(choice.variant);
  return { ...choice, engine, medians, warm };
}
