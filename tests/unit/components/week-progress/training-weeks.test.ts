/** The programme's 2-3 a week (src/components/week-progress/training-weeks.ts): training days, weeks from Monday, local time. */
import { describe, expect, it } from 'vitest';
import { PROGRAMME_DAYS_PER_WEEK, recentWeeks, thisWeek, weekStart } from '../../../../src/components/week-progress/training-weeks';
import type { ExerciseId } from '../../../../src/analysis';
import { sampleRecord } from '../../../browser/support/storage-fixtures';

const on = (year: number, month: number, day: number, hour = 10) => new Date(year, month - 1, day, hour).getTime();
const session = (id: string, startedAt: number, reps = 6, exercise: ExerciseId = 'glute-bridge') => sampleRecord(id, exercise, startedAt, reps);

// Thursday 10 December 2026: its week runs from Monday 7 to Sunday 13 December.
const now = on(2026, 12, 10, 18);

describe("this week's training days", () => {
  it('starts on Monday, local time, and counts a day with sessions once, however many blocks a routine saved', () => {
    const sessions = [
      // A routine on Monday: one record per block.
      session('thrust', on(2026, 12, 7, 9), 12, 'hip-thrust'), session('clams', on(2026, 12, 7, 9), 15, 'clamshell'), session('march', on(2026, 12, 7, 10), 20, 'glute-march'),
      session('wed', on(2026, 12, 9, 19)),
      // Sunday night before: last week.
      session('sunday', on(2026, 12, 6, 23)),
    ];
    const week = thisWeek(sessions, now);
    expect(new Date(week.start).getDay()).toBe(1);
    expect(week.start).toBe(on(2026, 12, 7, 0));
    expect(week.days).toEqual([true, false, true, false, false, false, false]);
    expect(week.trainingDays).toBe(2);
    expect(week.verdict).toBe('on-target');
  });

  it('leaves out sessions without a rep (a block skipped or cut off before its first rep)', () => {
    const week = thisWeek([session('skipped', on(2026, 12, 8), 0), session('one', on(2026, 12, 9))], now);
    expect(week.trainingDays).toBe(1);
    // The week is not over: one day so far is not yet "below".
    expect(week.verdict).toBe('under-way');
  });

  it(`says when a week had more than ${PROGRAMME_DAYS_PER_WEEK.max} days`, () => {
    expect(thisWeek([7, 8, 9, 10].map((day) => session(`d${day}`, on(2026, 12, day))), now).verdict).toBe('above');
  });
});

describe('the last weeks', () => {
  it('lists the weeks up to this one, newest first, each against the programme', () => {
    const sessions = [session('this', on(2026, 12, 8)), session('last-1', on(2026, 12, 1)), session('last-2', on(2026, 12, 3)), session('old', on(2026, 11, 18))];
    const weeks = recentWeeks(sessions, now, 4);
    expect(weeks.map((week) => week.start)).toEqual([0, -7, -14, -21].map((offset) => weekStart(on(2026, 12, 7 + offset, 12))));
    expect(weeks.map((week) => [week.trainingDays, week.verdict])).toEqual([
      [1, 'under-way'],
      [2, 'on-target'],
      [0, 'below'],
      [1, 'below'],
    ]);
  });
});
