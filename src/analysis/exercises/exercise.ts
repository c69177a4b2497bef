/**
 * What the coach knows about one exercise: everything the analysis, the live coach, the clip analyser, the
 * history and storage need, in one typed entry per exercise (one folder each beside this file, listed in
 * catalogue.ts). Nothing outside an exercise's folder names it.
 */
import type { AnalysisConfig } from '../config';
import type { ExerciseModel } from '../exercise-model';
import type { FaultCheck } from '../faults';
import type { Side } from '../pose';
import type { RepThresholds } from '../rep-counter';

/**
 * `chosen`: one leg works at a time and the person says which (the top leg of a clamshell).
 * `camera`: both legs work together; the analysis reads the side that faces the camera.
 * `alternating`: the legs take turns within a set (a march): each leg is counted apart, every rep names its leg,
 * and a set is done when both legs reach the target. `createModel(leg)` then reads that leg's movement.
 */
export type WorkingSide = 'chosen' | 'camera' | 'alternating';

/** Where the camera looks at the person from. */
export type CameraView = 'side' | 'front';

export interface ExerciseDescriptor<Id extends string = string, Fault extends string = string, Sides extends WorkingSide = WorkingSide> {
  readonly id: Id;
  /** Shown and spoken: "Glute bridge". */
  readonly name: string;
  readonly workingSide: Sides;
  /** The per-frame reading: position gate and movement angle, for the working (or any) side; alternating: of that leg. */
  createModel(side: Side, config: AnalysisConfig): ExerciseModel;
  /** Counting zones on the movement angle. */
  readonly reps: RepThresholds;
  /** Checked at the top of every rep, in this order. */
  readonly faults: readonly FaultCheck<Fault>[];
  /** How long the top is held before the "hold reached" tone. */
  readonly holdTargetMs: number;
  /** A first session's targets (the programme's numbers); alternating: the reps of each leg. */
  readonly targets: { readonly reps: number; readonly sets: number };
  readonly camera: {
    readonly view: CameraView;
    /** The set-up steps, in order: where the camera goes, how to lie, what must be in the picture. */
    setup(side: Side): string[];
    /** Shown while the person is not in the exercise's position. */
    readonly positionHint: string;
  };
  /** What to try after stopping for pain: the same work with less load on the back. */
  readonly gentler: {
    /** The exercise to do instead (an id in the catalogue); this one, done smaller, where absent. */
    readonly instead?: string;
    /** Short, for a heading. */
    readonly title: string;
    /** What to do. */
    readonly how: string;
  };
  /** Its colour in the history charts (Okabe-Ito). */
  readonly chartColor: string;
}

/** Keeps the entry's id, faults and side rule as literal types, so the catalogue's unions are exact. */
export function defineExercise<const Id extends string, const Fault extends string, const Sides extends WorkingSide>(
  descriptor: ExerciseDescriptor<Id, Fault, Sides>,
): ExerciseDescriptor<Id, Fault, Sides> {
  return descriptor;
}
