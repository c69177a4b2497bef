/**
 * Donkey kick, filmed from the side at hip height: from all fours (hands under the shoulders, knees under the
 * hips) the working thigh lifts back and up. The signal is the hip angle between the back (hip to shoulder) and
 * the working thigh (hip to knee) in the image: ~90 kneeling, 180 with the thigh in line with the back, past 180
 * once the thigh rises above that line (the lower back arching). Bent knee or straight, the thigh is what lifts.
 */
import type { AnalysisConfig } from '../../config';
import { createGatedModel, type ExerciseModel } from '../../exercise-model';
import { angleAt2, angleBetween2, sideOfLine, sub2, tiltFromHorizontal } from '../../geometry';
import { JOINTS, Landmark, otherSide, type Body, type Point2, type Side } from '../../pose';

/** The position gate: on all fours, both hands and the supporting knee on the floor, the back roughly level. */
export interface AllFoursGate {
  /** Shoulder-hip line within this of the image horizontal (the back level, not standing or sitting up). */
  maxBackTiltDeg: number;
  /** Supporting thigh (hip to knee) within this of pointing straight down in the image: the knee under the hip. */
  maxSupportThighFromDownDeg: number;
  /** Supporting shin (knee to ankle) within this of the image horizontal: the knee on the floor, the shin along it. */
  maxSupportShinTiltDeg: number;
  /** Each arm (shoulder to wrist) within this of pointing straight down: both hands on the floor. */
  maxArmFromDownDeg: number;
}

export interface DonkeyKickMeasurement {
  /** Shoulder-hip-knee of the working leg, image, on the side away from the floor: continuous through 180. */
  hipAngleDeg: number;
  backTiltDeg: number;
  supportThighFromDownDeg: number;
  supportShinTiltDeg: number;
  /** The arm further from straight down of the two. */
  armFromDownDeg: number;
}

const IMAGE_DOWN: Point2 = { x: 0, y: 1 };
const WRISTS: Record<Side, number> = { left: Landmark.leftWrist, right: Landmark.rightWrist };

function fromDown(from: Point2, to: Point2): number {
  return angleBetween2(sub2(to, from), IMAGE_DOWN);
}

export function measureDonkeyKick(body: Body, leg: Side): DonkeyKickMeasurement {
  const working = JOINTS[leg];
  const support = JOINTS[otherSide(leg)];
  const shoulder = body.image(working.shoulder);
  const hip = body.image(working.hip);
  const knee = body.image(working.knee);
  // The floor lies below the hip in the picture, so a knee on the other side of the back line has risen past it.
  const below = { x: hip.x, y: hip.y + 1 };
  const floorSide = sideOfLine(shoulder, hip, below);
  const opening = angleAt2(hip, shoulder, knee);
  const kneeAboveBack = floorSide !== 0 && sideOfLine(shoulder, hip, knee) === -floorSide;
  const arms = (['left', 'right'] as const).map((side) => fromDown(body.image(JOINTS[side].shoulder), body.image(WRISTS[side])));
  return {
    hipAngleDeg: kneeAboveBack ? 360 - opening : opening,
    backTiltDeg: tiltFromHorizontal(sub2(shoulder, hip)),
    supportThighFromDownDeg: fromDown(body.image(support.hip), body.image(support.knee)),
    supportShinTiltDeg: tiltFromHorizontal(sub2(body.image(support.ankle), body.image(support.knee))),
    armFromDownDeg: Math.max(...arms),
  };
}

/**
 * On all fours: the back level, the supporting knee under its hip and on the floor, both hands down. A bird dog
 * reaches one arm forward (off the floor) as the leg goes back; a bridge or push-up has no knee under the hip;
 * a hip hinge (deadlift) stands on upright shins; standing has an upright back.
 */
export function isOnAllFours(m: DonkeyKickMeasurement, gate: AllFoursGate): boolean {
  return (
    m.backTiltDeg <= gate.maxBackTiltDeg &&
    m.supportThighFromDownDeg <= gate.maxSupportThighFromDownDeg &&
    m.supportShinTiltDeg <= gate.maxSupportShinTiltDeg &&
    m.armFromDownDeg <= gate.maxArmFromDownDeg
  );
}

/** The per-frame reading for the working `leg`: each leg is its own model, so alternating legs can be counted apart. */
export function createDonkeyKickModel(leg: Side, gate: AllFoursGate, config: AnalysisConfig): ExerciseModel {
  const working = JOINTS[leg];
  const support = JOINTS[otherSide(leg)];
  const needed = [working.shoulder, working.hip, working.knee, support.hip, support.knee, support.ankle, WRISTS.left, WRISTS.right];
  return createGatedModel(
    {
      needed: () => needed,
      measure: (body) => measureDonkeyKick(body, leg),
      inPosition: (m) => isOnAllFours(m, gate),
      numbers: (m) => ({ angleDeg: m.hipAngleDeg, extensionDeg: m.hipAngleDeg - 180, headBackDeg: null }),
    },
    config,
  );
}
