/** Squat: standing, hips and knees bend together down toward a seat, and back up to standing. */
import { heelLift, kneeCaveIn, torsoForward } from '../../faults';
import { createStandingModel, isSquat, kneeBendDeg, standingReps } from '../../standing';
import { defineExercise } from '../exercise';

// Knee bend (3-D, both legs' mean), squat clip: standing 5-15, bottoms 83-107; the band deadlift's most 58.2.
const REPS = standingReps({ bottomMaxDeg: 30, topMinDeg: 70, minRomDeg: 40 }); // standing: 15 past the most bent standing reading; the depth: >= 13 short of real bottoms, 12 past any hinge

// Each reading only where the camera can show it (StandingForm): the knees caving in from the front, heels and torso from the side.
// Front view, the knee's shift toward the midline from over its ankle (hip widths): no front squat clip; the lunge
// clip's bent front knees read -0.28..+0.33 (full and lite).
const KNEE_CAVE_MIN_SHIFT = 0.5; // half a hip width inside the ankle: 17 points past the most any real bent front-view knee read (the lunge clip's, full and lite)
// Side view, heel above its toes: the squat clip reads 3-8 standing, 4-11 at its bottoms (flat heels).
const HEEL_LIFT_MIN_DEG = 20; // 9 clear of every flat-heeled bottom: a heel a few centimetres up
// Side view, torso toward the toes at the bottom: the squat clip 32-45 (an ordinary squat leans with its shins).
const TORSO_FORWARD_MIN_DEG = 60; // 15 past the clip's most: the chest dropping toward the knees

export const squat = defineExercise({
  id: 'squat',
  name: 'Squat',
  workingSide: 'camera',
  createModel: (_side, config) => createStandingModel({ angleDeg: kneeBendDeg, inStance: isSquat }, config),
  reps: REPS,
  faults: [
    kneeCaveIn(KNEE_CAVE_MIN_SHIFT, 'Push your knees out, over your toes', 'both'),
    heelLift(HEEL_LIFT_MIN_DEG, 'Keep your heels down: sit back'),
    torsoForward(TORSO_FORWARD_MIN_DEG, 'Chest up: keep your torso tall'),
  ],
  holdTargetMs: 1000, // a controlled 1 s at the bottom before standing up
  targets: { reps: 12, sets: 3 }, // not in the routine: 3 x 12 as for the other bodyweight glute work (bridges, thrusts)
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera at hip height 2 to 3 metres away, at your side (or in front of you to check your knees).',
      'Stand with your feet shoulder-width apart, toes slightly out.',
      'Head to feet must be in the picture.',
    ],
    positionHint: 'Stand with your feet shoulder-width apart, head to feet in the picture',
  },
  gentler: {
    title: 'Squat to a chair',
    how: 'Sit back onto a chair and stand up again, only as low as feels easy, hands forward for balance.',
  },
  chartColor: '#44aa99', // Paul Tol's muted teal: Okabe-Ito's colours go to the floor exercises (its black would not show on the dark theme)
});
