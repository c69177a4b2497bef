/**
 * Turns each stream's own frame clock into one strictly increasing clock for a model with temporal tracking and
 * smoothing. A new stream (a second clip, a restarted camera) starts its clock again; it is shifted to begin a
 * pause after the previous one, instead of being squeezed into 1 ms steps the smoothing would take for real.
 */

/** A clock that goes back by more than this is a new stream, not a rounding wobble. */
const NEW_STREAM_JUMP_MS = 100;
/** Long enough for the model's tracking to treat the new stream's first frame as a fresh start. */
const NEW_STREAM_GAP_MS = 1000;

export interface ClockTick {
  /** Milliseconds on the model's clock: strictly greater than the previous tick's. */
  timestamp: number;
  /** True when this frame starts a new stream (its clock jumped back). */
  newStream: boolean;
}

export class StreamClock {
  private lastTimestamp = -1;
  private offset = 0;

  next(frameMs: number): ClockTick {
    let shifted = frameMs + this.offset;
    const wentBack = shifted <= this.lastTimestamp;
    const newStream = wentBack && this.lastTimestamp - shifted > NEW_STREAM_JUMP_MS;
    if (wentBack) {
      this.offset += this.lastTimestamp - shifted + (newStream ? NEW_STREAM_GAP_MS : 1);
      shifted = frameMs + this.offset;
    }
    this.lastTimestamp = shifted;
    return { timestamp: shifted, newStream };
  }

  reset(): void {
    this.lastTimestamp = -1;
    this.offset = 0;
  }
}
