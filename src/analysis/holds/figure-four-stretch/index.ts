/**
 * Deep glute stretch in its seated figure-four form (the programme's source: ankle over the opposite knee, lean
 * forward gently), sitting on a chair facing the camera. The side is the stretched leg, the one crossed over.
 *
 * What the camera checks: sitting, the ankle resting on the other knee, and the crossed knee dropped out to the
 * side. What it does not: the gentle lean forward. From the front a lean only shortens the torso in the picture,
 * as sitting further back does, and the 3-D hip angle mixes it with how deep the chair is; the coach asks for the
 * lean in the set-up and leaves it unchecked rather than guess.
 */
import { angleBetween3, sub3 } from '../../geometry';
import { JOINTS, otherSide, type Body, type Side } from '../../pose';
import { defineHold } from '../hold';
import { checkedPosition } from '../position-check';
import { STATIC_STRETCH } from '../stretch';

export interface FigureFourMeasurement {
  /** Shoulder-hip-knee of the leg on the floor, 3-D: ~90-110 sitting, ~170 standing. */
  sittingHipDeg: number;
  /** The crossed ankle's distance from the other knee over that leg's thigh length, 3-D. */
  ankleToKnee: number;
  /** Between the two thighs, 3-D: ~0 side by side, 40-70 with the crossed knee dropped out. */
  thighsApartDeg: number;
}

export function measureFigureFour(body: Body, crossed: Side): FigureFourMeasurement {
  const [over, floor] = [JOINTS[crossed], JOINTS[otherSide(crossed)]];
  const at = (index: number) => body.world(index);
  const floorThigh = sub3(at(floor.knee), at(floor.hip));
  const ankleToKnee = sub3(at(over.ankle), at(floor.knee));
  return {
    sittingHipDeg: angleBetween3(sub3(at(floor.shoulder), at(floor.hip)), floorThigh),
    ankleToKnee: Math.hypot(ankleToKnee.x, ankleToKnee.y, ankleToKnee.z) / (Math.hypot(floorThigh.x, floorThigh.y, floorThigh.z) || 1),
    thighsApartDeg: angleBetween3(sub3(at(over.knee), at(over.hip)), floorThigh),
  };
}

// A synthetic seated figure four (tests/unit/analysis/hold-poses.ts; no shared clip sits): sitting hip 96, ankle to
// knee 0.22 thigh lengths, thighs 50 apart; standing reads hip 170, ankle to knee 1.08. Each limit sits wide of both.
/** Sitting: the hip bent well short of standing's ~170. */
const MAX_SITTING_HIP_DEG = 130;
/** The ankle on (or just beside) the other knee. */
const MAX_ANKLE_TO_KNEE = 0.5;
/** The crossed knee dropped out to the side, not pointing forward. */
const MIN_THIGHS_APART_DEG = 25;

export const figureFourStretch = defineHold({
  id: 'figure-four-stretch',
  name: 'Deep glute stretch (figure four)',
  ...STATIC_STRETCH,
  camera: {
    view: 'front',
    setup: (side) => [
      'Put the camera at seat height 2 to 3 metres in front of you, facing you.',
      `Sit on a chair and rest your ${side} ankle on your ${otherSide(side)} knee, letting the ${side} knee drop out.`,
      'Lean forward gently with a straight back (the camera cannot check the lean). Head to feet in the picture.',
    ],
    positionHint: 'Sit facing the camera, one ankle resting on the other knee',
  },
  position: checkedPosition<FigureFourMeasurement>({
    side: 'hold',
    needed: (side) => [side, otherSide(side)].flatMap((leg) => [JOINTS[leg].shoulder, JOINTS[leg].hip, JOINTS[leg].knee, JOINTS[leg].ankle]),
    measure: measureFigureFour,
    conditions: [
      { cue: 'Sit down on the chair', met: (m) => m.sittingHipDeg <= MAX_SITTING_HIP_DEG },
      { cue: 'Rest your ankle on the other knee', met: (m) => m.ankleToKnee <= MAX_ANKLE_TO_KNEE },
      { cue: 'Let the crossed knee drop out to the side', met: (m) => m.thighsApartDeg >= MIN_THIGHS_APART_DEG },
    ],
  }),
  gentler: {
    title: 'Stay upright',
    how: 'Sit upright without leaning forward, or rest the ankle lower on the shin.',
  },
  chartColor: '#d55e00',
});
