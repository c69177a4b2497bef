/**
 * One pose worker and its Comlink proxy: the transport under PoseClient, which replaces it when it fails. Turns
 * the three ways a worker fails into one rejected call: an `error` event (it could not start, or threw outside
 * a call), a rejected call, or a call that never answers (the worker hangs, or was terminated under us).
 */
import * as Comlink from 'comlink';
import { EngineError, type EngineOptions, type LoadOutcome, type LoadProgress, type PoseResult } from '../../workers/engine';
import type { PoseWorkerApi } from '../../workers/pose.worker';
import { errorMessage } from '../util/error-message';

export type WorkerFactory = () => Worker;

export interface DetectTimeouts {
  /** The first frame after a model loads sets up its graph (WebGL shaders, tfjs kernels): allowed to be slow. */
  firstMs: number;
  /** Any later frame: past this the worker is taken for hung. */
  laterMs: number;
}

/** The worker died or stopped answering: PoseClient restarts it (or moves to the other engine). */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

export class WorkerConnection {
  private readonly worker: Worker;
  private readonly api: Comlink.Remote<PoseWorkerApi>;
  /** Rejects when the worker reports an `error` event; never resolves. */
  readonly failed: Promise<never>;
  private framesSinceLoad = 0;
  /**
   * How to fail each call now under way when the worker dies. Not `Promise.race` with `failed`: every race adds
   * a reaction to `failed`, which stays pending for the worker's life, so each frame's reaction, promise and
   * closure were kept (0.3-0.45 MB a minute of heap in the soak, about 28 of each a second).
   */
  private readonly onFailure = new Set<(failure: WorkerFailure) => void>();
  /** Why the worker died, once it has. */
  private failure: WorkerFailure | null = null;

  constructor(
    createWorker: WorkerFactory,
    private readonly timeouts: DetectTimeouts,
  ) {
    this.worker = createWorker();
    this.api = Comlink.wrap<PoseWorkerApi>(this.worker);
    this.failed = new Promise<never>((_resolve, reject) => {
      this.worker.addEventListener('error', (event) => {
        // Handled here: the page's console need not report it as uncaught.
        event.preventDefault();
        this.failure = new WorkerFailure(`The pose worker stopped: ${event.message || 'it could not start'}`);
        reject(this.failure);
        for (const fail of this.onFailure) fail(this.failure);
      });
    });
    this.failed.catch(() => {});
  }

  /**
   * Loads a model: the engine, and the compiled wasm runtime it ran on where it shares one. An engine that
   * cannot start rejects with its EngineError, a dead worker with WorkerFailure.
   */
  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<Extract<LoadOutcome, { ok: true }>> {
    const outcome = await this.unlessFailed<LoadOutcome>(this.api.load(options, onProgress ? Comlink.proxy(onProgress) : undefined));
    if (!outcome.ok) throw new EngineError(outcome.error);
    this.framesSinceLoad = 0;
    return outcome;
  }

  /** Runs the model on `frame` (ownership passes to the worker); any failure rejects with WorkerFailure. */
  detect(frame: ImageBitmap, t: number): Promise<PoseResult> {
    return this.watched(this.api.detect(Comlink.transfer(frame, [frame]), t));
  }

  /** A live frame: null when the worker replaced it with a newer one while busy (see workers/latest-frame.ts). */
  offer(frame: ImageBitmap, t: number): Promise<PoseResult | null> {
    return this.watched(this.api.detectLatest(Comlink.transfer(frame, [frame]), t));
  }

  /** A call into the worker, failed with WorkerFailure when the worker dies, throws or does not answer in time. */
  private async watched<T>(call: Promise<T>): Promise<T> {
    const limitMs = this.framesSinceLoad === 0 ? this.timeouts.firstMs : this.timeouts.laterMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new WorkerFailure(`The pose worker did not answer within ${limitMs / 1000} s`)), limitMs);
    });
    try {
      const result = await this.unlessFailed(Promise.race([call, hung]));
      this.framesSinceLoad++;
      return result;
    } catch (error) {
      throw error instanceof WorkerFailure ? error : new WorkerFailure(`The pose model failed on a frame: ${errorMessage(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** `call`, or a rejection with WorkerFailure as soon as the worker dies (or at once, if it has died already). */
  private unlessFailed<T>(call: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.onFailure.add(reject);
      call.then(resolve, reject).finally(() => this.onFailure.delete(reject));
    });
  }

  terminate(): void {
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
  }
}
