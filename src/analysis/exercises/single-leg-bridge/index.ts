/**
 * Single-leg bridge: a glute bridge on one leg, the other foot held up; per working leg (the one on the floor).
 * No real single-leg bridge clip exists: its thresholds stand on the bridge's measurements, and it is proven on
 * synthetic sequences made from the real bridge landmarks (tests/support/one-leg-bridges.ts).
 *
 * The working leg is chosen, not read from the pose: the programme counts each leg's sets apart, the camera
 * should see the working leg (the far one is only guessed, at about half the visibility, and side views swap
 * the far leg's labels), and a person who knows which leg works can be told where to lie.
 */
import { lumbarOverarch, pelvicTurn } from '../../faults';
import { otherSide } from '../../pose';
import { SUPINE_OVERARCH_MIN_DEG } from '../../supine';
import { defineExercise } from '../exercise';
import { BRIDGE_GATE, gluteBridge } from '../glute-bridge';
import { createSingleLegModel, type SingleLegGate } from './measurement';

const GATE: SingleLegGate = {
  // The working leg and the head lie exactly as in a bridge, so the bridge's gate applies to them unchanged.
  supine: BRIDGE_GATE,
  // Free ankle above the floor line, in shin lengths, measured with both feet down (bridge, thrust, push-up,
  // all three models, either leg as the free one): -0.26..+0.26 (perspective puts the far foot a little off the line).
  minFreeFootHeight: 0.6, // 0.34 above every two-feet reading; a lifted foot (knee up, or the leg held straight) is ~1-1.5 shin lengths up
};

// Hip-line turn from a rep's start to its top (world), clean two-leg reps: bridge 5.5-6.7, thrust 1.1-6.3; the
// synthetic single-leg bridges made from the bridge (free leg up, tests/support/one-leg-bridges.ts) read
// 5.5-6.7, and with the pelvis dropped 15 degrees on the free side 14.1-16.4.
/** The hip line turned this far as the hips rise: the pelvis dropping on the free-leg side. */
const PELVIC_DROP_MIN_DEG = 10; // 3.3 above every clean rep, 4.1 below a 15-degree drop; the bridge's 20 also allows the clamshell's rolling (<= 15.4)

export const singleLegBridge = defineExercise({
  id: 'single-leg-bridge',
  name: 'Single-leg bridge',
  workingSide: 'chosen',
  createModel: (side, config) => createSingleLegModel(side, GATE, config),
  // The working leg's hip angle, as in the bridge (bottoms 126-132, tops 182-184): the same lift on one leg.
  reps: { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 30 }, // the bridge's zones, >= 13 clear of its bottoms and tops
  faults: [lumbarOverarch(SUPINE_OVERARCH_MIN_DEG), pelvicTurn(PELVIC_DROP_MIN_DEG, "Keep your hips level: don't let the free side drop")],
  holdTargetMs: 2000, // the bridge's 2-3 s squeeze at the top, its lower end
  targets: { reps: 10, sets: 2 }, // not in the programme: its one-leg exercise's numbers (the glute march, 2 x 10 each leg)
  camera: {
    view: 'side',
    setup: (side) => [
      `Put the camera on the floor 2 to 3 metres to your ${side} side, so it sees you side-on.`,
      `Lie on your back, ${side} knee bent and ${side} foot flat on the floor; lift your ${otherSide(side)} foot and keep that leg still.`,
      'Shoulders, hips, knees and feet must be in the picture.',
    ],
    positionHint: 'Lie on your back side-on to the camera, one foot flat, the other foot lifted',
  },
  gentler: {
    instead: gluteBridge.id,
    title: 'Try a glute bridge with both feet down',
    how: 'Put both feet on the floor and lift your hips from there. Two legs share the load, so your back and pelvis stay steadier.',
  },
  chartColor: '#d55e00',
});
