/**
 * The app's side of the pain diary: the "before" rating is asked before training, kept until the coach has
 * saved the session, then written to it; the "after" rating is asked for the session just saved.
 */
import type { SessionRecord, SessionStore } from '../storage';

export class PainDiary {
  /** undefined: not asked yet; null: skipped. */
  before: number | null | undefined = undefined;
  /** The session waiting for its "after" rating. */
  afterFor: string | null = null;

  rateBefore(value: number | null): void {
    this.before = value;
  }

  /** A session was saved: give it the "before" rating and ask for the "after" one. */
  async sessionSaved(store: SessionStore, session: SessionRecord): Promise<void> {
    this.afterFor = session.id;
    if (this.before !== undefined && this.before !== null) await store.ratePain(session.id, 'before', this.before);
  }

  async rateAfter(store: SessionStore, value: number | null): Promise<void> {
    const id = this.afterFor;
    this.afterFor = null;
    this.before = undefined;
    if (id && value !== null) await store.ratePain(id, 'after', value);
  }
}
