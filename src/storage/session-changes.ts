/**
 * How a session record starts, takes a rep, a pain rating or a pain stop, and ends: pure functions, so every
 * backend changes records alike.
 */
import type { Fault, RepDetail } from '../analysis/types';
import type { CompletedSession, MovementSeries, NewSession, PainMoment, PainStop, SessionRecord, SessionStatus, SetRecord } from './records';
import { SESSION_RECORD_VERSION } from './schema';

/** Exactly the fields of a NewSession: extra properties on the caller's object are not stored. */
function sessionFields(session: NewSession): NewSession {
  const { startedAt, source, exercise, side, targetReps, targetSets, model, engine, delegate, modelReason, routine } = session;
  const fields: NewSession = { startedAt, source, exercise, side, targetReps, targetSets, model, engine, delegate };
  // Left out when absent, so the record and its JSON export have the same keys.
  if (modelReason !== undefined) fields.modelReason = modelReason;
  if (routine !== undefined) fields.routine = { routine: routine.routine, block: routine.block };
  return fields;
}

export function startedRecord(session: NewSession, id: string): SessionRecord {
  return {
    ...sessionFields(session),
    id,
    schemaVersion: SESSION_RECORD_VERSION,
    endedAt: null,
    status: 'in-progress',
    reps: 0,
    sets: [],
    faults: [],
    painBefore: null,
    painAfter: null,
    painStops: [],
  };
}

export function wholeRecord(session: CompletedSession, id: string): SessionRecord {
  const { endedAt, status, reps, sets, faults } = session;
  const painDiary = { painBefore: session.painBefore ?? null, painAfter: session.painAfter ?? null, painStops: session.painStops ?? [] };
  return { ...sessionFields(session), id, schemaVersion: SESSION_RECORD_VERSION, endedAt, status, reps, sets, faults, ...painDiary };
}

/** The set with one more rep; a new series replaces the one it had. */
function setWithRep(existing: SetRecord | undefined, set: number, rep: RepDetail, series: MovementSeries | undefined): SetRecord {
  const kept = series ?? existing?.series;
  return { set, reps: [...(existing?.reps ?? []), rep], ...(kept ? { series: kept } : {}) };
}

export function withRep(record: SessionRecord, set: number, rep: RepDetail, faults: Fault[], series?: MovementSeries): SessionRecord {
  if (record.status !== 'in-progress') {
    throw new Error(`Session ${record.id} has ended (${record.status}); it takes no more reps.`);
  }
  const existing = record.sets.find((candidate) => candidate.set === set);
  const changed = setWithRep(existing, set, rep, series);
  const sets = existing
    ? record.sets.map((other) => (other === existing ? changed : other))
    : [...record.sets, changed].sort((a, b) => a.set - b.set);
  return { ...record, sets, reps: record.reps + 1, faults: [...record.faults, ...faults] };
}

/** The first end wins: a second finish, or a close from another tab, leaves the record as it was. */
export function endedRecord(record: SessionRecord, status: Exclude<SessionStatus, 'in-progress'>, endedAt: number): SessionRecord {
  return record.status === 'in-progress' ? { ...record, status, endedAt } : record;
}

const PAIN_FIELDS = { before: 'painBefore', after: 'painAfter' } as const satisfies Record<PainMoment, keyof SessionRecord>;

export function withPainRating(record: SessionRecord, moment: PainMoment, value: number | null): SessionRecord {
  return { ...record, [PAIN_FIELDS[moment]]: value };
}

/** Only the fields of a PainStop: extra properties on the caller's object are not stored. */
export function withPainStop(record: SessionRecord, { t, set, rep, phase, angleDeg }: PainStop): SessionRecord {
  return { ...record, painStops: [...record.painStops, { t, set, rep, phase, angleDeg }] };
}
