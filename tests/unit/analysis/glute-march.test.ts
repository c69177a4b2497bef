/**
 * The glute march on synthetic marches made from the real bridge top (tests/support/one-leg-bridges.ts): no real
 * march clip exists, so these are its proofs. Each leg is counted apart, the pelvis tilting as a foot lifts is
 * flagged at 10 degrees and not at 3, the hips sagging while the foot is up is flagged, and a bridge on both
 * feet is no march.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, createAnalyzer, type FrameUpdate, type Summary } from '../../../src/analysis';
import { alternating, heldTop, marchSequence, type MarchStep } from '../../support/one-leg-bridges';
import { loadFixture } from './real-fixtures';

const MARCH = { exercise: 'glute-march' } as const;
const top = heldTop(loadFixture('bridge-side-studio').frames, 'left');
const march = (steps: MarchStep[]): Summary => analyzeSequence(marchSequence(top, steps), MARCH);
const faultsOf = (summary: Summary, type: string) => summary.faults.filter((fault) => fault.type === type);

describe('glute march: counting each leg', () => {
  it('counts left and right apart, every rep naming its leg, in the order they lift', () => {
    const summary = march(alternating(6, { liftDeg: 60 }));
    expect(summary).toMatchObject({ exercise: 'glute-march', side: null, reps: 6, repsByLeg: { left: 3, right: 3 }, faults: [] });
    expect(summary.repDetails.map((rep) => `${rep.rep} ${rep.leg}`)).toEqual(['1 left', '2 right', '3 left', '4 right', '5 left', '6 right']);
    for (const rep of summary.repDetails) {
      expect(rep.romDeg).toBeGreaterThan(50);
      expect(rep.holdMs).toBeGreaterThanOrEqual(1000); // the 1.2 s held up, less the easing into and out of it
    }
    expect(summary.framesInPosition).toBe(summary.frames);
  });

  it('counts one leg alone when only it lifts', () => {
    const steps: MarchStep[] = [1, 2, 3].map(() => ({ leg: 'right', liftDeg: 60 }));
    expect(march(steps)).toMatchObject({ reps: 3, repsByLeg: { left: 0, right: 3 } });
  });

  it('does not count a lift too small to clear the foot', () => {
    expect(march(alternating(4, { liftDeg: 25 })).reps).toBe(0);
  });

  it('says per frame which leg is lifting and how many each leg has', () => {
    const analyzer = createAnalyzer(MARCH);
    const updates: FrameUpdate[] = marchSequence(top, alternating(2, { liftDeg: 60 })).map((frame) => analyzer.push(frame));
    const counted = (leg: 'left' | 'right') => updates.find((update) => update.legCounts?.[leg] === 1)!;
    expect(counted('left')).toMatchObject({ leg: 'left', phase: 'top', repCount: 1, legCounts: { left: 1, right: 0 } });
    expect(counted('right')).toMatchObject({ leg: 'right', phase: 'top', repCount: 2, legCounts: { left: 1, right: 1 } });
    expect(updates.flatMap((update) => (update.newRep ? [update.newRep.leg] : []))).toEqual(['left', 'right']);
  });
});

describe('glute march: keep your pelvis level', () => {
  it('flags a 10-degree tilt as the foot lifts, on every rep, with its cue', () => {
    const summary = march(alternating(4, { liftDeg: 60, tiltDeg: 10 }));
    expect(summary.reps).toBe(4);
    const tilts = faultsOf(summary, 'pelvic-drop');
    expect(tilts.map((fault) => fault.rep)).toEqual([1, 2, 3, 4]);
    for (const fault of tilts) {
      expect(fault.cue).toBe('Keep your pelvis level');
      expect(fault.value).toBeGreaterThan(7);
    }
  });

  it('does not flag a 3-degree tilt', () => {
    const summary = march(alternating(4, { liftDeg: 60, tiltDeg: 3 }));
    expect(summary.reps).toBe(4);
    expect(summary.faults).toEqual([]);
  });

  it('cues the tilt while the foot is still up', () => {
    const analyzer = createAnalyzer(MARCH);
    const updates = marchSequence(top, alternating(1, { liftDeg: 60, tiltDeg: 10 })).map((frame) => analyzer.push(frame));
    const cued = updates.find((update) => update.heldFaults.length > 0)!;
    expect(cued).toMatchObject({ phase: 'top', leg: 'left', heldFaults: [{ type: 'pelvic-drop', rep: 1 }] });
  });
});

describe('glute march: avoid rocking', () => {
  it('flags the hips sagging 6 cm while the foot is up, and not 3 cm', () => {
    const sagged = march(alternating(4, { liftDeg: 60, sagMetres: 0.06 }));
    expect(faultsOf(sagged, 'hip-sag').map((fault) => fault.rep)).toEqual([1, 2, 3, 4]);
    expect(faultsOf(sagged, 'hip-sag')[0]?.cue).toMatch(/^Avoid rocking/);
    expect(march(alternating(4, { liftDeg: 60, sagMetres: 0.03 })).faults).toEqual([]);
  });
});

describe('glute march: not a march', () => {
  it.each(['bridge-side-studio', 'hip-thrust-side-box', 'pushup-side-studio', 'clamshell-front-left'])(
    'counts nothing on the real %s recording (both feet down, or not a bridge)',
    (name) => {
      expect(analyzeSequence(loadFixture(name).frames, MARCH).reps).toBe(0);
    },
  );

  it('counts nothing while the hips rest on the floor between lifts', () => {
    const resting = loadFixture('bridge-side-studio').frames.slice(0, 8); // the clip starts at the bottom
    const summary = analyzeSequence(resting, MARCH);
    expect(summary.framesByStatus['not-in-position']).toBe(summary.frames);
  });
});
