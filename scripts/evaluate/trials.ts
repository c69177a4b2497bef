/**
 * What each labelled clip is tried as: its own exercise (a positive, when the coach knows it) and every other
 * exercise the coach knows (negatives: nothing may count). A clip of an exercise the coach does not know yet, or
 * of none, is a negative for every exercise.
 */
import { EXERCISES, analyzeSequence, analyzerOptions, isExerciseId, takesChosenSide, type AnalyzerOptions, type ExerciseId, type PoseFrame } from '../../src/analysis';
import type { ClipLabel } from '../../tests/support/clips';
import { faultExpectation, type Role, type TrialResult } from './score';

export interface Trial {
  options: AnalyzerOptions;
  role: Role;
}

export function isCoachExercise(id: string | null): id is ExerciseId {
  return isExerciseId(id);
}

/** An exercise with a chosen working leg needs it: without one given, both are tried. */
export function exerciseOptions(exercise: ExerciseId, side?: 'left' | 'right'): AnalyzerOptions[] {
  if (!takesChosenSide(exercise)) return [analyzerOptions(exercise, 'left')];
  return (side ? [side] : (['left', 'right'] as const)).map((leg) => analyzerOptions(exercise, leg));
}

export function trialsFor(label: ClipLabel): Trial[] {
  return EXERCISES.flatMap((exercise): Trial[] => {
    if (exercise !== label.exercise) return exerciseOptions(exercise).map((options) => ({ options, role: 'negative' }));
    if (takesChosenSide(exercise) && !label.side) throw new Error(`${label.file}: a ${exercise} label needs its "side"`);
    return exerciseOptions(exercise, label.side).map((options) => ({ options, role: 'positive' }));
  });
}

/** The trial the page analyses while recording: the clip's own exercise where the coach knows it. */
export function recordingTrial(label: ClipLabel): Trial {
  const trials = trialsFor(label);
  return trials.find((trial) => trial.role === 'positive') ?? trials[0]!;
}

/** The analysis the page runs, here in Node, on one clip's landmarks for each of its trials. */
export function runTrials(label: ClipLabel, frames: readonly PoseFrame[]): TrialResult[] {
  return trialsFor(label).map(({ options, role }) => {
    const summary = analyzeSequence(frames, options);
    const positive = role === 'positive';
    return {
      clip: label.file,
      exercise: summary.exercise,
      side: summary.side,
      role,
      reps: summary.reps,
      expectedReps: positive ? label.reps : 0,
      repsRange: positive ? (label.repsRange ?? null) : null,
      repFaults: summary.repDetails.map((rep) => rep.faults),
      faultExpectation: positive ? faultExpectation(label) : null,
      frames: summary.frames,
      framesInPosition: summary.framesInPosition,
      framesByStatus: summary.framesByStatus,
    };
  });
}
