/**
 * Test page for the history store: opens it on the real IndexedDB of the browser, and offers raw IndexedDB
 * helpers (not the module) to set up old data and other tabs.
 *
 * `?idb=throw` makes indexedDB.open throw, as browsers that block site data do; `?idb=missing` removes
 * IndexedDB altogether. Both must leave the store usable, in memory. `?idb=fail-updates` makes every cursor
 * update fail, so a migration breaks half way and must leave the old data as it was.
 */
import { openSessionStore, type SessionStore } from '../../../src/storage';
import type { SessionRecordV1 } from '../../../src/storage/schema';

const simulate = new URL(location.href).searchParams.get('idb');
if (simulate === 'throw') {
  IDBFactory.prototype.open = () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
}
if (simulate === 'missing') Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
if (simulate === 'fail-updates') {
  IDBCursor.prototype.update = () => {
    throw new DOMException('Simulated failure while migrating.', 'DataError');
  };
}

let store: SessionStore | null = null;

async function open(dbName: string): Promise<{ available: boolean; reason: string | null }> {
  store?.close();
  store = await openSessionStore({ dbName });
  return { available: store.available, reason: store.reason };
}

function current(): SessionStore {
  if (!store) throw new Error('open() first');
  return store;
}

function request<T>(raw: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    raw.onsuccess = () => resolve(raw.result);
    raw.onerror = () => reject(raw.error ?? new Error('IndexedDB request failed'));
  });
}

/** A connection as an old app version held it: it never closes on versionchange. */
async function openRaw(dbName: string, version: number, createSessions = false): Promise<IDBDatabase> {
  const opening = indexedDB.open(dbName, version);
  if (createSessions) opening.onupgradeneeded = () => opening.result.createObjectStore('sessions', { keyPath: 'id' });
  return request(opening);
}

/** Writes what version 1 of the app stored, with raw IndexedDB. */
async function writeV1(dbName: string, records: readonly SessionRecordV1[]): Promise<void> {
  const db = await openRaw(dbName, 1, true);
  const transaction = db.transaction('sessions', 'readwrite');
  for (const record of records) transaction.objectStore('sessions').put(record);
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

async function describeDatabase(dbName: string): Promise<{ version: number; stores: string[]; indexes: Record<string, string | string[]> }> {
  const db = await request(indexedDB.open(dbName));
  const sessions = db.transaction('sessions').objectStore('sessions');
  const indexes = Object.fromEntries([...sessions.indexNames].map((name) => [name, sessions.index(name).keyPath]));
  const description = { version: db.version, stores: [...db.objectStoreNames], indexes };
  db.close();
  return description;
}

/** Kept referenced so the connection stays open for as long as the page lives. */
const heldOpen: IDBDatabase[] = [];

/** Keeps a connection open that ignores version changes, like a tab running an old app. */
async function holdOldConnection(dbName: string): Promise<void> {
  heldOpen.push(await openRaw(dbName, 1, true));
}

/** What a newer app in another tab would do: open a higher version. Resolves 'blocked' if it has to wait. */
function openNewerVersion(dbName: string, version: number): Promise<'opened' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(dbName, version);
    opening.onblocked = () => resolve('blocked');
    opening.onsuccess = () => {
      opening.result.close();
      resolve('opened');
    };
    opening.onerror = () => reject(opening.error);
  });
}

function deleteDatabase(dbName: string): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(dbName);
    deleting.onblocked = () => resolve('blocked');
    deleting.onsuccess = () => resolve('deleted');
    deleting.onerror = () => reject(deleting.error);
  });
}

const storageHarness = {
  open,
  store: current,
  writeV1,
  describeDatabase,
  holdOldConnection,
  openNewerVersion,
  deleteDatabase,
};
export type StorageHarness = typeof storageHarness;

declare global {
  interface Window {
    storageHarness: StorageHarness;
  }
}
window.storageHarness = storageHarness;
