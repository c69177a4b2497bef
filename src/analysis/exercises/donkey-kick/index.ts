/** Donkey kick: on all fours, side-on to the camera; the working thigh lifts back and up (bent knee or straight). */
import { lumbarOverarch } from '../../faults';
import { defineExercise } from '../exercise';
import { createDonkeyKickModel, type AllFoursGate } from './measurement';

// Measured over every shared clip (MediaPipe full, smoothed), each leg as the working one.
const GATE: AllFoursGate = {
  // Back from horizontal on all fours: donkey kick 2-11, bird dog 6-14; squatting >= 41, standing ~80-90.
  maxBackTiltDeg: 30, // >= 16 above every all-fours reading, 11 below the squat
  // Supporting thigh from straight down: donkey kick 0-14, bird dog 0-29; push-up >= 62, bridges >= 103, lying on the side >= 54.
  maxSupportThighFromDownDeg: 45, // between the kneeling 29 and the plank's 62, ~16 clear of each
  // Supporting shin from horizontal: kneeling 2-22 (both clips); the hinged deadlift, the one pose left that passes
  // the checks above (back 21-30, thighs and arms down), stands on shins at 75-88.
  maxSupportShinTiltDeg: 45, // midway, >= 23 clear of each
  // Arm from straight down, the worse arm: donkey kick 3-10 (hands under the shoulders); bird dog on all fours
  // 20-28, and its reaching arm passes 40 before the leg has risen far (hip angle <= 107 then) on its way to ~70.
  maxArmFromDownDeg: 40, // a hand on the floor is at most a little ahead of its shoulder; a reaching arm has left it
};

// Hip angle (back to working thigh, image), measured: kneeling bottoms 78-89, kicked tops 202-214 (over-arched);
// the clip opens at a top (189-214) with no bottom before it.
const REPS = {
  bottomMaxDeg: 120, // >= 31 above every kneeling bottom
  topMinDeg: 160, // the thigh within 20 of the line of the back: a clean kick stops on that line (180)
  minRomDeg: 50, // real ROM 119-129; a half-raised knee is not a kick
};

// Thigh past the line of the back, median while held at the top: the clip's over-arched tops 24.3, 28.6, 31.6, 24.7
// (the label: "probable at every top: 30-45 degrees above horizontal, past what the hip alone allows").
// The hip itself extends only about 10-20 past the trunk's line, less with the knee bent (rectus femoris).
const OVERARCH_MIN_DEG = 15; // inside the hip's own range, >= 9 below every over-arched top measured

export const donkeyKick = defineExercise({
  id: 'donkey-kick',
  name: 'Donkey kick',
  // Kick one leg through a set and then the other, or take turns: each leg is counted apart, and a set is done when
  // both reach the target. The kicking leg is the one whose thigh rises; the other stays down and counts nothing.
  workingSide: 'alternating',
  createModel: (leg, config) => createDonkeyKickModel(leg, GATE, config),
  reps: REPS,
  // "Keep hips square" is not checked: from the side the far hip is hidden behind the body and MediaPipe guesses
  // it; the hip-line turn reads 18-25 on every kick of the clip, whose label says nothing of turning (docs/accuracy.md).
  faults: [lumbarOverarch(OVERARCH_MIN_DEG)],
  holdTargetMs: 1000, // "slow": a 1 s squeeze at the top
  targets: { reps: 12, sets: 3 }, // the routine: 3 x 12 (each leg)
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera at hip height 2 to 3 metres to your side, so it sees you side-on.',
      'Kneel on all fours, hands under your shoulders and knees under your hips.',
      'Kick with one leg, then the other, or take turns: each leg is counted apart.',
      'Hands, knees, hips and shoulders must be in the picture, with room above your hips for the kick.',
    ],
    positionHint: 'On all fours side-on to the camera, hands under shoulders, knees under hips',
  },
  gentler: {
    title: 'Kick only to hip height',
    how: 'Lift your knee only until your thigh is level with your back, or less, and keep your ribs down. A smaller kick still works your glutes.',
  },
  chartColor: '#009e73', // Okabe-Ito green: the one left free among the exercises (black would not show on the dark theme)
});
