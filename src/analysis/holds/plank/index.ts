/** Plank: face down, on the forearms or hands, the body one straight line from the shoulders to the ankles. */
import { angleAt2, sub2, tiltFromHorizontal } from '../../geometry';
import { JOINTS, type Body, type Side } from '../../pose';
import { ELBOW, elbowBelowShoulder, hipSagDeg } from '../body-line';
import { defineHold } from '../hold';
import { checkedPosition } from '../position-check';

export interface PlankMeasurement {
  /** Shoulder-to-ankle line from the image horizontal, 0..90. */
  bodyTiltDeg: number;
  /** Hips off the shoulder-ankle line (body-line.ts): + sagging, - piked. */
  hipSagDeg: number;
  /** Hip-knee-ankle in the picture: a side view shows a bent knee where 3-D readings of a plank never reach straight. */
  kneeDeg: number;
  /** Elbow below the shoulder, torso lengths: propped up on the arms. */
  elbowBelowShoulder: number;
}

export function measurePlank(body: Body, side: Side): PlankMeasurement {
  const { shoulder, hip, knee, ankle } = JOINTS[side];
  const [s, h, k, a] = [body.image(shoulder), body.image(hip), body.image(knee), body.image(ankle)];
  return {
    bodyTiltDeg: tiltFromHorizontal(sub2(a, s)),
    hipSagDeg: hipSagDeg(s, h, a),
    kneeDeg: angleAt2(k, h, a),
    elbowBelowShoulder: elbowBelowShoulder(s, body.image(ELBOW[side]), h),
  };
}

// Measured on the push-up clip's held tops (a high plank; MediaPipe full, smoothed, near side) and on synthetic
// planks: see docs/accuracy.md ("Timed holds"). The limits sit wide of a good plank: a pause for a plank that is
// held well teaches the person to ignore the clock.
/** The body line within this of level: lying or propped, not standing or kneeling up. */
export const PLANK_MAX_TILT_DEG = 35;
/** Propped up on the arms: a body lying flat has its elbows level with its shoulders. */
export const PLANK_MIN_ELBOW_BELOW_SHOULDER = 0.3;
/** The knees straight in the picture (a knee-down plank bends them ~90). */
export const PLANK_MIN_KNEE_DEG = 150;
/** Hips this far below the shoulder-ankle line have sagged: the lower back arches, the very load the programme avoids. */
export const PLANK_MAX_SAG_DEG = 12;
/** Hips this far above it are piked: the plank has turned into a rest. */
export const PLANK_MAX_PIKE_DEG = 20;

export const plank = defineHold({
  id: 'plank',
  name: 'Plank',
  perSide: false,
  // Common guidance for a first plank: hold 20-30 s with good form and build up (e.g. the NHS's "core exercises"
  // and ACE's exercise library); the programme names planks for the core without a time.
  targetMs: 30_000,
  holds: 1,
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
      'Face down on your forearms (or hands) under your shoulders, legs straight, toes on the floor.',
      'Shoulders, hips, knees and ankles must be in the picture.',
    ],
    positionHint: 'Get into a plank side-on to the camera: forearms under the shoulders, body straight',
  },
  position: checkedPosition<PlankMeasurement>({
    side: 'camera',
    needed: (side) => [JOINTS[side].shoulder, ELBOW[side], JOINTS[side].hip, JOINTS[side].knee, JOINTS[side].ankle],
    measure: measurePlank,
    conditions: [
      { cue: 'Get down into the plank', met: (m) => m.bodyTiltDeg <= PLANK_MAX_TILT_DEG },
      { cue: 'Prop yourself up on your forearms', met: (m) => m.elbowBelowShoulder >= PLANK_MIN_ELBOW_BELOW_SHOULDER },
      { cue: 'Straighten your legs', met: (m) => m.kneeDeg >= PLANK_MIN_KNEE_DEG },
      { cue: 'Hips dropped: lift them in line', met: (m) => m.hipSagDeg <= PLANK_MAX_SAG_DEG },
      { cue: 'Hips too high: lower them in line', met: (m) => m.hipSagDeg >= -PLANK_MAX_PIKE_DEG },
    ],
  }),
  gentler: {
    title: 'Plank on your knees',
    how: 'Drop your knees to the floor and keep the line from your shoulders to your knees, or hold for less time.',
  },
  chartColor: '#009e73',
});
