/** The MediaPipe tasks-vision PoseLandmarker behind the PoseEngine interface. */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { errorMessage } from '../src/util/error-message';
import {
  EngineError,
  type Delegate,
  type EngineInfo,
  type EngineOptions,
  type LoadProgress,
  type LoadStep,
  loadStep,
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

/** What the loader script leaves on `self` for tasks-vision, which takes it and clears it at every start. */
type LoaderGlobals = { ModuleFactory?: unknown; Module?: unknown };

/**
 * The loader script's module factory, imported now (beside the model's download and the runtime's compile) instead
 * of inside `createFromOptions`, where it would wait for both. Undefined when it does not load: MediaPipe then
 * imports it itself and its failure names the file. Kept, because tasks-vision clears it at every start and a module
 * is evaluated once per worker: a second start (the CPU after a GPU that failed) needs it set again.
 */
async function importedLoader(loaderUrl: string): Promise<unknown> {
  try {
    await import(/* @vite-ignore */ loaderUrl);
    return (self as LoaderGlobals).ModuleFactory;
  } catch {
    return undefined;
  }
}

/**
 * Readies `self` for a MediaPipe start: the loader's factory put back, and `runtime` (where there is one)
 * instantiated instead of fetching and compiling the 13 MB module again (Emscripten's `instantiateWasm` hook).
 */
function prepareStart(moduleFactory: unknown, runtime: WebAssembly.Module | null, steps: LoadStep[]): void {
  const globals = self as LoaderGlobals;
  if (moduleFactory) globals.ModuleFactory = moduleFactory;
  if (!runtime) return;
  globals.Module = {
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
      void noted(steps, 'runtime instantiated', WebAssembly.instantiate(runtime, imports)).then(done);
      return {};
    },
  };
}

/** Notes in `steps` when the promise settles well; resolves to its value. */
function noted<T>(steps: LoadStep[], step: string, promise: Promise<T>): Promise<T> {
  return promise.then((value) => {
    steps.push(loadStep(step));
    return value;
  });
}

export class MediaPipeEngine implements PoseEngine {
  runtime: WebAssembly.Module | null = null;
  private landmarker: PoseLandmarker | null = null;
  /** detectForVideo needs strictly increasing timestamps, and its tracking smooths with the real frame spacing. */
  private readonly clock = new StreamClock();

  async load(options: EngineOptions, onProgress?: (progress: LoadProgress) => void): Promise<EngineInfo> {
    const started = performance.now();
    const steps = [loadStep('engine load started')];
    const wasmBase = new URL('wasm', options.assetsBase).href;
    // Module workers have no importScripts, so the ES-module build of the wasm loader is used.
    const fileset = await FilesetResolver.forVisionTasks(wasmBase, true);
    // The model's download and check, the runtime's compile and the loader's import need nothing of each other:
    // side by side, the start waits for the longest instead of their sum.
    const [modelBytes, runtime, moduleFactory] = await Promise.all([
      noted(steps, 'model checked', servedModel(options.assetsBase, options.variant).then((model) => fetchVerifiedModel(options.assetsBase, model, onProgress))),
      noted(steps, 'runtime compiled', compiledRuntime(fileset.wasmBinaryPath, options.runtime)),
      noted(steps, 'loader imported', importedLoader(fileset.wasmLoaderPath)),
    ]);
    this.runtime = runtime;
    let lastError: unknown;
    for (const delegate of delegateOrder(options.delegate)) {
      try {
        prepareStart(moduleFactory, this.runtime, steps);
        this.landmarker = await PoseLandmarker.createFromOptions(fileset, {
          baseOptions: { modelAssetBuffer: modelBytes, delegate },
          runningMode: 'VIDEO',
          numPoses: options.maxPeople ?? 1,
          outputSegmentationMasks: false,
        });
        steps.push(loadStep('landmarker created'));
        return { engine: 'mediapipe', variant: options.variant, delegate, loadMs: performance.now() - started, steps };
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
    const others = result.landmarks.slice(1).flatMap((landmarks, i) => {
      const image = packLandmarks(landmarks);
      return image ? [{ image, world: packLandmarks(result.worldLandmarks[i + 1]) }] : [];
    });
    const pose = {
      t: timestamp,
      width: frame.width,
      height: frame.height,
      image: packLandmarks(result.landmarks[0]),
      world: packLandmarks(result.worldLandmarks[0]),
      inferenceMs,
      ...(others.length > 0 ? { others } : {}),
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
