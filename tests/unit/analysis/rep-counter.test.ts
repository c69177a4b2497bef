import { describe, expect, it } from 'vitest';
import { RepCounter, type AngleSample } from '../../../src/analysis/rep-counter';

const thresholds = { bottomMaxDeg: 145, topMinDeg: 165, minRomDeg: 30 };

/** Feeds angles 100 ms apart; returns the counter and every completed rep. */
function run(angles: number[]) {
  const counter = new RepCounter<AngleSample>(thresholds);
  const completed = angles.flatMap((angleDeg, i) => counter.push({ t: i * 100, angleDeg }).completed ?? []);
  return { counter, completed };
}

describe('RepCounter', () => {
  it('counts a rep when the top is reached after the bottom, and completes it back at the bottom', () => {
    const counter = new RepCounter<AngleSample>(thresholds);
    expect(counter.push({ t: 0, angleDeg: 120 }).counted).toBe(false);
    expect(counter.push({ t: 100, angleDeg: 150 }).counted).toBe(false);
    expect(counter.push({ t: 200, angleDeg: 170 }).counted).toBe(true);
    expect(counter.count).toBe(1);
    expect(counter.push({ t: 300, angleDeg: 180 }).counted).toBe(false);
    const back = counter.push({ t: 400, angleDeg: 120 });
    expect(back.completed).toMatchObject({ rep: 1, startSample: { t: 0 }, troughDeg: 120, end: 400 });
    expect(back.completed?.samples.map((s) => s.angleDeg)).toEqual([170, 180]);
  });

  it('does not count a start at the top', () => {
    expect(run([180, 180, 150, 120, 170, 120]).counter.count).toBe(1);
  });

  it('never counts jitter around either threshold twice', () => {
    const { counter } = run([120, 146, 144, 146, 166, 164, 166, 150, 166, 144, 146, 144]);
    expect(counter.count).toBe(1);
  });

  it('ignores partial reps that stop short of the top', () => {
    expect(run([120, 150, 160, 140, 120, 164, 120]).counter.count).toBe(0);
  });

  it('needs the minimum range of motion from the lowest point of the bottom', () => {
    expect(run([144, 144, 166, 144]).counter.count).toBe(0);
    expect(run([144, 144, 175, 144]).counter.count).toBe(1);
  });

  it('after a big rep, a return most of the way down is the bottom even above the zone, never past the zones\' middle', () => {
    // Trough 140, peak 220: back at the bottom at 220 - 0.7 * 80 = 164, capped at the middle of the zones, 155.
    expect(run([140, 220, 150, 220, 150, 220]).counter.count).toBe(3);
    // Above the middle of the zones a dip stays a dip, however big the rep was (return point 170, capped at 155).
    expect(run([140, 240, 158, 240]).counter.count).toBe(1);
    // A small rep does not widen the zone: back at 150 after a 120-175 rep (return point 136.5) is not the bottom.
    expect(run([120, 175, 150, 175]).counter.count).toBe(1);
  });

  it('measures the range of motion from the lowest point since the last rep', () => {
    const { completed } = run([110, 150, 140, 130, 170, 120]);
    expect(completed[0]).toMatchObject({ troughDeg: 110, startSample: { angleDeg: 130 } });
  });

  it('reports phases, naming the middle after the zone left last', () => {
    const counter = new RepCounter<AngleSample>(thresholds);
    const phases = [120, 150, 170, 150, 120].map((angleDeg, i) => {
      counter.push({ t: i, angleDeg });
      return counter.phase();
    });
    expect(phases).toEqual(['bottom', 'rising', 'top', 'lowering', 'bottom']);
  });

  it('after an interruption, finishes the open rep and waits for a fresh bottom', () => {
    const counter = new RepCounter<AngleSample>(thresholds);
    counter.push({ t: 0, angleDeg: 120 });
    counter.push({ t: 100, angleDeg: 170 });
    expect(counter.interrupt()).toMatchObject({ rep: 1, end: 100 });
    counter.push({ t: 2000, angleDeg: 120 });
    expect(counter.interrupt()).toBeNull();
    counter.push({ t: 4000, angleDeg: 170 }); // came back at the top: not a rep
    expect(counter.count).toBe(1);
  });

  describe("counting on the return (countAt: 'return', the standing exercises)", () => {
    const onReturn = { ...thresholds, countAt: 'return' as const };
    const feed = (counter: RepCounter<AngleSample>, angles: number[]) =>
      angles.map((angleDeg, i) => counter.push({ t: i * 100, angleDeg }));

    it('counts the rep when it comes back to the bottom, not at the top', () => {
      const counter = new RepCounter<AngleSample>(onReturn);
      const steps = feed(counter, [120, 170, 180, 150, 120]);
      expect(steps.map((step) => step.counted)).toEqual([false, false, false, false, true]);
      expect(steps[4]!.completed).toMatchObject({ rep: 1, startSample: { t: 0 }, troughDeg: 120, startSeen: true, end: 400 });
      expect(counter.count).toBe(1);
    });

    it('does not count a last rep that never came back, even when the sequence ends', () => {
      const counter = new RepCounter<AngleSample>(onReturn);
      feed(counter, [120, 170, 120, 170, 180]);
      expect(counter.count).toBe(1);
      expect(counter.interrupt()).toBeNull();
      expect(counter.count).toBe(1);
    });

    it('counts a first rep seen only from its top, marked as unseen from its start', () => {
      const counter = new RepCounter<AngleSample>(onReturn);
      const steps = feed(counter, [180, 175, 140, 120]);
      expect(counter.count).toBe(1);
      expect(steps[2]!.completed).toMatchObject({ rep: 1, startSeen: false });
      // Counting at the top, the same start counts nothing (the counter is armed by a bottom only).
      expect(run([180, 175, 140, 120]).counter.count).toBe(0);
    });

    it('after a break while the person was watched out of position, needs a bottom before a rep seen from its top', () => {
      const later = (counter: RepCounter<AngleSample>, from: number, angles: number[]) =>
        angles.map((angleDeg, i) => counter.push({ t: from + i * 100, angleDeg }));
      const watched = new RepCounter<AngleSample>(onReturn);
      feed(watched, [120]);
      watched.interrupt(true);
      later(watched, 1000, [180, 175, 140, 120]);
      expect(watched.count).toBe(0);
      later(watched, 2000, [120, 170, 120]); // a whole rep after it counts
      expect(watched.count).toBe(1);
      // Lost from view instead (or a cut), the person may have gone down out of sight: the rep counts.
      const unseen = new RepCounter<AngleSample>(onReturn);
      feed(unseen, [120]);
      unseen.interrupt();
      later(unseen, 1000, [180, 175, 140, 120]);
      expect(unseen.count).toBe(1);
      // A rep under way when the position was lost at its depth (its way down seen) counts on its return.
      const underWay = new RepCounter<AngleSample>(onReturn);
      feed(underWay, [120, 170]);
      underWay.interrupt(true);
      later(underWay, 1000, [180, 175, 140, 120]);
      expect(underWay.count).toBe(1);
    });

    it('gives the open rep the number it will count as', () => {
      const counter = new RepCounter<AngleSample>(onReturn);
      feed(counter, [120, 170, 120, 170]);
      expect(counter.openRep()?.rep).toBe(2);
      expect(counter.count).toBe(1);
    });
  });

  it('counts nothing for a rise faster than a person moves, and waits for a fresh bottom', () => {
    // 100 ms apart: 120 -> 170 is 500 degrees a second.
    const jumpy = new RepCounter<AngleSample>(thresholds, undefined, 400);
    const steps = [120, 170, 180, 170, 130, 160, 170].map((angleDeg, i) => jumpy.push({ t: i * 100, angleDeg }));
    expect(steps.map((step) => step.counted)).toEqual([false, false, false, false, false, false, true]);
    expect(jumpy.count).toBe(1);
    // The same frames with no limit count the jump too.
    expect(run([120, 170, 180, 170, 130, 160, 170]).counter.count).toBe(2);
  });
});
