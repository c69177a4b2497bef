/**
 * The history at a glance, worked out from the stored sessions (pure, so it is tested without a browser): this
 * month's calendar with the training days against the programme's 2-3 a week (counted as training-weeks.ts
 * says), and each exercise's trend over the last four weeks against the four before.
 */
import { EXERCISES, exerciseById, type ExerciseId } from '../../analysis';
import type { SessionRecord } from '../../storage';
import { addDays, midnight, recentWeeks, trainedPerDay, weekStart, weekVerdict, type TrainingWeek, type WeekVerdict } from '../week-progress/training-weeks';
import { mean, repsOf } from './history-stats';

const DAY_MS = 86_400_000;
/** Weeks listed: twelve, the programme's 8-12 weeks to lasting relief. */
const WEEKS_SHOWN = 12;
/** A trend compares the last four weeks with the four before: long enough for a 2-3 a week habit to show. */
const TREND_WINDOW_MS = 28 * DAY_MS;

export interface CalendarDay {
  /** Local midnight, epoch ms. */
  date: number;
  inMonth: boolean;
  isToday: boolean;
  /** Sessions that trained (training-weeks.ts). */
  sessions: number;
}

export interface CalendarWeek {
  days: CalendarDay[];
  /** Days with at least one session that trained (a routine of three exercises is one training day). */
  trainingDays: number;
  verdict: WeekVerdict;
}

export interface MonthCalendar {
  /** The first of the month, local midnight, epoch ms. */
  month: number;
  weeks: CalendarWeek[];
}

/** The weeks (Monday first) of the month holding `now`, each day with its sessions. */
export function monthCalendar(sessions: readonly SessionRecord[], now: number): MonthCalendar {
  const first = new Date(now);
  first.setHours(0, 0, 0, 0);
  first.setDate(1);
  const month = first.getMonth();
  const today = midnight(now);
  const perDay = trainedPerDay(sessions);
  const weeks: CalendarWeek[] = [];
  for (let start = weekStart(first.getTime()); new Date(start).getMonth() === month || start < first.getTime(); start = addDays(start, 7)) {
    const days = Array.from({ length: 7 }, (_, index) => {
      const date = addDays(start, index);
      return { date, inMonth: new Date(date).getMonth() === month, isToday: date === today, sessions: perDay.get(date) ?? 0 };
    });
    const trainingDays = days.filter((day) => day.sessions > 0).length;
    weeks.push({ days, trainingDays, verdict: weekVerdict(trainingDays, addDays(start, 7) <= today) });
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

export interface HistoryGlance {
  calendar: MonthCalendar;
  weeks: TrainingWeek[];
  trends: ExerciseTrend[];
}

/** This month's calendar, the training days of the last twelve weeks and the trends by exercise, as of `now`. */
export function historyGlance(sessions: readonly SessionRecord[], now: number): HistoryGlance {
  return { calendar: monthCalendar(sessions, now), weeks: recentWeeks(sessions, now, WEEKS_SHOWN), trends: exerciseTrends(sessions, now) };
}
