/**
 * Persistent storage: without it the browser may clear the history when the device runs low on space. The
 * store asks for it once, when the first session is saved (browsers grant it more readily once a site is in
 * use), and the history shows whether it was granted.
 */

import type { Persistence } from './records';

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage && 'persist' in navigator.storage ? navigator.storage : null;
}

export async function currentPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  return (await storage.persisted()) ? 'persisted' : 'best-effort';
}

/** Asks the browser to keep the history; resolves with what it decided (never rejects). */
export async function requestPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
