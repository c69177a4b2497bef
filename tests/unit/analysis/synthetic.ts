/**
 * Synthetic pose sequences with known reps and faults. Bodies are built as
 * 3-D stick figures in metres (scene: X along the floor, Y up, Z toward the
 * camera), then projected like MediaPipe output: normalised image landmarks
 * (orthographic camera) and hip-centred world landmarks (x right, y down,
 * z away from the camera). Near-side landmarks get high visibility, the far
 * side a lower one, as in real side views.
 */
import type { PoseFrame } from '../../../src/analysis';
import { Landmark as L } from '../../../src/analysis';

export type Vec3 = [number, number, number];
/** Joint positions by BlazePose index; face and hand points are filled in from nose and wrists. */
export type Skeleton = Map<number, Vec3>;

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const rad = (deg: number): number => (deg * Math.PI) / 180;
/** Unit vector in the X-Y plane at `deg` from +X toward +Y. */
const dirXY = (deg: number): Vec3 => [Math.cos(rad(deg)), Math.sin(rad(deg)), 0];

/** Rotates v about a unit axis by deg (Rodrigues). */
function rotate(v: Vec3, axis: Vec3, deg: number): Vec3 {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  const [x, y, z] = axis;
  const dot = x * v[0] + y * v[1] + z * v[2];
  const cross: Vec3 = [y * v[2] - z * v[1], z * v[0] - x * v[2], x * v[1] - y * v[0]];
  return add(add(scale(v, c), scale(cross, s)), scale(axis, dot * (1 - c)));
}

/** Puts a left/right pair either side of a centre along a lateral offset. */
function pair(skeleton: Skeleton, left: number, right: number, centre: Vec3, leftOffset: Vec3): void {
  skeleton.set(left, add(centre, leftOffset));
  skeleton.set(right, add(centre, scale(leftOffset, -1)));
}

// ---------------------------------------------------------------- bodies

export interface SupinePose {
  /** Shoulder-hip-knee angle on the side away from the floor (180 = straight, above = over-arched). */
  hipAngleDeg: number;
  /** 0.1 lying on the floor (bridge), ~0.45 on a bench (thrust). */
  shoulderHeight?: number;
  /** Pelvis turned about the torso axis (left hip down). */
  pelvicDropDeg?: number;
  /** Face turned up from a level gaze toward the feet (0) to the ceiling (90); default 80, head resting on the floor. */
  headBackDeg?: number;
}

const TORSO = 0.5;
const THIGH = 0.45;
const SHIN = 0.45;

/** Upper intersection of circles (centre a, radius ra) and (centre b, radius rb) in the X-Y plane. */
function upperIntersection(a: Vec3, ra: number, b: Vec3, rb: number): Vec3 | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const d = Math.hypot(dx, dy);
  if (d > ra + rb || d < Math.abs(ra - rb)) return null;
  const along = (ra * ra - rb * rb + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, ra * ra - along * along));
  const mx = a[0] + (dx * along) / d;
  const my = a[1] + (dy * along) / d;
  const p1: Vec3 = [mx - (dy * h) / d, my + (dx * h) / d, 0];
  const p2: Vec3 = [mx + (dy * h) / d, my - (dx * h) / d, 0];
  return p1[1] >= p2[1] ? p1 : p2;
}

/**
 * Hip angle on the side away from the floor, as the analysis defines it: with
 * the head toward -X, the counter-clockwise sweep from the knee ray to the
 * shoulder ray passes over the top of the hip.
 */
function upperHipAngle(shoulder: Vec3, hip: Vec3, knee: Vec3): number {
  const toShoulder = Math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]);
  const toKnee = Math.atan2(knee[1] - hip[1], knee[0] - hip[0]);
  const sweep = ((toShoulder - toKnee) * 180) / Math.PI;
  return ((sweep % 360) + 360) % 360;
}

/**
 * Lying on the back, head toward -X, feet planted at a fixed ankle. The torso
 * pivots at the shoulder; the hip angle is reached by searching the torso tilt.
 */
export function supineSkeleton(pose: SupinePose): Skeleton {
  const shoulder: Vec3 = [0, pose.shoulderHeight ?? 0.1, 0];
  const ankle: Vec3 = [0.95, 0.08, 0];
  const place = (tiltDeg: number): { hip: Vec3; knee: Vec3 } | null => {
    const hip = add(shoulder, scale(dirXY(tiltDeg), TORSO));
    const knee = upperIntersection(hip, THIGH, ankle, SHIN);
    return knee ? { hip, knee } : null;
  };
  let best = { error: Infinity, tilt: 0 };
  for (let tilt = -70; tilt <= 60; tilt += 0.05) {
    const placed = place(tilt);
    if (!placed) continue;
    const error = Math.abs(upperHipAngle(shoulder, placed.hip, placed.knee) - pose.hipAngleDeg);
    if (error < best.error) best = { error, tilt };
  }
  const placed = place(best.tilt);
  if (!placed || best.error > 0.5) throw new Error(`hip angle ${pose.hipAngleDeg} not reachable`);
  const { hip, knee } = placed;
  const gaze = dirXY(pose.headBackDeg ?? 80); // the feet are toward +X
  const ear = add(shoulder, scale(rotate(gaze, [0, 0, 1], 90), 0.18)); // the neck runs from the shoulder to the crown's side of the face
  const skeleton: Skeleton = new Map();
  // Lying face up with the head toward -X puts the person's left side at -Z (away from the camera).
  const left: Vec3 = [0, 0, -1];
  pair(skeleton, L.leftShoulder, L.rightShoulder, shoulder, scale(left, 0.18));
  pair(skeleton, L.leftHip, L.rightHip, hip, rotate(scale(left, 0.1), dirXY(best.tilt), pose.pelvicDropDeg ?? 0));
  pair(skeleton, L.leftKnee, L.rightKnee, knee, scale(left, 0.1));
  pair(skeleton, L.leftAnkle, L.rightAnkle, ankle, scale(left, 0.1));
  pair(skeleton, L.leftHeel, L.rightHeel, add(ankle, [-0.04, -0.05, 0]), scale(left, 0.1));
  pair(skeleton, L.leftFootIndex, L.rightFootIndex, add(ankle, [0.15, -0.05, 0]), scale(left, 0.1));
  pair(skeleton, L.leftElbow, L.rightElbow, add(shoulder, [0.28, -0.05, 0]), scale(left, 0.22));
  pair(skeleton, L.leftWrist, L.rightWrist, add(shoulder, [0.55, -0.05, 0]), scale(left, 0.22));
  pair(skeleton, L.leftEar, L.rightEar, ear, scale(left, 0.07));
  skeleton.set(L.nose, add(ear, scale(gaze, 0.1)));
  return skeleton;
}

/**
 * A loaded bridge or thrust as the pose model sees it: the body at `hipAngleDeg` (and `extra`), the hands on a
 * bar across the hips (just above each hip), and the hip landmarks left where they rest at `shownHipAngleDeg`,
 * as when a weight plate hides the pelvis. `handsOnBar` false leaves the hands on the floor, for a control.
 */
export function loadedHipsSkeleton(hipAngleDeg: number, shownHipAngleDeg: number, extra: Omit<SupinePose, 'hipAngleDeg'>, handsOnBar = true): Skeleton {
  const skeleton = supineSkeleton({ hipAngleDeg, ...extra });
  const shown = supineSkeleton({ hipAngleDeg: shownHipAngleDeg, ...extra });
  for (const [hip, wrist] of [[L.leftHip, L.leftWrist], [L.rightHip, L.rightWrist]] as const) {
    if (handsOnBar) skeleton.set(wrist, add(skeleton.get(hip)!, [0, 0.06, 0]));
    skeleton.set(hip, shown.get(hip)!);
  }
  return skeleton;
}

/** Left-right pairs of BlazePose indices. */
const LEFT_RIGHT_PAIRS: [number, number][] = [
  [1, 4], [2, 5], [3, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16], [17, 18], [19, 20], [21, 22],
  [23, 24], [25, 26], [27, 28], [29, 30], [31, 32],
];

/**
 * The same movement done by a body in mirror image: reflected through the
 * vertical plane X = 0 with left and right swapped, which is again a real
 * body (e.g. lying on the other side, head at the other end).
 */
export function otherHanded(skeleton: Skeleton): Skeleton {
  const swapped = new Map<number, number>(LEFT_RIGHT_PAIRS.flatMap(([l, r]): [number, number][] => [[l, r], [r, l]]));
  return new Map([...skeleton].map(([index, [x, y, z]]) => [swapped.get(index) ?? index, [-x, y, z]]));
}

export interface ClamshellPose {
  /** Knee-hip-knee opening in the image. */
  openingDeg: number;
  /** Pelvis rolled backward (top hip away from the camera). */
  pelvisRollDeg?: number;
}

/** Lying on the right side facing the camera (+Z), head toward -X, left leg on top. */
export function clamshellSkeleton(pose: ClamshellPose): Skeleton {
  const skeleton: Skeleton = new Map();
  const hipMid: Vec3 = [0, 0.2, 0];
  const bottomKnee: Vec3 = [0.32, 0.1, 0.32];
  const bottomKneeDeg = (Math.atan2(bottomKnee[1] - hipMid[1], bottomKnee[0]) * 180) / Math.PI;
  const topKnee = add(hipMid, add(scale(dirXY(bottomKneeDeg + pose.openingDeg), 0.335), [0, 0, 0.32]));
  const up: Vec3 = [0, 1, 0]; // the person's left
  pair(skeleton, L.leftHip, L.rightHip, hipMid, rotate(scale(up, 0.1), [1, 0, 0], -(pose.pelvisRollDeg ?? 0)));
  pair(skeleton, L.leftShoulder, L.rightShoulder, [-0.5, 0.32, 0], scale(up, 0.13));
  skeleton.set(L.leftKnee, topKnee);
  skeleton.set(L.rightKnee, bottomKnee);
  pair(skeleton, L.leftAnkle, L.rightAnkle, [0.62, 0.15, 0], scale(up, 0.05));
  pair(skeleton, L.leftHeel, L.rightHeel, [0.65, 0.15, -0.03], scale(up, 0.05));
  pair(skeleton, L.leftFootIndex, L.rightFootIndex, [0.7, 0.15, 0.08], scale(up, 0.05));
  pair(skeleton, L.leftElbow, L.rightElbow, [-0.35, 0.32, 0.1], scale(up, 0.15));
  pair(skeleton, L.leftWrist, L.rightWrist, [-0.2, 0.3, 0.15], scale(up, 0.1));
  pair(skeleton, L.leftEar, L.rightEar, [-0.72, 0.38, -0.02], scale(up, 0.07));
  skeleton.set(L.nose, [-0.76, 0.38, 0.1]);
  return skeleton;
}

/** Push-up plank, prone, head toward -X; `shoulderHeight` 0.45 arms straight, ~0.15 at the bottom. */
export function pushUpSkeleton(shoulderHeight: number): Skeleton {
  const skeleton: Skeleton = new Map();
  const ankle: Vec3 = [1.45, 0.08, 0];
  const shoulder: Vec3 = [0, shoulderHeight, 0];
  const along = (k: number): Vec3 => add(scale(shoulder, 1 - k), scale(ankle, k));
  const left: Vec3 = [0, 0, 1]; // face down, head toward -X: the left side faces the camera
  const elbowBend = (0.45 - shoulderHeight) / 0.3; // 0 arms straight .. 1 chest near the floor
  pair(skeleton, L.leftShoulder, L.rightShoulder, shoulder, scale(left, 0.18));
  pair(skeleton, L.leftHip, L.rightHip, along(0.36), scale(left, 0.1));
  pair(skeleton, L.leftKnee, L.rightKnee, along(0.68), scale(left, 0.1));
  pair(skeleton, L.leftAnkle, L.rightAnkle, ankle, scale(left, 0.1));
  pair(skeleton, L.leftHeel, L.rightHeel, add(ankle, [0.05, 0.05, 0]), scale(left, 0.1));
  pair(skeleton, L.leftFootIndex, L.rightFootIndex, add(ankle, [-0.05, -0.07, 0]), scale(left, 0.1));
  pair(skeleton, L.leftElbow, L.rightElbow, [0.1 * elbowBend, shoulderHeight / 2 + 0.1 * elbowBend, 0], scale(left, 0.22));
  pair(skeleton, L.leftWrist, L.rightWrist, [0, 0.02, 0], scale(left, 0.22));
  pair(skeleton, L.leftEar, L.rightEar, add(shoulder, [-0.18, 0.04, 0]), scale(left, 0.07));
  skeleton.set(L.nose, add(shoulder, [-0.26, -0.03, 0]));
  return skeleton;
}

/** Standing squat facing +X; depth 0 standing .. 1 thighs about level. */
export function squatSkeleton(depth: number): Skeleton {
  const skeleton: Skeleton = new Map();
  const ankle: Vec3 = [0, 0.08, 0];
  const knee = add(ankle, scale(dirXY(90 - 35 * depth), SHIN)); // shin leans forward
  const hip = add(knee, scale(dirXY(90 + 95 * depth), THIGH)); // thigh swings back toward level
  const shoulder = add(hip, scale(dirXY(90 - 40 * depth), TORSO)); // torso leans forward
  const left: Vec3 = [0, 0, -1]; // facing +X: the right side faces the camera
  pair(skeleton, L.leftShoulder, L.rightShoulder, shoulder, scale(left, 0.18));
  pair(skeleton, L.leftHip, L.rightHip, hip, scale(left, 0.1));
  pair(skeleton, L.leftKnee, L.rightKnee, knee, scale(left, 0.1));
  pair(skeleton, L.leftAnkle, L.rightAnkle, ankle, scale(left, 0.1));
  pair(skeleton, L.leftHeel, L.rightHeel, add(ankle, [-0.05, -0.05, 0]), scale(left, 0.1));
  pair(skeleton, L.leftFootIndex, L.rightFootIndex, add(ankle, [0.15, -0.06, 0]), scale(left, 0.1));
  pair(skeleton, L.leftElbow, L.rightElbow, add(shoulder, [0.2, -0.2, 0]), scale(left, 0.22));
  pair(skeleton, L.leftWrist, L.rightWrist, add(shoulder, [0.45, -0.15, 0]), scale(left, 0.22));
  pair(skeleton, L.leftEar, L.rightEar, add(shoulder, [0.02, 0.2, 0]), scale(left, 0.07));
  skeleton.set(L.nose, add(shoulder, [0.12, 0.22, 0]));
  return skeleton;
}

/** On all fours facing +X, the near (right) leg kicking back and up with the knee bent; kick 0..1. */
export function donkeyKickSkeleton(kick: number): Skeleton {
  const skeleton: Skeleton = new Map();
  const hip: Vec3 = [0, 0.55, 0];
  const shoulder: Vec3 = [0.6, 0.58, 0];
  const right: Vec3 = [0, 0, 1];
  const thighDeg = -90 - 100 * kick; // from pointing down to back and a little up
  const kickKnee = add(add(hip, scale(right, 0.1)), scale(dirXY(thighDeg), THIGH));
  const kickAnkle = add(kickKnee, scale(dirXY(thighDeg - 90), SHIN)); // knee bent 90: kneeling shin points back, kicked sole turns up
  skeleton.set(L.rightHip, add(hip, scale(right, 0.1)));
  skeleton.set(L.leftHip, add(hip, scale(right, -0.1)));
  skeleton.set(L.rightKnee, kickKnee);
  skeleton.set(L.rightAnkle, kickAnkle);
  skeleton.set(L.rightHeel, add(kickAnkle, [0, 0.05, 0]));
  skeleton.set(L.rightFootIndex, add(kickAnkle, [0, 0.12, 0]));
  skeleton.set(L.leftKnee, [0, 0.05, -0.1]);
  skeleton.set(L.leftAnkle, [-0.42, 0.06, -0.1]);
  skeleton.set(L.leftHeel, [-0.45, 0.1, -0.1]);
  skeleton.set(L.leftFootIndex, [-0.5, 0.03, -0.1]);
  pair(skeleton, L.rightShoulder, L.leftShoulder, shoulder, scale(right, 0.18));
  pair(skeleton, L.rightElbow, L.leftElbow, add(shoulder, [0, -0.28, 0]), scale(right, 0.18));
  pair(skeleton, L.rightWrist, L.leftWrist, [0.6, 0.02, 0], scale(right, 0.18));
  pair(skeleton, L.rightEar, L.leftEar, add(shoulder, [0.2, 0.08, 0]), scale(right, 0.07));
  skeleton.set(L.nose, add(shoulder, [0.3, 0.02, 0]));
  return skeleton;
}

// ---------------------------------------------------------------- camera

export interface Camera {
  width: number;
  height: number;
  /** Flip the picture left-right (front cameras often do). */
  mirrored?: boolean;
  /** View the scene from its other end: the body turned 180° about the vertical, so the other side faces the camera. */
  turned?: boolean;
  /** Visibility of near-side points (far-side points get 60% of it). */
  visibility?: number;
  /** Scene point (metres, X and Y) shown mid-picture; default (0.4, 0.3) frames a body lying on the floor. */
  centre?: [number, number];
  /** Scale factor on the default ~1.6 m wide view. */
  zoom?: number;
}

export const LANDSCAPE: Camera = { width: 1280, height: 720 };

const FACE_POINTS = [1, 2, 3, 4, 5, 6, 9, 10];
const LEFT_HAND = [17, 19, 21];
const RIGHT_HAND = [18, 20, 22];

/** Every one of the 33 landmarks, with face and hand points borrowed from nose and wrists. */
function completeSkeleton(skeleton: Skeleton): Vec3[] {
  const at = (index: number): Vec3 => skeleton.get(index) ?? [0, 0, 0];
  return Array.from({ length: 33 }, (_, i) => {
    if (FACE_POINTS.includes(i)) return at(L.nose);
    if (LEFT_HAND.includes(i)) return at(L.leftWrist);
    if (RIGHT_HAND.includes(i)) return at(L.rightWrist);
    return at(i);
  });
}

/** Projects a skeleton to a PoseFrame as the camera sees it. */
export function project(skeleton: Skeleton, camera: Camera, t: number): PoseFrame {
  const points = completeSkeleton(skeleton).map(([x, y, z]): Vec3 => (camera.turned ? [-x, y, -z] : [x, y, z]));
  const hipLeft = points[L.leftHip] ?? [0, 0, 0];
  const hipRight = points[L.rightHip] ?? [0, 0, 0];
  const hipMid = scale(add(hipLeft, hipRight), 0.5);
  const pxPerMetre = 0.6 * (camera.zoom ?? 1) * Math.min(camera.width / 1.6, camera.height / 1.0);
  const [centreX, centreY] = camera.centre ?? [0.4, 0.3];
  const sceneCentre: Vec3 = [camera.turned ? -centreX : centreX, centreY, 0];
  const nearVisibility = camera.visibility ?? 0.99;
  const mirror = camera.mirrored ? -1 : 1;
  const image = new Float32Array(33 * 4);
  const world = new Float32Array(33 * 4);
  points.forEach(([x, y, z], i) => {
    const u = 0.5 + (mirror * (x - sceneCentre[0]) * pxPerMetre) / camera.width;
    const v = 0.5 - ((y - sceneCentre[1]) * pxPerMetre) / camera.height;
    const visibility = z >= hipMid[2] - 0.05 ? nearVisibility : 0.6 * nearVisibility;
    image.set([u, v, -z, visibility], i * 4);
    world.set([mirror * (x - hipMid[0]), -(y - hipMid[1]), -(z - hipMid[2]), visibility], i * 4);
  });
  return { t, width: camera.width, height: camera.height, image, world };
}

// ---------------------------------------------------------------- time

/** A value over time: straight-line keyframes [ms, value], eased in and out between them. */
export type Keyframes = [number, number][];

export function valueAt(keyframes: Keyframes, t: number): number {
  const first = keyframes[0];
  if (!first) throw new Error('no keyframes');
  if (t <= first[0]) return first[1];
  for (let i = 1; i < keyframes.length; i += 1) {
    const [t0, v0] = keyframes[i - 1] ?? first;
    const [t1, v1] = keyframes[i] ?? first;
    if (t <= t1) {
      const k = t1 === t0 ? 1 : (t - t0) / (t1 - t0);
      return v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos(Math.PI * k));
    }
  }
  return keyframes[keyframes.length - 1]?.[1] ?? first[1];
}

export function durationOf(keyframes: Keyframes): number {
  return keyframes[keyframes.length - 1]?.[0] ?? 0;
}

export interface RepPlan {
  reps: number;
  bottom: number;
  top: number;
  /** Start at the top instead of the bottom (the starting top must not count). */
  startAtTop?: boolean;
  riseMs?: number;
  holdMs?: number;
  lowerMs?: number;
  restMs?: number;
}

/** Keyframes for `reps` full reps: rest at the bottom, rise, hold at the top, lower. */
export function repKeyframes(plan: RepPlan): Keyframes {
  const { riseMs = 800, holdMs = 1000, lowerMs = 800, restMs = 700 } = plan;
  const frames: Keyframes = [];
  let t = 0;
  const at = (dt: number, value: number): void => {
    t += dt;
    frames.push([t, value]);
  };
  frames.push([0, plan.startAtTop ? plan.top : plan.bottom]);
  if (plan.startAtTop) {
    at(holdMs, plan.top);
    at(lowerMs, plan.bottom);
  }
  for (let rep = 0; rep < plan.reps; rep += 1) {
    at(restMs, plan.bottom);
    at(riseMs, plan.top);
    at(holdMs, plan.top);
    at(lowerMs, plan.bottom);
  }
  at(restMs, plan.bottom);
  return frames;
}

/** Seeded PRNG (mulberry32) with a Gaussian draw, so noisy tests are repeatable. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

/** Adds Gaussian jitter to every coordinate (sd in normalised image units; world gets ~1 cm per 0.005). */
export function jitter(frame: PoseFrame, sd: number, gaussian: () => number): PoseFrame {
  const shake = (values: Float32Array | null, amount: number): Float32Array | null =>
    values && values.map((value, i) => (i % 4 === 3 ? value : value + amount * gaussian()));
  return { ...frame, image: shake(frame.image, sd), world: shake(frame.world, sd * 2) };
}

export const FPS = 30;

/** Samples `pose(t)` at the frame rate for `durationMs` and projects each frame. */
export function sequence(durationMs: number, pose: (t: number) => Skeleton, camera: Camera = LANDSCAPE): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let i = 0; (i * 1000) / FPS <= durationMs; i += 1) {
    const t = Math.round((i * 1000) / FPS);
    frames.push(project(pose(t), camera, t));
  }
  return frames;
}

/** A bridge (or thrust with shoulderHeight) following hip-angle keyframes. */
export function supineSequence(keyframes: Keyframes, camera: Camera = LANDSCAPE, extra: Omit<SupinePose, 'hipAngleDeg'> = {}): PoseFrame[] {
  return sequence(durationOf(keyframes), (t) => supineSkeleton({ ...extra, hipAngleDeg: valueAt(keyframes, t) }), camera);
}

export function noPerson(t: number, camera: Camera = LANDSCAPE): PoseFrame {
  return { t, width: camera.width, height: camera.height, image: null, world: null };
}
