/**
 * A virtual pinhole camera for recorded pose landmarks: films a recorded clip again from another angle, height,
 * tilt, distance or picture shape, so the analysis can be tried on views nobody filmed. Plus the perturbations a
 * real camera and pose model add: landmark noise, dropped frames, a lower frame rate.
 *
 * The scene is each frame's body as a 3-D point cloud in the recorded camera's space, in pixels at the hips'
 * depth. Its x and y come from the recorded image landmarks, so filming it again through the recorded camera gives
 * them back exactly (the identity view reproduces the recorded analysis). Its depth comes from the world
 * landmarks' z (metres) at the clip's pixels per metre: MediaPipe's image z is the same estimate (correlation 1.00
 * on every fixture) stretched ~3x, so it would make the body three times as deep as it is wide. The world landmarks
 * alone are no substitute for the image ones: they sit 13-24 px (rms) off them, enough to move the analysis (see
 * docs/accuracy-matrix.md).
 *
 * Pure: no files, no clock; the random perturbations take a seed.
 */
import { median } from '../../src/util/median';
import { LANDMARK_COUNT, LANDMARK_STRIDE, Landmark, type PoseFrame } from '../../src/analysis/pose';

/** Field of view across the picture's long side of the recorded and the virtual camera: a phone's main camera or a webcam reads 60-75. */
const FIELD_OF_VIEW_DEG = 66;

const RAD_PER_DEG = Math.PI / 180;

type Vec3 = [number, number, number];
type Matrix3 = [Vec3, Vec3, Vec3];

interface SceneFrame {
  t: number;
  /** 33 x [x, y, z] in the recorded camera's space, in pixels at the hips' depth; null = no person. */
  points: Float64Array | null;
  image: Float32Array | null;
  world: Float32Array | null;
}

export interface Scene {
  width: number;
  height: number;
  /** Focal length of the recorded camera, px. */
  focalPx: number;
  /** Median image-to-world scale at the hips, px per metre. */
  pxPerMetre: number;
  /** MediaPipe's image z over the depth the world landmarks give (both in px): how much it stretches depth. */
  imageZStretch: number;
  /** Centre of the box the body covers over the whole clip, at the hips' depth: what the camera turns around. */
  pivot: Vec3;
  frames: SceneFrame[];
}

export type Mirror = 'none' | 'picture' | 'person';

export interface View {
  /** The body turned about its vertical axis (the room's, with the recorded camera level): + brings the picture's right-hand end toward the camera. */
  yawDeg: number;
  /** The camera raised above the body centre and looking down at it, degrees above the horizontal. */
  elevationDeg: number;
  /** The camera tilted about its optical axis: + turns the picture's content clockwise. */
  rollDeg: number;
  /** 'recorded': the recorded camera's distance, aim and picture; else the body centred, filling that share of the picture's limiting side. */
  framing: 'recorded' | Framing;
  /** 'picture': the picture flipped left-right, the landmarks keep their labels; 'person': flipped, and labelled as the mirror image person (left and right swapped), as a model would see it. */
  mirror: Mirror;
}

export interface Framing {
  fill: number;
  width: number;
  height: number;
}

export const RECORDED_VIEW: View = { yawDeg: 0, elevationDeg: 0, rollDeg: 0, framing: 'recorded', mirror: 'none' };

const HIPS = [Landmark.leftHip, Landmark.rightHip] as const;

/** Left/right landmark pairs (eyes, ears, mouth, arms, hands, legs, feet). */
const LEFT_RIGHT_PAIRS: readonly (readonly [number, number])[] = [
  [1, 4], [2, 5], [3, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16], [17, 18], [19, 20], [21, 22], [23, 24],
  [25, 26], [27, 28], [29, 30], [31, 32],
];

function focalFor(width: number, height: number): number {
  return Math.max(width, height) / (2 * Math.tan((FIELD_OF_VIEW_DEG / 2) * RAD_PER_DEG));
}

function component(values: ArrayLike<number>, index: number, offset: number): number {
  return values[index * LANDMARK_STRIDE + offset] ?? Number.NaN;
}

/** Least-squares scale from the world landmarks' x, y (metres) to the image's (px, about the hip midpoint). */
function framePxPerMetre(frame: PoseFrame, image: Float32Array, world: Float32Array): number {
  const hipX = (component(image, HIPS[0], 0) + component(image, HIPS[1], 0)) / 2;
  const hipY = (component(image, HIPS[0], 1) + component(image, HIPS[1], 1)) / 2;
  let imageDotWorld = 0;
  let worldSquared = 0;
  for (let i = 0; i < LANDMARK_COUNT; i += 1) {
    const dx = (component(image, i, 0) - hipX) * frame.width;
    const dy = (component(image, i, 1) - hipY) * frame.height;
    const wx = component(world, i, 0);
    const wy = component(world, i, 1);
    imageDotWorld += dx * wx + dy * wy;
    worldSquared += wx * wx + wy * wy;
  }
  return imageDotWorld / worldSquared;
}

function withBody(frames: readonly PoseFrame[]): { frame: PoseFrame; image: Float32Array; world: Float32Array }[] {
  return frames.flatMap((frame) => (frame.image && frame.world ? [{ frame, image: frame.image, world: frame.world }] : []));
}

/**
 * Where the scene's body comes from: 'image' = the recorded image landmarks' x, y with the world landmarks' depth
 * (reproduces the recorded clip); 'world' = the world landmarks alone, placed at the recorded hips and scale (the
 * documented alternative that does not).
 */
export type SceneSource = 'image' | 'world';

/** Builds the 3-D scene of a recorded clip (all frames one picture size). */
export function sceneOf(frames: readonly PoseFrame[], source: SceneSource = 'image'): Scene {
  const bodies = withBody(frames);
  const first = bodies[0]?.frame;
  if (!first) throw new Error('A scene needs at least one frame with a body');
  const { width, height } = first;
  const focalPx = focalFor(width, height);
  const pxPerMetre = median(bodies.map(({ frame, image, world }) => framePxPerMetre(frame, image, world))) ?? Number.NaN;
  let imageDotWorld = 0;
  let worldSquared = 0;
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { image, world } of bodies) {
    for (let i = 0; i < LANDMARK_COUNT; i += 1) {
      const worldDepth = component(world, i, 2) * pxPerMetre;
      imageDotWorld += component(image, i, 2) * width * worldDepth;
      worldSquared += worldDepth * worldDepth;
      box.minX = Math.min(box.minX, component(image, i, 0) * width);
      box.maxX = Math.max(box.maxX, component(image, i, 0) * width);
      box.minY = Math.min(box.minY, component(image, i, 1) * height);
      box.maxY = Math.max(box.maxY, component(image, i, 1) * height);
    }
  }
  const toPoints = (image: Float32Array, world: Float32Array): Float64Array => {
    const points = new Float64Array(LANDMARK_COUNT * 3);
    const hipX = ((component(image, HIPS[0], 0) + component(image, HIPS[1], 0)) / 2) * width;
    const hipY = ((component(image, HIPS[0], 1) + component(image, HIPS[1], 1)) / 2) * height;
    for (let i = 0; i < LANDMARK_COUNT; i += 1) {
      const depth = focalPx + component(world, i, 2) * pxPerMetre;
      const u = source === 'image' ? component(image, i, 0) * width : hipX + component(world, i, 0) * pxPerMetre;
      const v = source === 'image' ? component(image, i, 1) * height : hipY + component(world, i, 1) * pxPerMetre;
      points[i * 3] = (u - width / 2) * (depth / focalPx);
      points[i * 3 + 1] = (v - height / 2) * (depth / focalPx);
      points[i * 3 + 2] = depth;
    }
    return points;
  };
  return {
    width,
    height,
    focalPx,
    pxPerMetre,
    imageZStretch: imageDotWorld / worldSquared,
    pivot: [(box.minX + box.maxX) / 2 - width / 2, (box.minY + box.maxY) / 2 - height / 2, focalPx],
    frames: frames.map((frame) => ({
      t: frame.t,
      points: frame.image && frame.world ? toPoints(frame.image, frame.world) : null,
      image: frame.image,
      world: frame.world,
    })),
  };
}

/** Distance from the recorded camera to the body centre, metres. */
export function recordedDistanceMetres(scene: Scene): number {
  return Math.hypot(...scene.pivot) / scene.pxPerMetre;
}

function multiply(a: Matrix3, b: Matrix3): Matrix3 {
  const row = (r: Vec3): Vec3 => [0, 1, 2].map((c) => r[0] * b[0][c]! + r[1] * b[1][c]! + r[2] * b[2][c]!) as Vec3;
  return [row(a[0]), row(a[1]), row(a[2])];
}

function apply(m: Matrix3, x: number, y: number, z: number): Vec3 {
  return [m[0][0] * x + m[0][1] * y + m[0][2] * z, m[1][0] * x + m[1][1] * y + m[1][2] * z, m[2][0] * x + m[2][1] * y + m[2][2] * z];
}

/** Camera axes: x right, y down, z away from the camera. */
function rotationOf(view: View): Matrix3 {
  const [cy, sy] = [Math.cos(view.yawDeg * RAD_PER_DEG), Math.sin(view.yawDeg * RAD_PER_DEG)];
  const [ce, se] = [Math.cos(view.elevationDeg * RAD_PER_DEG), Math.sin(view.elevationDeg * RAD_PER_DEG)];
  const [cr, sr] = [Math.cos(view.rollDeg * RAD_PER_DEG), Math.sin(view.rollDeg * RAD_PER_DEG)];
  // About the vertical: a point on the right (+x) comes closer (-z).
  const yaw: Matrix3 = [[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]];
  // Seen from above, what lies beyond the body centre (+z) rises in the picture (-y), what stands up from it (-y) comes closer.
  const elevation: Matrix3 = [[1, 0, 0], [0, ce, -se], [0, se, ce]];
  // Image y points down, so this turns the picture clockwise.
  const roll: Matrix3 = [[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]];
  return multiply(roll, multiply(elevation, yaw));
}

interface Placement {
  /** Where the body centre lands in the virtual camera's space. */
  target: Vec3;
  focalPx: number;
  width: number;
  height: number;
}

/** The body's rotated points, for every frame with a body. */
function rotatedFrames(scene: Scene, rotation: Matrix3): (Float64Array | null)[] {
  const [px, py, pz] = scene.pivot;
  return scene.frames.map(({ points }) => {
    if (!points) return null;
    const rotated = new Float64Array(points.length);
    for (let i = 0; i < LANDMARK_COUNT; i += 1) {
      const p = apply(rotation, points[i * 3]! - px, points[i * 3 + 1]! - py, points[i * 3 + 2]! - pz);
      rotated.set(p, i * 3);
    }
    return rotated;
  });
}

/** Share of the picture's width and height the body covers over the clip, and where the covered box is centred (px from the picture centre). */
function coverage(rotated: (Float64Array | null)[], placement: Placement): { fill: number; centre: [number, number] } {
  const [tx, ty, tz] = placement.target;
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const points of rotated) {
    if (!points) continue;
    for (let i = 0; i < LANDMARK_COUNT; i += 1) {
      const depth = points[i * 3 + 2]! + tz;
      const u = (placement.focalPx * (points[i * 3]! + tx)) / depth;
      const v = (placement.focalPx * (points[i * 3 + 1]! + ty)) / depth;
      box.minX = Math.min(box.minX, u);
      box.maxX = Math.max(box.maxX, u);
      box.minY = Math.min(box.minY, v);
      box.maxY = Math.max(box.maxY, v);
    }
  }
  return {
    fill: Math.max((box.maxX - box.minX) / placement.width, (box.maxY - box.minY) / placement.height),
    centre: [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2],
  };
}

/** Moves the camera (no turn) until the body's box is centred and fills the asked share: a few steps, as perspective makes fill a little non-linear in distance. */
function framed(rotated: (Float64Array | null)[], framing: Framing): Placement {
  const focalPx = focalFor(framing.width, framing.height);
  let placement: Placement = { target: [0, 0, focalPx], focalPx, width: framing.width, height: framing.height };
  for (let step = 0; step < 6; step += 1) {
    const { fill, centre } = coverage(rotated, placement);
    const [tx, ty, tz] = placement.target;
    placement = { ...placement, target: [tx - (centre[0] * tz) / focalPx, ty - (centre[1] * tz) / focalPx, (tz * fill) / framing.fill] };
  }
  return placement;
}

/** Which landmark each output landmark is read from. */
function labelSource(mirror: Mirror): number[] {
  const source = Array.from({ length: LANDMARK_COUNT }, (_, i) => i);
  if (mirror === 'person') {
    for (const [left, right] of LEFT_RIGHT_PAIRS) {
      source[left] = right;
      source[right] = left;
    }
  }
  return source;
}

/** The clip as the virtual camera would film it: image landmarks projected, world landmarks turned into its axes, visibility as recorded. */
export function film(scene: Scene, view: View): PoseFrame[] {
  const rotation = rotationOf(view);
  const rotated = rotatedFrames(scene, rotation);
  const placement: Placement =
    view.framing === 'recorded'
      ? { target: scene.pivot, focalPx: scene.focalPx, width: scene.width, height: scene.height }
      : framed(rotated, view.framing);
  const [tx, ty, tz] = placement.target;
  const { width, height, focalPx } = placement;
  const flip = view.mirror !== 'none';
  const source = labelSource(view.mirror);
  return scene.frames.map((frame, index) => {
    const points = rotated[index];
    if (!points || !frame.image || !frame.world) return { t: frame.t, width, height, image: null, world: null };
    const hipDepth = (points[HIPS[0] * 3 + 2]! + points[HIPS[1] * 3 + 2]!) / 2 + tz;
    const image = new Float32Array(LANDMARK_COUNT * LANDMARK_STRIDE);
    const world = new Float32Array(LANDMARK_COUNT * LANDMARK_STRIDE);
    for (let out = 0; out < LANDMARK_COUNT; out += 1) {
      const i = source[out]!;
      const depth = points[i * 3 + 2]! + tz;
      const x = (focalPx * (points[i * 3]! + tx)) / depth / width + 0.5;
      const y = (focalPx * (points[i * 3 + 1]! + ty)) / depth / height + 0.5;
      const z = (scene.imageZStretch * (depth - hipDepth) * (focalPx / hipDepth)) / width;
      image.set([flip ? 1 - x : x, y, z, component(frame.image, i, 3)], out * LANDMARK_STRIDE);
      const w = apply(rotation, component(frame.world, i, 0), component(frame.world, i, 1), component(frame.world, i, 2));
      world.set([flip ? -w[0] : w[0], w[1], w[2], component(frame.world, i, 3)], out * LANDMARK_STRIDE);
    }
    return { t: frame.t, width, height, image, world };
  });
}

/** The share of the picture the body fills in the recorded clip (its box over the whole clip). */
export function recordedFill(scene: Scene): number {
  const placement = { target: scene.pivot, focalPx: scene.focalPx, width: scene.width, height: scene.height };
  return coverage(rotatedFrames(scene, rotationOf(RECORDED_VIEW)), placement).fill;
}

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Largest side of the box the landmarks cover, in the units of the two components given. */
function bodySize(values: Float32Array, scaleX: number, scaleY: number): number {
  const xs = Array.from({ length: LANDMARK_COUNT }, (_, i) => component(values, i, 0) * scaleX);
  const ys = Array.from({ length: LANDMARK_COUNT }, (_, i) => component(values, i, 1) * scaleY);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Independent Gaussian noise on every landmark, its standard deviation this share of the body's size in the frame (image px; world metres, x, y and z). */
export function withNoise(frames: readonly PoseFrame[], share: number, seed: number): PoseFrame[] {
  const random = seededRandom(seed);
  return frames.map((frame) => {
    if (!frame.image || !frame.world) return frame;
    const image = Float32Array.from(frame.image);
    const world = Float32Array.from(frame.world);
    const imageSigma = share * bodySize(frame.image, frame.width, frame.height);
    const worldSigma = share * bodySize(frame.world, 1, 1);
    for (let i = 0; i < LANDMARK_COUNT; i += 1) {
      const at = i * LANDMARK_STRIDE;
      image[at] = image[at]! + (gaussian(random) * imageSigma) / frame.width;
      image[at + 1] = image[at + 1]! + (gaussian(random) * imageSigma) / frame.height;
      for (let c = 0; c < 3; c += 1) world[at + c] = world[at + c]! + gaussian(random) * worldSigma;
    }
    return { ...frame, image, world };
  });
}

/** Each frame lost with this probability (the camera or the model skipped it). */
export function withRandomDrops(frames: readonly PoseFrame[], share: number, seed: number): PoseFrame[] {
  const random = seededRandom(seed);
  return frames.filter(() => random() >= share);
}

/** Every `everyMs`, the last `burstMs` of frames lost (a stall: the first burst ends `everyMs` into the clip). */
export function withDropBursts(frames: readonly PoseFrame[], burstMs: number, everyMs: number): PoseFrame[] {
  const start = frames[0]?.t ?? 0;
  return frames.filter((frame) => (frame.t - start) % everyMs < everyMs - burstMs);
}

/** The frames an analysis running at `fps` would take: the first frame of each 1/fps slot, timestamps kept. */
export function subsampled(frames: readonly PoseFrame[], fps: number): PoseFrame[] {
  const start = frames[0]?.t ?? 0;
  const periodMs = 1000 / fps;
  // Recorded timestamps are whole ms: half a ms of slack keeps a 30 fps clip whole at 30.
  let lastSlot = -1;
  return frames.filter((frame) => {
    const slot = Math.floor((frame.t - start + 0.5) / periodMs);
    if (slot <= lastSlot) return false;
    lastSlot = slot;
    return true;
  });
}
