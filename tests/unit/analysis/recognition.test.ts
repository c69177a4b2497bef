import { describe, expect, it } from 'vitest';
import { recogniseSequence } from '../../../src/analysis';
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
});
