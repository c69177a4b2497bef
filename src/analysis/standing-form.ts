/** A standing exercise's form in one frame: what its fault checks judge, over the held deepest stretch (see standing.ts). */
import type { Side } from './pose';

export interface StandingForm {
  /** Knee flexion over hip flexion, both legs' mean (3-D): ~0.3-0.6 a hip hinge, ~0.8 and more a squat. */
  kneeToHipFlexion: number;
  /** Each knee's shift toward the midline from over its ankle, in hip widths (LegMeasurement.kneeInward); null from the side. */
  kneeInward: Readonly<Record<Side, number>> | null;
  /** The higher heel's rise above its toes in the image, degrees; null where the camera is in front. */
  heelUpDeg: number | null;
  /** Torso lean toward the toes from upright, image, degrees; null where the camera is in front. */
  torsoForwardDeg: number | null;
  /** Ankles apart across the image over the hips' width (~1 hip-width apart, ~0 in one line); null from the side. */
  stanceWidth: number | null;
  /** The leg in front: the one whose hip bends more. */
  frontLeg: Side;
}
