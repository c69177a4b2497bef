/**
 * Glute march, filmed from the side: a bridge top held while one knee at a time lifts toward the chest. Each
 * leg's lift is its thigh turned up from the other thigh in the image (the side view shows both thighs in the
 * plane they move in), so a sag of the hips, which bends both hips alike, does not read as a lift. The leg on
 * the floor carries the bridge: it is measured as the glute bridge measures (supine.ts) for the gate and the hips.
 */
import type { AnalysisConfig } from '../../config';
import type { ExerciseModel, Reading } from '../../exercise-model';
import { angleAt2 } from '../../geometry';
import { hipLine } from '../../pelvis';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { isSupineSetup, measureSupine, type SupineGate, type SupineMeasurement } from '../../supine';
import { landmarkStatus } from '../../tracking';

/** The position gate: a bridge top held on the leg that stays on the floor. */
export interface MarchGate {
  /** The floor leg lies as in a bridge: bent knee, foot planted, body along the floor. */
  supine: SupineGate;
  /** The floor leg's hip angle (shoulder-hip-knee, as the bridge measures it) at least this: the hips are up. */
  minBridgeHipAngleDeg: number;
}

export interface MarchMeasurement {
  /**
   * This leg's thigh turned up past the other one, degrees: the other leg's shoulder-hip-knee angle minus this
   * leg's (each 0..180 in the image). About 0 with both feet down, positive while this knee lifts, negative
   * while the other one does.
   */
  liftDeg: number;
  /** The leg on the floor (the less bent at the hip), measured as in a bridge. */
  floorLeg: SupineMeasurement;
}

function thighToTorsoDeg(body: Body, side: Side): number {
  const { shoulder, hip, knee } = JOINTS[side];
  return angleAt2(body.image(hip), body.image(shoulder), body.image(knee));
}

export function measureMarch(body: Body, leg: Side): MarchMeasurement {
  const liftDeg = thighToTorsoDeg(body, otherSide(leg)) - thighToTorsoDeg(body, leg);
  return { liftDeg, floorLeg: measureSupine(body, liftDeg >= 0 ? otherSide(leg) : leg) };
}

/** A bridge held: the floor leg set up as for a bridge and the hips up (not resting on the floor between lifts). */
export function isMarchSetup(m: MarchMeasurement, gate: MarchGate): boolean {
  return isSupineSetup(m.floorLeg, gate.supine) && m.floorLeg.hipAngleDeg >= gate.minBridgeHipAngleDeg;
}

/** The reading of one leg's lifts. Both legs' readings share the gate (it is judged on whichever leg is down). */
export function createMarchModel(leg: Side, gate: MarchGate, config: AnalysisConfig): ExerciseModel {
  const needed = (['left', 'right'] as const).flatMap((side) => {
    const { shoulder, hip, knee, ankle } = JOINTS[side];
    return [shoulder, hip, knee, ankle];
  });
  return {
    read(body, t): Reading {
      const status = landmarkStatus(body, needed, config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = measureMarch(body, leg);
      return {
        status: isMarchSetup(m, gate) ? 'ok' : 'not-in-position',
        sample: { t, angleDeg: m.liftDeg, extensionDeg: m.floorLeg.hipAngleDeg - 180, headBackDeg: null, hipLine: hipLine(body) },
      };
    },
  };
}
