/**
 * Analyses a recorded clip on the same path as the live coach: video frames -> pose worker -> analysis.
 * Every sampled frame is analysed (the worker is awaited, never skipped), so the result depends on the file
 * alone. The next frame is decoded while the worker runs the model on the current one. With `detect` for the
 * exercise, every catalogue exercise's analysis reads the frames as they come (recognition.ts), and the clip is
 * then analysed as the one recognised.
 */
import {
  createAnalyzer,
  ExerciseRecogniser,
  isRecognised,
  type AnalyzerOptions,
  type ExerciseId,
  type FrameUpdate,
  type Recognition,
  type Side,
  type Summary,
} from '../analysis';
import type { EngineInfo, PoseClient, PoseResult } from '../pose';
import { median } from '../util/median';
import { videoFrames, type ClipFrame } from './video-frames';

export interface TimingSummary {
  median: number;
  p95: number;
}

/** Analyse the clip as the exercise it shows, rather than a chosen one. */
export const DETECT = 'detect';

/** An exercise and how likely it is the clip's: the share of the frames with a body in its position, its reps. */
export interface ClipCandidate {
  exercise: ExerciseId;
  /** The working leg, where the person chooses it; null otherwise. */
  side: Side | null;
  inPositionShare: number;
  reps: number;
}

/** How sure the detected exercise is: its own share of the frames in its position, and the next most likely. */
export interface ClipDetection {
  inPositionShare: number;
  /** The next most likely exercise (or the same one on the other leg); null when the person was in no other's position at all. */
  runnerUp: ClipCandidate | null;
}

export interface ClipAnalysis extends Summary {
  /** People the model looked for in each frame (people-probe.ts). */
  people: number;
  model: EngineInfo['variant'];
  engine: EngineInfo['engine'];
  delegate: EngineInfo['delegate'];
  msPerFrame: TimingSummary;
  durationMs: number;
  /** Where the exercise was detected (`detect`): how sure that is. */
  detection?: ClipDetection;
}

export interface ClipProgress {
  done: number;
  total: number;
  /** Reps counted so far; null while the exercise is still being detected. */
  reps: number | null;
}

/** `detect` found none of the catalogue's exercises: the person held none of their positions on enough frames. */
export class NoExerciseDetected extends Error {
  readonly code = 'no-exercise-detected';

  constructor(
    /** The most likely of the ones tried, though not likely enough; null when the person was in none of their positions at all. */
    readonly closest: ClipCandidate | null,
  ) {
    super('No exercise detected in the clip');
  }
}

export interface ClipAnalysisHooks {
  onProgress?: (progress: ClipProgress) => void;
  signal?: AbortSignal;
  /**
   * Each frame's landmarks as analysed and what the analysis made of them, for what keeps them: the evaluation's
   * cache, the clip analyser's replay (in memory only, never stored).
   */
  onPose?: (pose: PoseResult, update: FrameUpdate) => void;
}

/** The value `fraction` of the way up `sorted` (not empty). */
function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

export function timingSummary(samples: number[]): TimingSummary {
  if (samples.length === 0) return { median: 0, p95: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median: round(median(sorted)), p95: round(percentile(sorted, 0.95)) };
}

/** `loaded`: what `client` was loaded as for this clip (people-probe.ts `loadForClip`). */
export async function analyzeClip(
  video: HTMLVideoElement,
  client: PoseClient,
  loaded: { info: EngineInfo; people: number },
  exercise: AnalyzerOptions | typeof DETECT,
  hooks: ClipAnalysisHooks = {},
): Promise<ClipAnalysis> {
  const inferenceMs: number[] = [];
  const reading = exercise === DETECT ? detecting(hooks) : analysing(exercise, hooks);
  const durationMs = await readPoses(video, client, hooks.signal, (pose, progress) => {
    inferenceMs.push(pose.inferenceMs);
    hooks.onProgress?.({ ...progress, reps: reading.push(pose) });
  });
  const summary = reading.finish();
  // The engine may have changed mid-clip (a crash falls back to the other one): report the one that finished.
  const finalEngine = client.info ?? loaded.info;
  return {
    ...summary,
    people: loaded.people,
    model: finalEngine.variant,
    engine: finalEngine.engine,
    delegate: finalEngine.delegate,
    msPerFrame: timingSummary(inferenceMs),
    durationMs,
  };
}

/** What reads the clip's poses: `push` returns the reps so far (null while unknown), `finish` the analysis. */
interface PoseReading {
  push(pose: PoseResult): number | null;
  finish(): Summary & { detection?: ClipDetection };
}

/** The chosen exercise's analysis, frame by frame. */
function analysing(options: AnalyzerOptions, { onPose }: ClipAnalysisHooks): PoseReading {
  const analyzer = createAnalyzer(options);
  return {
    push: (pose) => {
      const update = analyzer.push(pose);
      onPose?.(pose, update);
      return update.repCount;
    },
    finish: () => analyzer.finish(),
  };
}

/** Every exercise's analysis on the poses as they come; at the end, the clip analysed as the one recognised. */
function detecting(hooks: ClipAnalysisHooks): PoseReading {
  const recogniser = new ExerciseRecogniser();
  const poses: PoseResult[] = [];
  return {
    push: (pose) => {
      recogniser.push(pose);
      poses.push(pose);
      return null;
    },
    finish: () => {
      // Only exercises the person was seen in at all are worth naming.
      const ranked = recogniser.ranked().filter((tried) => tried.inPositionShare > 0 || tried.reps > 0);
      const found = ranked.find(isRecognised);
      if (!found) throw new NoExerciseDetected(ranked[0] ? candidate(ranked[0]) : null);
      const analysis = analysing(found.options, hooks);
      for (const pose of poses) analysis.push(pose);
      const runnerUp = ranked.find((other) => other !== found);
      return { ...analysis.finish(), detection: { inPositionShare: found.inPositionShare, runnerUp: runnerUp ? candidate(runnerUp) : null } };
    },
  };
}

function candidate({ options, inPositionShare, reps }: Recognition): ClipCandidate {
  return { exercise: options.exercise, side: options.side ?? null, inPositionShare, reps };
}

/** Every sampled frame of the clip through the pose worker, in order; resolves with the last frame's time. */
async function readPoses(
  video: HTMLVideoElement,
  client: PoseClient,
  signal: AbortSignal | undefined,
  onPose: (pose: PoseResult, progress: { done: number; total: number }) => void,
): Promise<number> {
  const frames = videoFrames(video);
  let next: Promise<IteratorResult<ClipFrame>> = frames.next();
  let durationMs = 0;
  try {
    for (;;) {
      const { value: frame, done } = await next;
      if (done) return durationMs;
      if (signal?.aborted) {
        frame.bitmap.close();
        throw signal.reason ?? new DOMException('Analysis cancelled', 'AbortError');
      }
      const pose = client.detect(frame.bitmap, frame.t);
      next = frames.next();
      onPose(await pose, { done: frame.index + 1, total: frame.total });
      durationMs = frame.t;
    }
  } finally {
    // A frame decoded ahead but never analysed (cancel, worker error) still holds decoder memory.
    const unused = await next.catch(() => null);
    if (unused && !unused.done) unused.value.bitmap.close();
    await frames.return(undefined);
  }
}
