/**
 * How closely one model's landmarks follow another's on the same frames: the measures the lite and heavy
 * models are held to against full (tests/browser/models.spec.ts, tests/unit/scripts/bench/model-agreement.test.ts,
 * and the tolerances in docs/benchmarks.md).
 */
import { angleAt2 } from '../../src/analysis/geometry';
import { bodyOf, JOINTS, Landmark, type Body, type PoseFrame, type Side } from '../../src/analysis/pose';

export interface Agreement {
  /** Frames where the reference found a person, and where both did. */
  referenceFrames: number;
  bothFrames: number;
  /** Share of the reference's pose frames where the candidate found a person too, 0..1. */
  detectionShare: number;
  /**
   * |difference| of the 2-D shoulder-hip-knee angle, in degrees on screen (x scaled by the aspect ratio), on the
   * side facing the camera (the one the reference sees better): the angle the bridge and thrust analysis reads.
   */
  hipAngleDeg: { mean: number; max: number };
  /** Distance between the two models' hips and knees (all four), as a share of the frame height: mean, and the worst frame's mean. */
  hipKneeOffset: { mean: number; max: number };
}

const HIPS_AND_KNEES = [Landmark.leftHip, Landmark.rightHip, Landmark.leftKnee, Landmark.rightKnee];

function hipAngle(body: Body, side: Side): number {
  const joints = JOINTS[side];
  return angleAt2(body.image(joints.hip), body.image(joints.shoulder), body.image(joints.knee));
}

/** The side whose shoulder, hip and knee the reference sees best (the one facing the camera). */
function facingSide(body: Body): Side {
  const seen = (side: Side) => [JOINTS[side].shoulder, JOINTS[side].hip, JOINTS[side].knee].reduce((sum, index) => sum + body.visibility(index), 0);
  return seen('left') >= seen('right') ? 'left' : 'right';
}

function meanOffset(reference: Body, candidate: Body): number {
  const offsets = HIPS_AND_KNEES.map((index) => {
    const [a, b] = [reference.image(index), candidate.image(index)];
    return Math.hypot(a.x - b.x, a.y - b.y);
  });
  return offsets.reduce((sum, offset) => sum + offset, 0) / offsets.length;
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN);
const max = (values: number[]) => (values.length ? Math.max(...values) : Number.NaN);

/** Compares `candidate` with `reference` frame by frame; both must hold the same frames in the same order. */
export function compareLandmarks(reference: readonly PoseFrame[], candidate: readonly PoseFrame[]): Agreement {
  if (reference.length !== candidate.length) throw new Error(`different frame counts: ${reference.length} and ${candidate.length}`);
  const angleDiffs: number[] = [];
  const offsets: number[] = [];
  let referenceFrames = 0;
  reference.forEach((frame, i) => {
    const ref = bodyOf(frame);
    if (!ref) return;
    referenceFrames++;
    const other = bodyOf(candidate[i]!);
    if (!other) return;
    const side = facingSide(ref);
    angleDiffs.push(Math.abs(hipAngle(ref, side) - hipAngle(other, side)));
    offsets.push(meanOffset(ref, other));
  });
  return {
    referenceFrames,
    bothFrames: angleDiffs.length,
    detectionShare: referenceFrames ? angleDiffs.length / referenceFrames : Number.NaN,
    hipAngleDeg: { mean: mean(angleDiffs), max: max(angleDiffs) },
    hipKneeOffset: { mean: mean(offsets), max: max(offsets) },
  };
}

export interface AgreementTolerance {
  minDetectionShare: number;
  hipAngleMeanDeg: number;
  hipAngleMaxDeg: number;
  hipKneeOffsetMean: number;
}

/**
 * 1.5x the worst value measured over the four shared clips in either check (the fixtures at 30 fps, and the
 * worker on every third frame), rounded up; the measured values are listed in docs/benchmarks.md. Both models
 * found a person on every frame full did; 0.98 leaves room for an odd frame.
 */
export const AGREEMENT_TOLERANCES: Record<'lite' | 'heavy', AgreementTolerance> = {
  // Worst measured: mean 3.04 deg and max 9.21 deg (hip-thrust fixture), offset 0.99% (push-up fixture).
  lite: { minDetectionShare: 0.98, hipAngleMeanDeg: 4.6, hipAngleMaxDeg: 14, hipKneeOffsetMean: 0.015 },
  // Worst measured: mean 2.67 deg (clamshell, both checks), max 7.37 deg (push-up, worker), offset 1.01% (bridge fixture).
  heavy: { minDetectionShare: 0.98, hipAngleMeanDeg: 4.0, hipAngleMaxDeg: 11.1, hipKneeOffsetMean: 0.016 },
};
