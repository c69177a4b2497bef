/** Recognition in the evaluation: which exercise the analysis sees in each clip, against its label. */
import type { PoseFrame, Side } from '../../src/analysis';
import { recogniseSequence } from '../../src/analysis/recognition';
import type { ClipLabel } from '../../tests/support/clips';
import { takesChosenSide } from '../../src/analysis';
import { isCoachExercise } from './trials';

export interface RecognitionResult {
  /** The exercise the label names where the coach knows it (the side where it is chosen); null: none of them. */
  expected: { exercise: string; side: Side | null } | null;
  recognised: { exercise: string; side: Side | null; inPositionShare: number } | null;
  right: boolean;
}

export function recognitionResult(label: ClipLabel, frames: readonly PoseFrame[]): RecognitionResult {
  // The side only where the person chooses it (elsewhere the label's side says which leg the clip shows).
  const expected = isCoachExercise(label.exercise) ? { exercise: label.exercise, side: takesChosenSide(label.exercise) ? (label.side ?? null) : null } : null;
  const found = recogniseSequence(frames);
  const recognised = found && {
    exercise: found.options.exercise,
    side: found.options.side ?? null,
    inPositionShare: Math.round(found.inPositionShare * 100) / 100,
  };
  const right = expected === null ? recognised === null : recognised?.exercise === expected.exercise && (expected.side === null || recognised.side === expected.side);
  return { expected, recognised, right };
}

const named = (found: { exercise: string; side: Side | null } | null) => (found ? `${found.exercise}${found.side ? ` (${found.side})` : ''}` : 'none');

export function recognitionLine(result: RecognitionResult): string {
  const sure = result.recognised ? `, ${Math.round(result.recognised.inPositionShare * 100)}% of frames in its position` : '';
  return `  recognised as: ${named(result.recognised)}${sure}; expected ${named(result.expected)}: ${result.right ? 'right' : 'WRONG'}`;
}

export function recognitionSummary(results: readonly RecognitionResult[]): string {
  const wrong = results.filter((result) => !result.right);
  return `Recognition: ${results.length - wrong.length} of ${results.length} clips right`;
}
