import { describe, expect, it } from 'vitest';
import { lastFourWeeks, physioReport } from '../../../../src/components/physio-report/report-data';
import { DAY_MS, sampleRecord } from '../../../browser/support/storage-fixtures';

const now = new Date(2026, 11, 15, 12).getTime();

describe('the physio report', () => {
  it('covers the four weeks up to today, in whole days', () => {
    const { from, to } = lastFourWeeks(now);
    expect(new Date(from)).toEqual(new Date(2026, 10, 18));
    expect(new Date(to)).toEqual(new Date(2026, 11, 15, 23, 59, 59, 999));
  });

  it("holds the period's sessions, oldest first, and each exercise against its targets", () => {
    const tenReps = { ...sampleRecord('full', 'glute-bridge', now - DAY_MS, 10) };
    const sessions = [
      sampleRecord('short', 'glute-bridge', now - 3 * DAY_MS, 6),
      tenReps,
      sampleRecord('before', 'glute-bridge', now - 40 * DAY_MS, 6),
    ];
    const report = physioReport(sessions, lastFourWeeks(now));
    expect(report.sessions.map((session) => session.id)).toEqual(['short', 'full']);
    expect(report.exercises).toEqual([
      {
        exercise: 'glute-bridge',
        label: 'Glute bridge',
        sessions: 2,
        sets: 2,
        targetSets: 6,
        // The samples aim at 10 reps a set: only the set of 10 reached it.
        setsOnTarget: 1,
        reps: 16,
        targetReps: 60,
        meanHoldS: expect.any(Number),
        meanRangeDeg: expect.any(Number),
        faults: [{ label: 'Lower back arched', reps: 5, sharePct: (100 * 5) / 16 }],
      },
    ]);
  });
});
