import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Side } from '../../../src/analysis';
import { HOLDS, holdById, holdSides, type HoldId } from '../../../src/analysis/holds/catalogue';
import type { CheckedPosition, HoldDescriptor } from '../../../src/analysis/holds/hold';
import { createHoldAnalyzer } from '../../../src/analysis/holds/hold-analyzer';
import { figureFourSkeleton, halfKneelingSkeleton, legRaiseSkeleton, sidePlankSkeleton, still } from './hold-poses';
import { plankSequence } from '../../support/plank-holds';
import { fixturePath, loadFixture } from './real-fixtures';
import { LANDSCAPE, otherHanded, pushUpSkeleton, type Camera, type Skeleton } from './synthetic';

type Checked = HoldDescriptor<HoldId> & { position: CheckedPosition };

function checked(id: HoldId): Checked {
  const hold = holdById(id);
  if (hold.position.kind !== 'checked') throw new Error(`${id} is guided`);
  return hold as Checked;
}

/** What the check says of a still body after a second: in position (null), or the words of the first miss. */
function verdict(id: HoldId, side: Side | null, skeleton: Skeleton, camera: Camera = LANDSCAPE): string | null {
  const analyzer = createHoldAnalyzer(checked(id), side);
  const frames = still(() => skeleton, 1000, camera);
  return frames.map((frame) => analyzer.push(frame)).at(-1)!.miss;
}

const SEATED: Camera = { ...LANDSCAPE, centre: [0, 0.6] };
const KNEELING: Camera = { ...LANDSCAPE, centre: [0, 0.6], zoom: 0.8 };

describe('each checked hold on a synthetic body: in position, and each condition failing with its words', () => {
  it.each(['left', 'right'] as const)('hip flexor stretch, %s knee down', (side) => {
    expect(verdict('hip-flexor-stretch', side, halfKneelingSkeleton(side), KNEELING)).toBeNull();
    expect(verdict('hip-flexor-stretch', side, halfKneelingSkeleton(side, { leanDeg: 45 }), KNEELING)).toBe('Keep your torso tall');
    expect(verdict('hip-flexor-stretch', side, halfKneelingSkeleton(side, { backThighForwardDeg: 35 }), KNEELING)).toBe('Push your hips forward');
    expect(verdict('hip-flexor-stretch', side, halfKneelingSkeleton(side, { backKneeUp: 0.35 }), KNEELING)).toBe('Put your back knee down on the floor');
    // Kneeling on the other knee is the other side's stretch.
    expect(verdict('hip-flexor-stretch', side, halfKneelingSkeleton(side === 'left' ? 'right' : 'left'), KNEELING)).not.toBeNull();
  });

  it.each(['left', 'right'] as const)('hamstring stretch, %s leg raised', (side) => {
    expect(verdict('hamstring-stretch', side, legRaiseSkeleton(side))).toBeNull();
    expect(verdict('hamstring-stretch', side, legRaiseSkeleton(side, { kneeBendDeg: 70 }))).toBe('Straighten the raised leg');
    expect(verdict('hamstring-stretch', side, legRaiseSkeleton(side, { raiseDeg: 25 }))).toBe('Lift the leg higher');
    expect(verdict('hamstring-stretch', side, legRaiseSkeleton(side, { floorKneeBendDeg: 70 }))).toBe('Keep the other leg straight on the floor');
    expect(verdict('hamstring-stretch', side, otherHanded(legRaiseSkeleton(side)))).not.toBe('Lie on your back');
  });

  it.each(['left', 'right'] as const)('figure-four stretch, %s ankle over the other knee', (side) => {
    expect(verdict('figure-four-stretch', side, figureFourSkeleton(side), SEATED)).toBeNull();
    expect(verdict('figure-four-stretch', side, figureFourSkeleton(side, { standing: true }), SEATED)).toBe('Sit down on the chair');
    expect(verdict('figure-four-stretch', side, figureFourSkeleton(side, { ankleOff: 0.4 }), SEATED)).toBe('Rest your ankle on the other knee');
    expect(verdict('figure-four-stretch', side, figureFourSkeleton(side, { kneeOutDeg: 5 }), SEATED)).toBe('Let the crossed knee drop out to the side');
  });

  it.each(['left', 'right'] as const)('side plank on the %s side', (side) => {
    const camera: Camera = { ...LANDSCAPE, centre: [0.6, 0.3] };
    expect(verdict('side-plank', side, sidePlankSkeleton(side), camera)).toBeNull();
    expect(verdict('side-plank', side, sidePlankSkeleton(side, { sag: 0.2 }), camera)).toBe('Hips dropped: lift them in line');
    expect(verdict('side-plank', side, sidePlankSkeleton(side, { flat: true }), camera)).toBe('Prop yourself up on your forearm');
    // On the other side, the hip on top is the wrong one.
    expect(verdict('side-plank', side === 'left' ? 'right' : 'left', sidePlankSkeleton(side), camera)).toBe('Lie on your side facing the camera');
  });

  it('plank: a high plank holds, a body lying flat is asked to prop itself up', () => {
    const camera: Camera = { ...LANDSCAPE, centre: [0.7, 0.3] };
    expect(verdict('plank', null, pushUpSkeleton(0.45), camera)).toBeNull();
    expect(verdict('plank', null, pushUpSkeleton(0.12), camera)).toBe('Prop yourself up on your forearms');
  });
});

describe('holds on the real clips', () => {
  const fixtures = readdirSync(dirname(fixturePath('x'))).map((file) => file.replace('.landmarks.json', ''));

  it('no checked hold finds its position in any shared clip, but the plank in the push-up clip', () => {
    const found: string[] = [];
    for (const name of fixtures) {
      const { frames } = loadFixture(name);
      for (const hold of HOLDS.filter((entry) => entry.position.kind === 'checked')) {
        for (const side of holdSides(hold.id)) {
          const analyzer = createHoldAnalyzer(hold as Checked, side, Infinity);
          for (const frame of frames) analyzer.push(frame);
          if (analyzer.result()) found.push(`${name}: ${hold.id}${side ? ` ${side}` : ''}`);
        }
      }
    }
    expect(found.sort()).toEqual(['pushup-side-studio.heavy: plank', 'pushup-side-studio.lite: plank', 'pushup-side-studio: plank']);
  });

  it('a plank made from the clip: the dropped chest pauses the clock with its reason, the time held is the time in position', () => {
    const sequence = plankSequence([2000, 1500, 2000]);
    const analyzer = createHoldAnalyzer(checked('plank'), null, 60_000);
    const frames = sequence.map((frame) => analyzer.push(frame));
    const events = frames.flatMap((frame) => frame.events);
    expect(events.map((event) => event.type)).toEqual(['started', 'paused', 'resumed']);
    const result = analyzer.result()!;
    expect(result.pauses).toHaveLength(1);
    expect(result.pauses[0]!.reason).toMatch(/Prop yourself up|Hips|Get down/);
    // In position 0-2000 ms and 3500 ms to the end, give or take the smoothing's and the grace's frame or two.
    const inPosition = 2000 + (sequence.at(-1)!.t - 3500);
    expect(Math.abs(result.heldMs - inPosition)).toBeLessThanOrEqual(3 * (1000 / 30) + 100);
    expect(result.pauses[0]!.t).toBeGreaterThanOrEqual(1900);
    expect(result.pauses[0]!.resumedAt).toBeGreaterThanOrEqual(3400);
  });
});

describe('the catalogue', () => {
  it('a glute squeeze is guided and says why; every other hold is checked, with its own words for each miss', () => {
    const squeeze = holdById('glute-squeeze');
    expect(squeeze.position).toMatchObject({ kind: 'guided', why: expect.stringMatching(/camera cannot/) });
    expect(squeeze.holds).toBe(10);
    for (const hold of HOLDS.filter((entry) => entry.id !== 'glute-squeeze')) expect(hold.position.kind).toBe('checked');
  });

  it('the stretches and the side plank run each side, the plank and the squeeze once', () => {
    expect(HOLDS.filter((hold) => hold.perSide).map((hold) => hold.id)).toEqual(['side-plank', 'hip-flexor-stretch', 'hamstring-stretch', 'figure-four-stretch']);
    expect(holdSides('plank')).toEqual([null]);
    expect(holdSides('hamstring-stretch')).toEqual(['left', 'right']);
  });
});
