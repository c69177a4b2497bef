/** The MediaPipe tasks-vision PoseLandmarker behind the PoseEngine interface. */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { errorMessage } from '../src/util/error-message';
import {
  EngineError,
  type Delegate,
  type EngineInfo,
  type EngineOptions,
  type LoadProgress,
  type PoseEngine,
  type PoseResult,
} from './engine';
import { hasHardwareWebgl } from './gpu';
import { packLandmarks } from './landmarks';
import { checkRuntimeFiles, fetchVerifiedModel, servedModel } from './model-files';
import { StreamClock } from './stream-clock';

/**
 * Automatic choice: GPU where there is a real one. A software rasteriser (SwiftShader, llvmpipe) runs the GPU
 * delegate about ten times slower than the wasm CPU path (measured 468 vs 49 ms a frame for full), so it is
 * skipped; a GPU that fails to start falls back to CPU.
 */
function delegateOrder(choice: EngineOptions['delegate']): Delegate[] {
  if (choice === 'CPU') return ['CPU'];
  if (choice === 'GPU') return ['GPU'];
  return hasHardwareWebgl() ? ['GPU', 'CPU'] : ['CPU'];
}

/** Where MediaPipe's loader script and .wasm are (tasks-vision declares the type without exporting it). */
type WasmFileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>;

/**
 * Why MediaPipe could not start: its loader script or .wasm named when one is missing or broken (MediaPipe's own
 * error does not say which), else MediaPipe's error as it is (a device that cannot run it).
 */
async function startFailure(fileset: WasmFileset, assetsBase: string, error: unknown): Promise<EngineError> {
  try {
    await checkRuntimeFiles([fileset.wasmLoaderPath, fileset.wasmBinaryPath], assetsBase);
  } catch (fileError) {
    if (fileError instanceof EngineError) return new EngineError({ ...fileError.failure, message: `MediaPipe could not start: ${fileError.message}` });
    throw fileError;
  }
  return new EngineError({ code: 'runtime-load-failed', message: `MediaPipe could not start: ${errorMessage(error)}` });
}

/**
 * The runtime compiled here (or `given`, compiled by an earlier worker of the page), or null when it cannot be
 * fetched or compiled: MediaPipe then loads it itself, and its failure names the file at fault.
 */
async function compiledRuntime(wasmUrl: string, given: WebAssembly.Module | undefined): Promise<WebAssembly.Module | null> {
  if (given) return given;
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' }));
  } catch {
    return null;
  }
}

/**
 * Has the next MediaPipe start instantiate `runtime` instead of fetching and compiling the 13 MB module again
 * (Emscripten's `instantiateWasm` hook, read from `self.Module` by tasks-vision and cleared after each start).
 */
function instantiateFrom(runtime: WebAssembly.Module): void {
  (self as { Module?: unknown }).Module = {
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
      void WebAssembly.instantiate(runtime, imports).then(done);
      return {};
    },
  };
}

export class MediaPipeEngine implements PoseEngine {
  runtime: WebAssembly.Module | null = null;
  private landmarker: PoseLandmarker | null = null;
  /** detectForVideo needs strictly increasing timestamps, and its tracking smooths with the real frame spacing. */
  private readonly clock = new StreamClock();

  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo> {
    const started = performance.now();
    const wasmBase = new URL('wasm', options.assetsBase).href;
    // Module workers have no importScripts, so the ES-module build of the wasm loader is used.
    const fileset = await FilesetResolver.forVisionTasks(wasmBase, true);
    // The model's download and check and the runtime's compile need nothing of each other: side by side, the
    // start waits for the longer of the two instead of their sum.
    const [modelBytes, runtime] = await Promise.all([
      servedModel(options.assetsBase, options.variant).then((model) => fetchVerifiedModel(options.assetsBase, model, onProgress)),
      compiledRuntime(fileset.wasmBinaryPath, options.runtime),
    ]);
    this.runtime = runtime;
    let lastError: unknown;
    for (const delegate of delegateOrder(options.delegate)) {
      try {
        if (this.runtime) instantiateFrom(this.runtime);
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
    throw await startFailure(fileset, options.assetsBase, lastError);
  }

  async detect(frame: ImageBitmap, t: number): Promise<PoseResult> {
    if (!this.landmarker) throw new EngineError({ code: 'inference-failed', message: 'detect() called before load()' });
    const timestamp = Math.round(t);
    const started = performance.now();
    const result = this.landmarker.detectForVideo(frame, this.clock.next(timestamp).timestamp);
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

  close(): void {
    this.landmarker?.close();
    this.landmarker = null;
    this.clock.reset();
  }
}
