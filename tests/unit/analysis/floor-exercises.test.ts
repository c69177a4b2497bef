/**
 * The side-lying leg lift and the donkey kick on real MediaPipe (full) landmarks cut from the shared clips
 * (tests/fixtures, scripts/fixture-from-cache.ts): their measurements, position gates, counts and faults, and
 * the clips of the other exercises refused. The measured values behind each threshold are in the entries.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, createAnalyzer, DEFAULT_CONFIG, type AnalyzerOptions, type PoseFrame } from '../../../src/analysis';
import { isOnAllFours, measureDonkeyKick } from '../../../src/analysis/exercises/donkey-kick/measurement';
import { measureLegLift } from '../../../src/analysis/exercises/side-lying-leg-lift/measurement';
import { bodyOf, Landmark, LANDMARK_STRIDE } from '../../../src/analysis/pose';
import { FrameSmoother } from '../../../src/analysis/smoothing';
import { loadFixture } from './real-fixtures';

const LEG_LIFT_LEFT = { exercise: 'side-lying-leg-lift', side: 'left' } as const;
const LEG_LIFT_RIGHT = { exercise: 'side-lying-leg-lift', side: 'right' } as const;
/** Both legs, each counted apart. */
const DONKEY = { exercise: 'donkey-kick' } as const;
const NEW_EXERCISES: AnalyzerOptions[] = [LEG_LIFT_LEFT, LEG_LIFT_RIGHT, DONKEY];

/** Each frame's smoothed body, as the analysis sees it. */
function smoothedBodies(frames: readonly PoseFrame[]) {
  const smoother = new FrameSmoother(DEFAULT_CONFIG.smoothing, DEFAULT_CONFIG.tracking.maxGapMs);
  return frames.flatMap((frame) => bodyOf(smoother.smooth(frame)) ?? []);
}

/** The same frames played `times` faster: the same reps in a fraction of the time. */
function fastForward(frames: readonly PoseFrame[], times: number): PoseFrame[] {
  const start = frames[0]?.t ?? 0;
  return frames.map((frame) => ({ ...frame, t: start + Math.round((frame.t - start) / times) }));
}

const LEFT_LEG = [Landmark.leftKnee, Landmark.leftAnkle, Landmark.leftHeel, Landmark.leftFootIndex];

/**
 * The clip's frames with the left (top) leg turned forward about its hip, in the world landmarks only (a front
 * camera hardly sees it), by `atTopDeg` times how far the leg has risen from the bottom zone (12) to the top (25).
 */
function driftingForward(frames: readonly PoseFrame[], atTopDeg: number): PoseFrame[] {
  return frames.map((frame) => {
    const body = bodyOf(frame);
    if (!body || !frame.world) return frame;
    const share = Math.min(1, Math.max(0, (measureLegLift(body, 'left').liftDeg - 12) / 13));
    const turn = (atTopDeg * share * Math.PI) / 180;
    const world = Float32Array.from(frame.world);
    const at = (index: number) => [0, 1, 2].map((axis) => world[index * LANDMARK_STRIDE + axis]!);
    const hip = at(Landmark.leftHip);
    const noseFromEars = at(Landmark.nose).map((v, axis) => v - (at(Landmark.leftEar)[axis]! + at(Landmark.rightEar)[axis]!) / 2);
    for (const index of LEFT_LEG) {
      const leg = at(index).map((v, axis) => v - hip[axis]!);
      const length = Math.hypot(...leg);
      // The face's direction, made square to the leg: the way the leg turns as the hip flexes.
      const along = noseFromEars.reduce((sum, v, axis) => sum + v * leg[axis]!, 0) / length ** 2;
      const square = noseFromEars.map((v, axis) => v - along * leg[axis]!);
      const squareLength = Math.hypot(...square);
      leg.forEach((v, axis) => {
        world[index * LANDMARK_STRIDE + axis] = hip[axis]! + v * Math.cos(turn) + (square[axis]! / squareLength) * length * Math.sin(turn);
      });
    }
    return { ...frame, world };
  });
}

describe('side-lying leg lift (side-lying-leg-lift-left, 23-36 s: lying on the right side, the left leg lifts)', () => {
  const clip = loadFixture('side-lying-leg-lift-left');
  const summary = analyzeSequence(clip.frames, LEG_LIFT_LEFT);

  it('counts the 4 lifts after the frozen top (25.4, 27.6, 32.8, 34.9 s), not the top the cut opens at', () => {
    expect(summary.reps).toBe(4);
    expect(summary.repDetails.map((rep) => Math.round(rep.top / 1000))).toEqual([26, 28, 33, 35]);
    for (const rep of summary.repDetails) expect(rep.romDeg).toBeGreaterThan(24);
  });

  it('finds no fault: the hips stay stacked and the lifts, brisk as they are, are not swung', () => {
    expect(summary.faults).toEqual([]);
  });

  it('flags the same lifts played three times as fast as swung, with the cue', () => {
    const swung = analyzeSequence(fastForward(clip.frames, 3), LEG_LIFT_LEFT);
    expect(swung.reps).toBe(4);
    expect(swung.faults.map((fault) => fault.type)).toEqual(['swing', 'swing', 'swing', 'swing']);
    expect(swung.faults[0]?.cue).toBe("Don't swing the leg: lift and lower it slowly");
  });

  it('flags the same lifts with the leg drifting 25 degrees forward, not 5 (the body-plane measure, world landmarks)', () => {
    const drifting = analyzeSequence(driftingForward(clip.frames, 25), LEG_LIFT_LEFT);
    expect(drifting.reps).toBe(4);
    expect(drifting.faults.map((fault) => [fault.type, fault.rep])).toEqual([1, 2, 3, 4].map((rep) => ['leg-forward', rep]));
    for (const fault of drifting.faults) expect(fault.value).toBeGreaterThan(18); // 25 turned, less the clean lifts' own up to 4.8
    expect(drifting.faults[0]?.cue).toBe('Keep your leg in line with your body: lift it up, not forward');
    expect(analyzeSequence(driftingForward(clip.frames, 5), LEG_LIFT_LEFT).faults).toEqual([]);
  });

  it('reads the legs together near 0 and the lifted leg above 25, with the top knee straight', () => {
    const lifts = smoothedBodies(clip.frames).map((body) => measureLegLift(body, 'left'));
    const inPosition = lifts.filter((m) => m.workingHipOnTop && m.hipGapToTorso >= 0.25);
    expect(Math.min(...inPosition.map((m) => m.liftDeg))).toBeLessThan(3);
    expect(Math.max(...inPosition.map((m) => m.liftDeg))).toBeGreaterThan(25);
    expect(inPosition.filter((m) => m.kneeAngleDeg >= 140).length / inPosition.length).toBeGreaterThan(0.95);
  });

  it('counts nothing for the right leg, underneath, nor as a clamshell or donkey kick', () => {
    const analyzer = createAnalyzer(LEG_LIFT_RIGHT);
    const statuses = clip.frames.map((frame) => analyzer.push(frame).status);
    expect(analyzer.finish().reps).toBe(0);
    expect(statuses.filter((status) => status === 'ok').length).toBeLessThan(10); // a few frames of the 28 s dissolve
    for (const options of [DONKEY, { exercise: 'clamshell', side: 'left' } as const]) {
      expect(analyzeSequence(clip.frames, options).reps).toBe(0);
    }
  });
});

describe('donkey kick (donkey-kick-side-right, 2-15 s: right side to the camera, the right leg kicks)', () => {
  const clip = loadFixture('donkey-kick-side-right');
  const summary = analyzeSequence(clip.frames, DONKEY);

  it('counts the kicks (tops 4.5, 8.2, 11.8 s and the one the clip ends on), on all fours throughout', () => {
    expect(summary.reps).toBe(4);
    expect(summary.repDetails.map((rep) => Math.round(rep.top / 1000))).toEqual([5, 8, 12, 15]);
    expect(summary.framesInPosition).toBe(summary.frames);
  });

  it('flags the thigh lifted past the line of the back on every kick, with the over-arch cue', () => {
    expect(summary.faults.map((fault) => [fault.type, fault.rep])).toEqual([1, 2, 3, 4].map((rep) => ['lumbar-overarch', rep]));
    for (const rep of summary.repDetails) expect(rep.peakExtensionDeg).toBeGreaterThan(20);
    expect(summary.faults[0]?.cue).toMatch(/Ribs down/);
  });

  it('reads the kneeling thigh near 90 degrees from the back and both hands under the shoulders', () => {
    const readings = smoothedBodies(clip.frames).map((body) => measureDonkeyKick(body, 'right'));
    expect(Math.min(...readings.map((m) => m.hipAngleDeg))).toBeLessThan(90);
    expect(Math.max(...readings.map((m) => m.hipAngleDeg))).toBeGreaterThan(200);
    expect(Math.max(...readings.map((m) => m.armFromDownDeg))).toBeLessThan(15);
  });

  it('counts every kick for the right leg, none for the left, which stays kneeling, and no side-lying leg lift', () => {
    expect(summary.repsByLeg).toEqual({ left: 0, right: 4 });
    expect(summary.repDetails.map((rep) => rep.leg)).toEqual(['right', 'right', 'right', 'right']);
    for (const options of [LEG_LIFT_LEFT, LEG_LIFT_RIGHT]) expect(analyzeSequence(clip.frames, options).reps).toBe(0);
  });
});

describe('bird dog (bird-dog-side: all fours, the opposite arm and leg reach)', () => {
  const clip = loadFixture('bird-dog-side');

  it('is on all fours between reaches, and leaves the position as the arm leaves the floor', () => {
    const gate = { maxBackTiltDeg: 30, maxSupportThighFromDownDeg: 45, maxSupportShinTiltDeg: 45, maxArmFromDownDeg: 40 };
    const readings = smoothedBodies(clip.frames).map((body) => measureDonkeyKick(body, 'left'));
    expect(readings.slice(0, 10).every((m) => isOnAllFours(m, gate))).toBe(true); // kneeling, before the first reach
    expect(Math.max(...readings.map((m) => m.armFromDownDeg))).toBeGreaterThan(60);
  });

  it('counts no donkey kick with either leg, and no side-lying leg lift', () => {
    for (const options of NEW_EXERCISES) expect(analyzeSequence(clip.frames, options).reps, JSON.stringify(options)).toBe(0);
  });
});

describe('the first clips are no floor exercise', () => {
  it.each(['bridge-side-studio', 'hip-thrust-side-box', 'clamshell-front-left', 'pushup-side-studio'])('%s counts no leg lift or donkey kick', (name) => {
    const { frames } = loadFixture(name);
    for (const options of NEW_EXERCISES) expect(analyzeSequence(frames, options).reps, JSON.stringify(options)).toBe(0);
  });
});
