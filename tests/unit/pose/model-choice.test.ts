import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoChooseModel, chooseModel, FIRST_TIMED, FULL_LIMITS, TIMED_FRAMES, WARMUP_FRAMES, type Medians } from '../../../src/pose/model-choice';
import type { PoseClient } from '../../../src/pose/pose-client';
import type { EngineOptions, ModelVariant } from '../../../workers/engine';

describe('chooseModel', () => {
  it('falls back to lite when full cannot give the analysis its frames, and says so with the numbers', () => {
    const choice = chooseModel({ full: 90 });
    expect(choice.variant).toBe('lite');
    expect(choice.reason).toMatch(/^lite: full took 90 ms a frame, more than the 67 ms allowed \(the analysis needs 10 frames a second/);
  });

  it('picks full where it analyses fewer frames than the camera gives but enough (a 2-core laptop: ~22 a second)', () => {
    expect(chooseModel({ full: 45 })).toMatchObject({ variant: 'full' });
    expect(chooseModel({ full: 45 }).reason).toMatch(/^full: it took 45 ms a frame \(22 frames a second\), within the 67 ms allowed/);
  });

  it('never picks heavy, however fast the device: on the labelled clips it reads faults less well than full', () => {
    const choice = chooseModel({ full: 9, heavy: 25 });
    expect(choice.variant).toBe('full');
    expect(choice.reason).toContain('heavy is not chosen automatically');
  });

  it('keeps last time\'s model within the looser limit, but moves up or down only across the strict one', () => {
    const justSlow: Medians = { full: 72 };
    expect(chooseModel(justSlow).variant).toBe('lite');
    expect(chooseModel(justSlow, 'full').variant).toBe('full');
    expect(chooseModel(justSlow, 'full').reason).toContain('allowed for keeping the model chosen last time');
    expect(chooseModel(justSlow, 'lite').variant).toBe('lite');
    expect(chooseModel({ full: FULL_LIMITS.stayMs + 1 }, 'full').variant).toBe('lite');
  });

  it('treats the limits as inclusive', () => {
    expect(chooseModel({ full: FULL_LIMITS.enterMs }).variant).toBe('full');
  });

  it('needs full measured', () => {
    expect(() => chooseModel({ heavy: 10 })).toThrow(/full/);
  });
});

describe('autoChooseModel', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A PoseClient stand-in whose model takes `frameMs(variant, index since load)` per frame on a fake clock. */
  function fakeClient(frameMs: (variant: ModelVariant, index: number) => number) {
    let clock = 0;
    let variant: ModelVariant = 'full';
    let index = 0;
    let detectCalls = 0;
    const loads: ModelVariant[] = [];
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.stubGlobal('createImageBitmap', async () => ({}) as ImageBitmap);
    const client = {
      async load(options: EngineOptions) {
        variant = options.variant;
        index = 0;
        loads.push(variant);
        return { engine: 'mediapipe', variant, delegate: 'CPU', loadMs: 0 };
      },
      async detect() {
        detectCalls++;
        clock += frameMs(variant, index++);
        const landmarks = new Float32Array(33 * 4);
        return { t: 0, width: 1, height: 1, image: landmarks, world: landmarks, inferenceMs: 0 };
      },
    };
    return { client: client as unknown as PoseClient, loads, detectCalls: () => detectCalls };
  }

  const steady = (ms: Record<ModelVariant, number>) => (variant: ModelVariant) => ms[variant];

  const frames = [{} as ImageBitmap];

  it('times full, falls back to lite on a slow device and leaves lite loaded', async () => {
    const { client, loads } = fakeClient(steady({ lite: 50, full: 90, heavy: 300 }));
    const choice = await autoChooseModel(client, frames, { assetsBase: 'http://app.test/' });
    expect(choice).toMatchObject({ variant: 'lite', medians: { full: 90 }, engine: { variant: 'lite' }, warm: false });
    expect(loads).toEqual(['full', 'lite']);
  });

  it('times full alone on a fast device and keeps it loaded, warm', async () => {
    const { client, loads } = fakeClient(steady({ lite: 3, full: 8, heavy: 20 }));
    const choice = await autoChooseModel(client, frames, { assetsBase: 'http://app.test/' });
    expect(choice).toMatchObject({ variant: 'full', medians: { full: 8 }, engine: { variant: 'full' }, warm: true });
    expect(loads).toEqual(['full']);
  });

  it('times the model loaded ahead of the start (FIRST_TIMED) without loading it again', async () => {
    const { client, loads } = fakeClient(steady({ lite: 5, full: 10, heavy: 20 }));
    const ahead = { engine: 'mediapipe', variant: FIRST_TIMED, delegate: 'CPU', loadMs: 0 } as const;
    const choice = await autoChooseModel(client, frames, { assetsBase: 'http://app.test/', loaded: ahead });
    expect(FIRST_TIMED).toBe('full');
    expect(choice).toMatchObject({ variant: 'full', medians: { full: 10 }, warm: true });
    expect(loads).toEqual([]);
  });

  it('loads full while the camera frames are still on their way, then times it on them', async () => {
    const { client, loads, detectCalls } = fakeClient(steady({ lite: 50, full: 90, heavy: 300 }));
    let deliverFrames: (frames: ImageBitmap[]) => void = () => {};
    const cameraFrames = new Promise<ImageBitmap[]>((resolve) => (deliverFrames = resolve));
    const measured: ModelVariant[] = [];
    const choosing = autoChooseModel(client, cameraFrames, { assetsBase: 'http://app.test/', onMeasuring: (variant) => measured.push(variant) });
    await vi.waitFor(() => expect(loads).toEqual(['full']));
    expect(detectCalls()).toBe(0);
    deliverFrames(frames);
    expect((await choosing).variant).toBe('lite');
    expect(measured).toEqual(['full']);
  });

  it('fails with the camera when the frames never come', async () => {
    const { client } = fakeClient(steady({ lite: 5, full: 40, heavy: 100 }));
    const noCamera = Promise.reject(new Error('camera denied'));
    await expect(autoChooseModel(client, noCamera, { assetsBase: 'http://app.test/' })).rejects.toThrow('camera denied');
  });

  it('leaves out the warm-up frames', async () => {
    // The first frames of a fresh model are slow (graph set-up): 500 ms, which must not reach the median.
    const { client, detectCalls } = fakeClient((_variant, index) => (index < WARMUP_FRAMES ? 500 : 40));
    const choice = await autoChooseModel(client, frames, { assetsBase: 'http://app.test/' });
    expect(choice.medians.full).toBe(40);
    // full is timed and kept: nothing else runs.
    expect(detectCalls()).toBe(WARMUP_FRAMES + TIMED_FRAMES);
  });

  it('needs a frame to time', async () => {
    const { client } = fakeClient(steady({ lite: 5, full: 40, heavy: 100 }));
    await expect(autoChooseModel(client, [], { assetsBase: 'http://app.test/' })).rejects.toThrow(/frame/);
  });
});
