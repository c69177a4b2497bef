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
  type FrameUpdate,
  type PoseFrame,
  type RepDetail,
  type Side,
  type TrackingStatus,
} from '../analysis';
import type { ExercisePlan } from './routine';

export type WorkoutStage = 'setup' | 'training' | 'rest' | 'done';

export type WorkoutEvent =
  | { type: 'training-started'; set: number }
  /** The rep reached the top: the moment to count it aloud. Alternating legs: `count` is that leg's. */
  | { type: 'counted'; set: number; count: number; leg?: Side }
  | { type: 'hold-reached'; set: number }
  /** A fault became sure while the top is still held: the moment to cue it. The rep event still lists it. */
  | { type: 'fault-sure'; set: number; fault: Fault }
  /** The rep ended, with its measurements and faults. */
  | { type: 'rep'; set: number; detail: RepDetail; faults: Fault[] }
  | { type: 'set-complete'; set: number; reps: number; restMs: number | null }
  | { type: 'rest-ending'; secondsLeft: number }
  | { type: 'done'; reps: number };

/** In position this long during setup, and training starts by itself: the person need not reach the screen. */
export const FRAMED_START_MS = 2000;
/** "Ten seconds" is said once near the end of a rest. */
const REST_WARNING_MS = 10_000;

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
  restEndsAt: number | null = null;

  readonly holdTargetMs: number;
  private analyzer: Analyzer;
  private holdAnnounced = false;
  private restWarned = false;
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
    if (this.stage === 'rest' || this.stage === 'done') return [];
    const update = this.analyzer.push(frame);
    this.update = update;
    this.status = update.status;
    return this.stage === 'setup' ? this.watchFraming(update) : this.track(update);
  }

  /** Starts the first set now, in position or not (the "start anyway" path). */
  beginTraining(): WorkoutEvent[] {
    if (this.stage !== 'setup') return [];
    return this.startSet(this.firstSet);
  }

  /** Advances the rest clock; `now` is on the same clock as the frame times. */
  tick(now: number): WorkoutEvent[] {
    if (this.stage !== 'rest' || this.restEndsAt === null) return [];
    const left = this.restEndsAt - now;
    if (left <= 0) return this.startSet(this.set + 1);
    if (left <= REST_WARNING_MS && !this.restWarned) {
      this.restWarned = true;
      return [{ type: 'rest-ending', secondsLeft: Math.ceil(left / 1000) }];
    }
    return [];
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
    this.stage = 'done';
    events.push({ type: 'done', reps: this.totalReps });
    return events;
  }

  private watchFraming(update: FrameUpdate): WorkoutEvent[] {
    if (update.status !== 'ok') {
      this.framedSince = null;
      return [];
    }
    this.framedSince ??= update.t;
    return update.t - this.framedSince >= FRAMED_START_MS ? this.startSet(this.firstSet) : [];
  }

  private track(update: FrameUpdate): WorkoutEvent[] {
    const events: WorkoutEvent[] = [];
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
    return { type: 'rep', set: this.set, detail, faults };
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
    this.restEndsAt = (this.update?.t ?? performance.now()) + this.plan.restMs;
    this.restWarned = false;
    return [completed];
  }

  private startSet(set: number): WorkoutEvent[] {
    this.stage = 'training';
    this.set = set;
    this.count = 0;
    this.legCounts = legCountsAtStart(this.plan);
    this.reportedReps = 0;
    this.restEndsAt = null;
    this.framedSince = null;
    this.notCountingSince = null;
    this.update = null;
    this.analyzer = createAnalyzer(analyzerOptions(this.plan.exercise, this.plan.side));
    return [{ type: 'training-started', set }];
  }
}
