/** The safety screen's answer on the store's in-memory fallback: when to ask, what is kept, export and import. */
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidRecordError, needsSafetyScreen, openSessionStore, type SafetyAnswer, type SessionStore } from '../../../src/storage';
import { T0, sampleComplete } from '../../browser/support/storage-fixtures';

let store: SessionStore;

beforeEach(async () => {
  store = await openSessionStore();
});

const flagged: SafetyAnswer = { answeredAt: T0, flags: ['numbness', 'worsening'], acknowledged: true };

describe('the safety answer', () => {
  it('is needed until answered, and kept with only its own fields', async () => {
    expect(await needsSafetyScreen(store)).toBe(true);
    expect(await store.safetyAnswer()).toBeNull();
    await store.saveSafetyAnswer({ ...flagged, name: 'dropped' } as SafetyAnswer);
    expect(await store.safetyAnswer()).toEqual(flagged);
    expect(await needsSafetyScreen(store)).toBe(false);
  });

  it('refuses a ticked sign that was not acknowledged, and keeps the answer before', async () => {
    await store.saveSafetyAnswer(flagged);
    const error = await store.saveSafetyAnswer({ ...flagged, acknowledged: false }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as Error).message).toBe('The safety answer was not saved: safety.acknowledged: must be true when a sign is ticked (got false)');
    expect(await store.safetyAnswer()).toEqual(flagged);
  });

  it('goes with everything else when everything is deleted, so the screen is shown again', async () => {
    await store.saveSafetyAnswer(flagged);
    await store.saveComplete(sampleComplete('clamshell', T0, 1));
    await store.clear();
    expect(await needsSafetyScreen(store)).toBe(true);
  });

  it('is exported, and imported only over an older answer', async () => {
    await store.saveSafetyAnswer(flagged);
    const exported = await store.exportJson();
    expect(JSON.parse(exported)).toMatchObject({ version: 4, safety: flagged });

    const newer: SafetyAnswer = { answeredAt: T0 + 1, flags: [], acknowledged: false };
    await store.saveSafetyAnswer(newer);
    expect(await store.importJson(exported)).toEqual({ ok: true, imported: 0, errors: [] });
    expect(await store.safetyAnswer()).toEqual(newer);

    await store.clear();
    await store.importJson(exported);
    expect(await store.safetyAnswer()).toEqual(flagged);
  });
});
