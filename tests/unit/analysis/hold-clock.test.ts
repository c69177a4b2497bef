import { describe, expect, it } from 'vitest';
import { HOLD_GRACE_MS, HoldClock, type HoldClockEvent } from '../../../src/analysis/holds/hold-clock';

const FRAME_MS = 1000 / 15;

/** Feeds the clock one frame every FRAME_MS from `fromT` for `durationMs`, each in position or missing `miss`. */
function play(clock: HoldClock, fromT: number, durationMs: number, miss: string | null): HoldClockEvent[] {
  const events: HoldClockEvent[] = [];
  const frames = Math.round(durationMs / FRAME_MS);
  for (let i = 0; i < frames; i += 1) events.push(...clock.update(Math.round(fromT + i * FRAME_MS), miss));
  return events;
}

describe('HoldClock', () => {
  it('waits for the position, then counts only the time in it', () => {
    const clock = new HoldClock(10_000);
    expect(play(clock, 0, 1000, 'Lie on your back')).toEqual([]);
    expect(clock.state).toBe('waiting');
    expect(play(clock, 1000, 2000, null)).toEqual([{ type: 'started', t: 1000 }]);
    expect(clock.heldMs()).toBeCloseTo(2000 - FRAME_MS, -1);
  });

  it('does not start on a moment in position shorter than the grace', () => {
    const clock = new HoldClock(10_000);
    expect(play(clock, 0, HOLD_GRACE_MS - 2 * FRAME_MS, null)).toEqual([]);
    play(clock, HOLD_GRACE_MS, 1000, 'Get down into the plank');
    expect(clock.state).toBe('waiting');
    expect(clock.startedAt).toBeNull();
  });

  it('pauses with the reason from the frame the position was lost, and resumes from the frame it came back', () => {
    const clock = new HoldClock(10_000);
    play(clock, 0, 2000, null);
    const lost = play(clock, 2000, 1500, 'Hips dropped');
    expect(lost).toEqual([{ type: 'paused', t: 2000, reason: 'Hips dropped' }]);
    expect(clock.heldMs()).toBe(2000);
    expect(clock.pauseReason).toBe('Hips dropped');
    const back = play(clock, 3500, 1000, null);
    expect(back[0]).toEqual({ type: 'resumed', t: 3500 });
    expect(clock.pauses).toEqual([{ t: 2000, reason: 'Hips dropped', resumedAt: 3500 }]);
    expect(clock.heldMs()).toBeCloseTo(2000 + 1000 - FRAME_MS, -1);
  });

  it('one bad frame, or a few shorter than the grace, do not pause it and keep their time', () => {
    const clock = new HoldClock(10_000);
    play(clock, 0, 1000, null);
    expect(play(clock, 1000, HOLD_GRACE_MS - 2 * FRAME_MS, 'Hips dropped')).toEqual([]);
    play(clock, 1000 + HOLD_GRACE_MS, 1000, null);
    expect(clock.pauses).toEqual([]);
    expect(clock.state).toBe('running');
  });

  it('one good frame in a bad stretch does not resume it', () => {
    const clock = new HoldClock(10_000);
    play(clock, 0, 1000, null);
    play(clock, 1000, 1000, 'Hips dropped');
    expect(clock.update(2000, null)).toEqual([]);
    play(clock, 2000 + FRAME_MS, 1000, 'Hips dropped');
    expect(clock.state).toBe('paused');
    expect(clock.pauses).toHaveLength(1);
  });

  it('is done the moment the time in position reaches the target, and counts no further', () => {
    const clock = new HoldClock(3000);
    play(clock, 0, 1000, null);
    play(clock, 1000, 1000, 'Straighten the front leg');
    const events = play(clock, 2000, 3000, null);
    // 1000 ms held before the pause, back at 2000: the other 2000 ms are reached at 4000, between two frames.
    expect(events.at(-1)).toEqual({ type: 'done', t: 4000 });
    expect(clock.heldMs()).toBe(3000);
    expect(clock.update(9000, 'Hips dropped')).toEqual([]);
  });
});
