/**
 * The lite and heavy recordings of the shared clips (tests/fixtures/*.lite|heavy.landmarks.json, recorded with
 * `npx tsx scripts/record-fixtures.ts --model lite|heavy`) against full's: the analysis counts the same reps,
 * and the landmarks stay within the tolerances in docs/benchmarks.md ("Model agreement").
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, type AnalyzerOptions } from '../../../../src/analysis';
import { AGREEMENT_TOLERANCES, compareLandmarks } from '../../../../scripts/bench/agreement';
import { firstClipLabels, type ClipLabel } from '../../../support/clips';
import { loadFixture } from '../../analysis/real-fixtures';
import { trialsFor } from '../../../../scripts/evaluate/trials';

/** The clip's own exercise; the push-up control is tried as every exercise, and must count nothing in each. */
function exercisesFor(label: ClipLabel): AnalyzerOptions[] {
  const trials = trialsFor(label);
  const own = trials.filter((trial) => trial.role === 'positive');
  return (own.length > 0 ? own : trials).map((trial) => trial.options);
}

for (const label of firstClipLabels()) {
  const name = label.file.replace(/\.mp4$/, '');
  const full = loadFixture(name).frames;

  describe.each(['lite', 'heavy'] as const)(`${name}: %s against full`, (variant) => {
    const frames = loadFixture(`${name}.${variant}`).frames;

    it('counts the same reps', () => {
      for (const options of exercisesFor(label)) {
        expect(analyzeSequence(frames, options).reps, options.exercise).toBe(analyzeSequence(full, options).reps);
      }
    });

    it('places the landmarks within the documented tolerance', () => {
      const agreement = compareLandmarks(full, frames);
      const tolerance = AGREEMENT_TOLERANCES[variant];
      expect(agreement.detectionShare).toBeGreaterThanOrEqual(tolerance.minDetectionShare);
      expect(agreement.hipAngleDeg.mean).toBeLessThanOrEqual(tolerance.hipAngleMeanDeg);
      expect(agreement.hipAngleDeg.max).toBeLessThanOrEqual(tolerance.hipAngleMaxDeg);
      expect(agreement.hipKneeOffset.mean).toBeLessThanOrEqual(tolerance.hipKneeOffsetMean);
    });
  });
}
