/**
 * Fetches the files a pose engine needs from the app's own origin, with progress and a sha256 check against
 * the list that `models/prepare.mjs` wrote, so a missing, truncated or altered file is named, never half-used.
 */
import { EngineError, type LoadProgress, type ModelVariant } from './engine';

export interface ServedModel {
  file: string;
  bytes: number;
  sha256: string;
}

type ProgressListener = (progress: LoadProgress) => void;

async function fetchOk(url: string, file: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new EngineError({ code: 'model-load-failed', file, message: `Could not download ${file}: ${String(cause)}` });
  }
  if (!response.ok) {
    throw new EngineError({ code: 'model-load-failed', file, message: `Could not download ${file}: HTTP ${response.status}` });
  }
  return response;
}

export async function servedModel(assetsBase: string, variant: ModelVariant): Promise<ServedModel> {
  const listUrl = new URL('models/models.json', assetsBase).href;
  const list = (await (await fetchOk(listUrl, 'models/models.json')).json()) as { models: Record<string, ServedModel> };
  const model = list.models[variant];
  if (!model) {
    throw new EngineError({ code: 'model-load-failed', file: 'models/models.json', message: `No "${variant}" pose model is installed (run npm install).` });
  }
  return model;
}

/** Reads a response body chunk by chunk so the UI can show download progress. */
async function readWithProgress(response: Response, file: string, totalBytes: number, onProgress?: ProgressListener): Promise<Uint8Array> {
  const buffer = new Uint8Array(totalBytes);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  let loadedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
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

export async function fetchVerifiedModel(assetsBase: string, model: ServedModel, onProgress?: ProgressListener): Promise<Uint8Array> {
  const file = `models/${model.file}`;
  const response = await fetchOk(new URL(file, assetsBase).href, file);
  const bytes = await readWithProgress(response, file, model.bytes, onProgress);
  if (bytes.length !== model.bytes) {
    throw new EngineError({ code: 'model-integrity', file, message: `${file} is truncated: ${bytes.length} of ${model.bytes} bytes.` });
  }
  if ((await sha256Hex(bytes)) !== model.sha256) {
    throw new EngineError({ code: 'model-integrity', file, message: `${file} does not match its sha256: refusing to run a model that was altered.` });
  }
  return bytes;
}
