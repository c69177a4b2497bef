import { describe, expect, it } from 'vitest';
import { median } from '../../../src/util/median';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });

  it('refuses an empty list rather than returning a number that would pick a model', () => {
    expect(() => median([])).toThrow();
  });
});
