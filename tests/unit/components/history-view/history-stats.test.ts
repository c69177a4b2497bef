import { describe, expect, it } from 'vitest';
import {
  faultSharePerWeek,
  holdTrend,
  painTrend,
  rangeOfMotionTrend,
  repsPerWeek,
} from '../../../../src/components/history-view/history-stats';
import { weekStart } from '../../../../src/components/week-progress/training-weeks';
import { DAY_MS, T0, sampleRecord } from '../../../browser/support/storage-fixtures';

// T0 is a Tuesday; T0 + 6 days is the next Monday, so these fall in two weeks.
const sessions = [
  sampleRecord('a', 'glute-bridge', T0, 6),
  sampleRecord('b', 'clamshell', T0 + DAY_MS, 3),
  sampleRecord('c', 'glute-bridge', T0 + 6 * DAY_MS, 4),
];
const weeks = [weekStart(T0) / 1000, weekStart(T0 + 6 * DAY_MS) / 1000];

describe('history charts', () => {
  it('starts weeks on Monday at midnight, local time', () => {
    const start = new Date(weekStart(T0));
    expect([start.getDay(), start.getHours(), start.getMinutes()]).toEqual([1, 0, 0]);
    expect(weekStart(T0 + 6 * DAY_MS) - weekStart(T0)).toBeGreaterThanOrEqual(6 * DAY_MS);
  });

  it('adds up reps per exercise per week', () => {
    expect(repsPerWeek(sessions)).toMatchObject({
      x: weeks,
      series: [
        { label: 'Glute bridge', values: [6, 4] },
        { label: 'Clamshell', values: [3, 0] },
      ],
    });
  });

  it('gives the share of reps with each fault that happened, per week', () => {
    // Every third rep is arched: 3 of week one's 9 reps (2 of 6, 1 of 3), 1 of week two's 4.
    const chart = faultSharePerWeek(sessions);
    expect(chart.series.map((series) => series.label)).toEqual(['Lower back arched']);
    expect(chart.series[0]!.values[0]).toBeCloseTo((100 * 3) / 9);
    expect(chart.series[0]!.values[1]).toBeCloseTo(25);
  });

  it('draws one point per session with reps for hold and range, on its exercise line', () => {
    const withoutReps = sampleRecord('d', 'hip-thrust', T0 + 2 * DAY_MS, 0);
    const hold = holdTrend([...sessions, withoutReps]);
    expect(hold.x).toEqual([T0, T0 + DAY_MS, T0 + 6 * DAY_MS].map((ms) => ms / 1000));
    // sampleRep holds 800 + 10 * rep ms.
    expect(hold.series).toMatchObject([
      { label: 'Glute bridge', values: [0.835, null, 0.825] },
      { label: 'Clamshell', values: [null, 0.82, null] },
    ]);
    expect(rangeOfMotionTrend(sessions).series[0]?.values).toEqual([43.5, null, 42.5]);
  });

  it('draws back pain before and after per rated session, on the whole 0-10 scale, with what people often notice', () => {
    const rated = [
      sampleRecord('e', 'glute-bridge', T0 + DAY_MS, 3, { painBefore: 5 }),
      sampleRecord('f', 'clamshell', T0, 3, { painBefore: 6, painAfter: 4 }),
    ];
    const chart = painTrend([...sessions, ...rated]);
    expect(chart).toMatchObject({ x: [T0, T0 + DAY_MS].map((ms) => ms / 1000), range: [0, 10], note: expect.stringMatching(/^What people often notice/) });
    expect(chart.series).toMatchObject([
      { label: 'Before', values: [6, 5] },
      { label: 'After', values: [4, null] },
    ]);
    expect(painTrend(sessions).series).toEqual([]);
    expect(painTrend([rated[0]!]).series.map((series) => series.label)).toEqual(['Before']);
  });
});
