/**
 * Glute march, filmed from the side: a bridge top held while one knee at a time lifts toward the chest. Each
 * leg's lift is its thigh turned up from the other thigh in the image (the side view shows both thighs in the
 * plane they move in), so a sag of the hips, which bends both hips alike, does not read as a lift, and the
 * angle stays whole where the hips pass the straight line (a thigh-to-torso angle folds back at 180 there). The
 * leg on the floor carries the bridge: it is measured as the glute bridge measures (supine.ts) for the gate.
 */
import type { AnalysisConfig } from '../../config';
import { createGatedModel, type ExerciseModel } from '../../exercise-model';
import { midpoint2, signedAngle2, sub2 } from '../../geometry';
import { JOINTS, Landmark, otherSide, type Body, type Point2, type Side } from '../../pose';
import { isSupineSetup, measureSupine, RecentSupine, type SettledSupine, type SupineGate, type SupineMeasurement } from '../../supine';

/** The position gate: a bridge top held on the leg that stays on the floor. */
export interface MarchGate {
  /** The floor leg lies as in a bridge: bent knee, foot planted, body along the floor. */
  supine: SupineGate;
  /** The floor leg's hip angle (shoulder-hip-knee, as the bridge measures it) at least this: the hips are up. */
  minBridgeHipAngleDeg: number;
}

export interface MarchMeasurement {
  /** This leg's thigh turned up (toward the chest) from the other thigh, degrees: about 0 with both feet down, 0 while the other knee lifts. */
  liftDeg: number;
  /** The leg on the floor (the less bent at the hip), measured as in a bridge. */
  floorLeg: SupineMeasurement;
}

/**
 * The angle from the other thigh to this one in the image, positive where this knee is turned toward the head
 * (up from a thigh pointing at the feet): about 0 with both feet down, negative while the other knee is up.
 */
function thighTurnDeg(body: Body, leg: Side): number {
  const thigh = (side: Side): Point2 => sub2(body.image(JOINTS[side].knee), body.image(JOINTS[side].hip));
  const middle = (left: number, right: number): Point2 => midpoint2(body.image(left), body.image(right));
  // The feet lie beyond the hips from the shoulders; a knee lifting turns up, away from them.
  const towardFeet = middle(Landmark.leftHip, Landmark.rightHip).x - middle(Landmark.leftShoulder, Landmark.rightShoulder).x;
  return -Math.sign(towardFeet) * signedAngle2(thigh(otherSide(leg)), thigh(leg));
}

export function measureMarch(body: Body, leg: Side): MarchMeasurement {
  const turnDeg = thighTurnDeg(body, leg);
  return { liftDeg: Math.max(0, turnDeg), floorLeg: measureSupine(body, turnDeg >= 0 ? otherSide(leg) : leg) };
}

/**
 * A bridge held: the floor leg and the head set up as for a bridge (`settled` as the bridge settles them,
 * RecentSupine) and the hips up (not resting on the floor between lifts).
 */
export function isMarchSetup(m: MarchMeasurement, gate: MarchGate, settled?: SettledSupine): boolean {
  return isSupineSetup(m.floorLeg, gate.supine, settled) && m.floorLeg.hipAngleDeg >= gate.minBridgeHipAngleDeg;
}

/** The reading of one leg's lifts. Both legs' readings share the gate (it is judged on whichever leg is down). */
export function createMarchModel(leg: Side, gate: MarchGate, config: AnalysisConfig): ExerciseModel {
  // The head too, as for the bridge: where it rests tells a bridge from a thrust.
  const needed = [Landmark.nose, ...(['left', 'right'] as const).flatMap((side) => {
    const { ear, shoulder, hip, knee, ankle } = JOINTS[side];
    return [ear, shoulder, hip, knee, ankle];
  })];
  const recent = new RecentSupine(gate.supine.settleWindowMs);
  return createGatedModel(
    {
      needed: () => needed,
      measure: (body) => measureMarch(body, leg),
      inPosition: (m, t) => isMarchSetup(m, gate, recent.update(t, m.floorLeg)),
      numbers: (m) => ({ angleDeg: m.liftDeg, extensionDeg: m.floorLeg.hipAngleDeg - 180, headBackDeg: null }),
    },
    config,
  );
}
