/**
 * The thresholds every exercise shares (smoothing, tracking, holds), in one typed object; each
 * exercise's own (position gate, counting zones, faults) are in its catalogue entry under exercises/.
 * Each number says why it has its value. Bias: a false alarm on good form teaches a person to ignore
 * the coach, so fault thresholds sit well clear of what clean reps measure and
 * counting thresholds sit well inside the range real reps cover.
 */
import type { OneEuroSettings } from './one-euro';

export interface AnalysisConfig {
  /** Landmark smoothing (One Euro filter, per coordinate). */
  smoothing: OneEuroSettings;
  tracking: {
    /** Mean visibility of the landmarks an exercise needs must reach this. */
    minVisibility: number;
    /** A needed landmark may lie this far (normalised) outside the picture before the body counts as not visible. */
    frameMargin: number;
    /** Longer than this without a usable frame, the rep in progress ends and smoothing restarts. */
    maxGapMs: number;
    /** Weight of each new frame in the running visibility balance that picks the camera-facing side. */
    sideVisibilityWeight: number;
    /** The running visibility balance must lean this far the other way before the camera-facing side switches. */
    sideSwitchMargin: number;
  };
  /** A body that jumps faster than this between frames is a cut (cuts.ts): the rep in progress ends there. */
  cuts: {
    /** The hip midpoint's speed in the picture, torso lengths a second. */
    maxHipSpeedTorsosPerS: number;
    /** How fast the body's size in the picture changes: |ln(torso now / torso before)| a second. */
    maxGrowthPerS: number;
  };
  /** A rise from the bottom to the top faster than this, degrees a second, is the pose model jumping, not a rep (rep-counter.ts). */
  maxRiseDegPerS: number;
  /** A frame is "at the top" while within this of the rep's peak angle (hold time, top-of-rep faults). */
  holdToleranceDeg: number;
  /** A fault is judged while the top is still held once it has been held this long (the live cue). */
  heldFaultAfterMs: number;
}

export const DEFAULT_CONFIG: AnalysisConfig = {
  smoothing: {
    minCutoffHz: 1.5, // still body: removes pose jitter (several Hz) but keeps the < 1 Hz rep motion
    beta: 5, // moving body (~0.2-0.5 normalised units/s): raises the cutoff to ~3-4 Hz so peaks are not flattened
    derivativeCutoffHz: 1, // the speed estimate itself only needs to follow the rep rhythm
  },
  tracking: {
    minVisibility: 0.5, // MediaPipe marks guessed/occluded points below 0.5
    frameMargin: 0.05, // points just past the edge are still placed reliably; further out they are guesses
    maxGapMs: 700, // a few dropped frames keep the rep; longer is a person out of view or a stall
    sideVisibilityWeight: 0.1, // ~10 frames of evidence before the side choice moves
    sideSwitchMargin: 0.1, // the far side of a side view reads well below the near side; 0.1 stops ties flip-flopping
  },
  // Measured frame to frame on the 15 shared clips (MediaPipe full): real movement moves the hips at most 4.1
  // torso lengths a second (lunges; the fast thrust 3.4) and changes the body's size at most 5% a frame (1.5 a
  // second); the labelled cuts read 10-36 torso lengths a second and size jumps of 29-326% (ln rate >= 7.7).
  cuts: {
    maxHipSpeedTorsosPerS: 8, // twice the fastest real movement, below every cut
    maxGrowthPerS: 4, // ~2.5x the fastest real change (walking up to a camera 2 m away is ~0.4), half the smallest cut's
  },
  // From the last frame at the bottom to the first at the top, every rep of every shared clip, every exercise,
  // model and engine: at most 298 degrees a second (the lunge, tfjs), 232 on the floor (the group bridge, heavy). A
  // body guessed into a clamshell across the barbell clip's close-up cut (tfjs) rose 3100.
  maxRiseDegPerS: 900, // 3x the fastest real rise, a 90-degree lift in 0.1 s; 3.4x below the jump
  holdToleranceDeg: 5, // smoothed angles wander ~1-2 while held still; 5 keeps a held top whole, a visible drop ends it
  // The median of the held stretch needs a few frames to be steady (>= 4 at 15 analysed frames a second), and
  // the cue must start within 500 ms of the fault to help while the person is still up.
  heldFaultAfterMs: 300,
};
