/** What the history charts show, worked out from the stored sessions (pure, so it is tested without a browser). */
import { EXERCISES, exerciseById, FAULT_TYPES, faultKind, type ExerciseId, type RepDetail } from '../../analysis';
import { PAIN_SCALE_MAX, type SessionRecord } from '../../storage';
import { weekStart } from '../week-progress/training-weeks';

// Exercises and faults bring their own Okabe-Ito colours (the catalogue's): told apart with the common
// colour-vision deficiencies, and readable on the dark surface.
function exerciseLine(exercise: ExerciseId): { label: string; color: string } {
  const { name, chartColor } = exerciseById(exercise);
  return { label: name, color: chartColor };
}

export interface ChartSeries {
  label: string;
  color: string;
  /** One per x; null where there is nothing to show. */
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  unit: string;
  /** Epoch seconds, ascending (the time axis unit of the charts). */
  x: number[];
  series: ChartSeries[];
  /** A fixed value axis, where fitting it to the data would exaggerate small changes. */
  range?: [min: number, max: number];
  /** A line of context shown under the chart. */
  note?: string;
}

export type ChartBuilder = (sessions: readonly SessionRecord[]) => ChartData;

export function repsOf(session: SessionRecord): RepDetail[] {
  return session.sets.flatMap((set) => set.reps);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sessions grouped by week, weeks in time order. */
function byWeek(sessions: readonly SessionRecord[]): Map<number, SessionRecord[]> {
  const weeks = new Map<number, SessionRecord[]>();
  for (const session of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
    const week = weekStart(session.startedAt);
    const inWeek = weeks.get(week);
    if (inWeek) inWeek.push(session);
    else weeks.set(week, [session]);
  }
  return weeks;
}

function exercisesIn(sessions: readonly SessionRecord[]): ExerciseId[] {
  return EXERCISES.filter((exercise) => sessions.some((session) => session.exercise === exercise));
}

const toSeconds = (ms: number): number => ms / 1000;

export const repsPerWeek: ChartBuilder = (sessions) => {
  const weeks = byWeek(sessions);
  return {
    title: 'Reps per week',
    unit: 'reps',
    x: [...weeks.keys()].map(toSeconds),
    series: exercisesIn(sessions).map((exercise) => ({
      ...exerciseLine(exercise),
      values: [...weeks.values()].map((week) =>
        week.filter((session) => session.exercise === exercise).reduce((sum, session) => sum + session.reps, 0),
      ),
    })),
  };
};

/** Per week, the percentage of reps that showed each fault; only faults that happened at all get a line. */
export const faultSharePerWeek: ChartBuilder = (sessions) => {
  const weeks = byWeek(sessions);
  const repsByWeek = [...weeks.values()].map((week) => week.flatMap(repsOf));
  const seen = FAULT_TYPES.filter((type) =>
    repsByWeek.some((reps) => reps.some((rep) => rep.faults.includes(type))),
  );
  return {
    title: 'Share of reps with each fault',
    unit: '% of reps',
    x: [...weeks.keys()].map(toSeconds),
    series: seen.map((type) => ({
      label: faultKind(type).label,
      color: faultKind(type).color,
      values: repsByWeek.map((reps) =>
        reps.length === 0 ? null : (100 * reps.filter((rep) => rep.faults.includes(type)).length) / reps.length,
      ),
    })),
  };
};

/** One point per session with reps: the mean of `measure` over its reps, on its exercise's line. */
function perSessionTrend(title: string, unit: string, measure: (rep: RepDetail) => number): ChartBuilder {
  return (sessions) => {
    const measured = sessions.filter((session) => repsOf(session).length > 0).sort((a, b) => a.startedAt - b.startedAt);
    return {
      title,
      unit,
      x: measured.map((session) => toSeconds(session.startedAt)),
      series: exercisesIn(measured).map((exercise) => ({
        ...exerciseLine(exercise),
        values: measured.map((session) => (session.exercise === exercise ? mean(repsOf(session).map(measure)) : null)),
      })),
    };
  };
}

export const holdTrend = perSessionTrend('Hold at the top (mean per session)', 's', (rep) => rep.holdMs / 1000);
export const rangeOfMotionTrend = perSessionTrend('Range of motion (mean per session)', '°', (rep) => rep.romDeg);

const PAIN_MOMENTS = [
  { label: 'Before', color: '#e69f00', rating: (session: SessionRecord) => session.painBefore },
  { label: 'After', color: '#56b4e9', rating: (session: SessionRecord) => session.painAfter },
];

/** What people often notice, phrased as that: it sets expectations without promising anything. */
export const PAIN_TIMELINE =
  'What people often notice with regular practice: less tightness in about a week, less pain in 2-3 weeks, ' +
  'and better posture in 4-6 weeks. Everyone is different.';

/** One point per rated session: back pain before and after it, on the whole 0-10 scale. */
export const painTrend: ChartBuilder = (sessions) => {
  const rated = sessions
    .filter((session) => session.painBefore !== null || session.painAfter !== null)
    .sort((a, b) => a.startedAt - b.startedAt);
  return {
    title: 'Back pain before and after each session',
    unit: 'pain (0-10)',
    x: rated.map((session) => toSeconds(session.startedAt)),
    series: PAIN_MOMENTS.map(({ label, color, rating }) => ({ label, color, values: rated.map(rating) })).filter((series) =>
      series.values.some((value) => value !== null),
    ),
    range: [0, PAIN_SCALE_MAX],
    note: PAIN_TIMELINE,
  };
};

/** The training trend first, the pain trend beside it (the charts sit two to a row where there is room), then the detail of the reps. */
export const HISTORY_CHARTS: readonly ChartBuilder[] = [repsPerWeek, painTrend, faultSharePerWeek, holdTrend, rangeOfMotionTrend];
