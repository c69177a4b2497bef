/**
 * Stands in for the pose worker (the same Comlink API) and answers every camera frame with the landmarks of a
 * prepared sequence instead of running a model: what the sequence shows at that moment, timed from the first
 * live camera frame, the last one held after it ends. How an exercise no real clip shows (the synthetic glute
 * march) reaches <glute-coach> as its camera. The first message is the sequence (with a port for the ones the page
 * plays later); Comlink is answered after it.
 */
import * as Comlink from 'comlink';
import type { EngineOptions, PoseResult } from '../../../workers/engine';
import type { PoseWorkerApi } from '../../../workers/pose.worker';

export interface LandmarkSequence {
  width: number;
  height: number;
  /** In time order from t = 0, ms. */
  frames: { t: number; image: number[] | null; world: number[] | null }[];
}

/** What the page hands over first: the sequence, and a port on which later sequences come (see `playLandmarks`). */
export interface LandmarkCameraStart {
  sequence: LandmarkSequence;
  control: MessagePort;
}

function replay(first: LandmarkSequence, control: MessagePort): PoseWorkerApi {
  let sequence = first;
  let firstLiveT: number | null = null;
  // A sequence sent later plays from its start at the next live frame: the person moved on to another exercise.
  control.onmessage = (event: MessageEvent<LandmarkSequence>) => {
    sequence = event.data;
    firstLiveT = null;
  };
  const answer = (bitmap: ImageBitmap, t: number, elapsed: number): PoseResult => {
    bitmap.close();
    const { width, height, frames } = sequence;
    const frame = frames.findLast((candidate) => candidate.t <= elapsed) ?? frames[0]!;
    const values = (landmarks: number[] | null) => (landmarks ? Float32Array.from(landmarks) : null);
    return { t: Math.round(t), width, height, image: values(frame.image), world: values(frame.world), inferenceMs: 0 };
  };
  return {
    load: async (options: EngineOptions) => ({ ok: true, info: { engine: 'mediapipe', variant: options.variant, delegate: 'CPU', loadMs: 0 } }),
    // Frames asked for outside the live stream (the model's first frame, timing) see the sequence's start.
    detect: async (bitmap, t) => answer(bitmap, t, 0),
    detectLatest: async (bitmap, t) => {
      firstLiveT ??= t;
      return answer(bitmap, t, t - firstLiveT);
    },
    close: () => {},
  };
}

addEventListener('message', (event: MessageEvent<LandmarkCameraStart>) => Comlink.expose(replay(event.data.sequence, event.data.control)), { once: true });
