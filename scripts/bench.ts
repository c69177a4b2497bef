/**
 * npm run bench [-- --json] [--soak] [--models lite,full,heavy] [--seconds 30] [--frames 120] [--no-tfjs] [--write-docs]
 *
 * Measures the pose pipeline side by side in one run, in headless system Chromium, on the production build
 * (vite build + vite preview with cache headers): worker time per frame of every model on the shared clips,
 * with the MediaPipe engine and (unless --no-tfjs) the TensorFlow.js engine on the same frames;
 * live sessions on a fake camera for our worker loop, the <glute-coach> element and the baseline (the
 * MediaPipe web sample's main-thread loop); time to the first pose, cold and warm; what loads before the
 * camera starts; and, with --soak, heap growth over 10 minutes. Prints Markdown tables (or, with --json, one
 * JSON object) on stdout; progress goes to stderr. See docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clipPath } from '../tests/support/clips';
import { errorMessage } from '../src/util/error-message';
import type { EngineName } from '../workers/engine';
import { buildForBench } from './bench/build';
import { closeBrowser, fakeCameraArgs, fakeCameraFile, launchBrowser } from './bench/browser';
import { firstPose, type FirstPose } from './bench/first-pose';
import { liveSession, RUNNERS, sessionUrl, type LiveOutcome } from './bench/live';
import { MachineWatch } from './bench/machine';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import { renderReport, writeResultsSection } from './bench/report';
import { assemble, type Measurements } from './bench/result';
import { serveBuild } from './bench/server';
import { soak } from './bench/soak';
import { decodeSharedClips, workerTimings, type EngineTimings } from './bench/worker-timing';

const log = (message: string) => console.error(`[bench] ${message}`);
const MODEL_FILES = ['pose_landmarker_lite.task', 'pose_landmarker_full.task', 'pose_landmarker_heavy.task'];

/** MediaPipe always (the live sessions use the delegate it chose); TensorFlow.js beside it unless --no-tfjs. */
function timedEngines(options: BenchOptions): EngineName[] {
  return options.tfjs ? ['mediapipe', 'tfjs'] : ['mediapipe'];
}

async function measureWorker(origin: string, options: BenchOptions, tempDir: string): Promise<EngineTimings> {
  const clips = decodeSharedClips(tempDir, options.framesPerClip);
  const context = await launchBrowser();
  try {
    return await workerTimings(context, origin, options.models, timedEngines(options), clips);
  } finally {
    await closeBrowser(context);
    for (const clip of clips) rmSync(clip.dir, { recursive: true, force: true });
  }
}

/** Every runner on every model, on one fake camera; the baseline uses the delegate our worker chose. */
async function measureLive(origin: string, options: BenchOptions, mjpeg: string, delegates: Record<string, string>): Promise<LiveOutcome[]> {
  const context = await launchBrowser(fakeCameraArgs(mjpeg));
  const outcomes: LiveOutcome[] = [];
  try {
    for (const model of options.models) {
      for (const runner of RUNNERS) {
        log(`live session: ${runner}, ${model}, ${options.liveSeconds} s`);
        const outcome = await liveSession(context, sessionUrl(origin, runner, model, delegates[model] ?? 'CPU'), runner, options.liveSeconds);
        log(JSON.stringify(outcome));
        outcomes.push(outcome);
      }
    }
  } finally {
    await closeBrowser(context);
  }
  return outcomes;
}

async function measureFirstPose(origin: string, options: BenchOptions, mjpeg: string, tempDir: string): Promise<Record<string, FirstPose>> {
  const results: Record<string, FirstPose> = {};
  for (const model of options.models) {
    log(`first pose: ${model}, cold then warm`);
    results[model] = await firstPose(origin, model, mjpeg, tempDir);
  }
  return results;
}

async function measureSoak(origin: string, options: BenchOptions, mjpeg: string): Promise<Measurements['soak']> {
  if (!options.soak) return null;
  log(`soak: ${options.soakMinutes} min`);
  const context = await launchBrowser(fakeCameraArgs(mjpeg));
  try {
    return await soak(context, origin, options.soakMinutes);
  } finally {
    await closeBrowser(context);
  }
}

async function measure(options: BenchOptions, tempDir: string): Promise<Measurements> {
  log('building (vite build) into a temporary folder');
  const build = await buildForBench(join(tempDir, 'dist'), MODEL_FILES);
  const server = await serveBuild(build.outDir);
  try {
    const mjpeg = fakeCameraFile(clipPath(options.liveClip), tempDir);
    const engines = await measureWorker(server.origin, options, tempDir);
    const worker = engines.mediapipe ?? {};
    const delegates = Object.fromEntries(Object.entries(worker).map(([model, timing]) => [model, timing.delegate]));
    const live = await measureLive(server.origin, options, mjpeg, delegates);
    const first = await measureFirstPose(server.origin, options, mjpeg, tempDir);
    const soakResult = await measureSoak(server.origin, options, mjpeg);
    const settings = {
      models: options.models,
      workerEngines: timedEngines(options),
      liveClip: options.liveClip,
      liveSeconds: options.liveSeconds,
      framesPerClip: options.framesPerClip,
      soakMinutes: options.soak ? options.soakMinutes : null,
    };
    return { settings, build, worker, tfjs: engines.tfjs ?? null, live, firstPose: first, soak: soakResult };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${errorMessage(error)}\n${USAGE}`);
    process.exit(2);
  }
  const machine = new MachineWatch();
  log(`load average at start: ${machine.loadAtStart.join(', ')}`);
  const tempDir = mkdtempSync(join(tmpdir(), 'glute-bench-'));
  try {
    const measurements = await measure(options, tempDir);
    const result = assemble(machine.info(), measurements);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${renderReport(result)}\n`);
    if (options.writeDocs) writeResultsSection('docs/benchmarks.md', result);
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

await main();
