/**
 * Benchmark worker for the camera read in the worker: the page transfers a `MediaStreamTrackProcessor`'s readable
 * and this worker reads `VideoFrame`s from it and runs the real MediaPipe engine on them, with no bitmap made and no
 * frame callback on the page. The processor holds one frame (`maxBufferSize: 1`), so each read gives the newest
 * and the ones the model was too busy for are dropped before they reach this thread. Bench-only: the product
 * sends ImageBitmaps (workers/pose.worker.ts) until this is shown to be worth the protocol.
 */
import * as Comlink from 'comlink';
import type { EngineOptions, PoseResult } from '../../../workers/engine';
import { MediaPipeEngine } from '../../../workers/mediapipe-engine';

/** What the engine is given: the VideoFrame itself, or an ImageBitmap made from it here. */
export type TrackInput = 'videoframe' | 'bitmap';

export interface TrackResult {
  pose: PoseResult;
  /** The frame's capture time: `VideoFrame.timestamp` (µs, the camera's clock), in ms. */
  captureMs: number;
  /** When the read gave this worker the frame, ms since the epoch (comparable across threads). */
  arrivedAt: number;
}

const engine = new MediaPipeEngine();

/** The frame's size as ImageBitmap's: the engine reads `width` and `height` of what it was given. */
function sized(frame: VideoFrame): ImageBitmap {
  // detectForVideo takes a VideoFrame as it takes a bitmap; only the engine's type is narrower.
  return Object.assign(frame, { width: frame.displayWidth, height: frame.displayHeight }) as unknown as ImageBitmap;
}

async function modelInput(frame: VideoFrame, input: TrackInput): Promise<ImageBitmap> {
  return input === 'bitmap' ? createImageBitmap(frame) : sized(frame);
}

async function readLoop(readable: ReadableStream<VideoFrame>, input: TrackInput, onResult: (result: TrackResult) => void): Promise<void> {
  const reader = readable.getReader();
  for (;;) {
    const { value: frame, done } = await reader.read();
    if (done) return;
    const arrivedAt = performance.timeOrigin + performance.now();
    const captureMs = frame.timestamp / 1000;
    const image = await modelInput(frame, input);
    try {
      const pose = await engine.detect(image, captureMs);
      onResult(Comlink.transfer({ pose, captureMs, arrivedAt }, [pose.image?.buffer, pose.world?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)));
    } finally {
      image.close();
      frame.close();
    }
  }
}

const api = {
  load: (options: EngineOptions) => engine.load(options),
  /** Reads and runs camera frames until the stream ends; each result goes to `onResult`. */
  run(readable: ReadableStream<VideoFrame>, input: TrackInput, onResult: (result: TrackResult) => void): void {
    void readLoop(readable, input, onResult);
  },
};

export type TrackWorkerApi = typeof api;

Comlink.expose(api);
