/**
 * One timed-hold block as a state machine, as Workout is for reps: setup (in position for a moment, or "start
 * now") -> training (each hold: its clock waits for the position, runs while it is right, pauses with the reason
 * when it is not; a hold with sides runs left, then right) -> rest between rounds -> done. A hold no camera can
 * check (the glute squeeze) is counted out on the clock instead. Pure logic driven by pose frames and a clock;
 * what happens comes out as HoldEvents for the element to speak, show and store.
 */
import {
  createHoldAnalyzer,
  holdById,
  holdSides,
  type CheckedPosition,
  type GuidedPosition,
  type HoldAnalyzer,
  type HoldClockState,
  type HoldDescriptor,
  type HoldFrame,
  type HoldId,
  type HoldResult,
  type PoseFrame,
  type Side,
  type TrackingStatus,
} from '../analysis';
import type { HoldPlan } from './routine';
import { RestPeriod } from './rest-period';
import { FRAMED_START_MS, type StoppedAt, type WorkoutStage } from './workout';

export type HoldEvent =
  | { type: 'training-started'; set: number }
  /** A guided hold: why the camera does not check it, said before the count. */
  | { type: 'guided'; why: string }
  /** The count of a guided hold, said as it goes: "Squeeze", "2", "3", "Relax". */
  | { type: 'guided-count'; words: string }
  /** The position is right and the clock runs. */
  | { type: 'hold-started'; set: number; side: Side | null; targetMs: number }
  | { type: 'hold-paused'; set: number; reason: string }
  | { type: 'hold-resumed'; set: number }
  | { type: 'hold-halfway'; set: number }
  /** The hold's last seconds (3, 2, 1). */
  | { type: 'hold-countdown'; secondsLeft: number }
  /** A hold ended (its target reached, or stopped): its record. */
  | { type: 'hold-done'; set: number; hold: HoldResult }
  | { type: 'switch-sides'; side: Side }
  | { type: 'round-complete'; set: number; restMs: number | null }
  | { type: 'rest-ending'; secondsLeft: number }
  | { type: 'done'; holds: number };

/** The hold's last seconds are said from this one down. */
const COUNTDOWN_FROM = 3;

type Checked = HoldDescriptor<HoldId> & { position: CheckedPosition };
type Guided = HoldDescriptor<HoldId> & { position: GuidedPosition };

/** One word of a guided hold's count, at its moment from the count's start; `ends` marks a squeeze's end. */
interface CountWord {
  atMs: number;
  words: string;
  ends?: true;
}

/** The whole count of a guided hold: "Squeeze", each second after the first, then the relax word, hold after hold. */
function guidedCount(position: GuidedPosition, targetMs: number, holds: number): CountWord[] {
  const seconds = Math.max(1, Math.round(targetMs / 1000));
  const period = targetMs + position.relaxMs;
  return Array.from({ length: holds }, (_, i): CountWord[] => [
    { atMs: i * period, words: 'Squeeze' },
    ...Array.from({ length: seconds - 1 }, (_, s) => ({ atMs: i * period + (s + 1) * 1000, words: String(s + 2) })),
    { atMs: i * period + targetMs, words: position.relax, ends: true },
  ]).flat();
}

export class HoldBlock {
  stage: WorkoutStage = 'setup';
  /** The round under way (each side once a round), 1-based. */
  set = 1;
  readonly firstSet = 1;
  status: TrackingStatus = 'body-not-visible';
  /** The latest frame's reading of the hold under way (null before its first frame, and for a guided hold). */
  frame: HoldFrame | null = null;
  /** When the person got into position in setup (null while not), and the latest frame's time. */
  framedSince: number | null = null;
  lastT: number | null = null;
  stoppedAt: StoppedAt | null = null;
  /** The person skipped the rest of the block (a routine's "skip"). */
  skipped = false;
  /** Holds ended so far. */
  held = 0;
  readonly hold: HoldDescriptor<HoldId>;
  private readonly sides: readonly (Side | null)[];
  /** The hold under way in this round: an index into `sides`. */
  private sideIndex = 0;
  private analyzer: HoldAnalyzer | null = null;
  private halfwaySaid = false;
  private lastSecondSaid = Infinity;
  /** The rest between sets (or rounds) and its warning. */
  private readonly rest = new RestPeriod();
  /** A guided hold's count, and when it started (null before training). */
  private count: CountWord[] = [];
  private countFrom: number | null = null;

  constructor(readonly plan: HoldPlan) {
    this.hold = holdById(plan.exercise);
    const sides = holdSides(plan.exercise);
    // Where the hold has sides, the plan's side goes first.
    this.sides = sides[0] === null || plan.side === 'left' ? sides : [...sides].reverse();
  }

  get guided(): boolean {
    return this.hold.position.kind === 'guided';
  }

  /** The side of the hold under way (null where the hold has none). */
  get side(): Side | null {
    return this.sides[this.sideIndex] ?? null;
  }

  /** A guided hold: the count's latest words ("Squeeze", "2", "Relax"); null before it starts. */
  countWords: string | null = null;

  /** Where the clock of the hold under way is (a new side's waits for the position). */
  get clockState(): HoldClockState {
    return this.analyzer?.clock.state ?? 'waiting';
  }

  /** Time in position of the hold under way, ms. */
  get heldMs(): number {
    return this.analyzer?.clock.heldMs() ?? 0;
  }

  /** Why the clock is paused now (the latest miss while paused), or null. */
  get pauseReason(): string | null {
    return this.analyzer?.clock.state === 'paused' ? (this.frame?.miss ?? this.analyzer.clock.pauseReason) : null;
  }

  push(pose: PoseFrame): HoldEvent[] {
    this.lastT = pose.t;
    if (this.stage === 'done' || this.stage === 'rest') return [];
    if (this.guided) return this.stage === 'setup' ? this.beginTraining() : this.countOn(pose.t);
    const frame = this.analyzerFor().push(pose);
    this.frame = frame;
    this.status = frame.status;
    return this.stage === 'setup' ? this.watchFraming(frame) : this.track(frame);
  }

  /** Starts the first hold now, in position or not (its clock still waits for the position). */
  beginTraining(): HoldEvent[] {
    if (this.stage !== 'setup') return [];
    this.stage = 'training';
    this.analyzer = null;
    const events: HoldEvent[] = [{ type: 'training-started', set: this.set }];
    if (this.hold.position.kind === 'guided') events.push({ type: 'guided', why: this.hold.position.why });
    return events;
  }

  /** Advances the rest clock; `now` is on the frames' clock. */
  tick(now: number): HoldEvent[] {
    if (this.stage !== 'rest') return [];
    const rest = this.rest.tick(now);
    if (rest?.type === 'over') return this.startRound(this.set + 1);
    return rest ? [rest] : [];
  }

  /** When the rest under way ends, on the frames' clock; null outside a rest. */
  get restEndsAt(): number | null {
    return this.rest.endsAt;
  }

  skipRest(): HoldEvent[] {
    return this.stage === 'rest' ? this.startRound(this.set + 1) : [];
  }

  /** Stops early: a hold under way is ended and reported with its time in position so far, then the block is done. */
  finish(): HoldEvent[] {
    if (this.stage === 'done') return [];
    const result = this.stage === 'training' && !this.guided ? (this.analyzer?.result() ?? null) : null;
    const events: HoldEvent[] = result ? [this.holdDone(result)] : [];
    this.stoppedAt = { stage: this.stage, set: this.set };
    this.stage = 'done';
    return [...events, { type: 'done', holds: this.held }];
  }

  /** Skips the rest of the block: it ends as `finish` ends it, and is marked skipped. */
  skip(): HoldEvent[] {
    if (this.stage === 'done') return [];
    this.skipped = true;
    return this.finish();
  }

  private analyzerFor(): HoldAnalyzer {
    this.analyzer ??= createHoldAnalyzer(this.hold as Checked, this.side, this.plan.targetMs);
    return this.analyzer;
  }

  private watchFraming(frame: HoldFrame): HoldEvent[] {
    if (frame.status !== 'ok') {
      this.framedSince = null;
      return [];
    }
    this.framedSince ??= frame.t;
    return frame.t - this.framedSince >= FRAMED_START_MS ? this.beginTraining() : [];
  }

  private track(frame: HoldFrame): HoldEvent[] {
    const events: HoldEvent[] = [];
    for (const event of frame.events) {
      if (event.type === 'started') events.push({ type: 'hold-started', set: this.set, side: this.side, targetMs: this.plan.targetMs });
      if (event.type === 'paused') events.push({ type: 'hold-paused', set: this.set, reason: event.reason });
      if (event.type === 'resumed') events.push({ type: 'hold-resumed', set: this.set });
      if (event.type === 'done') return [...events, this.holdDone(this.analyzer!.result()!), ...this.nextHold(frame.t)];
    }
    return [...events, ...this.milestones(frame.heldMs)];
  }

  /** Halfway, and the last seconds one by one, each once. */
  private milestones(heldMs: number): HoldEvent[] {
    const { targetMs } = this.plan;
    const events: HoldEvent[] = [];
    if (!this.halfwaySaid && heldMs >= targetMs / 2) {
      this.halfwaySaid = true;
      events.push({ type: 'hold-halfway', set: this.set });
    }
    const secondsLeft = Math.ceil((targetMs - heldMs) / 1000);
    if (secondsLeft >= 1 && secondsLeft <= COUNTDOWN_FROM && secondsLeft < this.lastSecondSaid && heldMs > targetMs / 2) {
      this.lastSecondSaid = secondsLeft;
      events.push({ type: 'hold-countdown', secondsLeft });
    }
    return events;
  }

  private holdDone(hold: HoldResult): HoldEvent {
    this.held += 1;
    return { type: 'hold-done', set: this.set, hold };
  }

  /** After a hold: the other side, or the rest before the next round, or the end of the block. */
  private nextHold(t: number): HoldEvent[] {
    this.analyzer = null;
    this.frame = null;
    this.halfwaySaid = false;
    this.lastSecondSaid = Infinity;
    const nextSide = this.sides[this.sideIndex + 1];
    if (nextSide) {
      this.sideIndex += 1;
      return [{ type: 'switch-sides', side: nextSide }];
    }
    return this.roundComplete(t);
  }

  private roundComplete(t: number): HoldEvent[] {
    if (this.set >= this.plan.holds) {
      this.stage = 'done';
      return [
        { type: 'round-complete', set: this.set, restMs: null },
        { type: 'done', holds: this.held },
      ];
    }
    const completed: HoldEvent = { type: 'round-complete', set: this.set, restMs: this.plan.restMs };
    if (this.plan.restMs === 0) return [completed, ...this.startRound(this.set + 1)];
    this.stage = 'rest';
    this.rest.begin(t, this.plan.restMs);
    return [completed];
  }

  private startRound(set: number): HoldEvent[] {
    this.stage = 'training';
    this.set = set;
    this.sideIndex = 0;
    this.rest.end();
    this.countFrom = null;
    return [{ type: 'training-started', set }];
  }

  /** A guided hold: the count's words as their moments pass, each squeeze kept as a hold when it ends. */
  private countOn(t: number): HoldEvent[] {
    const position = (this.hold as Guided).position;
    if (this.countFrom === null) {
      this.countFrom = t;
      this.count = guidedCount(position, this.plan.targetMs, this.plan.holds);
    }
    const events: HoldEvent[] = [];
    while (this.count[0] && this.countFrom + this.count[0].atMs <= t) {
      const word = this.count.shift()!;
      this.countWords = word.words;
      events.push({ type: 'guided-count', words: word.words });
      if (word.ends) {
        const end = this.countFrom + word.atMs;
        events.push(this.holdDone({ side: null, targetMs: this.plan.targetMs, heldMs: this.plan.targetMs, start: end - this.plan.targetMs, end, pauses: [], guided: true }));
      }
    }
    if (this.count.length === 0) {
      this.stage = 'done';
      events.push({ type: 'done', holds: this.held });
    }
    return events;
  }
}
