import { describe, expect, it } from 'vitest';
import { exerciseById, type RepDetail } from '../../../../src/analysis';
import { faultsAt, movementChartData, nearestIndex, repAt } from '../../../../src/components/movement-chart/movement-chart-data';

/** One rep: bottom at 120° until 1 s, up to 180° held from 1.5 s to 2.0 s (within 5°), back down by 3 s. */
const t = [0, 500, 1000, 1500, 1600, 1800, 2000, 2500, 3000];
const angleDeg = [120, 120, 140, 178, 180, 179, 176, 150, null];
const rep: RepDetail = { rep: 1, start: 500, top: 1600, end: 3000, holdMs: 500, romDeg: 60, peakExtensionDeg: 2, faults: ['lumbar-overarch'] };

describe('movementChartData', () => {
  const data = movementChartData('glute-bridge', { t, angleDeg }, [rep]);

  it('puts time in seconds and keeps untracked moments as gaps', () => {
    expect(data.x).toEqual(t.map((ms) => ms / 1000));
    expect(data.y.at(-1)).toBeNull();
  });

  it("shades the exercise's own counting zones", () => {
    const { bottomMaxDeg, topMinDeg } = exerciseById('glute-bridge').reps;
    expect(data.zones).toEqual({ bottomMaxDeg, topMinDeg });
  });

  it('marks the top with its angle, its held stretch and its faults', () => {
    expect(data.reps).toEqual([{ rep: 1, top: 1600, angleDeg: 180, held: [1500, 2000], faults: ['lumbar-overarch'] }]);
  });
});

describe('the moment shown', () => {
  it('finds the nearest frame, either side', () => {
    expect(nearestIndex(t, 1540)).toBe(3);
    expect(nearestIndex(t, 1560)).toBe(4);
    expect(nearestIndex(t, -5)).toBe(0);
    expect(nearestIndex(t, 99_999)).toBe(t.length - 1);
    expect(nearestIndex([], 10)).toBe(-1);
  });

  it('names the rep under way, none between reps', () => {
    expect(repAt([rep], 2200)?.rep).toBe(1);
    expect(repAt([rep], 3500)).toBeNull();
  });

  it('shows a fault only around its held top', () => {
    const [mark] = movementChartData('glute-bridge', { t, angleDeg }, [rep]).reps;
    expect(faultsAt([mark!], 1700)).toEqual(['lumbar-overarch']);
    expect(faultsAt([mark!], 2250)).toEqual(['lumbar-overarch']);
    expect(faultsAt([mark!], 500)).toEqual([]);
    expect(faultsAt([mark!], 2600)).toEqual([]);
  });
});
