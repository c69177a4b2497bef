/**
 * Smooths every landmark coordinate of a frame over time before any decision
 * is made, so single-frame jitter in the pose model cannot flip a phase.
 */
import { OneEuroFilter, type OneEuroSettings } from './one-euro';
import { LANDMARK_STRIDE, isCompleteLandmarkArray, type PoseFrame } from './pose';

/** Filters x, y, z of each landmark; visibility passes through unchanged. */
class LandmarkArraySmoother {
  private readonly filters: OneEuroFilter[];

  constructor(length: number, settings: OneEuroSettings) {
    this.filters = Array.from({ length }, () => new OneEuroFilter(settings));
  }

  smooth(values: Float32Array, dtSeconds: number): Float32Array {
    return values.map((value, i) => {
      const isVisibility = i % LANDMARK_STRIDE === LANDMARK_STRIDE - 1;
      return isVisibility ? value : (this.filters[i]?.next(value, dtSeconds) ?? value);
    });
  }
}

export class FrameSmoother {
  private image: LandmarkArraySmoother | null = null;
  private world: LandmarkArraySmoother | null = null;
  private lastT: number | null = null;

  /** @param restartAfterMs a longer gap between bodies starts smoothing afresh (the person may have moved meanwhile) */
  constructor(
    private readonly settings: OneEuroSettings,
    private readonly restartAfterMs: number,
  ) {}

  /** Returns a copy of the frame with smoothed landmarks; frames without a complete body pass through. */
  smooth(frame: PoseFrame): PoseFrame {
    if (!isCompleteLandmarkArray(frame.image) || !isCompleteLandmarkArray(frame.world)) return frame;
    if (this.lastT !== null && frame.t - this.lastT > this.restartAfterMs) this.restart();
    const dtSeconds = this.lastT === null ? 0 : (frame.t - this.lastT) / 1000;
    this.lastT = frame.t;
    this.image ??= new LandmarkArraySmoother(frame.image.length, this.settings);
    this.world ??= new LandmarkArraySmoother(frame.world.length, this.settings);
    return { ...frame, image: this.image.smooth(frame.image, dtSeconds), world: this.world.smooth(frame.world, dtSeconds) };
  }

  /** Starts afresh: after a long gap or a cut the next frame shows the body somewhere else. */
  restart(): void {
    this.image = null;
    this.world = null;
    this.lastT = null;
  }
}
