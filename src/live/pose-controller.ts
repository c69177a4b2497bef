/**
 * The pose model as a reactive controller: loads it in the worker (a @lit/task, so the element renders
 * loading, progress and failure from one state), choosing the variant by timing them on camera frames for
 * `model="auto"`, then turns video frames into PoseResults (the worker runs the newest frame once it is free).
 * Counts frames seen, processed and dropped for the embedding page and the tests.
 *
 * A worker that dies or hangs is PoseClient's to handle (it restarts it, then falls back to the other engine);
 * the session ends with `worker-crashed` only when the client reports that no engine is left.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { autoChooseModel, defaultWorkerFactory, EngineError, FIRST_TIMED, PoseClient, type EngineInfo, type LoadProgress, type ModelVariant, type PoseClientStatus, type PoseResult } from '../pose';
import { errorMessage } from '../util/error-message';
import { frameBitmap } from './camera-frames';
import { CoachError } from './errors';
import { fixedVariant, type ModelSetting } from './model-setting';

export interface FrameStats {
  /** Camera frames offered to the model. */
  seen: number;
  /** Frames the model ran on. */
  processed: number;
  /**
   * Frames never run: a newer frame replaced them while the model was busy, or a newer one was due before the model
   * would be free, so none was sent (the live path never queues).
   */
  dropped: number;
  /** Model time of the latest frame, ms. */
  inferenceMs: number;
}

export interface ModelRequest {
  setting: ModelSetting;
  assetsBase: string;
  /** `auto`: camera frames to time the models on (asked for only then, and only once the first model loaded). */
  cameraFrames: () => Promise<readonly ImageBitmap[]>;
  /** `auto`: the variant it chose on this device last time (null if none), which it keeps within a looser limit. */
  previousChoice: ModelVariant | null;
}

export interface LoadedModel {
  info: EngineInfo;
  /** `auto`: why this variant, with the times that decided it; null for a variant asked for by name. */
  reason: string | null;
}

type LoadArgs = readonly [request: ModelRequest];

/** A model loaded ahead of the start (`preload`), and the settings it was loaded for. */
interface Preload {
  client: PoseClient;
  setting: ModelSetting;
  assetsBase: string;
  /** The engine loaded and warmed up; rejects when it could not load (the start then tries again and says why). */
  ready: Promise<EngineInfo>;
}

/** The model's own input size: the cheapest frame that still runs its whole graph. */
const WARM_UP_SIDE = 256;

/** Whatever stopped the model from loading (a missing file, a worker that would not start) is `model-load-failed`. */
function loadFailure(error: unknown): CoachError {
  // load() passes on what startModel already turned into a CoachError: say it once.
  if (error instanceof CoachError) return error;
  const file = error instanceof EngineError ? error.failure.file : undefined;
  return new CoachError('model-load-failed', `The pose model could not be loaded: ${errorMessage(error)}`, file);
}

export class PoseController implements ReactiveController {
  readonly loading: Task<LoadArgs, LoadedModel>;
  progress: LoadProgress | null = null;
  /** `auto`: the variant being timed on camera frames now, null otherwise. */
  measuring: ModelVariant | null = null;
  stats: FrameStats = { seen: 0, processed: 0, dropped: 0, inferenceMs: 0 };

  private client: PoseClient | null = null;
  /** What the running model was loaded with, so starting again with the same settings reuses it. */
  private loaded: Pick<ModelRequest, 'setting' | 'assetsBase'> | null = null;
  private preloaded: Preload | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onCrash: (error: CoachError) => void,
  ) {
    host.addController(this);
    this.loading = new Task<LoadArgs, LoadedModel>(host, {
      autoRun: false,
      task: ([request], { signal }) => this.startModel(request, signal),
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
    this.preloaded?.client.terminate();
    this.preloaded = null;
  }

  get ready(): boolean {
    return this.client !== null && this.loading.status === TaskStatus.COMPLETE;
  }

  /**
   * Loads the model (again only when the setting or assets changed: `auto` keeps its choice for the element's
   * life) and resolves with what runs it.
   */
  async load(request: ModelRequest): Promise<LoadedModel> {
    const unchanged = this.ready && this.loaded?.setting === request.setting && this.loaded.assetsBase === request.assetsBase;
    if (!unchanged) await this.loading.run([request]);
    if (this.loading.status === TaskStatus.ERROR) throw loadFailure(this.loading.error);
    return this.loading.value!;
  }

  /**
   * Loads the model before the start, so that Start only has the camera left to open: the variant a fixed
   * setting names, or for `auto` the one it times first. Nothing happens while a model runs or loads already;
   * the start takes this one over when its settings are the same, and a preload that failed is simply tried
   * again there (so its error is reported where a start's would be).
   */
  preload(setting: ModelSetting, assetsBase: string): void {
    if (this.client || this.preloaded || this.loading.status === TaskStatus.PENDING) return;
    const client = this.newClient();
    const variant = fixedVariant(setting) ?? FIRST_TIMED;
    const ready = client.load({ variant, assetsBase, delegate: 'auto' }, this.onProgress).then(async (info) => {
      await this.warmUp(client);
      return info;
    });
    ready.catch(() => {});
    this.preloaded = { client, setting, assetsBase, ready };
  }

  /**
   * Runs the model on the video's current frame, sent to the worker even while it runs another (it keeps only
   * the newest waiting frame). Resolves null for a dropped frame: a newer one replaced it, a newer one will come
   * before the model is free (no bitmap is made for it), or too many are on their way.
   */
  async analyse(video: HTMLVideoElement, t: number): Promise<PoseResult | null> {
    const client = this.client;
    if (!client) return null;
    this.stats.seen++;
    if (!client.wantsFrame(t)) {
      this.stats.dropped++;
      return null;
    }
    const pose = await client.submit(await frameBitmap(video), t);
    if (pose) {
      this.stats.processed++;
      this.stats.inferenceMs = pose.inferenceMs;
    } else {
      this.stats.dropped++;
    }
    return pose;
  }

  resetStats(): void {
    this.stats = { seen: 0, processed: 0, dropped: 0, inferenceMs: 0 };
  }

  close(): void {
    this.client?.terminate();
    this.client = null;
    this.loaded = null;
  }

  /** `signal` aborts when a newer load starts: this one must then not become the running model. */
  private async startModel(request: ModelRequest, signal: AbortSignal): Promise<LoadedModel> {
    const preload = this.takePreload(request);
    this.close();
    const ahead = preload && (await preload.ready.catch(() => null));
    if (preload && !ahead) preload.client.terminate();
    if (!ahead) this.progress = null;
    const client = ahead ? preload!.client : this.newClient();
    try {
      const { warm, ...loaded } = await this.chooseAndLoad(client, request, ahead);
      if (!warm) await this.warmUp(client);
      signal.throwIfAborted();
      this.client = client;
      this.loaded = { setting: request.setting, assetsBase: request.assetsBase };
      return loaded;
    } catch (error) {
      client.terminate();
      throw loadFailure(error);
    } finally {
      this.measuring = null;
    }
  }

  /** The preload, when it was made for the same settings as `request`; one made for others is dropped. */
  private takePreload(request: ModelRequest): Preload | null {
    const preload = this.preloaded;
    this.preloaded = null;
    if (!preload || (preload.setting === request.setting && preload.assetsBase === request.assetsBase)) return preload;
    preload.client.terminate();
    return null;
  }

  /** A client for the live coach: its engines refuse a runtime too slow to count reps (`EngineOptions.live`). */
  private newClient(): PoseClient {
    const client: PoseClient = new PoseClient(defaultWorkerFactory, {
      live: true,
      onStatus: (status) => {
        if (status.state === 'failed') return this.onClientFailed(client, status);
        if (status.state !== 'falling-back') return;
        // For the embedding page's developer: the coach goes on, on a slower engine, and this says why.
        console.warn(`Glute Coach: ${status.from} could not run the pose model (${status.reason}); using ${status.to}.`);
      },
    });
    return client;
  }

  private readonly onProgress = (progress: LoadProgress): void => {
    this.progress = progress;
    this.host.requestUpdate();
  };

  /**
   * Loads the variant asked for, or for `auto` the most accurate one this device runs fast enough. `ahead`: the
   * model the client has loaded and warmed up already (the preload).
   */
  private async chooseAndLoad(client: PoseClient, request: ModelRequest, ahead: EngineInfo | null): Promise<LoadedModel & { warm: boolean }> {
    const { assetsBase } = request;
    const variant = fixedVariant(request.setting);
    if (variant) {
      if (ahead) return { info: ahead, reason: null, warm: true };
      return { info: await client.load({ variant, assetsBase, delegate: 'auto' }, this.onProgress), reason: null, warm: false };
    }
    const onMeasuring = (measured: ModelVariant): void => {
      this.measuring = measured;
      this.host.requestUpdate();
    };
    const choice = await autoChooseModel(client, request.cameraFrames(), { assetsBase, previous: request.previousChoice, onProgress: this.onProgress, onMeasuring, loaded: ahead });
    return { info: choice.engine, reason: choice.reason, warm: choice.warm };
  }

  /**
   * The model's first frame sets up its graph: 0.7 s measured on the 2-core test machine (0.15 s after). Paid on the
   * first camera frame, that stall would break the rep in progress (the analysis drops a rep across a gap of
   * that length), so it is paid here on a blank frame, before the camera opens.
   */
  private async warmUp(client: PoseClient): Promise<void> {
    const blank = await createImageBitmap(new ImageData(WARM_UP_SIDE, WARM_UP_SIDE));
    await client.detect(blank, 0);
  }

  /**
   * The client restarted its worker and fell back as far as it could: the running model is gone for good. While
   * a model is still loading, its failure rejects the load instead (`model-load-failed`).
   */
  private onClientFailed(client: PoseClient, status: Extract<PoseClientStatus, { state: 'failed' }>): void {
    if (client !== this.client) return;
    this.close();
    this.onCrash(new CoachError('worker-crashed', `The pose model stopped: ${status.error.message}`));
  }
}
