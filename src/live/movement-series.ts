/**
 * The movement angle of a live set, kept compact for the history: one value per 100 ms slot (the first frame
 * that lands in it), whole degrees, null for a slot the pose was not tracked in or no frame reached.
 */
import type { MovementSeries } from '../storage';

/** 10 values a second: every rep's rise, hold and fall stay visible; a 3 x 15 session stays a few kilobytes. */
export const SERIES_STEP_MS = 100;

export class MovementSeriesRecorder {
  private startMs: number | null = null;
  private readonly angleDeg: (number | null)[] = [];

  /** One analysed frame: `t` on the set's clock, its movement angle (null: not tracked). */
  push(t: number, angleDeg: number | null): void {
    this.startMs ??= t;
    const slot = Math.floor((t - this.startMs) / SERIES_STEP_MS);
    if (slot < this.angleDeg.length) return;
    while (this.angleDeg.length < slot) this.angleDeg.push(null);
    this.angleDeg.push(angleDeg === null ? null : Math.round(angleDeg));
  }

  /** The series so far; null before the first frame. */
  series(): MovementSeries | null {
    return this.startMs === null ? null : { startMs: this.startMs, stepMs: SERIES_STEP_MS, angleDeg: [...this.angleDeg] };
  }
}
