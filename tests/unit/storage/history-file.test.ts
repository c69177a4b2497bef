import { describe, expect, it } from 'vitest';
import { readHistoryFile, writeHistoryFile } from '../../../src/storage/history-file';
import type { SafetyAnswer, SessionRecord } from '../../../src/storage';
import { T0, asVersionTwo, sampleRecord, sampleRep } from '../../browser/support/storage-fixtures';

const valid: SessionRecord = {
  ...sampleRecord('a', 'hip-thrust', T0, 2),
  painBefore: 5,
  painAfter: 3,
  painStops: [{ t: 5400, set: 1, rep: 2, phase: 'rising', angleDeg: 151.5 }],
};
const answer: SafetyAnswer = { answeredAt: T0 - 1, flags: ['leg-pain'], acknowledged: true };

function fileWith(session: unknown, safety: unknown = null): string {
  return JSON.stringify({ format: 'glute-coach-history', version: 4, exportedAt: T0, sessions: [session], safety });
}

/** A session as an export of version 1 held it: record version 2, no pain diary. */
function versionOneFile(): { format: string; version: number; exportedAt: number; sessions: Record<string, unknown>[] } {
  return { format: 'glute-coach-history', version: 1, exportedAt: T0, sessions: [{ ...asVersionTwo(valid) }] };
}

describe('history file', () => {
  it('reads back what it writes, the safety answer included', () => {
    expect(readHistoryFile(writeHistoryFile([valid], answer, T0))).toEqual({ ok: true, sessions: [valid], safety: answer });
    expect(readHistoryFile(writeHistoryFile([], null, T0))).toEqual({ ok: true, sessions: [], safety: null });
  });

  it('reads a version 1 file, bringing its sessions up to date with an empty pain diary', () => {
    const expected = { ...valid, painBefore: null, painAfter: null, painStops: [] };
    expect(readHistoryFile(JSON.stringify(versionOneFile()))).toEqual({ ok: true, sessions: [expected], safety: null });
  });

  it('holds each version to its own layout', () => {
    const v1 = versionOneFile();
    expect(readHistoryFile(JSON.stringify({ ...v1, safety: answer }))).toEqual({ ok: false, errors: ['file.safety: not a known field'] });
    expect(readHistoryFile(JSON.stringify({ ...v1, sessions: [valid] }))).toEqual({
      ok: false,
      errors: [
        'sessions[0].schemaVersion: must be 2 (got 5)',
        'sessions[0].painBefore: not a known field',
        'sessions[0].painAfter: not a known field',
        'sessions[0].painStops: not a known field',
      ],
    });
    expect(readHistoryFile(fileWith(v1.sessions[0]))).toEqual({
      ok: false,
      errors: [
        'sessions[0].schemaVersion: must be 5 (got 2)',
        'sessions[0].painBefore: missing',
        'sessions[0].painAfter: missing',
        'sessions[0].painStops: missing',
      ],
    });
  });

  it('checks the header before any session, and reports only the header then', () => {
    const text = JSON.stringify({ format: 'glute-coach-history', version: 3, exportedAt: -1, sessions: [{}], extra: 1 });
    expect(readHistoryFile(text)).toEqual({
      ok: false,
      errors: [
        'file.exportedAt: must be a whole number from 0 to 8640000000000000 (got -1)',
        'file.safety: missing',
        'file.extra: not a known field',
      ],
    });
  });

  it('names only what is wrong about a file of another kind or version', () => {
    const newer = JSON.stringify({ format: 'glute-coach-history', version: 5, exportedAt: -1, sessions: 'all' });
    expect(readHistoryFile(newer)).toEqual({ ok: false, errors: ['file.version: must be one of 1, 2, 3, 4 (got 5)'] });
    expect(readHistoryFile('[]')).toEqual({ ok: false, errors: ['file: must be an object (got [])'] });
  });

  it('checks the pain diary: whole ratings from 0 to 10, stops at a known phase', () => {
    const stop = { ...valid.painStops[0], phase: 'sideways', rep: 0 };
    expect(readHistoryFile(fileWith({ ...valid, painBefore: 11, painAfter: 2.5, painStops: [stop] }))).toEqual({
      ok: false,
      errors: [
        'sessions[0].painBefore: must be a whole number from 0 to 10 (got 11)',
        'sessions[0].painAfter: must be a whole number from 0 to 10 (got 2.5)',
        'sessions[0].painStops[0].rep: must be a whole number from 1 to 100000 (got 0)',
        'sessions[0].painStops[0].phase: must be one of "bottom", "rising", "top", "lowering" (got "sideways")',
      ],
    });
  });

  it('checks the safety answer: known signs, each once, and acknowledged whenever one is ticked', () => {
    const problemsWith = (safety: unknown): string[] => {
      const read = readHistoryFile(fileWith(valid, safety));
      return read.ok ? [] : read.errors;
    };
    expect(problemsWith({ ...answer, flags: [], acknowledged: false })).toEqual([]);
    expect(problemsWith({ ...answer, acknowledged: false })).toEqual(['file.safety.acknowledged: must be true when a sign is ticked (got false)']);
    expect(problemsWith({ ...answer, flags: ['leg-pain', 'leg-pain'] })).toEqual(['file.safety.flags: must not list a sign twice']);
    expect(problemsWith({ ...answer, flags: ['headache'], acknowledged: 'yes' })).toEqual([
      'file.safety.flags[0]: must be one of "leg-pain", "numbness", "worsening", "bladder-bowel", "severe-limitation", "fever-weight-loss", "fall-injury" (got "headache")',
      'file.safety.acknowledged: must be one of true, false (got "yes")',
    ]);
  });

  it('shows a long or odd value shortened, and odd field names quoted', () => {
    const text = fileWith({ ...valid, model: 'x'.repeat(80), 'bad key': 1 });
    expect(readHistoryFile(text)).toEqual({
      ok: false,
      errors: [
        `sessions[0].model: must be text of 1 to 50 characters (got "${'x'.repeat(39)}…)`,
        'sessions[0]["bad key"]: not a known field',
      ],
    });
  });

  it('requires an in-progress session to have no end, and a complete one to have one', () => {
    expect(readHistoryFile(fileWith({ ...valid, endedAt: null })).ok).toBe(false);
    expect(readHistoryFile(fileWith({ ...valid, status: 'in-progress' }))).toEqual({
      ok: false,
      errors: [`sessions[0].endedAt: must be null while the session is in progress (got ${T0 + 60_000})`],
    });
    expect(readHistoryFile(fileWith({ ...valid, status: 'interrupted', endedAt: null })).ok).toBe(true);
  });

  it('holds reps to the catalogue: a leg on each rep where the legs alternate (glute march), none elsewhere', () => {
    const march: SessionRecord = {
      ...sampleRecord('m', 'glute-march', T0, 0),
      reps: 2,
      sets: [{ set: 1, reps: [sampleRep(1, { leg: 'left' }), sampleRep(2, { leg: 'right' })] }],
    };
    expect(readHistoryFile(fileWith(march))).toEqual({ ok: true, sessions: [march], safety: null });
    expect(readHistoryFile(fileWith({ ...march, sets: [{ set: 1, reps: [sampleRep(1, { leg: 'left' }), sampleRep(2)] }] }))).toEqual({
      ok: false,
      errors: ['sessions[0].sets[0].reps[1].leg: missing (glute-march counts each leg apart)'],
    });
    expect(readHistoryFile(fileWith({ ...march, sets: [{ set: 1, reps: [sampleRep(1, { leg: 'up' as 'left' })] }] })).ok).toBe(false);
    expect(readHistoryFile(fileWith({ ...valid, sets: [{ set: 1, reps: [sampleRep(1, { leg: 'left' })] }] }))).toEqual({
      ok: false,
      errors: ['sessions[0].sets[0].reps[0].leg: not a field of hip-thrust (it does not alternate legs)'],
    });
  });

  it('accepts an optional modelReason but nothing undeclared', () => {
    expect(readHistoryFile(fileWith({ ...valid, modelReason: 'Auto: no GPU' })).ok).toBe(true);
    expect(readHistoryFile(fileWith({ ...valid, modelReason: 5 }))).toEqual({
      ok: false,
      errors: ['sessions[0].modelReason: must be text of 0 to 500 characters (got 5)'],
    });
  });

  it('refuses a file too large to be an export', () => {
    const result = readHistoryFile(' '.repeat(50_000_001));
    expect(result).toEqual({ ok: false, errors: ['file: too large (50000001 characters; at most 50000000)'] });
  });
});

describe("a set's movement series in the file", () => {
  const series = { startMs: 4000, stepMs: 100, angleDeg: [120, 135, null, 178] };
  const withSeries: SessionRecord = { ...valid, sets: [{ ...valid.sets[0]!, series }] };

  it('is written and read back with its set', () => {
    expect(readHistoryFile(writeHistoryFile([withSeries], null, T0))).toEqual({ ok: true, sessions: [withSeries], safety: null });
  });

  it('reads a version 2 file (no series) as sets without one', () => {
    const versionTwo = JSON.stringify({ format: 'glute-coach-history', version: 2, exportedAt: T0, sessions: [{ ...valid, schemaVersion: 3 }], safety: null });
    expect(readHistoryFile(versionTwo)).toEqual({ ok: true, sessions: [valid], safety: null });
  });

  it('checks every value of it', () => {
    const broken = { ...valid, sets: [{ ...valid.sets[0]!, series: { ...series, stepMs: 0, angleDeg: [120, 'up'] } }] };
    expect(readHistoryFile(fileWith(broken))).toEqual({
      ok: false,
      errors: [
        'sessions[0].sets[0].series.stepMs: must be a number from 1 to 60000 (got 0)',
        'sessions[0].sets[0].series.angleDeg[1]: must be a number from -360 to 360 (got "up")',
      ],
    });
  });
});

describe('timed holds in the file', () => {
  const hold = { side: 'left' as const, targetMs: 30_000, heldMs: 21_500, start: 4000, end: 29_000, pauses: [{ t: 9000, reason: 'Keep your torso tall', resumedAt: 12_500 }] };
  const stretch: SessionRecord = { ...valid, exercise: 'hip-flexor-stretch', side: null, reps: 0, faults: [], sets: [{ set: 1, reps: [], holds: [hold, { ...hold, side: 'right', pauses: [] }] }] };

  it('are written and read back with their sides, times and pauses', () => {
    expect(readHistoryFile(writeHistoryFile([stretch], null, T0))).toEqual({ ok: true, sessions: [stretch], safety: null });
  });

  it('reads a version 3 file (rep sessions only) as it was, stamped with the record version of today', () => {
    const versionThree = JSON.stringify({ format: 'glute-coach-history', version: 3, exportedAt: T0, sessions: [{ ...valid, schemaVersion: 4 }], safety: null });
    expect(readHistoryFile(versionThree)).toEqual({ ok: true, sessions: [valid], safety: null });
    const holdInVersionThree = JSON.stringify({ format: 'glute-coach-history', version: 3, exportedAt: T0, sessions: [{ ...stretch, schemaVersion: 4 }], safety: null });
    expect(readHistoryFile(holdInVersionThree).ok).toBe(false);
  });

  it('holds holds to the catalogue: a side exactly where the hold has sides, no reps in a hold, no holds in a rep exercise', () => {
    const plank = { ...stretch, exercise: 'plank', sets: [{ set: 1, reps: [sampleRep(1)], holds: [hold] }] };
    const bridge = { ...valid, sets: [{ ...valid.sets[0]!, holds: [hold] }] };
    const unsided = { ...stretch, sets: [{ set: 1, reps: [], holds: [{ ...hold, side: null }] }] };
    expect(readHistoryFile(fileWith(plank))).toEqual({
      ok: false,
      errors: ['sessions[0].sets[0].reps: must be empty (plank is a timed hold)', 'sessions[0].sets[0].holds[0].side: must be null (plank has no sides)'],
    });
    expect(readHistoryFile(fileWith(bridge))).toEqual({ ok: false, errors: ['sessions[0].sets[0].holds: not a field of hip-thrust (it counts reps)'] });
    expect(readHistoryFile(fileWith(unsided))).toEqual({ ok: false, errors: ['sessions[0].sets[0].holds[0].side: missing (hip-flexor-stretch is held each side)'] });
  });

  it('checks every value of a hold', () => {
    const broken = { ...stretch, sets: [{ set: 1, reps: [], holds: [{ ...hold, heldMs: -1, pauses: [{ t: 9000, reason: '', resumedAt: null }] }] }] };
    expect(readHistoryFile(fileWith(broken))).toEqual({
      ok: false,
      errors: ['sessions[0].sets[0].holds[0].heldMs: must be a number from 0 to 86400000 (got -1)', 'sessions[0].sets[0].holds[0].pauses[0].reason: must be text of 1 to 500 characters (got "")'],
    });
  });
});

