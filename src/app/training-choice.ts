/** What the app's training form offers: one exercise with its targets, or a routine. */
import { DEFAULT_EXERCISE, exerciseById, isExerciseId, type ExerciseId, type Side } from '../analysis';
import { isRoutine, type RoutineId } from '../live/routine';
import type { SessionRecord } from '../storage';

export interface TrainingChoice {
  /** An exercise, or a routine (`beginner`, `short`: src/live/routine.ts). */
  plan: ExerciseId | RoutineId;
  side: Side;
  targetReps: number;
  sets: number;
}

const FIRST_TARGETS = exerciseById(DEFAULT_EXERCISE).targets;

export const FIRST_CHOICE: TrainingChoice = { plan: DEFAULT_EXERCISE, side: 'left', targetReps: FIRST_TARGETS.reps, sets: FIRST_TARGETS.sets };

/** A new exercise comes with its typical targets for a first session (the catalogue's). */
export function withPlan(choice: TrainingChoice, plan: TrainingChoice['plan']): TrainingChoice {
  return isRoutine(plan) ? { ...choice, plan } : { ...choice, plan, targetReps: exerciseById(plan).targets.reps };
}

/** What a cut-off session carries on: its routine where it was a routine's block, else its exercise and targets. */
export function choiceFor(session: SessionRecord): TrainingChoice {
  const routine = session.routine?.routine;
  return {
    // A hold's session is not carried on here (the app's picker offers rep exercises only): the first exercise stands in.
    plan: isRoutine(routine) ? routine : isExerciseId(session.exercise) ? session.exercise : FIRST_CHOICE.plan,
    side: session.side ?? FIRST_CHOICE.side,
    targetReps: session.targetReps ?? FIRST_CHOICE.targetReps,
    sets: session.targetSets ?? FIRST_CHOICE.sets,
  };
}
