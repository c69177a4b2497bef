/**
 * Fetches the files a pose engine needs from the app's own origin, with progress and a sha256 check against
 * the list that `models/prepare.mjs` wrote, so a missing, truncated or altered file is named, never half-used;
 * and, once a runtime has failed to start, names the runtime file (loader script or .wasm) that was at fault.
 */
import { errorMessage } from '../src/util/error-message';
import { EngineError, type EngineErrorCode, type LoadProgress, type ModelVariant } from './engine';

/** One served file: its path under `models/`, its size and its sha256. */
export interface ServedModel {
  file: string;
  bytes: number;
  sha256: string;
}

/** A TensorFlow.js graph model: the graph JSON and the one weights file it names. */
export interface ServedGraph {
  graph: ServedModel;
  weights: ServedModel;
}

/** `models/models.json`: MediaPipe's bundle per variant; tfjs's person detector and landmark graph per variant. */
interface ServedList {
  models: Partial<Record<ModelVariant, ServedModel>>;
  tfjs?: Partial<Record<ModelVariant | 'detector', ServedGraph>>;
}

type ProgressListener = (progress: LoadProgress) => void;

/** A download the network failed (no connection, a body cut off), as against a server's answer. */
class NetworkFailure extends EngineError {}

async function fetchOk(url: string, file: string, code: EngineErrorCode = 'model-load-failed'): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new NetworkFailure({ code, file, message: `Could not download ${file}: ${String(cause)}` });
  }
  if (!response.ok) {
    throw new EngineError({ code, file, message: `Could not download ${file}: HTTP ${response.status}` });
  }
  return response;
}

async function servedList(assetsBase: string): Promise<ServedList> {
  const listUrl = new URL('models/models.json', assetsBase).href;
  return (await (await fetchOk(listUrl, 'models/models.json')).json()) as ServedList;
}

function installed<T>(entry: T | undefined, what: string): T {
  if (!entry) throw new EngineError({ code: 'model-load-failed', file: 'models/models.json', message: `No ${what} is installed (run npm install).` });
  return entry;
}

export async function servedModel(assetsBase: string, variant: ModelVariant): Promise<ServedModel> {
  return installed((await servedList(assetsBase)).models[variant], `"${variant}" pose model`);
}

/** The tfjs engine's two graph models: the person detector (shared by every variant) and `variant`'s landmarks. */
export async function servedTfjsModels(assetsBase: string, variant: ModelVariant): Promise<{ detector: ServedGraph; landmarks: ServedGraph }> {
  const tfjs = (await servedList(assetsBase)).tfjs ?? {};
  return {
    detector: installed(tfjs.detector, 'TensorFlow.js person detector'),
    landmarks: installed(tfjs[variant], `"${variant}" TensorFlow.js pose model`),
  };
}

/** Reads a response body chunk by chunk so the UI can show download progress. */
async function readWithProgress(response: Response, file: string, totalBytes: number, onProgress?: ProgressListener): Promise<Uint8Array> {
  const buffer = new Uint8Array(totalBytes);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  let loadedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((cause: unknown) => {
      throw new NetworkFailure({ code: 'model-load-failed', file, message: `Could not download ${file}: ${String(cause)}` });
    });
    if (done) break;
    if (loadedBytes + value.length > totalBytes) {
      throw new EngineError({ code: 'model-integrity', file, message: `${file} is larger than the expected ${totalBytes} bytes.` });
    }
    buffer.set(value, loadedBytes);
    loadedBytes += value.length;
    onProgress?.({ file, loadedBytes, totalBytes });
  }
  return buffer.subarray(0, loadedBytes);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file's bytes, tried a second time when the network failed the first: a request racing another for the same
 * file can fail writing the HTTP cache (net::ERR_CACHE_WRITE_FAILURE; seen on a first visit, the offline cache
 * filling while the model loads), and the second finds it cached.
 */
async function download(url: string, file: string, totalBytes: number, onProgress?: ProgressListener): Promise<Uint8Array> {
  const once = async () => readWithProgress(await fetchOk(url, file), file, totalBytes, onProgress);
  try {
    return await once();
  } catch (error) {
    if (!(error instanceof NetworkFailure)) throw error;
    return once();
  }
}

export async function fetchVerifiedModel(assetsBase: string, model: ServedModel, onProgress?: ProgressListener): Promise<Uint8Array> {
  const file = `models/${model.file}`;
  const bytes = await download(new URL(file, assetsBase).href, file, model.bytes, onProgress);
  if (bytes.length !== model.bytes) {
    throw new EngineError({ code: 'model-integrity', file, message: `${file} is truncated: ${bytes.length} of ${model.bytes} bytes.` });
  }
  if ((await sha256Hex(bytes)) !== model.sha256) {
    throw new EngineError({ code: 'model-integrity', file, message: `${file} does not match its sha256: refusing to run a model that was altered.` });
  }
  return bytes;
}

/** `url`'s path relative to `assetsBase` ("wasm/vision_wasm_module_internal.wasm"), as failures name files. */
function servedPath(url: string, assetsBase: string): string {
  const base = new URL(assetsBase).href;
  return url.startsWith(base) ? url.slice(base.length) : url;
}

/**
 * Throws `runtime-load-failed` naming the first of a runtime's files (absolute URLs) that is not served, is not
 * valid WebAssembly (a .wasm cut short or altered) or does not run (a loader script that does not parse). For use
 * after the runtime failed to start: the runtime's own errors do not say which file was at fault, and checking
 * up front would download the .wasm twice on every start (a HEAD request would not do: the offline service
 * worker answers GET only).
 */
export async function checkRuntimeFiles(urls: string[], assetsBase: string): Promise<void> {
  for (const url of urls) {
    const file = servedPath(url, assetsBase);
    const response = await fetchOk(url, file, 'runtime-load-failed');
    const problem = url.endsWith('.wasm') ? await wasmProblem(response) : await scriptProblem(url);
    if (problem) throw new EngineError({ code: 'runtime-load-failed', file, message: `${file} ${problem}` });
  }
}

async function wasmProblem(response: Response): Promise<string | null> {
  return WebAssembly.validate(new Uint8Array(await response.arrayBuffer())) ? null : 'is not valid WebAssembly (cut short or altered)';
}

/** Runs a module script: a second import of one the runtime already ran is answered from the module map. */
async function scriptProblem(url: string): Promise<string | null> {
  try {
    await import(/* @vite-ignore */ url);
    return null;
  } catch (error) {
    return `does not run: ${errorMessage(error)}`;
  }
}
