/**
 * Standing exercises (Romanian deadlift, squat, lunge, step-up), filmed from the side or the front. Joint angles
 * are read in the world (3-D), so a hip or knee bend reads the same from any camera angle; what says "standing on
 * the feet", the view, and the faults only one view shows are read in the image, where the floor is down.
 */
import type { AnalysisConfig } from './config';
import { createGatedModel, type ExerciseModel } from './exercise-model';
import { angleAt2, angleAt3, angleBetween2, midpoint2, sideOfLine, signedAngle2, sub2 } from './geometry';
import { JOINTS, Landmark, otherSide, type Body, type Point2, type Side } from './pose';
import type { RepThresholds } from './rep-counter';
import type { StandingForm } from './standing-form';
import { CameraSideTracker } from './tracking';

const SIDES = ['left', 'right'] as const satisfies readonly Side[];
const IMAGE_UP = { x: 0, y: -1 };
const DEG_PER_RAD = 180 / Math.PI;

const FOOT: Record<Side, { heel: number; toe: number }> = {
  left: { heel: Landmark.leftHeel, toe: Landmark.leftFootIndex },
  right: { heel: Landmark.rightHeel, toe: Landmark.rightFootIndex },
};

/** Each leg's readings. */
export interface LegMeasurement {
  /** Shoulder-hip-knee, 3-D: ~170-180 standing, smaller as the hip bends. */
  hipAngleDeg: number;
  /** Hip-knee-ankle, 3-D: ~160-175 standing, smaller as the knee bends. */
  kneeAngleDeg: number;
  /** Ankle-to-knee from the image's up: 0 for a shin upright on its foot, 90 for one along the floor. */
  shinFromUpDeg: number;
  /** Knee-to-hip from the image's up: 0 for an upright thigh, 90 for a level one. */
  thighFromUpDeg: number;
  /**
   * The knee's shift toward the body's midline from above its ankle, across the image, in hip widths: + caving in,
   * - bowing out, ~0 over the foot. Seen from the front only; it does not depend on how the thigh is foreshortened.
   */
  kneeInward: number;
  /** Heel above its toes, degrees from level in the image (+ = heel up); only a side view shows it. */
  heelUpDeg: number;
}

export interface StandingMeasurement {
  legs: Record<Side, LegMeasurement>;
  /** Hip-midpoint to shoulder-midpoint from the image's up, signed: + toward the toes (forward), - away (back). */
  torsoTowardToesDeg: number;
  /** Nose above the lower ankle, in lengths of the longer leg (image): ~1.7-2 standing tall, ~1.2 hinged or squatting. */
  headAboveFeet: number;
  /** Hip-to-hip distance over the torso length, image: ~0.3-0.5 seen from the front, near 0 from the side. */
  hipGapToTorso: number;
  /** Ankle-to-ankle distance across the image over the hip-to-hip distance: ~1 feet hip-width apart, ~0 in one line. */
  ankleGapToHipGap: number;
  /** The knees' height apart in the image over the longer leg's length: ~0 side by side, ~0.5-0.8 in a lunge's split. */
  kneeHeightGap: number;
}

function length(v: Point2): number {
  return Math.hypot(v.x, v.y);
}

/** The knee's shift toward the midline from above its ankle, in hip widths (see LegMeasurement.kneeInward). */
function kneeInward(knee: Point2, ankle: Point2, hip: Point2, otherHip: Point2): number {
  const towardMidline = Math.sign(otherHip.x - hip.x);
  return ((knee.x - ankle.x) * towardMidline) / (Math.abs(otherHip.x - hip.x) || 1);
}

function measureLeg(body: Body, side: Side): LegMeasurement {
  const joints = JOINTS[side];
  const [hip, knee, ankle] = [body.image(joints.hip), body.image(joints.knee), body.image(joints.ankle)];
  const heelToToe = sub2(body.image(FOOT[side].toe), body.image(FOOT[side].heel));
  return {
    hipAngleDeg: angleAt3(body.world(joints.hip), body.world(joints.shoulder), body.world(joints.knee)),
    kneeAngleDeg: angleAt3(body.world(joints.knee), body.world(joints.hip), body.world(joints.ankle)),
    shinFromUpDeg: angleBetween2(sub2(knee, ankle), IMAGE_UP),
    thighFromUpDeg: angleBetween2(sub2(hip, knee), IMAGE_UP),
    kneeInward: kneeInward(knee, ankle, hip, body.image(JOINTS[otherSide(side)].hip)),
    // Image y points down: a heel above its toes has the toes further down the picture.
    heelUpDeg: Math.atan2(heelToToe.y, Math.abs(heelToToe.x)) * DEG_PER_RAD,
  };
}

/** Which way the toes point across the image: +1 right, -1 left (both feet's heel-to-toe, summed). */
function toesDirection(body: Body): number {
  const across = SIDES.reduce((sum, side) => sum + body.image(FOOT[side].toe).x - body.image(FOOT[side].heel).x, 0);
  return across < 0 ? -1 : 1;
}

export function measureStanding(body: Body): StandingMeasurement {
  const [leftHip, rightHip] = [body.image(Landmark.leftHip), body.image(Landmark.rightHip)];
  const hipMid = midpoint2(leftHip, rightHip);
  const torso = sub2(midpoint2(body.image(Landmark.leftShoulder), body.image(Landmark.rightShoulder)), hipMid);
  const hipGap = length(sub2(leftHip, rightHip));
  const lowerAnkleY = Math.max(body.image(Landmark.leftAnkle).y, body.image(Landmark.rightAnkle).y);
  const legLength = Math.max(
    ...SIDES.map((side) => {
      const { hip, knee, ankle } = JOINTS[side];
      return length(sub2(body.image(hip), body.image(knee))) + length(sub2(body.image(knee), body.image(ankle)));
    }),
  );
  // Turning the torso from up toward the toes: + when it leans the way the toes point.
  const lean = signedAngle2(IMAGE_UP, torso) * toesDirection(body);
  return {
    legs: { left: measureLeg(body, 'left'), right: measureLeg(body, 'right') },
    torsoTowardToesDeg: lean,
    headAboveFeet: (lowerAnkleY - body.image(Landmark.nose).y) / (legLength || 1),
    hipGapToTorso: hipGap / (length(torso) || 1),
    ankleGapToHipGap: Math.abs(body.image(Landmark.leftAnkle).x - body.image(Landmark.rightAnkle).x) / (hipGap || 1),
    kneeHeightGap: Math.abs(body.image(Landmark.leftKnee).y - body.image(Landmark.rightKnee).y) / (legLength || 1),
  };
}

/**
 * Hips past the straight shoulder-hip-knee line toward the toes, on the camera side, image (a side view): + the
 * hips pushed forward with the shoulders back, which is the lower back extending, as a bridge's over-arch is.
 */
export function hipExtensionDeg(body: Body, side: Side): number {
  const { shoulder, hip, knee } = JOINTS[side];
  const [s, h, k] = [body.image(shoulder), body.image(hip), body.image(knee)];
  const opening = angleAt2(h, s, k);
  const toes = { x: h.x + toesDirection(body), y: h.y };
  const hipTowardToes = sideOfLine(s, k, h) !== 0 && sideOfLine(s, k, h) === sideOfLine(s, k, toes);
  return hipTowardToes ? 180 - opening : opening - 180;
}

// Hip gap over torso length (image), every in-position frame: side views (squat, bridges, thrusts, push-up) 0.02-0.17,
// front and oblique views (lunge, band deadlift, clamshells) 0.30-0.55.
/** At or above this the camera is in front (or obliquely in front): the hips are seen side by side. */
export const FRONT_VIEW_MIN_HIP_GAP = 0.25; // between the two, ~0.08 clear of the side views' largest

export function seenFromFront(m: StandingMeasurement): boolean {
  return m.hipGapToTorso >= FRONT_VIEW_MIN_HIP_GAP;
}

/** Knee flexion over hip flexion, both legs' mean; 0 while the hips are not bent (upright). */
export function kneeToHipFlexion(m: StandingMeasurement): number {
  const hipFlexion = 180 - (m.legs.left.hipAngleDeg + m.legs.right.hipAngleDeg) / 2;
  const kneeFlexion = 180 - (m.legs.left.kneeAngleDeg + m.legs.right.kneeAngleDeg) / 2;
  return hipFlexion > 0 ? Math.max(0, kneeFlexion) / hipFlexion : 0;
}

/** The leg in front: its hip bends more (a lunge's front thigh is level, the back one near upright). */
export function frontLeg(m: StandingMeasurement): Side {
  return m.legs.left.hipAngleDeg <= m.legs.right.hipAngleDeg ? 'left' : 'right';
}

/** This frame's form, each reading only where the camera's view shows it. */
export function formOf(m: StandingMeasurement): StandingForm {
  const front = seenFromFront(m);
  return {
    kneeToHipFlexion: kneeToHipFlexion(m),
    kneeInward: front ? { left: m.legs.left.kneeInward, right: m.legs.right.kneeInward } : null,
    heelUpDeg: front ? null : Math.max(m.legs.left.heelUpDeg, m.legs.right.heelUpDeg),
    torsoForwardDeg: front ? null : m.torsoTowardToesDeg,
    stanceWidth: front ? m.ankleGapToHipGap : null,
    frontLeg: frontLeg(m),
  };
}

/** What every standing exercise's gate shares: on the feet, head up, not lying back. */
export interface OnTheFeetGate {
  /** Nose at least this many leg lengths above the lower ankle (StandingMeasurement.headAboveFeet). */
  minHeadAboveFeet: number;
  /** Nose at most this many leg lengths above the lower ankle: more, and the legs are too short for the body, so misplaced. */
  maxHeadAboveFeet: number;
  /** Torso leaning back (away from the toes) at most this far from upright. */
  maxLeanBackDeg: number;
}

// Head above the lower ankle in leg lengths, every frame with the body in the picture (MediaPipe full): standing
// clips 1.11-2.46 (5th percentiles >= 1.17; their lowest are the band deadlift's and the squat's bottoms); floor clips
// <= 1.01, except the box thrust (1.08-1.20: shoulders up on the box), which leans back.
// Torso toward the toes: the standing clips lean back at most 9.5 (the lunge; one garbled frame at the squat clip's end
// aside); the box thrust leans back 38-75.
export const ON_THE_FEET: OnTheFeetGate = {
  minHeadAboveFeet: 1.05, // between the floor's highest (1.01) and the standing clips' lowest (1.11)
  maxHeadAboveFeet: 3, // standing tall reads <= 2.46 (the lunge clip, full and lite 2.57); the squat clip's last frames (lite, a garbled pose) 3.5-4.3
  maxLeanBackDeg: 25, // a lean back past upright is a fault (checked at the top), not a change of exercise; a thrust's is >= 38
};

export function isOnTheFeet(m: StandingMeasurement, gate: OnTheFeetGate = ON_THE_FEET): boolean {
  return m.headAboveFeet >= gate.minHeadAboveFeet && m.headAboveFeet <= gate.maxHeadAboveFeet && m.torsoTowardToesDeg >= -gate.maxLeanBackDeg;
}

/**
 * One standing exercise's reading of a measurement: its movement angle and its own stance. The angle is a bend
 * (0 standing tall), so standing is the rep counter's rest and the deepest moment its peak: a rep's faults are
 * judged over the held deepest stretch, and it counts once the person is standing again (`standingReps`).
 */
export interface StandingMovement {
  angleDeg(m: StandingMeasurement): number;
  /**
   * The exercise's own stance, on top of being on the feet. `split`: the legs are split front and back with the
   * knees bent, read over the descent so far (SplitStanceWatch), not from this frame alone.
   */
  inStance(m: StandingMeasurement, split: boolean): boolean;
}

/** The landmarks a standing exercise reads: the whole body from the nose to the toes. */
const NEEDED = [
  Landmark.nose,
  ...SIDES.flatMap((side) => [JOINTS[side].shoulder, JOINTS[side].hip, JOINTS[side].knee, JOINTS[side].ankle, FOOT[side].heel, FOOT[side].toe]),
];

/**
 * A standing exercise's counting zones on its bend: the rep counts when the person is standing again, as a
 * coach (and the shared labels) count it, so a set stopped bent over does not count its last descent.
 */
export function standingReps(zones: Omit<RepThresholds, 'countAt'>): RepThresholds {
  return { ...zones, countAt: 'return' };
}

export function createStandingModel(movement: StandingMovement, config: AnalysisConfig): ExerciseModel {
  const sides = new CameraSideTracker(config.tracking);
  const stance = new SplitStanceWatch(config.tracking.maxGapMs);
  let side: Side = 'left';
  return createGatedModel(
    {
      needed: (body) => {
        side = sides.update(body);
        return NEEDED;
      },
      measure: measureStanding,
      inPosition: (m, t) => {
        const split = stance.update(m, t); // every frame, on the feet or not: the watch follows the whole descent
        return isOnTheFeet(m) && movement.inStance(m, split);
      },
      numbers: (m, body) => {
        const standingTall = hipBendDeg(m) <= STANDING_TALL_MAX_HIP_BEND_DEG;
        return {
          angleDeg: movement.angleDeg(m),
          extensionDeg: standingTall && !seenFromFront(m) ? hipExtensionDeg(body, side) : null,
          headBackDeg: null,
          standing: formOf(m),
        };
      },
    },
    config,
  );
}

/** Hip flexion, both legs' mean (3-D): 0 standing tall, ~90-110 at a hinge's or a squat's bottom. */
export function hipBendDeg(m: StandingMeasurement): number {
  return 180 - meanHipAngle(m);
}

/** Knee flexion, both legs' mean (3-D): ~5-20 standing, ~80-110 at a squat's or a lunge's bottom. */
export function kneeBendDeg(m: StandingMeasurement): number {
  return 180 - meanKneeAngle(m);
}

/**
 * The hips bent at most this much is standing tall: where a lean back shows (only there is the hip extension read).
 * The deadlift's standing readings bend 2-22; its counting zone ends at 30.
 */
const STANDING_TALL_MAX_HIP_BEND_DEG = 30;

export function meanHipAngle(m: StandingMeasurement): number {
  return (m.legs.left.hipAngleDeg + m.legs.right.hipAngleDeg) / 2;
}

export function meanKneeAngle(m: StandingMeasurement): number {
  return (m.legs.left.kneeAngleDeg + m.legs.right.kneeAngleDeg) / 2;
}

// Knee over hip flexion, every on-the-feet frame with the hips bent >= 60 (MediaPipe full): band deadlift 0.40-0.56,
// squat 0.71-0.94, lunge 1.61-1.76 (the back leg's knee bends while its hip opens).
/** A hinge bends the hips far more than the knees; past this it is a squat. */
export const HINGE_MAX_KNEE_TO_HIP = 0.63; // between the hinge's most (0.56) and the squat's least (0.71), 0.07 and 0.08 clear
/** Below this much hip flexion the ratio is noise (two small angles): standing tall is any standing exercise's top. */
const RATIO_FROM_HIP_FLEXION_DEG = 45; // a quarter of the way to the hinge's and the squat's bottoms (hip flexion 90-120)

// Left-right hip angle difference (3-D) with the knees bent (mean knee <= 120): squat 5-11.5, lunge 34-83 (5th
// percentile 46): a lunge's front hip bends while the back one stays open.
/** Hips bending this differently: the legs are split (a lunge or a step), not side by side. */
const SPLIT_MIN_HIP_DIFFERENCE_DEG = 25; // 13.5 above the squat's most, 9 below the lunge's least
/** The knees count as bent (for the split check) at or below this mean angle; standing tall both hips read alike. */
const KNEES_BENT_MAX_DEG = 130; // 20 below the top zones: well into a descent

// The knees' height apart in the image with the knees bent (mean knee <= 130), every shared standing clip, lite,
// full, heavy and tfjs: squat 0.04-0.05 (95th percentile 0.07-0.10; the close-up's cut-off legs excepted), band
// deadlift <= 0.07; lunge 0.53-0.63 (median; lite 0.15, where its 3-D hips read alike too). The picture shows what
// the world landmarks' depth can lose in a front view: a back knee lowered toward the floor.
/** Knees this far apart in height (leg lengths): one is lowered behind the other, the legs split. */
const SPLIT_MIN_KNEE_HEIGHT_GAP = 0.25; // 0.15 above every squat's 95th percentile, half the lunges' median

/** The legs are split front and back: the hips bend differently, or one knee is lowered well below the other. */
function legsSplit(m: StandingMeasurement): boolean {
  const hipsDiffer = Math.abs(m.legs.left.hipAngleDeg - m.legs.right.hipAngleDeg) >= SPLIT_MIN_HIP_DIFFERENCE_DEG;
  return hipsDiffer || m.kneeHeightGap >= SPLIT_MIN_KNEE_HEIGHT_GAP;
}

/** The legs split front and back with the knees bent, this frame alone. */
function splitWithKneesBent(m: StandingMeasurement): boolean {
  return meanKneeAngle(m) <= KNEES_BENT_MAX_DEG && legsSplit(m);
}

// Runs of split-legged frames without a break, knees bent (npx tsx over the evaluation's cache): the lunge clip's
// descents 433 and 534 ms before their bottoms (lite), 800 and 3133 ms (full, which reads the split throughout); the
// squat clip and the band deadlift not one split frame (full and lite).
/** Legs read split this long without a break, knees bent: the descent is a split-legged one. */
const SPLIT_SURE_MS = 200; // under half the lunges' shortest run; 6 frames at 30 fps, 3 at 7.5: a garbled frame or two cannot hold it

/**
 * The legs' split over the descent so far. Feet cannot go from front and back to side by side without the person
 * standing up (or stepping, which straightens the knees too), so once the legs have read split for SPLIT_SURE_MS
 * with the knees bent, they stay split until the knees straighten. Frame by frame, a front view's split can vanish:
 * lite reads a lunge's two hips and knees alike on some of its bottom frames (the depth lost), and those frames
 * alone would be a squat's.
 */
export class SplitStanceWatch {
  private splitSince: number | null = null;
  private sure = false;
  private lastT: number | null = null;

  /** `maxGapMs`: a longer break between frames starts the watch afresh (what happened in it was not seen). */
  constructor(private readonly maxGapMs: number) {}

  /** This frame's reading: split with the knees bent, by this frame or by the descent so far. */
  update(m: StandingMeasurement, t: number): boolean {
    if (this.lastT !== null && t - this.lastT > this.maxGapMs) this.restart();
    this.lastT = t;
    if (meanKneeAngle(m) > KNEES_BENT_MAX_DEG) {
      this.restart();
      return false;
    }
    const split = legsSplit(m);
    if (!split) this.splitSince = null;
    else if (this.splitSince === null) this.splitSince = t;
    if (this.splitSince !== null && t - this.splitSince >= SPLIT_SURE_MS) this.sure = true;
    return split || this.sure;
  }

  private restart(): void {
    this.splitSince = null;
    this.sure = false;
  }
}

/** A hip hinge: the hips bend far more than the knees (where they bend at all). */
export function isHinge(m: StandingMeasurement): boolean {
  return hipBendDeg(m) < RATIO_FROM_HIP_FLEXION_DEG || kneeToHipFlexion(m) <= HINGE_MAX_KNEE_TO_HIP;
}

/** A squat: both legs bend alike, the knees as much as a hinge's could not. `split`: see StandingMovement.inStance. */
export function isSquat(m: StandingMeasurement, split = splitWithKneesBent(m)): boolean {
  const hinged = hipBendDeg(m) >= RATIO_FROM_HIP_FLEXION_DEG && kneeToHipFlexion(m) <= HINGE_MAX_KNEE_TO_HIP;
  return !hinged && !split;
}

// Torso from upright, lunge clip: -9.5..+9.4 throughout; the squat's bottoms lean 32-45.
/** A lunge keeps the torso upright. */
const LUNGE_MAX_TORSO_DEG = 25; // 15 clear of the lunge's most, 7 below the squat's least

/** A lunge: the legs split (once the knees bend) under an upright torso. `split`: see StandingMovement.inStance. */
export function isLunge(m: StandingMeasurement, split = splitWithKneesBent(m)): boolean {
  const upright = Math.abs(m.torsoTowardToesDeg) <= LUNGE_MAX_TORSO_DEG;
  return upright && (meanKneeAngle(m) > KNEES_BENT_MAX_DEG || split);
}

/** The standing leg of a step-up stays straight while the leading knee bends: a squat or a lunge bends both. */
const STEP_UP_MIN_TRAILING_KNEE_DEG = 140; // the squat clip's and band deadlift's standing knees read 158-175; a lunge's back knee bends to 60-98

/**
 * A step-up led by `leading`: the other leg straight (standing, or hanging as the body rises onto the step), and
 * while the leading knee is bent, its hip bent too (the thigh lifted onto the step) and the other hip open. A lunge's
 * back leg bends the knee under an open hip, so led by the back leg a lunge's rise is refused even where its front
 * knee straightens first.
 */
export function isStepUp(m: StandingMeasurement, leading: Side): boolean {
  const [lead, trail] = [m.legs[leading], m.legs[otherSide(leading)]];
  const lifted = lead.kneeAngleDeg > KNEES_BENT_MAX_DEG || trail.hipAngleDeg - lead.hipAngleDeg >= SPLIT_MIN_HIP_DIFFERENCE_DEG;
  return trail.kneeAngleDeg >= STEP_UP_MIN_TRAILING_KNEE_DEG && lifted;
}
