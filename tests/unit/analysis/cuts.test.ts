import { describe, expect, it } from 'vitest';
import { analyzeSequence, DEFAULT_CONFIG } from '../../../src/analysis';
import { CutDetector } from '../../../src/analysis/cuts';
import type { PoseFrame } from '../../../src/analysis/pose';
import { LANDSCAPE, project, supineSkeleton, type Camera } from './synthetic';

const FRAME_MS = 33;
const lying = (hipAngleDeg: number, camera: Camera, t: number): PoseFrame => project(supineSkeleton({ hipAngleDeg }), camera, t);

/** `count` frames of a still bridge bottom, the scene seen from `camera`, from `start` ms. */
const still = (camera: Camera, start: number, count: number, hipAngleDeg = 130): PoseFrame[] =>
  Array.from({ length: count }, (_, i) => lying(hipAngleDeg, camera, start + i * FRAME_MS));

const cutsIn = (frames: PoseFrame[]): number[] => {
  const detector = new CutDetector(DEFAULT_CONFIG.cuts);
  return frames.flatMap((frame, i) => (detector.isCut(frame) ? [i] : []));
};

describe('cuts', () => {
  it('finds the frame where the body jumps across the picture or jumps in size, and nothing in steady movement', () => {
    const moved: Camera = { ...LANDSCAPE, centre: [1.4, 0.3] }; // the body 1 m (two torso lengths) further left
    expect(cutsIn([...still(LANDSCAPE, 0, 10), ...still(moved, 330, 10)])).toEqual([10]);
    expect(cutsIn([...still(LANDSCAPE, 0, 10), ...still({ ...LANDSCAPE, zoom: 2 }, 330, 10)])).toEqual([10]);
    // A camera panning steadily at 0.5 m a second (one torso length a second): no cut.
    const panning = Array.from({ length: 60 }, (_, i) => lying(130, { ...LANDSCAPE, centre: [0.4 + 0.5 * (i * FRAME_MS) / 1000, 0.3] }, i * FRAME_MS));
    expect(cutsIn(panning)).toEqual([]);
  });

  it('does not join two shots into a rep: a bottom in one and a top in the next', () => {
    const nextShot: Camera = { ...LANDSCAPE, centre: [1.4, 0.3] };
    // The same shot: rising from 130 to 180 over 0.6 s is a rep. The next shot: the same top, seen from elsewhere.
    const rising = Array.from({ length: 18 }, (_, i) => lying(130 + (50 * (i + 1)) / 18, LANDSCAPE, 990 + i * FRAME_MS));
    const sameShot = [...still(LANDSCAPE, 0, 30), ...rising, ...still(LANDSCAPE, 1584, 60, 180)];
    const twoShots = [...still(LANDSCAPE, 0, 30), ...still(nextShot, 990, 60, 180)];
    expect(analyzeSequence(sameShot, { exercise: 'glute-bridge' }).reps).toBe(1);
    expect(analyzeSequence(twoShots, { exercise: 'glute-bridge' }).reps).toBe(0);
    const blindToCuts = { ...DEFAULT_CONFIG, cuts: { maxHipSpeedTorsosPerS: Infinity, maxGrowthPerS: Infinity } };
    expect(analyzeSequence(twoShots, { exercise: 'glute-bridge' }, blindToCuts).reps).toBe(1); // what the check prevents
  });
});
