/** Side-lying leg lift: lying on one side facing the camera, legs straight; the straight top leg lifts sideways. */
import { legForward, pelvicTurn, PELVIC_TURN_MIN_DEG, swing } from '../../faults';
import { otherSide } from '../../pose';
import { defineExercise } from '../exercise';
import { createLegLiftModel, type LegLiftGate } from './measurement';

// Measured over every shared clip (MediaPipe full, smoothed), frames that pass the side-lying checks below.
const GATE: LegLiftGate = {
  // The same side-lying checks as the clamshell (clamshell/index.ts): the leg-lift clip's set-up reads torso
  // tilt 2-6, hip line from vertical 0-8, hip gap / torso 0.31-0.33, inside all three.
  maxTorsoTiltDeg: 55,
  maxHipLineFromVerticalDeg: 40,
  minHipGapToTorso: 0.25,
  // Knee (3-D) while lying on the side: leg lift top leg 155-172 (5th percentile 155; lower only while getting
  // into position), bottom leg 154-174; clamshells' top leg 62-124 (both clips). Midway, ~15 clear of each: a
  // clamshell is never a leg lift. Both legs, because a bird dog filmed from 20 degrees above passes the
  // side-lying checks with its reaching leg straight and its kneeling leg bent (the robustness matrix).
  minKneeAngleDeg: 140,
  // The clip's set-ups hold the position for seconds (10 s before the first lift, 0.9 s and more between lifts);
  // the cross-fade at 28 s flickers a guessed body with the hips the other way up into it for 2-5 frames.
  minSettledMs: 300, // ~9 frames at 30 a second: longer than any flicker, far shorter than lying down
};

// Lift (angle between the legs, image), measured: legs together 0-6, tops 26, 31, 28, 28, 26 (real ROM 25.6-30.8);
// the title shot filmed from the feet (0-5 s) passes the gate at times and wanders 1-17.
const REPS = {
  bottomMaxDeg: 12, // 6 above legs together, 9 below the top zone
  topMinDeg: 21, // 5 below the lowest real top, 4 above the title shot's wander
  minRomDeg: 18, // >= 7 below every real ROM, above the title shot's 16 swing
};

// Mean lift or lowering speed per rep (faults.ts swing): the clip's brisk but labelled-clean reps 42, 47, 45, 66,
// 58 deg/s (about 0.4-0.6 s each way for ~28 degrees).
const SWING_MIN_DEG_PER_S = 120; // 1.8x the fastest clean rep: a 30 degree lift in a quarter second is a throw

// The top leg's drift forward out of the body's plane (world landmarks), start to held top: the clip's lifts -0.7 to
// 4.8 (over the still stretches the leg's reading wanders within about ±2). A front camera cannot see this in the
// picture (a 15 degree drift shortens the leg there by 3%), so it rests on MediaPipe's depth; no shared clip shows
// a drifting leg, so the check is proven on the clip's own lifts with the leg turned forward (the unit tests).
const LEG_FORWARD_MIN_DEG = 15; // ~10 above every clean lift: a drift a person can see and correct

export const sideLyingLegLift = defineExercise({
  id: 'side-lying-leg-lift',
  name: 'Side-lying leg lift',
  workingSide: 'chosen',
  createModel: (side, config) => createLegLiftModel(side, GATE, config),
  reps: REPS,
  // Hip-line turn from start to top on the clip: 3.3-7.4 (hips stacked), so the shared limit holds here too.
  faults: [
    pelvicTurn(PELVIC_TURN_MIN_DEG, "Keep your hips stacked: don't roll forward or back"),
    swing(SWING_MIN_DEG_PER_S, "Don't swing the leg: lift and lower it slowly"),
    legForward(LEG_FORWARD_MIN_DEG, 'Keep your leg in line with your body: lift it up, not forward'),
  ],
  holdTargetMs: 1000, // "lift with control": a 1 s pause at the top, as for the clamshell
  targets: { reps: 15, sets: 3 }, // the routine: 3 x 15 per side
  camera: {
    view: 'front',
    setup: (side) => [
      'Put the camera on the floor 2 to 3 metres in front of you, facing you.',
      `Lie on your ${otherSide(side)} side facing the camera, legs straight and stacked, so your ${side} leg is on top.`,
      'Head to feet must be in the picture.',
    ],
    positionHint: 'Lie on your side facing the camera, legs straight and stacked',
  },
  gentler: {
    title: 'Lift your leg less',
    how: 'Lift your top leg only a little, and slowly. Keep both legs long and your hips stacked and still.',
  },
  chartColor: '#0072b2',
});
