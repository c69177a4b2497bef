/**
 * The history's time axes: a range that fits the sessions (one session gets the week around it, not years),
 * ticks on calendar days, Mondays, or the first of a month, and labels that say which. Pure, in epoch seconds
 * (the charts' x unit), so it is tested without a browser.
 */

const DAY_S = 86_400;

export type TickStep = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/** Steps tried from the finest; the first that fits the room is used. */
const STEPS: readonly TickStep[] = ['day', 'week', 'month', 'quarter', 'half-year', 'year'];

const MONTHS_PER: Partial<Record<TickStep, number>> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

/** Fewer than this between the first and last session and the axis shows the week around them. */
const MIN_SPAN_S = 7 * DAY_S;

/** The x range for sessions from `min` to `max`: at least a week wide, with a margin so end points are not cut. */
export function fittedTimeRange(min: number, max: number): [number, number] {
  const span = max - min;
  if (span < MIN_SPAN_S) {
    const middle = (min + max) / 2;
    return [middle - MIN_SPAN_S / 2 - DAY_S / 2, middle + MIN_SPAN_S / 2 + DAY_S / 2];
  }
  const margin = Math.max(span * 0.04, DAY_S / 2);
  return [min - margin, max + margin];
}

/** Local midnight of the day holding `seconds`, advanced to the first tick of `step` at or after it. */
function firstTick(seconds: number, step: TickStep): Date {
  const date = new Date(seconds * 1000);
  date.setHours(0, 0, 0, 0);
  if (date.getTime() < seconds * 1000) date.setDate(date.getDate() + 1);
  if (step === 'week') date.setDate(date.getDate() + ((8 - date.getDay()) % 7));
  if (step === 'day' || step === 'week') return date;
  const monthsPer = MONTHS_PER[step]!;
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  if (first < date) first.setMonth(first.getMonth() + 1);
  while (first.getMonth() % monthsPer !== 0) first.setMonth(first.getMonth() + 1);
  return first;
}

function advance(date: Date, step: TickStep): void {
  if (step === 'day') date.setDate(date.getDate() + 1);
  else if (step === 'week') date.setDate(date.getDate() + 7);
  else date.setMonth(date.getMonth() + MONTHS_PER[step]!);
}

function ticksOf(min: number, max: number, step: TickStep, limit: number): number[] {
  const ticks: number[] = [];
  for (const date = firstTick(min, step); date.getTime() <= max * 1000 && ticks.length <= limit; advance(date, step)) {
    ticks.push(date.getTime() / 1000);
  }
  return ticks;
}

/** Ticks from `min` to `max` on the finest calendar step that gives at most `maxTicks` of them. */
export function timeTicks(min: number, max: number, maxTicks: number): { step: TickStep; ticks: number[] } {
  for (const step of STEPS) {
    const ticks = ticksOf(min, max, step, maxTicks);
    if (ticks.length <= maxTicks) return { step, ticks };
  }
  return { step: 'year', ticks: ticksOf(min, max, 'year', Number.POSITIVE_INFINITY) };
}

const DAY_LABEL = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const MONTH_LABEL = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const YEAR_LABEL = new Intl.DateTimeFormat(undefined, { year: 'numeric' });

/** "1 Dec" for days and weeks, "Dec 2026" for months, "2026" for years. */
export function tickLabel(seconds: number, step: TickStep): string {
  const format = step === 'day' || step === 'week' ? DAY_LABEL : step === 'year' ? YEAR_LABEL : MONTH_LABEL;
  return format.format(seconds * 1000);
}
