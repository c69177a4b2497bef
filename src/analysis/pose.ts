/**
 * Input contract with the pose worker, and typed access to its landmarks.
 * The worker produces one PoseFrame per video frame; everything else in this
 * module only reads landmarks through the helpers below.
 */

export interface PoseFrame {
  /** Monotonic timestamp, integer ms. */
  t: number;
  /** Source image width in px (for aspect correction). */
  width: number;
  /** Source image height in px. */
  height: number;
  /** 33 landmarks * [x, y, z, visibility]; x, y normalised 0..1 in the image; null = no person detected. */
  image: Float32Array | null;
  /** 33 landmarks * [x, y, z, visibility] in metres, hip-centred (MediaPipe world landmarks); null = no person. */
  world: Float32Array | null;
  /**
   * The other people the model found, where it was asked for more than one (`image` and `world` are the one it
   * listed first, which need not be the one exercising): see people.ts.
   */
  others?: readonly Person[];
}

/** One more person in a frame: their landmarks, as PoseFrame's `image` and `world`. */
export interface Person {
  image: Float32Array;
  world: Float32Array | null;
}

/** MediaPipe BlazePose landmark indices used by the analysis ("left" = the person's left). */
export const Landmark = {
  nose: 0,
  leftEar: 7,
  rightEar: 8,
  leftShoulder: 11,
  rightShoulder: 12,
  leftElbow: 13,
  rightElbow: 14,
  leftWrist: 15,
  rightWrist: 16,
  leftHip: 23,
  rightHip: 24,
  leftKnee: 25,
  rightKnee: 26,
  leftAnkle: 27,
  rightAnkle: 28,
  leftHeel: 29,
  rightHeel: 30,
  leftFootIndex: 31,
  rightFootIndex: 32,
} as const;

export const LANDMARK_COUNT = 33;
/** Values per landmark in the flat arrays: x, y, z, visibility. */
export const LANDMARK_STRIDE = 4;

export type Side = 'left' | 'right';

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** The joints of one body side that the analysis reads. */
export interface SideJoints {
  ear: number;
  shoulder: number;
  hip: number;
  knee: number;
  ankle: number;
}

export const JOINTS: Record<Side, SideJoints> = {
  left: {
    ear: Landmark.leftEar,
    shoulder: Landmark.leftShoulder,
    hip: Landmark.leftHip,
    knee: Landmark.leftKnee,
    ankle: Landmark.leftAnkle,
  },
  right: {
    ear: Landmark.rightEar,
    shoulder: Landmark.rightShoulder,
    hip: Landmark.rightHip,
    knee: Landmark.rightKnee,
    ankle: Landmark.rightAnkle,
  },
};

export interface Point2 {
  x: number;
  y: number;
}

export interface Point3 extends Point2 {
  z: number;
}

/** Whether a landmark array has the expected 33 * 4 values. */
export function isCompleteLandmarkArray(values: Float32Array | null): values is Float32Array {
  return values !== null && values.length === LANDMARK_COUNT * LANDMARK_STRIDE;
}

/** Read-only view of one detected body, in the units the analysis measures in. */
export interface Body {
  /**
   * Image landmark in pixel-proportional units (x scaled by width/height), so
   * image angles are the angles a person sees on screen at any aspect ratio.
   */
  image(index: number): Point2;
  /** Normalised image position (0..1), for "is it inside the picture" checks. */
  normalised(index: number): Point2;
  /** World landmark in metres, hip-centred. */
  world(index: number): Point3;
  visibility(index: number): number;
}

/** Wraps a frame's landmark arrays; null when no complete body was detected. */
export function bodyOf(frame: PoseFrame): Body | null {
  const { image, world } = frame;
  if (!isCompleteLandmarkArray(image) || !isCompleteLandmarkArray(world) || frame.height <= 0) return null;
  const aspect = frame.width / frame.height;
  const read = (values: Float32Array, index: number, component: number): number =>
    values[index * LANDMARK_STRIDE + component] ?? Number.NaN;
  return {
    image: (index) => ({ x: read(image, index, 0) * aspect, y: read(image, index, 1) }),
    normalised: (index) => ({ x: read(image, index, 0), y: read(image, index, 1) }),
    world: (index) => ({ x: read(world, index, 0), y: read(world, index, 1), z: read(world, index, 2) }),
    visibility: (index) => read(image, index, 3),
  };
}
