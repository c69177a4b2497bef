/**
 * The exercise catalogue: every entry is whole and consistent, and an exercise is nothing but its entry
 * (a test-only exercise runs through the analysis with no other change).
 */
import { describe, expect, it } from 'vitest';
import {
  analyzeSequence,
  analyzerFor,
  CATALOGUE,
  defineExercise,
  EXERCISES,
  FAULT_TYPES,
  faultKind,
  isExerciseId,
  type ExerciseDescriptor,
} from '../../../src/analysis';
import { lumbarOverarch } from '../../../src/analysis/faults';
import { BRIDGE_GATE } from '../../../src/analysis/exercises/glute-bridge';
import { createSupineModel } from '../../../src/analysis/supine';
import { gentlerVariant } from '../../../src/components/stop-button/gentler-variant';
import { repKeyframes, supineSequence } from './synthetic';

describe('the catalogue', () => {
  it('has one entry per id, each with its own chart colour', () => {
    expect(new Set(EXERCISES).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((entry) => entry.chartColor)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))('%s: zones, targets, words and variant hold together', (_id, entry) => {
    expect(entry.reps.bottomMaxDeg).toBeLessThan(entry.reps.topMinDeg);
    expect(entry.reps.minRomDeg).toBeGreaterThan(0);
    expect(entry.holdTargetMs).toBeGreaterThan(0);
    expect(entry.targets.reps).toBeGreaterThan(0);
    expect(entry.targets.sets).toBeGreaterThan(0);
    expect(entry.camera.setup('left').length).toBeGreaterThan(0);
    expect(entry.camera.positionHint).not.toBe('');
    for (const check of entry.faults) expect(check.cue).not.toBe('');
    if (entry.gentler.instead !== undefined) expect(isExerciseId(entry.gentler.instead)).toBe(true);
    expect(gentlerVariant(entry.id).advice).toContain(entry.gentler.how);
  });

  it('names every fault type once, with a label and the joints it is judged on', () => {
    expect(new Set(FAULT_TYPES).size).toBe(FAULT_TYPES.length);
    for (const type of FAULT_TYPES) {
      expect(faultKind(type).label).not.toBe('');
      expect(faultKind(type).joints.length).toBeGreaterThan(0);
    }
  });
});

describe('a new exercise is its entry alone', () => {
  // A test-only exercise: a bridge whose hips stop short of the straight line (a "half bridge"), counted on
  // the hip angle at 150 where the glute bridge wants 165.
  const halfBridge = defineExercise({
    id: 'test-half-bridge',
    name: 'Half bridge',
    workingSide: 'camera',
    createModel: (_side, config) => createSupineModel(BRIDGE_GATE, config),
    reps: { bottomMaxDeg: 135, topMinDeg: 150, minRomDeg: 20 },
    faults: [lumbarOverarch(5)],
    holdTargetMs: 1000,
    targets: { reps: 10, sets: 2 },
    camera: { view: 'side', setup: () => ['Camera at your side.'], positionHint: 'Lie on your back' },
    gentler: { title: 'Lift less', how: 'Lift a little.' },
    chartColor: '#000000',
  });
  const halfBridges = supineSequence(repKeyframes({ reps: 4, bottom: 120, top: 158 }));

  it('counts through the analysis with nothing but its entry', () => {
    const summary = analyzerFor(halfBridge, null);
    for (const frame of halfBridges) summary.push(frame);
    expect(summary.finish()).toMatchObject({ exercise: 'test-half-bridge', side: null, reps: 4, faults: [] });
  });

  it('is counted by its own zones, not the bridge catalogue entry', () => {
    expect(analyzeSequence(halfBridges, { exercise: 'glute-bridge' }).reps).toBe(0);
  });

  it('is refused by the compiler when a part is missing', () => {
    // @ts-expect-error: an entry without its camera placement does not compile
    const incomplete: ExerciseDescriptor = { ...halfBridge, camera: undefined };
    expect(incomplete.id).toBe('test-half-bridge');
  });
});
