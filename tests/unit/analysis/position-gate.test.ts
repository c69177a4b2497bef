import { describe, expect, it } from 'vitest';
import { createAnalyzer, type AnalyzerOptions, type PoseFrame } from '../../../src/analysis';
import {
  LANDSCAPE,
  donkeyKickSkeleton,
  durationOf,
  jitter,
  pushUpSkeleton,
  repKeyframes,
  seededNoise,
  sequence,
  squatSkeleton,
  valueAt,
  type Skeleton,
} from './synthetic';

const EVERY_EXERCISE: AnalyzerOptions[] = [
  { exercise: 'glute-bridge' },
  { exercise: 'hip-thrust' },
  { exercise: 'clamshell', side: 'left' },
  { exercise: 'clamshell', side: 'right' },
];

/** Five reps of a movement driven by a 0..1 (or other) parameter, with seeded jitter. */
function fiveReps(bottom: number, top: number, body: (value: number) => Skeleton, seed: number, camera = LANDSCAPE): PoseFrame[] {
  const keyframes = repKeyframes({ reps: 5, bottom, top });
  const noise = seededNoise(seed);
  return sequence(durationOf(keyframes), (t) => body(valueAt(keyframes, t)), camera).map((f) => jitter(f, 0.003, noise));
}

/** A standing person needs a wider view than one lying down. */
const STANDING_VIEW = { ...LANDSCAPE, centre: [0.1, 0.8] as [number, number], zoom: 0.55 };

const MOVEMENTS: [string, PoseFrame[]][] = [
  ['push-ups', fiveReps(0.45, 0.15, pushUpSkeleton, 1)],
  ['standing squats', fiveReps(0, 1, squatSkeleton, 2, STANDING_VIEW)],
  ['kneeling donkey kicks', fiveReps(0, 1, donkeyKickSkeleton, 3)],
];

describe('position gate', () => {
  for (const [movement, frames] of MOVEMENTS) {
    for (const options of EVERY_EXERCISE) {
      const label = `${options.exercise}${'side' in options ? ` ${options.side}` : ''}`;
      it(`counts no ${movement} as ${label} and says the person is not in position`, () => {
        const analyzer = createAnalyzer(options);
        const statuses = frames.map((f) => analyzer.push(f).status);
        const summary = analyzer.finish();
        expect(summary.reps).toBe(0);
        expect(summary.framesInPosition).toBe(0);
        expect(statuses.every((s) => s === 'not-in-position')).toBe(true);
      });
    }
  }
});
