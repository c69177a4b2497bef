/** What the app's training form offers: one exercise with its targets, or the beginner routine. */
import { DEFAULT_EXERCISE, exerciseById, type ExerciseId, type Side } from '../analysis';

export interface TrainingChoice {
  /** An exercise, or 'routine' for the beginner plan. */
  plan: ExerciseId | 'routine';
  side: Side;
  targetReps: number;
  sets: number;
}

const FIRST_TARGETS = exerciseById(DEFAULT_EXERCISE).targets;

export const FIRST_CHOICE: TrainingChoice = { plan: DEFAULT_EXERCISE, side: 'left', targetReps: FIRST_TARGETS.reps, sets: FIRST_TARGETS.sets };

/** A new exercise comes with its typical targets for a first session (the catalogue's). */
export function withPlan(choice: TrainingChoice, plan: TrainingChoice['plan']): TrainingChoice {
  return plan === 'routine' ? { ...choice, plan } : { ...choice, plan, targetReps: exerciseById(plan).targets.reps };
}
