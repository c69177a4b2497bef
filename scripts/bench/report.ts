/** The readable side of a benchmark run: Markdown tables on stdout, and the results section of docs/benchmarks.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { RUNNERS, type LiveResult } from './live';
import type { BenchResult } from './result';
import type { TimingSummary } from './stats';

const RESULTS_START = '<!-- bench:results:start -->';
const RESULTS_END = '<!-- bench:results:end -->';

const timing = (t: TimingSummary | null | undefined) => (t ? `${t.median} (${t.p95})` : '-');
const value = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '-' : `${v}${unit}`);
const percent = (share: number | undefined) => (share === undefined ? '-' : `${Math.round(share * 100)}%`);
const ratios = (byRunner: Partial<Record<string, number>> | undefined) => `${value(byRunner?.ours)} / ${value(byRunner?.element)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function machineLine(r: BenchResult): string {
  const m = r.machine;
  return `${m.nproc} cores (${m.cpuModel}), ${m.chromium}; load average (1, 5, 15 min) ${m.loadAtStart.join(', ')} at the start, ${m.loadAtEnd.join(', ')} at the end, 1-minute load at most ${m.maxLoadDuringRun} during the run (the benchmark's own browser adds 1-2).`;
}

function speedTable(r: BenchResult): string {
  const rows = r.settings.models.map((model) => {
    const worker = r.worker_ms_per_frame[model];
    const fps = r.frames_per_second[model] ?? {};
    const latency = r.capture_to_result_ms[model];
    return [
      model,
      worker?.delegate ?? '-',
      timing(worker?.roundTripMs),
      timing(worker?.modelMs),
      timing(r.baseline_ms_per_frame[model]),
      `${value(fps.ours)} / ${value(fps.element)} / ${value(fps.baseline)}`,
      ratios(r.throughput_ratio[model]),
      latency ? `${latency.p50} / ${latency.p95}` : '-',
      `${value(r.first_pose_cold_ms[model])} / ${value(r.first_pose_warm_ms[model])}`,
      `${value(r.first_pose_after_start_ms[model]?.cold)} / ${value(r.first_pose_after_start_ms[model]?.warm)}`,
    ];
  });
  return table(
    ['model', 'delegate', 'worker ms/frame, median (p95)', 'inside the model', 'baseline ms/frame', 'fps: ours / element / baseline', 'throughput ratio: ours / element', 'capture to result p50 / p95 ms', 'first pose cold / warm ms', 'element, Start to first pose cold / warm ms'],
    rows,
  );
}

/** Both engines in the worker on the same frames; null when tfjs was left out (--no-tfjs). */
function engineTable(r: BenchResult): string | null {
  const tfjs = r.tfjs_ms_per_frame;
  if (!tfjs) return null;
  const rows = r.settings.models.map((model) => {
    const mediapipe = r.worker_ms_per_frame[model];
    const ratio = r.tfjs_to_mediapipe_ratio?.[model];
    return [
      model,
      `${mediapipe?.delegate ?? '-'} / ${tfjs[model]?.backend ?? '-'}`,
      `${timing(mediapipe?.roundTripMs)} / ${timing(tfjs[model]?.roundTripMs)}`,
      `${timing(mediapipe?.modelMs)} / ${timing(tfjs[model]?.modelMs)}`,
      `${value(ratio?.roundTrip, 'x')} / ${value(ratio?.model, 'x')}`,
    ];
  });
  return table(['model', 'MediaPipe delegate / tfjs backend', 'worker ms/frame, median (p95): MediaPipe / tfjs', 'inside the model: MediaPipe / tfjs', 'tfjs / MediaPipe: round trip / model'], rows);
}

function mainThreadTable(r: BenchResult): string {
  const rows = r.settings.models.flatMap((model) =>
    RUNNERS.filter((runner) => r.main_thread_longtasks[model]?.[runner] !== undefined).map((runner) => [
      model,
      runner,
      value(r.main_thread_longtasks[model]?.[runner]),
      value(r.main_thread_blocked_ms[model]?.[runner]),
      percent(r.main_thread_busy_share[model]?.[runner]),
      percent(r.gpu_process_cpu_share[model]?.[runner]),
    ]),
  );
  return table(['model', 'page', 'long tasks (> 50 ms)', 'blocked ms (their total)', 'main thread busy (all tasks)', 'GPU process CPU (the compositor), of one core'], rows);
}

/** Our live loop and the baseline's in detail: frame rate, how many frames found the person, where the time goes. */
function loopTable(r: BenchResult): string {
  const sessions = r.live_sessions.filter((s): s is LiveResult => !('error' in s) && s.runner !== 'element');
  const rows = sessions.map((s) => [s.model, s.runner, String(s.fps), percent(s.personShare ?? undefined), timing(s.frameMs), timing(s.captureToResultMs), timing(s.deliveryMs)]);
  return table(['model', 'page', 'fps', 'frames with the person found', 'ms per frame', 'capture to result, median (p95)', 'of which delivery'], rows);
}

function sizeTable(r: BenchResult): string {
  const start = r.loaded_at_start;
  const rows = [
    ['app page (index.html) before start', kb(r.initial_js_gzip_bytes)],
    ['<glute-coach> element before start()', kb(r.element_initial_js_gzip_bytes)],
    ['pose worker with the MediaPipe engine, at start', kb(start.worker.gzipBytes)],
    ...start.wasm.map((file) => [`wasm/${file.file}, at start`, `${kb(file.gzipBytes)} (${mb(file.bytes)} raw)`]),
    ...start.models.map((file) => [`models/${file.file}, at start`, `${mb(file.gzipBytes)} (${mb(file.bytes)} raw)`]),
  ];
  return table(['what', 'gzip'], rows);
}

function targetTable(r: BenchResult): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'MISSED');
  return table(['target', 'goal', 'measured', ''], r.targets.map((t) => [t.name, t.goal, t.value, verdict(t.met)]));
}

function soakLine(r: BenchResult): string {
  const s = r.soak;
  if (!s) return 'Heap soak not run (`npm run bench -- --soak`).';
  return `Heap soak (${s.runner}, lite, ${s.minutes} min): JS heap (page + worker) ${s.samples[0]?.jsHeapMb} -> ${s.samples.at(-1)?.jsHeapMb} MB (growth ${s.heapGrowthMb} MB); array buffers and wasm growth ${s.backingStoreGrowthMb} MB; renderer + GPU process memory growth ${s.rssGrowthMb} MB.`;
}

export function renderReport(r: BenchResult): string {
  const s = r.settings;
  return [
    machineLine(r),
    `Worker timing: ${s.framesPerClip} frames of each shared clip per model and engine (${s.workerEngines.join(', ')}), scaled to 640 px. Live sessions: ${s.liveSeconds} s each on a fake camera playing ${s.liveClip} at 30 fps.`,
    speedTable(r),
    engineTable(r),
    mainThreadTable(r),
    loopTable(r),
    sizeTable(r),
    soakLine(r),
    targetTable(r),
    r.errors.length ? `Errors: ${r.errors.join('; ')}` : null,
  ]
    // Tables for what this run left out (tfjs) are null.
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/** The result with one top-level key a line: readable in a diff, without a thousand lines of soak samples. */
function jsonByKey(r: BenchResult): string {
  return `{\n${Object.entries(r).map(([key, v]) => `  ${JSON.stringify(key)}: ${JSON.stringify(v)}`).join(',\n')}\n}`;
}

/** Replaces the results section of the benchmark page with this run (the text around it is kept). */
export function writeResultsSection(docPath: string, r: BenchResult): void {
  const doc = readFileSync(docPath, 'utf8');
  const start = doc.indexOf(RESULTS_START);
  const end = doc.indexOf(RESULTS_END);
  if (start < 0 || end < start) throw new Error(`${docPath} has no ${RESULTS_START} ... ${RESULTS_END} section`);
  const section = `${RESULTS_START}\n${renderReport(r)}\n\n<details><summary>The run as JSON</summary>\n\n\`\`\`json\n${jsonByKey(r)}\n\`\`\`\n</details>\n`;
  writeFileSync(docPath, doc.slice(0, start) + section + doc.slice(end));
}
