/**
 * What one block of training is (an exercise's sets of reps, or a timed hold's holds), and the routines that chain
 * blocks in sections: the programme's own routine (`beginner`: warm-up, main workout, cool-down, as
 * ../shared/notes/programme.md has it) and the short one of earlier versions (`short`: thrust, clamshells, bridge,
 * at the catalogue's targets). RoutineSequencer runs an ExercisePlan as a Workout and a HoldPlan as a HoldBlock.
 */
import {
  clamshell,
  donkeyKick,
  exerciseById,
  figureFourStretch,
  gluteBridge,
  gluteMarch,
  gluteSqueeze,
  hamstringStretch,
  hipFlexorStretch,
  hipThrust,
  holdById,
  isHoldId,
  romanianDeadlift,
  sideLyingLegLift,
  takesChosenSide,
  type ExerciseId,
  type HoldId,
  type Side,
} from '../analysis';
import type { SessionRecord } from '../storage';

export const ROUTINES = ['beginner', 'short'] as const;
export type RoutineId = (typeof ROUTINES)[number];

/** Where a block sits in a routine: it goes with the block's record, so a cut-off routine resumes there. */
export interface RoutineStep {
  routine: RoutineId;
  /** 0-based, over all sections. */
  block: number;
}

export interface ExercisePlan {
  exercise: ExerciseId;
  /** The working leg, where the exercise has the person choose it; elsewhere the analysis reads the camera side. */
  side: Side;
  targetReps: number;
  sets: number;
  restMs: number;
  /** Set where the plan is a routine's block; absent for a single exercise. */
  step?: RoutineStep;
}

/** A block of a timed hold: each hold's target time, how many holds (each side, where it has sides), the rest between rounds. */
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

/** What one block of training runs: reps of an exercise, or a timed hold. */
export type BlockPlan = ExercisePlan | HoldPlan;

export function isHoldPlan(plan: BlockPlan): plan is HoldPlan {
  return isHoldId(plan.exercise);
}

/** A block of one hold at the catalogue's target and count, left side first. */
export function holdPlanFor(hold: HoldId, restMs: number): HoldPlan {
  const { targetMs, holds } = holdById(hold);
  return { exercise: hold, side: 'left', targetMs, holds, restMs };
}

/** Counted reps of one exercise: `reps` per set (each leg's where the legs alternate). */
export interface RepBlock {
  kind: 'reps';
  exercise: ExerciseId;
  side: Side;
  reps: number;
  sets: number;
}

/** A timed hold at the hold catalogue's target and count; a hold with sides runs each side in turn, left first. */
export interface TimedBlock {
  kind: 'hold';
  hold: HoldId;
}

/** One block of a routine, told apart by `kind`; `planOf` says how each runs. */
export type RoutineBlock = RepBlock | TimedBlock;

export interface RoutineSection {
  title: string;
  blocks: readonly RoutineBlock[];
}

export const DEFAULT_REST_MS = 45_000;

const reps = (exercise: ExerciseId, count: number, sets: number, side: Side = 'left'): RepBlock => ({ kind: 'reps', exercise, side, reps: count, sets });
const timed = (hold: HoldId): TimedBlock => ({ kind: 'hold', hold });

/** A chosen-side exercise once for each leg, left first: "3 x 15 each side". */
const eachSide = (exercise: ExerciseId, count: number, sets: number): RepBlock[] => [reps(exercise, count, sets, 'left'), reps(exercise, count, sets, 'right')];

/** At the catalogue's targets: the short routine predates the programme's own numbers. */
const atTargets = (exercise: ExerciseId, side: Side = 'left'): RepBlock => {
  const { targets } = exerciseById(exercise);
  return reps(exercise, targets.reps, targets.sets, side);
};

/** The routines' blocks, by section. */
export const ROUTINE_SECTIONS: Readonly<Record<RoutineId, readonly RoutineSection[]>> = {
  beginner: [
    // The squeezes' count (10) and length are the glute squeeze's own targets: the programme's warm-up.
    { title: 'Warm-up', blocks: [timed(gluteSqueeze.id), reps(gluteBridge.id, 20, 1), ...eachSide(clamshell.id, 10, 1)] },
    {
      title: 'Main workout',
      blocks: [
        reps(hipThrust.id, 12, 3),
        ...eachSide(clamshell.id, 15, 3),
        ...eachSide(sideLyingLegLift.id, 15, 3),
        reps(romanianDeadlift.id, 10, 3),
        reps(donkeyKick.id, 12, 3),
        reps(gluteMarch.id, 10, 2),
      ],
    },
    // The programme's three stretches, each side in turn at the stretches' shared 30 s.
    { title: 'Cool-down', blocks: [timed(hipFlexorStretch.id), timed(hamstringStretch.id), timed(figureFourStretch.id)] },
  ],
  short: [{ title: 'Short routine', blocks: [atTargets(hipThrust.id), atTargets(clamshell.id, 'left'), atTargets(clamshell.id, 'right'), atTargets(gluteBridge.id)] }],
};

/** The routine's blocks in order, over all its sections. */
export function routineBlocks(routine: RoutineId): RoutineBlock[] {
  return ROUTINE_SECTIONS[routine].flatMap((section) => section.blocks);
}

/** How a block runs: a rep block is a Workout of its sets (workout.ts), a timed one a HoldBlock (hold-block.ts). */
function planOf(block: RoutineBlock, step: RoutineStep, restMs: number): BlockPlan {
  switch (block.kind) {
    case 'reps':
      return { exercise: block.exercise, side: block.side, targetReps: block.reps, sets: block.sets, restMs, step };
    case 'hold':
      return { ...holdPlanFor(block.hold, restMs), step };
  }
}

export function routinePlans(routine: RoutineId, restMs: number): BlockPlan[] {
  return routineBlocks(routine).map((block, index) => planOf(block, { routine, block: index }, restMs));
}

/** The section a routine's block is in ("Warm-up"), for the header. */
export function sectionOf({ routine, block }: RoutineStep): string {
  let first = 0;
  for (const section of ROUTINE_SECTIONS[routine]) {
    first += section.blocks.length;
    if (block < first) return section.title;
  }
  throw new RangeError(`The ${routine} routine has no block ${block}.`);
}

/**
 * The routine's block a cut-off session was, where that block is still the same exercise and leg (the routine
 * may have changed since); null where the session is resumed as a single exercise.
 */
export function resumedStep({ routine: place, exercise, side }: SessionRecord): RoutineStep | null {
  if (!place || !isRoutine(place.routine)) return null;
  const plan = routinePlans(place.routine, 0)[place.block];
  return plan?.exercise === exercise && (side === null || plan.side === side) ? { routine: place.routine, block: place.block } : null;
}

export function isRoutine(value: unknown): value is RoutineId {
  return (ROUTINES as readonly unknown[]).includes(value);
}

/** The working leg the events and the record name: the plan's side where the exercise has one, else null. */
export function workingSide(plan: ExercisePlan): Side | null {
  return takesChosenSide(plan.exercise) ? plan.side : null;
}
