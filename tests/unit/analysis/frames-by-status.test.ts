import { describe, expect, it } from 'vitest';
import { createAnalyzer, type PoseFrame, type TrackingStatus } from '../../../src/analysis';
import { LANDSCAPE, noPerson, pushUpSkeleton, repKeyframes, sequence, supineSequence } from './synthetic';

/** Frames of `frames`, moved to start at `fromMs`. */
const shifted = (frames: PoseFrame[], fromMs: number) => frames.map((frame) => ({ ...frame, t: frame.t + fromMs }));

describe('frames by status', () => {
  it('counts every frame under the status it got: in position, out of view, unclear, another position', () => {
    const bridges = supineSequence(repKeyframes({ reps: 2, bottom: 120, top: 181 }));
    const end = bridges.at(-1)!.t;
    const frames = [
      ...bridges,
      ...Array.from({ length: 20 }, (_, i) => noPerson(end + 33 * (i + 1))),
      ...shifted(supineSequence(repKeyframes({ reps: 1, bottom: 120, top: 181 }), { ...LANDSCAPE, visibility: 0.2 }), end + 1000),
      ...shifted(sequence(2000, () => pushUpSkeleton(0.4)), end + 6000),
    ];
    const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
    const seen: Record<TrackingStatus, number> = { ok: 0, 'body-not-visible': 0, 'low-confidence': 0, 'not-in-position': 0 };
    for (const frame of frames) seen[analyzer.push(frame).status] += 1;
    const summary = analyzer.finish();

    expect(summary.framesByStatus).toEqual(seen);
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
    expect(summary.framesByStatus.ok).toBe(summary.framesInPosition);
    expect(summary.framesByStatus['body-not-visible']).toBeGreaterThanOrEqual(20);
    expect(Object.values(summary.framesByStatus).reduce((a, b) => a + b, 0)).toBe(summary.frames);
  });
});
