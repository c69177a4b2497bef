/**
 * The rest clock of RoutineSequencer says the rest's last seconds one by one ("3", "2", "1", each once), after
 * the ten-second warning and before the next set starts. Driven by the real bridge recording up to the end of
 * set 1, then by fake timers (the clock ticks every 250 ms on performance.now()).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import { RoutineSequencer } from '../../../src/live/routine-sequencer';
import type { WorkoutEvent } from '../../../src/live/workout';
import type { HoldEvent } from '../../../src/live/hold-block';
import { loadFixture } from '../analysis/real-fixtures';

const bridge = loadFixture('bridge-side-studio').frames;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  vi.stubGlobal('window', globalThis);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('the rest counts down 10, then 3, 2, 1, then the next set starts', () => {
  const events: (WorkoutEvent | HoldEvent)[] = [];
  const host = { addController: () => {}, requestUpdate: () => {} } as unknown as ReactiveControllerHost;
  const sequencer = new RoutineSequencer(host, { firstSet: () => 1, skipSetup: () => true, blockStarted: () => {}, react: (event) => events.push(event) });
  sequencer.begin([{ exercise: 'glute-bridge', side: 'left', targetReps: 1, sets: 2, restMs: 12_000 }]);
  for (const frame of bridge) {
    sequencer.push(frame);
    if (events.some((event) => event.type === 'set-complete')) break;
  }
  // The rest began on the frame clock (the recording's times): the fake clock is brought there, as the element's
  // reaction to set-complete starts the rest clock.
  vi.advanceTimersByTime(sequencer.workout!.restEndsAt! - 12_000 - performance.now());
  sequencer.startRestClock();
  vi.advanceTimersByTime(13_000);
  const duringRest = events.slice(events.findIndex((event) => event.type === 'set-complete') + 1);
  expect(duringRest).toEqual([
    { type: 'rest-ending', secondsLeft: 10 },
    { type: 'rest-countdown', secondsLeft: 3 },
    { type: 'rest-countdown', secondsLeft: 2 },
    { type: 'rest-countdown', secondsLeft: 1 },
    { type: 'training-started', set: 2 },
  ]);
});
