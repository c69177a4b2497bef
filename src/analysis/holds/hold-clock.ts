/**
 * The clock of one hold: it runs only while the position is right and pauses, with the reason, when it is not.
 * A change must last `graceMs` before it takes effect (one bad frame, or one good frame in a bad stretch, changes
 * nothing; nor does a moment's pose that only looks like the position start it), and then takes effect from the
 * frame it began on, so the time held is the time in position.
 */

/** One pause: when the position was lost, why (the check's words), and when it came back (null: still paused). */
export interface HoldPause {
  t: number;
  reason: string;
  resumedAt: number | null;
}

export type HoldClockEvent =
  | { type: 'started'; t: number }
  | { type: 'paused'; t: number; reason: string }
  | { type: 'resumed'; t: number }
  | { type: 'done'; t: number };

export type HoldClockState = 'waiting' | 'running' | 'paused' | 'done';

/** How long a change of position must last before the clock follows it: ~7 frames at 15 a second. */
export const HOLD_GRACE_MS = 500;

export class HoldClock {
  state: HoldClockState = 'waiting';
  readonly pauses: HoldPause[] = [];
  /** The first moment in position (null while waiting) and the moment the target was reached (null before). */
  startedAt: number | null = null;
  doneAt: number | null = null;
  /** Time in position before the current run. */
  private banked = 0;
  /** Where the current run (or pause) began. */
  private since = 0;
  /** A change not yet sure: the position lost (with why) while running, or back while paused. */
  private pending: { t: number; reason: string | null } | null = null;
  /** The latest frame's time. */
  lastT = 0;

  constructor(
    readonly targetMs: number,
    private readonly graceMs = HOLD_GRACE_MS,
  ) {}

  /** Time in position so far; while a loss is not yet sure, up to where it began. */
  heldMs(t = this.lastT): number {
    if (this.state !== 'running') return this.banked;
    return this.banked + (this.pending?.t ?? t) - this.since;
  }

  /** Why the clock paused (the reason said then); null when it is not paused. */
  get pauseReason(): string | null {
    return this.state === 'paused' ? (this.pauses.at(-1)?.reason ?? null) : null;
  }

  /** The next frame: `miss` is null in position, else the reason it is not (frames come in time order). */
  update(t: number, miss: string | null): HoldClockEvent[] {
    this.lastT = t;
    switch (this.state) {
      case 'waiting':
        return this.whileWaiting(t, miss);
      case 'running':
        return this.whileRunning(t, miss);
      case 'paused':
        return this.whilePaused(t, miss);
      case 'done':
        return [];
    }
  }

  private whileWaiting(t: number, miss: string | null): HoldClockEvent[] {
    const from = this.settledInPosition(t, miss);
    if (from === null) return [];
    this.startedAt = from;
    return [{ type: 'started', t: from }, ...this.run(from, t)];
  }

  /** In position since `from`: the clock runs from there, and `t`'s frame is judged at once. */
  private run(from: number, t: number): HoldClockEvent[] {
    this.state = 'running';
    this.since = from;
    return this.whileRunning(t, null);
  }

  /** Where a stretch in position began, once it has lasted the grace; null while it has not (or is broken). */
  private settledInPosition(t: number, miss: string | null): number | null {
    if (miss !== null) {
      this.pending = null;
      return null;
    }
    this.pending ??= { t, reason: null };
    if (t - this.pending.t < this.graceMs) return null;
    const from = this.pending.t;
    this.pending = null;
    return from;
  }

  private whileRunning(t: number, miss: string | null): HoldClockEvent[] {
    if (miss === null) this.pending = null;
    else this.pending ??= { t, reason: miss };
    if (this.pending && t - this.pending.t >= this.graceMs) return this.pause(this.pending.t, this.pending.reason!);
    if (this.heldMs(t) < this.targetMs) return [];
    // Reached between this frame and the last: the exact moment, so the time held is the target itself.
    const doneAt = this.since + this.targetMs - this.banked;
    this.banked = this.targetMs;
    this.state = 'done';
    this.doneAt = doneAt;
    return [{ type: 'done', t: doneAt }];
  }

  private pause(t: number, reason: string): HoldClockEvent[] {
    this.banked += t - this.since;
    this.state = 'paused';
    this.since = t;
    this.pending = null;
    this.pauses.push({ t, reason, resumedAt: null });
    return [{ type: 'paused', t, reason }];
  }

  private whilePaused(t: number, miss: string | null): HoldClockEvent[] {
    const back = this.settledInPosition(t, miss);
    if (back === null) return [];
    this.pauses.at(-1)!.resumedAt = back;
    return [{ type: 'resumed', t: back }, ...this.run(back, t)];
  }
}
