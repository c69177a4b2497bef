/**
 * The pose worker: one engine, exposed with Comlink. Frames arrive as transferred ImageBitmaps and are closed
 * here after use; landmarks go back as transferred typed arrays. One frame at a time: `detect` is awaited by its
 * caller (clip analysis, model timing); live frames go through `detectLatest`, which keeps only the newest frame
 * waiting (latest-frame.ts), so nothing queues here.
 */
import * as Comlink from 'comlink';
import { errorMessage } from '../src/util/error-message';
import { LatestFrameRunner } from './latest-frame';
import { EngineError, type EngineName, type EngineOptions, type LoadOutcome, type LoadProgress, type PoseEngine, type PoseResult } from './engine';

/** Each runtime is imported only when asked for: a worker running one never downloads the other's code. */
const ENGINES: Record<EngineName, () => Promise<PoseEngine>> = {
  mediapipe: async () => new (await import('./mediapipe-engine')).MediaPipeEngine(),
  tfjs: async () => new (await import('./tfjs-engine')).TfjsEngine(),
};

let engine: PoseEngine | null = null;


async function createEngine(name: EngineName): Promise<PoseEngine> {
  try {
    return await ENGINES[name]();
  } catch (error) {
    throw new EngineError({ code: 'runtime-load-failed', message: `The ${name} pose runtime could not be loaded: ${errorMessage(error)}` });
  }
}

function toFailure(error: unknown): LoadOutcome {
  if (error instanceof EngineError) return { ok: false, error: error.failure };
  return { ok: false, error: { code: 'model-load-failed', message: errorMessage(error) } };
}

/** Runs the loaded engine on `frame` and closes it; the landmarks go back transferred, not copied. */
async function detectFrame(frame: ImageBitmap, t: number): Promise<PoseResult> {
  try {
    if (!engine) throw new EngineError({ code: 'inference-failed', message: 'The pose model is not loaded.' });
    const result = await engine.detect(frame, t);
    const people = [result, ...(result.others ?? [])];
    const buffers = people.flatMap((person) => [person.image?.buffer, person.world?.buffer]).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    return Comlink.transfer(result, buffers);
  } finally {
    frame.close();
  }
}

const liveFrames = new LatestFrameRunner<ImageBitmap, PoseResult>(detectFrame);

const api = {
  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<LoadOutcome> {
    engine?.close();
    engine = null;
    try {
      engine = await createEngine(options.engine ?? 'mediapipe');
      const info = await engine.load(options, onProgress);
      return engine.runtime ? { ok: true, info, runtime: engine.runtime } : { ok: true, info };
    } catch (error) {
      engine = null;
      return toFailure(error);
    }
  },

  detect: detectFrame,

  /** A live camera frame: its result, or null when a newer frame replaced it while the engine was busy. */
  detectLatest(frame: ImageBitmap, t: number): Promise<PoseResult | null> {
    return liveFrames.offer(frame, t);
  },

  close(): void {
    engine?.close();
    engine = null;
  },
};

export type PoseWorkerApi = typeof api;

Comlink.expose(api);
