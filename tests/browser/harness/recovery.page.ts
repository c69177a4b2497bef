/**
 * Test page for PoseClient's recovery: a real pose worker that the test can kill mid-stream (as a browser does
 * to a worker that runs out of memory), with every status the client reports kept for the test to read.
 */
import { PoseClient, type EnginePreference, type PoseClientStatus } from '../../../src/pose/pose-client';
import { defaultWorkerFactory } from '../../../src/pose/worker-factory';
import type { EngineError, EngineFailure, EngineInfo } from '../../../workers/engine';

export interface RecoveryFrame {
  found: boolean;
  engine: string | null;
}

const workers: Worker[] = [];
const statuses: PoseClientStatus[] = [];
let client: PoseClient | null = null;

/** `laterMs`: how long a frame may take before the worker counts as hung (a killed worker never answers). */
function load(engine: EnginePreference, laterMs: number): Promise<EngineInfo> {
  client?.terminate();
  const createWorker = () => {
    const worker = defaultWorkerFactory();
    workers.push(worker);
    return worker;
  };
  client = new PoseClient(createWorker, { onStatus: (status) => statuses.push(status), timeouts: { laterMs } });
  return client.load({ variant: 'lite', engine, delegate: 'CPU', assetsBase: new URL('/', location.href).href });
}

/** Loads as `load` does; resolves with the failure it rejected with, as plain data, or null when it loaded. */
function loadFailure(engine: EnginePreference, laterMs: number): Promise<EngineFailure | null> {
  return load(engine, laterMs).then(
    () => null,
    (error: EngineError) => error.failure,
  );
}

/** Runs one frame, stamped with the page's clock as a camera frame is (MediaPipe needs well under 2^31 ms). */
async function detect(url: string): Promise<RecoveryFrame> {
  if (!client) throw new Error('load() first');
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const pose = await client.detect(bitmap, performance.now());
  return { found: pose.image !== null, engine: client.info?.engine ?? null };
}

/** Terminates the worker in use, behind the client's back. */
function killWorker(): void {
  workers.at(-1)?.terminate();
}

/** The statuses so far, as short strings: "restarting:mediapipe", "falling-back:tfjs", "ready:tfjs"... */
function statusLog(): string[] {
  return statuses.map((s) => {
    if (s.state === 'ready') return `ready:${s.info.engine}`;
    if (s.state === 'falling-back') return `falling-back:${s.to}`;
    if (s.state === 'failed') return `failed:${s.error.code}`;
    return `${s.state}:${s.engine}`;
  });
}

/** The failure each engine passed over gave (a falling-back status's `error`), in order. */
function fallbackFailures(): EngineFailure[] {
  return statuses.flatMap((s) => (s.state === 'falling-back' ? [s.error] : []));
}

const recoveryHarness = { load, loadFailure, detect, killWorker, statusLog, fallbackFailures, workerCount: () => workers.length };
export type RecoveryHarness = typeof recoveryHarness;
Object.assign(window, { recoveryHarness });
