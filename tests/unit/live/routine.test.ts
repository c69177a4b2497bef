/**
 * The routines (src/live/routine.ts) and their order of blocks (routine-sequencer.ts): `beginner` is the
 * programme's routine as written (../shared/notes/programme.md), its rep blocks and its timed holds; between blocks
 * the coach knows where the camera goes and what position to take, waits in set-up until the person is in the
 * new position, skips a block when asked, and a cut-off routine starts again at its block.
 */
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { exerciseById, takesChosenSide, type PoseFrame } from '../../../src/analysis';
import { blockChange, nextBlockAnnouncement } from '../../../src/live/coaching-words';
import { holdPlanFor, ROUTINE_SECTIONS, routineBlocks, routinePlans, sectionOf, type RoutineBlock } from '../../../src/live/routine';
import { RoutineSequencer, type RoutineHandlers } from '../../../src/live/routine-sequencer';
import type { HoldEvent } from '../../../src/live/hold-block';
import type { BlockPlan } from '../../../src/live/routine';
import { FRAMED_START_MS, type WorkoutEvent } from '../../../src/live/workout';
import { loadFixture } from '../analysis/real-fixtures';

describe("the programme's routine", () => {
  const { beginner } = ROUTINE_SECTIONS;

  it('is the warm-up, the main workout and the cool-down, each with the blocks the programme gives it', () => {
    const named = (block: RoutineBlock) =>
      block.kind === 'hold' ? `${block.hold} (timed)` : `${block.exercise}${takesChosenSide(block.exercise) ? ` ${block.side}` : ''} ${block.sets}x${block.reps}`;
    const listed = beginner.map(({ title, blocks }) => [title, blocks.map(named)]);
    expect(listed).toEqual([
      ['Warm-up', ['glute-squeeze (timed)', 'glute-bridge 1x20', 'clamshell left 1x10', 'clamshell right 1x10']],
      [
        'Main workout',
        [
          'hip-thrust 3x12',
          'clamshell left 3x15',
          'clamshell right 3x15',
          'side-lying-leg-lift left 3x15',
          'side-lying-leg-lift right 3x15',
          'romanian-deadlift 3x10',
          'donkey-kick 3x12',
          'glute-march 2x10',
        ],
      ],
      ['Cool-down', ['hip-flexor-stretch (timed)', 'hamstring-stretch (timed)', 'figure-four-stretch (timed)']],
    ]);
  });

  it("makes one plan per block, in order, each knowing its place in the routine and its section", () => {
    const blocks = routineBlocks('beginner');
    const plans = routinePlans('beginner', 30_000);
    expect(plans).toHaveLength(blocks.length);
    plans.forEach((plan, index) => {
      const block = blocks[index]!;
      const step = { routine: 'beginner', block: index };
      if (block.kind === 'hold') expect(plan).toEqual({ ...holdPlanFor(block.hold, 30_000), step });
      else expect(plan).toEqual({ exercise: block.exercise, side: block.side, targetReps: block.reps, sets: block.sets, restMs: 30_000, step });
    });
    const warmUp = beginner[0]!.blocks.length;
    expect(sectionOf({ routine: 'beginner', block: warmUp - 1 })).toBe('Warm-up');
    expect(sectionOf({ routine: 'beginner', block: warmUp })).toBe('Main workout');
    expect(() => sectionOf({ routine: 'beginner', block: blocks.length })).toThrow(RangeError);
  });
});

describe('between blocks', () => {
  // After the warm-up's squeezes.
  const [, bridge, leftClams, rightClams, thrust] = routinePlans('beginner', 0);

  it('the camera moves where the view or the placement changes, and the position to take is said with it', () => {
    const toClams = blockChange(bridge!, leftClams!);
    expect(exerciseById('glute-bridge').camera.view).not.toBe(exerciseById('clamshell').camera.view);
    expect(toClams).toEqual({ camera: exerciseById('clamshell').camera.setup('left')[0], position: exerciseById('clamshell').camera.setup('left')[1] });
    expect(nextBlockAnnouncement(leftClams!, toClams)).toBe(`Next: Clamshell, left leg. Move the camera. ${toClams.camera} ${toClams.position}`);
    // Standing at hip height after lying on the floor, both side-on: the camera still moves.
    const lift = routinePlans('beginner', 0).find((plan) => plan.exercise === 'side-lying-leg-lift' && plan.side === 'right')!;
    const deadlift = routinePlans('beginner', 0).find((plan) => plan.exercise === 'romanian-deadlift')!;
    expect(blockChange(lift, deadlift).camera).toBe(exerciseById('romanian-deadlift').camera.setup('left')[0]);
  });

  it('the camera stays where only the position changes (the other side for the other leg)', () => {
    const change = blockChange(leftClams!, rightClams!);
    expect(change).toEqual({ camera: null, position: exerciseById('clamshell').camera.setup('right')[1] });
    expect(nextBlockAnnouncement(rightClams!, change)).toBe(`Next: Clamshell, right leg. The camera stays where it is. ${change.position}`);
    expect(blockChange(rightClams!, thrust!).camera).not.toBeNull();
  });
});

const host = { addController: () => {}, requestUpdate: () => {} } as unknown as ReactiveControllerHost;

function sequencer(handlers: Partial<RoutineHandlers> = {}) {
  const events: (WorkoutEvent | HoldEvent)[] = [];
  const started: BlockPlan[] = [];
  const routine = new RoutineSequencer(host, {
    firstSet: () => 1,
    skipSetup: () => false,
    blockStarted: (plan) => started.push(plan),
    react: (event) => events.push(event),
    ...handlers,
  });
  return { routine, events, started };
}

/** The fixture's frames from `from` on, on one timeline with what came before. */
function framesFrom(name: string, from: number): PoseFrame[] {
  const frames = loadFixture(name).frames;
  const start = frames[0]!.t;
  return frames.map((frame) => ({ ...frame, t: frame.t - start + from }));
}

describe('the routine sequencer', () => {
  it("waits in set-up until the person is in the next block's position, then starts its first set", () => {
    const { routine, events } = sequencer();
    routine.begin(routinePlans('beginner', 0).filter((plan) => plan.exercise === 'clamshell').slice(0, 1));
    expect(routine.workout?.plan.exercise).toBe('clamshell');
    // Still lying on the back for bridges: not the clamshell's position, so the set does not start.
    const bridges = framesFrom('bridge-side-studio', 0);
    for (const frame of bridges) routine.push(frame);
    expect(routine.workout?.stage).toBe('setup');
    expect(events).toEqual([]);
    // On the side facing the camera: the set starts once in position for FRAMED_START_MS.
    const clams = framesFrom('clamshell-front-left', bridges.at(-1)!.t + 33);
    let inPositionFor = 0;
    for (const frame of clams) {
      const framedSince = routine.workout!.framedSince;
      routine.push(frame);
      if (events.length > 0) {
        inPositionFor = frame.t - (framedSince ?? frame.t);
        break;
      }
    }
    expect(events).toEqual([{ type: 'training-started', set: 1 }]);
    expect(inPositionFor).toBeGreaterThanOrEqual(FRAMED_START_MS);
    expect(inPositionFor).toBeLessThan(FRAMED_START_MS + 40);
  });

  it('skips the rest of a block: it ends, marked skipped, and the routine moves on to the next block', () => {
    const { routine, events, started } = sequencer();
    // From the bridges on (the squeezes before them are a hold: hold-block.test.ts skips one).
    const plans = routinePlans('beginner', 0).slice(1);
    routine.begin(plans);
    expect(routine.change).toBeNull();
    routine.skipBlock();
    expect(routine.workout).toMatchObject({ stage: 'done', skipped: true, stoppedAt: { stage: 'setup', set: 1 } });
    expect(events).toEqual([{ type: 'done', reps: 0 }]);
    expect(routine.advance()).toBe(plans[1]);
    expect(routine.change).toEqual(blockChange(plans[0]!, plans[1]!));
    expect(routine.workout).toMatchObject({ stage: 'setup', skipped: false });
    expect(started).toEqual([plans[0], plans[1]]);
  });

  it('begins a cut-off routine at its block, at the set the handlers give', () => {
    const { routine, started } = sequencer({ firstSet: (plan) => (plan.step?.block === 4 ? 2 : 1) });
    const plans = routinePlans('beginner', 0);
    routine.begin(plans, 4);
    expect(routine.blockIndex).toBe(4);
    expect(routine.workout).toMatchObject({ plan: plans[4], set: 2 });
    expect(routine.change).toEqual(blockChange(plans[3]!, plans[4]!));
    expect(started).toEqual([plans[4]]);
    routine.advance();
    expect(routine.workout).toMatchObject({ plan: plans[5], set: 1 });
  });
});
