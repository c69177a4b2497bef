import { describe, expect, it } from 'vitest';
import { analyzeSequence, createAnalyzer, type PoseFrame } from '../../../src/analysis';
import {
  LANDSCAPE,
  durationOf,
  jitter,
  loadedHipsSkeleton,
  noPerson,
  repKeyframes,
  seededNoise,
  sequence,
  supineSequence,
  supineSkeleton,
  valueAt,
  type Camera,
  type Keyframes,
} from './synthetic';

const BRIDGE = { exercise: 'glute-bridge' } as const;
const THRUST = { exercise: 'hip-thrust' } as const;
const SHOULDERS_ON_BENCH = { shoulderHeight: 0.45, headBackDeg: 0 }; // eyes level, chin tucked
/** Five clean bridges: hips from 120 to a straight line (181), 1 s hold at the top. */
const cleanBridges = repKeyframes({ reps: 5, bottom: 120, top: 181 });
const cleanThrusts = repKeyframes({ reps: 2, bottom: 115, top: 180 });

describe('glute bridge: counting', () => {
  it('counts clean reps with times, hold and range of motion', () => {
    const summary = analyzeSequence(supineSequence(cleanBridges), BRIDGE);
    expect(summary).toMatchObject({ exercise: 'glute-bridge', side: null, reps: 5, faults: [] });
    expect(summary.framesInPosition).toBe(summary.frames);
    const first = summary.repDetails[0];
    // Rest 700 ms, rise 800 ms, hold 1000 ms, lower 800 ms.
    expect(first?.start).toBeGreaterThan(600);
    expect(first?.start).toBeLessThan(1200);
    expect(first?.top).toBeGreaterThanOrEqual(1500);
    expect(first?.top).toBeLessThanOrEqual(2500);
    expect(first?.end).toBeGreaterThan(2500);
    expect(first?.end).toBeLessThan(3400);
    expect(first?.holdMs).toBeGreaterThanOrEqual(1000);
    expect(first?.holdMs).toBeLessThan(1600);
    expect(first?.romDeg).toBeCloseTo(61, 0);
    expect(first?.peakExtensionDeg).toBeCloseTo(1, 0);
    expect(summary.repDetails.map((r) => r.rep)).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts each rep the moment the hips reach the top, and reports it complete at the bottom', () => {
    const analyzer = createAnalyzer(BRIDGE);
    const updates = supineSequence(repKeyframes({ reps: 1, bottom: 120, top: 181 })).map((f) => analyzer.push(f));
    const counted = updates.findIndex((u) => u.repCount === 1);
    const completed = updates.findIndex((u) => u.newRep);
    expect(updates[counted]?.phase).toBe('top');
    expect(updates[counted]?.angleDeg).toBeGreaterThanOrEqual(165);
    expect(completed).toBeGreaterThan(counted);
    expect(updates[completed]?.phase).toBe('bottom');
    expect(Math.max(...updates.map((u) => u.holdMs))).toBeGreaterThanOrEqual(900);
    expect(updates.map((u) => u.phase)).toEqual(expect.arrayContaining(['bottom', 'rising', 'top', 'lowering']));
  });

  it('does not count a clip that starts at the top', () => {
    const frames = supineSequence(repKeyframes({ reps: 3, bottom: 120, top: 181, startAtTop: true }));
    expect(analyzeSequence(frames, BRIDGE).reps).toBe(3);
  });

  it('counts a rep paused half way up once', () => {
    const paused: Keyframes = [[0, 120], [600, 120], [1200, 155], [2700, 156], [3300, 181], [4300, 181], [5000, 120], [5600, 120]];
    expect(analyzeSequence(supineSequence(paused), BRIDGE).reps).toBe(1);
  });

  it('does not count a partial rep', () => {
    const partial: Keyframes = [[0, 120], [600, 120], [1400, 158], [2200, 120], [2800, 120], [3600, 181], [4400, 120], [5000, 120]];
    const summary = analyzeSequence(supineSequence(partial), BRIDGE);
    expect(summary.reps).toBe(1);
    expect(summary.repDetails[0]?.top).toBeGreaterThan(3000);
  });

  it('counts exactly under seeded landmark jitter, also while hovering at either threshold', () => {
    const reps = repKeyframes({ reps: 4, bottom: 122, top: 179 });
    const end = durationOf(reps);
    const hovering: Keyframes = [
      ...reps,
      [end + 800, 145], // hover on the bottom threshold
      [end + 3000, 145],
      [end + 3800, 120],
      [end + 4600, 165], // then one rep that hovers on the top threshold
      [end + 7000, 165],
      [end + 7800, 120],
    ];
    const noise = seededNoise(42);
    const frames = supineSequence(hovering).map((f) => jitter(f, 0.004, noise));
    expect(analyzeSequence(frames, BRIDGE).reps).toBe(5);
  });

  it('reads the same mirrored, turned round (other side to the camera) and in portrait', () => {
    const cameras: Camera[] = [
      { ...LANDSCAPE, mirrored: true },
      { ...LANDSCAPE, turned: true },
      { ...LANDSCAPE, turned: true, mirrored: true },
      { width: 720, height: 1280 },
      { width: 480, height: 640, mirrored: true },
    ];
    for (const camera of cameras) {
      const summary = analyzeSequence(supineSequence(cleanBridges, camera), BRIDGE);
      expect(summary.reps, JSON.stringify(camera)).toBe(5);
      expect(summary.repDetails[0]?.peakExtensionDeg, JSON.stringify(camera)).toBeCloseTo(1, 0);
    }
  });
});

describe('hip thrust with a weight on the hips', () => {
  // The shared barbell clip: the hip landmark never passes 134° while the hands on the bar reach 165-179°.
  const weighted = (handsOnBar: boolean) =>
    sequence(durationOf(cleanThrusts), (t) => {
      const hipDeg = valueAt(cleanThrusts, t);
      return loadedHipsSkeleton(hipDeg, Math.min(hipDeg, 125), SHOULDERS_ON_BENCH, handsOnBar);
    });

  it('counts on the hands holding the bar, and leaves the over-arch unjudged where they stand in for the hips', () => {
    const summary = analyzeSequence(weighted(true), THRUST);
    expect(summary.reps).toBe(2);
    expect(summary.faults.filter((fault) => fault.type === 'lumbar-overarch')).toEqual([]);
    expect(summary.notJudged).toContain('lumbar-overarch');
  });

  it('counts nothing from the hidden hips alone, with the hands on the floor', () => {
    expect(analyzeSequence(weighted(false), THRUST).reps).toBe(0);
  });
});

describe('bridge or thrust: what the shoulders rest on', () => {
  /** Lifted to watch the hips: neither a head resting on the floor nor a thrust's level gaze. */
  const HEAD_LIFTED = { headBackDeg: 38 };
  const liftedHeadBridges = (camera: Camera = LANDSCAPE) => supineSequence(cleanBridges, camera, HEAD_LIFTED);
  /** Lowered until the hips are just off the floor (0.13 m), as the shared thrusts' are. */
  const deepThrusts = (extra = SHOULDERS_ON_BENCH) => supineSequence(repKeyframes({ reps: 2, bottom: 95, top: 180 }), LANDSCAPE, extra);

  it('counts a bridge with the head lifted once its hips have rested in line with the shoulders and feet', () => {
    expect(analyzeSequence(liftedHeadBridges(), BRIDGE).reps).toBe(5);
    expect(analyzeSequence(liftedHeadBridges(), THRUST).reps).toBe(0);
  });

  it('counts a thrust, whatever the head, once its hips have sunk below the line from the shoulders to the feet', () => {
    const thrusts = deepThrusts({ ...SHOULDERS_ON_BENCH, headBackDeg: 70 }); // the head resting back
    expect(analyzeSequence(thrusts, THRUST).reps).toBe(2);
    expect(analyzeSequence(thrusts, BRIDGE).reps).toBe(0);
  });

  it('goes by the head until the hips have been down', () => {
    // From the top: the first rep is over before any bottom, and a lifted head is neither exercise's.
    const fromTheTop = liftedHeadBridges().filter((frame) => frame.t >= 1800);
    expect(analyzeSequence(fromTheTop, BRIDGE).reps).toBe(4);
  });

  it('reads the support afresh after a cut', () => {
    const thrusts = deepThrusts();
    const start = thrusts.at(-1)!.t + 33;
    // Another shot: the camera moved along the body, a bridge set filmed in it.
    const bridges = liftedHeadBridges({ ...LANDSCAPE, centre: [0.9, 0.3] }).map((frame) => ({ ...frame, t: frame.t + start }));
    expect(analyzeSequence([...thrusts, ...bridges], BRIDGE).reps).toBe(5);
  });
});

describe('glute bridge: tracking gaps', () => {
  /** Replaces the frames in [fromMs, toMs) with no-person frames. */
  const blankOut = (frames: PoseFrame[], fromMs: number, toMs: number): PoseFrame[] =>
    frames.map((f) => (f.t >= fromMs && f.t < toMs ? noPerson(f.t) : f));

  it('survives a dropped frame and a single empty frame', () => {
    const frames = supineSequence(cleanBridges);
    const dropped = frames.filter((_, i) => i !== 50 && i !== 51);
    expect(analyzeSequence(blankOut(dropped, 2000, 2040), BRIDGE).reps).toBe(5);
  });

  it('reports body-not-visible while the person is away and counts no spurious rep', () => {
    // The person leaves during the bottom rest before rep 3 and returns at the top of rep 3.
    const frames = blankOut(supineSequence(cleanBridges), 6700, 7900);
    const analyzer = createAnalyzer(BRIDGE);
    const updates = frames.map((f) => analyzer.push(f));
    expect(updates.filter((u) => u.t >= 6700 && u.t < 7900).every((u) => u.status === 'body-not-visible')).toBe(true);
    expect(analyzer.finish().reps).toBe(4);
  });

  it('ends a rep that was at the top when the person walked away', () => {
    // Rep 2's top is around 5100-6100 ms: vanish from 5500 ms for good.
    const frames = blankOut(supineSequence(cleanBridges), 5500, Infinity);
    const summary = analyzeSequence(frames, BRIDGE);
    expect(summary.reps).toBe(2);
    expect(summary.repDetails[1]?.end).toBeLessThan(5500);
    expect(summary.framesWithPose).toBeLessThan(summary.frames);
  });

  it('reports low-confidence and counts nothing when landmarks are uncertain', () => {
    const frames = supineSequence(cleanBridges, { ...LANDSCAPE, visibility: 0.3 });
    const analyzer = createAnalyzer(BRIDGE);
    expect(frames.map((f) => analyzer.push(f).status).every((s) => s === 'low-confidence')).toBe(true);
    expect(analyzer.finish().reps).toBe(0);
  });

  it('reports body-not-visible when the body is cut off by the edge of the picture', () => {
    const shifted = supineSequence(cleanBridges).map((f) => ({
      ...f,
      image: f.image && f.image.map((v, i) => (i % 4 === 0 ? v + 0.6 : v)),
    }));
    const analyzer = createAnalyzer(BRIDGE);
    expect(shifted.map((f) => analyzer.push(f).status).every((s) => s === 'body-not-visible')).toBe(true);
  });
});

describe('bridge and thrust faults', () => {
  const overArchedThrusts = repKeyframes({ reps: 3, bottom: 115, top: 195 });

  it('flags lumbar over-arch at the top of each over-arched thrust, with its size and cue', () => {
    const summary = analyzeSequence(supineSequence(overArchedThrusts, LANDSCAPE, SHOULDERS_ON_BENCH), THRUST);
    expect(summary.reps).toBe(3);
    const overArches = summary.faults.filter((f) => f.type === 'lumbar-overarch');
    expect(overArches.map((f) => f.rep)).toEqual([1, 2, 3]);
    expect(overArches[0]?.value).toBeCloseTo(15, 0);
    expect(overArches[0]?.cue).toBe('Ribs down: stop the lift when hips line up with knees and shoulders');
    expect(overArches[0]?.t).toBe(summary.repDetails[0]?.top);
    expect(summary.repDetails.every((r) => r.faults.includes('lumbar-overarch'))).toBe(true);
  });

  it('flags over-arch the same mirrored and in portrait', () => {
    for (const camera of [{ ...LANDSCAPE, mirrored: true, turned: true }, { width: 640, height: 1136 }]) {
      const summary = analyzeSequence(supineSequence(overArchedThrusts, camera, SHOULDERS_ON_BENCH), THRUST);
      expect(summary.faults.filter((f) => f.type === 'lumbar-overarch')).toHaveLength(3);
    }
  });

  it('does not flag a clean top a few degrees past straight, as real clean bridges read', () => {
    const summary = analyzeSequence(supineSequence(repKeyframes({ reps: 3, bottom: 120, top: 183 })), BRIDGE);
    expect(summary.reps).toBe(3);
    expect(summary.faults).toEqual([]);
  });

  it('does not count an over-arch as lowering: one rep per lift', () => {
    const summary = analyzeSequence(supineSequence(repKeyframes({ reps: 2, bottom: 115, top: 200 })), BRIDGE);
    expect(summary.reps).toBe(2);
  });

  /** Thrusts whose face turns from level (0) at the bottom to `headBackAtTop` above level at the top. */
  const thrustsWithHead = (headBackAtTop: number, camera: Camera = LANDSCAPE): PoseFrame[] =>
    sequence(durationOf(cleanThrusts), (t) => {
      const hipAngleDeg = valueAt(cleanThrusts, t);
      const lift = (hipAngleDeg - 115) / 65;
      return supineSkeleton({ ...SHOULDERS_ON_BENCH, hipAngleDeg, headBackDeg: lift * headBackAtTop });
    }, camera);

  it('flags the head tipped back at the top of a thrust, not a level gaze', () => {
    expect(analyzeSequence(thrustsWithHead(0), THRUST).faults).toEqual([]);
    for (const camera of [LANDSCAPE, { ...LANDSCAPE, mirrored: true, turned: true }, { width: 640, height: 1136 }]) {
      const thrown = analyzeSequence(thrustsWithHead(30, camera), THRUST);
      expect(thrown.faults.map((f) => [f.type, f.rep]), JSON.stringify(camera)).toEqual([
        ['head-back', 1],
        ['head-back', 2],
      ]);
      expect(thrown.faults[0]?.value).toBeCloseTo(30, 0);
      expect(thrown.faults[0]?.cue).toBe('Keep your chin tucked');
    }
    expect(analyzeSequence(thrustsWithHead(120), THRUST).faults[0]?.value).toBeCloseTo(120, 0); // face toward the head end
  });

  it('checks the head only on the thrust', () => {
    expect(analyzeSequence(thrustsWithHead(30), BRIDGE).faults).toEqual([]);
  });

  /** Bridges whose pelvis drops to `dropAtTop` degrees over the last part of the lift (hip angle 150 to 175). */
  const bridgesWithDrop = (dropAtTop: number): PoseFrame[] =>
    sequence(durationOf(cleanBridges), (t) => {
      const hipAngleDeg = valueAt(cleanBridges, t);
      const nearTop = Math.min(1, Math.max(0, (hipAngleDeg - 150) / 25));
      return supineSkeleton({ hipAngleDeg, pelvicDropDeg: dropAtTop * nearTop });
    });

  it('flags a pelvic drop at the top, sized in degrees', () => {
    const summary = analyzeSequence(bridgesWithDrop(25), BRIDGE);
    expect(summary.reps).toBe(5);
    expect(summary.faults.every((f) => f.type === 'pelvic-drop' && f.cue === 'Keep your hips level')).toBe(true);
    expect(summary.faults).toHaveLength(5);
    expect(summary.faults[0]?.value).toBeGreaterThan(23);
    expect(summary.faults[0]?.value).toBeLessThan(27);
  });

  it('does not flag a small pelvic tilt within landmark noise', () => {
    expect(analyzeSequence(bridgesWithDrop(8), BRIDGE).faults).toEqual([]);
  });
});
