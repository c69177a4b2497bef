/** Feeds frames one at a time through smoothing, tracking, the position gate, rep counting and fault checks. */
import { DEFAULT_CONFIG, type AnalysisConfig } from './config';
import type { ExerciseModel, Reading, Sample } from './exercise-model';
import { exerciseById, type FaultType } from './exercises/catalogue';
import type { ExerciseDescriptor } from './exercises/exercise';
import { faultsIn, measureAtTop } from './faults';
import { roundDeg } from './geometry';
import { bodyOf, type PoseFrame, type Side } from './pose';
import { CutDetector } from './cuts';
import { RepCounter, type CompletedRep } from './rep-counter';
import { HeldFaultWatch } from './held-faults';
import { followPeople } from './people';
import { FrameSmoother } from './smoothing';
import { currentHoldMs, topOfRep } from './top-of-rep';
import type { Analyzer, AnalyzerOptions, Fault, FrameUpdate, RepDetail, Summary, TrackingStatus } from './types';

export type { Analyzer } from './types';

const NO_BODY: Reading = { status: 'body-not-visible', sample: null };

/** Where the analysis reads the camera side, a side given anyway is only a default, and the summary names none. */
const CAMERA_SIDE_DEFAULT = 'left';

/** An analyzer for a catalogue exercise, following the person in its position where the frames hold several. */
export function createAnalyzer(options: AnalyzerOptions, config: AnalysisConfig = DEFAULT_CONFIG): Analyzer {
  return followPeople(() => analyzerFor(exerciseById(options.exercise), options.side ?? null, config));
}

/** One counted movement: the exercise's only one, or one leg's where the legs alternate. */
interface Track {
  /** The leg it counts where the legs alternate; null otherwise. */
  leg: Side | null;
  /** Replaced at a cut: what it settled over time (the camera side, the face, the support) is the old shot's. */
  model: ExerciseModel;
  /** A model as at the start. */
  freshModel(): ExerciseModel;
  counter: RepCounter<Sample>;
  heldFaults: HeldFaultWatch;
}

interface EndedRep {
  rep: CompletedRep<Sample>;
  leg: Side | null;
}

/** Best first: a frame counts where any leg's reading counts, and otherwise names the reason closest to counting. */
const STATUS_ORDER: readonly TrackingStatus[] = ['ok', 'not-in-position', 'low-confidence', 'body-not-visible'];

function bestStatus(readings: readonly Reading[]): TrackingStatus {
  return STATUS_ORDER.find((status) => readings.some((reading) => reading.status === status)) ?? NO_BODY.status;
}

/** Where the legs alternate, each leg's reading and count; otherwise the one reading of the working (or any) side. */
function tracksOf(exercise: ExerciseDescriptor<string, FaultType>, chosenSide: Side | null, config: AnalysisConfig): Track[] {
  let counted = 0;
  // One numbering for every track, in the order reps count, so a rep number names one rep of the set.
  const numberRep = (): number => ++counted;
  const legs: readonly (Side | null)[] = exercise.workingSide === 'alternating' ? ['left', 'right'] : [null];
  return legs.map((leg) => {
    const freshModel = (): ExerciseModel => exercise.createModel(leg ?? chosenSide ?? CAMERA_SIDE_DEFAULT, config);
    return {
      leg,
      model: freshModel(),
      freshModel,
      counter: new RepCounter<Sample>(exercise.reps, numberRep, config.maxRiseDegPerS),
      heldFaults: new HeldFaultWatch(exercise.faults, config),
    };
  });
}

/** The track the frame's phase, angle and hold are of: the one with a rep under way, else the one lifted highest. */
function shownTrack(tracks: readonly Track[], readings: readonly Reading[]): number {
  const open = tracks.findIndex((track, i) => readings[i]?.status === 'ok' && track.counter.openRep());
  if (open >= 0) return open;
  const angle = (i: number): number => readings[i]?.sample?.angleDeg ?? -Infinity;
  return tracks.reduce((best, _track, i) => (angle(i) > angle(best) ? i : best), 0);
}

/** An analyzer for any exercise descriptor: all the analysis needs of an exercise is its entry. */
export function analyzerFor<Id extends string>(
  exercise: ExerciseDescriptor<Id, FaultType>,
  side: Side | null,
  config: AnalysisConfig = DEFAULT_CONFIG,
): Analyzer<Id> {
  const chosenSide = exercise.workingSide === 'chosen' ? side : null;
  if (exercise.workingSide === 'chosen' && chosenSide === null) throw new Error(`${exercise.name} needs the working side`);
  const alternating = exercise.workingSide === 'alternating';
  const tracks = tracksOf(exercise, chosenSide, config);
  const smoother = new FrameSmoother(config.smoothing, config.tracking.maxGapMs);
  const cuts = new CutDetector(config.cuts);
  const repDetails: RepDetail[] = [];
  const faults: Fault[] = [];
  const counts = { frames: 0, framesWithPose: 0, framesInPosition: 0 };
  const framesByStatus: Record<TrackingStatus, number> = { ok: 0, 'body-not-visible': 0, 'low-confidence': 0, 'not-in-position': 0 };
  let lastCountedT: number | null = null;
  /** Whether a frame since the last one in position saw the person out of it. */
  let seenOutOfPosition = false;
  /** The fault checks some rep could be judged on, and how many reps were judged at all. */
  const judged = new Set<FaultType>();
  let repsJudged = 0;
  /** Reps that ended on a frame where another had already ended: reported on the next frames, one a frame. */
  const waiting: EndedRep[] = [];

  /** Details and faults of a rep that has ended. */
  function complete({ rep, leg }: EndedRep): { detail: RepDetail; faults: Fault[] } {
    const top = topOfRep(rep.samples, config.holdToleranceDeg);
    const peak = top?.peak ?? rep.startSample;
    // A rep first seen at its top has no start to compare with, and its top may be half over: it counts, unjudged.
    const measured = top && rep.startSeen ? measureAtTop(exercise.faults, rep.startSample, top, rep.samples) : null;
    const repFaults = measured ? faultsIn(measured, rep.rep, peak.t) : [];
    if (measured) {
      repsJudged += 1;
      for (const { check, value } of measured) if (value !== null) judged.add(check.type);
    }
    const detail: RepDetail = {
      rep: rep.rep,
      start: rep.startSample.t,
      top: peak.t,
      end: rep.end,
      holdMs: top?.holdMs ?? 0,
      romDeg: roundDeg(peak.angleDeg - rep.troughDeg),
      peakExtensionDeg: peak.extensionDeg === null ? null : roundDeg(peak.extensionDeg),
      faults: repFaults.map((fault) => fault.type),
      ...(leg ? { leg } : {}),
    };
    repDetails.push(detail);
    faults.push(...repFaults);
    return { detail, faults: repFaults };
  }

  /** Every track's rep still under way, ended at its last tracked moment. `watched`: see RepCounter.interrupt. */
  function interruptAll(watched = false): EndedRep[] {
    return tracks.flatMap((track) => {
      const rep = track.counter.interrupt(watched);
      return rep ? [{ rep, leg: track.leg }] : [];
    });
  }

  /** A new shot is a new look at the person: nothing read from the old one carries over. */
  function restartAtCut(): void {
    smoother.restart(); // the new shot's landmarks must not be averaged with the old one's
    for (const track of tracks) track.model = track.freshModel();
  }

  /** A rep cannot span a long loss of tracking or a cut: its bottom and top might belong to different moments. */
  function interruptAtBreak(frame: PoseFrame): EndedRep[] {
    const cut = cuts.isCut(frame);
    if (cut) restartAtCut();
    const gap = lastCountedT !== null && frame.t - lastCountedT > config.tracking.maxGapMs;
    if (!cut && !gap) return [];
    lastCountedT = null;
    // Across a gap in which the person was seen out of position, the camera watched them move: not a new shot.
    return interruptAll(!cut && seenOutOfPosition);
  }

  function totalReps(): number {
    return tracks.reduce((sum, track) => sum + track.counter.count, 0);
  }

  function legCounts(): Record<Side, number> {
    const [left, right] = tracks;
    return { left: left?.counter.count ?? 0, right: right?.counter.count ?? 0 };
  }

  function push(frame: PoseFrame): FrameUpdate {
    counts.frames += 1;
    if (frame.image !== null) counts.framesWithPose += 1;
    const ended = [...waiting.splice(0), ...interruptAtBreak(frame)];
    const body = bodyOf(smoother.smooth(frame));
    const readings = tracks.map((track) => (body ? track.model.read(body, frame.t) : NO_BODY));
    const status = bestStatus(readings);
    framesByStatus[status] += 1;
    if (status === 'ok') {
      counts.framesInPosition += 1;
      lastCountedT = frame.t;
    }
    seenOutOfPosition = status === 'not-in-position' || (seenOutOfPosition && status !== 'ok');
    const countable = readings.map((reading) => (reading.status === 'ok' ? reading.sample : null));
    tracks.forEach((track, i) => {
      const sample = countable[i];
      const rep = sample ? track.counter.push(sample).completed : null;
      if (rep) ended.push({ rep, leg: track.leg });
    });
    const [first, ...later] = ended;
    waiting.push(...later);
    const completed = first ? complete(first) : null;
    const opens = tracks.map((track, i) => (countable[i] ? track.counter.openRep() : null));
    const shown = shownTrack(tracks, readings);
    const shownReading = readings[shown] ?? NO_BODY;
    const shownOpen = opens[shown];
    return {
      t: frame.t,
      status,
      phase: tracks[shown]!.counter.phase(),
      angleDeg: shownReading.sample ? roundDeg(shownReading.sample.angleDeg) : null,
      repCount: totalReps(),
      ...(alternating ? { legCounts: legCounts(), leg: tracks[shown]!.leg! } : {}),
      ...(completed ? { newRep: completed.detail } : {}),
      newFaults: completed?.faults ?? [],
      heldFaults: tracks.flatMap((track, i) => track.heldFaults.check(opens[i]?.startSeen ? opens[i] : null)),
      holdMs: shownOpen ? currentHoldMs(shownOpen.samples, config.holdToleranceDeg) : 0,
    };
  }

  function notJudged(): FaultType[] {
    return repsJudged > 0 ? exercise.faults.map((check) => check.type).filter((type) => !judged.has(type)) : [];
  }

  function finish(): Summary<Id> {
    for (const rep of [...waiting.splice(0), ...interruptAll()]) complete(rep);
    return {
      exercise: exercise.id,
      side: chosenSide,
      reps: totalReps(),
      ...(alternating ? { repsByLeg: legCounts() } : {}),
      repDetails: [...repDetails].sort((a, b) => a.rep - b.rep),
      faults: [...faults].sort((a, b) => a.rep - b.rep),
      ...counts,
      framesByStatus: { ...framesByStatus },
      notJudged: notJudged(),
    };
  }

  return { push, finish, notJudged };
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
