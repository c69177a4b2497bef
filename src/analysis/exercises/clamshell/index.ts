/** Clamshell: lying on one side facing the camera, knees bent and stacked; the top knee opens. */
import { pelvicTurn, PELVIC_TURN_MIN_DEG } from '../../faults';
import { otherSide } from '../../pose';
import { defineExercise } from '../exercise';
import { createClamshellModel, type ClamshellGate } from './measurement';

const GATE: ClamshellGate = {
  // Measured (MediaPipe full, smoothed): top leg 92-130; standing legs read ~175.
  maxKneeAngleDeg: 145, // >= 15 above every set-up measured
  // Measured clamshell torso tilt 29-34 (head propped up); standing is ~70-90.
  maxTorsoTiltDeg: 55, // ~20 clear of both
  // Measured clamshell hip line from vertical: 16-21.
  maxHipLineFromVerticalDeg: 40, // ~20 clear; hips side by side (person facing camera standing) read ~90
  // Measured hip gap / torso length: clamshell front view 0.36-0.40; side views (bridge, thrust, push-up) 0.02-0.17.
  minHipGapToTorso: 0.25, // between the two, ~0.1 clear of each
};

export const clamshell = defineExercise({
  id: 'clamshell',
  name: 'Clamshell',
  workingSide: 'chosen',
  createModel: (side, config) => createClamshellModel(side, GATE, config),
  // Knee opening, measured: closed 20-23, open 50-52, opens at 33.
  reps: { bottomMaxDeg: 30, topMinDeg: 42, minRomDeg: 18 }, // >= 7 clear of closed, >= 8 below open; real ROM ~28-31
  // Lying on the side, a turning pelvis rolls backward rather than dropping.
  faults: [pelvicTurn(PELVIC_TURN_MIN_DEG, "Keep your hips stacked: don't roll back")],
  holdTargetMs: 1000, // "lift slowly": a 1 s pause with the knee open; the 2-3 s squeeze is the bridge's and thrust's
  targets: { reps: 15, sets: 3 }, // the routine: 3 x 15 each side
  camera: {
    view: 'front',
    setup: (side) => [
      'Put the camera on the floor 2 to 3 metres in front of you, facing you.',
      `Lie on your ${otherSide(side)} side facing the camera, knees bent and stacked, so your ${side} leg is on top.`,
      'Head to feet must be in the picture.',
    ],
    positionHint: 'Lie on your side facing the camera, knees bent and stacked',
  },
  gentler: {
    title: 'Open your knee less',
    how: 'Open your top knee only a little, and take the band off if you use one. Keep your hips stacked and still.',
  },
  chartColor: '#cc79a7',
});
