/**
 * What the live switch watch costs per camera frame: every catalogue exercise's analysis on the frames it reads, plus
 * the window's counts; divide by the frames (in the title) for ms a frame. `npx vitest bench tests/unit/analysis/switch-watch.bench.ts` (not part of `vitest run`).
 */
import { bench, describe } from 'vitest';
import { createAnalyzer, everyExerciseOption, SWITCH_WATCH, SwitchWatch, type PoseFrame } from '../../../src/analysis';
import { loadFixture } from './real-fixtures';

const clips = ['clamshell-front-left', 'bridge-side-studio', 'squat-side-cut'].map((name) => loadFixture(name).frames);
const frames: PoseFrame[] = clips.flat();

describe(`every frame of three clips (${frames.length} frames, ${everyExerciseOption().length} exercise options)`, () => {
  const watchEvery = (minSampleGapMs: number) => () => {
    for (const clip of clips) {
      const watch = new SwitchWatch({ exercise: 'glute-bridge' }, minSampleGapMs);
      for (const frame of clip) watch.push(frame);
    }
  };
  bench('the switch watch reading every frame', watchEvery(0));
  bench('the switch watch as it runs live (about 10 frames a second)', watchEvery(SWITCH_WATCH.minSampleGapMs));

  bench('one exercise analysis (the coach alone)', () => {
    for (const clip of clips) {
      const analyzer = createAnalyzer({ exercise: 'glute-bridge' });
      for (const frame of clip) analyzer.push(frame);
    }
  });
});
