/**
 * Main-thread side of the pose worker. Live frames go to the worker as they come (the worker runs one and keeps
 * only the newest waiting, so nothing queues and latency stays bounded), except those a newer camera frame would
 * replace before the model is free (FramePacer: no bitmap is made for them). Turns the worker's plain failure
 * objects back into typed errors, and keeps a model running when its worker fails:
 *
 * - `engine: 'auto'` (the default) starts MediaPipe and falls back to the TensorFlow.js engine when MediaPipe
 *   cannot start; 'mediapipe' or 'tfjs' uses that engine only.
 * - A worker that dies (`error` event), fails a frame or does not answer in time is terminated and replaced,
 *   and the same model is loaded again; the frame it lost reads as "nobody found". An engine's second failure
 *   moves on to the next engine; when none is left, the client fails with `worker-crashed`.
 * - Each step is reported to `onStatus`, so the UI can say "restarting the pose model…".
 */
import { EngineError, type EngineFailure, type EngineInfo, type EngineName, type EngineOptions, type LoadProgress, type PoseResult } from '../../workers/engine';
import { errorMessage } from '../util/error-message';
import { FramePacer } from './frame-pacer';
import { WorkerConnection, WorkerFailure, type DetectTimeouts, type WorkerFactory } from './worker-connection';
import { defaultWorkerFactory } from './worker-factory';

export type EnginePreference = EngineName | 'auto';

export interface ClientLoadOptions extends Omit<EngineOptions, 'engine'> {
  /** Which engine runs the model: 'auto' (the default) is MediaPipe, with TensorFlow.js as its fallback. */
  engine?: EnginePreference;
}

export type PoseClientStatus =
  /** Loading a model into a worker. */
  | { state: 'starting'; engine: EngineName }
  | { state: 'ready'; info: EngineInfo }
  /** The worker failed once: a new one is loading the same engine ("restarting the pose model…"). */
  | { state: 'restarting'; engine: EngineName; reason: string }
  /** `from` could not start, or failed twice: `to` takes over. `error` is `from`'s failure (its `file` names the file at fault). */
  | { state: 'falling-back'; from: EngineName; to: EngineName; reason: string; error: EngineFailure }
  /** No engine is left to try: every later call rejects. */
  | { state: 'failed'; error: EngineFailure };

export interface PoseClientOptions {
  onStatus?: (status: PoseClientStatus) => void;
  /** Every engine it starts serves a live camera (`EngineOptions.live`), on a restart or a fallback too. */
  live?: boolean;
  /** How long a frame may take before the worker is taken for hung (tests shorten them). */
  timeouts?: Partial<DetectTimeouts>;
}

const ENGINE_ORDER: Record<EnginePreference, EngineName[]> = {
  auto: ['mediapipe', 'tfjs'],
  mediapipe: ['mediapipe'],
  tfjs: ['tfjs'],
};

/**
 * Live frames sent and not yet answered, at most. MediaPipe runs a frame without yielding, so the frames sent
 * meanwhile wait in the worker's message queue until it is done, and only then does the newest replace the
 * others (workers/latest-frame.ts). The limit must let the newest through for a slow model (heavy: 165 ms,
 * five camera frames, on the 2-core test machine), while a hung worker holds at most this many bitmaps
 * (about 1.2 MB each at 640x480) until it is taken for hung.
 */
const MAX_LIVE_FRAMES_SENT = 8;

/**
 * MediaPipe's wasm runtime as the page's first worker compiled it, by assets folder: every later worker of the
 * page (each model load, each restart) instantiates it instead of fetching and compiling 13 MB again.
 */
const compiledRuntimes = new Map<string, WebAssembly.Module>();

/** An engine's first failure restarts it (a one-off crash); its second moves on to the next engine. */
const FAILURES_PER_ENGINE = 2;

const DEFAULT_TIMEOUTS: DetectTimeouts = {
  // tfjs on SwiftShader WebGL took 16-25 s over its first frame (shader compilation), MediaPipe's CPU graph 0.7 s.
  firstMs: 60_000,
  // Frames take well under a second on every backend but tfjs's plain-JS `cpu`, the last resort (2.6 s for full).
  laterMs: 5_000,
};

/** What a failure means to the caller: an engine's own error as it is, a dead worker as `worker-crashed`. */
function asEngineError(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const code = error instanceof WorkerFailure ? 'worker-crashed' : 'runtime-load-failed';
  return new EngineError({ code, message: errorMessage(error) });
}

interface LoadRequest {
  options: ClientLoadOptions;
  onProgress: ((progress: LoadProgress) => void) | undefined;
}

export class PoseClient {
  droppedFrames = 0;
  processedFrames = 0;
  private connection: WorkerConnection | null = null;
  private request: LoadRequest | null = null;
  private running: EngineInfo | null = null;
  private readonly failures = new Map<EngineName, number>();
  /** Set while a failed worker is being replaced; frames wait for it (detect) or are dropped (submit). */
  private recovery: Promise<void> | null = null;
  private inFlight = false;
  private liveFrames = 0;
  private readonly pacer = new FramePacer();
  private terminated = false;
  private readonly timeouts: DetectTimeouts;

  constructor(
    private readonly createWorker: WorkerFactory = defaultWorkerFactory,
    private readonly options: PoseClientOptions = {},
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  /** Whether a live frame now would be dropped (a restart under way, or too many frames sent and not answered). */
  get busy(): boolean {
    return this.inFlight || this.recovery !== null || this.liveFrames >= MAX_LIVE_FRAMES_SENT;
  }

  /**
   * Whether the camera frame that came at `now` is worth sending (call it for every camera frame, before making its
   * bitmap): not while busy, nor when a newer camera frame will still come before the model is free (FramePacer).
   */
  wantsFrame(now: number): boolean {
    return this.pacer.wants(now) && !this.busy;
  }

  /** The engine running now (it changes when the client falls back), or null while none is. */
  get info(): EngineInfo | null {
    return this.running;
  }

  /** Loads the model with the first engine that starts, in the order `options.engine` allows. */
  async load(options: ClientLoadOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo> {
    // Every load gets a fresh worker. MediaPipe cannot make a second landmarker in the worker that made the first:
    // its wasm loader is a module imported once per worker, and the second start fails "ModuleFactory not set"
    // (seen when `auto` moved from timing full to loading lite).
    this.disconnect();
    this.request = { options, onProgress };
    this.failures.clear();
    const engines = ENGINE_ORDER[options.engine ?? 'auto'];
    const errors: EngineError[] = [];
    for (const [index, engine] of engines.entries()) {
      try {
        return await this.start(engine);
      } catch (error) {
        const failure = asEngineError(error);
        errors.push(failure);
        const next = engines[index + 1];
        if (next) this.emit({ state: 'falling-back', from: engine, to: next, reason: failure.message, error: failure.failure });
      }
    }
    throw this.fail(errors);
  }

  /**
   * A live frame (ownership passes to the worker), sent even while the model runs another, so the worker always
   * has the newest one waiting. Resolves null when it was dropped: here while busy, or in the worker when a
   * newer frame replaced it before the model was free.
   */
  async submit(frame: ImageBitmap, t: number): Promise<PoseResult | null> {
    if (this.busy) {
      frame.close();
      this.droppedFrames++;
      return null;
    }
    this.liveFrames++;
    this.pacer.sent(performance.now());
    // The model's time on the frame; 0 for one lost with its worker, which never ran.
    let modelMs = 0;
    try {
      const result = await this.runOn(frame, t, (connection) => connection.offer(frame, t));
      if (!result) this.droppedFrames++;
      modelMs = result?.inferenceMs ?? 0;
      return result;
    } finally {
      this.liveFrames--;
      this.pacer.answered(performance.now(), modelMs > 0 ? modelMs : null);
    }
  }

  /**
   * Waits for the model on every frame: the clip analyser's deterministic path. A frame lost with a failed worker
   * resolves as "nobody found" once the replacement is running; it rejects only when no engine is left.
   */
  async detect(frame: ImageBitmap, t: number): Promise<PoseResult> {
    this.inFlight = true;
    try {
      return await this.runOn(frame, t, (connection) => connection.detect(frame, t));
    } finally {
      this.inFlight = false;
    }
  }

  /** `call` on the current worker; when the worker fails, the frame reads as "nobody found" once it is replaced. */
  private async runOn<R extends PoseResult | null>(frame: ImageBitmap, t: number, call: (connection: WorkerConnection) => Promise<R>): Promise<R | PoseResult> {
    const connection = await this.healthyConnection().catch((error: unknown) => {
      frame.close();
      throw error;
    });
    const lost: PoseResult = { t: Math.round(t), width: frame.width, height: frame.height, image: null, world: null, inferenceMs: 0 };
    try {
      const result = await call(connection);
      if (result) this.processedFrames++;
      return result;
    } catch (error) {
      await this.recoverFrom(connection, error);
      return lost;
    }
  }

  terminate(): void {
    this.terminated = true;
    this.disconnect();
    this.running = null;
  }

  /** The current worker once any restart in progress is over; rejects when there is no model to run. */
  private async healthyConnection(): Promise<WorkerConnection> {
    await this.recovery;
    if (!this.connection || !this.running) throw new EngineError({ code: 'inference-failed', message: 'The pose model is not loaded.' });
    return this.connection;
  }

  private async start(engine: EngineName): Promise<EngineInfo> {
    const request = this.request!;
    this.running = null;
    this.emit({ state: 'starting', engine });
    const connection = this.connection ?? this.connect();
    try {
      const { assetsBase } = request.options;
      const runtime = engine === 'mediapipe' ? compiledRuntimes.get(assetsBase) : undefined;
      const options = { ...request.options, engine, ...(this.options.live ? { live: true } : {}), ...(runtime ? { runtime } : {}) };
      const loaded = await connection.load(options, request.onProgress);
      if (loaded.runtime) compiledRuntimes.set(assetsBase, loaded.runtime);
      const { info } = loaded;
      this.throwIfTerminated();
      this.running = info;
      this.emit({ state: 'ready', info });
      return info;
    } catch (error) {
      // A worker an engine failed in may be left in any state: the next attempt gets a fresh one.
      this.disconnect();
      throw error;
    }
  }

  private connect(): WorkerConnection {
    const connection = new WorkerConnection(this.createWorker, this.timeouts);
    this.connection = connection;
    // A worker that dies between frames is replaced at once, so the next frame does not wait for a timeout.
    connection.failed.catch((error: unknown) => this.recoverFrom(connection, error).catch(() => {}));
    return connection;
  }

  private disconnect(): void {
    this.connection?.terminate();
    this.connection = null;
  }

  /** Replaces `connection`'s worker, unless that is already under way or `connection` is no longer in use. */
  private recoverFrom(connection: WorkerConnection, error: unknown): Promise<void> {
    if (this.recovery) return this.recovery;
    const engine = this.running?.engine;
    if (connection !== this.connection || !engine) return Promise.resolve();
    this.recovery = this.recover(engine, asEngineError(error).failure).finally(() => (this.recovery = null));
    return this.recovery;
  }

  private async recover(failedEngine: EngineName, firstFailure: EngineFailure): Promise<void> {
    this.disconnect();
    let engine = failedEngine;
    let failure = firstFailure;
    for (;;) {
      this.throwIfTerminated();
      const failures = (this.failures.get(engine) ?? 0) + 1;
      this.failures.set(engine, failures);
      const next = failures < FAILURES_PER_ENGINE ? engine : this.engineAfter(engine);
      const reason = failure.message;
      if (!next) throw this.fail([new EngineError({ code: 'worker-crashed', message: reason })]);
      this.emit(next === engine ? { state: 'restarting', engine, reason } : { state: 'falling-back', from: engine, to: next, reason, error: failure });
      try {
        await this.start(next);
        return;
      } catch (error) {
        [engine, failure] = [next, asEngineError(error).failure];
      }
    }
  }

  private throwIfTerminated(): void {
    if (this.terminated) throw new EngineError({ code: 'worker-crashed', message: 'The pose client was terminated.' });
  }

  private engineAfter(engine: EngineName): EngineName | null {
    const engines = ENGINE_ORDER[this.request?.options.engine ?? 'auto'];
    return engines[engines.indexOf(engine) + 1] ?? null;
  }

  /** Reports that no engine is left; the first engine's error leads, as it is the one that was asked for. */
  private fail(errors: EngineError[]): EngineError {
    const [first, ...others] = errors;
    const message = [first!.message, ...others.map((e) => `fallback: ${e.message}`)].join('; ');
    const error = new EngineError({ ...first!.failure, message });
    this.running = null;
    this.emit({ state: 'failed', error: error.failure });
    return error;
  }

  private emit(status: PoseClientStatus): void {
    this.options.onStatus?.(status);
  }
}
