/** Public result types. Everything here is JSON-friendly (numbers, strings, arrays, null). */
import type { ExerciseId, FaultType } from './exercises/catalogue';
import type { FoundFault } from './faults';
import type { PoseFrame, Side } from './pose';
import type { Phase, TrackingStatus } from './status';

export type { AnalyzerOptions, ExerciseId, FaultType } from './exercises/catalogue';
export { EXERCISES } from './exercises/catalogue';
export type { Phase, TrackingStatus } from './status';
export type { HoldId } from './holds/catalogue';
export type { HoldPause } from './holds/hold-clock';
export type { HoldResult } from './holds/hold-analyzer';

export type Fault = FoundFault<FaultType>;

export interface RepDetail {
  rep: number;
  /** Last moment at the bottom before the lift, ms. */
  start: number;
  /** Moment of the peak, ms. */
  top: number;
  /** Back at the bottom (or the last tracked moment if the clip ended first), ms. */
  end: number;
  /** Time held within a few degrees of the rep's peak, ms. */
  holdMs: number;
  /** Peak minus the lowest angle before the lift, degrees. */
  romDeg: number;
  /** The working hip's extension at the peak (Sample.extensionDeg: hips or thigh past the straight line, + = extended); null where not judged. */
  peakExtensionDeg: number | null;
  faults: FaultType[];
  /** Alternating legs (a march): the leg this rep lifted; absent for the other exercises. */
  leg?: Side;
}

export interface FrameUpdate {
  t: number;
  status: TrackingStatus;
  phase: Phase;
  /** The movement angle this frame (hip angle, knee opening...), null when not tracked. */
  angleDeg: number | null;
  /** Reps counted so far; alternating legs: both legs' together. */
  repCount: number;
  /** Alternating legs: the reps each leg has counted so far; absent for the other exercises. */
  legCounts?: Record<Side, number>;
  /** Alternating legs: the leg `phase`, `angleDeg` and `holdMs` are of (the one lifted, or lifted last). */
  leg?: Side;
  /** A rep that finished on this frame (counted earlier, when it reached the top). */
  newRep?: RepDetail;
  /** The faults of `newRep`: judged over its whole held top, reported once the rep is complete (its record). */
  newFaults: Fault[];
  /**
   * Faults already sure while the current top is still held, each reported once per rep on the frame it
   * became sure: the moment to cue it, while the person can still correct it.
   */
  heldFaults: Fault[];
  /** How long the current top has been held, ms (0 when not at the top). */
  holdMs: number;
}

export interface Summary<Id extends string = ExerciseId> {
  exercise: Id;
  /** The chosen working leg; null for exercises whose side is read from the camera. */
  side: Side | null;
  reps: number;
  /** Alternating legs: the reps of each leg (they add up to `reps`); absent for the other exercises. */
  repsByLeg?: Record<Side, number>;
  repDetails: RepDetail[];
  faults: Fault[];
  frames: number;
  framesWithPose: number;
  /** Frames whose status was ok: few of them explains a count of zero. */
  framesInPosition: number;
  /** Frames per status (ok included): the reasons that kept frames out of the count. */
  framesByStatus: Record<TrackingStatus, number>;
  /**
   * The exercise's fault checks that no rep could be judged on, in catalogue order: what this view cannot show
   * (the knees caving in, filmed from the side). Empty without reps: nothing was tried.
   */
  notJudged: FaultType[];
}

export interface Analyzer<Id extends string = ExerciseId> {
  /** Analyses the next frame; frames must come in time order. */
  push(frame: PoseFrame): FrameUpdate;
  /** Ends the sequence (a rep still at its top is completed) and summarises it. */
  finish(): Summary<Id>;
  /** The fault checks no rep so far could be judged on (Summary.notJudged, as it stands now). */
  notJudged(): FaultType[];
}
