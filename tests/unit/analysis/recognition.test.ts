import { describe, expect, it } from 'vitest';
import { ExerciseRecogniser, isRecognised, recogniseSequence, SWITCH_WATCH, SwitchWatch, type AnalyzerOptions } from '../../../src/analysis';
import { loadFixture } from './real-fixtures';

describe('recognition: the exercise from the pose alone', () => {
  it.each([
    ['bridge-side-studio', { exercise: 'glute-bridge' }],
    ['hip-thrust-side-box', { exercise: 'hip-thrust' }],
    ['clamshell-front-left', { exercise: 'clamshell', side: 'left' }],
  ])('%s: %o, with every frame in its position', (clip, options) => {
    const found = recogniseSequence(loadFixture(clip).frames);
    expect(found?.options).toEqual(options);
    expect(found?.inPositionShare).toBe(1);
  });

  it('sees none of the exercises in push-ups', () => {
    expect(recogniseSequence(loadFixture('pushup-side-studio').frames)).toBeNull();
  });

  it('ranks every option, reps first: the bridge, then the march done from its position without a rep (the clip analyser\'s runner-up)', () => {
    const recogniser = new ExerciseRecogniser();
    for (const frame of loadFixture('bridge-side-studio').frames) recogniser.push(frame);
    const [first, second, ...rest] = recogniser.ranked();
    expect(first).toMatchObject({ options: { exercise: 'glute-bridge' }, inPositionShare: 1, reps: 5 });
    expect(second).toMatchObject({ options: { exercise: 'glute-march' }, reps: 0 });
    expect(isRecognised(second!)).toBe(false); // the march's position on under half the frames, and no rep
    expect(rest.every((other) => other.reps === 0 && other.inPositionShare <= second!.inPositionShare)).toBe(true);
  });
});

describe('the switch watch: clearly in another exercise for a few seconds', () => {
  const firstSwitch = (clip: string, current: AnalyzerOptions, minSampleGapMs?: number) => {
    const watch = new SwitchWatch(current, minSampleGapMs);
    for (const frame of loadFixture(clip).frames) {
      const other = watch.push(frame);
      if (other) return { t: frame.t, other };
    }
    return null;
  };

  it('says a clamshell is a clamshell, left leg, when a bridge was chosen, once it has seen 3 s of it', () => {
    const found = firstSwitch('clamshell-front-left', { exercise: 'glute-bridge' });
    expect(found?.other).toEqual({ exercise: 'clamshell', side: 'left' });
    expect(found?.t).toBeGreaterThanOrEqual(SWITCH_WATCH.windowMs * 0.9);
    expect(found?.t).toBeLessThan(SWITCH_WATCH.windowMs + 1000);
  });

  it('says a hip thrust is one when a bridge was chosen', () => {
    expect(firstSwitch('hip-thrust-side-box', { exercise: 'glute-bridge' })?.other).toEqual({ exercise: 'hip-thrust' });
  });

  it('says nothing for a position held without a rep: standing still (every standing exercise\'s position), lying still on the side', () => {
    const still = (clip: string) => {
      const [first] = loadFixture(clip).frames;
      return Array.from({ length: 200 }, (_, i) => ({ ...first!, t: i * 33 }));
    };
    const watchStill = (clip: string, current: AnalyzerOptions) => {
      const watch = new SwitchWatch(current);
      return still(clip).map((frame) => watch.push(frame)).filter(Boolean);
    };
    expect(watchStill('squat-side-cut', { exercise: 'glute-bridge' })).toEqual([]);
    expect(watchStill('clamshell-front-left', { exercise: 'glute-bridge' })).toEqual([]);
  });

  it('says nothing while the chosen exercise is the one done, nor during push-ups', () => {
    expect(firstSwitch('bridge-side-studio', { exercise: 'glute-bridge', side: 'right' })).toBeNull();
    expect(firstSwitch('clamshell-front-left', { exercise: 'clamshell', side: 'left' })).toBeNull();
    expect(firstSwitch('pushup-side-studio', { exercise: 'hip-thrust' })).toBeNull();
  });

  it.each([
    ['clamshell-front-left', { exercise: 'glute-bridge' }],
    ['hip-thrust-side-box', { exercise: 'glute-bridge' }],
    ['side-lying-leg-lift-left', { exercise: 'clamshell', side: 'left' }],
    ['bridge-side-studio', { exercise: 'clamshell', side: 'left' }],
  ] as const)('reading about 10 frames a second, as live, tells %s apart as reading every frame does, as soon', (clip, current) => {
    const everyFrame = firstSwitch(clip, current, 0)!;
    const live = firstSwitch(clip, current)!;
    expect(live.other).toEqual(everyFrame.other);
    expect(Math.abs(live.t - everyFrame.t)).toBeLessThanOrEqual(SWITCH_WATCH.minSampleGapMs + 34);
  });
});
