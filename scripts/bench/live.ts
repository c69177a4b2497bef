/**
 * The live sessions: a page runs on the fake camera for N seconds while the script records its results, its
 * long main-thread tasks and the main thread's total task time. Ours (bench-live: the element's steps in a bare
 * page, so capture-to-result can be timed), track and track-videoframe (the same with the camera read in the
 * worker, bench-track: an ImageBitmap made there, or the VideoFrame given to the model as it is), the
 * <glute-coach> element itself, and the baseline (the MediaPipe web sample's main-thread loop).
 */
import type { BrowserContext } from 'playwright';
import type { BenchSessionData } from './pages/bench-probe';
import { errorMessage } from '../../src/util/error-message';
import type { ModelVariant } from '../../workers/engine';
import { gpuProcessCpuSeconds, mainThreadTaskMs, openBenchPage, performanceCdp, startRecording, stopRecording } from './browser';
import { round1, round2, summary, type TimingSummary } from './stats';

export type Runner = 'ours' | 'track' | 'track-videoframe' | 'element' | 'baseline';

/** Each runner's page, and the query that picks its variant of the loop. */
const RUNNER_PAGES: Record<Runner, string> = {
  ours: '/scripts/bench/pages/bench-live.html?',
  track: '/scripts/bench/pages/bench-track.html?input=bitmap',
  'track-videoframe': '/scripts/bench/pages/bench-track.html?input=videoframe',
  element: '/scripts/bench/pages/bench-element.html?',
  baseline: '/scripts/bench/pages/baseline.html?',
};

/** Let the page settle (JIT, caches, the detector's first frames) before recording. */
const SETTLE_MS = 3000;

export interface LiveResult {
  runner: Runner;
  model: string;
  delegate: string;
  seconds: number;
  /** Frames analysed per second. */
  fps: number;
  frames: number;
  /** Share of the frames where the model found a person (null where the page does not say). */
  personShare: number | null;
  dropped: number;
  /** Per analysed frame: worker round trip incl. the bitmap (ours), detectForVideo (baseline). */
  frameMs: TimingSummary | null;
  /** Inside the model, as the worker reports it (ours). */
  modelMs: TimingSummary | null;
  captureToResultMs: TimingSummary | null;
  /** The part of it before our frame callback ran: the browser delivering the frame (ours). */
  deliveryMs: TimingSummary | null;
  captureClock: BenchSessionData['captureClock'];
  /** Long tasks (over 50 ms) on the main thread while recording, and their total duration. */
  longTasks: number;
  blockedMs: number;
  /** Share of the session the main thread spent running tasks of any length (Chromium's TaskDuration). */
  mainThreadBusyShare: number;
  /** CPU time of Chromium's GPU process (the compositor on a software renderer) over the session, in cores. */
  gpuProcessCpuShare: number | null;
}

export type LiveOutcome = LiveResult | { runner: Runner; model: string; error: string };

/** Every runner, in the order tables list them. */
export const RUNNERS = Object.keys(RUNNER_PAGES) as Runner[];

export function sessionUrl(origin: string, runner: Runner, model: ModelVariant, delegate: string): string {
  return `${origin}${RUNNER_PAGES[runner]}&model=${model}&delegate=${delegate}`;
}

interface SessionCosts {
  mainThreadBusyMs: number;
  gpuProcessCpuMs: number | null;
}

function liveResult(runner: Runner, engine: { variant: string; delegate: string }, data: BenchSessionData, costs: SessionCosts): LiveResult {
  const seconds = (data.stoppedAt - data.startedAt) / 1000;
  return {
    runner,
    model: engine.variant,
    delegate: engine.delegate,
    seconds: round1(seconds),
    fps: round2(data.frames / seconds),
    frames: data.frames,
    personShare: data.withPerson === null || data.frames === 0 ? null : round2(data.withPerson / data.frames),
    dropped: data.dropped,
    frameMs: summary(data.frameMs),
    modelMs: summary(data.inferenceMs),
    captureToResultMs: summary(data.captureToResultMs),
    deliveryMs: summary(data.deliveryMs),
    captureClock: data.captureClock,
    longTasks: data.longTasks.length,
    blockedMs: Math.round(data.longTasks.reduce((total, task) => total + task.duration, 0)),
    mainThreadBusyShare: round2(costs.mainThreadBusyMs / (seconds * 1000)),
    gpuProcessCpuShare: costs.gpuProcessCpuMs === null ? null : round2(costs.gpuProcessCpuMs / (seconds * 1000)),
  };
}

export async function liveSession(context: BrowserContext, url: string, runner: Runner, seconds: number): Promise<LiveOutcome> {
  const model = new URL(url).searchParams.get('model') ?? '';
  let opened;
  try {
    opened = await openBenchPage(context, url);
  } catch (error) {
    return { runner, model, error: errorMessage(error) };
  }
  const { page, engine } = opened;
  try {
    const cdp = await performanceCdp(page);
    await page.waitForTimeout(SETTLE_MS);
    const [busyBefore, gpuBefore] = [await mainThreadTaskMs(cdp), await gpuProcessCpuSeconds(page)];
    await startRecording(page);
    await page.waitForTimeout(seconds * 1000);
    const data = await stopRecording(page);
    const [busyAfter, gpuAfter] = [await mainThreadTaskMs(cdp), await gpuProcessCpuSeconds(page)];
    const gpuProcessCpuMs = gpuBefore === null || gpuAfter === null ? null : (gpuAfter - gpuBefore) * 1000;
    return liveResult(runner, engine, data, { mainThreadBusyMs: busyAfter - busyBefore, gpuProcessCpuMs });
  } finally {
    await page.close();
  }
}
