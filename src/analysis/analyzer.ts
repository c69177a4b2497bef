/** Feeds frames one at a time through smoothing, tracking, the position gate, rep counting and fault checks. */
import { createClamshellModel } from './clamshell';
import { DEFAULT_CONFIG, type AnalysisConfig } from './config';
import type { ExerciseModel, Reading, Sample } from './exercise-model';
import { faultsAtTop } from './faults';
import { roundDeg } from './geometry';
import { bodyOf, type PoseFrame } from './pose';
import { RepCounter, type CompletedRep } from './rep-counter';
import { FrameSmoother } from './smoothing';
import { createSupineModel } from './supine';
import { currentHoldMs, topOfRep } from './top-of-rep';
import type { AnalyzerOptions, Fault, FrameUpdate, RepDetail, Summary, TrackingStatus } from './types';

export interface Analyzer {
  /** Analyses the next frame; frames must come in time order. */
  push(frame: PoseFrame): FrameUpdate;
  /** Ends the sequence (a rep still at its top is completed) and summarises it. */
  finish(): Summary;
}

const NO_BODY: Reading = { status: 'body-not-visible', sample: null };

function modelFor(options: AnalyzerOptions, config: AnalysisConfig): ExerciseModel {
  return options.exercise === 'clamshell' ? createClamshellModel(options.side, config) : createSupineModel(config);
}

export function createAnalyzer(options: AnalyzerOptions, config: AnalysisConfig = DEFAULT_CONFIG): Analyzer {
  const model = modelFor(options, config);
  const smoother = new FrameSmoother(config.smoothing, config.tracking.maxGapMs);
  const counter = new RepCounter<Sample>(config.reps[options.exercise]);
  const repDetails: RepDetail[] = [];
  const faults: Fault[] = [];
  const counts = { frames: 0, framesWithPose: 0, framesInPosition: 0 };
  const framesByStatus: Record<TrackingStatus, number> = { ok: 0, 'body-not-visible': 0, 'low-confidence': 0, 'not-in-position': 0 };
  let lastCountedT: number | null = null;

  /** Details and faults of a rep that has ended. */
  function complete(rep: CompletedRep<Sample>): { detail: RepDetail; faults: Fault[] } {
    const top = topOfRep(rep.samples, config.holdToleranceDeg);
    const peak = top?.peak ?? rep.startSample;
    const repFaults = top ? faultsAtTop(options.exercise, rep.rep, rep.startSample, top, config.faults) : [];
    const detail: RepDetail = {
      rep: rep.rep,
      start: rep.startSample.t,
      top: peak.t,
      end: rep.end,
      holdMs: top?.holdMs ?? 0,
      romDeg: roundDeg(peak.angleDeg - rep.troughDeg),
      peakExtensionDeg: peak.extensionDeg === null ? null : roundDeg(peak.extensionDeg),
      faults: repFaults.map((fault) => fault.type),
    };
    repDetails.push(detail);
    faults.push(...repFaults);
    return { detail, faults: repFaults };
  }

  /** A rep cannot span a long loss of tracking: its bottom and top might belong to different moments. */
  function interruptAfterGap(t: number): CompletedRep<Sample> | null {
    if (lastCountedT === null || t - lastCountedT <= config.tracking.maxGapMs) return null;
    lastCountedT = null;
    return counter.interrupt();
  }

  function push(frame: PoseFrame): FrameUpdate {
    counts.frames += 1;
    if (frame.image !== null) counts.framesWithPose += 1;
    let ended = interruptAfterGap(frame.t);
    const body = bodyOf(smoother.smooth(frame));
    const reading = body ? model.read(body, frame.t) : NO_BODY;
    framesByStatus[reading.status] += 1;
    const countable = reading.status === 'ok' ? reading.sample : null;
    if (countable) {
      counts.framesInPosition += 1;
      lastCountedT = frame.t;
      ended = counter.push(countable).completed ?? ended;
    }
    const completed = ended ? complete(ended) : null;
    const open = countable ? counter.openSamples() : null;
    return {
      t: frame.t,
      status: reading.status,
      phase: counter.phase(),
      angleDeg: reading.sample ? roundDeg(reading.sample.angleDeg) : null,
      repCount: counter.count,
      ...(completed ? { newRep: completed.detail } : {}),
      newFaults: completed?.faults ?? [],
      holdMs: open ? currentHoldMs(open, config.holdToleranceDeg) : 0,
    };
  }

  function finish(): Summary {
    const ended = counter.interrupt();
    if (ended) complete(ended);
    return {
      exercise: options.exercise,
      side: options.exercise === 'clamshell' ? options.side : null,
      reps: counter.count,
      repDetails: [...repDetails],
      faults: [...faults],
      ...counts,
      framesByStatus: { ...framesByStatus },
    };
  }

  return { push, finish };
}

/** Analyses a whole recorded sequence at once. */
export function analyzeSequence(
  frames: Iterable<PoseFrame>,
  options: AnalyzerOptions,
  config: AnalysisConfig = DEFAULT_CONFIG,
): Summary {
  const analyzer = createAnalyzer(options, config);
  for (const frame of frames) analyzer.push(frame);
  return analyzer.finish();
}
