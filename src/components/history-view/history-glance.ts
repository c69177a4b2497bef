/**
 * The history at a glance, worked out from the stored sessions (pure, so it is tested without a browser): this
 * month's calendar with the training days against the programme's 2-3 a week, and each exercise's trend over
 * the last four weeks against the four before.
 */
import { EXERCISES, exerciseById, type ExerciseId } from '../../analysis';
import type { SessionRecord } from '../../storage';
import { mean, repsOf, weekStart } from './history-stats';

/** The programme: 2-3 training days a week, a rest day between, so the glutes recover and grow. */
export const PROGRAMME_DAYS_PER_WEEK = { min: 2, max: 3 } as const;

const DAY_MS = 86_400_000;
/** A trend compares the last four weeks with the four before: long enough for a 2-3 a week habit to show. */
const TREND_WINDOW_MS = 28 * DAY_MS;

export interface CalendarDay {
  /** Local midnight, epoch ms. */
  date: number;
  inMonth: boolean;
  isToday: boolean;
  sessions: number;
}

/** `under-way`: the week is not over and can still reach the programme. */
export type WeekVerdict = 'below' | 'on-target' | 'above' | 'under-way';

export interface CalendarWeek {
  days: CalendarDay[];
  /** Days with at least one session (a routine of three exercises is one training day). */
  trainingDays: number;
  verdict: WeekVerdict;
}

export interface MonthCalendar {
  /** The first of the month, local midnight, epoch ms. */
  month: number;
  weeks: CalendarWeek[];
}

function midnight(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

function addDays(ms: number, days: number): number {
  const day = new Date(ms);
  day.setDate(day.getDate() + days);
  return day.getTime();
}

function sessionsPerDay(sessions: readonly SessionRecord[]): Map<number, number> {
  const days = new Map<number, number>();
  for (const session of sessions) {
    const day = midnight(session.startedAt);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

function verdict(trainingDays: number, weekOver: boolean): WeekVerdict {
  if (trainingDays > PROGRAMME_DAYS_PER_WEEK.max) return 'above';
  if (trainingDays >= PROGRAMME_DAYS_PER_WEEK.min) return 'on-target';
  return weekOver ? 'below' : 'under-way';
}

/** The weeks (Monday first) of the month holding `now`, each day with its sessions. */
export function monthCalendar(sessions: readonly SessionRecord[], now: number): MonthCalendar {
  const first = new Date(now);
  first.setHours(0, 0, 0, 0);
  first.setDate(1);
  const month = first.getMonth();
  const today = midnight(now);
  const perDay = sessionsPerDay(sessions);
  const weeks: CalendarWeek[] = [];
  for (let start = weekStart(first.getTime()); new Date(start).getMonth() === month || start < first.getTime(); start = addDays(start, 7)) {
    const days = Array.from({ length: 7 }, (_, index) => {
      const date = addDays(start, index);
      return { date, inMonth: new Date(date).getMonth() === month, isToday: date === today, sessions: perDay.get(date) ?? 0 };
    });
    const trainingDays = days.filter((day) => day.sessions > 0).length;
    weeks.push({ days, trainingDays, verdict: verdict(trainingDays, addDays(start, 7) <= today) });
  }
  return { month: first.getTime(), weeks };
}

export interface TrendMeasures {
  sessions: number;
  repsPerSession: number;
  /** Mean hold at the top, s; null without reps. */
  holdS: number | null;
  rangeDeg: number | null;
  /** Share of reps with any fault, %; null without reps. */
  faultSharePct: number | null;
}

export interface ExerciseTrend {
  exercise: ExerciseId;
  label: string;
  color: string;
  /** The last four weeks; null when the exercise was not done then. */
  recent: TrendMeasures | null;
  /** The four weeks before; null when it was not done then. */
  earlier: TrendMeasures | null;
}

function measures(sessions: readonly SessionRecord[]): TrendMeasures | null {
  if (sessions.length === 0) return null;
  const reps = sessions.flatMap(repsOf);
  const faulty = reps.filter((rep) => rep.faults.length > 0).length;
  return {
    sessions: sessions.length,
    repsPerSession: sessions.reduce((sum, session) => sum + session.reps, 0) / sessions.length,
    holdS: mean(reps.map((rep) => rep.holdMs / 1000)),
    rangeDeg: mean(reps.map((rep) => rep.romDeg)),
    faultSharePct: reps.length === 0 ? null : (100 * faulty) / reps.length,
  };
}

/** Each exercise done in the last eight weeks: its measures over the last four and the four before. */
export function exerciseTrends(sessions: readonly SessionRecord[], now: number): ExerciseTrend[] {
  const within = (from: number, to: number) => (session: SessionRecord) => session.startedAt > from && session.startedAt <= to;
  return EXERCISES.flatMap((exercise) => {
    const done = sessions.filter((session) => session.exercise === exercise);
    const recent = measures(done.filter(within(now - TREND_WINDOW_MS, now)));
    const earlier = measures(done.filter(within(now - 2 * TREND_WINDOW_MS, now - TREND_WINDOW_MS)));
    if (!recent && !earlier) return [];
    const { name, chartColor } = exerciseById(exercise);
    return [{ exercise, label: name, color: chartColor, recent, earlier }];
  });
}
