/** What the session store needs from where records are kept: IndexedDB, or memory when that is unavailable. */
import type { SafetyAnswer, SessionRecord, SessionStatus } from './records';

export interface SessionBackend {
  get(id: string): Promise<SessionRecord | undefined>;
  put(record: SessionRecord): Promise<void>;
  /** Reads, changes and writes one record in a single transaction, so two writers cannot lose each other's reps. */
  update(id: string, change: (record: SessionRecord) => SessionRecord): Promise<SessionRecord>;
  /** In `byNewestFirst` order. */
  newestFirst(): Promise<SessionRecord[]>;
  withStatus(status: SessionStatus): Promise<SessionRecord[]>;
  delete(id: string): Promise<void>;
  /** Every session and the safety answer. */
  clear(): Promise<void>;
  /** Writes every record and the safety answer (unless null) or, if any write fails, none. */
  putAll(records: readonly SessionRecord[], safety: SafetyAnswer | null): Promise<void>;
  safetyAnswer(): Promise<SafetyAnswer | null>;
  putSafetyAnswer(answer: SafetyAnswer): Promise<void>;
  close(): void;
}

export function missingSession(id: string): Error {
  return new Error(`No session with id ${id} in the history.`);
}

/** Newest first; sessions started at the same moment in descending id order, as the by-date index reversed gives. */
export function byNewestFirst(a: SessionRecord, b: SessionRecord): number {
  return b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
