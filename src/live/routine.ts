/**
 * What one block of training is, and the routines that chain blocks in sections: the programme's own routine
 * (`beginner`: warm-up, main workout, cool-down, as ../shared/notes/programme.md has it) and the short one of
 * earlier versions (`short`: thrust, clamshells, bridge, at the catalogue's targets).
 */
import {
  clamshell,
  donkeyKick,
  exerciseById,
  gluteBridge,
  gluteMarch,
  hipThrust,
  romanianDeadlift,
  sideLyingLegLift,
  takesChosenSide,
  type ExerciseId,
  type Side,
} from '../analysis';

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

/** Counted reps of one exercise: `reps` per set (each leg's where the legs alternate). */
export interface RepBlock {
  kind: 'reps';
  exercise: ExerciseId;
  side: Side;
  reps: number;
  sets: number;
}

/**
 * One block of a routine, told apart by `kind`. Timed holds (the warm-up's glute squeezes, the cool-down's
 * stretches) join this union as their own kind once the hold clock exists; `planOf` then says how each runs.
 */
export type RoutineBlock = RepBlock;

export interface RoutineSection {
  title: string;
  blocks: readonly RoutineBlock[];
}

export const DEFAULT_REST_MS = 45_000;

const reps = (exercise: ExerciseId, count: number, sets: number, side: Side = 'left'): RepBlock => ({ kind: 'reps', exercise, side, reps: count, sets });

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
    // The warm-up's 10 glute squeezes come first once holds exist (the lead adds them when holds merge).
    { title: 'Warm-up', blocks: [reps(gluteBridge.id, 20, 1), ...eachSide(clamshell.id, 10, 1)] },
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
    // The cool-down is the hip flexor, hamstring and deep glute stretches: holds, added when holds merge.
    { title: 'Cool-down', blocks: [] },
  ],
  short: [{ title: 'Short routine', blocks: [atTargets(hipThrust.id), atTargets(clamshell.id, 'left'), atTargets(clamshell.id, 'right'), atTargets(gluteBridge.id)] }],
};

/** The routine's blocks in order, over all its sections. */
export function routineBlocks(routine: RoutineId): RoutineBlock[] {
  return ROUTINE_SECTIONS[routine].flatMap((section) => section.blocks);
}

/** How a block runs: a rep block is a Workout of its sets (workout.ts). */
function planOf(block: RoutineBlock, step: RoutineStep, restMs: number): ExercisePlan {
  switch (block.kind) {
    case 'reps':
      return { exercise: block.exercise, side: block.side, targetReps: block.reps, sets: block.sets, restMs, step };
  }
}

export function routinePlans(routine: RoutineId, restMs: number): ExercisePlan[] {
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

export function isRoutine(value: unknown): value is RoutineId {
  return (ROUTINES as readonly unknown[]).includes(value);
}

/** The working leg the events and the record name: the plan's side where the exercise has one, else null. */
export function workingSide(plan: ExercisePlan): Side | null {
  return takesChosenSide(plan.exercise) ? plan.side : null;
}
