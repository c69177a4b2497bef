import { describe, expect, it } from 'vitest';
import { sessionAmount } from '../../../../src/components/history-view/history-words';
import type { SessionRecord } from '../../../../src/storage';
import { T0, sampleRecord } from '../../../browser/support/storage-fixtures';

describe("a session's amount in the history", () => {
  it('is its reps in sets for a rep exercise', () => {
    expect(sessionAmount(sampleRecord('a', 'glute-bridge', T0, 6))).toBe('6 reps in 1 set');
  });

  it("is the seconds held, each side's apart, against the target, with the pauses, for a timed hold", () => {
    const hold = { targetMs: 30_000, start: 0, end: 40_000 };
    const stretch: SessionRecord = {
      ...sampleRecord('b', 'glute-bridge', T0, 0),
      exercise: 'hamstring-stretch',
      sets: [{ set: 1, reps: [], holds: [{ ...hold, side: 'left', heldMs: 30_000, pauses: [] }, { ...hold, side: 'right', heldMs: 21_600, pauses: [{ t: 5000, reason: 'Lift the leg higher', resumedAt: null }] }] }],
    };
    expect(sessionAmount(stretch)).toBe('left 30 s, right 22 s held of 30 s · 1 pause');
    const plank = { ...stretch, exercise: 'plank' as const, sets: [{ set: 1, reps: [], holds: [{ ...hold, side: null, heldMs: 12_000, pauses: [] }] }] };
    expect(sessionAmount(plank)).toBe('12 s held of 30 s · 0 pauses');
  });
});
