/**
 * A stand-in for the pose worker that speaks the real Comlink protocol over a MessageChannel, so PoseClient's
 * restart and fallback policy can be tested in Node, fast and deterministically. Each fake worker follows a
 * script: how its load and its frames go (succeed, fail, hang), and it can raise an `error` event on demand.
 */
import * as Comlink from 'comlink';
import type { EngineInfo, EngineOptions, LoadOutcome, PoseResult } from '../../../workers/engine';

export interface FakeScript {
  /** What load answers; the default loads whichever engine was asked for. */
  load?: (options: EngineOptions) => LoadOutcome | Promise<LoadOutcome>;
  /** What a frame gets; the default is a complete pose. */
  detect?: (t: number) => PoseResult | Promise<PoseResult>;
}

export const NEVER = new Promise<never>(() => {});

export function loadedInfo(options: EngineOptions): EngineInfo {
  return { engine: options.engine ?? 'mediapipe', variant: options.variant, delegate: 'CPU', loadMs: 1 };
}

export function pose(t: number): PoseResult {
  return { t, width: 64, height: 48, image: new Float32Array(132).fill(0.5), world: new Float32Array(132), inferenceMs: 2 };
}

/** What the client hands the worker: structured cloning keeps the size and drops `close` (on the prototype). */
export class FakeFrame {
  closed = false;
  constructor(
    readonly width = 64,
    readonly height = 48,
  ) {}

  close(): void {
    this.closed = true;
  }
}

export const frame = () => new FakeFrame() as unknown as ImageBitmap;

export class FakeWorker extends EventTarget {
  readonly loads: EngineOptions[] = [];
  terminated = false;
  private readonly port: MessagePort;

  constructor(script: FakeScript) {
    super();
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(
      {
        load: async (options: EngineOptions): Promise<LoadOutcome> => {
          this.loads.push(options);
          return script.load ? script.load(options) : { ok: true, info: loadedInfo(options) };
        },
        detect: async (_frame: unknown, t: number) => (script.detect ? script.detect(t) : pose(t)),
        // The fake runs every frame at once, so none is ever waiting to be replaced.
        detectLatest: async (_frame: unknown, t: number) => (script.detect ? script.detect(t) : pose(t)),
        close: () => {},
      },
      port2,
    );
    port1.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data })));
    port1.start();
    this.port = port1;
  }

  /** Only Comlink's own ports can cross a MessageChannel; a fake frame goes as a structured clone. */
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.port.postMessage(message, transfer.filter((item) => item instanceof MessagePort));
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
  }

  /** What the browser does when a worker throws outside any call, or its script fails to load. */
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

/** A worker factory that runs the scripts in turn (the last one repeats) and keeps every worker it made. */
export function scriptedWorkers(...scripts: FakeScript[]) {
  const workers: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker(scripts[Math.min(workers.length, scripts.length - 1)] ?? {});
    workers.push(worker);
    return worker as unknown as Worker;
  };
  return { workers, create };
}
