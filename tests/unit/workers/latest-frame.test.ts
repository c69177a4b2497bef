/** The worker's live-frame mailbox: one frame runs, the newest waits, older waiting frames are dropped. */
import { describe, expect, it } from 'vitest';
import { LatestFrameRunner } from '../../../workers/latest-frame';

class Frame {
  closed = false;
  constructor(readonly id: number) {}
  close(): void {
    this.closed = true;
  }
}

/** A run the test finishes when it chooses, recording which frames ran. */
function controlledRuns() {
  const ran: number[] = [];
  const finishers: (() => void)[] = [];
  const run = (frame: Frame) =>
    new Promise<string>((resolve) => {
      ran.push(frame.id);
      finishers.push(() => {
        frame.close();
        resolve(`pose ${frame.id}`);
      });
    });
  const finishNext = async () => {
    finishers.shift()!();
    // Let the runner see the result and move on (its betweenRuns is immediate here).
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ran, run, finishNext };
}

describe('LatestFrameRunner', () => {
  it('runs a frame at once when idle', async () => {
    const { ran, run, finishNext } = controlledRuns();
    const runner = new LatestFrameRunner<Frame, string>(run, async () => {});
    const result = runner.offer(new Frame(1), 0);
    expect(ran).toEqual([1]);
    await finishNext();
    expect(await result).toBe('pose 1');
  });

  it('keeps only the newest frame that arrives while busy, closing and resolving null the ones it replaces', async () => {
    const { ran, run, finishNext } = controlledRuns();
    const runner = new LatestFrameRunner<Frame, string>(run, async () => {});
    const frames = [1, 2, 3, 4].map((id) => new Frame(id));
    const results = frames.map((frame, i) => runner.offer(frame, i * 33));
    expect(ran).toEqual([1]);
    expect(await results[1]).toBeNull();
    expect(await results[2]).toBeNull();
    expect(frames[1]!.closed && frames[2]!.closed).toBe(true);
    await finishNext();
    expect(await results[0]).toBe('pose 1');
    // The newest waiting frame runs as soon as the first is done, without another offer.
    expect(ran).toEqual([1, 4]);
    await finishNext();
    expect(await results[3]).toBe('pose 4');
  });

  it('passes a failed run to that frame only, and goes on with the next', async () => {
    let calls = 0;
    const runner = new LatestFrameRunner<Frame, string>(async (frame) => {
      calls++;
      if (frame.id === 1) throw new Error('inference failed');
      return `pose ${frame.id}`;
    }, async () => {});
    const first = runner.offer(new Frame(1), 0);
    const second = runner.offer(new Frame(2), 33);
    await expect(first).rejects.toThrow('inference failed');
    expect(await second).toBe('pose 2');
    expect(calls).toBe(2);
  });
});
