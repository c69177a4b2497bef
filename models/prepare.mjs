#!/usr/bin/env node
// Prepares every pose model and the MediaPipe wasm runtime so the app can serve them from its own origin.
// Runs at `npm install` (postinstall). Inputs come from npm tarballs only (see manifest.json); a second run
// is a no-op; any hash mismatch stops with a message naming the file.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildPoseTask } from './pose-task.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(join(root, 'models/manifest.json'), 'utf8'));
const cacheDir = join(root, 'models/.cache');
const tarballDir = join(cacheDir, 'tarballs');
const publicModels = join(root, 'public/models');
const publicWasm = join(root, 'public/wasm');
const wasmSource = join(root, 'node_modules/@mediapipe/tasks-vision/wasm');

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

/** Extracts one manifest source from its tarball into the cache. */
function prepareSource(/** @type {{package: string, path: string, cacheAs: string, sha256: string}} */ source) {
  const target = join(cacheDir, source.cacheAs);
  if (isUpToDate(target, source.sha256)) return;
  const tarball = packedTarball(source.package);
  const scratch = mkdtempSync(join(tmpdir(), 'glute-models-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, source.path]);
    const extracted = join(scratch, source.path);
    checkHash(`${source.package}/${source.path}`, readFileSync(extracted), source.sha256);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(extracted, target);
    log(`extracted ${source.cacheAs}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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

/** @param {ModelEntry} model */
function prepareModel(model) {
  const target = join(publicModels, model.output);
  if (isUpToDate(target, model.sha256)) return;
  const bytes = modelBytes(model);
  checkHash(model.output, bytes, model.sha256);
  mkdirSync(publicModels, { recursive: true });
  writeFileSync(target, bytes);
  log(`wrote public/models/${model.output} (${bytes.length} bytes)`);
}

/** The list the app reads to know each variant's URL, size and hash (for progress and integrity checks). */
function writeServedManifest(/** @type {ModelEntry[]} */ models) {
  const served = Object.fromEntries(
    models.map((m) => [m.variant, { file: m.output, bytes: statSync(join(publicModels, m.output)).size, sha256: m.sha256 }]),
  );
  const text = JSON.stringify({ models: served }, null, 2) + '\n';
  const target = join(publicModels, 'models.json');
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
}

/** Copies tasks-vision's own wasm fileset (same version as the JS API, which must match it). */
function copyWasm() {
  if (!existsSync(wasmSource)) throw new Error(`${wasmSource} is missing: is @mediapipe/tasks-vision installed?`);
  mkdirSync(publicWasm, { recursive: true });
  for (const name of readdirSync(wasmSource)) {
    const from = join(wasmSource, name);
    const to = join(publicWasm, name);
    if (isUpToDate(to, hash(readFileSync(from)))) continue;
    copyFileSync(from, to);
    log(`copied wasm/${name}`);
  }
}

try {
  manifest.sources.forEach(prepareSource);
  manifest.models.forEach(prepareModel);
  writeServedManifest(manifest.models);
  copyWasm();
} catch (error) {
  console.error(`[models] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
