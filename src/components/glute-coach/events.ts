/** The events a <glute-coach> dispatches: all bubble and are composed, so any ancestor of the element hears them. */
import type { ActivityId, ExerciseId, Fault, HoldId, HoldResult, Side } from '../../analysis';
import type { CoachError, CoachErrorCode } from '../../live/errors';
import type { PainStop, SessionRecord } from '../../storage';
import type { GentlerVariant } from '../stop-button';
import type { CameraInfo } from '../../live/camera-controller';
import type { EngineInfo } from '../../pose';

export interface ReadyDetail {
  camera: CameraInfo;
  model: EngineInfo;
  /** `model="auto"`: why this variant, with the times measured on this device; null when it was named. */
  modelReason: string | null;
}

export interface RepEventDetail {
  exercise: ExerciseId;
  /** The working leg where the person chooses it (clamshell, leg lift, single-leg bridge); null otherwise (both legs work, or take turns: donkey kick, march). */
  side: Side | null;
  /** 1-based set and rep within the set (where the legs alternate, both legs' reps numbered together). */
  set: number;
  rep: number;
  /** Where the legs alternate (glute march): the leg this rep lifted; absent for the other exercises. */
  leg?: Side;
  /** Time held at the top, ms. */
  holdMs: number;
  /** Range of motion, degrees. */
  romDeg: number;
  faults: Fault[];
}

export interface FaultEventDetail extends Fault {
  set: number;
}

export interface SetCompleteDetail {
  exercise: ExerciseId;
  side: Side | null;
  set: number;
  sets: number;
  reps: number;
  targetReps: number;
  /** Rest before the next set, ms; null after the last set. */
  restMs: number | null;
}

export interface PainStopDetail extends PainStop {
  /** The exercise, or the timed hold (whose `rep` is then the hold under way). */
  exercise: ActivityId;
  /** The working leg; a hold's: the side held. */
  side: Side | null;
  /** What to try instead, in plain words. */
  gentler: GentlerVariant;
}

/** A timed hold ended (its target reached, or stopped): kept in the session record as a rep is. */
export interface HoldEventDetail extends HoldResult {
  exercise: HoldId;
  /** 1-based round of holds (each side once a round, where the hold has sides). */
  set: number;
}

export interface CoachErrorDetail {
  code: CoachErrorCode;
  message: string;
  /** The app file at fault (e.g. `models/pose_landmarker_full.task`), when a model or wasm file is missing or broken. */
  file?: string;
}

export function errorDetail(error: CoachError): CoachErrorDetail {
  return { code: error.code, message: error.message, ...(error.file ? { file: error.file } : {}) };
}

export interface TrainingViewDetail {
  /** True while the training view covers the viewport (`fullscreen`, from Start to the session's end). */
  on: boolean;
}

/** An exercise, with the working leg where the person chooses it (clamshell, leg lift, single-leg bridge, step-up); null otherwise. */
export interface ExerciseChoice {
  exercise: ExerciseId;
  side: Side | null;
}

export interface ExerciseSwitchDetail {
  /** The exercise coached until now. */
  from: ExerciseChoice;
  /** `exercise-suggested`: the exercise whose position the person has been in; `exercise-switched`: the one coached from now on. */
  to: ExerciseChoice;
}

export interface GluteCoachEventMap {
  ready: CustomEvent<ReadyDetail>;
  rep: CustomEvent<RepEventDetail>;
  hold: CustomEvent<HoldEventDetail>;
  fault: CustomEvent<FaultEventDetail>;
  'set-complete': CustomEvent<SetCompleteDetail>;
  /** The session as saved to the history. */
  'session-end': CustomEvent<SessionRecord>;
  /** The person pressed "Stop: it hurts": the set ends, the session is saved with where in the rep it happened. */
  'pain-stop': CustomEvent<PainStopDetail>;
  error: CustomEvent<CoachErrorDetail>;
  /** The training view (`fullscreen`) took the viewport or gave it back: the page hides or shows what it put around. */
  'training-view': CustomEvent<TrainingViewDetail>;
  /** Outside a routine: the person has clearly been in another exercise's position for a few seconds, doing it; the coach asks whether to switch. */
  'exercise-suggested': CustomEvent<ExerciseSwitchDetail>;
  /** The person took the switch: the block under way ended (saved as far as it went) and the new exercise's block starts. */
  'exercise-switched': CustomEvent<ExerciseSwitchDetail>;
}

/** What `emit` takes: the detail of each event. */
export type GluteCoachEventDetails = { [Name in keyof GluteCoachEventMap]: GluteCoachEventMap[Name]['detail'] };

/**
 * `error` is left out here: the DOM already types it as ErrorEvent on every element, and an interface merge
 * cannot change that. <glute-coach>'s own addEventListener overloads type all its events.
 */
declare global {
  interface HTMLElementEventMap {
    ready: GluteCoachEventMap['ready'];
    rep: GluteCoachEventMap['rep'];
    hold: GluteCoachEventMap['hold'];
    fault: GluteCoachEventMap['fault'];
    'set-complete': GluteCoachEventMap['set-complete'];
    'session-end': GluteCoachEventMap['session-end'];
    'pain-stop': GluteCoachEventMap['pain-stop'];
    'training-view': GluteCoachEventMap['training-view'];
    'exercise-suggested': GluteCoachEventMap['exercise-suggested'];
    'exercise-switched': GluteCoachEventMap['exercise-switched'];
  }
}
