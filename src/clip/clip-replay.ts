/**
 * What the clip analyser keeps of an analysis to replay it over the video: every analysed frame's image
 * landmarks and movement angle, in memory only (never stored with the video or the history).
 */
import type { FrameUpdate } from '../analysis';
import type { PoseResult } from '../pose';

export class ClipReplay {
  /** Frame times, ms from the start of the clip, ascending. */
  readonly t: number[] = [];
  /** The movement angle per frame; null where it was not tracked. */
  readonly angleDeg: (number | null)[] = [];
  private readonly landmarks: (Float32Array | null)[] = [];

  /** Keeps one analysed frame: pass it as analyzeClip's `onPose`. */
  readonly add = (pose: PoseResult, update: FrameUpdate): void => {
    this.t.push(update.t);
    this.angleDeg.push(update.angleDeg);
    this.landmarks.push(pose.image);
  };

  /** The landmarks of the frame at `index`; null where no body was found. */
  landmarksAt(index: number): Float32Array | null {
    return this.landmarks[index] ?? null;
  }
}
