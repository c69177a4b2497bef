/** What the analyzer needs from each exercise: a reading per frame. */
import type { AngleSample } from './rep-counter';
import type { Body, Point3 } from './pose';
import type { StandingForm } from './standing-form';
import type { TrackingStatus } from './status';

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
