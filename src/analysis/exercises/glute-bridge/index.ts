/** Glute bridge: lying on the back, knees bent, feet planted; the hips lift to the shoulder-knee line. */
import { lumbarOverarch, pelvicTurn, PELVIC_TURN_MIN_DEG } from '../../faults';
import { createSupineModel, FACE_TO_CEILING_MIN_DEG, LEVEL_HIPS_CUE, SUPINE_GATE, SUPINE_OVERARCH_MIN_DEG, type SupineGate } from '../../supine';
import { defineExercise } from '../exercise';

/** Shoulders and hips on the floor, in line with the feet at the bottom; the head rests there, face to the ceiling (a face toward the head end, chin lifted, still lies on the floor). */
export const BRIDGE_GATE: SupineGate = { ...SUPINE_GATE, support: 'floor', faceUpDeg: { min: FACE_TO_CEILING_MIN_DEG, max: 180 } };

export const gluteBridge = defineExercise({
  id: 'glute-bridge',
  name: 'Glute bridge',
  workingSide: 'camera',
  createModel: (_side, config) => createSupineModel(BRIDGE_GATE, config),
  // Hip angle, measured (near side): bottoms 126-132, tops 182-184.
  // ROM per rep, every model: bridges >= 50; the frog pump's 26-34 (knees out, soles together: the hips rest at
  // 140-145 and the splayed thigh shortens the swing seen from the side). 25: 5 above the zones' own 20-degree gap.
  reps: { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 25 }, // zones >= 13 clear of real bottoms and tops
  faults: [lumbarOverarch(SUPINE_OVERARCH_MIN_DEG), pelvicTurn(PELVIC_TURN_MIN_DEG, LEVEL_HIPS_CUE)],
  holdTargetMs: 2000, // the usual 2-3 s squeeze at the top, its lower end
  targets: { reps: 12, sets: 3 }, // the programme: 3 x 12-15, the lower end for a first session
  camera: {
    view: 'side',
    setup: () => [
      'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
      'Lie on your back, knees bent, feet flat on the floor, head resting on the floor.',
      'Head, shoulders, hips, knees and feet must be in the picture.',
    ],
    positionHint: 'Lie on your back side-on to the camera, knees bent, feet flat, head down on the floor',
  },
  gentler: {
    title: 'Lift only halfway',
    how: 'Lift your hips only halfway, or only as far as feels easy, and keep your ribs down. A smaller lift still works your glutes.',
  },
  chartColor: '#56b4e9',
});
