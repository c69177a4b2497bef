/**
 * Sessions in IndexedDB (through `idb`). The connection is opened lazily and steps aside whenever another tab
 * needs to upgrade or delete the database, then reopens on the next use, so two open tabs never hang each other.
 */
import { openDB } from 'idb';
import { errorMessage } from '../util/error-message';
import { missingSession, type SessionBackend } from './backend';
import { DB_VERSION, SAFETY_ANSWER_KEY, upgradeFrom, type HistoryDatabase, type HistorySchema } from './schema';
import type { SafetyAnswer, SessionRecord, SessionStatus } from './records';

/** How long to wait for an older tab to let go of the database before running without history. */
const BLOCKED_PATIENCE_MS = 5_000;

/** Why opening failed in ways the browser's own errors do not say. */
class OpenFailure extends Error {
  constructor(
    readonly kind: 'no-indexeddb' | 'blocked' | 'upgrade-failed',
    readonly detail?: unknown,
  ) {
    super(kind);
  }
}

export type OpenedBackend = { ok: true; backend: SessionBackend } | { ok: false; reason: string };

export async function openIndexedDbBackend(name: string): Promise<OpenedBackend> {
  const connection = new Connection(name);
  try {
    await connection.get();
    return { ok: true, backend: new IndexedDbBackend(connection) };
  } catch (error) {
    connection.close();
    return { ok: false, reason: unavailableReason(error) };
  }
}

/** Plain words for the person: what went wrong and what they can do. */
export function unavailableReason(error: unknown): string {
  const why = whyUnavailable(error);
  return `History will not be kept on this device: ${why}`;
}

function whyUnavailable(error: unknown): string {
  if (error instanceof OpenFailure) {
    switch (error.kind) {
      case 'no-indexeddb':
        return 'this browser has no storage for web apps (IndexedDB).';
      case 'blocked':
        return 'another Glute Coach tab is holding an older version of the history open. Close it and reload.';
      case 'upgrade-failed':
        return `the saved history could not be upgraded, so it was left untouched (${errorMessage(error.detail)}).`;
    }
  }
  switch (error instanceof DOMException ? error.name : '') {
    case 'QuotaExceededError':
      return "the browser's storage for this site is full.";
    case 'SecurityError':
    case 'InvalidStateError':
      return 'the browser does not let this page store data (private browsing, or site data blocked).';
    case 'VersionError':
      return 'a newer Glute Coach has upgraded the history in another tab. Reload this page.';
    default:
      return `the browser could not open its database (${errorMessage(error)}).`;
  }
}

/** One lazily opened connection, dropped when another tab wants a version change or the browser ends it. */
class Connection {
  private opening: Promise<HistoryDatabase> | null = null;

  constructor(private readonly name: string) {}

  get(): Promise<HistoryDatabase> {
    this.opening ??= this.open();
    return this.opening;
  }

  close(): void {
    const opening = this.opening;
    this.opening = null;
    opening?.then((db) => db.close()).catch(() => undefined);
  }

  private open(): Promise<HistoryDatabase> {
    const opening: Promise<HistoryDatabase> = openHistoryDatabase(this.name, () => {
      if (this.opening === opening) this.close();
    });
    // A failed open is tried again on the next use rather than remembered.
    opening.catch(() => {
      if (this.opening === opening) this.opening = null;
    });
    return opening;
  }
}

function openHistoryDatabase(name: string, onLost: () => void): Promise<HistoryDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') throw new OpenFailure('no-indexeddb');
    let gaveUp = false;
    let patience: ReturnType<typeof setTimeout> | undefined;
    let upgradeFailure: unknown = null;
    openDB<HistorySchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        // The open's own rejection reports an aborted upgrade.
        transaction.done.catch(() => undefined);
        upgradeFrom(oldVersion, db, transaction).catch((error: unknown) => {
          upgradeFailure = error;
          abortQuietly(transaction);
        });
      },
      blocked() {
        patience ??= setTimeout(() => {
          gaveUp = true;
          reject(new OpenFailure('blocked'));
        }, BLOCKED_PATIENCE_MS);
      },
      // Another tab wants to upgrade or delete the database: let it, and reopen on the next use.
      blocking: onLost,
      terminated: onLost,
    }).then(
      (db) => {
        clearTimeout(patience);
        // If we stopped waiting, nobody uses this late connection, and it must not block anyone either.
        if (gaveUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(patience);
        reject(upgradeFailure === null ? error : new OpenFailure('upgrade-failed', upgradeFailure));
      },
    );
  });
}

function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // Already aborted by the failed request: nothing was written either way.
  }
}

class IndexedDbBackend implements SessionBackend {
  constructor(private readonly connection: Connection) {}

  async get(id: string): Promise<SessionRecord | undefined> {
    return (await this.db()).get('sessions', id);
  }

  async put(record: SessionRecord): Promise<void> {
    await (await this.db()).put('sessions', record);
  }

  async update(id: string, change: (record: SessionRecord) => SessionRecord): Promise<SessionRecord> {
    const transaction = (await this.db()).transaction('sessions', 'readwrite');
    const changing = (async () => {
      const current = await transaction.store.get(id);
      if (!current) throw missingSession(id);
      const changed = change(current);
      await transaction.store.put(changed);
      return changed;
    })();
    const [changed] = await Promise.all([changing, transaction.done]);
    return changed;
  }

  async newestFirst(): Promise<SessionRecord[]> {
    return (await (await this.db()).getAllFromIndex('sessions', 'by-date')).reverse();
  }

  async withStatus(status: SessionStatus): Promise<SessionRecord[]> {
    return (await this.db()).getAllFromIndex('sessions', 'by-status', status);
  }

  async delete(id: string): Promise<void> {
    await (await this.db()).delete('sessions', id);
  }

  async clear(): Promise<void> {
    const transaction = (await this.db()).transaction(['sessions', 'settings'], 'readwrite');
    await Promise.all([transaction.objectStore('sessions').clear(), transaction.objectStore('settings').clear(), transaction.done]);
  }

  async putAll(records: readonly SessionRecord[], safety: SafetyAnswer | null): Promise<void> {
    const transaction = (await this.db()).transaction(['sessions', 'settings'], 'readwrite');
    const sessions = transaction.objectStore('sessions');
    const writes: Promise<unknown>[] = records.map((record) => sessions.put(record));
    if (safety) writes.push(transaction.objectStore('settings').put(safety, SAFETY_ANSWER_KEY));
    // One transaction: a single failed write aborts it and undoes the others.
    await Promise.all([...writes, transaction.done]);
  }

  async safetyAnswer(): Promise<SafetyAnswer | null> {
    return (await (await this.db()).get('settings', SAFETY_ANSWER_KEY)) ?? null;
  }

  async putSafetyAnswer(answer: SafetyAnswer): Promise<void> {
    await (await this.db()).put('settings', answer, SAFETY_ANSWER_KEY);
  }

  close(): void {
    this.connection.close();
  }

  /** Reopening can fail after another tab changed the database; say so in the same plain words. */
  private async db(): Promise<HistoryDatabase> {
    try {
      return await this.connection.get();
    } catch (error) {
      throw new Error(unavailableReason(error), { cause: error });
    }
  }
}
