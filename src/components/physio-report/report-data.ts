/** What the physio report holds for a period, worked out from the stored sessions (pure, tested without a browser). */
import { EXERCISES, exerciseById, FAULT_TYPES, faultKind, type ExerciseId } from '../../analysis';
import type { SessionRecord } from '../../storage';
import { mean, repsOf } from '../history-view/history-stats';

/** Local days, both included, as epoch ms: `from` at 00:00, `to` at 23:59:59.999. */
export interface ReportPeriod {
  from: number;
  to: number;
}

export interface FaultLine {
  label: string;
  reps: number;
  /** Of the exercise's reps in the period, %. */
  sharePct: number;
}

export interface ExerciseLine {
  exercise: ExerciseId;
  label: string;
  sessions: number;
  sets: number;
  /** The sets the sessions planned (their target sets). */
  targetSets: number;
  /** Sets that reached their session's target reps. */
  setsOnTarget: number;
  reps: number;
  /** The reps the sessions planned (target reps x target sets). */
  targetReps: number;
  meanHoldS: number | null;
  meanRangeDeg: number | null;
  faults: FaultLine[];
}

export interface PhysioReportData {
  period: ReportPeriod;
  /** Oldest first. */
  sessions: SessionRecord[];
  exercises: ExerciseLine[];
}

/** The four weeks up to `now`, in whole local days. */
export function lastFourWeeks(now: number): ReportPeriod {
  const to = new Date(now);
  to.setHours(23, 59, 59, 999);
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  from.setDate(from.getDate() - 27);
  return { from: from.getTime(), to: to.getTime() };
}

function exerciseLine(exercise: ExerciseId, sessions: readonly SessionRecord[]): ExerciseLine {
  const reps = sessions.flatMap(repsOf);
  const sets = sessions.flatMap((session) => session.sets.map((set) => ({ set, target: session.targetReps })));
  return {
    exercise,
    label: exerciseById(exercise).name,
    sessions: sessions.length,
    sets: sets.length,
    targetSets: sessions.reduce((sum, session) => sum + (session.targetSets ?? 0), 0),
    setsOnTarget: sets.filter(({ set, target }) => target !== null && set.reps.length >= target).length,
    reps: sessions.reduce((sum, session) => sum + session.reps, 0),
    targetReps: sessions.reduce((sum, session) => sum + (session.targetReps ?? 0) * (session.targetSets ?? 0), 0),
    meanHoldS: mean(reps.map((rep) => rep.holdMs / 1000)),
    meanRangeDeg: mean(reps.map((rep) => rep.romDeg)),
    faults: FAULT_TYPES.flatMap((type) => {
      const count = reps.filter((rep) => rep.faults.includes(type)).length;
      return count > 0 ? [{ label: faultKind(type).label, reps: count, sharePct: (100 * count) / reps.length }] : [];
    }),
  };
}

export function physioReport(sessions: readonly SessionRecord[], period: ReportPeriod): PhysioReportData {
  const within = sessions
    .filter((session) => session.startedAt >= period.from && session.startedAt <= period.to)
    .sort((a, b) => a.startedAt - b.startedAt);
  const exercises = EXERCISES.flatMap((exercise) => {
    const done = within.filter((session) => session.exercise === exercise);
    return done.length > 0 ? [exerciseLine(exercise, done)] : [];
  });
  return { period, sessions: within, exercises };
}
