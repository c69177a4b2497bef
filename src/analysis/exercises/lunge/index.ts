/**
 * Lunge: from standing, one leg steps (or stays) forward and both knees bend until the back knee nears the floor,
 * then back up. Alternating lunges count every lunge, whichever leg is in front ('camera': there is no working leg
 * to choose; each rep's form is judged on its own front leg, the one whose hip bends more).
 */
import { kneeCaveIn, narrowStance } from '../../faults';
import { createStandingModel, isLunge, kneeBendDeg, standingReps } from '../../standing';
import { defineExercise } from '../exercise';

// Knee bend (3-D, both legs' mean), lunge clip: standing 15-29, bottoms 82-120; the band deadlift never past 58.2.
const REPS = standingReps({ bottomMaxDeg: 35, topMinDeg: 70, minRomDeg: 35 }); // standing: 6 past the softest-kneed standing reading; the depth: >= 12 short of real bottoms

// Front view only (StandingForm): the front knee's shift toward the midline from over its ankle at the bottom, in hip
// widths: the lunge clip's two bottoms -0.07 and +0.13 (full), +0.33 and -0.28 (lite); neither caves in.
const FRONT_KNEE_CAVE_MIN_SHIFT = 0.5; // half a hip width inside the ankle: 17 points past the highest reading (33, lite), 37 past full's (12.9)
// Ankles apart over the hips' width at the bottom, front view: the clip's wrong first lunge (feet in one line) 0.63, the right one 1.26.
const NARROW_STANCE_MIN_SHORTFALL = 0.2; // ankles under 0.8 hip widths apart: the wrong lunge reads 0.63 (full; 0.61 lite), the right one 1.26 (1.41)

export const lunge = defineExercise({
  id: 'lunge',
  name: 'Lunge',
  workingSide: 'camera',
  createModel: (_side, config) => createStandingModel({ angleDeg: kneeBendDeg, inStance: isLunge }, config),
  reps: REPS,
  faults: [
    kneeCaveIn(FRONT_KNEE_CAVE_MIN_SHIFT, 'Keep your front knee over your toes', 'front'),
    narrowStance(NARROW_STANCE_MIN_SHORTFALL, 'Feet hip-width apart, not in one line'),
  ],
  holdTargetMs: 1000, // a controlled 1 s at the bottom, back knee just off the floor
  targets: { reps: 10, sets: 3 }, // not in the routine: 3 x 10 lunges, about 5 each leg when alternating, like the step-up's 8-10 per leg
  camera: {
    view: 'front',
    setup: () => [
      'Put the camera at hip height 2 to 3 metres in front of you, facing you.',
      'Stand tall with your feet hip-width apart; step forward into each lunge and back.',
      'Head to feet must be in the picture.',
    ],
    positionHint: 'Stand facing the camera, feet hip-width apart, head to feet in the picture',
  },
  gentler: {
    title: 'A shorter, shallower lunge',
    how: 'Take a smaller step and bend your knees only a little, holding a wall or chair for balance.',
  },
  chartColor: '#ddcc77', // Paul Tol's muted sand: Okabe-Ito's colours go to the floor exercises (its black would not show on the dark theme)
});
