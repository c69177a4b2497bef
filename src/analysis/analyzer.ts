/** Feeds frames one at a time through smoothing, tracking, the position gate, rep counting and fault checks. */
import { DEFAULT_CONFIG, type AnalysisConfig } from './config';
import type { Reading, Sample } from './exercise-model';
import { exerciseById, type ExerciseId, type FaultType } from './exercises/catalogue';
import type { ExerciseDescriptor } from './exercises/exercise';
import { faultsAtTop } from './faults';
import { roundDeg } from './geometry';
import { bodyOf, type PoseFrame, type Side } from './pose';
import { CutDetector } from './cuts';
import { RepCounter, type CompletedRep } from './rep-counter';
import { HeldFaultWatch } from './held-faults';
import { FrameSmoother } from './smoothing';
import { currentHoldMs, topOfRep } from './top-of-rep';
import type { AnalyzerOptions, Fault, FrameUpdate, RepDetail, Summary, TrackingStatus } from './types';

export interface Analyzer<Id extends string = ExerciseId> {
  /** Analyses the next frame; frames must come in time order. */
  push(frame: PoseFrame): FrameUpdate;
  /** Ends the sequence (a rep still at its top is completed) and summarises it. */
  finish(): Summary<Id>;
}

const NO_BODY: Reading = { status: 'body-not-visible', sample: null };

/** Where the analysis reads the camera side, a side given anyway is only a default, and the summary names none. */
const CAMERA_SIDE_DEFAULT = 'left';

/** An analyzer for a catalogue exercise. */
export function createAnalyzer(options: AnalyzerOptions, config: AnalysisConfig = DEFAULT_CONFIG): Analyzer {
  return analyzerFor(exerciseById(options.exercise), options.side ?? null, config);
}

/** An analyzer for any exercise descriptor: all the analysis needs of an exercise is its entry. */
export function analyzerFor<Id extends string>(
  exercise: ExerciseDescriptor<Id, FaultType>,
  side: Side | null,
  config: AnalysisConfig = DEFAULT_CONFIG,
): Analyzer<Id> {
  const chosenSide = exercise.workingSide === 'chosen' ? side : null;
  if (exercise.workingSide === 'chosen' && chosenSide === null) throw new Error(`${exercise.name} needs the working side`);
  const model = exercise.createModel(chosenSide ?? CAMERA_SIDE_DEFAULT, config);
  const smoother = new FrameSmoother(config.smoothing, config.tracking.maxGapMs);
  const counter = new RepCounter<Sample>(exercise.reps);
  const heldFaults = new HeldFaultWatch(exercise.faults, config);
  const cuts = new CutDetector(config.cuts);
  const repDetails: RepDetail[] = [];
  const faults: Fault[] = [];
  const counts = { frames: 0, framesWithPose: 0, framesInPosition: 0 };
  const framesByStatus: Record<TrackingStatus, number> = { ok: 0, 'body-not-visible': 0, 'low-confidence': 0, 'not-in-position': 0 };
  let lastCountedT: number | null = null;

  /** Details and faults of a rep that has ended. */
  function complete(rep: CompletedRep<Sample>): { detail: RepDetail; faults: Fault[] } {
    const top = topOfRep(rep.samples, config.holdToleranceDeg);
    const peak = top?.peak ?? rep.startSample;
    const repFaults = top ? faultsAtTop(exercise.faults, rep.rep, rep.startSample, top) : [];
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

  /** A rep cannot span a long loss of tracking or a cut: its bottom and top might belong to different moments. */
  function interruptAtBreak(frame: PoseFrame): CompletedRep<Sample> | null {
    const cut = cuts.isCut(frame);
    if (cut) smoother.restart(); // the new shot's landmarks must not be averaged with the old one's
    const gap = lastCountedT !== null && frame.t - lastCountedT > config.tracking.maxGapMs;
    if (!cut && !gap) return null;
    lastCountedT = null;
    return counter.interrupt();
  }

  function push(frame: PoseFrame): FrameUpdate {
    counts.frames += 1;
    if (frame.image !== null) counts.framesWithPose += 1;
    let ended = interruptAtBreak(frame);
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
    const open = countable ? counter.openRep() : null;
    return {
      t: frame.t,
      status: reading.status,
      phase: counter.phase(),
      angleDeg: reading.sample ? roundDeg(reading.sample.angleDeg) : null,
      repCount: counter.count,
      ...(completed ? { newRep: completed.detail } : {}),
      newFaults: completed?.faults ?? [],
      heldFaults: heldFaults.check(open),
      holdMs: open ? currentHoldMs(open.samples, config.holdToleranceDeg) : 0,
    };
  }

  function finish(): Summary<Id> {
    const ended = counter.interrupt();
    if (ended) complete(ended);
    return {
      exercise: exercise.id,
      side: chosenSide,
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
