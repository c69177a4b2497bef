/** The pain diary on the store's in-memory fallback: ratings, stops and where in the rep they fell. */
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidSessionError, openSessionStore, painStopAt, type PainStop, type SessionStore } from '../../../src/storage';
import { T0, sampleComplete, sampleNewSession, sampleRep } from '../../browser/support/storage-fixtures';

let store: SessionStore;

beforeEach(async () => {
  store = await openSessionStore();
});

const stop: PainStop = { t: 5400, set: 1, rep: 2, phase: 'rising', angleDeg: 150.5 };

describe('pain ratings', () => {
  it('start empty, and are stored before and after, the after one once the session has ended', async () => {
    const { id, painBefore, painAfter, painStops } = await store.create(sampleNewSession());
    expect({ painBefore, painAfter, painStops }).toEqual({ painBefore: null, painAfter: null, painStops: [] });
    await store.ratePain(id, 'before', 6);
    await store.finish(id, T0 + 1000);
    const rated = await store.ratePain(id, 'after', 4);
    expect(rated).toMatchObject({ status: 'complete', painBefore: 6, painAfter: 4 });
    expect(await store.get(id)).toEqual(rated);
  });

  it('take null for a skipped rating, and refuse anything but a whole number from 0 to 10', async () => {
    const { id } = await store.create(sampleNewSession());
    await store.ratePain(id, 'before', 3);
    expect((await store.ratePain(id, 'before', null)).painBefore).toBeNull();
    const error = await store.ratePain(id, 'after', 10.5).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidSessionError);
    expect((error as InvalidSessionError).problems).toEqual(['session.painAfter: must be a whole number from 0 to 10 (got 10.5)']);
    expect((await store.get(id))?.painAfter).toBeNull();
  });

  it('default to none for a whole saved session, which may also bring its own', async () => {
    expect(await store.saveComplete(sampleComplete('glute-bridge', T0, 2))).toMatchObject({ painBefore: null, painAfter: null, painStops: [] });
    const rated = await store.saveComplete(sampleComplete('glute-bridge', T0, 2, { painBefore: 2, painStops: [stop] }));
    expect(rated).toMatchObject({ painBefore: 2, painAfter: null, painStops: [stop] });
  });
});

describe('stops for pain', () => {
  it('are written at once, in order, keeping only the fields of a stop', async () => {
    const { id } = await store.create(sampleNewSession());
    await store.appendRep(id, 1, sampleRep(1), []);
    await store.recordPainStop(id, { ...stop, note: 'dropped' } as PainStop);
    const second: PainStop = { t: 9000, set: 2, rep: 1, phase: 'bottom', angleDeg: null };
    await store.recordPainStop(id, second);
    expect((await store.get(id))?.painStops).toEqual([stop, second]);
  });

  it('are kept even when the session ended a moment before', async () => {
    const { id } = await store.create(sampleNewSession());
    await store.markInterrupted(id);
    expect((await store.recordPainStop(id, stop)).painStops).toEqual([stop]);
  });

  it('are placed in the rep under way: counted at the top and on the way down, the next one before', () => {
    const frame = { t: 1234, angleDeg: 160, repCount: 3 };
    expect(painStopAt(2, { ...frame, phase: 'top' })).toEqual({ t: 1234, set: 2, rep: 3, phase: 'top', angleDeg: 160 });
    expect(painStopAt(2, { ...frame, phase: 'lowering' }).rep).toBe(3);
    expect(painStopAt(2, { ...frame, phase: 'rising' }).rep).toBe(4);
    expect(painStopAt(2, { ...frame, phase: 'bottom' }).rep).toBe(4);
    expect(painStopAt(1, { ...frame, phase: 'top', repCount: 0, angleDeg: null })).toMatchObject({ rep: 1, angleDeg: null });
  });
});

describe('export and import', () => {
  it('carry the pain diary both ways', async () => {
    const { id } = await store.create(sampleNewSession());
    await store.ratePain(id, 'before', 7);
    await store.recordPainStop(id, stop);
    await store.finish(id, T0 + 1000);
    await store.ratePain(id, 'after', 5);
    const before = await store.list();
    const exported = await store.exportJson();
    await store.clear();
    expect(await store.importJson(exported)).toEqual({ ok: true, imported: 1, errors: [] });
    expect(await store.list()).toStrictEqual(before);
  });
});
