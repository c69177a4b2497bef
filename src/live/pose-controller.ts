/**
 * The pose model as a reactive controller: loads it in the worker (a @lit/task, so the element renders
 * loading, progress and failure from one state), then turns video frames into PoseResults, dropping frames
 * while the model is busy. Counts frames seen, processed and dropped for the embedding page and the tests.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EngineInfo, LoadProgress, ModelVariant, PoseResult } from '../../workers/engine';
import { PoseClient, type WorkerFactory } from '../pose/pose-client';
import { CoachError } from './errors';
import { tooSlowForLive } from './live-engine';

export interface FrameStats {
  /** Camera frames offered to the model. */
  seen: number;
  /** Frames the model ran on. */
  processed: number;
  /** Frames skipped because the model was still busy with an earlier one: the live path never queues. */
  dropped: number;
  /** Model time of the latest frame, ms. */
  inferenceMs: number;
}

type LoadArgs = readonly [variant: ModelVariant, assetsBase: string];

/** The model sees 256x256; a smaller bitmap is cheaper to copy to the worker and to scale there. */
const MAX_BITMAP_SIDE = 640;
/** The model's own input size: the cheapest frame that still runs its whole graph. */
const WARM_UP_SIDE = 256;
/** A frame that takes this long means the worker died or hung (a healthy CPU frame takes well under 1 s). */
const FRAME_TIMEOUT_MS = 15_000;

function bitmapSize(video: HTMLVideoElement): { resizeWidth: number; resizeHeight: number } {
  const scale = Math.min(1, MAX_BITMAP_SIDE / Math.max(video.videoWidth, video.videoHeight));
  return { resizeWidth: Math.round(video.videoWidth * scale), resizeHeight: Math.round(video.videoHeight * scale) };
}

/** Whatever stopped the model from loading (a missing file, a worker that would not start) is `model-load-failed`. */
function loadFailure(error: unknown): CoachError {
  // load() passes on what startModel already turned into a CoachError: say it once.
  if (error instanceof CoachError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CoachError('model-load-failed', `The pose model could not be loaded: ${message}`);
}

export class PoseController implements ReactiveController {
  readonly loading: Task<LoadArgs, EngineInfo>;
  progress: LoadProgress | null = null;
  stats: FrameStats = { seen: 0, processed: 0, dropped: 0, inferenceMs: 0 };

  private client: PoseClient | null = null;
  /** What the running model was loaded with, so starting again with the same settings reuses it. */
  private loaded: LoadArgs | null = null;
  /** Rejects when the worker reports an uncaught error; replaced for every worker. */
  private workerFailed: Promise<never> = new Promise<never>(() => {});

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly createWorker: WorkerFactory,
    private readonly onCrash: (error: CoachError) => void,
  ) {
    host.addController(this);
    this.loading = new Task<LoadArgs, EngineInfo>(host, {
      autoRun: false,
      task: ([variant, assetsBase]) => this.startModel(variant, assetsBase),
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.close();
  }

  get ready(): boolean {
    return this.client !== null && this.loading.status === TaskStatus.COMPLETE;
  }

  /** Loads the model (again only when the variant or assets changed) and resolves with what runs it. */
  async load(variant: ModelVariant, assetsBase: string): Promise<EngineInfo> {
    const unchanged = this.ready && this.loaded?.[0] === variant && this.loaded[1] === assetsBase;
    if (!unchanged) await this.loading.run([variant, assetsBase]);
    if (this.loading.status === TaskStatus.ERROR) throw loadFailure(this.loading.error);
    return this.loading.value!;
  }

  /** Runs the model on the video's current frame, or resolves null when the model is busy (frame dropped). */
  async analyse(video: HTMLVideoElement, t: number): Promise<PoseResult | null> {
    const client = this.client;
    if (!client) return null;
    this.stats.seen++;
    if (client.busy) {
      this.stats.dropped++;
      return null;
    }
    const bitmap = await createImageBitmap(video, { ...bitmapSize(video), resizeQuality: 'low' });
    const pose = await this.withinTimeout(client.submit(bitmap, t));
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

  private async startModel(variant: ModelVariant, assetsBase: string): Promise<EngineInfo> {
    this.close();
    this.progress = null;
    // Why an engine was passed over, for the message when the one that did start cannot coach live.
    const passedOver: string[] = [];
    const client = new PoseClient(() => this.watchedWorker(), { onStatus: (status) => status.state === 'falling-back' && passedOver.push(status.reason) });
    const onProgress = (progress: LoadProgress): void => {
      this.progress = progress;
      this.host.requestUpdate();
    };
    try {
      const info = await Promise.race([client.load({ variant, assetsBase, delegate: 'auto' }, onProgress), this.workerFailed]);
      const tooSlow = tooSlowForLive(info);
      if (tooSlow) throw new Error([...passedOver, tooSlow].join('; '));
      await this.warmUp(client);
      this.client = client;
      this.loaded = [variant, assetsBase];
      return info;
    } catch (error) {
      client.terminate();
      throw loadFailure(error);
    }
  }

  /**
   * The model's first frame sets up its graph: 0.7 s measured on the 2-core test machine (0.15 s after). Paid on the
   * first camera frame, that stall would break the rep in progress (the analysis drops a rep across a gap of
   * that length), so it is paid here on a blank frame, before the camera opens.
   */
  private async warmUp(client: PoseClient): Promise<void> {
    const blank = await createImageBitmap(new ImageData(WARM_UP_SIDE, WARM_UP_SIDE));
    await Promise.race([client.detect(blank, 0), this.workerFailed]);
  }

  /** A worker whose uncaught errors end the session with `worker-crashed` instead of hanging a pending call. */
  private watchedWorker(): Worker {
    const worker = this.createWorker();
    this.workerFailed = new Promise<never>((_resolve, reject) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const error = new CoachError('worker-crashed', `The pose worker stopped: ${event.message || 'it could not start'}.`);
        reject(error);
        if (this.client) this.crash(error);
      });
    });
    this.workerFailed.catch(() => {});
    return worker;
  }

  private withinTimeout<T>(work: Promise<T>): Promise<T> {
    let timer = 0;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = window.setTimeout(() => reject(new CoachError('worker-crashed', 'The pose worker stopped answering.')), FRAME_TIMEOUT_MS);
    });
    return Promise.race([work, timeout, this.workerFailed]).finally(() => clearTimeout(timer));
  }

  private crash(error: CoachError): void {
    this.close();
    this.onCrash(error);
  }
}
