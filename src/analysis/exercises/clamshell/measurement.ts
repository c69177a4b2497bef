/**
 * Clamshell, filmed from the front: the person lies on one side facing the
 * camera, hips and knees bent and stacked, and opens the top knee. The signal
 * is the knee-hip-knee opening angle at the hip midpoint in the image.
 */
import type { AnalysisConfig } from '../../config';
import type { ExerciseModel, Reading } from '../../exercise-model';
import { angleAt2, angleAt3, midpoint2, sub2, tiltFromHorizontal } from '../../geometry';
import { hipLine } from '../../pelvis';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { landmarkStatus } from '../../tracking';

/** The position gate: lying on the other side, facing the camera, hips stacked, knees bent. */
export interface ClamshellGate {
  /** Knee angle (hip-knee-ankle of the top leg, 3-D) at most this: bent knees. */
  maxKneeAngleDeg: number;
  /** Shoulder-hip line within this of the image horizontal (lying down). */
  maxTorsoTiltDeg: number;
  /** Hip-to-hip line within this of the image vertical (hips stacked). */
  maxHipLineFromVerticalDeg: number;
  /** Hip-to-hip distance at least this fraction of the torso length (hips seen from the front). */
  minHipGapToTorso: number;
}

export interface ClamshellMeasurement {
  /** Angle at the hip midpoint between the two knees, image. */
  openingDeg: number;
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

export function measureClamshell(body: Body, workingSide: Side): ClamshellMeasurement {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const topHip = body.image(top.hip);
  const bottomHip = body.image(bottom.hip);
  const hipMid = midpoint2(topHip, bottomHip);
  const shoulderMid = midpoint2(body.image(top.shoulder), body.image(bottom.shoulder));
  const hipToHip = sub2(topHip, bottomHip);
  const torso = sub2(shoulderMid, hipMid);
  return {
    openingDeg: angleAt2(hipMid, body.image(top.knee), body.image(bottom.knee)),
    kneeAngleDeg: angleAt3(body.world(top.knee), body.world(top.hip), body.world(top.ankle)),
    torsoTiltDeg: tiltFromHorizontal(torso),
    hipLineFromVerticalDeg: 90 - tiltFromHorizontal(hipToHip),
    hipGapToTorso: Math.hypot(hipToHip.x, hipToHip.y) / Math.hypot(torso.x, torso.y),
    workingHipOnTop: hipToHip.y < 0, // image y grows downward
  };
}

/**
 * Lying on the other side with the working hip on top, seen from the front,
 * torso along the floor, knees bent. A side view (bridge, push-up) shows the
 * hips overlapping instead of stacked; standing shows an upright torso.
 */
export function isClamshellSetup(m: ClamshellMeasurement, gate: ClamshellGate): boolean {
  return (
    m.workingHipOnTop &&
    m.hipGapToTorso >= gate.minHipGapToTorso &&
    m.kneeAngleDeg <= gate.maxKneeAngleDeg &&
    m.torsoTiltDeg <= gate.maxTorsoTiltDeg &&
    m.hipLineFromVerticalDeg <= gate.maxHipLineFromVerticalDeg
  );
}

export function createClamshellModel(workingSide: Side, gate: ClamshellGate, config: AnalysisConfig): ExerciseModel {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const needed = [top.shoulder, bottom.shoulder, top.hip, bottom.hip, top.knee, bottom.knee, top.ankle];
  return {
    read(body, t): Reading {
      const status = landmarkStatus(body, needed, config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = measureClamshell(body, workingSide);
      return {
        status: isClamshellSetup(m, gate) ? 'ok' : 'not-in-position',
        sample: { t, angleDeg: m.openingDeg, extensionDeg: null, headBackDeg: null, hipLine: hipLine(body) },
      };
    },
  };
}
