/**
 * Keeps sessions in memory when IndexedDB cannot be used, so the coach still runs a whole workout.
 * Records are copied in and out, as IndexedDB's structured clone does, so callers never share objects with it.
 */
import { byNewestFirst, missingSession, type SessionBackend } from './backend';
import type { SafetyAnswer, SessionRecord, SessionStatus } from './records';

export class MemoryBackend implements SessionBackend {
  private readonly records = new Map<string, SessionRecord>();
  private safety: SafetyAnswer | null = null;

  async get(id: string): Promise<SessionRecord | undefined> {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  async put(record: SessionRecord): Promise<void> {
    this.records.set(record.id, structuredClone(record));
  }

  async update(id: string, change: (record: SessionRecord) => SessionRecord): Promise<SessionRecord> {
    const current = this.records.get(id);
    if (!current) throw missingSession(id);
    const changed = change(structuredClone(current));
    this.records.set(id, structuredClone(changed));
    return changed;
  }

  async newestFirst(): Promise<SessionRecord[]> {
    return this.copies().sort(byNewestFirst);
  }

  async withStatus(status: SessionStatus): Promise<SessionRecord[]> {
    return this.copies().filter((record) => record.status === status);
  }

  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }

  async clear(): Promise<void> {
    this.records.clear();
    this.safety = null;
  }

  async putAll(records: readonly SessionRecord[], safety: SafetyAnswer | null): Promise<void> {
    for (const record of records) this.records.set(record.id, structuredClone(record));
    if (safety) await this.putSafetyAnswer(safety);
  }

  async safetyAnswer(): Promise<SafetyAnswer | null> {
    return structuredClone(this.safety);
  }

  async putSafetyAnswer(answer: SafetyAnswer): Promise<void> {
    this.safety = structuredClone(answer);
  }

  close(): void {}

  private copies(): SessionRecord[] {
    return [...this.records.values()].map((record) => structuredClone(record));
  }
}
