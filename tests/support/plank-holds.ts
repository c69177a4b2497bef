/**
 * Planks made from the real push-up clip's landmarks (tests/fixtures): its held tops are a high plank, its bottoms
 * (the chest down, off the arms) are out of the plank's position. Stretches of each, played forward and back (a
 * still body stays still), make a plank held, lost and held again at known moments, with the real noise.
 */
import { createHoldAnalyzer, holdById, type CheckedPosition, type HoldDescriptor, type HoldId, type PoseFrame } from '../../src/analysis';
import { loadFixture } from '../unit/analysis/real-fixtures';

/** The plank's check of the push-up clip: the longest unbroken stretches in and out of position. */
export function pushUpStretches(): { top: PoseFrame[]; bottom: PoseFrame[] } {
  const { frames } = loadFixture('pushup-side-studio');
  const analyzer = createHoldAnalyzer(holdById('plank') as HoldDescriptor<HoldId> & { position: CheckedPosition }, null, Infinity);
  const misses = frames.map((frame) => analyzer.push(frame).miss);
  const longest = (inPosition: boolean) => {
    let best: PoseFrame[] = [];
    let run: PoseFrame[] = [];
    frames.forEach((frame, i) => {
      run = (misses[i] === null) === inPosition && frame.image ? [...run, frame] : [];
      if (run.length > best.length) best = run;
    });
    return best;
  };
  return { top: longest(true), bottom: longest(false) };
}

/** `count` frames of `stretch` played forward and back at 30 a second, re-timed from `fromT`. */
export function played(stretch: readonly PoseFrame[], count: number, fromT: number): PoseFrame[] {
  const period = 2 * (stretch.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const phase = i % period;
    return { ...stretch[phase < stretch.length ? phase : period - phase]!, t: Math.round(fromT + (i * 1000) / 30) };
  });
}

/** A plank in position for `spans` in turn, starting in position: [in, out, in, ...] durations, ms. */
export function plankSequence(spans: readonly number[]): PoseFrame[] {
  const { top, bottom } = pushUpStretches();
  let t = 0;
  return spans.flatMap((ms, i) => {
    const frames = played(i % 2 === 0 ? top : bottom, Math.round((ms * 30) / 1000), t);
    t += ms;
    return frames;
  });
}
