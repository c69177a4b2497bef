/**
 * Every exercise the coach knows, in the order the app offers them. Adding one is a folder beside this file
 * (its ExerciseDescriptor) and its entry here; the types below then carry it everywhere.
 */
import type { Side } from '../pose';
import { clamshell } from './clamshell';
import { donkeyKick } from './donkey-kick';
import type { ExerciseDescriptor } from './exercise';
import { gluteBridge } from './glute-bridge';
import { gluteMarch } from './glute-march';
import { hipThrust } from './hip-thrust';
import { lunge } from './lunge';
import { romanianDeadlift } from './romanian-deadlift';
import { sideLyingLegLift } from './side-lying-leg-lift';
import { singleLegBridge } from './single-leg-bridge';
import { squat } from './squat';
import { stepUp } from './step-up';

export const CATALOGUE = [
  gluteBridge,
  hipThrust,
  clamshell,
  sideLyingLegLift,
  donkeyKick,
  gluteMarch,
  singleLegBridge,
  romanianDeadlift,
  squat,
  lunge,
  stepUp,
] as const;

type Entry = (typeof CATALOGUE)[number];

export type ExerciseId = Entry['id'];

/** Every kind of fault some exercise checks. */
export type FaultType = Entry['faults'][number]['type'];

/** What an analysis runs for: the exercise, and the working leg where the person chooses it. */
export type AnalyzerOptions = Entry extends infer E
  ? E extends { id: infer Id; workingSide: 'chosen' }
    ? { exercise: Id; /** The working leg. */ side: Side }
    : E extends { id: infer Id }
      ? { exercise: Id; side?: Side }
      : never
  : never;

export const EXERCISES: readonly ExerciseId[] = CATALOGUE.map((entry) => entry.id);

/** The exercise a new user is offered first. */
export const DEFAULT_EXERCISE: ExerciseId = CATALOGUE[0].id;

export function isExerciseId(value: unknown): value is ExerciseId {
  return (EXERCISES as readonly unknown[]).includes(value);
}

export function exerciseById(id: ExerciseId): ExerciseDescriptor<ExerciseId, FaultType> {
  const entry = CATALOGUE.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No exercise "${id}" in the catalogue`);
  return entry;
}

/** The person chooses the working leg (and the coach names it), rather than the analysis reading the camera side. */
export function takesChosenSide(id: ExerciseId): boolean {
  return exerciseById(id).workingSide === 'chosen';
}

/** The legs take turns within a set and each is counted apart (a march). */
export function alternatesLegs(id: ExerciseId): boolean {
  return exerciseById(id).workingSide === 'alternating';
}

/** The analysis options for an exercise: the working leg only where the person chooses it. */
export function analyzerOptions(exercise: ExerciseId, side: Side): AnalyzerOptions {
  // The union cannot be narrowed by a boolean the compiler does not know; the check is the catalogue's own.
  return (takesChosenSide(exercise) ? { exercise, side } : { exercise }) as AnalyzerOptions;
}

/** One entry per fault type (an exercise's own cue aside, a type looks and reads the same everywhere). */
const FAULT_KINDS = new Map(CATALOGUE.flatMap((entry) => entry.faults.map((check) => [check.type, check] as const)));

export const FAULT_TYPES: readonly FaultType[] = [...FAULT_KINDS.keys()];

export function faultKind(type: FaultType): { label: string; color: string; joints: readonly number[] } {
  const kind = FAULT_KINDS.get(type);
  if (!kind) throw new Error(`No exercise checks the fault "${type}"`);
  return kind;
}
