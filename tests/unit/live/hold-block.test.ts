import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../../../src/analysis';
import { checkSettings } from '../../../src/components/glute-coach/attributes';
import { HoldBlock, type HoldEvent } from '../../../src/live/hold-block';
import { holdPlanFor, type BlockPlan } from '../../../src/live/routine';
import { RoutineSequencer } from '../../../src/live/routine-sequencer';
import type { WorkoutEvent } from '../../../src/live/workout';
import type { ReactiveControllerHost } from 'lit';
import { legRaiseSkeleton, still } from '../analysis/hold-poses';
import { LANDSCAPE } from '../analysis/synthetic';

/** The hamstring stretch held `ms` on `side` from `fromT`, or with the raised knee bent (out of position). */
function stretch(side: 'left' | 'right', ms: number, fromT: number, kneeBendDeg = 0): PoseFrame[] {
  return still(() => legRaiseSkeleton(side, { kneeBendDeg }), ms, LANDSCAPE, fromT);
}

function run(block: HoldBlock, frames: readonly PoseFrame[]): HoldEvent[] {
  return frames.flatMap((frame) => block.push(frame));
}

describe('HoldBlock', () => {
  it('holds each side in turn with a switch cue, pauses with the reason, and ends with each side stored', () => {
    const block = new HoldBlock({ ...holdPlanFor('hamstring-stretch', 0), targetMs: 2000, holds: 1 });
    expect(block.beginTraining()).toEqual([{ type: 'training-started', set: 1 }]);
    const left = run(block, [...stretch('left', 1000, 0), ...stretch('left', 1000, 1033, 70), ...stretch('left', 1500, 2066)]);
    // Halfway (1 s of 2) and the last second come before the knee bends; the time paused does not count.
    expect(left.map((event) => event.type)).toEqual(['hold-started', 'hold-halfway', 'hold-countdown', 'hold-paused', 'hold-resumed', 'hold-done', 'switch-sides']);
    expect(left).toContainEqual({ type: 'hold-paused', set: 1, reason: 'Straighten the raised leg' });
    expect(left).toContainEqual({ type: 'switch-sides', side: 'right' });
    const leftHold = left.find((event) => event.type === 'hold-done')!;
    expect(leftHold).toMatchObject({ hold: { side: 'left', targetMs: 2000, heldMs: 2000, pauses: [{ reason: 'Straighten the raised leg' }] } });
    const right = run(block, stretch('right', 2500, 4000));
    expect(right.map((event) => event.type)).toEqual(['hold-started', 'hold-halfway', 'hold-countdown', 'hold-done', 'round-complete', 'done']);
    expect(right).toContainEqual({ type: 'done', holds: 2 });
    expect(block.stage).toBe('done');
  });

  it('skipped (in a routine), ends at once marked skipped, keeping what was held so far', () => {
    const block = new HoldBlock({ ...holdPlanFor('hamstring-stretch', 0), targetMs: 30_000 });
    block.beginTraining();
    run(block, stretch('left', 1500, 0));
    const events = block.skip();
    expect(events.at(-1)).toEqual({ type: 'done', holds: 1 });
    expect(events.find((event) => event.type === 'hold-done')).toMatchObject({ hold: { side: 'left' } });
    expect(block).toMatchObject({ stage: 'done', skipped: true });
    expect(block.skip()).toEqual([]);
  });

  it('stopped mid-hold, keeps the time in position so far', () => {
    const block = new HoldBlock({ ...holdPlanFor('hamstring-stretch', 0), targetMs: 30_000 });
    block.beginTraining();
    run(block, stretch('left', 1500, 0));
    const events = block.finish();
    expect(events[0]).toMatchObject({ type: 'hold-done', hold: { side: 'left', targetMs: 30_000 } });
    const held = (events[0] as Extract<HoldEvent, { type: 'hold-done' }>).hold.heldMs;
    expect(held).toBeGreaterThan(1400);
    expect(held).toBeLessThanOrEqual(1500);
    expect(block.stoppedAt).toEqual({ stage: 'training', set: 1 });
  });

  it('counts a glute squeeze out, saying the camera cannot check it, and keeps each squeeze as a guided hold', () => {
    const block = new HoldBlock({ ...holdPlanFor('glute-squeeze', 0), holds: 2 });
    const frames = stretch('left', 10_500, 0);
    const events = [...block.beginTraining(), ...run(block, frames)];
    expect(events[1]).toEqual({ type: 'guided', why: expect.stringContaining('camera cannot see') });
    const said = events.flatMap((event) => (event.type === 'guided-count' ? [event.words] : []));
    expect(said).toEqual(['Squeeze', '2', '3', 'Relax', 'Squeeze', '2', '3', 'Relax']);
    const holds = events.flatMap((event) => (event.type === 'hold-done' ? [event.hold] : []));
    expect(holds).toEqual([
      { side: null, targetMs: 3000, heldMs: 3000, start: 0, end: 3000, pauses: [], guided: true },
      { side: null, targetMs: 3000, heldMs: 3000, start: 5000, end: 8000, pauses: [], guided: true },
    ]);
    expect(events.at(-1)).toEqual({ type: 'done', holds: 2 });
  });
});

describe('a hold from the attributes', () => {
  const raw = { side: 'right', targetReps: 20, sets: 2, model: 'full', routine: null, restSeconds: 15 };

  it("takes target-reps as each hold's seconds and sets as the holds, the side as the first one held", () => {
    expect(checkSettings({ ...raw, exercise: 'side-plank' })).toEqual({
      ok: true,
      settings: { model: 'full', plans: [{ exercise: 'side-plank', side: 'right', targetMs: 20_000, holds: 2, restMs: 15_000 }] },
    });
    const block = new HoldBlock({ exercise: 'side-plank', side: 'right', targetMs: 20_000, holds: 2, restMs: 15_000 });
    expect(block.side).toBe('right');
  });

  it('takes target-reps as the number of glute squeezes, each its usual 3 s', () => {
    expect(checkSettings({ ...raw, exercise: 'glute-squeeze' })).toMatchObject({ ok: true, settings: { plans: [{ exercise: 'glute-squeeze', targetMs: 3000, holds: 20 }] } });
  });
});

describe('hold blocks in a routine', () => {
  it('run one after another in the sequencer, as exercise blocks do: the squeezes counted out, then the stretch timed', () => {
    const host = { addController: () => {}, requestUpdate: () => {} } as unknown as ReactiveControllerHost;
    const events: (WorkoutEvent | HoldEvent)[] = [];
    const started: BlockPlan[] = [];
    const routine = new RoutineSequencer(host, {
      firstSet: () => 1,
      skipSetup: () => true,
      blockStarted: (plan) => started.push(plan),
      // The element moves the routine on once a block is done (workout-reactions.ts, endBlock).
      react: (event) => {
        events.push(event);
        if (event.type === 'done') routine.advance();
      },
    });
    const squeezes = { ...holdPlanFor('glute-squeeze', 0), holds: 1 };
    const hamstring = { ...holdPlanFor('hamstring-stretch', 0), targetMs: 1000 };
    routine.begin([squeezes, hamstring]);
    for (const frame of [...stretch('left', 6000, 0), ...stretch('right', 2000, 6033)]) routine.push(frame);
    expect(started).toEqual([squeezes, hamstring]);
    const said = events.flatMap((event) => (event.type === 'guided-count' ? [event.words] : event.type === 'hold-started' ? [`hold ${event.side}`] : event.type === 'switch-sides' ? [`switch ${event.side}`] : []));
    expect(said).toEqual(['Squeeze', '2', '3', 'Relax', 'hold left', 'switch right', 'hold right']);
    expect(events.filter((event) => event.type === 'done')).toHaveLength(2);
  });
});

