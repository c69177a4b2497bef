/**
 * The `glute-coach` database and its versions. Each upgrade step turns one version into the next and keeps
 * the data already there; a browser that skipped versions runs every step it missed, in order.
 *
 *   v1: `sessions` store, keyPath id. Records held what the first coach screen knew (SessionRecordV1).
 *   v2: indexes by-date (startedAt), by-exercise, by-status; records gain schemaVersion, status, source,
 *       targets and model details (fromV1).
 *   v3: `settings` store (out-of-line keys) holding the safety screen's answer; records gain the pain diary:
 *       painBefore, painAfter (null: not rated) and painStops ([]) (fromV2).
 *   v4: a set may hold its movement series (`series`, for its chart); records of version 3 have none and are
 *       only stamped with the new version (fromV3).
 *   v5: a session may be a timed hold's (`exercise` a hold id), its sets holding `holds` (side, target, time in
 *       position, pauses with their reasons); records of version 4 are rep sessions and are only stamped (fromV4).
 *
 * A new version is one more entry at the end of UPGRADE_STEPS.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ExerciseId, Fault, HoldId } from '../analysis/types';
import type { SafetyAnswer, SessionRecord, SessionStatus, SetRecord } from './records';

export const DB_NAME = 'glute-coach';

/**
 * Shape version of a SessionRecord, written into every record and checked on import. Only a change to the
 * record itself bumps it: a new store moves the database version alone.
 */
export const SESSION_RECORD_VERSION = 5;

/** The key of the safety screen's answer in the `settings` store. */
export const SAFETY_ANSWER_KEY = 'safety-answer';

export interface HistorySchema extends DBSchema {
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { 'by-date': number; 'by-exercise': ExerciseId | HoldId; 'by-status': SessionStatus };
  };
  settings: {
    key: typeof SAFETY_ANSWER_KEY;
    value: SafetyAnswer;
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

/** What version 4 stored: no holds (its `exercise` a rep exercise's id, as the validators check). */
export type SessionRecordV4 = Omit<SessionRecord, 'sets'> & { sets: Omit<SetRecord, 'holds'>[] };

/** What version 3 stored: no movement series. */
export type SessionRecordV3 = Omit<SessionRecordV4, 'sets'> & { sets: Omit<SetRecord, 'series' | 'holds'>[] };

/** What version 2 stored: no pain diary. */
export type SessionRecordV2 = Omit<SessionRecordV3, 'painBefore' | 'painAfter' | 'painStops'>;

export function fromV1(old: SessionRecordV1): SessionRecordV2 {
  return {
    id: old.id,
    schemaVersion: 2,
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

/** Nobody was asked about pain before the diary existed: no rating, and no stops. */
export function fromV2(old: SessionRecordV2): SessionRecordV3 {
  return { ...old, schemaVersion: 3, painBefore: null, painAfter: null, painStops: [] };
}

/** A set of version 3 recorded no movement: it simply has no series. */
export function fromV3(old: SessionRecordV3): SessionRecordV4 {
  return { ...old, schemaVersion: 4 };
}

/** Version 4 kept rep sessions only: each stays as it was. */
export function fromV4(old: SessionRecordV4): SessionRecord {
  return { ...old, schemaVersion: SESSION_RECORD_VERSION };
}

function createSessionsStore(db: HistoryDatabase): void {
  db.createObjectStore('sessions', { keyPath: 'id' });
}

/** Rewrites every session record with `migrate`, inside the upgrade transaction. */
async function migrateSessions<Old>(transaction: UpgradeTransaction, migrate: (old: Old) => SessionRecordV2 | SessionRecordV3 | SessionRecordV4 | SessionRecord): Promise<void> {
  const sessions = transaction.objectStore('sessions');
  for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
    // HistorySchema describes the latest shape; mid-upgrade the store still holds older ones.
    await cursor.update(migrate(cursor.value as unknown as Old) as SessionRecord);
  }
}

async function indexSessionsAndMigrateV1(_db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  const sessions = transaction.objectStore('sessions');
  sessions.createIndex('by-date', 'startedAt');
  sessions.createIndex('by-exercise', 'exercise');
  sessions.createIndex('by-status', 'status');
  await migrateSessions(transaction, fromV1);
}

async function addSettingsAndMigrateV2(db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  db.createObjectStore('settings');
  await migrateSessions(transaction, fromV2);
}

async function migrateV3(_db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  await migrateSessions(transaction, fromV3);
}

async function migrateV4(_db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  await migrateSessions(transaction, fromV4);
}

/** UPGRADE_STEPS[n - 1] turns version n - 1 into version n. */
const UPGRADE_STEPS: readonly UpgradeStep[] = [createSessionsStore, indexSessionsAndMigrateV1, addSettingsAndMigrateV2, migrateV3, migrateV4];

export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs, in order, every step after `oldVersion`, inside the upgrade transaction. */
export async function upgradeFrom(oldVersion: number, db: HistoryDatabase, transaction: UpgradeTransaction): Promise<void> {
  for (const step of UPGRADE_STEPS.slice(oldVersion)) await step(db, transaction);
}
