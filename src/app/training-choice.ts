/** What the app's training form offers: one exercise or timed hold with its targets, or a routine. */
import { DEFAULT_EXERCISE, exerciseById, holdById, isExerciseId, isHoldId, type ActivityId, type HoldId, type Side } from '../analysis';
import { isRoutine, type RoutineId } from '../live/routine';
import type { SessionRecord } from '../storage';

export interface TrainingChoice {
  /** An exercise or a timed hold, or a routine (`beginner`, `short`: src/live/routine.ts). */
  plan: ActivityId | RoutineId;
  side: Side;
  /** Reps a set; a hold's seconds (the glute squeeze's: how many squeezes), as `<glute-coach target-reps>` reads it. */
  targetReps: number;
  /** Sets; a hold's holds each side. */
  sets: number;
}

const FIRST_TARGETS = exerciseById(DEFAULT_EXERCISE).targets;

export const FIRST_CHOICE: TrainingChoice = { plan: DEFAULT_EXERCISE, side: 'left', targetReps: FIRST_TARGETS.reps, sets: FIRST_TARGETS.sets };

/** A hold's targets as the form and the element's attributes carry them: seconds and holds, or the squeezes counted out. */
function holdTargets(hold: HoldId): Pick<TrainingChoice, 'targetReps' | 'sets'> {
  const { position, targetMs, holds } = holdById(hold);
  return position.kind === 'guided' ? { targetReps: holds, sets: 1 } : { targetReps: Math.round(targetMs / 1000), sets: holds };
}

/** A new exercise or hold comes with its typical targets for a first session (the catalogue's). */
export function withPlan(choice: TrainingChoice, plan: TrainingChoice['plan']): TrainingChoice {
  if (isRoutine(plan)) return { ...choice, plan };
  if (isHoldId(plan)) return { ...choice, plan, ...holdTargets(plan) };
  return { ...choice, plan, targetReps: exerciseById(plan).targets.reps };
}

/** What the form calls its two numbers for this plan: a hold's are seconds and holds, the squeeze's only squeezes. */
export function targetLabels(plan: ActivityId): { reps: string; sets: string | null } {
  if (!isHoldId(plan)) return { reps: 'Reps', sets: 'Sets' };
  return holdById(plan).position.kind === 'guided' ? { reps: 'Squeezes', sets: null } : { reps: 'Seconds', sets: holdById(plan).perSide ? 'Holds each side' : 'Holds' };
}

/** What a cut-off session carries on: its routine where it was a routine's block, else its exercise and targets. */
export function choiceFor(session: SessionRecord): TrainingChoice {
  const routine = session.routine?.routine;
  return {
    // A hold on its own is started again rather than carried on (a reload loses little of a 30 s hold): the first exercise stands in.
    plan: isRoutine(routine) ? routine : isExerciseId(session.exercise) ? session.exercise : FIRST_CHOICE.plan,
    side: session.side ?? FIRST_CHOICE.side,
    targetReps: session.targetReps ?? FIRST_CHOICE.targetReps,
    sets: session.targetSets ?? FIRST_CHOICE.sets,
  };
}
