/**
 * Vite plugin (runs in Node at build time) that adds the offline service worker to the app build: it emits
 * src/sw/service-worker.ts as `sw.js` at the root of the build, then, once every file is written, lists the
 * build's files with their sha256 and writes that list (src/sw/precache-manifest.ts) into sw.js. The library
 * build has no service worker: a page that embeds <glute-coach> owns its own offline story.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { OFFLINE_MODELS } from '../live/model-setting.ts';
import { MANIFEST_PLACEHOLDER, type PrecacheManifest } from './precache-manifest.ts';
import { MANIFEST_FILE } from './web-app-manifest.ts';

const SOURCE = fileURLToPath(new URL('service-worker.ts', import.meta.url));
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What a first visit stores before the version may take over: the shell (index.html and every bundled script,
 * the pose worker among them; the web app manifest and its icons, so the installed app starts offline), the model list, the MediaPipe runtime the module worker loads and the models the
 * default setting loads (OFFLINE_MODELS). Heavy (30 MB) and the TensorFlow.js fallback are cached when first used.
 */
function precacheList(files: string[], outDir: string): string[] {
  const modelList = JSON.parse(readFileSync(join(outDir, 'models/models.json'), 'utf8')) as { models: Record<string, { file: string }> };
  const models = OFFLINE_MODELS.map((variant) => {
    const file = modelList.models[variant]?.file;
    if (!file) throw new Error(`models/models.json has no "${variant}" model: run npm install.`);
    return `models/${file}`;
  });
  const wanted = new Set(['index.html', MANIFEST_FILE, 'models/models.json', 'wasm/vision_wasm_module_internal.js', 'wasm/vision_wasm_module_internal.wasm', ...models]);
  return files.filter((file) => wanted.has(file) || file.startsWith('assets/') || file.startsWith('icons/'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file the worker may serve: the whole build but the worker itself and the source maps. */
export function manifestFor(outDir: string): PrecacheManifest {
  const served = filesUnder(outDir)
    .filter((file) => file !== SERVICE_WORKER_FILE && !file.endsWith('.map'))
    .sort();
  const files = Object.fromEntries(served.map((file) => [file, sha256(readFileSync(join(outDir, file)))]));
  const version = sha256(JSON.stringify(files)).slice(0, 16);
  return { version, files, precache: precacheList(served, outDir) };
}

function writeManifest(outDir: string): void {
  const workerPath = join(outDir, SERVICE_WORKER_FILE);
  const source = readFileSync(workerPath, 'utf8');
  if (source.split(MANIFEST_PLACEHOLDER).length !== 2) throw new Error(`${SERVICE_WORKER_FILE}: expected ${MANIFEST_PLACEHOLDER} exactly once.`);
  writeFileSync(workerPath, source.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifestFor(outDir))));
}

export function offlineServiceWorker(): Plugin {
  let enabled = false;
  return {
    name: 'glute-coach-offline-service-worker',
    apply: 'build',
    configResolved(config) {
      enabled = !config.build.lib;
    },
    buildStart() {
      if (enabled) this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    writeBundle: {
      // After every other plugin has written its files (index.html, the public folder's copy).
      order: 'post',
      handler(options) {
        if (enabled && options.dir) writeManifest(options.dir);
      },
    },
  };
}
