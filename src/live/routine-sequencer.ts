/**
 * The routine in order: its exercise blocks one after another, each a Workout (its sets and the rest between
 * them, workout.ts), and the clock that runs the rest countdown when no camera frame arrives. What happens comes
 * out as WorkoutEvents for the element to react to.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PoseFrame } from '../analysis';
import { ClockController } from './clock-controller';
import { blockChange, type BlockChange } from './coaching-words';
import type { ExercisePlan } from './routine';
import { Workout, type WorkoutEvent } from './workout';

/** How often the rest countdown moves on, ms. */
const REST_TICK_MS = 250;
/** The rest's last seconds are said one by one from this one down: "3", "2", "1". */
const FINAL_COUNT_FROM = 3;

export interface RoutineHandlers {
  /** Where a block starts: set 1, or further on when a cut-off session is carried on. */
  firstSet(plan: ExercisePlan): number;
  /** Whether the framing check is skipped: the first set then starts with the block. */
  skipSetup(): boolean;
  /** A block began: what was shown for the one before goes. */
  blockStarted(plan: ExercisePlan): void;
  react(event: WorkoutEvent): void;
}

export class RoutineSequencer {
  plans: readonly ExercisePlan[] = [];
  blockIndex = 0;
  workout: Workout | null = null;
  /** From the block before to this one: where the camera goes and the position to take; null for the first block. */
  change: BlockChange | null = null;
  private readonly restClock: ClockController;
  /** The last second of this rest said aloud (the count goes down from FINAL_COUNT_FROM). */
  private lastSecondSaid = Infinity;

  constructor(
    host: ReactiveControllerHost,
    private readonly handlers: RoutineHandlers,
  ) {
    this.restClock = new ClockController(host, REST_TICK_MS, (now) => this.apply([...this.finalCount(now), ...(this.workout?.tick(now) ?? [])]));
  }

  /** Starts the routine at its first block, or at `fromBlock` where a cut-off routine is carried on. */
  begin(plans: readonly ExercisePlan[], fromBlock = 0): void {
    this.plans = plans;
    this.startBlock(Math.min(fromBlock, plans.length - 1));
  }

  /** Starts the routine's next block and returns its plan; null when the routine is over. */
  advance(): ExercisePlan | null {
    const next = this.plans[this.blockIndex + 1];
    if (!next) return null;
    this.startBlock(this.blockIndex + 1);
    return next;
  }

  push(pose: PoseFrame): void {
    if (this.workout) this.apply(this.workout.push(pose));
  }

  /** The setup's "start now": the first set starts, in position or not. */
  beginTraining(): void {
    this.apply(this.workout?.beginTraining() ?? []);
  }

  skipRest(): void {
    this.apply(this.workout?.skipRest() ?? []);
  }

  /** Stops early: a rep still at its top is counted, then the block is done. */
  finish(): void {
    this.apply(this.workout?.finish() ?? []);
  }

  /** Skips the rest of the current block (its sets still to come); the routine then moves on. */
  skipBlock(): void {
    this.apply(this.workout?.skip() ?? []);
  }

  startRestClock(): void {
    this.lastSecondSaid = Infinity;
    this.restClock.start();
  }

  stopRestClock(): void {
    this.restClock.stop();
  }

  /** "3", "2", "1" as the rest runs out, each once. */
  private finalCount(now: number): WorkoutEvent[] {
    const endsAt = this.workout?.stage === 'rest' ? this.workout.restEndsAt : null;
    if (endsAt === null) return [];
    const secondsLeft = Math.ceil((endsAt - now) / 1000);
    if (secondsLeft < 1 || secondsLeft > FINAL_COUNT_FROM || secondsLeft >= this.lastSecondSaid) return [];
    this.lastSecondSaid = secondsLeft;
    return [{ type: 'rest-countdown', secondsLeft }];
  }

  private startBlock(index: number): void {
    this.blockIndex = index;
    const plan = this.plans[index]!;
    const previous = this.plans[index - 1];
    this.change = previous ? blockChange(previous, plan) : null;
    this.workout = new Workout(plan, this.handlers.firstSet(plan));
    this.handlers.blockStarted(plan);
    if (this.handlers.skipSetup()) this.apply(this.workout.beginTraining());
  }

  private apply(events: WorkoutEvent[]): void {
    for (const event of events) this.handlers.react(event);
  }
}
