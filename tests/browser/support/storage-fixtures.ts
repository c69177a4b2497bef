/** Sample sessions for the storage and history tests, shaped as the analysis produces them. */
import type { ExerciseId, Fault, RepDetail } from '../../../src/analysis/types';
import type { CompletedSession, NewSession, SessionRecord } from '../../../src/storage';
import type { SessionRecordV2 } from '../../../src/storage/schema';
import { wholeRecord } from '../../../src/storage/session-changes';

export const DAY_MS = 86_400_000;
/** A fixed moment (Tue 2024-03-05 10:00 UTC), so weeks and dates in the tests do not depend on today. */
export const T0 = Date.UTC(2024, 2, 5, 10);

export function sampleRep(rep: number, overrides: Partial<RepDetail> = {}): RepDetail {
  const start = rep * 4000;
  return {
    rep,
    start,
    top: start + 1200,
    end: start + 3000,
    holdMs: 800 + rep * 10,
    romDeg: 40 + rep,
    peakExtensionDeg: rep % 2 === 0 ? -2.5 : 1.5,
    faults: [],
    ...overrides,
  };
}

export function sampleFault(rep: number, overrides: Partial<Fault> = {}): Fault {
  return { type: 'lumbar-overarch', rep, t: rep * 4000 + 1200, value: 12.5, cue: 'Ribs down', ...overrides };
}

export function sampleNewSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    startedAt: T0,
    source: 'live',
    exercise: 'glute-bridge',
    side: null,
    targetReps: 10,
    targetSets: 3,
    model: 'full',
    engine: 'mediapipe',
    delegate: 'CPU',
    ...overrides,
  };
}

/** A finished session of `repCount` reps in one set, every third rep with an arched back. */
export function sampleComplete(
  exercise: ExerciseId,
  startedAt: number,
  repCount: number,
  overrides: Partial<CompletedSession> = {},
): CompletedSession {
  const arched = (rep: number): boolean => rep % 3 === 0;
  const reps = Array.from({ length: repCount }, (_, index) =>
    sampleRep(index + 1, { faults: arched(index + 1) ? ['lumbar-overarch'] : [] }),
  );
  return {
    ...sampleNewSession({ exercise, startedAt, side: exercise === 'clamshell' ? 'left' : null, source: 'clip' }),
    endedAt: startedAt + 60_000,
    status: 'complete',
    reps: repCount,
    sets: [{ set: 1, reps }],
    faults: reps.filter((rep) => arched(rep.rep)).map((rep) => sampleFault(rep.rep)),
    ...overrides,
  };
}

/** A session as the store keeps it (id, record version, no pain diary), for tests that need no store. */
export function sampleRecord(id: string, ...args: Parameters<typeof sampleComplete>): SessionRecord {
  return wholeRecord(sampleComplete(...args), id);
}

/** A record as version 2 of the app stored it: record version 2, no pain diary. */
export function asVersionTwo({ painBefore: _before, painAfter: _after, painStops: _stops, ...record }: SessionRecord): SessionRecordV2 {
  return { ...record, schemaVersion: 2 };
}
