/**
 * Glute bridge and hip thrust, filmed from the side: the person lies on the
 * back (shoulders on the floor or on a bench), knees bent, feet planted.
 * Measured on the body side that faces the camera, in aspect-corrected image
 * coordinates, so mirrored and portrait pictures read the same.
 */
import type { AnalysisConfig } from './config';
import type { ExerciseModel, Reading } from './exercise-model';
import { angleAt2, angleAt3, angleBetween2, sideOfLine, signedAngle2, sub2, tiltFromHorizontal } from './geometry';
import { hipLine } from './pelvis';
import { JOINTS, Landmark, type Body, type Side } from './pose';
import { CameraSideTracker, landmarkStatus } from './tracking';

export interface SupineMeasurement {
  /**
   * Shoulder-hip-knee angle measured on the side away from the floor:
   * ~115 with hips down, 180 in a straight line, above 180 when the hips rise
   * past the line. Continuous through 180, so an over-arch never looks like lowering.
   */
  hipAngleDeg: number;
  /** Hip-knee-ankle, 3-D. */
  kneeAngleDeg: number;
  /** Shoulder-to-ankle line from the image horizontal, 0..90. */
  bodyLineTiltDeg: number;
  /** Between the shin (ankle to knee) and the image's up direction. */
  shinFromUpDeg: number;
  /**
   * Face (ear to nose) turned up from a level gaze toward the feet, in the room (the image's
   * horizontal, as the position checks use): 0 = eyes level (chin tucked), 90 = face to the ceiling,
   * beyond 90 = toward the head end. Against the torso the neck bends forward at a thrust's top even
   * when the chin lifts, so only the room shows the head tipping back.
   */
  headBackDeg: number;
}

/** The position gate: lying back (shoulders on the floor or a bench), knees bent, feet planted. */
export interface SupineGate {
  /** Knee angle (hip-knee-ankle, 3-D) at most this: bent knees. */
  maxKneeAngleDeg: number;
  /** Shoulder-to-ankle line within this of the image horizontal (lying, not standing). */
  maxBodyLineTiltDeg: number;
  /** Shin within this of pointing straight up in the image (feet planted, knees up). */
  maxShinFromUpDeg: number;
}

export const SUPINE_GATE: SupineGate = {
  // Measured (MediaPipe full, smoothed, camera-facing side): knee 3-D bridge 58-85, thrust 95-127,
  // push-up 128-165 (MediaPipe never reads a plank fully straight).
  maxKneeAngleDeg: 145, // >= 15 above every set-up measured; standing legs (~175) fail it. Not what stops push-ups: the shin check does
  // Measured shoulder-to-ankle tilt: bridge 0-2, thrust (shoulders on a box) 36-42; standing squat is ~70-90.
  maxBodyLineTiltDeg: 55, // ~15 clear of both the thrust and a squatting body
  // Measured shin from image-up: bridge 19-29, thrust 7-27, push-up 79-89 (shins along the floor).
  maxShinFromUpDeg: 55, // midway, ~25 clear of both; a kicked-up foot (donkey kick) reads ~180
};

// Measured per rep, median while held at the top (near side, smoothed). Hip extension past straight: clean
// bridge +3.1, +1.8, +2.2, +1.7, +3.2 (peaks +2.4..+4.1; the far, guessed side +5..+8); over-arched thrust
// +7.1, +13.8, +7.0, +13.5, +7.1, +13.6. The thrust clip is one 2-rep take looped (odd reps repeat one rep,
// even reps the other): in the odd take the hips sit ~6 px lower, in the silhouette as in the landmarks.
/** Hips this far past the straight shoulder-hip-knee line while held at the top: lumbar over-arch. */
export const SUPINE_OVERARCH_MIN_DEG = 5; // the labels' limit of a clean top (<= ~5); 1.8 above every clean reading, 2.0 below every over-arch

/** Lying on the back, the pelvis drops on one side. */
export const LEVEL_HIPS_CUE = 'Keep your hips level';

const IMAGE_UP = { x: 0, y: -1 };

export function measureSupine(body: Body, side: Side): SupineMeasurement {
  const joints = JOINTS[side];
  const ear = body.image(joints.ear);
  const nose = body.image(Landmark.nose);
  const shoulder = body.image(joints.shoulder);
  const hip = body.image(joints.hip);
  const knee = body.image(joints.knee);
  const ankle = body.image(joints.ankle);
  // The feet are on the floor, so the ankle marks the floor's side of the shoulder-knee line.
  const floorSide = sideOfLine(shoulder, knee, ankle);
  const hipOpening = angleAt2(hip, shoulder, knee);
  const hipAboveLine = floorSide !== 0 && sideOfLine(shoulder, knee, hip) === -floorSide;
  const levelTowardFeet = { x: Math.sign(knee.x - shoulder.x) || 1, y: 0 };
  return {
    hipAngleDeg: hipAboveLine ? 360 - hipOpening : hipOpening,
    kneeAngleDeg: angleAt3(body.world(joints.knee), body.world(joints.hip), body.world(joints.ankle)),
    bodyLineTiltDeg: tiltFromHorizontal(sub2(ankle, shoulder)),
    shinFromUpDeg: angleBetween2(sub2(knee, ankle), IMAGE_UP),
    // Image y points down, so turning from level toward up has the sign opposite levelTowardFeet.x.
    headBackDeg: -levelTowardFeet.x * signedAngle2(levelTowardFeet, sub2(nose, ear)),
  };
}

/**
 * Lying back with bent knees and planted feet. Push-up planks fail on shins
 * that lie along the floor (and usually on straight knees), squats on a
 * shoulder-to-ankle line that stands upright, kneeling kicks on a foot that
 * is not below its knee.
 */
export function isSupineSetup(m: SupineMeasurement, gate: SupineGate): boolean {
  return m.kneeAngleDeg <= gate.maxKneeAngleDeg && m.bodyLineTiltDeg <= gate.maxBodyLineTiltDeg && m.shinFromUpDeg <= gate.maxShinFromUpDeg;
}

export function createSupineModel(gate: SupineGate, config: AnalysisConfig): ExerciseModel {
  const sides = new CameraSideTracker(config.tracking);
  return {
    read(body, t): Reading {
      const side = sides.update(body);
      const { shoulder, hip, knee, ankle } = JOINTS[side];
      const status = landmarkStatus(body, [shoulder, hip, knee, ankle], config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = measureSupine(body, side);
      return {
        status: isSupineSetup(m, gate) ? 'ok' : 'not-in-position',
        sample: {
          t,
          angleDeg: m.hipAngleDeg,
          extensionDeg: m.hipAngleDeg - 180,
          headBackDeg: m.headBackDeg,
          hipLine: hipLine(body),
        },
      };
    },
  };
}
