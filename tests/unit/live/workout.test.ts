/**
 * The coach's workout logic (set-up, sets, rest, stopping) and its attribute checks, driven in Node by the
 * real landmark recording of the bridge clip (5 reps, every frame analysed). No browser: these are the rules
 * the live element follows, checked without the timing noise of a camera.
 */
import { expect, test } from 'vitest';
import type { PoseFrame } from '../../../src/analysis';
import { checkSettings, type RawSettings } from '../../../src/components/glute-coach/attributes';
import { isHoldPlan, routinePlans, type ExercisePlan } from '../../../src/live/routine';
import { FRAMED_START_MS, Workout, type WorkoutEvent } from '../../../src/live/workout';
import { alternating, heldTop, marchSequence } from '../../support/one-leg-bridges';
import { loadFixture } from '../analysis/real-fixtures';

const bridge = loadFixture('bridge-side-studio').frames;

const plan = (overrides: Partial<ExercisePlan>): ExercisePlan => ({ exercise: 'glute-bridge', side: 'left', targetReps: 30, sets: 1, restMs: 0, ...overrides });

/** Feeds frames (and the clock, at frame times) to the workout; returns every event in order. */
function run(workout: Workout, frames: PoseFrame[]): WorkoutEvent[] {
  return frames.flatMap((frame) => [...workout.tick(frame.t), ...workout.push(frame)]);
}

const summary = (events: WorkoutEvent[]) =>
  events.filter((e) => e.type !== 'counted' && e.type !== 'hold-reached').map((e) => ('set' in e ? `${e.type}:${e.set}` : e.type));

test('counting from the first frame, each of the 5 reps is counted at its top and reported at its end', () => {
  const workout = new Workout(plan({}));
  const events = [...workout.beginTraining(), ...run(workout, bridge)];
  expect(events.filter((e) => e.type === 'counted').map((e) => e.type === 'counted' && e.count)).toEqual([1, 2, 3, 4, 5]);
  const reps = events.flatMap((e) => (e.type === 'rep' ? [e.detail.rep] : []));
  expect(reps).toEqual([1, 2, 3, 4, 5]);
});

test('set-up waits for the person to be in position, then starts by itself; nothing counts before', () => {
  const workout = new Workout(plan({}));
  const startFrame = bridge.find((frame) => workout.push(frame).some((e) => e.type === 'training-started'));
  expect(workout.totalReps).toBe(0);
  // In position from the first frames, so the start comes FRAMED_START_MS in (and some reps remain to count).
  expect(startFrame!.t).toBeGreaterThanOrEqual(FRAMED_START_MS);
  expect(startFrame!.t).toBeLessThan(FRAMED_START_MS + 500);
  run(workout, bridge.filter((frame) => frame.t > startFrame!.t));
  expect(workout.totalReps).toBeGreaterThanOrEqual(3);
});

test('two sets of two without rest: rep numbers restart in set 2, and the block ends with it', () => {
  const workout = new Workout(plan({ targetReps: 2, sets: 2 }));
  const events = [...workout.beginTraining(), ...run(workout, bridge)];
  expect(summary(events)).toEqual([
    'training-started:1',
    'rep:1',
    'rep:1',
    'set-complete:1',
    'training-started:2',
    'rep:2',
    'rep:2',
    'set-complete:2',
    'done',
  ]);
  expect(events.filter((e) => e.type === 'rep').map((e) => e.type === 'rep' && e.detail.rep)).toEqual([1, 2, 1, 2]);
  expect(workout.stage).toBe('done');
});

test('a rest ignores movement, warns near its end, and starts the next set when its time is up', () => {
  const restMs = 12_000;
  const workout = new Workout(plan({ targetReps: 1, sets: 2, restMs }));
  workout.beginTraining();
  const firstRepEnd = bridge.findIndex((frame) => workout.push(frame).some((e) => e.type === 'set-complete'));
  expect(workout.stage).toBe('rest');
  const restStart = bridge[firstRepEnd]!.t;
  // Reps made during the rest do not count.
  expect(bridge.slice(firstRepEnd + 1).flatMap((frame) => workout.push(frame))).toEqual([]);
  expect(workout.tick(restStart + 1000)).toEqual([]);
  expect(workout.tick(restStart + restMs - 9_000)).toEqual([{ type: 'rest-ending', secondsLeft: 9 }]);
  expect(workout.tick(restStart + restMs - 1)).toEqual([]);
  expect(workout.tick(restStart + restMs)).toEqual([{ type: 'training-started', set: 2 }]);
  expect(workout.count).toBe(0);
});

test('skipping the rest starts the next set at once', () => {
  const workout = new Workout(plan({ targetReps: 1, sets: 2, restMs: 60_000 }));
  workout.beginTraining();
  bridge.find((frame) => workout.push(frame).some((e) => e.type === 'set-complete'));
  expect(workout.skipRest()).toEqual([{ type: 'training-started', set: 2 }]);
  expect(workout.stage).toBe('training');
});

test('stopping at the top of a rep still reports that rep, then ends the block', () => {
  const workout = new Workout(plan({}));
  workout.beginTraining();
  // Up to the first moment the second rep is counted: it is at its top, not yet finished.
  bridge.find((frame) => workout.push(frame).some((e) => e.type === 'counted' && e.count === 2));
  const events = workout.finish();
  expect(summary(events)).toEqual(['rep:1', 'done']);
  expect(events[0]).toMatchObject({ type: 'rep', detail: { rep: 2 } });
  expect(workout.finish()).toEqual([]);
});

test('an over-arch is cued while the thrust is still held, before its rep is reported with it', () => {
  const workout = new Workout(plan({ exercise: 'hip-thrust' }));
  const events = [...workout.beginTraining(), ...run(workout, loadFixture('hip-thrust-side-box').frames)];
  const order = events.flatMap((e) => {
    if (e.type === 'fault-sure' && e.fault.type === 'lumbar-overarch') return [`cue:${e.fault.rep}`];
    return e.type === 'rep' && e.faults.some((fault) => fault.type === 'lumbar-overarch') ? [`rep:${e.detail.rep}`] : [];
  });
  expect(order).toEqual(['cue:1', 'rep:1', 'cue:2', 'rep:2', 'cue:3', 'rep:3', 'cue:4', 'rep:4', 'cue:5', 'rep:5', 'cue:6', 'rep:6']);
});

test('each rep says which checks no rep of the set could be judged on: a squat filmed side-on, the knees caving in', () => {
  const workout = new Workout(plan({ exercise: 'squat' }));
  const events = [...workout.beginTraining(), ...run(workout, loadFixture('squat-side-cut').frames), ...workout.finish()];
  const notJudged = events.flatMap((e) => (e.type === 'rep' ? [e.notJudged] : []));
  expect(notJudged.length).toBeGreaterThan(0);
  for (const checks of notJudged) expect(checks).toEqual(['knee-cave-in']);
  // A side view of a bridge shows everything the bridge checks.
  const bridgeWorkout = new Workout(plan({}));
  const bridgeReps = [...bridgeWorkout.beginTraining(), ...run(bridgeWorkout, bridge)].filter((e) => e.type === 'rep');
  expect(bridgeReps).toHaveLength(5);
  expect(bridgeReps.flatMap((e) => e.notJudged)).toEqual([]);
});

const RAW: RawSettings = { exercise: 'glute-bridge', side: 'left', targetReps: 12, sets: 3, model: 'full', routine: null, restSeconds: 45 };

test('attributes: valid ones make one plan; the short routine makes four blocks in order', () => {
  expect(checkSettings(RAW)).toEqual({
    ok: true,
    settings: { model: 'full', plans: [{ exercise: 'glute-bridge', side: 'left', targetReps: 12, sets: 3, restMs: 45_000 }] },
  });
  const routine = checkSettings({ ...RAW, routine: 'beginner' });
  expect(routine.ok && routine.settings.plans).toEqual(routinePlans('beginner', 45_000));
  expect(routinePlans('short', 0).filter((plan): plan is ExercisePlan => !isHoldPlan(plan)).map((p) => `${p.exercise}${p.exercise === 'clamshell' ? `-${p.side}` : ''} ${p.sets}x${p.targetReps}`)).toEqual([
    'hip-thrust 3x12',
    'clamshell-left 3x15',
    'clamshell-right 3x15',
    'glute-bridge 3x12',
  ]);
});

test('attributes: each invalid value is named with what would be valid', () => {
  const problems: [Partial<RawSettings>, string][] = [
    [{ exercise: 'burpee' }, 'exercise="burpee" is not valid: use glute-bridge, hip-thrust, clamshell, side-lying-leg-lift, donkey-kick, glute-march, single-leg-bridge, romanian-deadlift, squat, lunge, step-up, glute-squeeze, plank, side-plank, hip-flexor-stretch, hamstring-stretch or figure-four-stretch.'],
    [{ side: 'up' }, 'side="up" is not valid: use left or right.'],
    [{ model: 'huge' }, 'model="huge" is not valid: use auto, lite, full or heavy.'],
    [{ routine: 'expert' }, 'routine="expert" is not valid: use beginner or short.'],
    [{ targetReps: Number.NaN }, 'target-reps="NaN" is not valid: use a whole number from 1 to 100.'],
    [{ sets: 0 }, 'sets="0" is not valid: use a whole number from 1 to 20.'],
    [{ restSeconds: 2.5 }, 'rest="2.5" is not valid: use a whole number from 0 to 600.'],
  ];
  for (const [change, message] of problems) {
    expect(checkSettings({ ...RAW, ...change })).toMatchObject({ ok: false, message });
  }
});

test('alternating legs (a glute march): each leg counted apart, and the set is done when both reach the target', () => {
  const march = marchSequence(heldTop(bridge, 'left'), [
    ...alternating(3, { liftDeg: 60 }),
    { leg: 'left', liftDeg: 60 }, // left has 3 of 2 now, right 1: the set waits for the right leg
    { leg: 'right', liftDeg: 60 },
    { leg: 'left', liftDeg: 60 }, // after the set: not counted
  ]);
  const workout = new Workout(plan({ exercise: 'glute-march', targetReps: 2, sets: 1 }));
  const events = [...workout.beginTraining(), ...run(workout, march)];
  const counted = events.flatMap((e) => (e.type === 'counted' ? [`${e.leg} ${e.count}`] : []));
  expect(counted).toEqual(['left 1', 'right 1', 'left 2', 'left 3', 'right 2']);
  const reps = events.flatMap((e) => (e.type === 'rep' ? [`${e.detail.rep} ${e.detail.leg}`] : []));
  expect(reps).toEqual(['1 left', '2 right', '3 left', '4 left', '5 right']);
  expect(summary(events).slice(-2)).toEqual(['set-complete:1', 'done']);
  expect(events.find((e) => e.type === 'set-complete')).toMatchObject({ reps: 5 });
  expect(workout.legCounts).toEqual({ left: 3, right: 2 });
});

test('legs that do not alternate have no per-leg count', () => {
  expect(new Workout(plan({})).legCounts).toBeNull();
});
