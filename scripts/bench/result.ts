/** The one JSON object `npm run bench -- --json` prints, and the targets it is checked against. */
import type { EngineName, ModelVariant } from '../../workers/engine';
import type { BuildReport } from './build';
import type { FirstPose } from './first-pose';
import { RUNNERS, type LiveOutcome, type LiveResult, type Runner } from './live';
import type { MachineInfo } from './machine';
import type { SoakResult } from './soak';
import { round2, type TimingSummary } from './stats';
import type { WorkerTiming } from './worker-timing';

export interface BenchSettings {
  models: ModelVariant[];
  /** The engines timed in the worker on the shared clips' frames. */
  workerEngines: EngineName[];
  liveClip: string;
  liveSeconds: number;
  framesPerClip: number;
  soakMinutes: number | null;
}

export interface Measurements {
  settings: BenchSettings;
  build: BuildReport;
  /** MediaPipe in the worker. */
  worker: Record<string, WorkerTiming>;
  /** TensorFlow.js in the worker, same frames; null when left out (--no-tfjs). */
  tfjs: Record<string, WorkerTiming> | null;
  live: LiveOutcome[];
  firstPose: Record<string, FirstPose>;
  soak: SoakResult | null;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean | null;
}

type PerModel<T> = Record<string, T>;

export interface BenchResult {
  machine: MachineInfo;
  settings: BenchSettings;
  /** The MediaPipe engine in the worker. */
  worker_ms_per_frame: PerModel<WorkerTiming>;
  lite_speedup_vs_full: number | null;
  /** The TensorFlow.js engine in the worker on the same frames, with its backend; null when left out. */
  tfjs_ms_per_frame: PerModel<WorkerTiming> | null;
  /** tfjs's median / MediaPipe's, per model: above 1, tfjs is slower. Null when tfjs was left out. */
  tfjs_to_mediapipe_ratio: PerModel<EngineRatio> | null;
  baseline_ms_per_frame: PerModel<TimingSummary | null>;
  /** Each of our loops' frames per second / the baseline's, same model and clip. */
  throughput_ratio: PerModel<Partial<Record<Runner, number>>>;
  frames_per_second: PerModel<Partial<Record<Runner, number>>>;
  main_thread_longtasks: PerModel<Partial<Record<Runner, number>>>;
  main_thread_blocked_ms: PerModel<Partial<Record<Runner, number>>>;
  main_thread_busy_share: PerModel<Partial<Record<Runner, number>>>;
  /** CPU of Chromium's GPU process over the session, in cores (the compositor, on a software renderer). */
  gpu_process_cpu_share: PerModel<Partial<Record<Runner, number>>>;
  capture_to_result_ms: PerModel<{ p50: number; p95: number; clock: string | null } | null>;
  first_pose_cold_ms: PerModel<number>;
  first_pose_warm_ms: PerModel<number>;
  /** The <glute-coach> element, its model loaded while in view: from the Start press to the first frame run. */
  first_pose_after_start_ms: PerModel<{ cold: number; warm: number }>;
  /** Both visits per model, with when each start-up step ended (where the time to the first pose goes). */
  first_pose_steps: PerModel<FirstPose>;
  initial_js_gzip_bytes: number;
  element_initial_js_gzip_bytes: number;
  /** tfjs or tasks-vision modules found in either initial load (must be none). */
  initial_load_pose_runtime: string[];
  loaded_at_start: Pick<BuildReport, 'worker' | 'wasm' | 'models'>;
  heap_growth_mb: number | null;
  soak: SoakResult | null;
  live_sessions: LiveOutcome[];
  errors: string[];
  targets: Target[];
}

function liveOf(live: LiveOutcome[], model: string, runner: Runner): LiveResult | null {
  const found = live.find((outcome) => outcome.model === model && outcome.runner === runner);
  return found && !('error' in found) ? found : null;
}

/** `pick` of every runner that ran for `model`. */
function perRunner(live: LiveOutcome[], model: string, pick: (result: LiveResult) => number | null): Partial<Record<Runner, number>> {
  return Object.fromEntries(RUNNERS.flatMap((runner) => {
    const result = liveOf(live, model, runner);
    const picked = result ? pick(result) : null;
    return picked === null ? [] : [[runner, picked]];
  }));
}

function perModel<T>(models: string[], value: (model: string) => T): PerModel<T> {
  return Object.fromEntries(models.map((model) => [model, value(model)]));
}

function throughputRatios(live: LiveOutcome[], model: string): Partial<Record<Runner, number>> {
  const baseline = liveOf(live, model, 'baseline');
  if (!baseline || baseline.fps === 0) return {};
  const ratios = perRunner(live, model, (result) => round2(result.fps / baseline.fps));
  delete ratios.baseline;
  return ratios;
}

/** Our loops, each checked on its own: the element is the app; ours runs the same steps in a bare page. */
const OUR_LOOPS: { runner: Runner; label: string }[] = [
  { runner: 'element', label: 'the <glute-coach> element' },
  { runner: 'ours', label: 'our live loop' },
];

function throughputTarget(result: Omit<BenchResult, 'targets'>, model: string, runner: Runner): Omit<Target, 'name'> | null {
  const ratio = result.throughput_ratio[model]?.[runner];
  const longTasks = result.main_thread_longtasks[model]?.[runner];
  const baselineBusy = result.main_thread_busy_share[model]?.baseline;
  if (ratio === undefined || longTasks === undefined || baselineBusy === undefined) return null;
  return {
    goal: 'ratio >= 1.0, our long tasks 0, baseline main thread busy > 50%',
    value: `ratio ${ratio}, long tasks ${longTasks}, baseline busy ${Math.round(baselineBusy * 100)}%`,
    met: ratio >= 1 && longTasks === 0 && baselineBusy > 0.5,
  };
}

/** One engine's median over another's, for the worker's round trip and for the time inside the model. */
export interface EngineRatio {
  roundTrip: number | null;
  model: number | null;
}

const ratioOf = (numerator: TimingSummary | null | undefined, denominator: TimingSummary | null | undefined) =>
  numerator && denominator && denominator.median > 0 ? round2(numerator.median / denominator.median) : null;

function engineRatios(tfjs: PerModel<WorkerTiming> | null, mediapipe: PerModel<WorkerTiming>): PerModel<EngineRatio> | null {
  if (!tfjs) return null;
  return perModel(Object.keys(tfjs), (model) => ({
    roundTrip: ratioOf(tfjs[model]?.roundTripMs, mediapipe[model]?.roundTripMs),
    model: ratioOf(tfjs[model]?.modelMs, mediapipe[model]?.modelMs),
  }));
}

function speedup(worker: PerModel<WorkerTiming>): number | null {
  return ratioOf(worker.full?.roundTripMs, worker.lite?.roundTripMs);
}

const KB = 1024;

function targets(result: Omit<BenchResult, 'targets'>, models: string[]): Target[] {
  const list: Target[] = [];
  const add = (name: string, goal: string, value: string, met: boolean | null) => list.push({ name, goal, value, met });
  const speed = result.lite_speedup_vs_full;
  add('lite speed', 'lite >= 1.7x faster per frame than full (worker median)', speed === null ? 'not measured' : `${speed}x`, speed === null ? null : speed >= 1.7);
  for (const model of models) {
    for (const { runner, label } of OUR_LOOPS) {
      const target = throughputTarget(result, model, runner);
      if (target) add(`throughput (${model}, ${label})`, target.goal, target.value, target.met);
    }
    const latency = result.capture_to_result_ms[model];
    const modelMs = liveOf(result.live_sessions, model, 'ours')?.modelMs?.median;
    const latencyMet = latency && modelMs ? latency.p95 < 1.5 * modelMs : null;
    add(`latency (${model})`, 'capture_to_result p95 < 1.5x the model time (median, same session)', latency && modelMs ? `${latency.p95} ms vs 1.5 x ${modelMs} = ${round2(1.5 * modelMs)} ms` : 'not measured', latencyMet);
    const warm = result.first_pose_warm_ms[model];
    add(`warm first pose (${model}, our live loop, from the navigation)`, '< 1000 ms', warm === undefined ? 'not measured' : `${warm} ms`, warm === undefined ? null : warm < 1000);
    const afterStart = result.first_pose_after_start_ms[model]?.warm;
    add(`warm start (${model}, the <glute-coach> element, from Start)`, '< 1000 ms', afterStart === undefined ? 'not measured' : `${afterStart} ms`, afterStart === undefined ? null : afterStart < 1000);
  }
  const initial = Math.max(result.initial_js_gzip_bytes, result.element_initial_js_gzip_bytes);
  add('initial JS', '< 150 KB gzip before the camera starts (app page and <glute-coach>)', `${(initial / KB).toFixed(1)} KB`, initial < 150 * KB);
  const runtime = result.initial_load_pose_runtime;
  add('no pose runtime up front', 'tfjs and tasks-vision never in the initial load', runtime.length ? runtime.join('; ') : 'none', runtime.length === 0);
  const heap = result.heap_growth_mb;
  add('heap growth', '< 1 MB over a 10-minute soak', heap === null ? 'not run (--soak)' : `${heap} MB in ${result.soak?.minutes} min`, heap === null ? null : heap < 1);
  return list;
}

export function assemble(machine: MachineInfo, m: Measurements): BenchResult {
  const models = m.settings.models;
  const withoutTargets: Omit<BenchResult, 'targets'> = {
    machine,
    settings: m.settings,
    worker_ms_per_frame: m.worker,
    lite_speedup_vs_full: speedup(m.worker),
    tfjs_ms_per_frame: m.tfjs,
    tfjs_to_mediapipe_ratio: engineRatios(m.tfjs, m.worker),
    baseline_ms_per_frame: perModel(models, (model) => liveOf(m.live, model, 'baseline')?.frameMs ?? null),
    throughput_ratio: perModel(models, (model) => throughputRatios(m.live, model)),
    frames_per_second: perModel(models, (model) => perRunner(m.live, model, (r) => r.fps)),
    main_thread_longtasks: perModel(models, (model) => perRunner(m.live, model, (r) => r.longTasks)),
    main_thread_blocked_ms: perModel(models, (model) => perRunner(m.live, model, (r) => r.blockedMs)),
    main_thread_busy_share: perModel(models, (model) => perRunner(m.live, model, (r) => r.mainThreadBusyShare)),
    gpu_process_cpu_share: perModel(models, (model) => perRunner(m.live, model, (r) => r.gpuProcessCpuShare)),
    capture_to_result_ms: perModel(models, (model) => {
      const ours = liveOf(m.live, model, 'ours');
      return ours?.captureToResultMs ? { p50: ours.captureToResultMs.median, p95: ours.captureToResultMs.p95, clock: ours.captureClock } : null;
    }),
    first_pose_cold_ms: perModel(Object.keys(m.firstPose), (model) => m.firstPose[model]!.cold.firstPoseMs),
    first_pose_warm_ms: perModel(Object.keys(m.firstPose), (model) => m.firstPose[model]!.warm.firstPoseMs),
    first_pose_after_start_ms: perModel(Object.keys(m.firstPose), (model) => {
      const { cold, warm } = m.firstPose[model]!.afterStart;
      return { cold: cold.firstPoseMs, warm: warm.firstPoseMs };
    }),
    first_pose_steps: m.firstPose,
    initial_js_gzip_bytes: m.build.app.gzipBytes,
    element_initial_js_gzip_bytes: m.build.element.gzipBytes,
    initial_load_pose_runtime: [...new Set([...m.build.app.poseRuntimeModules, ...m.build.element.poseRuntimeModules])],
    loaded_at_start: { worker: m.build.worker, wasm: m.build.wasm, models: m.build.models },
    heap_growth_mb: m.soak?.heapGrowthMb ?? null,
    soak: m.soak,
    live_sessions: m.live,
    errors: m.live.flatMap((outcome) => ('error' in outcome ? [`${outcome.runner} ${outcome.model}: ${outcome.error}`] : [])),
  };
  return { ...withoutTargets, targets: targets(withoutTargets, models) };
}
