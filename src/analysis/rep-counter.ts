/**
 * Turns a movement angle over time into reps with two-zone hysteresis:
 * a rep counts the first time the angle reaches the top zone after the
 * bottom zone, having risen at least the minimum range of motion. The gap
 * between the zones absorbs jitter and pauses; starting at the top counts
 * nothing because the counter is only armed by a visit to the bottom.
 * Where a rep is only done once the person is back (`countAt: 'return'`),
 * it counts on coming back to the bottom zone instead.
 */
import type { Phase } from './status';

export interface RepThresholds {
  /** At or below this angle the movement is at the bottom. */
  bottomMaxDeg: number;
  /** At or above this angle the movement is at the top. */
  topMinDeg: number;
  /** The top must be at least this far above the lowest angle of the preceding bottom. */
  minRomDeg: number;
  /**
   * When a rep counts. `top` (the default): on reaching the top zone, the moment a floor exercise's work is done
   * (hips up, knee open). `return`: on coming back to the bottom zone after the top, for the standing exercises,
   * whose angle is the bend and whose rep is done when the person stands tall again (the shared labels count
   * "standing again"): a set that ends bent over counts that last descent as no rep, and one whose first frames are
   * already at the top (filmed from the bottom of a hinge) counts its first stand.
   */
  countAt?: 'top' | 'return';
}

/**
 * After a rep, coming back this share of the way from its peak to its trough is back at the bottom, even above
 * `bottomMaxDeg`: people whose reps are big do not always close fully (a band holds the knees apart, a tired set
 * stops short), and their next rep must still count. The zone only ever widens, and at most to the middle of the
 * gap between the zones, so the hysteresis that absorbs jitter stays.
 */
const RETURN_SHARE = 0.7;

export interface AngleSample {
  t: number;
  angleDeg: number;
}

export interface CompletedRep<S extends AngleSample> {
  rep: number;
  /** Last sample at the bottom before the lift. */
  startSample: S;
  /** Lowest angle since the previous rep (or since tracking resumed). */
  troughDeg: number;
  /** False for a rep first seen at its top (`countAt: 'return'`): its start sample is then its first top sample. */
  startSeen: boolean;
  /** Every sample from the moment the rep counted until it ended. */
  samples: S[];
  end: number;
}

type Zone = 'bottom' | 'middle' | 'top';

export interface OpenRep<S extends AngleSample> {
  rep: number;
  startSample: S;
  troughDeg: number;
  startSeen: boolean;
  samples: S[];
}

export interface CounterStep<S extends AngleSample> {
  counted: boolean;
  completed: CompletedRep<S> | null;
}

export class RepCounter<S extends AngleSample> {
  count = 0;
  private zone: Zone | null = null;
  private lastExtremeZone: 'bottom' | 'top' | null = null;
  /** Set while armed: the last bottom sample (the next rep's start) and the lowest angle since arming. */
  private bottom: { sample: S; troughDeg: number; seen: boolean } | null = null;
  private open: OpenRep<S> | null = null;
  /** Where the last rep's return counts as the bottom (see RETURN_SHARE); the fixed zone until a rep is done. */
  private returnMaxDeg: number;
  /** The open rep's highest angle so far. */
  private peakDeg = -Infinity;
  private lastT: number | null = null;
  /** Whether the next frame may open a rep seen first at its top (see interrupt). */
  private topStartAllowed = true;

  /**
   * `numberRep` gives each counted rep its number; by default the count, so reps are numbered 1, 2, 3 by this
   * counter alone. A rise from the bottom to the top faster than `maxRiseDegPerS` is no movement a person makes
   * but the pose model jumping (a cut, a body guessed into the picture): it counts nothing and the counter waits
   * for a fresh bottom.
   */
  constructor(
    private readonly thresholds: RepThresholds,
    private readonly numberRep: (count: number) => number = (count) => count,
    private readonly maxRiseDegPerS = Infinity,
  ) {
    this.returnMaxDeg = thresholds.bottomMaxDeg;
  }

  push(sample: S): CounterStep<S> {
    this.lastT = sample.t;
    if (sample.angleDeg <= Math.max(this.thresholds.bottomMaxDeg, this.returnMaxDeg)) {
      const completed = this.closeOpenRep(sample.t);
      this.recordBottom(sample);
      return { counted: this.countsOnReturn && completed !== null, completed };
    }
    this.open?.samples.push(sample);
    const startsAtTop = this.zone === null && this.countsOnReturn && this.topStartAllowed;
    this.zone = sample.angleDeg >= this.thresholds.topMinDeg ? 'top' : 'middle';
    if (this.zone === 'top') {
      this.lastExtremeZone = 'top';
      // Seen first at the top, the person was at the bottom before the camera caught them (or the shot began).
      if (startsAtTop) this.bottom = { sample, troughDeg: this.thresholds.bottomMaxDeg, seen: false };
    }
    const counted = this.zone === 'top' && this.tryOpen(sample) && !this.countsOnReturn;
    if (this.open) this.widenReturn(this.open, sample.angleDeg);
    return { counted, completed: null };
  }

  /**
   * Tracking was lost for too long, the shot cut, or the sequence ended: finish any open rep at the last tracked
   * moment and wait for a fresh bottom, so a person who walks off at the bottom and comes back at the top is not
   * counted. `watched`: the person was in view but out of position meanwhile. A rep under way then (its way down
   * seen in position, the position lost at its depth) may be seen again from its top and count on its return;
   * with none under way, the person was watched going down doing something else (a lunge's split legs, for a
   * squat), so the next rep needs a bottom seen first, as any rep does once the counter has seen the person.
   */
  interrupt(watched = false): CompletedRep<S> | null {
    this.topStartAllowed = !watched || this.open !== null;
    // Counting on the return, a rep that never came back is no rep.
    if (this.countsOnReturn) this.open = null;
    const completed = this.lastT === null ? null : this.closeOpenRep(this.lastT);
    this.zone = null;
    this.lastExtremeZone = null;
    this.bottom = null;
    this.returnMaxDeg = this.thresholds.bottomMaxDeg;
    return completed;
  }

  phase(): Phase {
    if (this.zone === 'bottom' || this.zone === 'top') return this.zone;
    return this.lastExtremeZone === 'top' ? 'lowering' : 'rising';
  }

  /** The counted rep still in progress, if any. */
  openRep(): Readonly<OpenRep<S>> | null {
    return this.open;
  }

  private recordBottom(sample: S): void {
    // Lowest since the counter was armed, so jitter across the bottom threshold cannot raise it.
    const troughDeg = this.bottom ? Math.min(this.bottom.troughDeg, sample.angleDeg) : sample.angleDeg;
    this.bottom = { sample, troughDeg, seen: true };
    this.zone = 'bottom';
    this.lastExtremeZone = 'bottom';
  }

  private get countsOnReturn(): boolean {
    return this.thresholds.countAt === 'return';
  }

  /** The top reached from an armed bottom: the rep is open, and counted now unless it counts on its return. */
  private tryOpen(sample: S): boolean {
    if (this.open || !this.bottom) return false;
    if (sample.angleDeg - this.bottom.troughDeg < this.thresholds.minRomDeg) return false;
    if (this.bottom.seen && riseDegPerS(this.bottom.sample, sample) > this.maxRiseDegPerS) {
      this.bottom = null;
      return false;
    }
    // Counting on the return, the open rep carries the number it will have; it is given when the rep counts.
    const rep = this.countsOnReturn ? this.count + 1 : this.countRep();
    this.peakDeg = -Infinity;
    this.open = { rep, startSample: this.bottom.sample, troughDeg: this.bottom.troughDeg, startSeen: this.bottom.seen, samples: [sample] };
    this.bottom = null;
    return true;
  }

  private countRep(): number {
    this.count += 1;
    return this.numberRep(this.count);
  }

  private closeOpenRep(end: number): CompletedRep<S> | null {
    const open = this.open;
    this.open = null;
    if (!open) return null;
    return { ...open, rep: this.countsOnReturn ? this.countRep() : open.rep, end };
  }

  /** The counted rep's peak so far sets where its return will count as the bottom. */
  private widenReturn(open: OpenRep<S>, angleDeg: number): void {
    const { bottomMaxDeg, topMinDeg } = this.thresholds;
    this.peakDeg = Math.max(this.peakDeg, angleDeg);
    const returned = this.peakDeg - RETURN_SHARE * (this.peakDeg - open.troughDeg);
    this.returnMaxDeg = Math.min(Math.max(bottomMaxDeg, returned), (bottomMaxDeg + topMinDeg) / 2);
  }
}

/** How fast the angle rose from the last sample at the bottom to the first at the top. */
function riseDegPerS(bottom: AngleSample, top: AngleSample): number {
  return top.t > bottom.t ? ((top.angleDeg - bottom.angleDeg) * 1000) / (top.t - bottom.t) : Infinity;
}
