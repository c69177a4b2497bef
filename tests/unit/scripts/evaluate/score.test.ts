/** The evaluation's scoring (scripts/evaluate) on small made-up results. */
import { describe, expect, it } from 'vitest';
import type { FaultType } from '../../../../src/analysis';
import { faultExpectation, summarise, type TrialResult } from '../../../../scripts/evaluate/score';
import { trialsFor } from '../../../../scripts/evaluate/trials';
import type { ClipLabel } from '../../../support/clips';

const NO_FRAMES_OUT = { ok: 100, 'body-not-visible': 0, 'low-confidence': 0, 'not-in-position': 0 };

function result(overrides: Partial<TrialResult>): TrialResult {
  return {
    clip: 'clip.mp4',
    exercise: 'glute-bridge',
    side: null,
    role: 'positive',
    reps: 0,
    expectedReps: 0,
    repsRange: null,
    repFaults: [],
    faultExpectation: null,
    frames: 100,
    framesInPosition: 100,
    framesByStatus: NO_FRAMES_OUT,
    ...overrides,
  };
}

/** `flagged` of `reps` reps with lumbar over-arching. */
const overarchedReps = (reps: number, flagged: number): FaultType[][] =>
  Array.from({ length: reps }, (_, i) => (i < flagged ? ['lumbar-overarch'] : []));

const label = (overrides: Partial<ClipLabel>): ClipLabel => ({ file: 'clip.mp4', exercise: 'glute-bridge', reps: 5, ...overrides });

describe('evaluation: what the labels say about over-arching', () => {
  it('reads a number of reps (0: clean) and "at least K of the N reps"', () => {
    expect(faultExpectation(label({ faults: { 'lumbar-overarch': 0, 'pelvic-drop': 0 } }))).toEqual({ min: 0, max: 0 });
    expect(faultExpectation(label({ faults: { 'lumbar-overarch': 3 } }))).toEqual({ min: 3, max: 3 });
    expect(faultExpectation(label({ faults: { 'lumbar-overarch': 'at least 5 of the 6 reps' } }))).toEqual({ min: 5, max: 6 });
  });

  it('leaves unjudged a clip whose labels do not name the fault, and a sentence it cannot read', () => {
    expect(faultExpectation(label({}))).toBeNull();
    // The shared labels write `faults: {}` where the form was not judged ("Over-arching not judged (the plate hides it)").
    expect(faultExpectation(label({ faults: {} }))).toBeNull();
    expect(faultExpectation(label({ faults: { 'pelvic-drop': 0 } }))).toBeNull();
    expect(faultExpectation(label({ faults: { 'lumbar-overarch': 'probable at every top' } }))).toBeNull();
  });
});

describe('evaluation: what each clip is tried as', () => {
  // The floor exercises with a chosen working leg, each tried on both legs.
  const FLOOR_NEGATIVES = [
    'negative side-lying-leg-lift left',
    'negative side-lying-leg-lift right',
    'negative donkey-kick',
    'negative glute-march',
    'negative single-leg-bridge left',
    'negative single-leg-bridge right',
  ];
  const STANDING_NEGATIVES = ['negative romanian-deadlift', 'negative squat', 'negative lunge', 'negative step-up left', 'negative step-up right'];
  const tried = (l: ClipLabel) => trialsFor(l).map((t) => `${t.role} ${t.options.exercise}${'side' in t.options ? ` ${t.options.side}` : ''}`);

  it('its own exercise as a positive, every other one as a negative, a clamshell on both sides', () => {
    expect(tried(label({ exercise: 'hip-thrust' }))).toEqual(['negative glute-bridge', 'positive hip-thrust', 'negative clamshell left', 'negative clamshell right', ...FLOOR_NEGATIVES, ...STANDING_NEGATIVES]);
    expect(tried(label({ exercise: 'clamshell', side: 'right' }))).toEqual(['negative glute-bridge', 'negative hip-thrust', 'positive clamshell right', ...FLOOR_NEGATIVES, ...STANDING_NEGATIVES]);
    expect(tried(label({ exercise: 'step-up', side: 'left' })).filter((trial) => trial.startsWith('positive'))).toEqual(['positive step-up left']);
  });

  it('an exercise the coach does not know, or none, as a negative for every exercise', () => {
    const everyNegative = ['negative glute-bridge', 'negative hip-thrust', 'negative clamshell left', 'negative clamshell right', ...FLOOR_NEGATIVES, ...STANDING_NEGATIVES];
    expect(tried(label({ exercise: 'lateral-band-walk' }))).toEqual(everyNegative);
    expect(tried(label({ exercise: null }))).toEqual(everyNegative);
  });

  it('a label naming an id the catalogue now knows is that exercise positive, on its labelled leg', () => {
    // Both legs at once, each counted apart: the label's side is the clip's kicking leg, not a trial of its own.
    expect(tried(label({ exercise: 'donkey-kick', side: 'right' })).filter((trial) => trial.startsWith('positive'))).toEqual(['positive donkey-kick']);
    expect(tried(label({ exercise: 'side-lying-leg-lift', side: 'left' })).filter((trial) => trial.startsWith('positive'))).toEqual(['positive side-lying-leg-lift left']);
  });

  it('refuses a clamshell label without its working side', () => {
    expect(() => trialsFor(label({ exercise: 'clamshell' }))).toThrow(/needs its "side"/);
  });
});

describe('evaluation: summary', () => {
  const results = [
    result({ clip: 'exact.mp4', reps: 5, expectedReps: 5 }),
    result({ clip: 'one-over.mp4', reps: 4, expectedReps: 3 }),
    result({ clip: 'in-range.mp4', reps: 4, expectedReps: 5, repsRange: [4, 5] }),
    result({ clip: 'out-of-range.mp4', reps: 0, expectedReps: 6, repsRange: [1, 7] }),
    result({ clip: 'quiet.mp4', role: 'negative', exercise: 'hip-thrust' }),
    result({ clip: 'counted.mp4', role: 'negative', exercise: 'clamshell', side: 'left', reps: 2 }),
  ];

  it('counts: mean error against the labelled count, off by one, exact or in range', () => {
    const summary = summarise(results);
    expect(summary.positives).toBe(4);
    expect(summary.countMae).toBeCloseTo((0 + 1 + 1 + 6) / 4);
    expect(summary.offByOneRate).toBeCloseTo(2 / 4);
    expect(summary.correctRate).toBeCloseTo(2 / 4);
  });

  it('negatives: the share that counted nothing, and which counted', () => {
    const summary = summarise(results);
    expect(summary.negatives).toBe(2);
    expect(summary.zeroCountRate).toBeCloseTo(1 / 2);
    expect(summary.negativesThatCounted).toEqual([{ clip: 'counted.mp4', exercise: 'clamshell', side: 'left', reps: 2 }]);
  });

  it('over-arching per rep: hits up to the most labelled, false alarms past it and on clean clips, misses short of the least', () => {
    const summary = summarise([
      result({ reps: 6, expectedReps: 6, repFaults: overarchedReps(6, 4), faultExpectation: { min: 5, max: 6 } }),
      result({ reps: 5, expectedReps: 5, repFaults: overarchedReps(5, 2), faultExpectation: { min: 0, max: 0 } }),
      result({ reps: 3, expectedReps: 3, repFaults: overarchedReps(3, 3), faultExpectation: { min: 2, max: 2 } }),
      // Not judged, and a negative's faults: neither is scored.
      result({ reps: 3, expectedReps: 3, repFaults: overarchedReps(3, 3), faultExpectation: null }),
      result({ role: 'negative', reps: 2, repFaults: overarchedReps(2, 2) }),
    ]);
    expect(summary.overarch).toEqual({ truePositives: 6, falsePositives: 3, falseNegatives: 1, precision: 6 / 9, recall: 6 / 7 });
  });

  it('says n/a (null) where there is nothing to measure', () => {
    const summary = summarise([result({ role: 'negative' })]);
    expect(summary).toMatchObject({ positives: 0, countMae: null, correctRate: null, zeroCountRate: 1 });
    expect(summary.overarch).toMatchObject({ precision: null, recall: null });
  });
});
