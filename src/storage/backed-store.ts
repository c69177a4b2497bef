/** The SessionStore behaviour, the same whether records live in IndexedDB or, as a fallback, in memory. */
import type { Fault, RepDetail } from '../analysis/types';
import { errorMessage } from '../util/error-message';
import { byNewestFirst, type SessionBackend } from './backend';
import { toCsv } from './csv';
import { readHistoryFile, writeHistoryFile } from './history-file';
import { endedRecord, startedRecord, wholeRecord, withHold, withPainRating, withPainStop, withRep } from './session-changes';
import { SessionLocks } from './session-locks';
import type { CompletedSession, HoldRecord, ImportResult, MovementSeries, NewSession, PainMoment, PainStop, Persistence, SafetyAnswer, SessionRecord, SessionStatus, SessionStore } from './records';
import { checkedSafetyAnswer, checkedSession } from './validation';
import { currentPersistence, requestPersistence } from './persistence';
import { SpillBackend } from './spill-backend';

/** What the history says once a write did not fit (spill-backend.ts). */
export const STORAGE_FULL_REASON =
  "The browser's storage for this site is full, so the latest session is kept in this tab only and goes when it " +
  'closes: export your history now to keep it, then free some space.';

export interface Availability {
  available: boolean;
  reason: string | null;
}

export class BackedSessionStore implements SessionStore {
  private readonly locks: SessionLocks;
  /** Persistent storage is asked for on this store's first save; the answer, once given. */
  private persistenceAsked: Promise<Persistence> | null = null;

  constructor(
    private readonly backend: SessionBackend,
    private readonly opened: Availability,
    /** Keeps the live-session locks of different databases apart. */
    scope: string,
  ) {
    this.locks = new SessionLocks(scope);
  }

  get available(): boolean {
    return this.opened.available && !this.spilled;
  }

  get reason(): string | null {
    return this.spilled ? STORAGE_FULL_REASON : this.opened.reason;
  }

  private get spilled(): boolean {
    return this.backend instanceof SpillBackend && this.backend.spilled;
  }

  persistence(): Promise<Persistence> {
    return this.persistenceAsked ?? currentPersistence();
  }

  async create(session: NewSession): Promise<SessionRecord> {
    const record = checkedSession(startedRecord(session, crypto.randomUUID()));
    await this.backend.put(record);
    this.locks.hold(record.id);
    this.askPersistence();
    return record;
  }

  async appendRep(id: string, set: number, rep: RepDetail, faults: Fault[], series?: MovementSeries): Promise<SessionRecord> {
    // A resumed session is recorded by this tab from its first new rep on.
    this.locks.hold(id);
    return this.backend.update(id, (record) => checkedSession(withRep(record, set, rep, faults, series)));
  }

  async appendHold(id: string, set: number, hold: HoldRecord): Promise<SessionRecord> {
    this.locks.hold(id);
    return this.backend.update(id, (record) => checkedSession(withHold(record, set, hold)));
  }

  finish(id: string, endedAt = Date.now()): Promise<SessionRecord> {
    return this.end(id, 'complete', endedAt);
  }

  markInterrupted(id: string): Promise<SessionRecord> {
    return this.end(id, 'interrupted', Date.now());
  }

  markSkipped(id: string): Promise<SessionRecord> {
    return this.end(id, 'skipped', Date.now());
  }

  async saveComplete(session: CompletedSession): Promise<SessionRecord> {
    const record = checkedSession(wholeRecord(session, crypto.randomUUID()));
    await this.backend.put(record);
    this.askPersistence();
    return record;
  }

  /** Once a session is kept, the browser is asked to keep the history for good (persistence.ts). */
  private askPersistence(): void {
    if (this.opened.available) this.persistenceAsked ??= requestPersistence();
  }

  ratePain(id: string, moment: PainMoment, value: number | null): Promise<SessionRecord> {
    return this.backend.update(id, (record) => checkedSession(withPainRating(record, moment, value)));
  }

  recordPainStop(id: string, stop: PainStop): Promise<SessionRecord> {
    return this.backend.update(id, (record) => checkedSession(withPainStop(record, stop)));
  }

  safetyAnswer(): Promise<SafetyAnswer | null> {
    return this.backend.safetyAnswer();
  }

  /** Only the fields of a SafetyAnswer: extra properties on the caller's object are not stored. */
  async saveSafetyAnswer({ answeredAt, flags, acknowledged }: SafetyAnswer): Promise<SafetyAnswer> {
    const answer = checkedSafetyAnswer({ answeredAt, flags: [...flags], acknowledged });
    await this.backend.putSafetyAnswer(answer);
    return answer;
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
    const [sessions, safety] = await Promise.all([this.list(), this.safetyAnswer()]);
    return writeHistoryFile(sessions, safety, Date.now());
  }

  async exportCsv(): Promise<string> {
    return toCsv(await this.list());
  }

  async importJson(text: string): Promise<ImportResult> {
    const read = readHistoryFile(text);
    if (!read.ok) return { ok: false, imported: 0, errors: read.errors };
    try {
      const safety = read.safety && newerAnswer(await this.safetyAnswer(), read.safety);
      await this.backend.putAll(read.sessions, safety);
    } catch (error) {
      return { ok: false, imported: 0, errors: [`The browser refused to store the sessions, so none were imported (${errorMessage(error)})`] };
    }
    return { ok: true, imported: read.sessions.length, errors: [] };
  }

  close(): void {
    this.locks.releaseAll();
    this.backend.close();
  }

  private async end(id: string, status: Exclude<SessionStatus, 'in-progress'>, endedAt: number): Promise<SessionRecord> {
    const record = await this.backend.update(id, (current) => checkedSession(endedRecord(current, status, endedAt)));
    this.locks.release(id);
    return record;
  }
}

/** The answer to keep when two meet (an import, say): the more recent one, since it says how the person is now. */
function newerAnswer(current: SafetyAnswer | null, incoming: SafetyAnswer): SafetyAnswer {
  return current !== null && current.answeredAt > incoming.answeredAt ? current : incoming;
}
