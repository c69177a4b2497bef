/**
 * Turns a movement angle over time into reps with two-zone hysteresis:
 * a rep counts the first time the angle reaches the top zone after the
 * bottom zone, having risen at least the minimum range of motion. The gap
 * between the zones absorbs jitter and pauses; starting at the top counts
 * nothing because the counter is only armed by a visit to the bottom.
 */
import type { Phase } from './status';

export interface RepThresholds {
  /** At or below this angle the movement is at the bottom. */
  bottomMaxDeg: number;
  /** At or above this angle the movement is at the top. */
  topMinDeg: number;
  /** The top must be at least this far above the lowest angle of the preceding bottom. */
  minRomDeg: number;
}

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
  /** Every sample from the moment the rep counted until it ended. */
  samples: S[];
  end: number;
}

type Zone = 'bottom' | 'middle' | 'top';

export interface OpenRep<S extends AngleSample> {
  rep: number;
  startSample: S;
  troughDeg: number;
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
  private bottom: { sample: S; troughDeg: number } | null = null;
  private open: OpenRep<S> | null = null;
  private lastT: number | null = null;

  /** `numberRep` gives each counted rep its number; by default the count, so reps are numbered 1, 2, 3 by this counter alone. */
  constructor(
    private readonly thresholds: RepThresholds,
    private readonly numberRep: (count: number) => number = (count) => count,
  ) {}

  push(sample: S): CounterStep<S> {
    this.lastT = sample.t;
    if (sample.angleDeg <= this.thresholds.bottomMaxDeg) {
      const completed = this.closeOpenRep(sample.t);
      this.recordBottom(sample);
      return { counted: false, completed };
    }
    this.open?.samples.push(sample);
    this.zone = sample.angleDeg >= this.thresholds.topMinDeg ? 'top' : 'middle';
    if (this.zone === 'top') this.lastExtremeZone = 'top';
    return { counted: this.zone === 'top' && this.tryCount(sample), completed: null };
  }

  /**
   * Tracking was lost for too long, or the sequence ended: finish any open
   * rep at the last tracked moment and wait for a fresh bottom, so a person
   * who walks off at the bottom and comes back at the top is not counted.
   */
  interrupt(): CompletedRep<S> | null {
    const completed = this.lastT === null ? null : this.closeOpenRep(this.lastT);
    this.zone = null;
    this.lastExtremeZone = null;
    this.bottom = null;
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
    this.bottom = { sample, troughDeg };
    this.zone = 'bottom';
    this.lastExtremeZone = 'bottom';
  }

  private tryCount(sample: S): boolean {
    if (this.open || !this.bottom) return false;
    if (sample.angleDeg - this.bottom.troughDeg < this.thresholds.minRomDeg) return false;
    this.count += 1;
    this.open = { rep: this.numberRep(this.count), startSample: this.bottom.sample, troughDeg: this.bottom.troughDeg, samples: [sample] };
    this.bottom = null;
    return true;
  }

  private closeOpenRep(end: number): CompletedRep<S> | null {
    const open = this.open;
    this.open = null;
    return open ? { ...open, end } : null;
  }
}
