/**
 * Scores trial results against their labels: counts on positives (error, off by one, exact or in range), zero
 * counts on negatives, and lumbar over-arching per rep where the labels say how many reps show it.
 */
import type { ExerciseId, FaultType, Side, TrackingStatus } from '../../src/analysis';
import type { ClipLabel } from '../../tests/support/clips';

/** The fault whose precision and recall the labels allow measuring. */
export const SCORED_FAULT: FaultType = 'lumbar-overarch';

/** How many reps truly show the fault: exactly n (min = max), or at least min of max. */
export interface FaultExpectation {
  min: number;
  max: number;
}

/** A positive is tried as its own exercise; a negative must count nothing. */
export type Role = 'positive' | 'negative';

export interface TrialResult {
  clip: string;
  exercise: ExerciseId;
  side: Side | null;
  role: Role;
  reps: number;
  /** The labelled count (negatives: 0) and, where the label gives one, the range a correct count may fall in. */
  expectedReps: number;
  repsRange: [number, number] | null;
  /** Per counted rep, the faults flagged on it. */
  repFaults: FaultType[][];
  /** Positives whose label judges the scored fault; null: not judged. */
  faultExpectation: FaultExpectation | null;
  frames: number;
  framesInPosition: number;
  framesByStatus: Record<TrackingStatus, number>;
}

export interface FaultScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null where nothing was flagged (precision) or nothing was there to find (recall). */
  precision: number | null;
  recall: number | null;
}

export interface EvaluationSummary {
  positives: number;
  /** Mean absolute difference from the labelled (most likely) count. */
  countMae: number | null;
  offByOneRate: number | null;
  /** Exact where the label has no range, inside it where it has one. */
  correctRate: number | null;
  negatives: number;
  zeroCountRate: number | null;
  negativesThatCounted: { clip: string; exercise: ExerciseId; side: Side | null; reps: number }[];
  overarch: FaultScore;
}

const AT_LEAST = /at least (\d+) of the (\d+)/;

/**
 * Reads the label's word on the scored fault: a number of reps (0: clean of it), or "at least K of the N reps".
 * A clip whose labels do not name the fault is not judged on it: the shared labels write `faults: {}` where the
 * form was not judged ("Over-arching not judged (the plate hides it)", "Whether the pelvis rolls back is not
 * labelled"). Sentences it cannot read ("probable at every top") are not judged either.
 */
export function faultExpectation(label: ClipLabel, fault: FaultType = SCORED_FAULT): FaultExpectation | null {
  if (!label.faults) return null;
  const value = label.faults[fault];
  if (value === undefined) return null;
  if (typeof value === 'number') return { min: value, max: value };
  const atLeast = AT_LEAST.exec(value);
  return atLeast ? { min: Number(atLeast[1]), max: Number(atLeast[2]) } : null;
}

export function countIsCorrect(result: Pick<TrialResult, 'reps' | 'expectedReps' | 'repsRange'>): boolean {
  if (!result.repsRange) return result.reps === result.expectedReps;
  const [low, high] = result.repsRange;
  return result.reps >= low && result.reps <= high;
}

const share = (count: number, total: number) => (total === 0 ? null : count / total);
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Flagged reps up to the most that truly show it are hits, the rest false alarms; short of the least, misses. */
function faultScore(results: TrialResult[], fault: FaultType): FaultScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { repFaults, faultExpectation: expected } of results) {
    if (!expected) continue;
    const flagged = repFaults.filter((faults) => faults.includes(fault)).length;
    const hits = Math.min(flagged, expected.max);
    truePositives += hits;
    falsePositives += flagged - hits;
    falseNegatives += Math.max(0, expected.min - flagged);
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: share(truePositives, truePositives + falsePositives),
    recall: share(truePositives, truePositives + falseNegatives),
  };
}

export function summarise(results: TrialResult[]): EvaluationSummary {
  const positives = results.filter((r) => r.role === 'positive');
  const negatives = results.filter((r) => r.role === 'negative');
  const errors = positives.map((r) => Math.abs(r.reps - r.expectedReps));
  const counted = negatives.filter((r) => r.reps !== 0);
  return {
    positives: positives.length,
    countMae: mean(errors),
    offByOneRate: share(errors.filter((e) => e === 1).length, positives.length),
    correctRate: share(positives.filter(countIsCorrect).length, positives.length),
    negatives: negatives.length,
    zeroCountRate: share(negatives.length - counted.length, negatives.length),
    negativesThatCounted: counted.map(({ clip, exercise, side, reps }) => ({ clip, exercise, side, reps })),
    overarch: faultScore(positives, SCORED_FAULT),
  };
}
