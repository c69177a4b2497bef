/**
 * Side plank: lying on one side facing the camera, propped on the lower forearm, the hips lifted so the body is
 * one straight line from the shoulders to the ankles. The side is the supporting one (the side toward the floor).
 */
import { midpoint2 } from '../../geometry';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { isLyingOnSide, measureSideLying, type SideLyingGate, type SideLyingMeasurement } from '../../side-lying';
import { ELBOW, elbowBelowShoulder, hipSagDeg } from '../body-line';
import { defineHold } from '../hold';
import { checkedPosition } from '../position-check';

export interface SidePlankMeasurement {
  /** Lying on the side facing the camera, seen as the side-lying exercises see it (of the top side). */
  lying: SideLyingMeasurement;
  /** Hip midpoint off the shoulder-midpoint to ankle-midpoint line (body-line.ts): + sagging toward the floor. */
  hipSagDeg: number;
  /** The supporting elbow below its shoulder, torso lengths. */
  elbowBelowShoulder: number;
}

export function measureSidePlank(body: Body, supporting: Side): SidePlankMeasurement {
  const [down, up] = [JOINTS[supporting], JOINTS[otherSide(supporting)]];
  const mid = (a: number, b: number) => midpoint2(body.image(a), body.image(b));
  const [shoulder, hip, ankle] = [mid(down.shoulder, up.shoulder), mid(down.hip, up.hip), mid(down.ankle, up.ankle)];
  return {
    lying: measureSideLying(body, otherSide(supporting)),
    hipSagDeg: hipSagDeg(shoulder, hip, ankle),
    elbowBelowShoulder: elbowBelowShoulder(body.image(down.shoulder), body.image(ELBOW[supporting]), body.image(down.hip)),
  };
}

/**
 * The side-lying exercises' gate (clamshell/index.ts has their measurements), widened for a body propped up on one
 * forearm: the torso rises ~20-30 from the floor, so its tilt may be larger; the hips stay stacked.
 */
const GATE: SideLyingGate = {
  maxTorsoTiltDeg: 50, // a synthetic side plank's shoulder-hip line rises 14, a higher one on a straight arm ~30; standing reads 70-90
  maxHipLineFromVerticalDeg: 40, // as the clamshell's: hips stacked, not rolled toward the floor or the ceiling
  minHipGapToTorso: 0.25, // as the clamshell's: hips seen one above the other from the front (side views read <= 0.17)
};
/** The hips sagging this far below the shoulder-ankle line: the side plank has collapsed toward the floor. */
const MAX_SAG_DEG = 12;
/** Propped on the forearm (a body lying flat on its side has the elbow at shoulder height or above it). */
const MIN_ELBOW_BELOW_SHOULDER = 0.3;

export const sidePlank = defineHold({
  id: 'side-plank',
  name: 'Side plank',
  perSide: true,
  // Common guidance: start with 10-20 s each side and build up (e.g. McGill's side bridge endurance work starts
  // with short holds); shorter than the plank, the side carries the whole body on one forearm.
  targetMs: 20_000,
  holds: 1,
  camera: {
    view: 'front',
    setup: (side) => [
      'Put the camera on the floor 2 to 3 metres in front of you, facing you.',
      `Lie on your ${side} side facing the camera, ${side} elbow under your shoulder, legs straight and stacked.`,
      'Lift your hips until your body is straight from shoulders to ankles. Head to feet must be in the picture.',
    ],
    positionHint: 'Lie on your side facing the camera, propped on your forearm, hips lifted',
  },
  position: checkedPosition<SidePlankMeasurement>({
    side: 'hold',
    needed: (side) => {
      const [down, up] = [JOINTS[side], JOINTS[otherSide(side)]];
      return [down.shoulder, up.shoulder, ELBOW[side], down.hip, up.hip, down.ankle, up.ankle];
    },
    measure: measureSidePlank,
    conditions: [
      { cue: 'Lie on your side facing the camera', met: (m) => isLyingOnSide(m.lying, GATE) },
      { cue: 'Prop yourself up on your forearm', met: (m) => m.elbowBelowShoulder >= MIN_ELBOW_BELOW_SHOULDER },
      { cue: 'Hips dropped: lift them in line', met: (m) => m.hipSagDeg <= MAX_SAG_DEG },
    ],
  }),
  gentler: {
    title: 'Side plank on your knees',
    how: 'Bend your knees and keep them on the floor, lifting only your hips, or hold for less time.',
  },
  chartColor: '#0072b2',
});
