/** The one-leg sequences made from real bridge landmarks (tests/support/one-leg-bridges.ts) move what they say, by as much. */
import { describe, expect, it } from 'vitest';
import { Landmark, type PoseFrame } from '../../../src/analysis';
import { measureMarch } from '../../../src/analysis/exercises/glute-march/measurement';
import { angleBetween3 } from '../../../src/analysis/geometry';
import { hipLine } from '../../../src/analysis/pelvis';
import { bodyOf, LANDMARK_COUNT, type Side } from '../../../src/analysis/pose';
import {
  alternating,
  heldTop,
  holdFor,
  liftLeg,
  marchSequence,
  MARCH_TIMING,
  recordedHipAngle,
  sagHips,
  tiltPelvis,
} from '../../support/one-leg-bridges';
import { loadFixture } from './real-fixtures';

const recorded = loadFixture('bridge-side-studio').frames;
/** The clip's left side faces the camera. */
const NEAR: Side = 'left';
const frame = recorded.find((candidate) => (recordedHipAngle(candidate, NEAR) ?? 0) > 175)!;

type Vec = [number, number, number];

function imageAt(pose: PoseFrame, index: number): Vec {
  const aspect = pose.width / pose.height;
  const at = index * 4;
  return [pose.image![at]! * aspect, pose.image![at + 1]!, pose.image![at + 2]!];
}

function worldAt(pose: PoseFrame, index: number): Vec {
  const at = index * 4;
  return [pose.world![at]!, pose.world![at + 1]!, pose.world![at + 2]!];
}

const minus = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const toPoint = ([x, y, z]: Vec) => ({ x, y, z });
const angle = (a: Vec, b: Vec): number => angleBetween3(toPoint(a), toPoint(b));
const flat = ([x, y]: Vec): Vec => [x, y, 0];

/** Landmarks that differ between two frames, image or world. */
function moved(a: PoseFrame, b: PoseFrame): number[] {
  return Array.from({ length: LANDMARK_COUNT }, (_, i) => i).filter(
    (i) => angle(imageAt(a, i), imageAt(b, i)) !== 0 || minus(worldAt(a, i), worldAt(b, i)).some((d) => d !== 0),
  );
}

describe('liftLeg', () => {
  it.each([20, 60])('turns one leg %i degrees about its hip, knee up, in the image and the world alike', (deg) => {
    for (const leg of ['left', 'right'] as const) {
      const hip = leg === 'left' ? Landmark.leftHip : Landmark.rightHip;
      const knee = leg === 'left' ? Landmark.leftKnee : Landmark.rightKnee;
      const lifted = liftLeg(frame, leg, deg);
      const before = (pose: PoseFrame, at: (p: PoseFrame, i: number) => Vec) => minus(at(pose, knee), at(pose, hip));
      expect(angle(flat(before(frame, imageAt)), flat(before(lifted, imageAt)))).toBeCloseTo(deg, 3);
      // About the hip-to-hip axis, which MediaPipe puts not quite square to the thigh.
      expect(angle(before(frame, worldAt), before(lifted, worldAt))).toBeCloseTo(deg, 0);
      expect(imageAt(lifted, knee)[1]).toBeLessThan(imageAt(frame, knee)[1]); // up the picture
      expect(worldAt(lifted, knee)[1]).toBeLessThan(worldAt(frame, knee)[1]); // world y points down
      expect(moved(frame, lifted)).toHaveLength(4); // knee, ankle, heel, toes
    }
  });

  it('is read back by the march measurement as that leg lifting by as much', () => {
    const lifted = bodyOf(liftLeg(frame, 'right', 50))!;
    // Within what the two thighs differ by with both feet down (at most 6.3 on the fixtures).
    expect(Math.abs(measureMarch(lifted, 'right').liftDeg - 50)).toBeLessThan(6.3);
    expect(measureMarch(lifted, 'left').liftDeg).toBe(0);
  });
});

describe('tiltPelvis', () => {
  it.each([3, 10])('turns the hip line %i degrees, the tilted hip toward the floor, the other hip still', (deg) => {
    const tilted = tiltPelvis(frame, 'right', deg);
    expect(angleBetween3(hipLine(bodyOf(frame)!), hipLine(bodyOf(tilted)!))).toBeCloseTo(deg, 3);
    expect(worldAt(tilted, Landmark.rightHip)[1]).toBeGreaterThan(worldAt(frame, Landmark.rightHip)[1]);
    expect(imageAt(tilted, Landmark.rightHip)[1]).toBeGreaterThan(imageAt(frame, Landmark.rightHip)[1]);
    expect(worldAt(tilted, Landmark.leftHip)).toEqual(worldAt(frame, Landmark.leftHip));
    // The hip and its leg move together; nothing else does.
    expect(moved(frame, tilted)).toEqual([Landmark.rightHip, Landmark.rightKnee, Landmark.rightAnkle, Landmark.rightHeel, Landmark.rightFootIndex]);
  });
});

describe('sagHips', () => {
  it('lowers both hips by the distance asked, in metres and in the image at the body scale', () => {
    const sagged = sagHips(frame, 0.05);
    for (const hip of [Landmark.leftHip, Landmark.rightHip]) {
      expect(worldAt(sagged, hip)[1] - worldAt(frame, hip)[1]).toBeCloseTo(0.05, 6);
      expect(imageAt(sagged, hip)[1]).toBeGreaterThan(imageAt(frame, hip)[1]);
    }
    expect(moved(frame, sagged)).toEqual([Landmark.leftHip, Landmark.rightHip]);
    expect(recordedHipAngle(sagged, NEAR)!).toBeLessThan(recordedHipAngle(frame, NEAR)! - 5);
  });
});

describe('a held top, and a march on it', () => {
  const top = heldTop(recorded, NEAR);

  it('finds the longest run of real frames at the bridge top', () => {
    expect(top.length).toBeGreaterThanOrEqual(10);
    for (const pose of top) expect(recordedHipAngle(pose, NEAR)).toBeGreaterThanOrEqual(175);
  });

  it('holds the top as long as asked, playing it forward and back, on a steady clock', () => {
    const held = holdFor(top, 3 * top.length, 1000 / 30);
    expect(held.map((pose) => pose.t)).toEqual(held.map((_, i) => Math.round((i * 1000) / 30)));
    expect(held[top.length - 1]!.image).toBe(top.at(-1)!.image);
    expect(held[top.length]!.image).toBe(top.at(-2)!.image); // back again
  });

  it('lifts the legs in turn, each by the angle asked, with both feet down between', () => {
    const steps = alternating(3, { liftDeg: 60 });
    expect(steps.map((step) => step.leg)).toEqual(['left', 'right', 'left']);
    const march = marchSequence(top, steps);
    const stepMs = 2 * MARCH_TIMING.moveMs + MARCH_TIMING.holdMs + MARCH_TIMING.restMs;
    expect(march.at(-1)!.t).toBeCloseTo(MARCH_TIMING.restMs + 3 * stepMs, -2);
    const lift = (pose: PoseFrame, leg: Side) => measureMarch(bodyOf(pose)!, leg).liftDeg;
    const middleOf = (step: number) => march.find((pose) => pose.t >= MARCH_TIMING.restMs + step * stepMs + MARCH_TIMING.moveMs + MARCH_TIMING.holdMs / 2)!;
    expect(lift(middleOf(0), 'left')).toBeGreaterThan(55);
    expect(lift(middleOf(1), 'right')).toBeGreaterThan(55);
    expect(lift(middleOf(1), 'left')).toBe(0);
    expect(Math.max(lift(march[0]!, 'left'), lift(march[0]!, 'right'))).toBeLessThan(7);
  });
});
