/**
 * Benchmark page for our live path, the same steps as <glute-coach>: camera -> requestVideoFrameCallback ->
 * frameBitmap (the element's own, at most 640 px a side) -> PoseClient.submit -> analysis. Every frame goes to
 * the worker as it comes; the worker runs one and keeps only the newest waiting (the others come back null,
 * dropped), so none queues. It starts by itself, so the time to the first pose counts from the navigation.
 * Query: ?model=lite|full|heavy&delegate=auto|CPU|GPU.
 */
import { createAnalyzer } from '../../../src/analysis';
import { frameBitmap } from '../../../src/live/camera-frames';
import { PoseClient } from '../../../src/pose/pose-client';
import type { DelegateChoice, ModelVariant } from '../../../workers/engine';
import { BenchRecorder, type BenchEngine } from './bench-probe';

type FrameMetadata = { captureTime?: number; expectedDisplayTime: number };
type FrameVideo = HTMLVideoElement & { requestVideoFrameCallback(callback: (now: number, metadata: FrameMetadata) => void): number };

const params = new URLSearchParams(location.search);
const variant = (params.get('model') ?? 'lite') as ModelVariant;
const delegate = (params.get('delegate') ?? 'auto') as DelegateChoice;
const video = document.querySelector('video') as FrameVideo;
const recorder = new BenchRecorder();
const client = new PoseClient();
const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
/** Called at every result; start() sets it to settle `ready` at the first one, after which it does nothing. */
let onResult: () => void = () => {};

/** The camera's own capture time where the browser gives one, else the time the frame was due on screen. */
function captureStamp(metadata: FrameMetadata) {
  return metadata.captureTime !== undefined
    ? { at: metadata.captureTime, clock: 'captureTime' as const }
    : { at: metadata.expectedDisplayTime, clock: 'expectedDisplayTime' as const };
}

function onFrame(now: number, metadata: FrameMetadata): void {
  video.requestVideoFrameCallback(onFrame);
  if (!client.wantsFrame(now)) return recorder.dropped();
  void analyse(now, metadata);
}

async function analyse(now: number, metadata: FrameMetadata): Promise<void> {
  recorder.markFirst('first frame sent');
  const capture = captureStamp(metadata);
  const called = performance.now();
  const pose = await client.submit(await frameBitmap(video), Math.round(now));
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
}

async function loadModel() {
  const info = await client.load({ variant, delegate, assetsBase: new URL('/', location.href).href });
  recorder.mark('model loaded');
  recorder.markSteps(info.steps);
  return info;
}

async function openCamera(): Promise<void> {
  video.srcObject = await navigator.mediaDevices.getUserMedia({
    video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
  });
  await video.play();
  recorder.mark('camera playing');
}

async function start(): Promise<BenchEngine> {
  recorder.mark('page script running');
  // As the element: the camera opens while the model loads.
  const [info] = await Promise.all([loadModel(), openCamera()]);
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
