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
import { JOINTS, type Body, type Side } from './pose';
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
   * Neck (shoulder to ear) against the torso: 0 = at right angles to the torso on its chest side
   * (head upright over a flat torso: chin tucked, eyes forward), 90 = in line with the torso
   * (eyes to the ceiling), beyond 90 = thrown back toward the floor.
   */
  headBackDeg: number;
}

const IMAGE_UP = { x: 0, y: -1 };

export function measureSupine(body: Body, side: Side): SupineMeasurement {
  const joints = JOINTS[side];
  const ear = body.image(joints.ear);
  const shoulder = body.image(joints.shoulder);
  const hip = body.image(joints.hip);
  const knee = body.image(joints.knee);
  const ankle = body.image(joints.ankle);
  // The feet are on the floor, so the ankle marks the floor's side of the shoulder-knee line.
  const floorSide = sideOfLine(shoulder, knee, ankle);
  const hipOpening = angleAt2(hip, shoulder, knee);
  const hipAboveLine = floorSide !== 0 && sideOfLine(shoulder, knee, hip) === -floorSide;
  // The torso points head-wards like knee-to-shoulder, so turning toward the floor has the sign opposite floorSide.
  const neckFromTorsoLine = -floorSide * signedAngle2(sub2(shoulder, hip), sub2(ear, shoulder));
  return {
    hipAngleDeg: hipAboveLine ? 360 - hipOpening : hipOpening,
    kneeAngleDeg: angleAt3(body.world(joints.knee), body.world(joints.hip), body.world(joints.ankle)),
    bodyLineTiltDeg: tiltFromHorizontal(sub2(ankle, shoulder)),
    shinFromUpDeg: angleBetween2(sub2(knee, ankle), IMAGE_UP),
    headBackDeg: 90 + neckFromTorsoLine,
  };
}

/**
 * Lying back with bent knees and planted feet. Push-up planks fail on shins
 * that lie along the floor (and usually on straight knees), squats on a
 * shoulder-to-ankle line that stands upright, kneeling kicks on a foot that
 * is not below its knee.
 */
export function isSupineSetup(m: SupineMeasurement, position: AnalysisConfig['position']): boolean {
  return (
    m.kneeAngleDeg <= position.maxKneeAngleDeg &&
    m.bodyLineTiltDeg <= position.maxBodyLineTiltDeg &&
    m.shinFromUpDeg <= position.maxShinFromUpDeg
  );
}

export function createSupineModel(config: AnalysisConfig): ExerciseModel {
  const sides = new CameraSideTracker(config.tracking);
  return {
    read(body, t): Reading {
      const side = sides.update(body);
      const { shoulder, hip, knee, ankle } = JOINTS[side];
      const status = landmarkStatus(body, [shoulder, hip, knee, ankle], config.tracking);
      if (status !== 'ok') return { status, sample: null };
      const m = measureSupine(body, side);
      return {
        status: isSupineSetup(m, config.position) ? 'ok' : 'not-in-position',
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
