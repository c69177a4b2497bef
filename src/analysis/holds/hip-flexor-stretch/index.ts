/**
 * Hip flexor stretch in a half-kneeling lunge, filmed from the side: the stretched side's knee down on the floor
 * behind, the other foot flat in front with its knee bent about 90, the torso tall and the hips pushed forward
 * until the front of the back hip stretches. The side is the stretched one (the knee that is down).
 */
import { JOINTS, Landmark, otherSide, type Body, type Side } from '../../pose';
import { measureStanding, seenFromFront, type LegMeasurement } from '../../standing';
import { defineHold } from '../hold';
import { checkedPosition } from '../position-check';
import { STATIC_STRETCH } from '../stretch';

export interface HalfKneelingMeasurement {
  back: LegMeasurement;
  front: LegMeasurement;
  /** The torso from upright, either way, degrees. */
  torsoFromUprightDeg: number;
  /** Hips seen side by side: the camera is in front, where a lunge's bottom looks like kneeling and the shins foreshorten. */
  seenFromFront: boolean;
}

export function measureHalfKneeling(body: Body, stretched: Side): HalfKneelingMeasurement {
  const m = measureStanding(body);
  return { back: m.legs[stretched], front: m.legs[otherSide(stretched)], torsoFromUprightDeg: Math.abs(m.torsoTowardToesDeg), seenFromFront: seenFromFront(m) };
}

// A synthetic half-kneeling body (tests/unit/analysis/hold-poses.ts; no shared clip kneels): the back shin along the
// floor (90 from up), the front shin upright (0) over a knee bent 90, the torso upright (0), the back hip open (171).
/** The back knee is down: its shin lies along the floor rather than standing on its foot. */
const MIN_BACK_SHIN_FROM_UP_DEG = 55;
/** The front foot is flat in front with the shin near upright (knee over the ankle). */
const MAX_FRONT_SHIN_FROM_UP_DEG = 35;
/** Front knee bent about 90 (3-D): 60-130 leaves room for a longer or shorter lunge. */
const FRONT_KNEE_DEG = { min: 60, max: 130 };
/** The torso within this of upright: leaning forward takes the stretch out of the back hip. */
const MAX_TORSO_FROM_UPRIGHT_DEG = 25;
/** The back hip open (3-D shoulder-hip-knee): hips pushed forward over the back knee stretch its front. */
const MIN_BACK_HIP_DEG = 155;

export const hipFlexorStretch = defineHold({
  id: 'hip-flexor-stretch',
  name: 'Hip flexor stretch',
  ...STATIC_STRETCH,
  camera: {
    view: 'side',
    setup: (side) => [
      'Put the camera at hip height 2 to 3 metres to your side, so it sees you side-on.',
      `Kneel on your ${side} knee (a cushion under it helps), ${otherSide(side)} foot flat in front, knee over the ankle.`,
      'Stand the torso tall and push your hips gently forward. Head to feet must be in the picture.',
    ],
    positionHint: 'Kneel side-on to the camera: one knee down, the other foot flat in front, torso tall',
  },
  position: checkedPosition<HalfKneelingMeasurement>({
    side: 'hold',
    needed: (side) => [Landmark.nose, ...[side, otherSide(side)].flatMap((leg) => [JOINTS[leg].shoulder, JOINTS[leg].hip, JOINTS[leg].knee, JOINTS[leg].ankle])],
    measure: measureHalfKneeling,
    conditions: [
      { cue: 'Turn side-on to the camera', met: (m) => !m.seenFromFront },
      { cue: 'Put your back knee down on the floor', met: (m) => m.back.shinFromUpDeg >= MIN_BACK_SHIN_FROM_UP_DEG },
      { cue: 'Front foot flat, knee over the ankle', met: (m) => m.front.shinFromUpDeg <= MAX_FRONT_SHIN_FROM_UP_DEG },
      { cue: 'Bend the front knee to a right angle', met: (m) => m.front.kneeAngleDeg >= FRONT_KNEE_DEG.min && m.front.kneeAngleDeg <= FRONT_KNEE_DEG.max },
      { cue: 'Keep your torso tall', met: (m) => m.torsoFromUprightDeg <= MAX_TORSO_FROM_UPRIGHT_DEG },
      { cue: 'Push your hips forward', met: (m) => m.back.hipAngleDeg >= MIN_BACK_HIP_DEG },
    ],
  }),
  gentler: {
    title: 'Stretch less far',
    how: 'Push your hips forward only until you feel a gentle pull, with a cushion under the knee.',
  },
  chartColor: '#e69f00',
});
