/**
 * Glute marches and single-leg bridges made from real bridge landmarks (tests/fixtures), for the two exercises
 * no real clip shows. Each change moves landmarks as a body would move, in the image and the world alike: a leg
 * lifts by turning its knee, ankle, heel and toes about its hip (in the image plane, which a side view shows the
 * leg moving in, and in the world about the hip-to-hip axis); the pelvis tilts by turning one hip, with its leg,
 * about the other hip around the body's long axis, toward the floor. Everything else stays the real recording,
 * its noise included.
 */
import { bodyOf, JOINTS, Landmark, LANDMARK_STRIDE, otherSide, type PoseFrame, type Side } from '../../src/analysis/pose';
import { measureSupine } from '../../src/analysis/supine';

type Vec3 = [number, number, number];

const LEG: Record<Side, readonly number[]> = {
  left: [Landmark.leftKnee, Landmark.leftAnkle, Landmark.leftHeel, Landmark.leftFootIndex],
  right: [Landmark.rightKnee, Landmark.rightAnkle, Landmark.rightHeel, Landmark.rightFootIndex],
};

const rad = (deg: number): number => (deg * Math.PI) / 180;
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: Vec3): Vec3 => scale(a, 1 / (Math.hypot(...a) || 1));

/** Turns v about a unit axis by deg (Rodrigues). */
function rotate(v: Vec3, axis: Vec3, deg: number): Vec3 {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  const cross: Vec3 = [axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2], axis[0] * v[1] - axis[1] * v[0]];
  return add(add(scale(v, c), scale(cross, s)), scale(axis, dot(axis, v) * (1 - c)));
}

/** A frame's landmarks as editable points: the image in aspect-corrected units (angles as seen), the world in metres. */
class EditableFrame {
  private readonly image: Float32Array;
  private readonly world: Float32Array;
  private readonly aspect: number;

  constructor(private readonly frame: PoseFrame) {
    if (!frame.image || !frame.world) throw new Error(`frame at ${frame.t} ms has no body`);
    this.image = Float32Array.from(frame.image);
    this.world = Float32Array.from(frame.world);
    this.aspect = frame.width / frame.height;
  }

  imagePoint(index: number): Vec3 {
    const at = index * LANDMARK_STRIDE;
    return [this.image[at]! * this.aspect, this.image[at + 1]!, this.image[at + 2]!];
  }

  worldPoint(index: number): Vec3 {
    const at = index * LANDMARK_STRIDE;
    return [this.world[at]!, this.world[at + 1]!, this.world[at + 2]!];
  }

  setImage(index: number, [x, y, z]: Vec3): void {
    this.image.set([x / this.aspect, y, z], index * LANDMARK_STRIDE);
  }

  setWorld(index: number, point: Vec3): void {
    this.world.set(point, index * LANDMARK_STRIDE);
  }

  /** Image units per metre (image x and y follow world x and y), from the left shoulder-to-hip length. */
  imagePerMetre(): number {
    const { shoulder, hip } = JOINTS.left;
    const image = sub(this.imagePoint(shoulder), this.imagePoint(hip));
    const world = sub(this.worldPoint(shoulder), this.worldPoint(hip));
    return Math.hypot(image[0], image[1]) / Math.hypot(world[0], world[1]);
  }

  result(): PoseFrame {
    return { ...this.frame, image: this.image, world: this.world };
  }
}

/** The sign of a turn of `point` about `pivot` that raises it (y falls, image and world alike): a hip flexing lifts the knee. */
function raising(pivot: Vec3, point: Vec3, axis: Vec3): 1 | -1 {
  return rotate(sub(point, pivot), axis, 1)[1] < point[1] - pivot[1] ? 1 : -1;
}

/**
 * The leg's knee, ankle, heel and toes turned `deg` about its hip, the knee rising toward the chest (0 = as
 * recorded; the recorded thigh is below vertical, so rising is the way to the chest).
 */
export function liftLeg(frame: PoseFrame, leg: Side, deg: number): PoseFrame {
  if (deg === 0) return frame;
  const edit = new EditableFrame(frame);
  const { hip, knee } = JOINTS[leg];
  const imageAxis: Vec3 = [0, 0, 1];
  const worldAxis = unit(sub(edit.worldPoint(Landmark.leftHip), edit.worldPoint(Landmark.rightHip)));
  const imageHip = edit.imagePoint(hip);
  const worldHip = edit.worldPoint(hip);
  const imageSign = raising(imageHip, edit.imagePoint(knee), imageAxis);
  const worldSign = raising(worldHip, edit.worldPoint(knee), worldAxis);
  for (const index of LEG[leg]) {
    const [x, y] = rotate(sub(edit.imagePoint(index), imageHip), imageAxis, imageSign * deg);
    edit.setImage(index, [imageHip[0] + x, imageHip[1] + y, edit.imagePoint(index)[2]]);
    edit.setWorld(index, add(worldHip, rotate(sub(edit.worldPoint(index), worldHip), worldAxis, worldSign * deg)));
  }
  return edit.result();
}

/**
 * The pelvis tilted `deg` down on `side`: that hip, with its leg, turned about the other hip around the body's
 * long axis (shoulders to hips, square to the hip line) so it moves toward the floor (world +y, the image's down).
 */
export function tiltPelvis(frame: PoseFrame, side: Side, deg: number): PoseFrame {
  if (deg === 0) return frame;
  const edit = new EditableFrame(frame);
  const moved = JOINTS[side].hip;
  const pivot = edit.worldPoint(JOINTS[otherSide(side)].hip);
  const hipLine = unit(sub(edit.worldPoint(moved), pivot));
  const shoulderMid = scale(add(edit.worldPoint(Landmark.leftShoulder), edit.worldPoint(Landmark.rightShoulder)), 0.5);
  const toShoulders = sub(shoulderMid, pivot);
  const longAxis = unit(sub(toShoulders, scale(hipLine, dot(toShoulders, hipLine))));
  const arm = sub(edit.worldPoint(moved), pivot);
  const [down, up] = [rotate(arm, longAxis, deg), rotate(arm, longAxis, -deg)];
  const shift = sub(add(pivot, down[1] > up[1] ? down : up), edit.worldPoint(moved));
  const perMetre = edit.imagePerMetre();
  for (const index of [moved, ...LEG[side]]) {
    edit.setWorld(index, add(edit.worldPoint(index), shift));
    const [x, y, z] = edit.imagePoint(index);
    edit.setImage(index, [x + shift[0] * perMetre, y + shift[1] * perMetre, z]);
  }
  return edit.result();
}

/** Both hips (and nothing else) lowered `metres` toward the floor (raised, for less than 0): the hips sagging out of the bridge. */
export function sagHips(frame: PoseFrame, metres: number): PoseFrame {
  if (metres === 0) return frame;
  const edit = new EditableFrame(frame);
  const perMetre = edit.imagePerMetre();
  for (const index of [Landmark.leftHip, Landmark.rightHip]) {
    edit.setWorld(index, add(edit.worldPoint(index), [0, metres, 0]));
    const [x, y, z] = edit.imagePoint(index);
    edit.setImage(index, [x, y + metres * perMetre, z]);
  }
  return edit.result();
}

/** The bridge's hip angle on the recorded near side (the camera side of the fixture), unsmoothed; null without a body. */
export function recordedHipAngle(frame: PoseFrame, nearSide: Side): number | null {
  const body = bodyOf(frame);
  return body ? measureSupine(body, nearSide).hipAngleDeg : null;
}

/** The longest unbroken stretch of frames at a bridge top (hip angle at least `topMinDeg`). */
export function heldTop(frames: readonly PoseFrame[], nearSide: Side, topMinDeg = 175): PoseFrame[] {
  let best: PoseFrame[] = [];
  let run: PoseFrame[] = [];
  for (const frame of frames) {
    const angle = recordedHipAngle(frame, nearSide);
    run = angle !== null && angle >= topMinDeg ? [...run, frame] : [];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** `count` frames of the held top, played forward and back (a still body stays still), `frameMs` apart from t = 0. */
export function holdFor(top: readonly PoseFrame[], count: number, frameMs: number): PoseFrame[] {
  if (top.length < 2) throw new Error('a held top needs at least two frames');
  const period = 2 * (top.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const phase = i % period;
    const frame = top[phase < top.length ? phase : period - phase]!;
    return { ...frame, t: Math.round(i * frameMs) };
  });
}

export interface MarchStep {
  leg: Side;
  /** How far the thigh turns up, degrees. */
  liftDeg: number;
  /** Pelvis tilted down on the lifted side at the height of the lift, degrees (grows with the lift). */
  tiltDeg?: number;
  /** Hips lowered at the height of the lift, metres (grows with the lift). */
  sagMetres?: number;
}

export interface MarchTiming {
  frameMs: number;
  /** Both feet down before the first lift and between lifts. */
  restMs: number;
  /** Up, and down again, each. */
  moveMs: number;
  /** Held at the height of the lift. */
  holdMs: number;
}

export const MARCH_TIMING: MarchTiming = { frameMs: 1000 / 30, restMs: 800, moveMs: 500, holdMs: 1200 };

/** How far into the lift, 0..1, at `ms` into one step (a smooth rise, a hold, a smooth lowering). */
function liftShare(ms: number, timing: MarchTiming): number {
  const ease = (share: number): number => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, share)))) / 2;
  if (ms < timing.moveMs) return ease(ms / timing.moveMs);
  if (ms < timing.moveMs + timing.holdMs) return 1;
  return 1 - ease((ms - timing.moveMs - timing.holdMs) / timing.moveMs);
}

/** A march on a held bridge top: a rest with both feet down, then each step's lift and a rest after it. */
export function marchSequence(top: readonly PoseFrame[], steps: readonly MarchStep[], timing: MarchTiming = MARCH_TIMING): PoseFrame[] {
  const restFrames = Math.round(timing.restMs / timing.frameMs);
  const stepFrames = Math.round((2 * timing.moveMs + timing.holdMs) / timing.frameMs);
  const held = holdFor(top, restFrames + steps.length * (stepFrames + restFrames), timing.frameMs);
  return held.map((frame, i) => {
    const intoSteps = i - restFrames;
    const step = intoSteps >= 0 ? steps[Math.floor(intoSteps / (stepFrames + restFrames))] : undefined;
    const intoStep = intoSteps % (stepFrames + restFrames);
    if (!step || intoStep >= stepFrames) return frame;
    const share = liftShare(intoStep * timing.frameMs, timing);
    const tilted = tiltPelvis(liftLeg(frame, step.leg, share * step.liftDeg), step.leg, share * (step.tiltDeg ?? 0));
    return sagHips(tilted, share * (step.sagMetres ?? 0));
  });
}

/** `count` lifts, left and right in turn from `first`, all alike. */
export function alternating(count: number, step: Omit<MarchStep, 'leg'>, first: Side = 'left'): MarchStep[] {
  return Array.from({ length: count }, (_, i) => ({ ...step, leg: i % 2 === 0 ? first : otherSide(first) }));
}

export interface SingleLegChange {
  /** The leg held up (the other one works). */
  freeLeg: Side;
  /** How far the free leg is turned up from where the recording has it, degrees. */
  liftDeg: number;
  /** Pelvis tilted down on the free side at the top of each rep, degrees (grows with the lift of the hips). */
  dropDeg?: number;
  /** Hips raised past the recorded top at the top of each rep, metres (grows with the lift): an over-arch. */
  raiseMetres?: number;
}

/** Bridge hip angles between which the hips are on their way up (from the bridge's bottom zone): the drop grows over this span. */
const RISE_FROM_DEG = 145;
const RISE_TO_DEG = 180;

/** A recorded bridge done on one leg: the free leg held up throughout; the pelvis dropping, or the hips over-arching, as they rise. */
export function singleLegSequence(frames: readonly PoseFrame[], nearSide: Side, change: SingleLegChange): PoseFrame[] {
  return frames.map((frame) => {
    const angle = recordedHipAngle(frame, nearSide);
    if (angle === null) return frame;
    const rise = Math.min(1, Math.max(0, (angle - RISE_FROM_DEG) / (RISE_TO_DEG - RISE_FROM_DEG)));
    const tilted = tiltPelvis(liftLeg(frame, change.freeLeg, change.liftDeg), change.freeLeg, rise * (change.dropDeg ?? 0));
    return sagHips(tilted, -rise * (change.raiseMetres ?? 0));
  });
}
