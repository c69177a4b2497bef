/**
 * Analyses a recorded clip on the same path as the live coach: video frames -> pose worker -> analysis.
 * Every sampled frame is analysed (the worker is awaited, never skipped), so the result depends on the file
 * alone. The next frame is decoded while the worker runs the model on the current one.
 */
import { createAnalyzer, type AnalyzerOptions, type FrameUpdate, type Summary } from '../analysis';
import type { EngineInfo, PoseClient, PoseResult } from '../pose';
import { median } from '../util/median';
import { videoFrames, type ClipFrame } from './video-frames';

export interface TimingSummary {
  median: number;
  p95: number;
}

export interface ClipAnalysis extends Summary {
  model: EngineInfo['variant'];
  engine: EngineInfo['engine'];
  delegate: EngineInfo['delegate'];
  msPerFrame: TimingSummary;
  durationMs: number;
}

export interface ClipProgress {
  done: number;
  total: number;
  reps: number;
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

export async function analyzeClip(
  video: HTMLVideoElement,
  client: PoseClient,
  engine: EngineInfo,
  options: AnalyzerOptions,
  { onProgress, signal, onPose }: ClipAnalysisHooks = {},
): Promise<ClipAnalysis> {
  const analyzer = createAnalyzer(options);
  const inferenceMs: number[] = [];
  const frames = videoFrames(video);
  let next: Promise<IteratorResult<ClipFrame>> = frames.next();
  let durationMs = 0;
  try {
    for (;;) {
      const { value: frame, done } = await next;
      if (done) break;
      if (signal?.aborted) {
        frame.bitmap.close();
        throw signal.reason ?? new DOMException('Analysis cancelled', 'AbortError');
      }
      const pose = client.detect(frame.bitmap, frame.t);
      next = frames.next();
      const result = await pose;
      inferenceMs.push(result.inferenceMs);
      const update = analyzer.push(result);
      onPose?.(result, update);
      durationMs = frame.t;
      onProgress?.({ done: frame.index + 1, total: frame.total, reps: update.repCount });
    }
  } finally {
    // A frame decoded ahead but never analysed (cancel, worker error) still holds decoder memory.
    const unused = await next.catch(() => null);
    if (unused && !unused.done) unused.value.bitmap.close();
    await frames.return(undefined);
  }
  // The engine may have changed mid-clip (a crash falls back to the other one): report the one that finished.
  const finalEngine = client.info ?? engine;
  return {
    ...analyzer.finish(),
    model: finalEngine.variant,
    engine: finalEngine.engine,
    delegate: finalEngine.delegate,
    msPerFrame: timingSummary(inferenceMs),
    durationMs,
  };
}
