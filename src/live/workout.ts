/**
 * One exercise block as a state machine: setup (framing check) -> training (a set) -> rest -> training ...
 * -> done. Pure logic, driven by pose frames and a clock, returning what happened as events; the element turns
 * those into DOM events, voice and storage. A fresh analyzer per set keeps rep numbers per set and keeps
 * movement during setup and rest out of the count.
 */
import {
  alternatesLegs,
  analyzerOptions,
  createAnalyzer,
  exerciseById,
  type Analyzer,
  type Fault,
  type FaultType,
  type FrameUpdate,
  type PoseFrame,
  type RepDetail,
  type Side,
  type TrackingStatus,
} from '../analysis';
import { RestPeriod } from './rest-period';
import type { ExercisePlan } from './routine';

export type WorkoutStage = 'setup' | 'training' | 'rest' | 'done';

/** Where a block was when it was stopped before its last set was done. */
export interface StoppedAt {
  stage: Exclude<WorkoutStage, 'done'>;
  set: number;
}

export type WorkoutEvent =
  | { type: 'training-started'; set: number }
  /** The rep reached the top: the moment to count it aloud. Alternating legs: `count` is that leg's. */
  | { type: 'counted'; set: number; count: number; leg?: Side }
  | { type: 'hold-reached'; set: number }
  /** A fault became sure while the top is still held: the moment to cue it. The rep event still lists it. */
  | { type: 'fault-sure'; set: number; fault: Fault }
  /** The rep ended, with its measurements and faults, and the checks no rep of the set could be judged on so far. */
  | { type: 'rep'; set: number; detail: RepDetail; faults: Fault[]; notJudged: FaultType[] }
  | { type: 'set-complete'; set: number; reps: number; restMs: number | null }
  | { type: 'rest-ending'; secondsLeft: number }
  /** The rest's last seconds, one by one (3, 2, 1): said by the routine's rest clock (routine-sequencer.ts). */
  | { type: 'rest-countdown'; secondsLeft: number }
  /** Out of position long enough to have stood up or walked away: the set waits (nothing counts anyway). */
  | { type: 'paused'; set: number }
  /** Back in position after a pause: the set carries on. */
  | { type: 'resumed'; set: number }
  | { type: 'done'; reps: number };

/** In position this long during setup, and training starts by itself: the person need not reach the screen. */
export const FRAMED_START_MS = 2000;
/**
 * Out of position this long and the person has stood up or walked away: a set pauses, and a rest counts it as
 * having left the mat. Longer than a bad frame or a shift on the mat; the framing cue shows after 1 s already.
 */
export const LEFT_POSITION_MS = 3000;
/** In position again this long and a paused set carries on: a few frames, so one good frame is not enough. */
const BACK_IN_POSITION_MS = 500;

/** Where the legs alternate, each leg's count at the start of a set; null for the other exercises. */
function legCountsAtStart(plan: ExercisePlan): Record<Side, number> | null {
  return alternatesLegs(plan.exercise) ? { left: 0, right: 0 } : null;
}

export class Workout {
  stage: WorkoutStage = 'setup';
  set = 1;
  /** Reps counted in the current set (a rep counts when it reaches the top); alternating legs: both legs'. */
  count = 0;
  /** Alternating legs: each leg's reps in the current set; null for the other exercises. */
  legCounts: Record<Side, number> | null;
  totalReps = 0;
  status: TrackingStatus = 'body-not-visible';
  /** Latest frame's update (null before the first frame of a stage). */
  update: FrameUpdate | null = null;
  /** When the person got into position in setup (null while not in position). */
  framedSince: number | null = null;
  /** Since when frames have not counted during training (null while they do): how long to keep quiet about it. */
  notCountingSince: number | null = null;
  /** The set waits for the person to come back (out of position for LEFT_POSITION_MS). */
  paused = false;
  /** Set when `finish` stopped the block before its last set was done; null while it runs or once complete. */
  stoppedAt: StoppedAt | null = null;
  /** The person skipped the rest of the block (a routine moves on to its next block). */
  skipped = false;

  readonly holdTargetMs: number;
  private analyzer: Analyzer;
  private holdAnnounced = false;
  /** The rest between sets (or rounds) and its warning. */
  private readonly rest = new RestPeriod();
  /** In position since (null while not): how long the person has been back. */
  private inPositionSince: number | null = null;
  /** Out of position since (null while in position). */
  private outOfPositionSince: number | null = null;
  /** The person left the mat during this rest: coming back into position starts the next set. */
  private leftDuringRest = false;
  /** Reps of this set already reported as finished (a rep is counted at its top and reported at its end). */
  private reportedReps = 0;

  /** `firstSet` > 1 carries on a session that was cut off after some sets. */
  constructor(
    readonly plan: ExercisePlan,
    readonly firstSet = 1,
  ) {
    this.set = firstSet;
    this.legCounts = legCountsAtStart(plan);
    this.analyzer = createAnalyzer(analyzerOptions(plan.exercise, plan.side));
    this.holdTargetMs = exerciseById(plan.exercise).holdTargetMs;
  }

  /** Analyses a frame; in setup it only watches the framing. */
  push(frame: PoseFrame): WorkoutEvent[] {
    if (this.stage === 'done') return [];
    const update = this.analyzer.push(frame);
    this.status = update.status;
    this.watchPosition(update);
    if (this.stage === 'rest') return this.watchReturn(update);
    this.update = update;
    return this.stage === 'setup' ? this.watchFraming(update) : this.track(update);
  }

  /** Starts the first set now, in position or not (the "start anyway" path). */
  beginTraining(): WorkoutEvent[] {
    if (this.stage !== 'setup') return [];
    return this.startSet(this.firstSet);
  }

  /** Advances the rest clock; `now` is on the same clock as the frame times. */
  tick(now: number): WorkoutEvent[] {
    if (this.stage !== 'rest') return [];
    const rest = this.rest.tick(now);
    if (rest?.type === 'over') return this.startSet(this.set + 1);
    return rest ? [rest] : [];
  }

  /** When the rest under way ends, on the frames' clock; null outside a rest. */
  get restEndsAt(): number | null {
    return this.rest.endsAt;
  }

  skipRest(): WorkoutEvent[] {
    return this.stage === 'rest' ? this.startSet(this.set + 1) : [];
  }

  /** Stops early: a rep still at its top is finished and reported, then the block is done. */
  finish(): WorkoutEvent[] {
    if (this.stage === 'done') return [];
    const events: WorkoutEvent[] = [];
    if (this.stage === 'training') {
      const summary = this.analyzer.finish();
      const last = summary.repDetails.at(-1);
      if (last && last.rep > this.reportedReps) {
        events.push(this.repEvent(last, summary.faults.filter((fault) => fault.rep === last.rep)));
      }
    }
    this.stoppedAt = { stage: this.stage, set: this.set };
    this.stage = 'done';
    events.push({ type: 'done', reps: this.totalReps });
    return events;
  }

  /** Skips the rest of the block: it ends as `finish` ends it, and is marked skipped. */
  skip(): WorkoutEvent[] {
    if (this.stage === 'done') return [];
    this.skipped = true;
    return this.finish();
  }

  private watchFraming(update: FrameUpdate): WorkoutEvent[] {
    if (update.status !== 'ok') {
      this.framedSince = null;
      return [];
    }
    this.framedSince ??= update.t;
    return update.t - this.framedSince >= FRAMED_START_MS ? this.startSet(this.firstSet) : [];
  }

  private watchPosition({ status, t }: FrameUpdate): void {
    this.inPositionSince = status === 'ok' ? (this.inPositionSince ?? t) : null;
    this.outOfPositionSince = status === 'ok' ? null : (this.outOfPositionSince ?? t);
  }

  private outOfPositionFor(t: number): number {
    return this.outOfPositionSince === null ? 0 : t - this.outOfPositionSince;
  }

  /** Rest: a person who left the mat and is back in position for FRAMED_START_MS starts the next set early. */
  private watchReturn(update: FrameUpdate): WorkoutEvent[] {
    if (this.outOfPositionFor(update.t) >= LEFT_POSITION_MS) this.leftDuringRest = true;
    if (!this.leftDuringRest || this.inPositionSince === null) return [];
    return update.t - this.inPositionSince >= FRAMED_START_MS ? this.startSet(this.set + 1) : [];
  }

  /** Training: pauses when the person has left, carries on when they are back. */
  private watchPause({ t }: FrameUpdate): WorkoutEvent[] {
    if (!this.paused && this.outOfPositionFor(t) >= LEFT_POSITION_MS) {
      this.paused = true;
      return [{ type: 'paused', set: this.set }];
    }
    if (this.paused && this.inPositionSince !== null && t - this.inPositionSince >= BACK_IN_POSITION_MS) {
      this.paused = false;
      return [{ type: 'resumed', set: this.set }];
    }
    return [];
  }

  private track(update: FrameUpdate): WorkoutEvent[] {
    const events: WorkoutEvent[] = this.watchPause(update);
    this.notCountingSince = update.status === 'ok' ? null : (this.notCountingSince ?? update.t);
    if (update.repCount > this.count) {
      this.count = update.repCount;
      this.totalReps++;
      this.holdAnnounced = false;
      events.push(this.countedEvent(update));
    }
    for (const fault of update.heldFaults) events.push({ type: 'fault-sure', set: this.set, fault });
    if (update.phase === 'top' && update.holdMs >= this.holdTargetMs && !this.holdAnnounced) {
      this.holdAnnounced = true;
      events.push({ type: 'hold-reached', set: this.set });
    }
    if (update.newRep) {
      events.push(this.repEvent(update.newRep, update.newFaults));
      if (this.targetReached(update.newRep)) events.push(...this.completeSet());
    }
    return events;
  }

  private countedEvent(update: FrameUpdate): WorkoutEvent {
    if (!this.legCounts || !update.legCounts || !update.leg) return { type: 'counted', set: this.set, count: this.count };
    this.legCounts = { ...update.legCounts };
    return { type: 'counted', set: this.set, count: this.legCounts[update.leg], leg: update.leg };
  }

  /** The set is done once its reps reach the target: where the legs alternate, both legs' reps. */
  private targetReached(rep: RepDetail): boolean {
    const { targetReps } = this.plan;
    if (!this.legCounts) return rep.rep >= targetReps;
    return this.legCounts.left >= targetReps && this.legCounts.right >= targetReps;
  }

  private repEvent(detail: RepDetail, faults: Fault[]): WorkoutEvent {
    this.reportedReps = detail.rep;
    return { type: 'rep', set: this.set, detail, faults, notJudged: this.analyzer.notJudged() };
  }

  private completeSet(): WorkoutEvent[] {
    const reps = this.count;
    if (this.set >= this.plan.sets) {
      this.stage = 'done';
      return [
        { type: 'set-complete', set: this.set, reps, restMs: null },
        { type: 'done', reps: this.totalReps },
      ];
    }
    const completed: WorkoutEvent = { type: 'set-complete', set: this.set, reps, restMs: this.plan.restMs };
    if (this.plan.restMs === 0) return [completed, ...this.startSet(this.set + 1)];
    this.stage = 'rest';
    this.rest.begin(this.update?.t ?? performance.now(), this.plan.restMs);
    this.leftDuringRest = false;
    return [completed];
  }

  private startSet(set: number): WorkoutEvent[] {
    this.stage = 'training';
    this.set = set;
    this.count = 0;
    this.legCounts = legCountsAtStart(this.plan);
    this.reportedReps = 0;
    this.rest.end();
    this.framedSince = null;
    this.notCountingSince = null;
    this.paused = false;
    this.update = null;
    this.analyzer = createAnalyzer(analyzerOptions(this.plan.exercise, this.plan.side));
    return [{ type: 'training-started', set }];
  }
}
