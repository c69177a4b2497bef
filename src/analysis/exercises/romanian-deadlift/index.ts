/**
 * Romanian deadlift: standing tall, the hips hinge back with the knees soft, and drive forward back to tall.
 * The spine's own bend is not checked: the landmarks have no point between the shoulders and the hips, and the
 * hip-ear line bends at the neck (looking down or ahead) as much as at the upper back, so a rounded back cannot
 * be told from a lowered head; no shared clip shows a rounded back to measure it on either.
 */
import { kneesForward, lumbarOverarch } from '../../faults';
import { createStandingModel, isHinge, meanHipAngle } from '../../standing';
import { defineExercise } from '../exercise';

// Mean hip angle (3-D), band deadlift: bottoms 71-90, standing tall 158-178 (one side reads ~20 lower obliquely).
const REPS = { bottomMaxDeg: 120, topMinDeg: 150, minRomDeg: 35 }; // the bottom >= 30 above real bottoms, a hinge to ~60 degrees counts; the top ~10 below the lowest standing reading

// Knee over hip flexion at the deepest moment, per rep (band deadlift, MediaPipe full): 0.40-0.56. A textbook
// Romanian deadlift keeps the knees soft (~15-20 degrees against ~90 at the hips: ~0.2); past HINGE_MAX_KNEE_TO_HIP it is a squat.
const KNEES_FORWARD_MIN = 0.5; // halfway from a textbook hinge toward a squat (0.63): the band deadlift's deeper-kneed reps show it

// Hips past the shoulder-knee line toward the toes while standing tall, side view: the squat clip's upright
// frames read -26..+4.4 (median 1.1). A front or oblique view (the band deadlift) cannot show it, so it is not judged there.
const LEAN_BACK_MIN_DEG = 10; // 5.6 clear of every upright reading: a lean back the eye sees

export const romanianDeadlift = defineExercise({
  id: 'romanian-deadlift',
  name: 'Romanian deadlift',
  workingSide: 'camera',
  createModel: (_side, config) =>
    createStandingModel({ angleDeg: meanHipAngle, inStance: isHinge, topMinDeg: REPS.topMinDeg }, config),
  reps: REPS,
  faults: [
    kneesForward(KNEES_FORWARD_MIN, 'Push your hips back, not down'),
    lumbarOverarch(LEAN_BACK_MIN_DEG, 'Squeeze your glutes at the top: stand tall, don\'t lean back'),
  ],
  holdTargetMs: 1000, // "contract glutes at the top": a short squeeze standing tall before the next hinge
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
  chartColor: '#0072b2',
});
