/**
 * IndexedDB with a way out when the browser's storage for the site is full: a write refused for lack of space
 * (QuotaExceededError) goes to memory instead, so the session carries on and loses no rep. Memory is shared by
 * every store of the same database in this page (the coach's and the history's), so the history lists the
 * session too, until the person exports it; `spilled` says it happened.
 */
import { byNewestFirst, type SessionBackend } from './backend';
import { MemoryBackend } from './memory-backend';
import type { SafetyAnswer, SessionRecord, SessionStatus } from './records';

const spills = new Map<string, MemoryBackend>();

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

export class SpillBackend implements SessionBackend {
  constructor(
    private readonly disk: SessionBackend,
    private readonly dbName: string,
  ) {}

  /** True once a write did not fit and is kept in memory only. */
  get spilled(): boolean {
    return spills.has(this.dbName);
  }

  private get memory(): MemoryBackend | undefined {
    return spills.get(this.dbName);
  }

  /** Memory for what did not fit, made on the first refused write. */
  private spill(): MemoryBackend {
    let memory = spills.get(this.dbName);
    if (!memory) spills.set(this.dbName, (memory = new MemoryBackend()));
    return memory;
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    return (await this.memory?.get(id)) ?? this.disk.get(id);
  }

  async put(record: SessionRecord): Promise<void> {
    const memory = this.memory;
    if (memory && (await memory.get(record.id))) return memory.put(record);
    try {
      await this.disk.put(record);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.spill().put(record);
    }
  }

  async update(id: string, change: (record: SessionRecord) => SessionRecord): Promise<SessionRecord> {
    const memory = this.memory;
    if (memory && (await memory.get(id))) return memory.update(id, change);
    try {
      return await this.disk.update(id, change);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // The refused write changed nothing on disk: carry the record on in memory from there.
      const current = await this.disk.get(id);
      const changed = change(current!);
      await this.spill().put(changed);
      return changed;
    }
  }

  async newestFirst(): Promise<SessionRecord[]> {
    return this.merged(await this.disk.newestFirst(), await this.memory?.newestFirst());
  }

  async withStatus(status: SessionStatus): Promise<SessionRecord[]> {
    const all = await this.newestFirst();
    return all.filter((record) => record.status === status);
  }

  async delete(id: string): Promise<void> {
    await this.memory?.delete(id);
    await this.disk.delete(id);
  }

  async clear(): Promise<void> {
    spills.delete(this.dbName);
    await this.disk.clear();
  }

  putAll(records: readonly SessionRecord[], safety: SafetyAnswer | null): Promise<void> {
    // An import is all or nothing: one that does not fit is refused, and says so.
    return this.disk.putAll(records, safety);
  }

  async safetyAnswer(): Promise<SafetyAnswer | null> {
    return (await this.memory?.safetyAnswer()) ?? this.disk.safetyAnswer();
  }

  async putSafetyAnswer(answer: SafetyAnswer): Promise<void> {
    try {
      await this.disk.putSafetyAnswer(answer);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.spill().putSafetyAnswer(answer);
    }
  }

  close(): void {
    this.disk.close();
  }

  /** The disk's records with the memory's copies in place of theirs, newest first. */
  private merged(disk: SessionRecord[], memory: SessionRecord[] | undefined): SessionRecord[] {
    if (!memory?.length) return disk;
    const kept = new Set(memory.map((record) => record.id));
    return [...disk.filter((record) => !kept.has(record.id)), ...memory].sort(byNewestFirst);
  }
}
