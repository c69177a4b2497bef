import { describe, expect, it } from 'vitest';
import { PositionWindow } from '../../../src/analysis/position-window';

/** The window recounted from scratch: every frame within `spanMs` before the newest. */
function recount(frames: readonly { t: number; inPosition: boolean[] }[], spanMs: number, exercise: number): number {
  const newest = frames.at(-1)!.t;
  const inWindow = frames.filter((frame) => frame.t > newest - spanMs);
  return inWindow.filter((frame) => frame.inPosition[exercise]).length / inWindow.length;
}

describe('the position window: running counts as frames come and go', () => {
  it('gives every exercise the share a recount of the last 3 s gives, frame after frame', () => {
    // Irregular frame gaps (dropped frames, 10-30 a second) and positions that come and go at different rates.
    const frames: { t: number; inPosition: boolean[] }[] = [];
    const window = new PositionWindow(3, 3000);
    let t = 0;
    for (let i = 0; i < 600; i++) {
      t += [33, 34, 33, 67, 100, 33][i % 6]!;
      const inPosition = [i % 2 === 0, Math.floor(i / 50) % 2 === 0, i % 7 < 5];
      frames.push({ t, inPosition });
      window.add(t, inPosition);
      for (const exercise of [0, 1, 2]) expect(window.share(exercise)).toBeCloseTo(recount(frames, 3000, exercise), 12);
    }
  });

  it('spans from its oldest frame to its newest, at most the span', () => {
    const window = new PositionWindow(1, 3000);
    expect(window.coveredMs).toBe(0);
    expect(window.share(0)).toBe(0);
    window.add(1000, [true]);
    expect(window.coveredMs).toBe(0);
    window.add(2500, [false]);
    expect(window.coveredMs).toBe(1500);
    window.add(4000, [false]); // the frame at 1000 is exactly 3 s old: out
    expect(window.coveredMs).toBe(1500);
    expect(window.share(0)).toBe(0);
  });
});
