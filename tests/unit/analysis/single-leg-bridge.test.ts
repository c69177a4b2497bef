/**
 * The single-leg bridge on synthetic sequences made from the real bridge recording, the free leg held up
 * (tests/support/one-leg-bridges.ts): no real single-leg bridge clip exists, so these are its proofs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, type Side, type Summary } from '../../../src/analysis';
import { otherSide } from '../../../src/analysis/pose';
import { singleLegSequence, type SingleLegChange } from '../../support/one-leg-bridges';
import { loadFixture } from './real-fixtures';

/** The recordings, with the side each shows the camera: the working leg there is seen, not guessed. */
const BRIDGE = { frames: loadFixture('bridge-side-studio').frames, near: 'left' as Side };
const THRUST = { frames: loadFixture('hip-thrust-side-box').frames, near: 'right' as Side };

function onOneLeg(clip: typeof BRIDGE, change: Omit<SingleLegChange, 'freeLeg'>, working: Side = clip.near): Summary {
  const frames = singleLegSequence(clip.frames, clip.near, { ...change, freeLeg: otherSide(working) });
  return analyzeSequence(frames, { exercise: 'single-leg-bridge', side: working });
}

const repsWith = (summary: Summary, type: string) => summary.faults.filter((fault) => fault.type === type).map((fault) => fault.rep);

describe('single-leg bridge', () => {
  it('counts the bridge clip done on the near leg, clean', () => {
    const summary = onOneLeg(BRIDGE, { liftDeg: 60 });
    expect(summary).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', reps: 5, faults: [] });
    expect(summary.framesInPosition).toBe(summary.frames);
  });

  it('counts the far leg working too (its over-arch is only guessed there: the set-up puts the working leg near)', () => {
    expect(onOneLeg(BRIDGE, { liftDeg: 60 }, 'right').reps).toBe(5);
  });

  it('flags the hips pushed 5 cm past the recorded (clean) top on every rep, as the bridge does', () => {
    const arched = onOneLeg(BRIDGE, { liftDeg: 60, raiseMetres: 0.05 });
    expect(arched.reps).toBe(5);
    expect(repsWith(arched, 'lumbar-overarch')).toEqual([1, 2, 3, 4, 5]);
    expect(repsWith(arched, 'pelvic-drop')).toEqual([]);
  });

  it('flags the pelvis dropping 15 degrees on the free side on every rep, with its cue', () => {
    const summary = onOneLeg(BRIDGE, { liftDeg: 60, dropDeg: 15 });
    expect(repsWith(summary, 'pelvic-drop')).toEqual([1, 2, 3, 4, 5]);
    expect(summary.faults.find((fault) => fault.type === 'pelvic-drop')?.cue).toMatch(/free side/);
  });

  it('is a bridge from the floor: a thrust (upper back on a bench) on one leg counts nothing', () => {
    expect(onOneLeg(THRUST, { liftDeg: 60 }).reps).toBe(0);
  });

  it('is not a bridge on both feet: the real recordings count nothing', () => {
    for (const clip of [BRIDGE, THRUST]) {
      for (const side of ['left', 'right'] as const) {
        const summary = analyzeSequence(clip.frames, { exercise: 'single-leg-bridge', side });
        expect(summary.reps).toBe(0);
        expect(summary.framesInPosition).toBe(0);
      }
    }
  });

  it('counts nothing with the working leg and the lifted one swapped', () => {
    const frames = singleLegSequence(BRIDGE.frames, BRIDGE.near, { freeLeg: 'right', liftDeg: 60 });
    expect(analyzeSequence(frames, { exercise: 'single-leg-bridge', side: 'right' }).reps).toBe(0);
  });
});
