/**
 * How a history store is opened, and the questions the app asks of one. The records and the contract are in
 * records.ts.
 *
 * Where IndexedDB cannot be used (private mode, storage full, blocked by an old tab), `openSessionStore` still
 * resolves, with a store that keeps the session in memory only and says why.
 */
import { BackedSessionStore, type Availability } from './backed-store';
import { openIndexedDbBackend } from './indexeddb-backend';
import { MemoryBackend } from './memory-backend';
import { SpillBackend } from './spill-backend';
import type { SessionStore } from './records';
import { DB_NAME } from './schema';

/** Never rejects: when IndexedDB cannot be used the store keeps history in memory and `reason` says why. */
export async function openSessionStore(options: { dbName?: string } = {}): Promise<SessionStore> {
  const dbName = options.dbName ?? DB_NAME;
  const opened = await openIndexedDbBackend(dbName);
  if (opened.ok) return new BackedSessionStore(new SpillBackend(opened.backend, dbName), AVAILABLE, dbName);
  const availability: Availability = { available: false, reason: opened.reason };
  return new BackedSessionStore(new MemoryBackend(), availability, dbName);
}

const AVAILABLE: Availability = { available: true, reason: null };

/** True until the screen has been answered on this device (and again after everything was deleted). */
export async function needsSafetyScreen(store: Pick<SessionStore, 'safetyAnswer'>): Promise<boolean> {
  return (await store.safetyAnswer()) === null;
}
