/**
 * Romanian deadlift: standing tall, the hips hinge back with the knees soft, and drive forward back to tall.
 * The spine's own bend is not checked: the landmarks have no point between the shoulders and the hips, and the
 * hip-ear line bends at the neck (looking down or ahead) as much as at the upper back, so a rounded back cannot
 * be told from a lowered head; no shared clip shows a rounded back to measure it on either.
 */
import { kneesForward, leanBack } from '../../faults';
import { createStandingModel, hipBendDeg, isHinge, standingReps } from '../../standing';
import { defineExercise } from '../exercise';

// Hip bend (3-D, both legs' mean), band deadlift: standing tall 11-22 (one side reads ~20 more obliquely), bottoms 90-109.
const REPS = standingReps({ bottomMaxDeg: 30, topMinDeg: 60, minRomDeg: 35 }); // standing: ~10 past the most bent standing reading; the depth: >= 30 short of real bottoms, so a hinge to ~60 degrees counts

// Knee over hip flexion, every frame of the band deadlift with the hips bent >= 60: 0.40-0.56 (MediaPipe full); held at
// its bottoms it stays under 0.5 with full and reads 0.52-0.55 with lite. A textbook Romanian deadlift keeps the knees
// soft (~15-20 degrees against ~90 at the hips: ~0.2); past HINGE_MAX_KNEE_TO_HIP (0.63) it is a squat.
const KNEES_FORWARD_MIN = 0.5; // most of the way from a textbook hinge toward a squat; the band deadlift (a deadlift, not strictly Romanian) sits at its edge

// Hips past the shoulder-knee line toward the toes standing tall before each hinge, side view: the squat clip's upright
// frames read -26..+4.4 (median 1.1). A front or oblique view (the band deadlift) cannot show it, so it is not judged there.
const LEAN_BACK_MIN_DEG = 10; // 5.6 clear of every upright reading: a lean back the eye sees

export const romanianDeadlift = defineExercise({
  id: 'romanian-deadlift',
  name: 'Romanian deadlift',
  workingSide: 'camera',
  createModel: (_side, config) =>
    createStandingModel({ angleDeg: hipBendDeg, inStance: isHinge }, config),
  reps: REPS,
  faults: [
    kneesForward(KNEES_FORWARD_MIN, 'Push your hips back, not down'),
    leanBack(LEAN_BACK_MIN_DEG, 'Squeeze your glutes at the top: stand tall, don\'t lean back'),
  ],
  holdTargetMs: 1000, // a controlled 1 s at the bottom of the hinge, feeling the hamstrings, before driving up
  targets: { reps: 10, sets: 3 }, // the routine: 3 x 10
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera at hip height 2 to 3 metres to your side, so it sees you side-on.',
      'Stand tall, feet hip-width apart, knees soft, holding the weight or band in front of your thighs.',
      'Head to feet must be in the picture.',
    ],
    positionHint: 'Stand tall side-on to the camera, feet hip-width apart, head to feet in the picture',
  },
  gentler: {
    title: 'Hinge only halfway, no weight',
    how: 'Put the weight down and push your hips back only as far as feels easy, hands sliding down your thighs. Keep your back flat.',
  },
  chartColor: '#cc6677', // Paul Tol's muted rose: Okabe-Ito's colours go to the floor exercises (its black would not show on the dark theme)
});
