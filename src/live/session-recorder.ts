/**
 * Writes a live session to the history as it happens: created when training starts (or taken up again, when a
 * cut-off session is resumed), one write per rep (so a reload or crash keeps every rep counted so far), finished
 * at the end. Each rep's write carries its set's movement series so far (movement-series.ts), for the chart. Writes run one after another in the order they were asked for; a failed write is logged and does
 * not stop the coaching.
 */
import { isModelVariant, type ModelVariant } from '../pose';
import type { Fault, HoldResult, RepDetail } from '../analysis';
import { openSessionStore, type NewSession, type PainStop, type SessionRecord, type SessionStore } from '../storage';
import { MovementSeriesRecorder } from './movement-series';
import type { LoadedModel } from './pose-controller';
import { isHoldPlan, type BlockPlan } from './routine';
import { workingSide, type ExercisePlan } from './routine';
import type { Workout } from './workout';

type Write = (store: SessionStore, id: string) => Promise<SessionRecord>;

/** Where a resumed session carries on: the set after the last one with reps (the last set at most). */
function setAfter(session: SessionRecord, plan: ExercisePlan): number {
  const recorded = session.sets.filter((set) => set.reps.length > 0).map((set) => set.set);
  return Math.min(plan.sets, Math.max(0, ...recorded) + 1);
}

/** What a block aims at: reps and sets, or for a hold (each of whose holds names its side) only how many holds. */
function targetsOf(plan: BlockPlan): Pick<NewSession, 'side' | 'targetReps' | 'targetSets'> {
  if (isHoldPlan(plan)) return { side: null, targetReps: null, targetSets: plan.holds };
  return { side: workingSide(plan), targetReps: plan.targetReps, targetSets: plan.sets };
}

/** The record of a block starting now: its exercise and targets, and the model that watches it. */
function newSession(plan: BlockPlan, model: LoadedModel): NewSession {
  const { info: engine, reason } = model;
  return {
    startedAt: Date.now(),
    source: 'live' as const,
    exercise: plan.exercise,
    ...targetsOf(plan),
    model: engine.variant,
    engine: engine.engine,
    delegate: engine.delegate,
    ...(reason ? { modelReason: reason } : {}),
    ...(plan.step ? { routine: plan.step } : {}),
  };
}

export class SessionRecorder {
  private store: Promise<SessionStore> | null = null;
  private writes: Promise<void> = Promise.resolve();
  /** The session being written, as last saved; null before a block's training starts and after `finish`. */
  private record: SessionRecord | null = null;
  /** A cut-off session for the next block to carry on (set by the element's resume()). */
  private resuming: SessionRecord | null = null;
  /** The movement of the set being trained, and which set that is. */
  private movement: { set: number; series: MovementSeriesRecorder } | null = null;
  /** A block's record is begun (or taken up again) and not yet finished: a second `beginBlock` keeps it. */
  private blockBegun = false;

  constructor(private readonly open: () => Promise<SessionStore> = openSessionStore) {}

  /** Whether sessions are kept on this device, and if not, why (the store says so when IndexedDB cannot be used). */
  async history(): Promise<Pick<SessionStore, 'available' | 'reason'>> {
    this.store ??= this.open();
    const { available, reason } = await this.store;
    return { available, reason };
  }

  /**
   * The model `model="auto"` chose in the newest session that used it, so the choice can stay put on a device
   * near a limit (src/pose/model-choice.ts); null on a first visit or without a history.
   */
  async lastAutoChoice(): Promise<ModelVariant | null> {
    try {
      this.store ??= this.open();
      const sessions = await (await this.store).list();
      const model = sessions.find((session) => session.modelReason)?.model;
      return isModelVariant(model) ? model : null;
    } catch {
      return null;
    }
  }

  /** The next block to start carries on `session` (same record, from the set after its last one with reps). */
  resumeNext(session: SessionRecord): void {
    this.resuming = session;
  }

  /** The set a block starts at: 1, or for a resumed session the set after its last one with reps. */
  firstSet(plan: ExercisePlan): number {
    return this.resuming ? setAfter(this.resuming, plan) : 1;
  }

  /**
   * A block's first set started (a routine's block: the block started, so a reload while the person moves the
   * camera still resumes the routine there): a new record for it, or the resumed session taken up again.
   */
  beginBlock(plan: BlockPlan, model: LoadedModel): void {
    if (this.blockBegun) return;
    this.blockBegun = true;
    this.movement = null;
    if (this.resuming) this.adopt(this.resuming);
    else this.begin(newSession(plan, model));
    this.resuming = null;
  }

  /** After each analysed frame: while a set is trained, the frame's movement angle goes into the set's series. */
  follow(workout: Pick<Workout, 'stage' | 'set' | 'update'> | null): void {
    const update = workout?.update;
    if (workout?.stage !== 'training' || !update) return;
    if (this.movement?.set !== workout.set) this.movement = { set: workout.set, series: new MovementSeriesRecorder() };
    this.movement.series.push(update.t, update.angleDeg);
  }

  rep(set: number, detail: RepDetail, faults: Fault[]): void {
    const series = this.movement?.set === set ? (this.movement.series.series() ?? undefined) : undefined;
    this.update((store, id) => store.appendRep(id, set, detail, faults, series));
  }

  /** A hold ended: written at once, as a rep is. */
  hold(set: number, hold: HoldResult): void {
    this.update((store, id) => store.appendHold(id, set, hold));
  }

  /** Records a "stop: it hurts" at once, before anything else can go wrong. */
  painStop(stop: PainStop): void {
    this.update((store, id) => store.recordPainStop(id, stop));
  }

  /** Marks the session complete; resolves with the saved record, or null when it could never be written. */
  finish(endedAt = Date.now()): Promise<SessionRecord | null> {
    this.update((store, id) => store.finish(id, endedAt));
    return this.close();
  }

  /** Marks the session skipped (a routine's block the person skipped); resolves as `finish` does. */
  skip(): Promise<SessionRecord | null> {
    this.update((store, id) => store.markSkipped(id));
    return this.close();
  }

  /** As `finish`, but a block without a single rep is deleted instead: the person switched away from an exercise never done. */
  finishOrDiscard(endedAt = Date.now()): Promise<SessionRecord | null> {
    this.queue(async (store) => {
      if (this.record?.reps !== 0) return;
      await store.delete(this.record.id);
      this.record = null;
    });
    return this.finish(endedAt);
  }

  /**
   * Stops writing without finishing: the page is going away or the coach failed. The session stays "in
   * progress" with every rep so far, so the history offers to resume it later.
   */
  abandon(): void {
    void this.close();
  }

  private begin(session: NewSession): void {
    this.queue(async (store) => {
      this.record = null;
      this.record = await store.create(session);
    });
  }

  /** Carries on writing a session a reload or crash cut off (the history offers to resume it). */
  private adopt(session: SessionRecord): void {
    this.queue(async () => {
      this.record = session;
    });
  }

  private async close(): Promise<SessionRecord | null> {
    this.blockBegun = false;
    let closed: SessionRecord | null = null;
    this.queue(async () => {
      closed = this.record;
      this.record = null;
    });
    await this.writes;
    return closed;
  }

  private update(write: Write): void {
    this.queue(async (store) => {
      if (this.record) this.record = await write(store, this.record.id);
    });
  }

  private queue(step: (store: SessionStore) => Promise<void>): void {
    this.store ??= this.open();
    const store = this.store;
    this.writes = this.writes.then(async () => {
      try {
        await step(await store);
      } catch (error) {
        console.warn('Glute Coach: the session could not be written to history.', error);
      }
    });
  }
}
