#!/usr/bin/env node
// Prepares every pose model (MediaPipe bundles, TensorFlow.js graph models) and both wasm runtimes (MediaPipe's,
// tfjs's wasm backend) so the app can serve them from its own origin.
// Runs at `npm install` and `npm ci` (the `prepare` script). Inputs come from npm tarballs only (see
// manifest.json); a second run is a no-op; any hash mismatch stops with a message naming the file.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildPoseTask } from './pose-task.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(join(root, 'models/manifest.json'), 'utf8'));
const cacheDir = join(root, 'models/.cache');
const tarballDir = join(cacheDir, 'tarballs');
const publicModels = join(root, 'public/models');
const publicWasm = join(root, 'public/wasm');

/** @param {string} message */
const log = (message) => console.error(`[models] ${message}`);

/** @param {Uint8Array} bytes @param {'sha256' | 'sha512'} [algorithm] */
function hash(bytes, algorithm = 'sha256') {
  return createHash(algorithm).update(bytes).digest(algorithm === 'sha256' ? 'hex' : 'base64');
}

/** True when `file` exists and has the expected sha256, so the step that makes it can be skipped. */
function isUpToDate(/** @type {string} */ file, /** @type {string} */ sha256) {
  return existsSync(file) && hash(readFileSync(file)) === sha256;
}

/** @param {string} file @param {Uint8Array} bytes @param {string} expected */
function checkHash(file, bytes, expected) {
  const actual = hash(bytes);
  if (actual !== expected) {
    throw new Error(`${file}: sha256 is ${actual}, manifest expects ${expected}. Refusing to use it.`);
  }
}

/** Downloads `spec` from the npm registry with `npm pack` (once) and checks its integrity. */
function packedTarball(/** @type {string} */ spec) {
  const { integrity } = manifest.packages[spec];
  mkdirSync(tarballDir, { recursive: true });
  const name = spec.replace(/^@/, '').replace('/', '-').replace(/@([^@]+)$/, '-$1') + '.tgz';
  const file = join(tarballDir, name);
  if (!existsSync(file)) {
    log(`npm pack ${spec}`);
    execFileSync('npm', ['pack', spec, '--pack-destination', tarballDir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const actual = `sha512-${hash(readFileSync(file), 'sha512')}`;
  if (actual !== integrity) {
    rmSync(file);
    throw new Error(`${spec}: tarball integrity ${actual} does not match the manifest's ${integrity}.`);
  }
  return file;
}

/** @typedef {{package: string, path: string, cacheAs: string, sha256: string}} Source */

/** Extracts `sources` (all from one package) into the cache with one pass over the tarball, checking each hash. */
function extractSources(/** @type {string} */ spec, /** @type {Source[]} */ sources) {
  const tarball = packedTarball(spec);
  const scratch = mkdtempSync(join(tmpdir(), 'glute-models-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, ...sources.map((source) => source.path)]);
    for (const source of sources) {
      const extracted = join(scratch, source.path);
      checkHash(`${spec}/${source.path}`, readFileSync(extracted), source.sha256);
      const target = join(cacheDir, source.cacheAs);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(extracted, target);
      log(`extracted ${source.cacheAs}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Extracts every manifest source missing from the cache, grouped by package: a 144 MB tarball is read once, not once a file. */
function prepareSources(/** @type {Source[]} */ sources) {
  /** @type {Map<string, Source[]>} */
  const missingByPackage = new Map();
  for (const source of sources) {
    if (isUpToDate(join(cacheDir, source.cacheAs), source.sha256)) continue;
    missingByPackage.set(source.package, [...(missingByPackage.get(source.package) ?? []), source]);
  }
  missingByPackage.forEach((missing, spec) => extractSources(spec, missing));
}

/**
 * @typedef {{variant: string, output: string, recipe: 'copy' | 'legacy-landmarks', from: string, metadataFrom?: string, sha256: string}} ModelEntry
 * @param {ModelEntry} model
 */
function modelBytes(model) {
  const input = readFileSync(join(cacheDir, model.from));
  if (model.recipe === 'copy') return input;
  if (!model.metadataFrom) throw new Error(`${model.output}: recipe legacy-landmarks needs metadataFrom`);
  return buildPoseTask(input, readFileSync(join(cacheDir, model.metadataFrom)));
}

/** Writes `public/models/<file>` from `makeBytes()`, unless it is already there with the expected hash. */
function writePublicModel(/** @type {string} */ file, /** @type {string} */ sha256, /** @type {() => Uint8Array} */ makeBytes) {
  const target = join(publicModels, file);
  if (isUpToDate(target, sha256)) return;
  const bytes = makeBytes();
  checkHash(file, bytes, sha256);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  log(`wrote public/models/${file} (${bytes.length} bytes)`);
}

/** @param {ModelEntry} model */
function prepareModel(model) {
  writePublicModel(model.output, model.sha256, () => modelBytes(model));
}

/**
 * A tfjs graph model: its graph JSON and its one weights file, as cache paths of manifest sources. The JSON names
 * the weights file by its base name, so both keep their names side by side in public/models/tfjs/.
 * @typedef {{graph: string, weights: string}} TfjsGraphEntry
 */

/** @returns {[string, TfjsGraphEntry][]} each role (detector, lite, full, heavy) with its files */
function tfjsGraphs() {
  return Object.entries(manifest.tfjs).filter(([role]) => !role.startsWith('$'));
}

/** @param {string} cachePath @returns {{file: string, sha256: string}} where a tfjs source is served, and its hash */
function tfjsFile(cachePath) {
  /** @type {Source | undefined} */
  const source = manifest.sources.find((/** @type {Source} */ s) => s.cacheAs === cachePath);
  if (!source) throw new Error(`manifest tfjs section: ${cachePath} is not one of the sources`);
  return { file: `tfjs/${basename(cachePath)}`, sha256: source.sha256 };
}

/** Copies each tfjs graph model unchanged from the cache (it was hash-checked there) into public/models/tfjs/. */
function prepareTfjsModels() {
  for (const [, graph] of tfjsGraphs()) {
    for (const cachePath of [graph.graph, graph.weights]) {
      const { file, sha256 } = tfjsFile(cachePath);
      writePublicModel(file, sha256, () => readFileSync(join(cacheDir, cachePath)));
    }
  }
}

/** @param {{file: string, sha256: string}} entry the served entry (URL under models/, size, hash) of a written file */
function served({ file, sha256 }) {
  return { file, bytes: statSync(join(publicModels, file)).size, sha256 };
}

/**
 * The list the app reads to know each file's URL, size and hash (for progress and integrity checks): `models` has
 * MediaPipe's bundle per variant, `tfjs` the graph and weights of the detector and of each landmark variant.
 */
function writeServedManifest(/** @type {ModelEntry[]} */ models) {
  const tfjs = tfjsGraphs().map(([role, graph]) => [role, { graph: served(tfjsFile(graph.graph)), weights: served(tfjsFile(graph.weights)) }]);
  const list = {
    models: Object.fromEntries(models.map((m) => [m.variant, served({ file: m.output, sha256: m.sha256 })])),
    tfjs: Object.fromEntries(tfjs),
  };
  const text = JSON.stringify(list, null, 2) + '\n';
  const target = join(publicModels, 'models.json');
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
}

/** Copies a runtime's wasm files, unchanged, next to the app (the JS that loads them must be the same version). */
function copyWasm(/** @type {string} */ sourceDir, /** @type {string} */ targetDir, /** @type {RegExp} */ pattern) {
  if (!existsSync(sourceDir)) throw new Error(`${sourceDir} is missing: run npm install.`);
  mkdirSync(targetDir, { recursive: true });
  for (const name of readdirSync(sourceDir).filter((n) => pattern.test(n))) {
    const from = join(sourceDir, name);
    const to = join(targetDir, name);
    if (isUpToDate(to, hash(readFileSync(from)))) continue;
    copyFileSync(from, to);
    log(`copied ${relative(root, to)}`);
  }
}

try {
  prepareSources(manifest.sources);
  manifest.models.forEach(prepareModel);
  prepareTfjsModels();
  writeServedManifest(manifest.models);
  copyWasm(join(root, 'node_modules/@mediapipe/tasks-vision/wasm'), publicWasm, /./);
  // tfjs's wasm backend: the plain and SIMD builds (the threaded one needs cross-origin isolation, which the app does not ask for).
  copyWasm(join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist'), join(publicWasm, 'tfjs'), /^tfjs-backend-wasm(-simd)?\.wasm$/);
} catch (error) {
  console.error(`[models] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
