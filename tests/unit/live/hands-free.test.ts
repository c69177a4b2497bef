/**
 * Hands-free: the person never needs to reach the screen. Built from the real bridge recording: its frames, then
 * nobody in the picture (the person stood up and walked away), then its frames again. A set pauses and carries
 * on; a rest the person left ends when they are back in position.
 */
import { expect, test } from 'vitest';
import type { PoseFrame } from '../../../src/analysis';
import type { ExercisePlan } from '../../../src/live/routine';
import { FRAMED_START_MS, LEFT_POSITION_MS, Workout, type WorkoutEvent } from '../../../src/live/workout';
import { loadFixture } from '../analysis/real-fixtures';

const bridge = loadFixture('bridge-side-studio').frames;
const FRAME_MS = 1000 / 30;

/** `seconds` of frames with nobody in them, from `from` on. */
function nobody(from: number, seconds: number): PoseFrame[] {
  const { width, height } = bridge[0]!;
  return Array.from({ length: Math.round((seconds * 1000) / FRAME_MS) }, (_, index) => ({ t: Math.round(from + index * FRAME_MS), width, height, image: null, world: null }));
}

/** The recording again, from `from` on. */
function clipFrom(from: number): PoseFrame[] {
  const start = bridge[0]!.t;
  return bridge.map((frame) => ({ ...frame, t: frame.t - start + from }));
}

/** The clip, `awaySeconds` of nobody, the clip again: one timeline. */
function leaveAndComeBack(awaySeconds: number): { frames: PoseFrame[]; leftAt: number; backAt: number } {
  const leftAt = bridge.at(-1)!.t + FRAME_MS;
  const away = nobody(leftAt, awaySeconds);
  const backAt = away.at(-1)!.t + FRAME_MS;
  return { frames: [...bridge, ...away, ...clipFrom(backAt)], leftAt, backAt };
}

const plan = (overrides: Partial<ExercisePlan>): ExercisePlan => ({ exercise: 'glute-bridge', side: 'left', targetReps: 30, sets: 1, restMs: 0, ...overrides });

/** Each event with the time of the frame that brought it. */
function timeline(workout: Workout, frames: PoseFrame[]): { t: number; event: WorkoutEvent }[] {
  return frames.flatMap((frame) => [...workout.tick(frame.t), ...workout.push(frame)].map((event) => ({ t: frame.t, event })));
}

test('walking away pauses the set after a few seconds; coming back carries it on, and its reps count', () => {
  const { frames, leftAt, backAt } = leaveAndComeBack(6);
  const workout = new Workout(plan({}));
  workout.beginTraining();
  const events = timeline(workout, frames);
  const pauses = events.filter(({ event }) => event.type === 'paused' || event.type === 'resumed');
  expect(pauses.map(({ event }) => event.type)).toEqual(['paused', 'resumed']);
  const [paused, resumed] = pauses;
  // Not before the person has been gone LEFT_POSITION_MS, and within a moment of that.
  expect(paused!.t - leftAt).toBeGreaterThanOrEqual(LEFT_POSITION_MS - FRAME_MS);
  expect(paused!.t - leftAt).toBeLessThan(LEFT_POSITION_MS + 500);
  expect(resumed!.t).toBeGreaterThan(backAt);
  expect(resumed!.t - backAt).toBeLessThan(3000);
  const countedAfter = events.filter(({ t, event }) => event.type === 'counted' && t > resumed!.t);
  expect(countedAfter.length).toBeGreaterThanOrEqual(3);
  expect(workout.paused).toBe(false);
});

test('a moment out of position (under LEFT_POSITION_MS) does not pause', () => {
  const { frames } = leaveAndComeBack(1.5);
  const workout = new Workout(plan({}));
  workout.beginTraining();
  expect(timeline(workout, frames).filter(({ event }) => event.type === 'paused')).toEqual([]);
});

test('a rest the person left ends when they are back in position; staying on the mat leaves the rest to run', () => {
  const stayed = new Workout(plan({ targetReps: 1, sets: 2, restMs: 120_000 }));
  stayed.beginTraining();
  const stayedEvents = timeline(stayed, [...bridge, ...clipFrom(bridge.at(-1)!.t + FRAME_MS)]);
  expect(stayedEvents.filter(({ event }) => event.type === 'training-started')).toEqual([]);
  expect(stayed.stage).toBe('rest');

  const { frames, backAt } = leaveAndComeBack(5);
  const left = new Workout(plan({ targetReps: 1, sets: 2, restMs: 120_000 }));
  left.beginTraining();
  const started = timeline(left, frames).filter(({ event }) => event.type === 'training-started');
  expect(started.map(({ event }) => event)).toEqual([{ type: 'training-started', set: 2 }]);
  expect(started[0]!.t - backAt).toBeGreaterThanOrEqual(FRAMED_START_MS);
  expect(started[0]!.t - backAt).toBeLessThan(FRAMED_START_MS + 2000);
});
