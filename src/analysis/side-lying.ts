/**
 * Lying on one side facing the camera (clamshell, side-lying leg lift): the working leg on top, filmed from the
 * front. The checks every side-lying exercise shares; each adds its own leg position (knees bent or straight).
 */
import type { AnalysisConfig } from './config';
import { createGatedModel, type ExerciseModel } from './exercise-model';
import { angleAt3, midpoint2, sub2, tiltFromHorizontal } from './geometry';
import { JOINTS, otherSide, type Body, type Side } from './pose';

/** The shared gate: lying on the other side, facing the camera, hips stacked. */
export interface SideLyingGate {
  /** Shoulder-hip line within this of the image horizontal (lying down). */
  maxTorsoTiltDeg: number;
  /** Hip-to-hip line within this of the image vertical (hips stacked). */
  maxHipLineFromVerticalDeg: number;
  /** Hip-to-hip distance at least this fraction of the torso length (hips seen from the front). */
  minHipGapToTorso: number;
}

export interface SideLyingMeasurement {
  /** Hip-knee-ankle of the working (top) leg, 3-D: a front view hides knee bend in the image. */
  kneeAngleDeg: number;
  /** Shoulder-midpoint to hip-midpoint line from the image horizontal, 0..90. */
  torsoTiltDeg: number;
  /** Hip-to-hip line from the image vertical, 0..90. */
  hipLineFromVerticalDeg: number;
  /** Hip-to-hip distance over torso length (image): large when the hips are seen stacked from the front. */
  hipGapToTorso: number;
  /** The working side's hip is the upper one in the image. */
  workingHipOnTop: boolean;
}

export function measureSideLying(body: Body, workingSide: Side): SideLyingMeasurement {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const topHip = body.image(top.hip);
  const bottomHip = body.image(bottom.hip);
  const shoulderMid = midpoint2(body.image(top.shoulder), body.image(bottom.shoulder));
  const hipToHip = sub2(topHip, bottomHip);
  const torso = sub2(shoulderMid, midpoint2(topHip, bottomHip));
  return {
    kneeAngleDeg: angleAt3(body.world(top.knee), body.world(top.hip), body.world(top.ankle)),
    torsoTiltDeg: tiltFromHorizontal(torso),
    hipLineFromVerticalDeg: 90 - tiltFromHorizontal(hipToHip),
    hipGapToTorso: Math.hypot(hipToHip.x, hipToHip.y) / Math.hypot(torso.x, torso.y),
    workingHipOnTop: hipToHip.y < 0, // image y grows downward
  };
}

/**
 * Lying on the other side with the working hip on top, seen from the front, torso along the floor. A side view
 * (bridge, push-up, all fours) shows the hips overlapping instead of stacked; standing shows an upright torso.
 */
export function isLyingOnSide(m: SideLyingMeasurement, gate: SideLyingGate): boolean {
  return (
    m.workingHipOnTop &&
    m.hipGapToTorso >= gate.minHipGapToTorso &&
    m.torsoTiltDeg <= gate.maxTorsoTiltDeg &&
    m.hipLineFromVerticalDeg <= gate.maxHipLineFromVerticalDeg
  );
}

/** What a side-lying exercise reads per frame: its landmarks, its measurement, its position, its counted angle. */
export interface SideLyingReading<M extends SideLyingMeasurement> {
  needed: readonly number[];
  measure(body: Body, workingSide: Side): M;
  inPosition(m: M): boolean;
  angleDeg(m: M): number;
  /** The working hip's extension (Sample.extensionDeg), where the exercise judges it. */
  extensionDeg(m: M): number | null;
}

/** The per-frame model of a side-lying exercise for the working (top) leg. */
export function createSideLyingModel<M extends SideLyingMeasurement>(
  workingSide: Side,
  reading: SideLyingReading<M>,
  config: AnalysisConfig,
): ExerciseModel {
  return createGatedModel(
    {
      needed: () => reading.needed,
      measure: (body) => reading.measure(body, workingSide),
      inPosition: (m) => reading.inPosition(m),
      numbers: (m) => ({ angleDeg: reading.angleDeg(m), extensionDeg: reading.extensionDeg(m), headBackDeg: null }),
    },
    config,
  );
}
