import { describe, expect, it } from 'vitest';
import { DB_VERSION, SESSION_RECORD_VERSION, fromV1, fromV2, fromV3, fromV4 } from '../../../src/storage/schema';
import { T0, sampleFault, sampleRep } from '../../browser/support/storage-fixtures';

describe('schema', () => {
  it('is at version 5, with records of shape version 5', () => {
    expect(DB_VERSION).toBe(5);
    expect(SESSION_RECORD_VERSION).toBe(5);
  });

  it('migrates a version 1 record, keeping its data and marking a never-ended one interrupted', () => {
    const old = { id: 'a', startedAt: T0, endedAt: null, exercise: 'glute-bridge' as const, side: null, reps: 1, sets: [{ set: 1, reps: [sampleRep(1)] }], faults: [sampleFault(1)] };
    expect(fromV1(old)).toEqual({
      ...old,
      schemaVersion: 2,
      status: 'interrupted',
      source: 'live',
      targetReps: null,
      targetSets: null,
      model: 'unknown',
      engine: 'unknown',
      delegate: 'unknown',
    });
    expect(fromV1({ ...old, endedAt: T0 + 1 }).status).toBe('complete');
  });

  it('migrates a version 2 record to an empty pain diary, keeping everything else', () => {
    const v2 = fromV1({ id: 'b', startedAt: T0, endedAt: T0 + 1, exercise: 'clamshell', side: 'left', reps: 1, sets: [{ set: 1, reps: [sampleRep(1)] }], faults: [] });
    expect(fromV2({ ...v2, modelReason: 'Auto' })).toEqual({ ...v2, modelReason: 'Auto', schemaVersion: 3, painBefore: null, painAfter: null, painStops: [] });
  });

  it('migrates a version 3 record to sets without a movement series, keeping everything else', () => {
    const v3 = fromV2(fromV1({ id: 'c', startedAt: T0, endedAt: T0 + 1, exercise: 'hip-thrust', side: null, reps: 1, sets: [{ set: 1, reps: [sampleRep(1)] }], faults: [] }));
    const v4 = fromV3(v3);
    expect(v4).toEqual({ ...v3, schemaVersion: 4 });
    expect(v4.sets[0]!.series).toBeUndefined();
  });

  it('stamps a version 4 record (rep sessions only, no holds) with version 5, keeping everything else', () => {
    const v4 = fromV3(fromV2(fromV1({ id: 'd', startedAt: T0, endedAt: T0 + 1, exercise: 'squat', side: null, reps: 1, sets: [{ set: 1, reps: [sampleRep(1)] }], faults: [] })));
    const v5 = fromV4(v4);
    expect(v5).toEqual({ ...v4, schemaVersion: 5 });
    expect(v5.sets[0]!.holds).toBeUndefined();
  });
});
