/** Public result types. Everything here is JSON-friendly (numbers, strings, arrays, null). */
import type { Side } from './pose';

export type ExerciseId = 'glute-bridge' | 'hip-thrust' | 'clamshell';

export const EXERCISES: readonly ExerciseId[] = ['glute-bridge', 'hip-thrust', 'clamshell'];

/** Bridge and thrust need no side: the side facing the camera is found from the pose. */
export type AnalyzerOptions =
  | { exercise: 'glute-bridge' | 'hip-thrust' }
  | { exercise: 'clamshell'; /** The working (top) leg. */ side: Side };

/** Why the current frame does or does not count. */
export type TrackingStatus = 'ok' | 'body-not-visible' | 'low-confidence' | 'not-in-position';

export type Phase = 'bottom' | 'rising' | 'top' | 'lowering';

export type FaultType = 'lumbar-overarch' | 'head-back' | 'pelvic-drop';

export interface Fault {
  type: FaultType;
  /** 1-based rep number. */
  rep: number;
  /** Time of the rep's top, ms. */
  t: number;
  /** Size of the fault in degrees. */
  value: number;
  /** Short plain-words correction for the person. */
  cue: string;
}

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
  /** Bridge/thrust: hips past the straight shoulder-hip-knee line at the peak (+ = above it); clamshell: null. */
  peakExtensionDeg: number | null;
  faults: FaultType[];
}

export interface FrameUpdate {
  t: number;
  status: TrackingStatus;
  phase: Phase;
  /** The movement angle this frame (hip angle or clamshell opening), null when not tracked. */
  angleDeg: number | null;
  repCount: number;
  /** A rep that finished on this frame (counted earlier, when it reached the top). */
  newRep?: RepDetail;
  /** The faults of `newRep`: judged at its top, reported once the rep is complete. */
  newFaults: Fault[];
  /** How long the current top has been held, ms (0 when not at the top). */
  holdMs: number;
}

export interface Summary {
  exercise: ExerciseId;
  /** Clamshell working side; null for bridge and thrust. */
  side: Side | null;
  reps: number;
  repDetails: RepDetail[];
  faults: Fault[];
  frames: number;
  framesWithPose: number;
  /** Frames whose status was ok: few of them explains a count of zero. */
  framesInPosition: number;
  /** Frames per status (ok included): the reasons that kept frames out of the count. */
  framesByStatus: Record<TrackingStatus, number>;
}
