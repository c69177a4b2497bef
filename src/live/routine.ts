/** What one block of training is, and the beginner plan that chains several of them. */
import type { ExerciseId, Side } from '../analysis';

export interface ExercisePlan {
  exercise: ExerciseId;
  /** Clamshell: the working (top) leg. Bridge and thrust work both sides; the analysis finds the camera side. */
  side: Side;
  targetReps: number;
  sets: number;
  restMs: number;
}

export const ROUTINES = ['beginner'] as const;
export type RoutineId = (typeof ROUTINES)[number];

export const DEFAULT_REST_MS = 45_000;

/**
 * The beginner plan: hip thrust 3x12, clamshell 3x15 each side, glute bridge 3x12-15 (the lower end is the
 * target).
 */
const BEGINNER: readonly Omit<ExercisePlan, 'restMs'>[] = [
  { exercise: 'hip-thrust', side: 'left', targetReps: 12, sets: 3 },
  { exercise: 'clamshell', side: 'left', targetReps: 15, sets: 3 },
  { exercise: 'clamshell', side: 'right', targetReps: 15, sets: 3 },
  { exercise: 'glute-bridge', side: 'left', targetReps: 12, sets: 3 },
];

export function routinePlans(routine: RoutineId, restMs: number): ExercisePlan[] {
  const blocks = routine === 'beginner' ? BEGINNER : [];
  return blocks.map((block) => ({ ...block, restMs }));
}

export function isRoutine(value: unknown): value is RoutineId {
  return (ROUTINES as readonly unknown[]).includes(value);
}

export function workingSide(plan: ExercisePlan): Side | null {
  return plan.exercise === 'clamshell' ? plan.side : null;
}
