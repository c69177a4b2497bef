/** The standing exercises on landmarks from the real squat, band-deadlift and lunge clips, and on step-ups made from them. */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, CATALOGUE, type AnalyzerOptions, type PoseFrame } from '../../../src/analysis';
import { DEFAULT_CONFIG } from '../../../src/analysis/config';
import { bodyOf } from '../../../src/analysis/pose';
import { FrameSmoother } from '../../../src/analysis/smoothing';
import {
  formOf,
  frontLeg,
  HINGE_MAX_KNEE_TO_HIP,
  hipExtensionDeg,
  isLunge,
  isOnTheFeet,
  isSquat,
  kneeToHipFlexion,
  meanHipAngle,
  meanKneeAngle,
  measureStanding,
  seenFromFront,
  SplitStanceWatch,
  type StandingMeasurement,
} from '../../../src/analysis/standing';
import { oneStepUp, stepUpFrame, stepUps } from '../../support/step-ups';
import { loadFixture } from './real-fixtures';

const squat = loadFixture('squat-side-cut'); // the wide shot, 0-7.5 s: two squats
const deadlift = loadFixture('band-deadlift-oblique');
const lunge = loadFixture('lunge-front');
const liteLunge = loadFixture('lunge-front.lite');
const floor = ['bridge-side-studio', 'hip-thrust-side-box', 'clamshell-front-left', 'pushup-side-studio'].map(loadFixture);

const STANDING_IDS = ['romanian-deadlift', 'squat', 'lunge', 'step-up'] as const;
const FLOOR_IDS = ['glute-bridge', 'hip-thrust', 'clamshell'] as const;

/** Every way an exercise can be analysed: each working leg where the person chooses it. */
function optionsOf(exercise: string): AnalyzerOptions[] {
  const entry = CATALOGUE.find((candidate) => candidate.id === exercise)!;
  return (entry.workingSide === 'chosen' ? (['left', 'right'] as const) : (['left'] as const)).map((side) => ({ exercise, side }) as AnalyzerOptions);
}

/** The smoothed measurement of every frame with a body, as the analysis sees it. */
function measurements(frames: readonly PoseFrame[]): StandingMeasurement[] {
  const smoother = new FrameSmoother(DEFAULT_CONFIG.smoothing, DEFAULT_CONFIG.tracking.maxGapMs);
  return frames.flatMap((frame) => {
    const body = bodyOf(smoother.smooth(frame));
    return body ? [measureStanding(body)] : [];
  });
}

const hinged = (m: StandingMeasurement) => isOnTheFeet(m) && 180 - meanHipAngle(m) >= 60;

describe('standing exercises on the real clips', () => {
  it('counts each clip as its own exercise: two squats (the wide shot), three hinges, two lunges', () => {
    expect(analyzeSequence(squat.frames, { exercise: 'squat' })).toMatchObject({ reps: 2, faults: [] });
    expect(analyzeSequence(deadlift.frames, { exercise: 'romanian-deadlift' }).reps).toBe(3);
    const lunges = analyzeSequence(lunge.frames, { exercise: 'lunge' });
    expect(lunges.reps).toBe(2);
    // The clip shows the first lunge as wrong: the feet in one line.
    expect(lunges.repDetails.map((rep) => rep.faults)).toEqual([['narrow-stance'], []]);
  });

  it('tells the three apart: each clip counts nothing as the other standing exercises', () => {
    const own = new Map([
      [squat, 'squat'],
      [deadlift, 'romanian-deadlift'],
      [lunge, 'lunge'],
    ]);
    for (const [clip, exercise] of own) {
      for (const other of STANDING_IDS.filter((id) => id !== exercise)) {
        for (const options of optionsOf(other)) expect(analyzeSequence(clip.frames, options).reps, `${clip.name} as ${other}`).toBe(0);
      }
    }
  });

  it('tells a lunge from a squat by the knees\' heights where the 3-D hips read alike (as lite reads a front view)', () => {
    // The lunges' bottoms with one knee lowered (the lowering's first and last frames have the knees near level).
    const bottoms = measurements(lunge.frames).filter((m) => meanKneeAngle(m) <= 110 && m.kneeHeightGap >= 0.3);
    expect(bottoms.length).toBeGreaterThan(20);
    for (const m of bottoms) {
      const hipsAlike = { ...m, legs: { ...m.legs, right: { ...m.legs.right, hipAngleDeg: m.legs.left.hipAngleDeg } } };
      expect(isSquat(hipsAlike)).toBe(false);
      expect(isLunge(hipsAlike)).toBe(true);
      // With the knees level too, nothing tells the legs are split: a squat's position.
      expect(isSquat({ ...hipsAlike, kneeHeightGap: 0.05 })).toBe(true);
    }
  });

  it("holds a lunge's split over its descent where lite reads the legs alike at the bottom: 2 lunges, no squat", () => {
    // Frame by frame, lite reads some of the bottoms with both hips and both knees alike: a squat's position.
    const bent = measurements(liteLunge.frames).filter((m) => isOnTheFeet(m) && meanKneeAngle(m) <= 110);
    expect(bent.filter((m) => isSquat(m)).length).toBeGreaterThan(10);
    expect(analyzeSequence(liteLunge.frames, { exercise: 'squat' }).reps).toBe(0);
    expect(analyzeSequence(liteLunge.frames, { exercise: 'lunge' }).reps).toBe(2);
  });

  it('counts nothing on the floor, and the floor exercises count nothing standing', () => {
    for (const clip of floor) {
      for (const options of STANDING_IDS.flatMap(optionsOf)) expect(analyzeSequence(clip.frames, options).reps, `${clip.name} as ${options.exercise}`).toBe(0);
    }
    for (const clip of [squat, deadlift, lunge]) {
      for (const options of FLOOR_IDS.flatMap(optionsOf)) expect(analyzeSequence(clip.frames, options).reps, `${clip.name} as ${options.exercise}`).toBe(0);
    }
  });
});

describe('the split stance over a descent', () => {
  // A real squat's bottom (legs alike) and the same with one knee lowered (the legs split).
  const bottom = measurements(squat.frames).find((m) => meanKneeAngle(m) <= 100)!;
  const split = { ...bottom, kneeHeightGap: 0.5 };
  const standing = measurements(squat.frames)[0]!;
  const readings = (frames: readonly StandingMeasurement[], stepMs = 33, watch = new SplitStanceWatch(700)) => frames.map((m, i) => watch.update(m, i * stepMs));

  it('a split read for a moment is that moment only: a squat stays a squat', () => {
    expect(meanKneeAngle(standing)).toBeGreaterThan(130);
    expect(readings([bottom, split, split, bottom, bottom])).toEqual([false, true, true, false, false]);
  });

  it('a split held 200 ms holds until the knees straighten, whatever the bottom frames read', () => {
    const descent = [bottom, ...Array<StandingMeasurement>(8).fill(split), bottom, bottom]; // 8 frames 33 ms apart: 231 ms
    expect(readings([...descent, standing, bottom])).toEqual([false, ...Array<boolean>(10).fill(true), false, false]);
  });

  it('a break longer than the gap limit starts afresh: what happened in it was not seen', () => {
    const watch = new SplitStanceWatch(700);
    for (let t = 0; t <= 300; t += 33) watch.update(split, t);
    expect(watch.update(bottom, 330)).toBe(true);
    expect(watch.update(bottom, 1100)).toBe(false);
  });
});

describe('standing measurements', () => {
  it('on the feet: every frame of the standing clips, no frame of the floor clips', () => {
    for (const clip of [squat, deadlift, lunge]) expect(measurements(clip.frames).every((m) => isOnTheFeet(m)), clip.name).toBe(true);
    for (const clip of floor) expect(measurements(clip.frames).some((m) => isOnTheFeet(m)), clip.name).toBe(false);
  });

  it('a hinge bends the hips far more than the knees, a squat both alike (knee over hip flexion, hips bent >= 60)', () => {
    const ratios = (frames: readonly PoseFrame[]) => measurements(frames).filter(hinged).map(kneeToHipFlexion);
    const [hinge, squatting] = [ratios(deadlift.frames), ratios(squat.frames)];
    expect(hinge.length).toBeGreaterThan(50);
    expect(squatting.length).toBeGreaterThan(50);
    expect(Math.max(...hinge)).toBeLessThan(HINGE_MAX_KNEE_TO_HIP - 0.05);
    expect(Math.min(...squatting)).toBeGreaterThan(HINGE_MAX_KNEE_TO_HIP + 0.05);
  });

  it('the view: the lunge and the band deadlift from the front, the squat from the side; each fault only where it shows', () => {
    const front = (frames: readonly PoseFrame[]) => measurements(frames).filter(seenFromFront).length / measurements(frames).length;
    expect(front(lunge.frames)).toBe(1);
    expect(front(deadlift.frames)).toBe(1);
    expect(front(squat.frames)).toBe(0);
    const sideForm = formOf(measurements(squat.frames)[0]!);
    expect(sideForm).toMatchObject({ kneeInward: null, stanceWidth: null });
    expect(sideForm.heelUpDeg).not.toBeNull();
    expect(formOf(measurements(lunge.frames)[0]!)).toMatchObject({ heelUpDeg: null, torsoForwardDeg: null });
  });

  it('the summary names the checks the view could not make: the knees caving in from the side, the lean back from the front', () => {
    expect(analyzeSequence(squat.frames, { exercise: 'squat' }).notJudged).toEqual(['knee-cave-in']);
    expect(analyzeSequence(deadlift.frames, { exercise: 'romanian-deadlift' }).notJudged).toEqual(['lumbar-overarch']);
    // Nothing counted, nothing tried: no check is reported as impossible from a view that counted no rep.
    expect(analyzeSequence(floor[0]!.frames, { exercise: 'squat' }).notJudged).toEqual([]);
  });

  it("the lunge's front leg is the one whose hip bends more: the right leg in the clip", () => {
    const bottoms = measurements(lunge.frames).filter((m) => meanKneeAngle(m) <= 100);
    expect(bottoms.length).toBeGreaterThan(20);
    expect(bottoms.every((m) => frontLeg(m) === 'right')).toBe(true);
  });

  it('the lean back at the top: hips past the shoulder-knee line toward the toes, from the side', () => {
    const standing = squat.frames.find((frame) => frame.t >= 3300)!;
    const extension = (lean: number) => hipExtensionDeg(bodyOf(stepUpFrame(standing, 'right', { leadHipDeg: 0, leadKneeDeg: 0, trailKneeDeg: 0, torsoLeanDeg: lean, onStep: 0 }, 0))!, 'right');
    expect(Math.abs(extension(0))).toBeLessThan(5);
    expect(extension(-15)).toBeGreaterThan(12); // leaning back
    expect(extension(15)).toBeLessThan(-10); // leaning forward is not an extension
  });
});

describe('step-up (synthetic, from the squat clip standing still)', () => {
  const standing = squat.frames.find((frame) => frame.t >= 3300)!;
  const threeSteps = [...oneStepUp(), ...oneStepUp().slice(1), ...oneStepUp(40).slice(1)];

  it('counts each drive onto the step, per leading leg, and the lean forward on the rep that leans', () => {
    for (const leading of ['left', 'right'] as const) {
      const summary = analyzeSequence(stepUps(standing, leading, threeSteps), { exercise: 'step-up', side: leading });
      expect(summary.reps).toBe(3);
      expect(summary.faults.map((fault) => [fault.type, fault.rep])).toEqual([['torso-forward', 3]]);
      const otherLeg = leading === 'left' ? 'right' : 'left';
      expect(analyzeSequence(stepUps(standing, leading, threeSteps), { exercise: 'step-up', side: otherLeg }).reps).toBe(0);
    }
  });

  it('is not a squat, a lunge or a deadlift, and the step-up counts none of them', () => {
    const frames = stepUps(standing, 'right', threeSteps);
    for (const exercise of ['squat', 'lunge', 'romanian-deadlift'] as const) expect(analyzeSequence(frames, { exercise }).reps, exercise).toBe(0);
    for (const clip of [squat, deadlift, lunge]) {
      for (const options of optionsOf('step-up')) expect(analyzeSequence(clip.frames, options).reps, clip.name).toBe(0);
    }
  });
});
