/**
 * Synthetic bodies in the holds' positions (no shared clip kneels, sits or stretches), built like synthetic.ts's:
 * stick figures in metres (X along the floor, Y up, Z toward the camera), projected as MediaPipe would report them.
 * Each takes the change a test needs (a torso leaning, a knee bending, the hips sagging) so a check can be seen
 * to pass and to fail on the one thing it checks.
 */
import { Landmark as L, type Side } from '../../../src/analysis';
import { LANDSCAPE, project, type Camera, type Skeleton, type Vec3 } from './synthetic';
import type { PoseFrame } from '../../../src/analysis';

const rad = (deg: number): number => (deg * Math.PI) / 180;
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
/** `length` from `from` at `deg` from +X toward +Y. */
const toward = (from: Vec3, deg: number, length: number): Vec3 => add(from, [length * Math.cos(rad(deg)), length * Math.sin(rad(deg)), 0]);

interface Leg {
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
}

const SIDE_INDEX = {
  left: { shoulder: L.leftShoulder, elbow: L.leftElbow, wrist: L.leftWrist, hip: L.leftHip, knee: L.leftKnee, ankle: L.leftAnkle, heel: L.leftHeel, toe: L.leftFootIndex, ear: L.leftEar },
  right: { shoulder: L.rightShoulder, elbow: L.rightElbow, wrist: L.rightWrist, hip: L.rightHip, knee: L.rightKnee, ankle: L.rightAnkle, heel: L.rightHeel, toe: L.rightFootIndex, ear: L.rightEar },
};

/** One side's joints; the foot points `toeDeg` from its ankle. */
function setSide(skeleton: Skeleton, side: Side, joints: Leg & { shoulder: Vec3; elbow: Vec3; wrist: Vec3; ear: Vec3 }, toeDeg: number): void {
  const at = SIDE_INDEX[side];
  for (const key of ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'ear'] as const) skeleton.set(at[key], joints[key]);
  skeleton.set(at.heel, toward(joints.ankle, toeDeg + 180, 0.05));
  skeleton.set(at.toe, toward(joints.ankle, toeDeg, 0.15));
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * Moves each side's joints apart across the body (the shoulders 0.18, the rest 0.1), for a body filmed side-on
 * whose left is -Z: facing +X standing, or lying on the back with the head toward -X.
 */
function apart(skeleton: Skeleton): void {
  for (const side of ['left', 'right'] as const) {
    for (const key of ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'heel', 'toe', 'ear'] as const) {
      const index = SIDE_INDEX[side][key];
      const half = key === 'shoulder' ? 0.18 : 0.1;
      skeleton.set(index, add(skeleton.get(index)!, [0, 0, side === 'left' ? -half : half]));
    }
  }
}

export interface HalfKneeling {
  /** The torso leaning forward from upright, degrees. */
  leanDeg?: number;
  /** The back thigh from vertical, + forward (hips sitting back, no stretch), degrees. */
  backThighForwardDeg?: number;
  /** The back knee lifted off the floor, metres. */
  backKneeUp?: number;
}

/** Half-kneeling facing +X: `down` (the stretched side) kneels behind, the other foot is flat in front. */
export function halfKneelingSkeleton(down: Side, pose: HalfKneeling = {}): Skeleton {
  const skeleton: Skeleton = new Map();
  const backKnee: Vec3 = [-0.2, 0.05 + (pose.backKneeUp ?? 0), 0];
  const hip = toward(backKnee, 90 - (pose.backThighForwardDeg ?? 0), 0.45);
  const shoulder = toward(hip, 90 - (pose.leanDeg ?? 0), 0.5);
  const frontKnee = toward(hip, 0, 0.45);
  const frontAnkle: Vec3 = [frontKnee[0], 0.05, 0];
  const arms = { shoulder, elbow: toward(shoulder, -80, 0.28), wrist: toward(shoulder, -75, 0.5), ear: toward(shoulder, 90, 0.2) };
  // The back foot stays on the floor behind, wherever the knee is.
  const backAnkle: Vec3 = [backKnee[0] - Math.sqrt(0.45 ** 2 - (backKnee[1] - 0.05) ** 2), 0.05, 0];
  setSide(skeleton, down, { ...arms, hip, knee: backKnee, ankle: backAnkle }, 200);
  setSide(skeleton, other(down), { ...arms, hip, knee: frontKnee, ankle: frontAnkle }, 0);
  apart(skeleton);
  skeleton.set(L.nose, toward(arms.ear, 0, 0.1));
  return skeleton;
}

export interface LegRaise {
  /** The raised leg from the floor, degrees. */
  raiseDeg?: number;
  /** The raised knee bent, degrees. */
  kneeBendDeg?: number;
  /** The floor leg's knee bent up, degrees. */
  floorKneeBendDeg?: number;
}

/** Lying on the back, head toward -X (the person's left at -Z, as supineSkeleton), `raised` leg up. */
export function legRaiseSkeleton(raised: Side, pose: LegRaise = {}): Skeleton {
  const skeleton: Skeleton = new Map();
  const shoulder: Vec3 = [0, 0.1, 0];
  const hip: Vec3 = [0.5, 0.1, 0];
  const arms = { shoulder, elbow: [0.25, 0.05, 0] as Vec3, wrist: [0.5, 0.05, 0] as Vec3, ear: [-0.18, 0.12, 0] as Vec3 };
  const raiseDeg = pose.raiseDeg ?? 75;
  const upKnee = toward(hip, raiseDeg, 0.45);
  const floorKnee = toward(hip, pose.floorKneeBendDeg ?? 0, 0.45);
  setSide(skeleton, raised, { ...arms, hip, knee: upKnee, ankle: toward(upKnee, raiseDeg - (pose.kneeBendDeg ?? 0), 0.45) }, raiseDeg - 90);
  setSide(skeleton, other(raised), { ...arms, hip, knee: floorKnee, ankle: toward(floorKnee, -(pose.floorKneeBendDeg ?? 0), 0.45) }, 90);
  apart(skeleton);
  skeleton.set(L.nose, [-0.2, 0.22, 0]);
  return skeleton;
}

export interface FigureFour {
  /** Standing up instead of sitting. */
  standing?: boolean;
  /** The crossed ankle moved off the other knee, metres. */
  ankleOff?: number;
  /** How far the crossed knee drops out, degrees. */
  kneeOutDeg?: number;
}

/** Sitting facing the camera (+Z), `crossed` ankle on the other knee; the person's left is +X. */
export function figureFourSkeleton(crossed: Side, pose: FigureFour = {}): Skeleton {
  const skeleton: Skeleton = new Map();
  const x = (side: Side) => (side === 'left' ? 1 : -1);
  const hipY = pose.standing ? 0.9 : 0.5;
  for (const side of ['left', 'right'] as const) {
    const hip: Vec3 = [0.1 * x(side), hipY, 0];
    const shoulder: Vec3 = [0.18 * x(side), hipY + 0.5, -0.05];
    const floorKnee: Vec3 = pose.standing ? [0.1 * x(side), 0.47, 0.02] : [0.1 * x(side), 0.5, 0.45];
    const out = rad(pose.kneeOutDeg ?? 50);
    const knee: Vec3 = side === crossed && !pose.standing ? [hip[0] + x(side) * 0.45 * Math.sin(out), 0.55, 0.45 * Math.cos(out)] : floorKnee;
    const otherKnee: Vec3 = [0.1 * x(other(side)), 0.5, 0.45];
    const ankle: Vec3 = side === crossed && !pose.standing ? add(otherKnee, [x(side) * (0.05 + (pose.ankleOff ?? 0)), 0.08, -0.03]) : [floorKnee[0], 0.05, floorKnee[2]];
    setSide(skeleton, side, { shoulder, elbow: add(shoulder, [0.05 * x(side), -0.28, 0.1]), wrist: add(hip, [0.1 * x(side), 0, 0.3]), hip, knee, ankle, ear: [0.07 * x(side), hipY + 0.7, 0] }, 0);
    skeleton.set(SIDE_INDEX[side].toe, add(ankle, [0, -0.03, 0.15]));
    skeleton.set(SIDE_INDEX[side].heel, add(ankle, [0, -0.03, -0.05]));
  }
  skeleton.set(L.nose, [0, hipY + 0.68, 0.1]);
  return skeleton;
}

export interface SidePlank {
  /** The hips sagging toward the floor, metres. */
  sag?: number;
  /** Lying down on the forearm's side instead of propped up on it (elbow level with the shoulder). */
  flat?: boolean;
}

/** On the `down` side facing the camera (+Z), head toward -X, propped on the lower forearm. */
export function sidePlankSkeleton(down: Side, pose: SidePlank = {}): Skeleton {
  const skeleton: Skeleton = new Map();
  const ankle: Vec3 = [1.4, 0.1, 0];
  const shoulder: Vec3 = pose.flat ? [0, 0.2, 0] : [0, 0.45, 0];
  const along = (k: number): Vec3 => [shoulder[0] + (ankle[0] - shoulder[0]) * k, shoulder[1] + (ankle[1] - shoulder[1]) * k, 0];
  const hip = add(along(0.36), [0, -(pose.sag ?? 0), 0]);
  const knee = along(0.68);
  const lift = (side: Side, point: Vec3, half: number): Vec3 => add(point, [0, side === down ? -half : half, 0]);
  for (const side of ['left', 'right'] as const) {
    const s = lift(side, shoulder, 0.15);
    const elbow: Vec3 = side === down ? (pose.flat ? [-0.3, s[1], 0.05] : [0.02, 0.05, 0.05]) : add(s, [0.28, 0.02, 0.05]);
    setSide(skeleton, side, { shoulder: s, elbow, wrist: add(elbow, [-0.25, 0, 0.05]), hip: lift(side, hip, 0.1), knee: lift(side, knee, 0.06), ankle: lift(side, ankle, 0.05), ear: lift(side, [-0.2, shoulder[1] + 0.05, 0], 0.07) }, 0);
  }
  skeleton.set(L.nose, [-0.26, shoulder[1] + 0.05, 0.1]);
  return skeleton;
}

/** `skeleton(t)` filmed at 30 frames a second for `durationMs`, from `fromT`. */
export function still(skeleton: (t: number) => Skeleton, durationMs: number, camera: Camera = LANDSCAPE, fromT = 0): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let t = fromT; t <= fromT + durationMs; t += 1000 / 30) frames.push(project(skeleton(t), camera, Math.round(t)));
  return frames;
}
