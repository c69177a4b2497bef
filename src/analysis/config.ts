/**
 * Every threshold of the analysis in one typed object. Each number says why it
 * has its value. Bias: a false alarm on good form teaches a person to ignore
 * the coach, so fault thresholds sit well clear of what clean reps measure and
 * counting thresholds sit well inside the range real reps cover.
 */
import type { OneEuroSettings } from './one-euro';
import type { RepThresholds } from './rep-counter';
import type { ExerciseId } from './types';

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
  position: {
    /** Knee angle (hip-knee-ankle, 3-D) at most this: bent knees, as in every exercise here. */
    maxKneeAngleDeg: number;
    /** Bridge/thrust: shoulder-to-ankle line within this of the image horizontal (lying, not standing). */
    maxBodyLineTiltDeg: number;
    /** Bridge/thrust: shin within this of pointing straight up in the image (feet planted, knees up). */
    maxShinFromUpDeg: number;
    /** Clamshell: shoulder-hip line within this of the image horizontal (lying down). */
    maxTorsoTiltDeg: number;
    /** Clamshell: hip-to-hip line within this of the image vertical (hips stacked). */
    maxHipLineFromVerticalDeg: number;
    /** Clamshell: hip-to-hip distance at least this fraction of the torso length (hips seen from the front). */
    minHipGapToTorso: number;
  };
  /** Counting zones per exercise, on the movement angle (hip angle, or clamshell knee opening). */
  reps: Record<ExerciseId, RepThresholds>;
  /** A frame is "at the top" while within this of the rep's peak angle (hold time, top-of-rep faults). */
  holdToleranceDeg: number;
  faults: {
    /** Hips this far past the straight shoulder-hip-knee line while held at the top: lumbar over-arch. */
    lumbarOverarchMinDeg: number;
    /** Thrust: face turned up this far from a level gaze while held at the top (90 = face to the ceiling). */
    headBackMinDeg: number;
    /** Hip-to-hip line turned this far between the rep's start and its top. */
    pelvicDropMinDeg: number;
  };
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
  position: {
    // Measured (MediaPipe full, smoothed, camera-facing side): knee 3-D bridge 58-85, thrust 95-127,
    // clamshell top leg 92-130, push-up 128-165 (MediaPipe never reads a plank fully straight).
    maxKneeAngleDeg: 145, // >= 15 above every set-up measured; standing legs (~175) fail it. Not what stops push-ups: the shin check does
    // Measured shoulder-to-ankle tilt: bridge 0-2, thrust (shoulders on a box) 36-42; standing squat is ~70-90.
    maxBodyLineTiltDeg: 55, // ~15 clear of both the thrust and a squatting body
    // Measured shin from image-up: bridge 19-29, thrust 7-27, push-up 79-89 (shins along the floor).
    maxShinFromUpDeg: 55, // midway, ~25 clear of both; a kicked-up foot (donkey kick) reads ~180
    // Measured clamshell torso tilt 29-34 (head propped up); standing is ~70-90.
    maxTorsoTiltDeg: 55, // ~20 clear of both
    // Measured clamshell hip line from vertical: 16-21.
    maxHipLineFromVerticalDeg: 40, // ~20 clear; hips side by side (person facing camera standing) read ~90
    // Measured hip gap / torso length: clamshell front view 0.36-0.40; side views (bridge, thrust, push-up) 0.02-0.17.
    minHipGapToTorso: 0.25, // between the two, ~0.1 clear of each
  },
  // Measured movement angles. Bridge (near side): bottoms 126-132, tops 182-184. Thrust: bottoms 112-117,
  // tops 188-197, clip opens at 155 on its way up. Clamshell opening: closed 20-23, open 50-52, opens at 33.
  reps: {
    'glute-bridge': { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 30 }, // zones >= 13 clear of real bottoms and tops; real ROM >= 50
    'hip-thrust': { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 30 }, // same hip angle as the bridge; real ROM >= 70
    clamshell: { bottomMaxDeg: 30, topMinDeg: 42, minRomDeg: 18 }, // >= 7 clear of closed, >= 8 below open; real ROM ~28-31
  },
  holdToleranceDeg: 5, // smoothed angles wander ~1-2 while held still; 5 keeps a held top whole, a visible drop ends it
  // Measured per rep, median while held at the top (near side, smoothed). Hip extension past straight: clean
  // bridge +3.1, +1.8, +2.2, +1.7, +3.2 (peaks +2.4..+4.1; the far, guessed side +5..+8); over-arched thrust
  // +7.1, +13.8, +7.0, +13.5, +7.1, +13.6. The thrust clip is one 2-rep take looped (odd reps repeat one rep,
  // even reps the other): in the odd take the hips sit ~6 px lower, in the silhouette as in the landmarks.
  // Face up from level: thrust tops 14.1, 13.0, 14.5, 14.0, 13.6, 13.2 (chin up); its bottoms -0.2..+2.5 (eyes level).
  // A bridge's head lies on the floor, face to the ceiling (74-78): neutral there, so only the thrust checks it.
  // Hip-line turn from start to top: bridge 5.5-6.7, thrust 1.1-6.3, clamshell 2.6-15.4 (form not labelled).
  faults: {
    lumbarOverarchMinDeg: 5, // the labels' limit of a clean top (<= ~5); 1.8 above every clean reading, 2.0 below every over-arch
    headBackMinDeg: 8, // between a level gaze (<= 2.5) and the chin-up tops (>= 13.0): 5.5 and 5.0 clear of each
    pelvicDropMinDeg: 20, // clear of every real reading (<= 15.4, MediaPipe's hip depth is noisy): only an obvious drop or roll
  },
};
