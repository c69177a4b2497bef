/**
 * The records the live coach writes (src/live/session-recorder.ts), on the real store's in-memory fallback: a
 * block's new record, and a cut-off session carried on in the same record from the set after its last one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedModel } from '../../../src/live/pose-controller';
import { isHoldPlan, routinePlans, type ExercisePlan } from '../../../src/live/routine';
import { SessionRecorder } from '../../../src/live/session-recorder';
import { openSessionStore, type SessionStore } from '../../../src/storage';
import { sampleFault, sampleNewSession, sampleRep } from '../../browser/support/storage-fixtures';

const BRIDGE: ExercisePlan = { exercise: 'glute-bridge', side: 'left', targetReps: 12, sets: 3, restMs: 45_000 };
const CLAMSHELL: ExercisePlan = { exercise: 'clamshell', side: 'right', targetReps: 15, sets: 3, restMs: 45_000 };
const NAMED: LoadedModel = { info: { engine: 'mediapipe', variant: 'lite', delegate: 'CPU', loadMs: 120 }, reason: null };
const CHOSEN: LoadedModel = { info: { engine: 'mediapipe', variant: 'full', delegate: 'GPU', loadMs: 300 }, reason: 'full: 18 ms a frame' };

let store: SessionStore;
let recorder: SessionRecorder;

beforeEach(async () => {
  store = await openSessionStore();
  recorder = new SessionRecorder(async () => store);
});

describe('a new block', () => {
  it('starts at set 1 and is recorded with its targets and model; finishing returns the complete record', async () => {
    expect(recorder.firstSet(BRIDGE)).toBe(1);
    recorder.beginBlock(BRIDGE, NAMED);
    recorder.rep(1, sampleRep(1), [sampleFault(1)]);
    const record = await recorder.finish();
    expect(record).toMatchObject({ source: 'live', exercise: 'glute-bridge', side: null, targetReps: 12, targetSets: 3, model: 'lite', engine: 'mediapipe', delegate: 'CPU', status: 'complete', reps: 1 });
    expect(record).not.toHaveProperty('modelReason');
    expect(await store.list()).toEqual([record]);
  });

  it('keeps the working side of a clamshell and why `auto` chose its model', async () => {
    recorder.beginBlock(CLAMSHELL, CHOSEN);
    const record = await recorder.finish();
    expect(record).toMatchObject({ exercise: 'clamshell', side: 'right', model: 'full', delegate: 'GPU', modelReason: 'full: 18 ms a frame' });
  });
});

describe('a block switched away from (the offer to switch exercise)', () => {
  it('is deleted when it has no rep: the person never did that exercise', async () => {
    recorder.beginBlock(BRIDGE, NAMED);
    expect(await recorder.finishOrDiscard()).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('is finished and kept with the reps it has', async () => {
    recorder.beginBlock(BRIDGE, NAMED);
    recorder.rep(1, sampleRep(1), []);
    const record = await recorder.finishOrDiscard();
    expect(record).toMatchObject({ exercise: 'glute-bridge', status: 'complete', reps: 1 });
    expect(await store.list()).toEqual([record]);
  });
});

describe('a resumed session', () => {
  it('carries on from the set after its last one with reps, in the same record, then blocks start afresh', async () => {
    const cutOff = await store.create(sampleNewSession({ targetReps: 12, targetSets: 3 }));
    await store.appendRep(cutOff.id, 1, sampleRep(1), []);
    const withSetOne = await store.appendRep(cutOff.id, 1, sampleRep(2), []);
    recorder.resumeNext(withSetOne);
    expect(recorder.firstSet(BRIDGE)).toBe(2);
    recorder.beginBlock(BRIDGE, NAMED);
    expect(recorder.firstSet(BRIDGE)).toBe(1);
    recorder.rep(2, sampleRep(1), []);
    const record = await recorder.finish();
    expect(record?.id).toBe(cutOff.id);
    expect(record?.sets.map((set) => [set.set, set.reps.length])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(await store.list()).toHaveLength(1);
  });

  it('whose last set has reps starts that last set again rather than one past the plan', async () => {
    const cutOff = await store.create(sampleNewSession());
    const done = await store.appendRep(cutOff.id, 3, sampleRep(1), []);
    recorder.resumeNext(done);
    expect(recorder.firstSet(BRIDGE)).toBe(3);
  });
});

describe("a routine's block", () => {
  // The routine's first rep blocks (after the warm-up's squeezes, a hold).
  const [bridges, leftClams] = routinePlans('beginner', 0).filter((plan): plan is ExercisePlan => !isHoldPlan(plan));

  it('is recorded with its place in the routine, once however often its start is told', async () => {
    recorder.beginBlock(bridges!, NAMED);
    recorder.beginBlock(bridges!, NAMED);
    recorder.rep(1, sampleRep(1), []);
    const record = await recorder.finish();
    expect(record).toMatchObject({ exercise: 'glute-bridge', routine: { routine: 'beginner', block: bridges!.step!.block }, status: 'complete', reps: 1 });
    expect(await store.list()).toHaveLength(1);
  });

  it('skipped is kept as skipped, with the reps it got before', async () => {
    recorder.beginBlock(leftClams!, NAMED);
    recorder.rep(1, sampleRep(1), []);
    const record = await recorder.skip();
    expect(record).toMatchObject({ exercise: 'clamshell', side: 'left', routine: { routine: 'beginner', block: leftClams!.step!.block }, status: 'skipped', reps: 1 });
    expect(record!.endedAt).not.toBeNull();
    expect(await store.findUnfinished()).toEqual([]);
  });

  it('cut off in its set-up (no rep yet) is still in progress, so the routine resumes there at set 1', async () => {
    recorder.beginBlock(leftClams!, NAMED);
    recorder.abandon();
    // Once its record is written; the store's own list, since this tab still holds the session's lock.
    const [cutOff] = await vi.waitFor(async () => {
      const kept = await store.list();
      expect(kept).toHaveLength(1);
      return kept;
    });
    expect(cutOff).toMatchObject({ status: 'in-progress', routine: { routine: 'beginner', block: leftClams!.step!.block }, reps: 0 });
    recorder.resumeNext(cutOff!);
    expect(recorder.firstSet(leftClams!)).toBe(1);
  });
});

describe("a set's movement series", () => {
  /** What the recorder reads of the workout after a frame. */
  const frame = (set: number, t: number, angleDeg: number | null, stage: 'training' | 'rest' = 'training') =>
    ({ stage, set, update: { t, angleDeg } }) as Parameters<SessionRecorder['follow']>[0];

  it('is kept at 10 values a second while the set is trained and stored with each rep', async () => {
    recorder.beginBlock(BRIDGE, NAMED);
    // 30 frames a second for one second, one of them untracked.
    for (let i = 0; i < 30; i++) recorder.follow(frame(1, 1000 + Math.round(i * 33.3), i === 16 ? null : 120 + i));
    recorder.follow(frame(1, 2100, 150, 'rest'));
    recorder.rep(1, sampleRep(1), []);
    for (let i = 0; i < 3; i++) recorder.follow(frame(2, 5000 + i * 100, 130));
    recorder.rep(2, sampleRep(1), []);
    const record = await recorder.finish();
    const [first, second] = record!.sets;
    expect(first!.series).toEqual({ startMs: 1000, stepMs: 100, angleDeg: [120, 123, 126, 129, 132, null, 139, 142, 145, 148] });
    expect(second!.series).toEqual({ startMs: 5000, stepMs: 100, angleDeg: [130, 130, 130] });
  });
});
