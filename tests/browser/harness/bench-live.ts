/**
 * Benchmark page for our live path, the same steps as <glute-coach>: camera -> requestVideoFrameCallback ->
 * createImageBitmap (at most 640 px a side) -> PoseClient.submit (frames that arrive while the worker is busy
 * are dropped, never queued) -> analysis. It starts by itself, so the time to the first pose counts from the
 * navigation. Query: ?model=lite|full|heavy&delegate=auto|CPU|GPU&frames=drop|latest.
 *
 * frames=drop (default) is what the app does: after a result, the worker waits for the next camera frame.
 * frames=latest is a proposal measured beside it: when frames arrived while the worker was busy, the newest
 * of them is run as soon as the worker is free (still one frame in flight and none queued), trading up to one
 * frame interval of latency for not leaving the worker idle until the next frame.
 */
import { createAnalyzer } from '../../../src/analysis';
import { PoseClient } from '../../../src/pose/pose-client';
import type { DelegateChoice, ModelVariant } from '../../../workers/engine';
import { BenchRecorder, type BenchEngine } from './bench-probe';

type FrameMetadata = { captureTime?: number; expectedDisplayTime: number };
type FrameVideo = HTMLVideoElement & { requestVideoFrameCallback(callback: (now: number, metadata: FrameMetadata) => void): number };

/** As <glute-coach>: the model sees 256x256, so a bigger bitmap only costs copying and scaling. */
const MAX_BITMAP_SIDE = 640;

const params = new URLSearchParams(location.search);
const variant = (params.get('model') ?? 'lite') as ModelVariant;
const delegate = (params.get('delegate') ?? 'auto') as DelegateChoice;
const runLatestWhenFree = params.get('frames') === 'latest';
const video = document.querySelector('video') as FrameVideo;
const recorder = new BenchRecorder();
const client = new PoseClient();
const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
/** Called at every result; start() sets it to settle `ready` at the first one, after which it does nothing. */
let onResult: () => void = () => {};
/** frames=latest: the newest frame that arrived while the worker was busy, waiting for it to be free. */
let waiting: { now: number; metadata: FrameMetadata } | null = null;

function bitmapOptions(): ImageBitmapOptions {
  const scale = Math.min(1, MAX_BITMAP_SIDE / Math.max(video.videoWidth, video.videoHeight));
  return { resizeWidth: Math.round(video.videoWidth * scale), resizeHeight: Math.round(video.videoHeight * scale), resizeQuality: 'low' };
}

/** The camera's own capture time where the browser gives one, else the time the frame was due on screen. */
function captureStamp(metadata: FrameMetadata) {
  return metadata.captureTime !== undefined
    ? { at: metadata.captureTime, clock: 'captureTime' as const }
    : { at: metadata.expectedDisplayTime, clock: 'expectedDisplayTime' as const };
}

function onFrame(now: number, metadata: FrameMetadata): void {
  video.requestVideoFrameCallback(onFrame);
  if (!client.busy) return void analyse(now, metadata);
  // A frame that is never run counts as dropped: with frames=latest, the one it replaces.
  if (!runLatestWhenFree || waiting) recorder.dropped();
  if (runLatestWhenFree) waiting = { now, metadata };
}

async function analyse(now: number, metadata: FrameMetadata): Promise<void> {
  const capture = captureStamp(metadata);
  const called = performance.now();
  const pose = await client.submit(await createImageBitmap(video, bitmapOptions()), Math.round(now));
  if (!pose) return recorder.dropped();
  analyzer.push(pose);
  const done = performance.now();
  recorder.result(pose.image !== null, {
    frameMs: done - called,
    inferenceMs: pose.inferenceMs,
    captureToResultMs: done - capture.at,
    deliveryMs: called - capture.at,
    captureClock: capture.clock,
  });
  onResult();
  if (waiting) {
    const next = waiting;
    waiting = null;
    void analyse(next.now, next.metadata);
  }
}

async function start(): Promise<BenchEngine> {
  recorder.mark('page script running');
  const info = await client.load({ variant, delegate, assetsBase: new URL('/', location.href).href });
  recorder.mark('model loaded');
  video.srcObject = await navigator.mediaDevices.getUserMedia({
    video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
  });
  await video.play();
  recorder.mark('camera playing');
  await new Promise<void>((resolve) => {
    onResult = () => {
      recorder.mark('first result');
      onResult = () => {};
      resolve();
    };
    video.requestVideoFrameCallback(onFrame);
  });
  return { variant: info.variant, delegate: info.delegate };
}

recorder.expose(start());
