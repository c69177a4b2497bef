/**
 * Which live camera frames are worth sending to the worker. The worker runs the newest frame it has once the model
 * is free and closes the others (workers/latest-frame.ts), so a frame that a newer camera frame will replace before
 * then is made into a bitmap, copied to the worker and closed for nothing: where the model runs 12 frames a second
 * against the camera's 30, more than half of them. The pacer estimates when the run under way ends (the model's
 * recent run times) and lets a frame through only when the camera's next frame would come too late to be the one
 * the model runs next. Where the model keeps up with the camera, every frame goes, as before.
 *
 * Times are ms on one clock (the frame callbacks' `now`, `performance.now()`).
 */

/**
 * A frame is skipped only when the next one is due this long (a share of the camera's interval) before the run's
 * estimated end. It absorbs the camera's jitter and a run that ends sooner than its recent average: skipped wrongly,
 * the model waits for the next camera frame, while a frame sent needlessly costs only its copy.
 */
const SAFETY_SHARE_OF_INTERVAL = 0.5;

/** Weight of the newest sample in the running averages: a few frames follow a change of load, one outlier moves little. */
const SMOOTHING = 0.25;

function smoothed(previous: number | null, sample: number): number {
  return previous === null ? sample : previous + SMOOTHING * (sample - previous);
}

export class FramePacer {
  /** When the model's run under way is expected to end; -Infinity while it is idle. */
  private runEndsAt = -Infinity;
  private runMs: number | null = null;
  private frameIntervalMs: number | null = null;
  private lastFrameAt: number | null = null;
  /** Frames sent and not yet answered (the running one, the one waiting, and replaced ones not yet reported). */
  private unanswered = 0;

  /** A camera frame arrived at `now`: whether to send it (then `sent`) or skip it. */
  wants(now: number): boolean {
    if (this.lastFrameAt !== null && now > this.lastFrameAt) this.frameIntervalMs = smoothed(this.frameIntervalMs, now - this.lastFrameAt);
    this.lastFrameAt = now;
    if (this.frameIntervalMs === null || this.unanswered === 0) return true;
    const nextFrameAt = now + this.frameIntervalMs * (1 + SAFETY_SHARE_OF_INTERVAL);
    return nextFrameAt >= this.runEndsAt;
  }

  /** A frame was sent at `now`; with the worker idle, the model starts on it at once. */
  sent(now: number): void {
    if (this.unanswered === 0) this.runEndsAt = now + (this.runMs ?? 0);
    this.unanswered++;
  }

  /**
   * A frame sent earlier was answered at `now`: `runMs` is the model's time on it, or null when it did not run (a
   * newer frame replaced it, or its worker failed). After a result the worker starts at once on the newest frame
   * sent meanwhile, if any.
   */
  answered(now: number, runMs: number | null): void {
    this.unanswered = Math.max(0, this.unanswered - 1);
    if (runMs === null) return;
    this.runMs = smoothed(this.runMs, runMs);
    this.runEndsAt = this.unanswered > 0 ? now + this.runMs : -Infinity;
  }
}
