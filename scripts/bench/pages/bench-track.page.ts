/**
 * Benchmark page for the camera read in the worker, beside our live loop (bench-live): the camera's track goes
 * into a `MediaStreamTrackProcessor` here, its readable is transferred to a worker (track.worker.ts) that reads
 * `VideoFrame`s and runs the real MediaPipe engine on them, and the poses come back to the same analysis. No frame
 * callback and no bitmap on the main thread; the video is still shown, as the element shows it. Capture to result
 * is timed from each frame's own capture time (`VideoFrame.timestamp`), put on the page's clock by matching it
 * with `requestVideoFrameCallback`'s `captureTime` for the same frames.
 * Query: ?model=lite|full|heavy&delegate=auto|CPU|GPU&input=videoframe|bitmap.
 */
import * as Comlink from 'comlink';
import { createAnalyzer } from '../../../src/analysis';
import type { DelegateChoice, ModelVariant } from '../../../workers/engine';
import { BenchRecorder, type BenchEngine } from './bench-probe';
import type { TrackInput, TrackResult, TrackWorkerApi } from './track.worker';

type FrameMetadata = { captureTime?: number };
type FrameVideo = HTMLVideoElement & { requestVideoFrameCallback(callback: (now: number, metadata: FrameMetadata) => void): number };
declare class MediaStreamTrackProcessor {
  constructor(init: { track: MediaStreamTrack; maxBufferSize?: number });
  readonly readable: ReadableStream<VideoFrame>;
}

const params = new URLSearchParams(location.search);
const variant = (params.get('model') ?? 'lite') as ModelVariant;
const delegate = (params.get('delegate') ?? 'auto') as DelegateChoice;
/** `bitmap` (the default): the worker turns each VideoFrame into an ImageBitmap before the model; `videoframe` does not. */
const input = (params.get('input') ?? 'bitmap') as TrackInput;
const video = document.querySelector('video') as FrameVideo;
const recorder = new BenchRecorder();
const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
const worker = Comlink.wrap<TrackWorkerApi>(new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module' }));
/** Frames read to put the camera's clock on the page's. */
const CLOCK_FRAMES = 20;
/** A frame read on the page within this of its callback's `captureTime` is the same frame (frames are 33 ms apart). */
const SAME_FRAME_MS = 12;

/**
 * The camera clock's offset from the page's (`VideoFrame.timestamp` counts from the machine's start). Frames are
 * read here from a second processor for a moment: a read comes a few ms after the capture, which places each
 * frame's timestamp on the page's clock to within those ms, and the frame callback's exact `captureTime` for the
 * same frame then gives the offset to the microsecond.
 */
async function clockOffset(track: MediaStreamTrack): Promise<number> {
  const captures = pageCaptureTimes(CLOCK_FRAMES);
  const probe = track.clone();
  const reader = new MediaStreamTrackProcessor({ track: probe, maxBufferSize: 1 }).readable.getReader();
  const reads: { timestampMs: number; readAt: number }[] = [];
  while (reads.length < CLOCK_FRAMES) {
    const { value: frame } = await reader.read();
    if (!frame) break;
    reads.push({ timestampMs: frame.timestamp / 1000, readAt: performance.now() });
    frame.close();
  }
  void reader.cancel();
  probe.stop();
  const pageTimes = await captures;
  const offsets = reads.flatMap(({ timestampMs, readAt }) => {
    const rough = timestampMs - readAt;
    const same = pageTimes.find((capture) => Math.abs(timestampMs - rough - capture) < SAME_FRAME_MS);
    return same === undefined ? [] : [timestampMs - same];
  });
  if (offsets.length === 0) throw new Error('the camera clock could not be matched to the page clock');
  return offsets.sort((a, b) => a - b)[offsets.length >> 1]!;
}

function pageCaptureTimes(count: number): Promise<number[]> {
  const times: number[] = [];
  return new Promise((resolve) => {
    const onFrame = (_now: number, metadata: FrameMetadata) => {
      if (metadata.captureTime !== undefined) times.push(metadata.captureTime);
      if (times.length < count) video.requestVideoFrameCallback(onFrame);
      else resolve(times);
    };
    video.requestVideoFrameCallback(onFrame);
  });
}

async function openCamera(): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
  });
  video.srcObject = stream;
  await video.play();
  recorder.mark('camera playing');
  return stream.getVideoTracks()[0]!;
}

async function start(): Promise<BenchEngine> {
  recorder.mark('page script running');
  const [info, track] = await Promise.all([worker.load({ variant, delegate, assetsBase: new URL('/', location.href).href }), openCamera()]);
  recorder.mark('model loaded');
  const offset = await clockOffset(track);
  let firstResult: () => void = () => {};
  const running = new Promise<void>((resolve) => (firstResult = resolve));
  const onResult = ({ pose, captureMs, arrivedAt }: TrackResult) => {
    analyzer.push(pose);
    const done = performance.now();
    const capturedAt = captureMs - offset;
    const arrived = arrivedAt - performance.timeOrigin;
    recorder.result(pose.image !== null, {
      frameMs: done - arrived,
      inferenceMs: pose.inferenceMs,
      captureToResultMs: done - capturedAt,
      deliveryMs: arrived - capturedAt,
      captureClock: 'captureTime',
    });
    firstResult();
  };
  const { readable } = new MediaStreamTrackProcessor({ track: track.clone(), maxBufferSize: 1 });
  await worker.run(Comlink.transfer(readable, [readable as unknown as Transferable]), input, Comlink.proxy(onResult));
  await running;
  return { variant: info.variant, delegate: info.delegate };
}

recorder.expose(start());
