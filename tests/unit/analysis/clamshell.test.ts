import { describe, expect, it } from 'vitest';
import { analyzeSequence, createAnalyzer, type PoseFrame } from '../../../src/analysis';
import {
  LANDSCAPE,
  clamshellSkeleton,
  durationOf,
  jitter,
  otherHanded,
  repKeyframes,
  seededNoise,
  sequence,
  valueAt,
  type Camera,
  type Keyframes,
} from './synthetic';

const LEFT = { exercise: 'clamshell', side: 'left' } as const;
const RIGHT = { exercise: 'clamshell', side: 'right' } as const;
/** Eight openings from 20 to 50 degrees. */
const openings = repKeyframes({ reps: 8, bottom: 20, top: 50, riseMs: 600, holdMs: 800, lowerMs: 600, restMs: 500 });

/** Clamshells following opening keyframes; the pelvis rolls back to `rollAtTop` as the knee opens past 30. */
function clamshells(keyframes: Keyframes, camera: Camera = LANDSCAPE, rollAtTop = 0): PoseFrame[] {
  return sequence(
    durationOf(keyframes),
    (t) => {
      const openingDeg = valueAt(keyframes, t);
      const opened = Math.min(1, Math.max(0, (openingDeg - 30) / 15));
      return clamshellSkeleton({ openingDeg, pelvisRollDeg: rollAtTop * opened });
    },
    camera,
  );
}

describe('clamshell', () => {
  it('counts openings of the working (top) knee, per side', () => {
    const summary = analyzeSequence(clamshells(openings), LEFT);
    expect(summary).toMatchObject({ exercise: 'clamshell', side: 'left', reps: 8, faults: [] });
    expect(summary.repDetails[0]?.romDeg).toBeCloseTo(30, 0);
    expect(summary.repDetails[0]?.peakExtensionDeg).toBeNull();
    expect(summary.repDetails[0]?.holdMs).toBeGreaterThanOrEqual(800);
  });

  it('counts nothing for the other side: its hip is underneath', () => {
    const analyzer = createAnalyzer(RIGHT);
    const statuses = clamshells(openings).map((f) => analyzer.push(f).status);
    expect(statuses.every((s) => s === 'not-in-position')).toBe(true);
    expect(analyzer.finish().reps).toBe(0);
  });

  it('counts the right side for a person lying on the left side', () => {
    const rightOnTop = sequence(durationOf(openings), (t) => otherHanded(clamshellSkeleton({ openingDeg: valueAt(openings, t) })));
    expect(analyzeSequence(rightOnTop, RIGHT).reps).toBe(8);
    expect(analyzeSequence(rightOnTop, LEFT).reps).toBe(0);
  });

  it('counts in portrait and square pictures, under seeded jitter', () => {
    for (const camera of [{ width: 720, height: 1280 }, { width: 640, height: 640, mirrored: true }]) {
      const noise = seededNoise(7);
      const frames = clamshells(openings, camera).map((f) => jitter(f, 0.003, noise));
      expect(analyzeSequence(frames, LEFT).reps, JSON.stringify(camera)).toBe(8);
    }
  });

  it('does not count small openings', () => {
    const small = repKeyframes({ reps: 3, bottom: 20, top: 36 });
    expect(analyzeSequence(clamshells(small), LEFT).reps).toBe(0);
  });

  it('flags the top hip rolling back as the knee opens, with the clamshell cue', () => {
    const summary = analyzeSequence(clamshells(openings, LANDSCAPE, 30), LEFT);
    expect(summary.reps).toBe(8);
    expect(summary.faults).toHaveLength(8);
    expect(summary.faults[0]).toMatchObject({ type: 'pelvic-drop', rep: 1, cue: "Keep your hips stacked: don't roll back" });
    expect(summary.faults[0]?.value).toBeGreaterThan(27);
    expect(summary.faults[0]?.value).toBeLessThan(33);
  });

  it('does not flag a slight roll within landmark noise', () => {
    expect(analyzeSequence(clamshells(openings, LANDSCAPE, 10), LEFT).faults).toEqual([]);
  });
});
