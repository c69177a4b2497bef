/**
 * Glute march: a bridge top held while one knee at a time lifts toward the chest, left and right counted apart.
 * No real march clip exists: the thresholds stand on the bridge's measurements, and the exercise is proven on
 * synthetic marches made from the real bridge landmarks (tests/support/synthetic-march.ts, docs/accuracy.md).
 */
import { pelvicTurn } from '../../faults';
import { SUPINE_GATE } from '../../supine';
import { defineExercise } from '../exercise';
import { gluteBridge } from '../glute-bridge';
import { hipSag } from './hip-sag';
import { createMarchModel, type MarchGate } from './measurement';

const GATE: MarchGate = {
  // The floor leg lies exactly as in a bridge, so the bridge's gate applies to it unchanged.
  supine: SUPINE_GATE,
  // Bridge hip angle, measured: bottoms 126-132, tops 182-184.
  minBridgeHipAngleDeg: 155, // >= 23 above every bottom (resting between lifts is not a march), 27 below the tops: a sag stays in view to be flagged
};

// Hip-to-hip line at a held bridge top (world), measured over each top: it wanders 0.6-2.2 (thrust 2.7-3.4,
// while still rising to its peak). A march keeps that line still, so a tilt shows against the line just before
// the foot left the floor.
/** The hip line turned this far from the moment the foot left the floor: the pelvis tilting or turning. */
const MARCH_PELVIC_TILT_MIN_DEG = 6.5; // a 3-degree tilt plus the largest held-top wander (2.2) stays 1.3 below; a 10-degree one minus it, 1.3 above

// Held hip angle (bridge top): smoothed angles wander ~1-2 while held still (config.holdToleranceDeg), and the
// clean tops' hips sit 1.7-3.2 past straight, a 1.5 spread from rep to rep.
/** The floor leg's hips this far below the bridge top while the foot is up: rocking out of the bridge. */
const HIP_SAG_MIN_DEG = 8; // 4x the held wander: a sag of 8 lowers the hips ~6 cm on a 45-cm thigh, plain to see

export const gluteMarch = defineExercise({
  id: 'glute-march',
  name: 'Glute march',
  workingSide: 'alternating',
  createModel: (leg, config) => createMarchModel(leg, GATE, config),
  // Thigh lift past the other thigh (MarchMeasurement.liftDeg), measured with both feet down: -7.0..+6.7 over the
  // bridge, thrust and push-up fixtures (all three models). A march brings the thigh toward vertical, ~50-90.
  reps: { bottomMaxDeg: 12, topMinDeg: 35, minRomDeg: 25 }, // bottom 5 above every two-feet reading; top 28 above it, yet any lift that clears the foot (a bent leg's foot ~30 cm up at 35)
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
  chartColor: '#000000',
});
