/**
 * Marks the sessions a tab is recording right now with Web Locks. The browser drops a tab's locks when it
 * reloads, closes or crashes, so an in-progress session with no lock anywhere was cut off, while one with a
 * lock is live in some tab and must not be offered for closing (that would end it under the person's feet).
 * Without Web Locks only this tab's own sessions are known.
 */
export class SessionLocks {
  private readonly releases = new Map<string, () => void>();

  constructor(private readonly scope: string) {}

  /**
   * Idempotent. When another tab holds the lock too (both wrote reps), this tab queues for it and takes it
   * over when that tab goes, so the session stays marked for as long as any tab that recorded it lives.
   */
  hold(id: string): void {
    if (this.releases.has(id)) return;
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.releases.set(id, release);
    void webLocks()?.request(this.lockName(id), () => released);
  }

  release(id: string): void {
    this.releases.get(id)?.();
    this.releases.delete(id);
  }

  releaseAll(): void {
    for (const id of [...this.releases.keys()]) this.release(id);
  }

  /** Ids of the sessions being recorded in this tab or any other. */
  async recording(): Promise<Set<string>> {
    const recording = new Set(this.releases.keys());
    const held = (await webLocks()?.query())?.held ?? [];
    const prefix = this.lockName('');
    for (const { name } of held) if (name?.startsWith(prefix)) recording.add(name.slice(prefix.length));
    return recording;
  }

  private lockName(id: string): string {
    return `${this.scope}:recording:${id}`;
  }
}

function webLocks(): LockManager | undefined {
  return globalThis.navigator?.locks;
}
