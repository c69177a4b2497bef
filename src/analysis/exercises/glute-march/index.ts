/**
 * Glute march: a bridge top held while one knee at a time lifts toward the chest, left and right counted apart.
 * No real march clip exists: the thresholds stand on the bridge's measurements, and the exercise is proven on
 * synthetic marches made from the real bridge landmarks (tests/support/one-leg-bridges.ts, docs/accuracy.md).
 */
import { pelvicTurn } from '../../faults';
import { defineExercise } from '../exercise';
import { BRIDGE_GATE, gluteBridge } from '../glute-bridge';
import { hipSag } from './hip-sag';
import { createMarchModel, type MarchGate } from './measurement';

const GATE: MarchGate = {
  // The floor leg and the head lie exactly as in a bridge, so the bridge's gate applies to them unchanged.
  supine: BRIDGE_GATE,
  // Bridge hip angle, measured: bottoms 126-132, tops 182-184.
  minBridgeHipAngleDeg: 155, // >= 23 above every bottom (resting between lifts is not a march), 27 below the tops: a sag stays in view to be flagged
};

// Hip-to-hip line (world) over each held bridge top of the bridge clip: it wanders 0.6-2.2 (the thrust's 2.7-3.4
// include its last rise to the peak). The turn is measured from the rep's start, the last frame with the foot
// down (lift <= 12 of a ~60 lift, so about a fifth of a tilt that grows with the lift is already there): on
// synthetic marches from the real bridge top (tests/support/one-leg-bridges.ts) no tilt reads 0.2-0.3, a
// 3-degree tilt 2.2-2.8, a 10-degree tilt 7.1-8.5.
/** The hip line turned this far from the moment the foot left the floor: the pelvis tilting or turning. */
const MARCH_PELVIC_TILT_MIN_DEG = 5; // between the 3-degree (<= 2.8) and the 10-degree (>= 7.1) readings, about the held top's wander (2.2) clear of each

// Held hip angle (bridge top): smoothed angles wander ~1-2 while held still (config.holdToleranceDeg), and the
// clean tops' hips sit 1.7-3.2 past straight, a 1.5 spread from rep to rep. Synthetic marches: hips kept up read
// -3.1..+0.7; hips lowered 3 cm stay below 8, lowered 6 cm read 10.5-13.1.
/** The floor leg's hips this far below the bridge top while the foot is up: rocking out of the bridge. */
const HIP_SAG_MIN_DEG = 8; // 4x the held wander and 4.9 above a steady march; a sag of 8 lowers the hips ~4 cm

export const gluteMarch = defineExercise({
  id: 'glute-march',
  name: 'Glute march',
  workingSide: 'alternating',
  createModel: (leg, config) => createMarchModel(leg, GATE, config),
  // Thigh lift past the other thigh (MarchMeasurement.liftDeg), measured with both feet down: at most 6.3 over the
  // bridge, thrust and push-up fixtures (all three models). A march brings the thigh toward vertical, ~50-90.
  reps: { bottomMaxDeg: 12, topMinDeg: 35, minRomDeg: 25 }, // bottom 5.7 above every two-feet reading; top 28.7 above it, yet any lift that clears the foot (a bent leg's ~30 cm up at 35)
  // The pelvis level as a foot lifts is the reason the exercise exists, so it is checked first.
  faults: [pelvicTurn(MARCH_PELVIC_TILT_MIN_DEG, 'Keep your pelvis level'), hipSag(HIP_SAG_MIN_DEG)],
  holdTargetMs: 1000, // "legs lift slowly": a 1 s pause with the knee up, as for the clamshell
  targets: { reps: 10, sets: 2 }, // the routine: 2 x 10 each leg
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
      'Lie on your back, knees bent, feet flat, and lift your hips into a bridge.',
      'Hold the bridge and lift one knee toward your chest, then the other, keeping your hips up and level.',
      'Shoulders, hips, knees and feet must be in the picture.',
    ],
    positionHint: 'Hold a bridge side-on to the camera: hips up, knees bent, feet flat',
  },
  gentler: {
    instead: gluteBridge.id,
    title: 'Hold a bridge instead',
    how: 'Keep both feet on the floor: lift your hips into a bridge, hold it for a few seconds and lower slowly. It keeps your pelvis steady without the one-leg load.',
  },
  chartColor: '#f0e442', // Okabe-Ito yellow: free among the exercises, and plain on the dark theme (black is not)
});
