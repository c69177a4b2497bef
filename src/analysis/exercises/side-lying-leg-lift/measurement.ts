/**
 * Side-lying leg lift, filmed from the front: the person lies on one side facing the camera, both legs straight,
 * and lifts the straight top leg sideways. The signal is the angle between the two legs (each hip to its ankle)
 * in the image: abduction happens in the body's frontal plane, which faces the camera.
 */
import type { AnalysisConfig } from '../../config';
import type { ExerciseModel, Reading } from '../../exercise-model';
import { angleBetween2, sub2 } from '../../geometry';
import { hipLine } from '../../pelvis';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { isLyingOnSide, measureSideLying, type SideLyingGate, type SideLyingMeasurement } from '../../side-lying';
import { landmarkStatus } from '../../tracking';

/** The position gate: lying on the other side, facing the camera, hips stacked, the top leg straight. */
export interface LegLiftGate extends SideLyingGate {
  /** Knee angle (hip-knee-ankle of the top leg, 3-D) at least this: a straight leg (a clamshell's is bent). */
  minKneeAngleDeg: number;
}

export interface LegLiftMeasurement extends SideLyingMeasurement {
  /** Between the top leg (hip to ankle) and the bottom leg (hip to ankle), image: 0 with the legs together. */
  liftDeg: number;
}

export function measureLegLift(body: Body, workingSide: Side): LegLiftMeasurement {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const legDirection = (leg: typeof top) => sub2(body.image(leg.ankle), body.image(leg.hip));
  return { ...measureSideLying(body, workingSide), liftDeg: angleBetween2(legDirection(top), legDirection(bottom)) };
}

/** Lying on the side (side-lying.ts) with the top leg straight. */
export function isLegLiftSetup(m: LegLiftMeasurement, gate: LegLiftGate): boolean {
  return isLyingOnSide(m, gate) && m.kneeAngleDeg >= gate.minKneeAngleDeg;
}

export function createLegLiftModel(workingSide: Side, gate: LegLiftGate, config: AnalysisConfig): ExerciseModel {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const needed = [top.shoulder, bottom.shoulder, top.hip, bottom.hip, top.knee, top.ankle, bottom.ankle];
  return {
    read(body, t): Reading {
      const status = landmarkStatus(body, needed, config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = measureLegLift(body, workingSide);
      return {
        status: isLegLiftSetup(m, gate) ? 'ok' : 'not-in-position',
        sample: { t, angleDeg: m.liftDeg, extensionDeg: null, headBackDeg: null, hipLine: hipLine(body) },
      };
    },
  };
}
