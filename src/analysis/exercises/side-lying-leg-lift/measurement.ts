/**
 * Side-lying leg lift, filmed from the front: the person lies on one side facing the camera, both legs straight,
 * and lifts the straight top leg sideways. The signal is the angle between the two legs (each hip to its ankle)
 * in the image: abduction happens in the body's frontal plane, which faces the camera. A leg drifting forward
 * (the hip flexing) moves toward the camera, which the picture hardly shows, so that is read in the world
 * landmarks: the top leg's angle out of the body's frontal plane.
 */
import type { AnalysisConfig } from '../../config';
import type { ExerciseModel, Reading } from '../../exercise-model';
import { angleAt3, angleBetween2, angleBetween3, cross3, dot3, midpoint3, sub2, sub3 } from '../../geometry';
import { JOINTS, Landmark, otherSide, type Body, type Point3, type Side } from '../../pose';
import { createSideLyingModel, isLyingOnSide, measureSideLying, type SideLyingGate, type SideLyingMeasurement } from '../../side-lying';

/** The position gate: lying on the other side, facing the camera, hips stacked, both legs straight. */
export interface LegLiftGate extends SideLyingGate {
  /** Knee angle (hip-knee-ankle, 3-D) of each leg at least this: straight legs (a clamshell's are bent, a kneeling one's too). */
  minKneeAngleDeg: number;
  /** In that position this long before frames count: lying down takes seconds, a pose that flickers into it does not. */
  minSettledMs: number;
}

export interface LegLiftMeasurement extends SideLyingMeasurement {
  /** Between the top leg (hip to ankle) and the bottom leg (hip to ankle), image: 0 with the legs together. */
  liftDeg: number;
  /** Hip-knee-ankle of the bottom leg, 3-D. */
  bottomKneeAngleDeg: number;
  /** The top leg (hip to ankle, world) in front of the body's frontal plane (+, the hip flexed) or behind it (-). */
  legForwardDeg: number;
}

/**
 * The body's forward direction in the world: normal to the plane of the torso (hips to shoulders) and the hip
 * line, turned to the side the face looks to.
 */
function bodyForward(body: Body, workingSide: Side): Point3 {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const hipMid = midpoint3(body.world(top.hip), body.world(bottom.hip));
  const torso = sub3(midpoint3(body.world(top.shoulder), body.world(bottom.shoulder)), hipMid);
  const normal = cross3(torso, sub3(body.world(top.hip), body.world(bottom.hip)));
  const face = sub3(body.world(Landmark.nose), midpoint3(body.world(Landmark.leftEar), body.world(Landmark.rightEar)));
  return dot3(normal, face) >= 0 ? normal : { x: -normal.x, y: -normal.y, z: -normal.z };
}

export function measureLegLift(body: Body, workingSide: Side): LegLiftMeasurement {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const legDirection = (leg: typeof top) => sub2(body.image(leg.ankle), body.image(leg.hip));
  return {
    ...measureSideLying(body, workingSide),
    liftDeg: angleBetween2(legDirection(top), legDirection(bottom)),
    bottomKneeAngleDeg: angleAt3(body.world(bottom.knee), body.world(bottom.hip), body.world(bottom.ankle)),
    legForwardDeg: 90 - angleBetween3(sub3(body.world(top.ankle), body.world(top.hip)), bodyForward(body, workingSide)),
  };
}

/** Lying on the side (side-lying.ts) with both legs straight. */
export function isLegLiftSetup(m: LegLiftMeasurement, gate: LegLiftGate): boolean {
  return isLyingOnSide(m, gate) && m.kneeAngleDeg >= gate.minKneeAngleDeg && m.bottomKneeAngleDeg >= gate.minKneeAngleDeg;
}

export function createLegLiftModel(workingSide: Side, gate: LegLiftGate, config: AnalysisConfig): ExerciseModel {
  const top = JOINTS[workingSide];
  const bottom = JOINTS[otherSide(workingSide)];
  const needed = [top.shoulder, bottom.shoulder, top.hip, bottom.hip, top.knee, bottom.knee, top.ankle, bottom.ankle];
  const lying = createSideLyingModel(
    workingSide,
    {
      needed,
      measure: measureLegLift,
      inPosition: (m: LegLiftMeasurement) => isLegLiftSetup(m, gate),
      angleDeg: (m) => m.liftDeg,
      extensionDeg: (m) => -m.legForwardDeg, // the hip's extension: flexed, the leg forward, is negative
    },
    config,
  );
  let settledSince: number | null = null;
  return {
    read(body, t): Reading {
      const reading = lying.read(body, t);
      if (reading.status === 'not-in-position') settledSince = null;
      if (reading.status !== 'ok') return reading;
      settledSince ??= t;
      return t - settledSince >= gate.minSettledMs ? reading : { ...reading, status: 'not-in-position' };
    },
  };
}
