/**
 * Whether a started pose engine can coach live. TensorFlow.js's plain-JavaScript `cpu` backend is the last
 * resort of the fallback, for a browser where neither WebAssembly nor a GPU backend starts (the wasm files
 * missing, say): it took 5.5 s a frame with the full model on the 2-core test machine, so a live coach would see
 * a frame or two per rep and never count, while looking as if it worked. The clip analyser, which waits for
 * every frame, may still use it; the live coach refuses it and says why.
 */
import type { EngineInfo } from '../pose';

/** Why `info`'s engine cannot coach live, or null when it can. */
export function tooSlowForLive(info: EngineInfo): string | null {
  if (info.engine === 'tfjs' && info.tfjsBackend === 'cpu') {
    return 'the only pose runtime left (TensorFlow.js on plain JavaScript) takes seconds a frame, too slow to coach live';
  }
  return null;
}
