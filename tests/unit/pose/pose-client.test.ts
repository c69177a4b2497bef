/** PoseClient's policy: engine fallback at start, worker restarts on crashes and hangs, then the other engine. */
import { describe, expect, it } from 'vitest';
import { PoseClient, type ClientLoadOptions, type PoseClientStatus } from '../../../src/pose/pose-client';
import { EngineError, type EngineFailure, type EngineOptions, type LoadOutcome } from '../../../workers/engine';
import { FakeFrame, NEVER, frame, loadedInfo, scriptedWorkers, type FakeScript } from './fake-worker';

const OPTIONS: ClientLoadOptions = { variant: 'full', assetsBase: 'http://127.0.0.1/' };
/** Short enough to keep the tests fast, long enough for a healthy fake frame (well under a millisecond). */
const TIMEOUTS = { firstMs: 100, laterMs: 100 };

const cannotStart = (engine: string): LoadOutcome => ({ ok: false, error: { code: 'runtime-load-failed', message: `${engine} could not start` } });
/** Every worker loads tfjs; MediaPipe cannot start in any. */
const mediapipeBroken: FakeScript = { load: (o: EngineOptions) => (o.engine === 'mediapipe' ? cannotStart('MediaPipe') : { ok: true, info: loadedInfo(o) }) };
const hangs: FakeScript = { detect: () => NEVER };
/** MediaPipe's failure when its .wasm is not served: the file at fault is named. */
const wasmMissing: EngineFailure = {
  code: 'runtime-load-failed',
  file: 'wasm/vision_wasm_module_internal.wasm',
  message: 'MediaPipe could not start: Could not download wasm/vision_wasm_module_internal.wasm: HTTP 404',
};
const mediapipeWasmMissing: FakeScript = { load: (o) => (o.engine === 'mediapipe' ? { ok: false, error: wasmMissing } : { ok: true, info: loadedInfo(o) }) };

function clientWith(...scripts: FakeScript[]) {
  return clientOf(scripts);
}

function clientOf(scripts: FakeScript[], options: { live?: boolean } = {}) {
  const { workers, create } = scriptedWorkers(...scripts);
  const statuses: PoseClientStatus[] = [];
  const client = new PoseClient(create, { ...options, onStatus: (s) => statuses.push(s), timeouts: TIMEOUTS });
  const states = () => statuses.map((s) => (s.state === 'falling-back' ? `falling-back:${s.to}` : 'engine' in s ? `${s.state}:${s.engine}` : s.state));
  return { client, workers, statuses, states };
}

/** A promise the test resolves when it chooses: holds a worker's load open. */
function gate<T>() {
  let open: (value: T) => void = () => {};
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describe('PoseClient: starting', () => {
  it('auto: falls back to tfjs in a fresh worker when MediaPipe cannot start', async () => {
    const { client, workers, states } = clientWith(mediapipeBroken);
    const info = await client.load(OPTIONS);
    expect(info.engine).toBe('tfjs');
    expect(client.info?.engine).toBe('tfjs');
    expect(states()).toEqual(['starting:mediapipe', 'falling-back:tfjs', 'starting:tfjs', 'ready']);
    expect(workers.map((w) => [w.loads[0]?.engine, w.terminated])).toEqual([['mediapipe', true], ['tfjs', false]]);
    expect((await client.detect(frame(), 0)).image).toHaveLength(132);
  });

  it('hands the wasm runtime a MediaPipe worker compiled to every later MediaPipe worker of the page, not to tfjs', async () => {
    const options = { ...OPTIONS, assetsBase: 'http://runtime.test/' };
    const runtime = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    const compiles: FakeScript = { load: (o) => ({ ok: true, info: loadedInfo(o), runtime }) };
    const first = clientWith(compiles);
    await first.client.load(options);
    expect(first.workers[0]!.loads[0]!.runtime).toBeUndefined();
    const later = clientWith(compiles, compiles);
    await later.client.load(options);
    await later.client.load({ ...options, engine: 'tfjs' });
    expect(later.workers[0]!.loads[0]!.runtime).toBeInstanceOf(WebAssembly.Module);
    expect(later.workers[1]!.loads[0]!.runtime).toBeUndefined();
  });

  it('auto: the falling-back status carries MediaPipe’s failure whole, the file at fault included', async () => {
    const { client, statuses } = clientWith(mediapipeWasmMissing);
    await client.load(OPTIONS);
    expect(statuses.find((s) => s.state === 'falling-back')).toEqual({ state: 'falling-back', from: 'mediapipe', to: 'tfjs', reason: wasmMissing.message, error: wasmMissing });
  });

  it('mediapipe only: the failure names the file at fault', async () => {
    const { client, statuses } = clientWith(mediapipeWasmMissing);
    const error = await rejection(client.load({ ...OPTIONS, engine: 'mediapipe' }));
    expect(error.failure).toEqual(wasmMissing);
    expect(statuses.at(-1)).toEqual({ state: 'failed', error: wasmMissing });
  });

  it('mediapipe only: fails with MediaPipe’s own error and never tries tfjs', async () => {
    const { client, workers, states } = clientWith(mediapipeBroken);
    const error = await rejection(client.load({ ...OPTIONS, engine: 'mediapipe' }));
    expect(error.failure.code).toBe('runtime-load-failed');
    expect(workers).toHaveLength(1);
    expect(states()).toEqual(['starting:mediapipe', 'failed']);
  });

  it('when both fail, reports the first engine’s error and the fallback’s', async () => {
    const { client } = clientWith({ load: (o) => cannotStart(o.engine!) });
    const error = await rejection(client.load(OPTIONS));
    expect(error.failure.code).toBe('runtime-load-failed');
    expect(error.message).toBe('mediapipe could not start; fallback: tfjs could not start');
  });

  it('a worker whose script fails to load counts as an engine that cannot start', async () => {
    const { workers, create } = scriptedWorkers({ load: () => NEVER }, {});
    const client = new PoseClient(() => {
      const worker = create();
      if (workers.length === 1) queueMicrotask(() => workers[0]!.crash('404'));
      return worker;
    });
    expect((await client.load(OPTIONS)).engine).toBe('tfjs');
  });

  it('passes the other options through to the engine', async () => {
    const { client, workers } = clientWith({});
    await client.load({ ...OPTIONS, engine: 'tfjs', tfjsBackend: 'wasm', delegate: 'CPU' });
    expect(workers[0]!.loads[0]).toEqual({ ...OPTIONS, engine: 'tfjs', tfjsBackend: 'wasm', delegate: 'CPU' });
  });
});

describe('PoseClient: a live client', () => {
  it('tells every engine it starts that its frames are live: the first, the fallback and each restart', async () => {
    const { client, workers } = clientOf([hangs, hangs, {}], { live: true });
    await client.load(OPTIONS);
    await client.detect(frame(), 0);
    await client.detect(frame(), 33);
    expect(client.info?.engine).toBe('tfjs');
    expect(workers.flatMap((w) => w.loads.map((o) => `${o.engine}:${o.live}`))).toEqual(['mediapipe:true', 'mediapipe:true', 'tfjs:true']);
  });

  it('when the fallback refuses too, fails naming MediaPipe’s file, with both reasons', async () => {
    const refuses: LoadOutcome = { ok: false, error: { code: 'runtime-load-failed', message: 'TensorFlow.js could not start: too slow to coach live' } };
    const { client } = clientOf([{ load: (o) => (o.engine === 'mediapipe' ? { ok: false, error: wasmMissing } : refuses) }], { live: true });
    const error = await rejection(client.load(OPTIONS));
    expect(error.failure).toEqual({ ...wasmMissing, message: `${wasmMissing.message}; fallback: TensorFlow.js could not start: too slow to coach live` });
  });

  it('a client that is not live does not say so (the clip analyser may use any backend)', async () => {
    const { client, workers } = clientWith({});
    await client.load(OPTIONS);
    expect(workers[0]!.loads[0]).not.toHaveProperty('live');
  });
});

describe('PoseClient: a worker that fails while running', () => {
  it('restarts after an error event; the lost frame reads as nobody found, the next is analysed', async () => {
    const { client, workers, states } = clientWith(hangs, {});
    await client.load(OPTIONS);
    const pending = client.detect(frame(), 40);
    workers[0]!.crash('out of memory');
    expect(await pending).toEqual({ t: 40, width: 64, height: 48, image: null, world: null, inferenceMs: 0 });
    expect(states().slice(2)).toEqual(['restarting:mediapipe', 'starting:mediapipe', 'ready']);
    expect(workers[0]!.terminated).toBe(true);
    expect((await client.detect(frame(), 80)).image).toHaveLength(132);
  });

  it('restarts a worker that stops answering, then moves to tfjs when MediaPipe hangs again', async () => {
    const { client, workers, states, statuses } = clientWith(hangs, hangs, {});
    await client.load(OPTIONS);
    expect((await client.detect(frame(), 0)).image).toBeNull();
    expect((await client.detect(frame(), 33)).image).toBeNull();
    expect((await client.detect(frame(), 66)).image).toHaveLength(132);
    expect(states().slice(2)).toEqual(['restarting:mediapipe', 'starting:mediapipe', 'ready', 'falling-back:tfjs', 'starting:tfjs', 'ready']);
    expect(statuses.find((s) => s.state === 'restarting')).toMatchObject({ reason: 'The pose worker did not answer within 0.1 s' });
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false]);
    expect(client.info?.engine).toBe('tfjs');
  });

  it('treats a frame the model throws on as a failure of the worker', async () => {
    const { client, states } = clientWith({ detect: () => Promise.reject(new Error('memory access out of bounds')) }, {});
    await client.load(OPTIONS);
    expect((await client.detect(frame(), 0)).image).toBeNull();
    expect(states()).toContain('restarting:mediapipe');
  });

  it('with no engine left, fails with worker-crashed and refuses later frames', async () => {
    const { client, states } = clientWith(hangs);
    await client.load({ ...OPTIONS, engine: 'tfjs' });
    expect((await client.detect(frame(), 0)).image).toBeNull();
    expect((await rejection(client.detect(frame(), 33))).failure.code).toBe('worker-crashed');
    expect(states().at(-1)).toBe('failed');
    const later = new FakeFrame();
    expect((await rejection(client.detect(later as unknown as ImageBitmap, 66))).failure.code).toBe('inference-failed');
    expect(later.closed).toBe(true);
  });

  it('drops live frames while it restarts', async () => {
    const reload = gate<LoadOutcome>();
    const { client, workers } = clientWith({}, { load: () => reload.promise });
    await client.load(OPTIONS);
    workers[0]!.crash('lost context');
    await expect.poll(() => workers[1]?.loads.length).toBe(1);
    expect(client.busy).toBe(true);
    const dropped = new FakeFrame();
    expect(await client.submit(dropped as unknown as ImageBitmap, 0)).toBeNull();
    expect(dropped.closed).toBe(true);
    expect(client.droppedFrames).toBe(1);
    // detect() waits for the new worker instead.
    const waiting = client.detect(frame(), 33);
    reload.open({ ok: true, info: loadedInfo({ ...OPTIONS, engine: 'mediapipe' }) });
    expect((await waiting).image).toHaveLength(132);
    expect(client.busy).toBe(false);
  });

  it('stops restarting once terminated', async () => {
    const reload = gate<LoadOutcome>();
    const { client, workers } = clientWith({}, { load: () => reload.promise });
    await client.load(OPTIONS);
    workers[0]!.crash('gone');
    await expect.poll(() => workers[1]?.loads.length).toBe(1);
    client.terminate();
    reload.open({ ok: true, info: loadedInfo({ ...OPTIONS, engine: 'mediapipe' }) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
