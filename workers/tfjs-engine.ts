/**
 * BlazePose on TensorFlow.js (`@tensorflow-models/pose-detection`, runtime 'tfjs') behind the PoseEngine
 * interface: the fallback for devices where MediaPipe's runtime fails. The worker imports this module only when
 * the tfjs engine is asked for, so TensorFlow.js is a chunk of its own, never part of the app's first load.
 *
 * Same graphs as MediaPipe (the person detector, then lite/full/heavy landmarks on the tracked region), converted
 * to tfjs graph models; the results are turned into exactly MediaPipe's format (see packPose).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createDetector, SupportedModels, type Keypoint, type Pose, type PoseDetector } from '@tensorflow-models/pose-detection';
import { errorMessage } from '../src/util/error-message';
import {
  EngineError,
  type EngineInfo,
  type EngineOptions,
  type LoadProgress,
  type PoseEngine,
  type PoseResult,
  type TfjsBackend,
} from './engine';
import { hasHardwareWebgl } from './gpu';
import { packLandmarks } from './landmarks';
import { fetchVerifiedModel, servedTfjsModels, type ServedGraph } from './model-files';
import { StreamClock } from './stream-clock';

type ProgressListener = (progress: LoadProgress) => void;

/**
 * Frames are scaled down to at most this many pixels a side before the model: it only ever sees a 224-px view
 * of the frame (person detector) and a 256-px crop of the person (landmarks), while copying a 1280x720 frame
 * into a tensor took about 45 ms of a 200 ms frame on the 2-core machine. The live coach already sends 640.
 */
const MAX_INPUT_SIDE = 640;

const GPU_BACKENDS: TfjsBackend[] = ['webgl', 'webgpu'];
/**
 * wasm first: 55 ms a frame for full on the 2-core test machine (MediaPipe's CPU path: 51 ms), against 2.6 s for
 * the plain-JavaScript cpu backend, which stays as the last resort since it needs nothing but JavaScript.
 */
const CPU_BACKENDS: TfjsBackend[] = ['wasm', 'cpu'];
/** Left out of a live load (`EngineOptions.live`): 2.6-5.5 s a frame for full here, a frame or two a rep, never a count. */
const TOO_SLOW_FOR_LIVE: TfjsBackend = 'cpu';

/**
 * Automatic choice, as for MediaPipe: a real GPU first (WebGL, the most widely working, then WebGPU), the CPU
 * backends after it. A software rasteriser runs WebGL far slower than wasm (SwiftShader: 930 ms a frame, and
 * 16 s for the first, against 55 ms), so there the GPU backends are skipped.
 */
function backendOrder(options: EngineOptions): TfjsBackend[] {
  if (options.tfjsBackend) return [options.tfjsBackend];
  return candidateBackends(options).filter((backend) => !(options.live && backend === TOO_SLOW_FOR_LIVE));
}

function candidateBackends(options: EngineOptions): TfjsBackend[] {
  if (options.delegate === 'GPU') return GPU_BACKENDS;
  if (options.delegate === 'CPU') return CPU_BACKENDS;
  return hasHardwareWebgl() ? [...GPU_BACKENDS, ...CPU_BACKENDS] : CPU_BACKENDS;
}

/** Why a live load failed although `cpu` might have started: the reason it was left out. */
function liveRefusal(options: EngineOptions): string {
  return options.live && !options.tfjsBackend && candidateBackends(options).includes(TOO_SLOW_FOR_LIVE)
    ? '; the one left, plain JavaScript, takes seconds a frame: too slow to coach live'
    : '';
}

/** Switches tfjs to `backend`; false when this device cannot start it. */
async function startBackend(backend: TfjsBackend, assetsBase: string): Promise<boolean> {
  // The wasm backend fetches its .wasm at start: from the app's own origin, prepared at install time.
  if (backend === 'wasm') setWasmPaths(new URL('wasm/tfjs/', assetsBase).href);
  try {
    return await tf.setBackend(backend);
  } catch {
    return false;
  }
}

/** A graph model's two files, downloaded with progress and hash-checked before tfjs ever parses them. */
interface VerifiedGraph {
  graph: tf.io.ModelJSON;
  weights: ArrayBuffer;
}

async function fetchGraph(assetsBase: string, served: ServedGraph, onProgress?: ProgressListener): Promise<VerifiedGraph> {
  const graph = await fetchVerifiedModel(assetsBase, served.graph, onProgress);
  const weights = await fetchVerifiedModel(assetsBase, served.weights, onProgress);
  return {
    graph: JSON.parse(new TextDecoder().decode(graph)) as tf.io.ModelJSON,
    weights: weights.slice().buffer,
  };
}

/** Hands tfjs the verified bytes, so it never fetches anything itself. */
function inMemory({ graph, weights }: VerifiedGraph): tf.io.IOHandler {
  return {
    load: () => tf.io.getModelArtifactsForJSON(graph, async (manifest) => [manifest.flatMap((group) => group.weights), weights]),
  };
}

/**
 * pose-detection gives image keypoints in pixels and calls visibility `score` (the same sigmoid of the model's
 * visibility output that MediaPipe reports); MediaPipe's format is normalised 0..1, z on the scale of x.
 * z comes out multiplied by the width twice, not once: with smoothing on, pose-detection 2.1.3's
 * keypointsToNormalizedKeypoints divides the input keypoint's z instead of the copy it returns, so z stays in
 * pixels before the final scaling to pixels (the landmark tests hold it to MediaPipe's z).
 */
function normalised(keypoints: Keypoint[] | undefined, width: number, height: number) {
  return keypoints?.map((k) => ({ x: k.x / width, y: k.y / height, z: (k.z ?? 0) / (width * width), visibility: k.score }));
}

/** `frame`, or a copy scaled down to MAX_INPUT_SIDE (the caller closes a copy). */
async function modelInput(frame: ImageBitmap): Promise<ImageBitmap> {
  const scale = MAX_INPUT_SIDE / Math.max(frame.width, frame.height);
  if (scale >= 1) return frame;
  const size = { resizeWidth: Math.round(frame.width * scale), resizeHeight: Math.round(frame.height * scale) };
  return createImageBitmap(frame, { ...size, resizeQuality: 'medium' });
}

/** World keypoints are already in MediaPipe's format: metres, hip-centred. */
function withVisibility(keypoints: Keypoint[] | undefined) {
  return keypoints?.map((k) => ({ x: k.x, y: k.y, z: k.z, visibility: k.score }));
}

/** `pose` in the engines' shared format; `width` and `height` are those of the image the model saw. */
function packPose(pose: Pose | undefined, width: number, height: number): Pick<PoseResult, 'image' | 'world'> {
  return { image: packLandmarks(normalised(pose?.keypoints, width, height)), world: packLandmarks(withVisibility(pose?.keypoints3D)) };
}

export class TfjsEngine implements PoseEngine {
  private detector: PoseDetector | null = null;
  /** The landmark smoothing filters need increasing timestamps; a new stream also drops the tracked region. */
  private readonly clock = new StreamClock();

  async load(options: EngineOptions, onProgress?: ProgressListener): Promise<EngineInfo> {
    const started = performance.now();
    const served = await servedTfjsModels(options.assetsBase, options.variant);
    const detectorGraph = await fetchGraph(options.assetsBase, served.detector, onProgress);
    const landmarkGraph = await fetchGraph(options.assetsBase, served.landmarks, onProgress);
    let lastError: unknown = 'no backend could start';
    for (const backend of backendOrder(options)) {
      if (!(await startBackend(backend, options.assetsBase))) continue;
      try {
        this.detector = await createDetector(SupportedModels.BlazePose, {
          runtime: 'tfjs',
          modelType: options.variant,
          enableSmoothing: true,
          detectorModelUrl: inMemory(detectorGraph),
          landmarkModelUrl: inMemory(landmarkGraph),
        });
        const delegate = GPU_BACKENDS.includes(backend) ? 'GPU' : 'CPU';
        return { engine: 'tfjs', variant: options.variant, delegate, tfjsBackend: backend, loadMs: performance.now() - started };
      } catch (error) {
        lastError = error;
      }
    }
    throw new EngineError({
      code: 'runtime-load-failed',
      message: `TensorFlow.js could not start: ${errorMessage(lastError)}${liveRefusal(options)}`,
    });
  }

  async detect(frame: ImageBitmap, t: number): Promise<PoseResult> {
    if (!this.detector) throw new EngineError({ code: 'inference-failed', message: 'detect() called before load()' });
    const timestamp = Math.round(t);
    const tick = this.clock.next(timestamp);
    if (tick.newStream) this.detector.reset();
    const started = performance.now();
    const input = await modelInput(frame);
    try {
      const [pose] = await this.detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, tick.timestamp);
      const inferenceMs = performance.now() - started;
      return { t: timestamp, width: frame.width, height: frame.height, ...packPose(pose, input.width, input.height), inferenceMs };
    } finally {
      if (input !== frame) input.close();
    }
  }

  close(): void {
    this.detector?.dispose();
    this.detector = null;
    this.clock.reset();
  }
}
