/**
 * How a session record starts, takes a rep, a pain rating or a pain stop, and ends: pure functions, so every
 * backend changes records alike.
 */
import type { Fault, RepDetail } from '../analysis/types';
import type { CompletedSession, HoldRecord, MovementSeries, NewSession, PainMoment, PainStop, SessionRecord, SessionStatus, SetRecord } from './records';
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

/** The record's sets with set `set` changed by `change` (a new set where there is none yet), in set order. */
function changeSet(record: SessionRecord, set: number, change: (existing: SetRecord | undefined) => SetRecord): SetRecord[] {
  if (record.status !== 'in-progress') {
    throw new Error(`Session ${record.id} has ended (${record.status}); it takes no more reps.`);
  }
  const existing = record.sets.find((candidate) => candidate.set === set);
  const changed = change(existing);
  return existing ? record.sets.map((other) => (other === existing ? changed : other)) : [...record.sets, changed].sort((a, b) => a.set - b.set);
}

export function withRep(record: SessionRecord, set: number, rep: RepDetail, faults: Fault[], series?: MovementSeries): SessionRecord {
  const sets = changeSet(record, set, (existing) => setWithRep(existing, set, rep, series));
  return { ...record, sets, reps: record.reps + 1, faults: [...record.faults, ...faults] };
}

/** Only the fields of a hold: extra properties on the caller's object are not stored. */
function holdFields({ side, targetMs, heldMs, start, end, pauses, guided }: HoldRecord): HoldRecord {
  const kept = { side, targetMs, heldMs, start, end, pauses: pauses.map(({ t, reason, resumedAt }) => ({ t, reason, resumedAt })) };
  return guided ? { ...kept, guided } : kept;
}

/** A hold is kept as a rep is, in its set; a hold session counts no reps. */
export function withHold(record: SessionRecord, set: number, hold: HoldRecord): SessionRecord {
  const sets = changeSet(record, set, (existing) => ({ set, reps: existing?.reps ?? [], holds: [...(existing?.holds ?? []), holdFields(hold)] }));
  return { ...record, sets };
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
