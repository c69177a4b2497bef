/**
 * The one small interface every pose engine implements. The worker exposes it over Comlink; nothing outside
 * `workers/` knows which runtime (MediaPipe tasks-vision, or TensorFlow.js as the fallback) produces the
 * landmarks: both give the same format, so the analysis cannot tell them apart.
 */

export const MODEL_VARIANTS = ['lite', 'full', 'heavy'] as const;
export type ModelVariant = (typeof MODEL_VARIANTS)[number];
export type EngineName = 'mediapipe' | 'tfjs';
export type Delegate = 'GPU' | 'CPU';
export type DelegateChoice = Delegate | 'auto';
/** The TensorFlow.js backends the tfjs engine can run on: two GPU ones, two CPU ones. */
export type TfjsBackend = 'webgl' | 'webgpu' | 'wasm' | 'cpu';

export function isModelVariant(value: unknown): value is ModelVariant {
  return (MODEL_VARIANTS as readonly unknown[]).includes(value);
}

/** Number of BlazePose landmarks and floats per landmark ([x, y, z, visibility]). */
export const LANDMARK_COUNT = 33;
export const LANDMARK_STRIDE = 4;

export interface EngineOptions {
  variant: ModelVariant;
  /** Absolute URL of the folder holding `models/` and `wasm/` (the app's origin, or an embedder's assets-base). */
  assetsBase: string;
  delegate?: DelegateChoice;
  /** Which runtime runs the model; MediaPipe unless told otherwise. */
  engine?: EngineName;
  /** tfjs engine only: run on this backend instead of choosing one (benchmarks and tests compare them). */
  tfjsBackend?: TfjsBackend;
  /**
   * The frames come from a live camera: a runtime too slow to count reps must not start (TensorFlow.js's
   * plain-JavaScript `cpu` backend, seconds a frame), so that the load fails saying why instead of a coach that looks
   * alive and never counts. The clip analyser, which waits for every frame, leaves it unset.
   */
  live?: boolean;
  /** MediaPipe only: its wasm runtime as an earlier worker of the page compiled it (`LoadOutcome.runtime`). */
  runtime?: WebAssembly.Module;
  /**
   * How many people to find in a frame (MediaPipe's `numPoses`), 1 unless told: the others come back in
   * `PoseResult.others`. The tfjs engine's BlazePose finds one person whatever is asked.
   */
  maxPeople?: number;
}

export interface LoadProgress {
  file: string;
  loadedBytes: number;
  totalBytes: number;
}

export interface EngineInfo {
  engine: EngineName;
  variant: ModelVariant;
  delegate: Delegate;
  /** tfjs engine only: the backend it runs on (its delegate says whether that is a GPU one). */
  tfjsBackend?: TfjsBackend;
  loadMs: number;
  /**
   * When each step of the load ended, in ms since the epoch (`performance.timeOrigin + performance.now()`), so a
   * page can place them on its own clock (`at - performance.timeOrigin`): where a start's time goes.
   */
  steps?: LoadStep[];
}

export interface LoadStep {
  step: string;
  at: number;
}

/** Now, as a LoadStep's `at`: comparable across the page and its workers, whose clocks start at different times. */
export function loadStep(step: string): LoadStep {
  return { step, at: performance.timeOrigin + performance.now() };
}

/** `worker-crashed`: the worker died or stopped answering, and restarting it (and the other engine) did not help. */
export type EngineErrorCode = 'model-load-failed' | 'model-integrity' | 'runtime-load-failed' | 'inference-failed' | 'worker-crashed';

/** A failure reported across the worker boundary as plain data, so its code survives structured cloning. */
export interface EngineFailure {
  code: EngineErrorCode;
  message: string;
  file?: string;
}

/** `runtime`: the compiled wasm the engine ran on, for the page to hand to its next worker (MediaPipe only). */
export type LoadOutcome = { ok: true; info: EngineInfo; runtime?: WebAssembly.Module } | { ok: false; error: EngineFailure };

/** One frame's pose: typed arrays of LANDMARK_COUNT * LANDMARK_STRIDE floats, or null when nobody was found. */
export interface PoseResult {
  /** The frame's own timestamp, rounded to integer milliseconds (each stream's clock is its own). */
  t: number;
  width: number;
  height: number;
  /** Normalised image coordinates: x, y in 0..1, z relative depth, visibility 0..1. */
  image: Float32Array | null;
  /** Metric, hip-centred coordinates; the fourth value is visibility. */
  world: Float32Array | null;
  /** Time spent inside the model for this frame. */
  inferenceMs: number;
  /** The other people found, where more than one was asked for (`EngineOptions.maxPeople`); absent otherwise. */
  others?: { image: Float32Array; world: Float32Array | null }[];
}

export interface PoseEngine {
  load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo>;
  /** The compiled wasm runtime the loaded model runs on, where the engine has one to share. */
  readonly runtime?: WebAssembly.Module | null;
  /** Runs the model on `frame`; the caller keeps ownership of the bitmap. */
  detect(frame: ImageBitmap, t: number): Promise<PoseResult>;
  close(): void;
}

export class EngineError extends Error {
  constructor(
    readonly failure: EngineFailure,
  ) {
    super(failure.message);
    this.name = 'EngineError';
  }
}
