/** What the app's training form offers: one exercise with its targets, or the beginner routine. */
import type { ExerciseId, Side } from '../analysis';

export interface TrainingChoice {
  /** An exercise, or 'routine' for the beginner plan. */
  plan: ExerciseId | 'routine';
  side: Side;
  targetReps: number;
  sets: number;
}

/** Typical targets for a first session of each exercise (the beginner plan's numbers). */
const DEFAULT_TARGETS: Record<ExerciseId, number> = { 'hip-thrust': 12, clamshell: 15, 'glute-bridge': 12 };

export const FIRST_CHOICE: TrainingChoice = { plan: 'glute-bridge', side: 'left', targetReps: 12, sets: 3 };

export function withPlan(choice: TrainingChoice, plan: TrainingChoice['plan']): TrainingChoice {
  return plan === 'routine' ? { ...choice, plan } : { ...choice, plan, targetReps: DEFAULT_TARGETS[plan] };
}
