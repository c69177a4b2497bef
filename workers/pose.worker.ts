/**
 * The pose worker: one engine, exposed with Comlink. Frames arrive as transferred ImageBitmaps and are closed
 * here after use; landmarks go back as transferred typed arrays. One frame at a time: the client drops frames
 * while one is in flight, so nothing queues here.
 */
import * as Comlink from 'comlink';
import { EngineError, type EngineOptions, type LoadOutcome, type LoadProgress, type PoseEngine, type PoseResult } from './engine';
import { MediaPipeEngine } from './mediapipe-engine';

let engine: PoseEngine | null = null;

function toFailure(error: unknown): LoadOutcome {
  if (error instanceof EngineError) return { ok: false, error: error.failure };
  return { ok: false, error: { code: 'model-load-failed', message: error instanceof Error ? error.message : String(error) } };
}

const api = {
  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<LoadOutcome> {
    engine?.close();
    engine = new MediaPipeEngine();
    try {
      return { ok: true, info: await engine.load(options, onProgress) };
    } catch (error) {
      engine = null;
      return toFailure(error);
    }
  },

  detect(frame: ImageBitmap, t: number): PoseResult {
    try {
      if (!engine) throw new EngineError({ code: 'inference-failed', message: 'The pose model is not loaded.' });
      const result = engine.detect(frame, t);
      const buffers = [result.image?.buffer, result.world?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
      return Comlink.transfer(result, buffers);
    } finally {
      frame.close();
    }
  },

  close(): void {
    engine?.close();
    engine = null;
  },
};

export type PoseWorkerApi = typeof api;

Comlink.expose(api);
