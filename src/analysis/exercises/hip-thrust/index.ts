/** Hip thrust: upper back on a bench, knees bent, feet planted; the hips lift to the shoulder-knee line. */
import { headBack, lumbarOverarch, pelvicTurn, PELVIC_TURN_MIN_DEG } from '../../faults';
import {
  createSupineModel,
  FACE_DOWN_MAX_DEG,
  LEVEL_GAZE_MAX_DEG,
  LEVEL_HIPS_CUE,
  SUPINE_GATE,
  SUPINE_OVERARCH_MIN_DEG,
  type SupineGate,
} from '../../supine';
import { defineExercise } from '../exercise';
import { gluteBridge } from '../glute-bridge';

// Face up from level (SupineMeasurement.headBackDeg): thrust tops 14.1, 13.0, 14.5, 14.0, 13.6, 13.2 (chin up);
// its bottoms -0.2..+2.5 (eyes level). A bridge's head lies on the floor, face to the ceiling (74-78): neutral
// there, so only the thrust checks it.
const HEAD_BACK_MIN_DEG = 8; // between a level gaze (<= 2.5) and the chin-up tops (>= 13.0): 5.5 and 5.0 clear of each

/** Shoulders on a bench, the hips sinking below them at the bottom; the head held up off it, looking toward the knees. */
export const THRUST_GATE: SupineGate = { ...SUPINE_GATE, support: 'bench', faceUpDeg: { min: FACE_DOWN_MAX_DEG, max: LEVEL_GAZE_MAX_DEG } };

export const hipThrust = defineExercise({
  id: 'hip-thrust',
  name: 'Hip thrust',
  workingSide: 'camera',
  createModel: (_side, config) => createSupineModel(THRUST_GATE, config),
  // Hip angle, measured: bottoms 112-117, tops 188-197, the clip opens at 155 on its way up.
  reps: { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 30 }, // same hip angle as the bridge; real ROM >= 70
  faults: [lumbarOverarch(SUPINE_OVERARCH_MIN_DEG), headBack(HEAD_BACK_MIN_DEG), pelvicTurn(PELVIC_TURN_MIN_DEG, LEVEL_HIPS_CUE)],
  holdTargetMs: 2000, // the usual 2-3 s squeeze at the top, its lower end
  targets: { reps: 12, sets: 3 }, // the routine: 3 x 12
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
      'Upper back on a bench or sofa edge, knees bent, feet flat on the floor.',
      'Head, shoulders, hips, knees and feet must be in the picture.',
    ],
    positionHint: 'Upper back on the bench, side-on to the camera, knees bent, feet flat, chin tucked',
  },
  gentler: {
    instead: gluteBridge.id,
    title: 'Try a glute bridge instead',
    how: 'Lie on the floor with your knees bent and lift your hips from there. It puts less load on your back than a hip thrust.',
  },
  chartColor: '#e69f00',
});
