import { describe, expect, it } from 'vitest';
import { SWITCH_WATCH, type AnalyzerOptions, type PoseFrame } from '../../../src/analysis';
import { ExerciseSwitch, REFUSED_FOR_MS, type SwitchOfferChange } from '../../../src/live/exercise-switch';
import type { WorkoutStage } from '../../../src/live/workout';
import { loadFixture } from '../analysis/real-fixtures';

const clamshells = loadFixture('clamshell-front-left').frames;
const bridges = loadFixture('bridge-side-studio').frames;
const bridge: AnalyzerOptions = { exercise: 'glute-bridge' };
const clamshellLeft: AnalyzerOptions = { exercise: 'clamshell', side: 'left' };

/** `frames` moved on in time to start `startT` ms after `after`'s last frame (one recording after another). */
function after(previous: readonly PoseFrame[], frames: readonly PoseFrame[], startT = 33): PoseFrame[] {
  const offset = previous.at(-1)!.t + startT - frames[0]!.t;
  return frames.map((frame) => ({ ...frame, t: frame.t + offset }));
}

interface Seen extends Record<string, unknown> {
  t: number;
  change: SwitchOfferChange;
}

/** Plays `frames` into the offer, in `stage` (or the stage a function of the frame time gives). */
function play(offers: ExerciseSwitch, frames: readonly PoseFrame[], stage: WorkoutStage | ((t: number) => WorkoutStage) = 'training'): Seen[] {
  const seen: Seen[] = [];
  for (const frame of frames) {
    const change = offers.push(frame, typeof stage === 'function' ? stage(frame.t) : stage);
    if (change) seen.push({ t: frame.t, change });
  }
  return seen;
}

describe('the offer to switch exercise', () => {
  it('offers clamshells, left leg, once, a few seconds into a set chosen as bridges, and keeps offering them', () => {
    const offers = new ExerciseSwitch(bridge);
    const seen = play(offers, clamshells);
    expect(seen).toEqual([{ t: expect.any(Number), change: { type: 'offered', to: clamshellLeft } }]);
    expect(seen[0]!.t).toBeGreaterThanOrEqual(SWITCH_WATCH.windowMs * 0.9);
    expect(seen[0]!.t).toBeLessThan(SWITCH_WATCH.windowMs + 1000);
    expect(offers.offered).toEqual(clamshellLeft);
  });

  it('offers in setup too: in another exercise’s position rather than the chosen one’s, the offer is the help', () => {
    expect(play(new ExerciseSwitch(bridge), clamshells, 'setup').map((seen) => seen.change.type)).toEqual(['offered']);
  });

  it('does not offer during a rest, and does once the next set starts', () => {
    const restEnds = 8000;
    const seen = play(new ExerciseSwitch(bridge), clamshells, (t) => (t < restEnds ? 'rest' : 'training'));
    expect(seen.map((s) => s.change.type)).toEqual(['offered']);
    expect(seen[0]!.t).toBeGreaterThanOrEqual(restEnds);
    expect(seen[0]!.t).toBeLessThan(restEnds + 100);
  });

  it('takes the offer back once the person is back in the chosen exercise, without counting it as a "no"', () => {
    const offers = new ExerciseSwitch(bridge);
    const backOnTheBack = after(clamshells, bridges);
    const seen = play(offers, [...clamshells, ...backOnTheBack]);
    expect(seen.map((s) => s.change.type)).toEqual(['offered', 'withdrawn']);
    expect(seen[1]!.t).toBeGreaterThan(backOnTheBack[0]!.t);
    expect(offers.offered).toBeNull();
    // Clamshells again: offered again, since nobody said no.
    expect(play(offers, after(backOnTheBack, clamshells)).map((s) => s.change.type)).toEqual(['offered']);
  });

  it('takes the offer back when a rest starts, or the block is over', () => {
    const offers = new ExerciseSwitch(bridge);
    const setEnds = 10_000;
    expect(play(offers, clamshells, (t) => (t < setEnds ? 'training' : 'rest')).map((s) => s.change.type)).toEqual(['offered', 'withdrawn']);
    const done = new ExerciseSwitch(bridge);
    expect(play(done, clamshells, (t) => (t < setEnds ? 'setup' : 'done')).map((s) => s.change.type)).toEqual(['offered', 'withdrawn']);
  });

  it('after a "no", does not offer that exercise again for REFUSED_FOR_MS, then does', () => {
    const offers = new ExerciseSwitch(bridge);
    const [firstHalf, secondHalf] = [clamshells.slice(0, 300), clamshells.slice(300)];
    expect(play(offers, firstHalf)).toHaveLength(1);
    offers.refuse();
    expect(offers.offered).toBeNull();
    const refusedAt = firstHalf.at(-1)!.t;
    expect(play(offers, secondHalf)).toEqual([]);
    const fiveMinutesOn = after(secondHalf, clamshells, REFUSED_FOR_MS - (secondHalf.at(-1)!.t - refusedAt));
    const seen = play(offers, fiveMinutesOn);
    expect(seen.map((s) => s.change)).toEqual([{ type: 'offered', to: clamshellLeft }]);
    expect(seen[0]!.t).toBeGreaterThanOrEqual(refusedAt + REFUSED_FOR_MS);
  });

  it('a "no" to one exercise leaves the others offered', () => {
    const offers = new ExerciseSwitch(bridge);
    play(offers, clamshells);
    offers.refuse();
    const thrusts = after(clamshells, loadFixture('hip-thrust-side-box').frames);
    expect(play(offers, thrusts).map((s) => s.change)).toEqual([{ type: 'offered', to: { exercise: 'hip-thrust' } }]);
  });

  it('"Switch" hands over the offered exercise, which is from then on the one compared with: no offer for it again', () => {
    const offers = new ExerciseSwitch(bridge);
    play(offers, clamshells.slice(0, 200));
    expect(offers.accept()).toEqual(clamshellLeft);
    expect(offers.offered).toBeNull();
    expect(play(offers, clamshells.slice(200))).toEqual([]);
    expect(offers.accept()).toBeNull();
  });

  it('offers nothing while the chosen exercise is the one done', () => {
    expect(play(new ExerciseSwitch({ exercise: 'glute-bridge' }), bridges)).toEqual([]);
    expect(play(new ExerciseSwitch(clamshellLeft), clamshells)).toEqual([]);
  });
});
