/**
 * The routine in order: its blocks one after another, each a Workout (an exercise's sets and the rest between
 * them, workout.ts) or a HoldBlock (a timed hold's holds, side by side, hold-block.ts), and the clock that runs the rest countdown when no camera frame arrives. What happens comes
 * out as WorkoutEvents for the element to react to.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PoseFrame } from '../analysis';
import { ClockController } from './clock-controller';
import { HoldBlock, type HoldEvent } from './hold-block';
import { isHoldPlan, type BlockPlan } from './routine';
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
  blockStarted(plan: BlockPlan): void;
  react(event: WorkoutEvent | HoldEvent): void;
}

export class RoutineSequencer {
  plans: readonly BlockPlan[] = [];
  blockIndex = 0;
  /** The exercise block under way, or null (before the first, or while a hold block runs). */
  workout: Workout | null = null;
  /** The hold block under way, or null. */
  hold: HoldBlock | null = null;
  /** From the block before to this one: where the camera goes and the position to take; null for the first block. */
  change: BlockChange | null = null;
  private readonly restClock: ClockController;
  /** The last second of this rest said aloud (the count goes down from FINAL_COUNT_FROM). */
  private lastSecondSaid = Infinity;

  constructor(
    host: ReactiveControllerHost,
    private readonly handlers: RoutineHandlers,
  ) {
    this.restClock = new ClockController(host, REST_TICK_MS, (now) => this.apply([...this.finalCount(now), ...(this.block?.tick(now) ?? [])]));
  }

  /** The block under way, of either kind. */
  get block(): Workout | HoldBlock | null {
    return this.workout ?? this.hold;
  }

  /** Starts the routine at its first block, or at `fromBlock` where a cut-off routine is carried on. */
  begin(plans: readonly BlockPlan[], fromBlock = 0): void {
    this.plans = plans;
    this.startBlock(Math.min(fromBlock, plans.length - 1));
  }

  /** Starts the routine's next block and returns its plan; null when the routine is over. */
  advance(): BlockPlan | null {
    const next = this.plans[this.blockIndex + 1];
    if (!next) return null;
    this.startBlock(this.blockIndex + 1);
    return next;
  }

  push(pose: PoseFrame): void {
    if (this.block) this.apply(this.block.push(pose));
  }

  /** The setup's "start now": the first set starts, in position or not. */
  beginTraining(): void {
    this.apply(this.block?.beginTraining() ?? []);
  }

  skipRest(): void {
    this.apply(this.block?.skipRest() ?? []);
  }

  /** Stops early: a rep still at its top is counted, then the block is done. */
  finish(): void {
    this.apply(this.block?.finish() ?? []);
  }

  /** Skips the rest of the current block (its sets still to come); the routine then moves on. */
  skipBlock(): void {
    this.apply(this.block?.skip() ?? []);
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
    const endsAt = this.block?.stage === 'rest' ? this.block.restEndsAt : null;
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
    this.workout = isHoldPlan(plan) ? null : new Workout(plan, this.handlers.firstSet(plan));
    this.hold = isHoldPlan(plan) ? new HoldBlock(plan) : null;
    this.handlers.blockStarted(plan);
    if (this.handlers.skipSetup()) this.apply(this.block!.beginTraining());
  }

  private apply(events: (WorkoutEvent | HoldEvent)[]): void {
    for (const event of events) this.handlers.react(event);
  }
}
