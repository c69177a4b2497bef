/**
 * The after-set screen's facts (SetTally) and the session's last words: "Session complete" only when every set
 * was done, else where it stopped (the Workout driven by the real bridge recording, as workout.test.ts does).
 */
import { expect, test } from 'vitest';
import type { Fault, PoseFrame, RepDetail } from '../../../src/analysis';
import { fixNextSet, notChecked, sessionEndTitle } from '../../../src/live/coaching-words';
import type { ExercisePlan } from '../../../src/live/routine';
import { SetTally } from '../../../src/live/set-report';
import { Workout } from '../../../src/live/workout';
import { loadFixture } from '../analysis/real-fixtures';

const bridge = loadFixture('bridge-side-studio').frames;

const rep = (number: number, holdMs: number): RepDetail => ({ rep: number, start: 0, top: 0, end: 0, holdMs, romDeg: 20, peakExtensionDeg: null, faults: [] });
const fault = (type: Fault['type'], number: number, cue: string): Fault => ({ type, rep: number, t: 0, value: 12, cue });

test('a set report: reps, best and shortest hold, faults by rep, and the fault on most reps to fix next', () => {
  const tally = new SetTally(2);
  tally.add(rep(1, 2400), [fault('pelvic-drop', 1, 'Keep your hips level')]);
  tally.add(rep(2, 3100), [fault('lumbar-overarch', 2, 'Ribs down'), fault('pelvic-drop', 2, 'Keep your hips level')]);
  tally.add(rep(3, 900), [fault('lumbar-overarch', 3, 'Ribs down')]);
  tally.add(rep(4, 2000), [fault('lumbar-overarch', 4, 'Ribs down')]);
  expect(tally.report()).toEqual({
    set: 2,
    reps: 4,
    bestHoldMs: 3100,
    shortestHoldMs: 900,
    faults: [
      { type: 'pelvic-drop', label: 'Hips not level', reps: [1, 2] },
      { type: 'lumbar-overarch', label: 'Lower back arched', reps: [2, 3, 4] },
    ],
    fixNext: 'Ribs down',
    notChecked: [],
  });
});

test('a set whose over-arch the camera could not judge names it, and is not called clean', () => {
  const tally = new SetTally(1);
  tally.add(rep(1, 2000), [], []);
  tally.add(rep(2, 2000), [], ['lumbar-overarch']); // the latest word on the set: no rep so far could judge it
  const report = tally.report();
  expect(report).toMatchObject({ faults: [], fixNext: null, notChecked: ['Lower back arched'] });
  expect(fixNextSet(report.fixNext, report.notChecked.length > 0)).toBe('No fault seen in what the camera could check: keep it like that');
  expect(notChecked(report.notChecked)).toBe('Not checked from this camera angle: lower back arched.');
  expect(fixNextSet(null)).toBe('Clean set: keep it like that');
});

test('a clean set has nothing to fix; on a tie the fault seen first is the one to fix', () => {
  const clean = new SetTally(1);
  clean.add(rep(1, 2000), []);
  expect(clean.report()).toMatchObject({ reps: 1, faults: [], fixNext: null });

  const tie = new SetTally(1);
  tie.add(rep(1, 2000), [fault('pelvic-drop', 1, 'Keep your hips level')]);
  tie.add(rep(2, 2000), [fault('lumbar-overarch', 2, 'Ribs down')]);
  expect(tie.report().fixNext).toBe('Keep your hips level');
  expect(new SetTally(1).report()).toMatchObject({ reps: 0, bestHoldMs: null, shortestHoldMs: null, fixNext: null });
});

const plan = (overrides: Partial<ExercisePlan>): ExercisePlan => ({ exercise: 'glute-bridge', side: 'left', targetReps: 2, sets: 3, restMs: 60_000, ...overrides });

/** Feeds frames until `until` says stop; returns the workout. */
function runUntil(workout: Workout, frames: PoseFrame[], until: () => boolean): Workout {
  workout.beginTraining();
  for (const frame of frames) {
    if (until()) break;
    workout.tick(frame.t);
    workout.push(frame);
  }
  return workout;
}

test('stopped in the rest after set 1 of 3: "Stopped after set 1 of 3", never "Session complete"', () => {
  const workout = new Workout(plan({}));
  runUntil(workout, bridge, () => workout.stage === 'rest');
  expect(workout.stage).toBe('rest');
  workout.finish();
  expect(workout.stoppedAt).toEqual({ stage: 'rest', set: 1 });
  expect(sessionEndTitle(workout.stoppedAt, 3)).toBe('Stopped after set 1 of 3');
});

test('stopped mid-set or before the first set says so; a block whose every set was done is complete', () => {
  const midSet = new Workout(plan({ sets: 1, targetReps: 30 }));
  runUntil(midSet, bridge, () => midSet.totalReps >= 2).finish();
  expect(sessionEndTitle(midSet.stoppedAt, 1)).toBe('Stopped during set 1 of 1');

  const setup = new Workout(plan({}));
  setup.finish();
  expect(sessionEndTitle(setup.stoppedAt, 3)).toBe('Stopped before set 1 of 3');

  const complete = new Workout(plan({ sets: 1, targetReps: 2 }));
  runUntil(complete, bridge, () => complete.stage === 'done').finish();
  expect(complete.stoppedAt).toBeNull();
  expect(sessionEndTitle(complete.stoppedAt, 1)).toBe('Session complete');
});
