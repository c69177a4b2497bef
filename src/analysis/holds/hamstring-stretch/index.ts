/**
 * Hamstring stretch lying on the back (a towel or strap round the foot helps), filmed from the side: the stretched
 * leg raised straight, the other leg straight along the floor.
 *
 * Why this variant: lying on the back side-on, the raised leg stands clear of the body in the picture, so both
 * knees' straightness and the raised leg's height are seen in the picture's plane. The seated forward fold puts the torso
 * over the thighs, hiding hips and knees, and rounding the back there (the thing to avoid) is what a side view
 * cannot tell from a hinge; the standing form with a heel up needs a step and balances on one leg.
 */
import { angleAt2, sub2, tiltFromHorizontal } from '../../geometry';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { FRONT_VIEW_MIN_HIP_GAP, measureStanding } from '../../standing';
import { defineHold } from '../hold';
import { checkedPosition } from '../position-check';
import { STATIC_STRETCH } from '../stretch';

export interface LegRaiseMeasurement {
  /** Shoulder-to-hip line from the image horizontal, 0..90 (lying on the back: near 0). */
  torsoTiltDeg: number;
  /** Hip-knee-ankle of the raised leg, in the picture. */
  raisedKneeDeg: number;
  /** Shoulder-hip-knee of the raised leg, in the picture: 180 along the floor, 90 pointing at the ceiling. */
  raisedHipDeg: number;
  /** Hip-knee-ankle and shoulder-hip-knee of the leg on the floor, in the picture. */
  floorKneeDeg: number;
  floorHipDeg: number;
  /** Hip gap over torso length (standing.ts): a side view shows the hips overlapping, a front view side by side. */
  hipGapToTorso: number;
}

/**
 * Lying on the back side-on, both legs move in the picture's plane, so their angles are read there: a side view shows
 * a straight leg straight (a plank's straight legs read 128-165 in 3-D, supine.ts, but 167-171 in the picture).
 */
function legAngles(body: Body, side: Side): { knee: number; hip: number } {
  const { shoulder, hip, knee, ankle } = JOINTS[side];
  return {
    knee: angleAt2(body.image(knee), body.image(hip), body.image(ankle)),
    hip: angleAt2(body.image(hip), body.image(shoulder), body.image(knee)),
  };
}

export function measureLegRaise(body: Body, raised: Side): LegRaiseMeasurement {
  const up = legAngles(body, raised);
  const floor = legAngles(body, otherSide(raised));
  const { shoulder, hip } = JOINTS[raised];
  return {
    torsoTiltDeg: tiltFromHorizontal(sub2(body.image(shoulder), body.image(hip))),
    raisedKneeDeg: up.knee,
    raisedHipDeg: up.hip,
    floorKneeDeg: floor.knee,
    floorHipDeg: floor.hip,
    hipGapToTorso: measureStanding(body).hipGapToTorso,
  };
}

// A synthetic leg raised 75 from the floor (tests/unit/analysis/hold-poses.ts; no shared clip shows it): raised hip 105,
// both knees and the floor leg's hip 180; the push-up clip's straight legs read 167-171 in the picture (plank), so
// "straight" is a knee not clearly bent. A real clip of the stretch would set these limits better.
/** Lying down: the torso along the floor (a bridge lifts it ~20-30, sitting up ~60-90). */
const MAX_TORSO_TILT_DEG = 30;
/** The raised knee not clearly bent: a bent knee takes the stretch off the hamstring. */
const MIN_RAISED_KNEE_DEG = 145;
/** The raised leg at least ~45 from the floor (shoulder-hip-knee 135 or less): lower, it barely stretches. */
const MAX_RAISED_HIP_DEG = 135;
/** The other leg straight along the floor: knee not bent, hip open. */
const MIN_FLOOR_KNEE_DEG = 145;
const MIN_FLOOR_HIP_DEG = 150;

export const hamstringStretch = defineHold({
  id: 'hamstring-stretch',
  name: 'Hamstring stretch',
  ...STATIC_STRETCH,
  camera: {
    view: 'side',
    setup: (side) => [
      'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
      `Lie on your back and raise your ${side} leg straight (a towel round the foot helps), the other leg straight on the floor.`,
      'Head, hips, knees and feet must be in the picture.',
    ],
    positionHint: 'Lie on your back side-on to the camera, one leg raised straight, the other flat',
  },
  position: checkedPosition<LegRaiseMeasurement>({
    side: 'hold',
    needed: (side) => [side, otherSide(side)].flatMap((leg) => [JOINTS[leg].shoulder, JOINTS[leg].hip, JOINTS[leg].knee, JOINTS[leg].ankle]),
    measure: measureLegRaise,
    conditions: [
      // Lying on the side facing the camera with the top leg raised (a side-lying leg lift) reads like this from the front.
      { cue: 'Turn side-on to the camera', met: (m) => m.hipGapToTorso < FRONT_VIEW_MIN_HIP_GAP },
      { cue: 'Lie on your back', met: (m) => m.torsoTiltDeg <= MAX_TORSO_TILT_DEG },
      { cue: 'Keep the other leg straight on the floor', met: (m) => m.floorKneeDeg >= MIN_FLOOR_KNEE_DEG && m.floorHipDeg >= MIN_FLOOR_HIP_DEG },
      { cue: 'Straighten the raised leg', met: (m) => m.raisedKneeDeg >= MIN_RAISED_KNEE_DEG },
      { cue: 'Lift the leg higher', met: (m) => m.raisedHipDeg <= MAX_RAISED_HIP_DEG },
    ],
  }),
  gentler: {
    title: 'Lower the leg',
    how: 'Lower the raised leg until the pull is gentle, and bend the knee a little if you need to.',
  },
  chartColor: '#f0e442',
});
