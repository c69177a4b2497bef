/**
 * Two people in one picture, from two real recordings set side by side (the landmarks, as a camera seeing both
 * would give them): a person lunging at the left, a person doing glute bridges at the right, the bridge listed
 * first as MediaPipe listed it when the two clips were stacked into one video.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, createAnalyzer, type AnalyzerOptions, type PoseFrame } from '../../../src/analysis';
import { LANDMARK_STRIDE } from '../../../src/analysis/pose';
import { loadFixture } from './real-fixtures';

const lunge = loadFixture('lunge-front'); // 1080 x 1920
const bridge = loadFixture('bridge-side-studio'); // 1280 x 720
const HEIGHT = 720;
const LUNGE_WIDTH = (1080 / 1920) * HEIGHT;
const WIDTH = LUNGE_WIDTH + 1280;

/** Image landmarks moved into the wider picture: scaled by `width` of the picture's and shifted right by `left`. */
function placed(image: Float32Array, left: number, width: number): Float32Array {
  const moved = Float32Array.from(image);
  for (let i = 0; i < moved.length; i += LANDMARK_STRIDE) moved[i] = (left + image[i]! * width) / WIDTH;
  return moved;
}

/** The bridge's frame at `t` (the last one at or before it): its clip runs at a rate of its own. */
function bridgeAt(t: number): PoseFrame {
  return bridge.frames.findLast((frame) => frame.t <= t) ?? bridge.frames[0]!;
}

/** Each lunge frame, with the bridge beside it; `order` says who is listed first on a frame. */
function together(order: (index: number) => 'bridge-first' | 'lunge-first' = () => 'bridge-first'): { both: PoseFrame[]; bridgeOnly: PoseFrame[] } {
  const both: PoseFrame[] = [];
  const bridgeOnly: PoseFrame[] = [];
  lunge.frames.forEach((frame, index) => {
    const other = bridgeAt(frame.t);
    const lunger = { image: placed(frame.image!, 0, LUNGE_WIDTH), world: frame.world };
    const bridger = { image: placed(other.image!, LUNGE_WIDTH, 1280), world: other.world };
    const [first, second] = order(index) === 'bridge-first' ? [bridger, lunger] : [lunger, bridger];
    both.push({ t: frame.t, width: WIDTH, height: HEIGHT, ...first, others: [second] });
    bridgeOnly.push({ t: frame.t, width: WIDTH, height: HEIGHT, ...bridger });
  });
  return { both, bridgeOnly };
}

describe('several people in the picture', () => {
  it('counts the person in the exercise position, not the one the model listed first', () => {
    const { both, bridgeOnly } = together();
    expect(analyzeSequence(bridgeOnly, { exercise: 'lunge' }).reps).toBe(0);
    expect(analyzeSequence(both, { exercise: 'lunge' }).reps).toBe(analyzeSequence(lunge.frames, { exercise: 'lunge' }).reps);
    expect(analyzeSequence(lunge.frames, { exercise: 'lunge' }).reps).toBe(2);
  });

  it('counts the other person just as alone, whoever else is in the picture', () => {
    const { both, bridgeOnly } = together();
    const alone = analyzeSequence(bridgeOnly, { exercise: 'glute-bridge' });
    expect(alone.reps).toBeGreaterThan(0);
    expect(analyzeSequence(both, { exercise: 'glute-bridge' }).reps).toBe(alone.reps);
  });

  it('keeps to each person by where they are when the model lists them in another order', () => {
    const { both } = together((index) => (Math.floor(index / 7) % 2 === 0 ? 'bridge-first' : 'lunge-first'));
    expect(analyzeSequence(both, { exercise: 'lunge' }).reps).toBe(2);
    expect(analyzeSequence(both, { exercise: 'squat' }).reps).toBe(0);
  });
});

describe('before any frame', () => {
  it('summarises nothing, as the analysis of one person does', () => {
    const summary = createAnalyzer({ exercise: 'glute-bridge' }).finish();
    expect(summary.reps).toBe(0);
    expect(summary.frames).toBe(0);
  });

  it('refuses a missing working side at once', () => {
    // As options from an untyped caller (attributes, stored plans) could come.
    const noSide = { exercise: 'clamshell' } as unknown as AnalyzerOptions;
    expect(() => createAnalyzer(noSide)).toThrow(/working side/);
  });
});
