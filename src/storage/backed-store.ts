/** The SessionStore behaviour, the same whether records live in IndexedDB or, as a fallback, in memory. */
import type { Fault, RepDetail } from '../analysis/types';
import { byNewestFirst, type SessionBackend } from './backend';
import { toCsv } from './csv';
import { readHistoryFile, writeHistoryFile } from './history-file';
import { endedRecord, startedRecord, wholeRecord, withRep } from './session-changes';
import { SessionLocks } from './session-locks';
import type { ImportResult, NewSession, SessionRecord, SessionStore } from './session-store';
import { checkedSession } from './validation';

export interface Availability {
  available: boolean;
  reason: string | null;
}

export class BackedSessionStore implements SessionStore {
  readonly available: boolean;
  readonly reason: string | null;
  private readonly locks: SessionLocks;

  constructor(
    private readonly backend: SessionBackend,
    availability: Availability,
    /** Keeps the live-session locks of different databases apart. */
    scope: string,
  ) {
    this.available = availability.available;
    this.reason = availability.reason;
    this.locks = new SessionLocks(scope);
  }

  async create(session: NewSession): Promise<SessionRecord> {
    const record = checkedSession(startedRecord(session, crypto.randomUUID()));
    await this.backend.put(record);
    this.locks.hold(record.id);
    return record;
  }

  async appendRep(id: string, set: number, rep: RepDetail, faults: Fault[]): Promise<SessionRecord> {
    // A resumed session is recorded by this tab from its first new rep on.
    this.locks.hold(id);
    return this.backend.update(id, (record) => checkedSession(withRep(record, set, rep, faults)));
  }

  finish(id: string, endedAt = Date.now()): Promise<SessionRecord> {
    return this.end(id, 'complete', endedAt);
  }

  markInterrupted(id: string): Promise<SessionRecord> {
    return this.end(id, 'interrupted', Date.now());
  }

  async saveComplete(session: Omit<SessionRecord, 'id' | 'schemaVersion'>): Promise<SessionRecord> {
    const record = checkedSession(wholeRecord(session, crypto.randomUUID()));
    await this.backend.put(record);
    return record;
  }

  get(id: string): Promise<SessionRecord | undefined> {
    return this.backend.get(id);
  }

  list(): Promise<SessionRecord[]> {
    return this.backend.newestFirst();
  }

  async findUnfinished(): Promise<SessionRecord[]> {
    const [inProgress, recording] = await Promise.all([this.backend.withStatus('in-progress'), this.locks.recording()]);
    return inProgress.filter((record) => !recording.has(record.id)).sort(byNewestFirst);
  }

  async delete(id: string): Promise<void> {
    this.locks.release(id);
    await this.backend.delete(id);
  }

  async clear(): Promise<void> {
    this.locks.releaseAll();
    await this.backend.clear();
  }

  async exportJson(): Promise<string> {
    return writeHistoryFile(await this.list(), Date.now());
  }

  async exportCsv(): Promise<string> {
    return toCsv(await this.list());
  }

  async importJson(text: string): Promise<ImportResult> {
    const read = readHistoryFile(text);
    if (!read.ok) return { ok: false, imported: 0, errors: read.errors };
    try {
      await this.backend.putAll(read.sessions);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, imported: 0, errors: [`The browser refused to store the sessions, so none were imported (${why})`] };
    }
    return { ok: true, imported: read.sessions.length, errors: [] };
  }

  close(): void {
    this.locks.releaseAll();
    this.backend.close();
  }

  private async end(id: string, status: 'complete' | 'interrupted', endedAt: number): Promise<SessionRecord> {
    const record = await this.backend.update(id, (current) => checkedSession(endedRecord(current, status, endedAt)));
    this.locks.release(id);
    return record;
  }
}
