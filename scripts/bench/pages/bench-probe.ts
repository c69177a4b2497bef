/**
 * What every benchmark page records the same way, so `npm run bench` compares like with like: results per
 * frame, long main-thread tasks (Long Tasks API: tasks over 50 ms) and the first pose. Nothing is kept until
 * the script calls `startRecording()` (after the page is ready), so a 10-minute soak does not grow its own
 * arrays and the numbers cover only the steady live session.
 */
import type { LoadStep } from '../../../workers/engine';

export interface BenchEngine {
  variant: string;
  delegate: string;
}

export interface BenchSessionData {
  /** When recording started and stopped (performance.now()). */
  startedAt: number;
  stoppedAt: number;
  /** Frames run through the model while recording. */
  frames: number;
  /**
   * Of those, the frames where the model found a person (null for the element, which does not report frames one
   * by one). A frame with nobody in it is cheap (the person detector alone), so a loop that loses the person
   * looks fast: this keeps the frame rates comparable.
   */
  withPerson: number | null;
  /** Frames skipped because the model was still busy (ours only: the baseline blocks instead). */
  dropped: number;
  /** Time per processed frame as the page sees it: worker round trip (ours), detectForVideo call (baseline). */
  frameMs: number[];
  /** Time inside the model, as the engine reports it (ours only). */
  inferenceMs: number[];
  /** From the frame's capture (requestVideoFrameCallback metadata) to the analysis result (ours only). */
  captureToResultMs: number[];
  /** Of that, from the capture to the page's frame callback: the browser's delivery (ours only). */
  deliveryMs: number[];
  /** Which metadata time `captureToResultMs` starts from: captureTime where the browser gives it. */
  captureClock: 'captureTime' | 'expectedDisplayTime' | null;
  longTasks: { start: number; duration: number }[];
}

export interface BenchPage {
  /** Resolves once the model runs on camera frames; rejects with the reason the page could not start. */
  ready: Promise<BenchEngine>;
  /** Resolves with the performance.now() of the first result that found a person (time origin: navigation). */
  firstPose: Promise<number>;
  /** performance.now() of each start-up step the page marked (model loaded, camera playing...), in order. */
  marks: Record<string, number>;
  startRecording(): void;
  stopRecording(): BenchSessionData;
}

declare global {
  interface Window {
    bench?: BenchPage;
  }
}

/** Frame counts kept by the page under test itself (the <glute-coach> element counts its own frames). */
export type FrameCounts = () => { processed: number; dropped: number };

export interface FrameTiming {
  frameMs: number;
  inferenceMs?: number;
  captureToResultMs?: number;
  deliveryMs?: number;
  captureClock?: BenchSessionData['captureClock'];
}

function emptySession(): BenchSessionData {
  const now = performance.now();
  return { startedAt: now, stoppedAt: now, frames: 0, withPerson: 0, dropped: 0, frameMs: [], inferenceMs: [], captureToResultMs: [], deliveryMs: [], captureClock: null, longTasks: [] };
}

export class BenchRecorder {
  private data = emptySession();
  private readonly marks: Record<string, number> = {};
  private recording = false;
  private firstPoseFound: ((at: number) => void) | null = null;
  private readonly firstPose = new Promise<number>((resolve) => (this.firstPoseFound = resolve));

  constructor() {
    new PerformanceObserver((list) => {
      if (!this.recording) return;
      for (const entry of list.getEntries()) this.data.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  }

  /** A result came back; `landmarks` says whether it found a person (the first such is the first pose). */
  result(landmarks: boolean, timing: FrameTiming): void {
    if (landmarks) this.markFirstPose();
    if (!this.recording) return;
    const data = this.data;
    data.frames++;
    if (landmarks && data.withPerson !== null) data.withPerson++;
    data.frameMs.push(timing.frameMs);
    if (timing.inferenceMs !== undefined) data.inferenceMs.push(timing.inferenceMs);
    if (timing.captureToResultMs !== undefined) data.captureToResultMs.push(timing.captureToResultMs);
    if (timing.deliveryMs !== undefined) data.deliveryMs.push(timing.deliveryMs);
    if (timing.captureClock) data.captureClock = timing.captureClock;
  }

  dropped(): void {
    if (this.recording) this.data.dropped++;
  }

  /** Notes when a start-up step finished, to tell where the time to the first pose goes. */
  mark(step: string): void {
    this.marks[step] = performance.now();
  }

  /** Notes a step the first time it happens only. */
  markFirst(step: string): void {
    this.marks[step] ??= performance.now();
  }

  /** The worker's own load steps (EngineInfo.steps), on the page's clock. */
  markSteps(steps: readonly LoadStep[] = []): void {
    for (const { step, at } of steps) this.marks[step] = at - performance.timeOrigin;
  }

  /** The first result that found a person; also called by pages that cannot report results one by one. */
  markFirstPose(): void {
    this.firstPoseFound?.(performance.now());
    this.firstPoseFound = null;
  }

  /**
   * Exposes the page to the benchmark script as `window.bench`. With `counts`, frames and drops come from the
   * page's own counters (differences over the recording) instead of `result()` and `dropped()` calls.
   */
  expose(ready: Promise<BenchEngine>, counts?: FrameCounts): void {
    // The script reads the failure through `ready`; this keeps it from also surfacing as an unhandled rejection.
    ready.catch(() => {});
    let before = counts?.();
    window.bench = {
      ready,
      firstPose: this.firstPose,
      marks: this.marks,
      startRecording: () => {
        this.data = emptySession();
        before = counts?.();
        this.recording = true;
      },
      stopRecording: () => {
        this.recording = false;
        this.data.stoppedAt = performance.now();
        const after = counts?.();
        if (after && before) Object.assign(this.data, { frames: after.processed - before.processed, withPerson: null, dropped: after.dropped - before.dropped });
        return this.data;
      },
    };
  }
}
