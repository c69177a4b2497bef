import { describe, expect, it } from 'vitest';
import { readHistoryFile, writeHistoryFile } from '../../../src/storage/history-file';
import type { SessionRecord } from '../../../src/storage';
import { T0, sampleComplete } from '../../browser/harness/storage-fixtures';

const valid: SessionRecord = { id: 'a', schemaVersion: 2, ...sampleComplete('hip-thrust', T0, 2) };

function fileWith(session: unknown): string {
  return JSON.stringify({ format: 'glute-coach-history', version: 1, exportedAt: T0, sessions: [session] });
}

describe('history file', () => {
  it('reads back what it writes', () => {
    expect(readHistoryFile(writeHistoryFile([valid], T0))).toEqual({ ok: true, sessions: [valid] });
  });

  it('checks the header before any session, and reports only the header then', () => {
    const text = JSON.stringify({ format: 'glute-coach-history', version: 2, exportedAt: -1, sessions: [{}], extra: 1 });
    expect(readHistoryFile(text)).toEqual({
      ok: false,
      errors: [
        'file.version: must be 1 (got 2)',
        'file.exportedAt: must be a whole number from 0 to 8640000000000000 (got -1)',
        'file.extra: not a known field',
      ],
    });
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
