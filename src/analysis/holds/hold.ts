/**
 * What the coach knows about one timed hold (a plank, a stretch, a glute squeeze): a kind of its own beside the
 * rep exercises (exercises/), one folder per hold beside this file, listed in catalogue.ts. A hold is timed, not
 * counted: its clock (hold-clock.ts) runs only while its position check passes, and the check's first failed
 * condition is the reason the coach says when the clock pauses.
 */
import type { AnalysisConfig } from '../config';
import type { CameraView } from '../exercises/exercise';
import type { Body, Side } from '../pose';
import type { TrackingStatus } from '../status';

/** One frame's verdict: whether the landmarks could be read, and if they were, the first condition missed. */
export interface PositionReading {
  status: TrackingStatus;
  /** Said and shown when the clock pauses ("Hips dropped"); null while in position or when not tracked. */
  miss: string | null;
}

/** The per-frame position check of one side of a hold. */
export interface PositionModel {
  read(body: Body): PositionReading;
}

/** A condition of the position, with the words that say how to get back to it when it fails. */
export interface Condition<M> {
  /** Spoken when it fails: short, an instruction or what went wrong ("Hips dropped", "Straighten the front leg"). */
  cue: string;
  met(m: M): boolean;
}

/** A position read from the landmarks. */
export interface CheckedPosition {
  kind: 'checked';
  create(side: Side, config: AnalysisConfig): PositionModel;
}

/**
 * A hold no camera can check (a glute squeeze moves nothing the landmarks show): the coach counts it out and says
 * why it does not watch.
 */
export interface GuidedPosition {
  kind: 'guided';
  /** Said at the start: why the camera does not check this hold. */
  why: string;
  /** The count of one hold, said second by second ("Squeeze", "2", "3"), then `relax` for `relaxMs`. */
  relax: string;
  relaxMs: number;
}

export interface HoldDescriptor<Id extends string = string> {
  readonly id: Id;
  /** Shown and spoken: "Plank". */
  readonly name: string;
  /** Held on each side in turn (left, then right), as a stretch of one leg is. */
  readonly perSide: boolean;
  /** Each hold's target time in position, ms. */
  readonly targetMs: number;
  /** How many holds a block makes (per side where it has sides): the programme's 10 squeezes, one of each stretch. */
  readonly holds: number;
  readonly camera: {
    readonly view: CameraView;
    /** The set-up steps, in order; `side` is the side being held where the hold has sides. */
    setup(side: Side): string[];
    /** Shown while the person is not in the hold's position (before the clock starts). */
    readonly positionHint: string;
  };
  readonly position: CheckedPosition | GuidedPosition;
  /** What to try after stopping for pain (as an exercise's `gentler`; `instead` names a rep exercise or a hold). */
  readonly gentler: { readonly instead?: string; readonly title: string; readonly how: string };
  /** Its colour in the history (Okabe-Ito). */
  readonly chartColor: string;
}

/** Keeps the entry's id as a literal type, so the catalogue's union is exact. */
export function defineHold<const Id extends string>(descriptor: HoldDescriptor<Id>): HoldDescriptor<Id> {
  return descriptor;
}
