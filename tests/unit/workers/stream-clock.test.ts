/** The clock both engines feed their tracking with: strictly increasing, a new stream after a pause. */
import { describe, expect, it } from 'vitest';
import { StreamClock } from '../../../workers/stream-clock';

describe('StreamClock', () => {
  it('passes a stream’s own increasing clock through', () => {
    const clock = new StreamClock();
    expect([0, 33, 67].map((t) => clock.next(t))).toEqual([
      { timestamp: 0, newStream: false },
      { timestamp: 33, newStream: false },
      { timestamp: 67, newStream: false },
    ]);
  });

  it('nudges a repeated or slightly earlier time forward by 1 ms, as the same stream', () => {
    const clock = new StreamClock();
    clock.next(100);
    expect(clock.next(100)).toEqual({ timestamp: 101, newStream: false });
    expect(clock.next(90)).toEqual({ timestamp: 102, newStream: false });
  });

  it('starts a clock that jumps back as a new stream, a second after the last frame', () => {
    const clock = new StreamClock();
    clock.next(5000);
    expect(clock.next(0)).toEqual({ timestamp: 6000, newStream: true });
    expect(clock.next(33)).toEqual({ timestamp: 6033, newStream: false });
  });

  it('forgets everything on reset', () => {
    const clock = new StreamClock();
    clock.next(5000);
    clock.reset();
    expect(clock.next(0)).toEqual({ timestamp: 0, newStream: false });
  });
});
