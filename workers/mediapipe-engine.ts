/** The MediaPipe tasks-vision PoseLandmarker behind the PoseEngine interface. */
import { FilesetResolver, PoseLandmarker, type NormalizedLandmark, type Landmark } from '@mediapipe/tasks-vision';
import {
  EngineError,
  LANDMARK_COUNT,
  LANDMARK_STRIDE,
  type Delegate,
  type EngineInfo,
  type EngineOptions,
  type LoadProgress,
  type PoseEngine,
  type PoseResult,
} from './engine';
import { fetchVerifiedModel, servedModel } from './model-files';

function packLandmarks(points: (NormalizedLandmark | Landmark)[] | undefined): Float32Array | null {
  if (!points || points.length < LANDMARK_COUNT) return null;
  const packed = new Float32Array(LANDMARK_COUNT * LANDMARK_STRIDE);
  for (let i = 0; i < LANDMARK_COUNT; i++) {
    const p = points[i]!;
    packed.set([p.x, p.y, p.z, p.visibility ?? 0], i * LANDMARK_STRIDE);
  }
  return packed;
}

/** The WebGL renderer this worker would get, or null when it has no WebGL2 at all. */
function webglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}

/**
 * Automatic choice: GPU where there is a real one. A software rasteriser (SwiftShader, llvmpipe) runs the GPU
 * delegate about ten times slower than the wasm CPU path (measured 468 vs 49 ms a frame for full), so it is
 * skipped; a GPU that fails to start falls back to CPU.
 */
function delegateOrder(choice: EngineOptions['delegate']): Delegate[] {
  if (choice === 'CPU') return ['CPU'];
  if (choice === 'GPU') return ['GPU'];
  const renderer = webglRenderer();
  if (!renderer || SOFTWARE_RENDERER.test(renderer)) return ['CPU'];
  return ['GPU', 'CPU'];
}

/** A clock that goes back by more than this is a new stream, not a rounding wobble. */
const NEW_STREAM_JUMP_MS = 100;
/** Long enough for MediaPipe's tracking to treat the new stream's first frame as a fresh start. */
const NEW_STREAM_GAP_MS = 1000;

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software/i;

export class MediaPipeEngine implements PoseEngine {
  private landmarker: PoseLandmarker | null = null;
  private lastTimestamp = -1;
  private clockOffset = 0;

  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo> {
    const started = performance.now();
    const model = await servedModel(options.assetsBase, options.variant);
    const modelBytes = await fetchVerifiedModel(options.assetsBase, model, onProgress);
    const wasmBase = new URL('wasm', options.assetsBase).href;
    // Module workers have no importScripts, so the ES-module build of the wasm loader is used.
    const fileset = await FilesetResolver.forVisionTasks(wasmBase, true);
    let lastError: unknown;
    for (const delegate of delegateOrder(options.delegate)) {
      try {
        this.landmarker = await PoseLandmarker.createFromOptions(fileset, {
          baseOptions: { modelAssetBuffer: modelBytes, delegate },
          runningMode: 'VIDEO',
          numPoses: 1,
          outputSegmentationMasks: false,
        });
        return { engine: 'mediapipe', variant: options.variant, delegate, loadMs: performance.now() - started };
      } catch (error) {
        lastError = error;
      }
    }
    throw new EngineError({
      code: 'runtime-load-failed',
      file: 'wasm/vision_wasm_module_internal.wasm',
      message: `MediaPipe could not start: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
    });
  }

  detect(frame: ImageBitmap, t: number): PoseResult {
    if (!this.landmarker) throw new EngineError({ code: 'inference-failed', message: 'detect() called before load()' });
    const timestamp = Math.round(t);
    const started = performance.now();
    const result = this.landmarker.detectForVideo(frame, this.graphTimestamp(timestamp));
    const inferenceMs = performance.now() - started;
    const pose = {
      t: timestamp,
      width: frame.width,
      height: frame.height,
      image: packLandmarks(result.landmarks[0]),
      world: packLandmarks(result.worldLandmarks[0]),
      inferenceMs,
    };
    result.close();
    return pose;
  }

  /**
   * detectForVideo needs strictly increasing timestamps, and its tracking smooths with the real spacing between
   * frames. A new stream (a second clip, a restarted camera) starts its clock again, so it is shifted to begin
   * a pause after the previous one instead of being squeezed into 1 ms steps.
   */
  private graphTimestamp(timestamp: number): number {
    let shifted = timestamp + this.clockOffset;
    if (shifted <= this.lastTimestamp) {
      const gap = this.lastTimestamp - shifted > NEW_STREAM_JUMP_MS ? NEW_STREAM_GAP_MS : 1;
      this.clockOffset += this.lastTimestamp - shifted + gap;
      shifted = timestamp + this.clockOffset;
    }
    this.lastTimestamp = shifted;
    return shifted;
  }

  close(): void {
    this.landmarker?.close();
    this.landmarker = null;
    this.lastTimestamp = -1;
    this.clockOffset = 0;
  }
}
