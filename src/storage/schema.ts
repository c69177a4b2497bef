/**
 * The `glute-coach` database and its versions. Each upgrade step turns one version into the next and keeps
 * the data already there; a browser that skipped versions runs every step it missed, in order.
 *
 *   v1: `sessions` store, keyPath id. Records held what the first coach screen knew (SessionRecordV1).
 *   v2: indexes by-date (startedAt), by-exercise, by-status; records gain schemaVersion, status, source,
 *       targets and model details (fromV1).
 *
 * Adding v3 (e.g. the pain diary store) is one more entry at the end of UPGRADE_STEPS.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ExerciseId, Fault } from '../analysis/types';
import type { SessionRecord, SessionStatus, SetRecord } from './session-store';

export const DB_NAME = 'glute-coach';

/**
 * Shape version of a SessionRecord, written into every record and checked on import. Only a change to the
 * record itself bumps it: a new store moves the database version alone.
 */
export const SESSION_RECORD_VERSION = 2;

export interface HistorySchema extends DBSchema {
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { 'by-date': number; 'by-exercise': ExerciseId; 'by-status': SessionStatus };
  };
}

export type HistoryDatabase = IDBPDatabase<HistorySchema>;
type UpgradeTransaction = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;
type UpgradeStep = (db: HistoryDatabase, transaction: UpgradeTransaction) => Promise<void> | void;

/** What version 1 stored: no status (it was written once, at the end), source, targets or model details. */
export interface SessionRecordV1 {
  id: string;
  startedAt: number;
  endedAt: number | null;
  exercise: ExerciseId;
  side: 'left' | 'right' | null;
  reps: number;
  sets: SetRecord[];
  faults: Fault[];
}

export function fromV1(old: SessionRecordV1): SessionRecord {
  return {
    id: old.id,
    schemaVersion: SESSION_RECORD_VERSION,
    startedAt: old.startedAt,
    endedAt: old.endedAt,
    // Version 1 could not resume, so a session it never ended was cut short for good.
    status: old.endedAt === null ? 'interrupted' : 'complete',
    source: 'live',
    exercise: old.exercise,
    side: old.side,
    targetReps: null,
    targetSets: null,
    model: 'unknown',
    engine: 'unknown',
    delegate: 'unknown',
    reps: old.reps,
    sets: old.sets,
    faults: old.faults,
  };
}

function createSessionsStore(db: HistoryDatabase): void {
  db.createObjectStore('sessions', { keyPath: 'id' });
}

async function indexSessionsAndMigrateV1(_db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  const sessions = transaction.objectStore('sessions');
  sessions.createIndex('by-date', 'startedAt');
  sessions.createIndex('by-exercise', 'exercise');
  sessions.createIndex('by-status', 'status');
  for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update(fromV1(cursor.value as unknown as SessionRecordV1));
  }
}

/** UPGRADE_STEPS[n - 1] turns version n - 1 into version n. */
const UPGRADE_STEPS: readonly UpgradeStep[] = [createSessionsStore, indexSessionsAndMigrateV1];

export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs, in order, every step after `oldVersion`, inside the upgrade transaction. */
export async function upgradeFrom(oldVersion: number, db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  for (const step of UPGRADE_STEPS.slice(oldVersion)) await step(db, transaction);
}
