/**
 * Step-ups made from one real standing frame (the squat clip's, side view: tests/fixtures), for the exercise no
 * shared clip shows. Each pose moves landmarks as a body would move, in the image and the world alike, in the
 * plane a side view sees the legs move in: a leg is rebuilt from its hip with its thigh and shin turned forward (toward
 * the toes) by the asked-for hip and knee bends, its foot carried along; the torso leans toward the toes about the
 * hips; standing on the step lifts the whole body in the picture. Everything else stays the real recording.
 */
import { JOINTS, Landmark, LANDMARK_STRIDE, otherSide, type PoseFrame, type Side } from '../../src/analysis/pose';

type Vec2 = [number, number];

const FOOT: Record<Side, readonly number[]> = {
  left: [Landmark.leftHeel, Landmark.leftFootIndex],
  right: [Landmark.rightHeel, Landmark.rightFootIndex],
};
/** Face, shoulders, arms and hands: what leans with the torso. */
const UPPER_BODY = Array.from({ length: Landmark.leftHip }, (_, index) => index);

const rad = (deg: number): number => (deg * Math.PI) / 180;

export interface StepUpPose {
  /** The leading leg's hip and knee bends, degrees (0 = straight under the hip). */
  leadHipDeg: number;
  leadKneeDeg: number;
  /** The other leg's knee bend (stepping down leading first, it bends on the step), with as much hip bend. */
  trailKneeDeg: number;
  /** Torso lean toward the toes, degrees. */
  torsoLeanDeg: number;
  /** Lifted onto the step: 0 on the floor, 1 standing on it. */
  onStep: number;
}

/** One kind of landmark array of a frame (image or world), as editable 2-D points in the side view's plane. */
class Plane {
  readonly values: Float32Array;

  constructor(
    source: Float32Array,
    private readonly xScale: number,
  ) {
    this.values = Float32Array.from(source);
  }

  get(index: number): Vec2 {
    return [this.values[index * LANDMARK_STRIDE]! * this.xScale, this.values[index * LANDMARK_STRIDE + 1]!];
  }

  set(index: number, [x, y]: Vec2): void {
    this.values[index * LANDMARK_STRIDE] = x / this.xScale;
    this.values[index * LANDMARK_STRIDE + 1] = y;
  }

  /** Turns a point about a pivot by `deg`: + swings a point below the pivot toward the toes (`toes`: +1 toes to +x, -1 to -x; y points down). */
  turn(index: number, pivot: Vec2, deg: number, toes: number): void {
    const [x, y] = this.get(index);
    const [dx, dy] = [x - pivot[0], y - pivot[1]];
    const a = rad(deg) * -toes;
    this.set(index, [pivot[0] + dx * Math.cos(a) - dy * Math.sin(a), pivot[1] + dx * Math.sin(a) + dy * Math.cos(a)]);
  }

  /** Rebuilds a leg from its hip: thigh `hipDeg` forward of straight down, shin `kneeDeg` back from the thigh. */
  bendLeg(side: Side, hipDeg: number, kneeDeg: number, toes: number): void {
    const { hip, knee, ankle } = JOINTS[side];
    const ankleBefore = this.get(ankle);
    this.turn(knee, this.get(hip), hipDeg, toes);
    this.turn(ankle, this.get(hip), hipDeg, toes);
    this.turn(ankle, this.get(knee), -kneeDeg, toes);
    const [ax, ay] = this.get(ankle);
    for (const index of FOOT[side]) {
      const [x, y] = this.get(index);
      this.set(index, [x + ax - ankleBefore[0], y + ay - ankleBefore[1]]);
    }
  }

  lift(height: number): void {
    for (let index = 0; index < this.values.length / LANDMARK_STRIDE; index += 1) {
      const [x, y] = this.get(index);
      this.set(index, [x, y - height]);
    }
  }
}

/** Which way the toes point along x in this plane: +1 or -1. */
function toesDirection(plane: Plane): number {
  const heel = plane.get(Landmark.leftHeel)[0] + plane.get(Landmark.rightHeel)[0];
  const toe = plane.get(Landmark.leftFootIndex)[0] + plane.get(Landmark.rightFootIndex)[0];
  return toe >= heel ? 1 : -1;
}

/** A real standing frame moved into a step-up pose led by `leading`, at time `t`. */
export function stepUpFrame(standing: PoseFrame, leading: Side, pose: StepUpPose, t: number, stepHeight = 0.08): PoseFrame {
  if (!standing.image || !standing.world) throw new Error('the standing frame has no body');
  const image = new Plane(standing.image, standing.width / standing.height);
  const world = new Plane(standing.world, 1);
  for (const plane of [image, world]) {
    const toes = toesDirection(plane);
    plane.bendLeg(leading, pose.leadHipDeg, pose.leadKneeDeg, toes);
    plane.bendLeg(otherSide(leading), pose.trailKneeDeg, pose.trailKneeDeg, toes);
    const hips = [plane.get(Landmark.leftHip), plane.get(Landmark.rightHip)];
    const hipMid: Vec2 = [(hips[0]![0] + hips[1]![0]) / 2, (hips[0]![1] + hips[1]![1]) / 2];
    // Above the hips, toward the toes is the other way round.
    for (const index of UPPER_BODY) plane.turn(index, hipMid, -pose.torsoLeanDeg, toes);
  }
  image.lift(stepHeight * pose.onStep);
  return { ...standing, t, image: image.values, world: world.values };
}

/** Linear steps between key poses, each held `ms` long at 30 frames a second. */
export function stepUps(standing: PoseFrame, leading: Side, keyPoses: readonly StepUpPose[], msPerPose = 500): PoseFrame[] {
  const frameMs = 1000 / 30;
  const frames: PoseFrame[] = [];
  keyPoses.slice(1).forEach((to, i) => {
    const from = keyPoses[i]!;
    for (let step = 0; step < msPerPose / frameMs; step += 1) {
      const k = (step * frameMs) / msPerPose;
      const mix = (key: keyof StepUpPose) => from[key] + (to[key] - from[key]) * k;
      const pose = { leadHipDeg: mix('leadHipDeg'), leadKneeDeg: mix('leadKneeDeg'), trailKneeDeg: mix('trailKneeDeg'), torsoLeanDeg: mix('torsoLeanDeg'), onStep: mix('onStep') };
      frames.push(stepUpFrame(standing, leading, pose, Math.round(frames.length * frameMs)));
    }
  });
  return frames;
}

const STANDING: StepUpPose = { leadHipDeg: 0, leadKneeDeg: 0, trailKneeDeg: 0, torsoLeanDeg: 0, onStep: 0 };

/**
 * One step-up: the leading foot onto the step (hip 70, knee 85), the drive up to stand tall on it, and down leading
 * with the same foot (the other knee bending on the step) back to the floor; `lean` is the torso's lean during the drive.
 */
export function oneStepUp(lean = 5): StepUpPose[] {
  return [
    { ...STANDING },
    { ...STANDING, leadHipDeg: 70, leadKneeDeg: 85, torsoLeanDeg: lean },
    { ...STANDING, leadHipDeg: 70, leadKneeDeg: 85, torsoLeanDeg: lean },
    { ...STANDING, onStep: 1 },
    { ...STANDING, onStep: 1 },
    { ...STANDING, trailKneeDeg: 50, onStep: 0.6 },
    { ...STANDING },
  ];
}
