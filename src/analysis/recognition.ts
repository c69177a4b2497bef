/**
 * Which of the catalogue's exercises a person is doing, from the pose alone: every exercise's own analysis runs
 * on the same frames, and the one whose position gate holds the person for the most frames is the exercise,
 * one that counts reps before one that does not (exercises that share a position, such as a bridge and a march
 * from it, differ in the movement). Nobody in any exercise's position for long enough: none.
 */
import { analyzeSequence } from './analyzer';
import { analyzerOptions, EXERCISES, takesChosenSide } from './exercises/catalogue';
import type { PoseFrame, Side } from './pose';
import type { AnalyzerOptions, Summary } from './types';

export interface Recognition {
  options: AnalyzerOptions;
  /** Share of the frames with a body that were in this exercise's position (how sure the recognition is). */
  inPositionShare: number;
  reps: number;
}

export const RECOGNITION = {
  // Measured on the 15 shared clips (MediaPipe full): a positive clip is in its own exercise's position on 0.63-1.00
  // of its frames with a body (the barbell thrust's cuts and close-up: 0.63; the frog pump, kept out by the
  // bridge's head check, 0); a clip in another exercise's position at most 0.02.
  minInPositionShare: 0.3, // half the lowest positive, fifteen times the highest negative
};

const SIDES: readonly Side[] = ['left', 'right'];

/** Every way the catalogue can analyse a recording: each exercise, on each working leg where the person chooses it. */
export function everyExerciseOption(): AnalyzerOptions[] {
  return EXERCISES.flatMap((exercise) => (takesChosenSide(exercise) ? SIDES : SIDES.slice(0, 1)).map((side) => analyzerOptions(exercise, side)));
}

const inPositionShare = (summary: Summary): number => (summary.framesWithPose > 0 ? summary.framesInPosition / summary.framesWithPose : 0);

/** The exercise of a whole recording, or null when the person is in none of the catalogue's positions. */
export function recogniseSequence(frames: readonly PoseFrame[]): Recognition | null {
  const tried = everyExerciseOption().map((options) => {
    const summary = analyzeSequence(frames, options);
    return { options, inPositionShare: inPositionShare(summary), reps: summary.reps };
  });
  const likely = tried.filter((candidate) => candidate.inPositionShare >= RECOGNITION.minInPositionShare);
  likely.sort((a, b) => Number(b.reps > 0) - Number(a.reps > 0) || b.inPositionShare - a.inPositionShare);
  return likely[0] ?? null;
}
