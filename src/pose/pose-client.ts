/**
 * Main-thread side of the pose worker. Owns the Worker, keeps at most one frame in flight (a frame that
 * arrives while the model is busy is closed and counted as dropped, never queued, so latency stays bounded)
 * and turns the worker's plain failure objects back into typed errors.
 */
import * as Comlink from 'comlink';
import { EngineError, type EngineInfo, type EngineOptions, type LoadProgress, type PoseResult } from '../../workers/engine';
import type { PoseWorkerApi } from '../../workers/pose.worker';

export type WorkerFactory = () => Worker;

/** The bundler turns this URL into the worker chunk; the library build swaps in its own factory. */
export const defaultWorkerFactory: WorkerFactory = () =>
  new Worker(new URL('../../workers/pose.worker.ts', import.meta.url), { type: 'module', name: 'pose' });

export class PoseClient {
  private readonly worker: Worker;
  private readonly api: Comlink.Remote<PoseWorkerApi>;
  private inFlight = false;
  droppedFrames = 0;
  processedFrames = 0;

  constructor(createWorker: WorkerFactory = defaultWorkerFactory) {
    this.worker = createWorker();
    this.api = Comlink.wrap<PoseWorkerApi>(this.worker);
  }

  get busy(): boolean {
    return this.inFlight;
  }

  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo> {
    const outcome = await this.api.load(options, onProgress ? Comlink.proxy(onProgress) : undefined);
    if (!outcome.ok) throw new EngineError(outcome.error);
    return outcome.info;
  }

  /** Runs the model on `frame` (ownership passes to the worker). Resolves null when the frame was dropped. */
  async submit(frame: ImageBitmap, t: number): Promise<PoseResult | null> {
    if (this.inFlight) {
      frame.close();
      this.droppedFrames++;
      return null;
    }
    return this.detect(frame, t);
  }

  /** Waits for the model on every frame: the clip analyser's deterministic path. */
  async detect(frame: ImageBitmap, t: number): Promise<PoseResult> {
    this.inFlight = true;
    try {
      const result = await this.api.detect(Comlink.transfer(frame, [frame]), t);
      this.processedFrames++;
      return result;
    } finally {
      this.inFlight = false;
    }
  }

  terminate(): void {
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
  }
}
