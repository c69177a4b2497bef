import { describe, expect, it } from 'vitest';
import { DB_VERSION, SESSION_RECORD_VERSION, fromV1 } from '../../../src/storage/schema';
import { T0, sampleFault, sampleRep } from '../../browser/harness/storage-fixtures';

describe('schema', () => {
  it('is at version 2, with records of shape version 2', () => {
    expect(DB_VERSION).toBe(2);
    expect(SESSION_RECORD_VERSION).toBe(2);
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
});
