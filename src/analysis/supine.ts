/**
 * Glute bridge and hip thrust, filmed from the side: the person lies on the
 * back (shoulders on the floor or on a bench), knees bent, feet planted.
 * Measured on the body side that faces the camera, in aspect-corrected image
 * coordinates, so mirrored and portrait pictures read the same.
 */
import type { AnalysisConfig } from './config';
import { createGatedModel, type ExerciseModel } from './exercise-model';
import { angleAt2, angleAt3, angleBetween2, heightAboveLine, sideOfLine, signedAngle2, sub2, tiltFromHorizontal } from './geometry';
import { JOINTS, Landmark, type Body, type Point2, type Side } from './pose';
import { CameraSideTracker } from './tracking';

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
  /**
   * Shoulder-wrist-knee, read like hipAngleDeg, while the camera-side wrist is at the hips (HANDS_AT_HIPS_MAX_TORSOS):
   * hands holding a bar or a plate there (a loaded thrust or bridge) ride with the pelvis the weight hides;
   * null when the hand is elsewhere or not seen.
   */
  handsAngleDeg: number | null;
  /**
   * The hip's height above the shoulder-to-ankle line, in torso lengths, + toward the knees (away from the floor).
   * With the hips down it shows what the shoulders rest on: on the floor, shoulders, hips and feet lie in one line
   * (a bridge's bottom); on a bench the hips sink below the line from the shoulders to the feet (a thrust's).
   * A line and a point's side of it survive any camera's perspective, roll or distance, unlike the head's angle.
   */
  hipOverBodyLineTorsos: number;
}

/**
 * Where hands on a weight lie: within this many torso lengths of the hip. A barbell thrust's wrists read 0.07-0.42
 * from the hip the model places; hands on the bench beside the shoulders (the box thrust) 0.65-0.77, and near
 * the shoulder the angle at the wrist means nothing.
 */
const HANDS_AT_HIPS_MAX_TORSOS = 0.5;
/** The hand seen, by MediaPipe's own convention (below 0.5 a point is guessed). */
const HAND_MIN_VISIBILITY = 0.5;

/** What the shoulders rest on: the floor (bridges, marches) or a bench (the hip thrust). */
export type ShoulderSupport = 'floor' | 'bench';

/** The position gate: lying back (shoulders on the floor or a bench), knees bent, feet planted. */
export interface SupineGate {
  /** Where this exercise's shoulders rest, as the hips at the bottom show it (SettledSupine.hipsDownTorsos). */
  support: ShoulderSupport;
  /** Knee angle (hip-knee-ankle, 3-D) at most this: bent knees. */
  maxKneeAngleDeg: number;
  /** Shoulder-to-ankle line within this of the image horizontal (lying, not standing). */
  maxBodyLineTiltDeg: number;
  /** Shin within this of pointing straight up in the image (feet planted, knees up). */
  maxShinFromUpDeg: number;
  /**
   * Where the face may point (SupineMeasurement.headBackDeg) until the hips have been down in view: then the support
   * tells a bridge from a thrust, and the face need only be off the floor's side (FACE_DOWN_MAX_DEG). Until then
   * it tells a head resting on the floor (a bridge: face to the ceiling) from a head held up off a bench (a
   * thrust: looking toward the knees). Either way a face turned to the floor or the camera (lying on the side, on
   * all fours) is out.
   */
  faceUpDeg: { min: number; max: number };
  /**
   * The face and the support are judged over this long (their 10th percentiles, so a stray frame does not
   * decide): a thrust's head tips back at the top, which is the fault to catch, not a change of exercise, and the
   * support shows only at the bottoms.
   */
  settleWindowMs: number;
}

/** What the bridge and the thrust share of the gate: only the support and the face differ (see the two entries). */
export const SUPINE_GATE: Omit<SupineGate, 'faceUpDeg' | 'support'> = {
  // Measured (MediaPipe full, smoothed, camera-facing side): knee 3-D bridge 58-85, thrust 95-127,
  // push-up 128-165 (MediaPipe never reads a plank fully straight).
  maxKneeAngleDeg: 145, // >= 15 above every set-up measured; standing legs (~175) fail it. Not what stops push-ups: the shin check does
  // Measured shoulder-to-ankle tilt: bridge 0-2, thrust (shoulders on a box) 36-42; standing squat is ~70-90.
  maxBodyLineTiltDeg: 55, // ~15 clear of both the thrust and a squatting body
  // Measured shin from image-up: bridge 19-29, thrust 7-27, push-up 79-89 (shins along the floor).
  maxShinFromUpDeg: 55, // midway, ~25 clear of both; a kicked-up foot (donkey kick) reads ~180
  // A rep's lift, its 2-3 s squeeze at the top and the lowering: the window holds a bottom, where a thrust's chin is tucked.
  settleWindowMs: 4000,
};

// Face up from a level gaze (headBackDeg), every in-position frame of the shared clips, MediaPipe full and lite:
// bridges 61-94 (head on the floor), the frog pump's side shot 34-55 (head cut off at the edge, guessed), box thrust
// -1..+16, barbell thrust 9-34 (5th-95th percentile; the plate and the cuts add stray frames); clamshells
// -82..-118 and the side-lying leg lift -34..-148 (face toward the camera or the floor).
/**
 * Between a face to the ceiling (90) and a level gaze (0): a head resting on the floor faces up past it, a head
 * held up off a bench looks toward the knees below it. The two sides' nearest readings are 16 (bridges) and 11
 * (the barbell thrust's 95th percentile) away. A bridge with the head lifted to watch the hips, or a thrust with the
 * head thrown far back, reads as out of position: the hint says where the head goes.
 */
export const FACE_TO_CEILING_MIN_DEG = 45;
// The face as the gate settles it (10th percentile over the window, the bottoms' chin-tucked gaze): box thrust
// -2..+9, barbell thrust up to 25 (full), 14 (heavy), lite 39 at its 95th percentile (stray frames after the cuts);
// the frog pump's side shot, a bridge with the head lifted to watch the hips, 29-44; bridges with the head down >= 61.
/**
 * Until the hips show the support, a thrust needs the level gaze of a head held up off a bench: a head lifted to
 * watch the hips (between this and FACE_TO_CEILING_MIN_DEG) could be either, and waits for the hips at the bottom.
 */
export const LEVEL_GAZE_MAX_DEG = 30; // 5 above the full and heavy thrusts' settled faces; the frog pump reads 29-44
/** Face turned this far below a level gaze: toward the floor or the camera, so not lying on the back. */
export const FACE_DOWN_MAX_DEG = -20; // the box thrust's chin-tucked bottoms read >= -1; every side-lying frame <= -34

// Measured per rep, median while held at the top (near side, smoothed). Hip extension past straight: clean
// bridge +3.1, +1.8, +2.2, +1.7, +3.2 (peaks +2.4..+4.1; the far, guessed side +5..+8); over-arched thrust
// +7.1, +13.8, +7.0, +13.5, +7.1, +13.6. The thrust clip is one 2-rep take looped (odd reps repeat one rep,
// even reps the other): in the odd take the hips sit ~6 px lower, in the silhouette as in the landmarks.
/** Hips this far past the straight shoulder-hip-knee line while held at the top: lumbar over-arch. */
export const SUPINE_OVERARCH_MIN_DEG = 5; // the labels' limit of a clean top (<= ~5); 1.8 above every clean reading, 2.0 below every over-arch

/** Lying on the back, the pelvis drops on one side. */
export const LEVEL_HIPS_CUE = 'Keep your hips level';

const IMAGE_UP = { x: 0, y: -1 };

/** Shoulder-hip-knee on screen, read past 180 where the hip rises above the shoulder-knee line (an over-arch). */
export function hipAngleOnScreen(shoulder: Point2, hip: Point2, knee: Point2, ankle: Point2): number {
  // The feet are on the floor, so the ankle marks the floor's side of the shoulder-knee line.
  const floorSide = sideOfLine(shoulder, knee, ankle);
  const hipOpening = angleAt2(hip, shoulder, knee);
  const hipAboveLine = floorSide !== 0 && sideOfLine(shoulder, knee, hip) === -floorSide;
  return hipAboveLine ? 360 - hipOpening : hipOpening;
}

export function measureSupine(body: Body, side: Side): SupineMeasurement {
  const joints = JOINTS[side];
  const ear = body.image(joints.ear);
  const nose = body.image(Landmark.nose);
  const shoulder = body.image(joints.shoulder);
  const hip = body.image(joints.hip);
  const knee = body.image(joints.knee);
  const ankle = body.image(joints.ankle);
  const levelTowardFeet = { x: Math.sign(knee.x - shoulder.x) || 1, y: 0 };
  return {
    hipAngleDeg: hipAngleOnScreen(shoulder, hip, knee, ankle),
    kneeAngleDeg: angleAt3(body.world(joints.knee), body.world(joints.hip), body.world(joints.ankle)),
    bodyLineTiltDeg: tiltFromHorizontal(sub2(ankle, shoulder)),
    shinFromUpDeg: angleBetween2(sub2(knee, ankle), IMAGE_UP),
    // Image y points down, so turning from level toward up has the sign opposite levelTowardFeet.x.
    headBackDeg: -levelTowardFeet.x * signedAngle2(levelTowardFeet, sub2(nose, ear)),
    handsAngleDeg: handsAngle(body, side),
    hipOverBodyLineTorsos: heightAboveLine(shoulder, ankle, hip, knee) / Math.hypot(hip.x - shoulder.x, hip.y - shoulder.y),
  };
}

function handsAngle(body: Body, side: Side): number | null {
  const wristIndex = side === 'left' ? Landmark.leftWrist : Landmark.rightWrist;
  const joints = JOINTS[side];
  const [wrist, shoulder, hip, knee] = [body.image(wristIndex), body.image(joints.shoulder), body.image(joints.hip), body.image(joints.knee)];
  const torso = Math.hypot(shoulder.x - hip.x, shoulder.y - hip.y);
  const atHips = Math.hypot(wrist.x - hip.x, wrist.y - hip.y) <= HANDS_AT_HIPS_MAX_TORSOS * torso;
  if (body.visibility(wristIndex) < HAND_MIN_VISIBILITY || !atHips) return null;
  return hipAngleOnScreen(shoulder, wrist, knee, body.image(joints.ankle)); // the wrist standing in for the hip
}

/**
 * Lying back with bent knees and planted feet, on the support and with the head where the exercise puts them.
 * Push-up planks fail on shins that lie along the floor (and usually on straight knees), squats on a
 * shoulder-to-ankle line that stands upright, kneeling kicks on a foot that is not below its knee, side-lying and
 * all-fours positions on a face that turns to the floor or the camera, and a bridge and a thrust on each other's
 * support (or, before the hips have been down, head).
 */
export function isSupineSetup(m: SupineMeasurement, gate: SupineGate, settled: SettledSupine = settledOn(m)): boolean {
  return supineGateMisses(m, gate, settled).length === 0;
}

/** A check of the gate that a frame misses: which, what it read, and the limit it missed. */
export interface GateMiss {
  check: string;
  /** Degrees, or torso lengths for the support. */
  value: number;
  limit: string;
}

/** A frame's own readings as a settled one: what a single frame shows, with no support seen yet. */
function settledOn(m: SupineMeasurement): SettledSupine {
  return { faceUpDeg: m.headBackDeg, hipsDownTorsos: null };
}

/** What the hips at the bottom show the shoulders rest on; null where they have not been down or do not tell. */
export function shoulderSupport(settled: SettledSupine): ShoulderSupport | null {
  const height = settled.hipsDownTorsos;
  if (height === null) return null;
  return height >= FLOOR_HIPS_IN_LINE_MIN_TORSOS ? 'floor' : height <= BENCH_HIPS_BELOW_LINE_MAX_TORSOS ? 'bench' : null;
}

/** The face the gate asks for: the exercise's own range until the support shows, then only off the floor's side. */
function faceRange(gate: SupineGate, support: ShoulderSupport | null): { min: number; max: number } {
  return support === null ? gate.faceUpDeg : { min: FACE_DOWN_MAX_DEG, max: 180 };
}

/**
 * The gate's checks this measurement misses (none: in position); the robustness matrix reports them.
 * `settled`: the face and the support as RecentSupine settles them over the gate's window (a single frame's own by default).
 */
export function supineGateMisses(m: SupineMeasurement, gate: SupineGate, settled: SettledSupine = settledOn(m)): GateMiss[] {
  const support = shoulderSupport(settled);
  const face = faceRange(gate, support);
  const checks: { check: string; value: number; min?: number; max: number }[] = [
    { check: 'knee angle', value: m.kneeAngleDeg, max: gate.maxKneeAngleDeg },
    { check: 'body-line tilt', value: m.bodyLineTiltDeg, max: gate.maxBodyLineTiltDeg },
    { check: 'shin from up', value: m.shinFromUpDeg, max: gate.maxShinFromUpDeg },
    { check: 'face up', value: settled.faceUpDeg, min: face.min, max: face.max },
  ];
  const misses = checks.flatMap(({ check, value, min = -Infinity, max }) =>
    value < min ? [{ check, value, limit: `< ${min}` }] : value > max ? [{ check, value, limit: `> ${max}` }] : [],
  );
  return support === null || support === gate.support ? misses : [...misses, supportMiss(gate.support, settled.hipsDownTorsos!)];
}

/** The hips at the bottom showed the other support than the exercise's. */
function supportMiss(wanted: ShoulderSupport, hipsDownTorsos: number): GateMiss {
  const limit = wanted === 'bench' ? `> ${BENCH_HIPS_BELOW_LINE_MAX_TORSOS}` : `< ${FLOOR_HIPS_IN_LINE_MIN_TORSOS}`;
  return { check: `shoulders on the ${wanted} (hips at the bottom over the shoulder-ankle line)`, value: hipsDownTorsos, limit };
}

// The hip over the shoulder-ankle line while the hips are down (hip angle <= 145, the reps' bottom zone), lowest
// in each 4 s window (10th percentile), every shared clip, MediaPipe lite, full and heavy: the bridges (studio,
// home, group oblique; the frog pump's side shot) +0.01..+0.07 torso lengths, hips resting in line with the
// shoulders and feet; the box thrust -0.18..-0.24 and the barbell thrust -0.12..-0.34, hips sunk below it. Between
// the two the hips do not tell (the barbell thrust's far side, its pelvis hidden by the plate, reads -0.07..0 at
// the bottoms after the close-up): the face decides there, as before the hips were down.
/** Hips at the bottom at least this high over the shoulder-ankle line (torso lengths): in line, shoulders on the floor. */
const FLOOR_HIPS_IN_LINE_MIN_TORSOS = -0.04; // 0.05 below every bridge's reading
/** Hips at the bottom this far below the shoulder-ankle line or more: sunk below it, shoulders up on a bench. */
const BENCH_HIPS_BELOW_LINE_MAX_TORSOS = -0.11; // just above the barbell thrust's highest (-0.12), 0.07 above the box thrust's
/** The hips count as down (showing the support) at this hip angle or less: the reps' bottom zone. */
const HIPS_DOWN_MAX_DEG = 145;

/**
 * The hips show the support once they have been down this long: on its way down a thrust's hip crosses the line
 * (the box thrust's reads -0.03..-0.09 in its first 100 ms below 145, where the face still decides, and -0.11 and
 * lower after that), while the quickest bottoms measured, the frog pumps', rest 200-250 ms.
 */
const HIPS_DOWN_SETTLE_MS = 100;
/** Settled bottom frames needed in the window before the support decides, so a stray frame does not. */
const MIN_BOTTOM_FRAMES = 3;
/**
 * The hips show nothing of the support in this first stretch of a look at the person (the start, or after a cut):
 * the pose model is still finding the joints (heavy read the frog pump's side shot -0.36..-0.09 in the 200 ms
 * after its cut, full -0.01..0).
 */
const FIRST_FRAMES_MS = 300;

/** The face and the hips at the bottoms, each as low as it has been lately (RecentSupine). */
export interface SettledSupine {
  /** The face's 10th percentile over the window. */
  faceUpDeg: number;
  /** The hip over the shoulder-ankle line at the window's bottoms (10th percentile); null before the hips were down. */
  hipsDownTorsos: number | null;
}

/** The 10th percentile: the low end without a stray frame. */
function lowEnd(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.1)]!;
}

/**
 * How low the face and the hips at the bottoms have been over the gate's window. The low end, because the two
 * errors differ: a hip the pose model misplaces (hidden by a weight plate, on the far side) reads in line with
 * the shoulders and feet, while hips sunk below that line at the bottom are seen only where a bench holds the
 * shoulders up.
 */
export class RecentSupine {
  private readings: { t: number; faceUpDeg: number; hipsDownTorsos: number | null }[] = [];
  /** The first frame of this look at the person (the start, or the first after a cut). */
  private since: number | null = null;
  /** When the hips last went down; null while they are up. */
  private hipsDownSince: number | null = null;

  constructor(private readonly windowMs: number) {}

  update(t: number, m: SupineMeasurement): SettledSupine {
    const lookedFor = t - (this.since ??= t);
    this.readings = this.readings.filter((reading) => reading.t > t - this.windowMs);
    this.readings.push({ t, faceUpDeg: m.headBackDeg, hipsDownTorsos: this.bottomReading(t, m, lookedFor) });
    const bottoms = this.readings.flatMap((reading) => (reading.hipsDownTorsos === null ? [] : [reading.hipsDownTorsos]));
    return {
      faceUpDeg: lowEnd(this.readings.map((reading) => reading.faceUpDeg)),
      hipsDownTorsos: bottoms.length >= MIN_BOTTOM_FRAMES ? lowEnd(bottoms) : null,
    };
  }

  /** The hip over the line, where the hips are down and settled; null elsewhere. `lookedFor`: ms since this look began. */
  private bottomReading(t: number, m: SupineMeasurement, lookedFor: number): number | null {
    // The hips' height as counted: hands on a weight show where the hips it hides are (countedHipAngle).
    const { angleDeg, hipSeen } = countedHipAngle(m);
    this.hipsDownSince = angleDeg <= HIPS_DOWN_MAX_DEG ? (this.hipsDownSince ?? t) : null;
    const settled = this.hipsDownSince !== null && t - this.hipsDownSince >= HIPS_DOWN_SETTLE_MS;
    // Where the hands stand in for hidden hips, the hip landmark shows nothing of the line.
    return settled && hipSeen && lookedFor >= FIRST_FRAMES_MS ? m.hipOverBodyLineTorsos : null;
  }
}

/**
 * The hands on the hips read them this much higher than the pose model's hip: a weight there hides the pelvis
 * and the model places it low. On the barbell thrust (full, lite, heavy) the hands read a median 39-50° higher,
 * up to 64-74 (p95), and the hip landmark never passes 134° while the hands reach 165-198° at the tops. Hands on
 * the floor beside a bridge's hips (every bridge clip, the frog pump, all three models) never read above the hip:
 * at most +1°. 20 sits clear of both.
 */
const HIPS_HIDDEN_MIN_DEG = 20;

/** The hip angle to count on: the hands', where they show hips that a weight hides (hipSeen false), else the hip's. */
function countedHipAngle(m: SupineMeasurement): { angleDeg: number; hipSeen: boolean } {
  const hands = m.handsAngleDeg;
  if (hands !== null && hands - m.hipAngleDeg >= HIPS_HIDDEN_MIN_DEG) return { angleDeg: hands, hipSeen: false };
  return { angleDeg: m.hipAngleDeg, hipSeen: true };
}

export function createSupineModel(gate: SupineGate, config: AnalysisConfig): ExerciseModel {
  const sides = new CameraSideTracker(config.tracking);
  const recent = new RecentSupine(gate.settleWindowMs);
  let side: Side = 'left';
  return createGatedModel(
    {
      needed: (body) => {
        side = sides.update(body);
        const { ear, shoulder, hip, knee, ankle } = JOINTS[side];
        // The head too: where it rests (floor or bench) is what tells a bridge from a thrust.
        return [ear, Landmark.nose, shoulder, hip, knee, ankle];
      },
      measure: (body) => measureSupine(body, side),
      inPosition: (m, t) => isSupineSetup(m, gate, recent.update(t, m)),
      numbers: (m) => {
        const { angleDeg, hipSeen } = countedHipAngle(m);
        // The hands show how high the hips are, not whether the back arches past them: not judged then.
        return { angleDeg, extensionDeg: hipSeen ? m.hipAngleDeg - 180 : null, headBackDeg: m.headBackDeg };
      },
    },
    config,
  );
}
