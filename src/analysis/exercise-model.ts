/** What the analyzer needs from each exercise: a reading per frame. */
import type { AnalysisConfig } from './config';
import { hipLine } from './pelvis';
import type { AngleSample } from './rep-counter';
import type { Body, Point3 } from './pose';
import type { StandingForm } from './standing-form';
import type { TrackingStatus } from './status';
import { landmarkStatus } from './tracking';

/** One tracked frame, reduced to the numbers reps and faults are judged on. */
export interface Sample extends AngleSample {
  /**
   * The working hip's extension past the straight line with the torso, degrees; null where not judged (clamshell).
   * Lying on the back: hips past the shoulder-hip-knee line (+ = away from the floor); on all fours: the thigh
   * past the line of the back; lying on the side: the top leg behind (+) or in front of (-) the body's plane.
   */
  extensionDeg: number | null;
  /** Face turned up from a level gaze, degrees (see SupineMeasurement); null where not measured. */
  headBackDeg: number | null;
  /** World (3-D) unit vector from the right hip to the left hip. */
  hipLine: Point3;
  /** Standing exercises: this frame's form (what their fault checks judge); absent for the floor exercises. */
  standing?: StandingForm;
}

export interface Reading {
  status: TrackingStatus;
  /** Present whenever the needed landmarks were usable, even if the person is not in position. */
  sample: Sample | null;
}

export interface ExerciseModel {
  read(body: Body, t: number): Reading;
}

/** A sample's own numbers: what a movement reads from its measurement (the time and hip line are every sample's). */
export type MovementNumbers = Omit<Sample, 't' | 'hipLine'>;

/** How one exercise reads a frame: the landmarks it needs, its measurement, its position gate and its numbers. */
export interface GatedMovement<M> {
  /** The landmarks the measurement needs; asked first on every frame, so a camera-side tracker may update here. */
  needed(body: Body): readonly number[];
  measure(body: Body): M;
  /** The position gate; `t` for gates that settle over time. */
  inPosition(m: M, t: number): boolean;
  numbers(m: M, body: Body): MovementNumbers;
}

/**
 * The model every exercise's reading shares: no sample without the needed landmarks, and a sample (in position
 * or not, so the UI can show the angle) wherever they are usable.
 */
export function createGatedModel<M>(movement: GatedMovement<M>, config: AnalysisConfig): ExerciseModel {
  return {
    read(body, t): Reading {
      const status = landmarkStatus(body, movement.needed(body), config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = movement.measure(body);
      return {
        status: movement.inPosition(m, t) ? 'ok' : 'not-in-position',
        sample: { t, hipLine: hipLine(body), ...movement.numbers(m, body) },
      };
    },
  };
}
