import { describe, expect, it } from 'vitest';
import { exerciseTrends, monthCalendar } from '../../../../src/components/history-view/history-glance';
import type { SessionRecord } from '../../../../src/storage';
import type { ExerciseId } from '../../../../src/analysis';
import { sampleRecord } from '../../../browser/support/storage-fixtures';

const DAY_MS = 86_400_000;
const on = (year: number, month: number, day: number, hour = 10) => new Date(year, month - 1, day, hour).getTime();

function session(id: string, startedAt: number, exercise: ExerciseId = 'glute-bridge', reps = 6): SessionRecord {
  return sampleRecord(id, exercise, startedAt, reps);
}

describe("this month's calendar", () => {
  // Tuesday 15 December 2026; December starts on a Tuesday.
  const now = on(2026, 12, 15, 12);

  it('lays out the month in weeks from Monday, days outside the month marked', () => {
    const { weeks } = monthCalendar([], now);
    expect(weeks).toHaveLength(5);
    expect(new Date(weeks[0]!.days[0]!.date).getDate()).toBe(30);
    expect(weeks[0]!.days[0]!.inMonth).toBe(false);
    expect(weeks[0]!.days[1]!.inMonth).toBe(true);
    expect(weeks.flatMap((week) => week.days).filter((day) => day.isToday)).toHaveLength(1);
  });

  it('counts training days, not sessions, against 2-3 a week', () => {
    const sessions = [
      // Week of 7 Dec: a routine of two exercises on one day, and one more day: on target.
      session('a', on(2026, 12, 8)), session('b', on(2026, 12, 8, 11), 'hip-thrust'), session('c', on(2026, 12, 10)),
      // Week of 30 Nov: one day only, and the week is over.
      session('d', on(2026, 12, 2)),
    ];
    const { weeks } = monthCalendar(sessions, now);
    expect(weeks[1]!.trainingDays).toBe(2);
    expect(weeks[1]!.verdict).toBe('on-target');
    expect(weeks[1]!.days[1]!.sessions).toBe(2);
    expect(weeks[0]!.verdict).toBe('below');
    // The week of the 14th is not over: nothing yet is not "below".
    expect(weeks[2]!.verdict).toBe('under-way');
  });

  it('says when a week had more than the programme', () => {
    const sessions = [1, 2, 3, 4].map((day) => session(`s${day}`, on(2026, 12, 7 + day - 1)));
    expect(monthCalendar(sessions, now).weeks[1]!.verdict).toBe('above');
  });
});

describe('trends by exercise', () => {
  const now = on(2026, 12, 15, 12);

  it('compares the last four weeks with the four before, per exercise done', () => {
    const sessions = [
      session('new1', now - 3 * DAY_MS, 'glute-bridge', 9),
      session('new2', now - 10 * DAY_MS, 'glute-bridge', 9),
      session('old', now - 40 * DAY_MS, 'glute-bridge', 6),
      session('thrust', now - 2 * DAY_MS, 'hip-thrust', 3),
      session('ancient', now - 100 * DAY_MS, 'clamshell', 3),
    ];
    const trends = exerciseTrends(sessions, now);
    expect(trends.map((trend) => trend.exercise)).toEqual(['glute-bridge', 'hip-thrust']);
    const [bridge, thrust] = trends;
    expect(bridge!.recent).toMatchObject({ sessions: 2, repsPerSession: 9 });
    expect(bridge!.earlier).toMatchObject({ sessions: 1, repsPerSession: 6 });
    // Every third rep of the samples arches the back.
    expect(bridge!.recent!.faultSharePct).toBeCloseTo(100 / 3);
    expect(thrust!.earlier).toBeNull();
  });
});
