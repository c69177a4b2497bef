/** What one block of training is, and the beginner plan that chains several of them. */
import { clamshell, exerciseById, gluteBridge, hipThrust, takesChosenSide, type ExerciseId, type Side } from '../analysis';

export interface ExercisePlan {
  exercise: ExerciseId;
  /** The working leg, where the exercise has the person choose it; elsewhere the analysis reads the camera side. */
  side: Side;
  targetReps: number;
  sets: number;
  restMs: number;
}

export const ROUTINES = ['beginner'] as const;
export type RoutineId = (typeof ROUTINES)[number];

export const DEFAULT_REST_MS = 45_000;

/** The beginner plan: hip thrust, clamshell each side, glute bridge, each at its catalogue targets. */
const BEGINNER: readonly (readonly [ExerciseId, Side])[] = [
  [hipThrust.id, 'left'],
  [clamshell.id, 'left'],
  [clamshell.id, 'right'],
  [gluteBridge.id, 'left'],
];

/** A block of one exercise at its catalogue targets. */
export function planFor(exercise: ExerciseId, side: Side, restMs: number): ExercisePlan {
  const { targets } = exerciseById(exercise);
  return { exercise, side, targetReps: targets.reps, sets: targets.sets, restMs };
}

export function routinePlans(routine: RoutineId, restMs: number): ExercisePlan[] {
  const blocks = routine === 'beginner' ? BEGINNER : [];
  return blocks.map(([exercise, side]) => planFor(exercise, side, restMs));
}

export function isRoutine(value: unknown): value is RoutineId {
  return (ROUTINES as readonly unknown[]).includes(value);
}

/** The working leg the events and the record name: the plan's side where the exercise has one, else null. */
export function workingSide(plan: ExercisePlan): Side | null {
  return takesChosenSide(plan.exercise) ? plan.side : null;
}
