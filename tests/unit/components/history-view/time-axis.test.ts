import { describe, expect, it } from 'vitest';
import { fittedTimeRange, tickLabel, timeTicks } from '../../../../src/components/history-view/time-axis';

const DAY_S = 86_400;
const at = (year: number, month: number, day: number) => new Date(year, month - 1, day).getTime() / 1000;

describe('the history time axis', () => {
  it('gives one session the week around it, not years', () => {
    const session = at(2026, 12, 1) + 10 * 3600;
    const [min, max] = fittedTimeRange(session, session);
    expect(max - min).toBe(8 * DAY_S);
    expect(min).toBeLessThan(session);
    expect(max).toBeGreaterThan(session);
  });

  it('fits a longer history with a small margin', () => {
    const [min, max] = fittedTimeRange(at(2026, 1, 1), at(2026, 7, 1));
    expect(min).toBeLessThan(at(2026, 1, 1));
    expect(min).toBeGreaterThan(at(2025, 12, 20));
    expect(max).toBeLessThan(at(2026, 7, 12));
  });

  it('ticks on days, then Mondays, then months, halves and years as the room shrinks', () => {
    const week = timeTicks(at(2026, 11, 29), at(2026, 12, 6), 10);
    expect(week.step).toBe('day');
    expect(week.ticks).toHaveLength(8);
    const weeks = timeTicks(at(2026, 11, 1), at(2026, 12, 1), 6);
    expect(weeks.step).toBe('week');
    expect(weeks.ticks.map((tick) => new Date(tick * 1000).getDay())).toEqual([1, 1, 1, 1, 1]);
    const years = timeTicks(at(2024, 12, 1), at(2026, 12, 1), 5);
    expect(years.step).toBe('half-year');
    expect(years.ticks.map((tick) => new Date(tick * 1000).getMonth())).toEqual([0, 6, 0, 6]);
    expect(timeTicks(at(2010, 1, 1), at(2026, 1, 1), 4).step).toBe('year');
  });

  it('labels days with the day and months with the year', () => {
    expect(tickLabel(at(2026, 12, 1), 'week')).toMatch(/1/);
    expect(tickLabel(at(2026, 12, 1), 'week')).not.toMatch(/2026/);
    expect(tickLabel(at(2026, 7, 1), 'half-year')).toMatch(/2026/);
  });
});
