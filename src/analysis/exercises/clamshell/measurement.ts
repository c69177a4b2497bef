/**
 * Clamshell, filmed from the front: the person lies on one side facing the
 * camera, hips and knees bent and stacked, and opens the top knee. The signal
 * is the knee-hip-knee opening angle at the hip midpoint in the image.
 */
import type { AnalysisConfig } from '../../config';
import type { ExerciseModel } from '../../exercise-model';
import { angleAt2, midpoint2 } from '../../geometry';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { createSideLyingModel, isLyingOnSide, measureSideLying, type SideLyingGate, type SideLyingMeasurement } from '../../side-lying';

/** The position gate: lying on the other side, facing the camera, hips stacked, knees bent. */
export interface ClamshellGate extends SideLyingGate {
  /** Knee angle (hip-knee-ankle of the top leg, 3-D) at most this: bent knees. */
  maxKneeAngleDeg: number;
}

export interface ClamshellMeasurement extends SideLyingMeasurement {
  /** Angle at the hip midpoint between the two knees, image. */
  openingDeg: number;
}

export function measureClamshell(body: Body, workingSide: Side): ClamshellMeasurement {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const hipMid = midpoint2(body.image(top.hip), body.image(bottom.hip));
  return {
    ...measureSideLying(body, workingSide),
    openingDeg: angleAt2(hipMid, body.image(top.knee), body.image(bottom.knee)),
  };
}

/** Lying on the side (side-lying.ts) with the knees bent. */
export function isClamshellSetup(m: ClamshellMeasurement, gate: ClamshellGate): boolean {
  return isLyingOnSide(m, gate) && m.kneeAngleDeg <= gate.maxKneeAngleDeg;
}

export function createClamshellModel(workingSide: Side, gate: ClamshellGate, config: AnalysisConfig): ExerciseModel {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const needed = [top.shoulder, bottom.shoulder, top.hip, bottom.hip, top.knee, bottom.knee, top.ankle];
  return createSideLyingModel(
    workingSide,
    {
      needed,
      measure: measureClamshell,
      inPosition: (m: ClamshellMeasurement) => isClamshellSetup(m, gate),
      angleDeg: (m) => m.openingDeg,
      extensionDeg: () => null,
    },
    config,
  );
}
