/**
 * Glute Coach analysis core: turns MediaPipe pose landmark frames into reps,
 * holds and form faults for every exercise in the catalogue (exercises/catalogue.ts).
 *
 * Pure TypeScript (no DOM, worker, storage or model code), so the same code
 * runs in the page and in Node (unit tests, scripts).
 *
 *   const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
 *   const update = analyzer.push(frame); // status, phase, angleDeg, repCount, newRep?, newFaults, holdMs
 *   const summary = analyzer.finish();   // reps, repDetails, faults, frame counts
 *   // or, for a whole recording: analyzeSequence(frames, { exercise: clamshell.id, side: 'left' })
 *
 * Frames pass through: One Euro smoothing of every landmark; tracking checks
 * (body in the picture, landmarks confident, which side faces the camera);
 * a position gate per exercise (nothing counts unless the person is set up
 * for it, and `status` says why); a two-zone rep counter on the movement
 * angle; and per-rep fault checks over the held stretch at the top.
 * Shared thresholds live in DEFAULT_CONFIG (config.ts), each exercise's own in
 * its catalogue entry (exercises/<id>/), all with their reasons.
 */
export { analyzeSequence, analyzerFor, createAnalyzer, type Analyzer } from './analyzer';
export { DEFAULT_CONFIG, type AnalysisConfig } from './config';
export {
  alternatesLegs,
  analyzerOptions,
  CATALOGUE,
  DEFAULT_EXERCISE,
  EXERCISES,
  FAULT_TYPES,
  exerciseById,
  faultKind,
  isExerciseId,
  takesChosenSide,
} from './exercises/catalogue';
export { defineExercise, type CameraView, type ExerciseDescriptor, type WorkingSide } from './exercises/exercise';
// The entries by name, for plans that list exercises (routines).
export { clamshell } from './exercises/clamshell';
export { donkeyKick } from './exercises/donkey-kick';
export { gluteBridge } from './exercises/glute-bridge';
export { gluteMarch } from './exercises/glute-march';
export { hipThrust } from './exercises/hip-thrust';
export { lunge } from './exercises/lunge';
export { romanianDeadlift } from './exercises/romanian-deadlift';
export { sideLyingLegLift } from './exercises/side-lying-leg-lift';
export { singleLegBridge } from './exercises/single-leg-bridge';
export { squat } from './exercises/squat';
export { stepUp } from './exercises/step-up';
export type { FaultCheck } from './faults';
export { activityById, type Activity, type ActivityId } from './activity';
// Timed holds: a kind of their own beside the rep exercises (holds/catalogue.ts).
export { HOLD_IDS, HOLDS, holdById, holdSides, isHoldId, type HoldId } from './holds/catalogue';
export type { CheckedPosition, GuidedPosition, HoldDescriptor } from './holds/hold';
// The routines' holds by name, as the exercises above.
export { figureFourStretch } from './holds/figure-four-stretch';
export { gluteSqueeze } from './holds/glute-squeeze';
export { hamstringStretch } from './holds/hamstring-stretch';
export { hipFlexorStretch } from './holds/hip-flexor-stretch';
export { createHoldAnalyzer, type HoldAnalyzer, type HoldFrame, type HoldResult } from './holds/hold-analyzer';
export { HOLD_GRACE_MS, HoldClock, type HoldClockEvent, type HoldClockState, type HoldPause } from './holds/hold-clock';
export { everyExerciseOption, ExerciseRecogniser, isRecognised, recogniseSequence, RECOGNITION, SWITCH_WATCH, SwitchWatch, type Recognition } from './recognition';
export { Landmark, type PoseFrame, type Side } from './pose';
export type {
  AnalyzerOptions,
  ExerciseId,
  Fault,
  FaultType,
  FrameUpdate,
  Phase,
  RepDetail,
  Summary,
  TrackingStatus,
} from './types';
