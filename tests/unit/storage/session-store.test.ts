/**
 * The SessionStore contract on the in-memory fallback (Node has no IndexedDB, so openSessionStore falls back
 * there): the same BackedSessionStore behaviour the browser tests check on real IndexedDB.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidSessionError, openSessionStore, type SessionStore } from '../../../src/storage';
import { T0, sampleComplete, sampleFault, sampleNewSession, sampleRep } from '../../browser/support/storage-fixtures';

let store: SessionStore;

beforeEach(async () => {
  store = await openSessionStore();
});

describe('opening without IndexedDB', () => {
  it('falls back to memory and says plainly that history is not kept', () => {
    expect(store.available).toBe(false);
    expect(store.reason).toBe('History will not be kept on this device: this browser has no storage for web apps (IndexedDB).');
  });
});

describe('a live session', () => {
  it('starts in progress with no reps, keeping only the fields of a new session', async () => {
    const created = await store.create({ ...sampleNewSession(), reps: 99, extra: 'dropped' } as never);
    expect(created).toEqual({ ...sampleNewSession(), id: created.id, schemaVersion: 5, endedAt: null, status: 'in-progress', reps: 0, sets: [], faults: [], painBefore: null, painAfter: null, painStops: [] });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.get(created.id)).toEqual(created);
  });

  it('takes reps into their sets, in set order, with their faults', async () => {
    const { id } = await store.create(sampleNewSession());
    await store.appendRep(id, 2, sampleRep(1), []);
    await store.appendRep(id, 1, sampleRep(1), [sampleFault(1)]);
    const latest = await store.appendRep(id, 1, sampleRep(2), []);
    expect(latest.reps).toBe(3);
    expect(latest.sets).toEqual([
      { set: 1, reps: [sampleRep(1), sampleRep(2)] },
      { set: 2, reps: [sampleRep(1)] },
    ]);
    expect(latest.faults).toEqual([sampleFault(1)]);
  });

  it("keeps a routine block's place, ends skipped, and goes through export and import as it is", async () => {
    const { id } = await store.create({ ...sampleNewSession(), routine: { routine: 'beginner', block: 3 } });
    await store.appendRep(id, 1, sampleRep(1), []);
    const skipped = await store.markSkipped(id);
    expect(skipped).toMatchObject({ routine: { routine: 'beginner', block: 3 }, status: 'skipped', reps: 1 });
    expect(skipped.endedAt).not.toBeNull();
    expect(await store.findUnfinished()).toEqual([]);
    const fresh = await openSessionStore({ dbName: 'routine-import' });
    expect(await fresh.list()).toEqual([]);
    expect(await fresh.importJson(await store.exportJson())).toMatchObject({ ok: true, imported: 1 });
    expect(await fresh.get(id)).toEqual(skipped);
  });

  it('ends once: a second finish or close leaves it as the first end left it', async () => {
    const { id } = await store.create(sampleNewSession());
    const finished = await store.finish(id, T0 + 1000);
    expect(finished).toMatchObject({ status: 'complete', endedAt: T0 + 1000 });
    expect(await store.markInterrupted(id)).toEqual(finished);
    await expect(store.appendRep(id, 1, sampleRep(1), [])).rejects.toThrow(/has ended \(complete\)/);
  });

  it('is not offered as unfinished while this store records it', async () => {
    const { id } = await store.create(sampleNewSession());
    expect(await store.findUnfinished()).toEqual([]);
    store.close();
    expect((await store.findUnfinished()).map((session) => session.id)).toEqual([id]);
  });

  it('refuses a rep an import would refuse, and keeps the session as it was', async () => {
    const { id } = await store.create(sampleNewSession());
    const error = await store.appendRep(id, 1, sampleRep(1, { romDeg: Number.NaN }), []).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidSessionError);
    expect((error as InvalidSessionError).problems).toEqual(['session.sets[0].reps[0].romDeg: must be a number from 0 to 360 (got NaN)']);
    expect(await store.get(id)).toMatchObject({ reps: 0, sets: [] });
  });

  it('says which session is missing', async () => {
    await expect(store.appendRep('nope', 1, sampleRep(1), [])).rejects.toThrow('No session with id nope in the history.');
  });
});

describe('the history', () => {
  it('lists newest first, and deletes one or all', async () => {
    const older = await store.saveComplete(sampleComplete('clamshell', T0 - 1000, 2));
    const newer = await store.saveComplete(sampleComplete('hip-thrust', T0, 2));
    expect((await store.list()).map((session) => session.id)).toEqual([newer.id, older.id]);
    await store.delete(newer.id);
    expect(await store.list()).toEqual([older]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('hands out copies: changing a returned record changes nothing stored', async () => {
    const saved = await store.saveComplete(sampleComplete('glute-bridge', T0, 2));
    saved.sets[0]!.reps.length = 0;
    expect((await store.get(saved.id))?.sets[0]?.reps).toHaveLength(2);
  });

  it('exports JSON that imports back to the same sessions', async () => {
    await store.saveComplete(sampleComplete('glute-bridge', T0, 3, { modelReason: 'Auto' }));
    const { id } = await store.create(sampleNewSession({ exercise: 'clamshell', side: 'right' }));
    await store.appendRep(id, 1, sampleRep(1), []);
    const before = await store.list();
    const exported = await store.exportJson();
    await store.clear();
    expect(await store.importJson(exported)).toEqual({ ok: true, imported: 2, errors: [] });
    expect(await store.list()).toStrictEqual(before);
  });

  it('imports nothing from a file with one bad session among good ones', async () => {
    const kept = await store.saveComplete(sampleComplete('glute-bridge', T0, 1));
    const file = JSON.parse(await store.exportJson()) as { sessions: Record<string, unknown>[] };
    file.sessions.push({ ...file.sessions[0], id: 'good' }, { ...file.sessions[0], id: 'bad', status: 'paused' });
    const result = await store.importJson(JSON.stringify(file));
    expect(result).toEqual({ ok: false, imported: 0, errors: ['sessions[2].status: must be one of "in-progress", "complete", "interrupted", "skipped" (got "paused")'] });
    expect(await store.list()).toEqual([kept]);
  });
});

describe('a timed hold', () => {
  it('is kept as a rep is: written at once into its set, no rep counted', async () => {
    const { id } = await store.create({ ...sampleNewSession(), exercise: 'side-plank', side: null });
    const left = { side: 'left' as const, targetMs: 20_000, heldMs: 20_000, start: 1000, end: 23_000, pauses: [{ t: 5000, reason: 'Hips dropped: lift them in line', resumedAt: 7000 }] };
    await store.appendHold(id, 1, { ...left, extra: 'dropped' } as never);
    const latest = await store.appendHold(id, 1, { ...left, side: 'right', heldMs: 8000, pauses: [] });
    expect(latest.reps).toBe(0);
    expect(latest.sets).toEqual([{ set: 1, reps: [], holds: [left, { ...left, side: 'right', heldMs: 8000, pauses: [] }] }]);
    await store.finish(id);
    await expect(store.appendHold(id, 1, left)).rejects.toThrow(/has ended/);
  });
});

