/**
 * The programme's "2-3 times per week", worked out from the stored sessions (pure, so it is tested without a
 * browser). What counts is training days, not session records: a routine is kept as one record per block (up to
 * eleven on one day), and the programme's 2-3 a week means days with rest days between. A day counts once it has
 * a session that trained: at least one rep counted, live or from an analysed clip of the person's own set; a
 * block skipped or cut off before its first rep is not training. Weeks start on Monday, local time.
 */
import type { SessionRecord } from '../../storage';

/** The programme: 2-3 training days a week, a rest day between, so the glutes recover and grow. */
export const PROGRAMME_DAYS_PER_WEEK = { min: 2, max: 3 } as const;

export const PROGRAMME_TARGET = `${PROGRAMME_DAYS_PER_WEEK.min}-${PROGRAMME_DAYS_PER_WEEK.max}`;

/** `under-way`: the week is not over and can still reach the programme. */
export type WeekVerdict = 'below' | 'on-target' | 'above' | 'under-way';

export const VERDICT_WORDS: Record<WeekVerdict, string> = {
  below: `below the ${PROGRAMME_TARGET}`,
  'on-target': 'on target',
  above: `more than ${PROGRAMME_DAYS_PER_WEEK.max}: rest days help`,
  'under-way': 'week under way',
};

export interface TrainingWeek {
  /** Monday 00:00, local time, epoch ms. */
  start: number;
  /** Monday to Sunday: whether the person trained that day. */
  days: boolean[];
  trainingDays: number;
  verdict: WeekVerdict;
}

export function midnight(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Calendar days later (or earlier), local time: a day across a clock change is still one day. */
export function addDays(ms: number, days: number): number {
  const day = new Date(ms);
  day.setDate(day.getDate() + days);
  return day.getTime();
}

/** Monday 00:00, local time, of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = new Date(midnight(ms));
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** Whether the session is training: at least one rep counted. */
export function trained(session: SessionRecord): boolean {
  return session.reps > 0;
}

/** Sessions that trained, by their day (local midnight). */
export function trainedPerDay(sessions: readonly SessionRecord[]): Map<number, number> {
  const days = new Map<number, number>();
  for (const session of sessions.filter(trained)) {
    const day = midnight(session.startedAt);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

export function weekVerdict(trainingDays: number, weekOver: boolean): WeekVerdict {
  if (trainingDays > PROGRAMME_DAYS_PER_WEEK.max) return 'above';
  if (trainingDays >= PROGRAMME_DAYS_PER_WEEK.min) return 'on-target';
  return weekOver ? 'below' : 'under-way';
}

function trainingWeek(perDay: ReadonlyMap<number, number>, start: number, today: number): TrainingWeek {
  const days = Array.from({ length: 7 }, (_, index) => perDay.has(addDays(start, index)));
  const trainingDays = days.filter(Boolean).length;
  return { start, days, trainingDays, verdict: weekVerdict(trainingDays, addDays(start, 7) <= today) };
}

/** The week holding `now`, against the programme. */
export function thisWeek(sessions: readonly SessionRecord[], now: number): TrainingWeek {
  return trainingWeek(trainedPerDay(sessions), weekStart(now), midnight(now));
}

/** The `count` weeks up to the one holding `now`, newest first. */
export function recentWeeks(sessions: readonly SessionRecord[], now: number, count: number): TrainingWeek[] {
  const perDay = trainedPerDay(sessions);
  const today = midnight(now);
  return Array.from({ length: count }, (_, index) => trainingWeek(perDay, addDays(weekStart(now), -7 * index), today));
}
