/**
 * A block of a timed hold, beside ExercisePlan (routine.ts): which hold, each hold's target time, how many holds
 * (each side, where it has sides) and the rest between rounds. A routine's list of blocks (BlockPlan[]) may mix
 * the two; RoutineSequencer runs an ExercisePlan as a Workout and a HoldPlan as a HoldBlock (hold-block.ts).
 */
import { holdById, isHoldId, type HoldId, type Side } from '../analysis';
import type { ExercisePlan, RoutineStep } from './routine';

export interface HoldPlan {
  exercise: HoldId;
  /** The first side held where the hold has sides (then the other); unused otherwise. */
  side: Side;
  /** Each hold's target time in position, ms. */
  targetMs: number;
  /** Holds in the block (rounds: each side once a round, where the hold has sides). */
  holds: number;
  /** Rest between rounds, ms. */
  restMs: number;
  /** Set where the plan is a routine's block (as ExercisePlan's); absent for a single hold. */
  step?: RoutineStep;
}

/** What one block of a routine is: reps of an exercise, or a timed hold. */
export type BlockPlan = ExercisePlan | HoldPlan;

export function isHoldPlan(plan: BlockPlan): plan is HoldPlan {
  return isHoldId(plan.exercise);
}

/** A block of one hold at the catalogue's target and count, left side first. */
export function holdPlanFor(hold: HoldId, restMs: number): HoldPlan {
  const { targetMs, holds } = holdById(hold);
  return { exercise: hold, side: 'left', targetMs, holds, restMs };
}
