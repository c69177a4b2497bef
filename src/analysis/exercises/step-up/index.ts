/**
 * Step-up: one foot on a step, drive up through that heel to stand on the step, and step down; per leading leg.
 * No shared clip shows one: its counting and its fault are tested on sequences made from real standing landmarks.
 */
import { torsoForward } from '../../faults';
import { createStandingModel, isStepUp, standingReps } from '../../standing';
import { defineExercise } from '../exercise';

// Leading knee bend (3-D): a foot on a 20-40 cm step bends it ~65-90; standing on the step 5-15 (the squat clip's
// standing). A rep counts with the foot up on the step, bent, and is complete standing tall on it. Stepping down with the other foot first would bend the leading knee on the step again and count twice,
// so the set-up says to step down leading with the same foot (the other knee then bends, which the gate refuses).
const REPS = standingReps({ bottomMaxDeg: 25, topMinDeg: 65, minRomDeg: 35 }); // standing: 10 past standing tall; a ~20 cm step and up reaches the depth; a hinge bends both knees (<= 62), so its straight-leg gate refuses it first

// Torso toward the toes held with the foot on the step, as the drive starts (side view). The real upright standing frames read within +-5 (squat, lunge).
const TORSO_FORWARD_MIN_DEG = 30; // a step-up leans a little to get over the foot; 30 is two-thirds of a squat's lean (the squat clip's bottoms 32-45)

export const stepUp = defineExercise({
  id: 'step-up',
  name: 'Step-up',
  workingSide: 'chosen',
  createModel: (side, config) =>
    createStandingModel({ angleDeg: (m) => 180 - m.legs[side].kneeAngleDeg, inStance: (m) => isStepUp(m, side) }, config),
  reps: REPS,
  faults: [torsoForward(TORSO_FORWARD_MIN_DEG, 'Keep your torso tall')],
  holdTargetMs: 1000, // a controlled 1 s with the foot on the step before driving up
  targets: { reps: 8, sets: 3 }, // the programme: 3 x 8-10 per leg, the lower end for a first session
  camera: {
    view: 'side',
    setup: (side) => [
      'Put the camera at hip height 2 to 3 metres to your side, with a low, steady step beside you in the picture.',
      `Stand facing the step. Step up with your ${side} foot, stand tall on the step, and step down with the same foot first.`,
      'Head to feet must be in the picture, standing on the step too.',
    ],
    positionHint: 'Stand side-on to the camera in front of the step, head to feet in the picture',
  },
  gentler: {
    title: 'A lower step',
    how: 'Use a lower step, or the bottom stair holding the rail, and drive up slowly through your heel.',
  },
  chartColor: '#aa4499', // Paul Tol's muted purple: Okabe-Ito's colours go to the floor exercises (its black would not show on the dark theme)
});
