/**
 * Single-leg bridge, filmed from the side: a bridge on the working leg (the one whose foot is on the floor) while
 * the other foot is held up. The working leg is measured as the glute bridge measures (supine.ts), on the side the
 * person chose; the free foot must be off the floor, so a bridge on both feet is not this exercise.
 */
import type { AnalysisConfig } from '../../config';
import { createGatedModel, type ExerciseModel } from '../../exercise-model';
import { heightAboveLine } from '../../geometry';
import { JOINTS, Landmark, otherSide, type Body, type Side } from '../../pose';
import { isSupineSetup, measureSupine, RecentSupine, type SettledSupine, type SupineGate, type SupineMeasurement } from '../../supine';

/** The position gate: a bridge set-up on the working leg, the other foot up. */
export interface SingleLegGate {
  /** The working leg lies as in a bridge: bent knee, foot planted, body along the floor. */
  supine: SupineGate;
  /** The free ankle at least this high above the floor, in working shin lengths. */
  minFreeFootHeight: number;
}

export interface SingleLegMeasurement {
  working: SupineMeasurement;
  /**
   * The free ankle's height above the floor line (the working shoulder to the working ankle: both rest on the
   * floor), over the working shin's length in the image; about 0 with the foot on the floor.
   */
  freeFootHeight: number;
}

export function measureSingleLeg(body: Body, workingSide: Side): SingleLegMeasurement {
  const working = JOINTS[workingSide];
  const shoulder = body.image(working.shoulder);
  const knee = body.image(working.knee);
  const ankle = body.image(working.ankle);
  const freeAnkle = body.image(JOINTS[otherSide(workingSide)].ankle);
  // The knee is always above the floor, so it says which side of the floor line is up.
  const height = heightAboveLine(shoulder, ankle, freeAnkle, knee);
  return { working: measureSupine(body, workingSide), freeFootHeight: height / Math.hypot(knee.x - ankle.x, knee.y - ankle.y) };
}

/** `settled`: the face and the support as the bridge settles them (RecentSupine). */
export function isSingleLegSetup(m: SingleLegMeasurement, gate: SingleLegGate, settled?: SettledSupine): boolean {
  return isSupineSetup(m.working, gate.supine, settled) && m.freeFootHeight >= gate.minFreeFootHeight;
}

export function createSingleLegModel(workingSide: Side, gate: SingleLegGate, config: AnalysisConfig): ExerciseModel {
  const { ear, shoulder, hip, knee, ankle } = JOINTS[workingSide];
  // The head too, as for the bridge: where it rests tells a bridge from a thrust.
  const needed = [ear, Landmark.nose, shoulder, hip, knee, ankle, JOINTS[otherSide(workingSide)].ankle];
  const recent = new RecentSupine(gate.supine.settleWindowMs);
  return createGatedModel(
    {
      needed: () => needed,
      measure: (body) => measureSingleLeg(body, workingSide),
      inPosition: (m, t) => isSingleLegSetup(m, gate, recent.update(t, m.working)),
      numbers: ({ working: { hipAngleDeg, headBackDeg } }) => ({ angleDeg: hipAngleDeg, extensionDeg: hipAngleDeg - 180, headBackDeg }),
    },
    config,
  );
}
