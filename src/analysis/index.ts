/**
 * Glute Coach analysis core: turns MediaPipe pose landmark frames into reps,
 * holds and form faults for glute bridges, hip thrusts and clamshells.
 *
 * Pure TypeScript (no DOM, worker, storage or model code), so the same code
 * runs in the page and in Node (unit tests, scripts).
 *
 *   const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
 *   const update = analyzer.push(frame); // status, phase, angleDeg, repCount, newRep?, newFaults, holdMs
 *   const summary = analyzer.finish();   // reps, repDetails, faults, frame counts
 *   // or, for a whole recording: analyzeSequence(frames, { exercise: 'clamshell', side: 'left' })
 *
 * Frames pass through: One Euro smoothing of every landmark; tracking checks
 * (body in the picture, landmarks confident, which side faces the camera);
 * a position gate per exercise (nothing counts unless the person is set up
 * for it, and `status` says why); a two-zone rep counter on the movement
 * angle; and per-rep fault checks over the held stretch at the top.
 * All thresholds live in DEFAULT_CONFIG (config.ts) with their reasons.
 */
export { analyzeSequence, createAnalyzer, type Analyzer } from './analyzer';
export { DEFAULT_CONFIG, type AnalysisConfig } from './config';
export { FAULTS_CHECKED, cueFor } from './faults';
export { Landmark, type PoseFrame, type Side } from './pose';
export { EXERCISES } from './types';
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
