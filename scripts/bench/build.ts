/**
 * The production build the benchmark measures (`vite build` with the project's own config), plus the
 * benchmark pages, into a temporary folder. Also weighs what the app loads before the camera starts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rollup } from 'vite';

/** Entry points: the app itself, the <glute-coach> element on its own, and the benchmark pages. */
const INPUTS = {
  index: 'index.html',
  element: 'src/components/glute-coach/glute-coach.ts',
  'bench-live': 'scripts/bench/pages/bench-live.html',
  'bench-track': 'scripts/bench/pages/bench-track.html',
  'bench-element': 'scripts/bench/pages/bench-element.html',
  baseline: 'scripts/bench/pages/baseline.html',
  pose: 'tests/browser/harness/pose.html',
};

/** Module ids that must never be in the initial load: the pose runtimes belong in the worker, loaded at start. */
const NOT_INITIAL = [/@tensorflow\//, /@mediapipe\//];

export interface InitialLoad {
  /** The JS files loaded before the camera starts, and their gzip sizes (zlib level 6, a server's usual). */
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
  /** Pose runtime modules (NOT_INITIAL) in those files: none may be in the initial load. */
  poseRuntimeModules: string[];
}

export interface BuildReport {
  outDir: string;
  /** index.html: what the app page loads before anything is started. */
  app: InitialLoad;
  /** What a page that embeds <glute-coach> loads before start() (the element's module and its imports). */
  element: InitialLoad;
  /**
   * Loaded when the coach starts, so reported apart: the worker with the MediaPipe engine (the tfjs engine is
   * a separate chunk, loaded only when asked for), the wasm runtime and each model.
   */
  worker: InitialLoad;
  wasm: { file: string; bytes: number; gzipBytes: number }[];
  models: { file: string; bytes: number; gzipBytes: number }[];
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

function chunksByFile(items: (Rollup.OutputChunk | Rollup.OutputAsset)[]): Map<string, Rollup.OutputChunk> {
  return new Map(items.filter((item): item is Rollup.OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
}

/** Vite bundles the worker in a build of its own, whose chunk graph the main output lacks: keep it here. */
function keepWorkerChunks(into: Rollup.OutputChunk[]): Plugin {
  return {
    name: 'bench-keep-worker-chunks',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) if (item.type === 'chunk') into.push(item);
    },
  };
}

/** The worker entry and the MediaPipe engine it imports on load, with their static imports. */
function workerStartLoad(chunks: Rollup.OutputChunk[]): Rollup.OutputChunk[] {
  const byFile = chunksByFile(chunks);
  const roots = chunks.filter((chunk) => chunk.isEntry || /mediapipe-engine\.ts$/.test(chunk.facadeModuleId ?? '')).map((chunk) => chunk.fileName);
  return staticClosure(roots, byFile);
}

/** `roots` and every chunk they import statically (dynamic imports load later, on demand). */
function staticClosure(roots: string[], chunks: Map<string, Rollup.OutputChunk>): Rollup.OutputChunk[] {
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (file: string) => {
    const chunk = chunks.get(file);
    if (!chunk || seen.has(file)) return;
    seen.set(file, chunk);
    chunk.imports.forEach(visit);
  };
  roots.forEach(visit);
  return [...seen.values()];
}

function weigh(closure: Rollup.OutputChunk[], outDir: string): InitialLoad {
  const files = closure.map((chunk) => {
    const bytes = readFileSync(join(outDir, chunk.fileName));
    return { file: chunk.fileName, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  const modules = closure.flatMap((chunk) => Object.keys(chunk.modules));
  return {
    files,
    gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
    poseRuntimeModules: modules.filter((id) => NOT_INITIAL.some((pattern) => pattern.test(id))),
  };
}

/** The scripts index.html loads: module scripts and module preloads (Vite writes both). */
function htmlScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return sources.map((match) => match[1]!.replace(/^\//, ''));
}

function weighFiles(dir: string, names: string[]) {
  return names.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
}

export async function buildForBench(outDir: string, modelFiles: string[]): Promise<BuildReport> {
  const workerChunks: Rollup.OutputChunk[] = [];
  const result = await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: Object.fromEntries(Object.entries(INPUTS).map(([name, path]) => [name, resolve(path)])) } },
    worker: { plugins: () => [keepWorkerChunks(workerChunks)] },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunks = chunksByFile(output.output);
  const elementChunk = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === 'element');
  return {
    outDir,
    app: weigh(staticClosure(htmlScripts(outDir), chunks), outDir),
    element: weigh(staticClosure(elementChunk ? [elementChunk.fileName] : [], chunks), outDir),
    worker: weigh(workerStartLoad(workerChunks), outDir),
    wasm: weighFiles(join(outDir, 'wasm'), ['vision_wasm_module_internal.wasm', 'vision_wasm_module_internal.js']),
    models: weighFiles(join(outDir, 'models'), modelFiles).filter((model) => statSync(join(outDir, 'models', model.file)).isFile()),
  };
}
