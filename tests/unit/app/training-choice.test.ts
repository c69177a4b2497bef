import { describe, expect, it } from 'vitest';
import { holdById } from '../../../src/analysis';
import { FIRST_CHOICE, targetLabels, withPlan } from '../../../src/app/training-choice';

describe("the app's training choice", () => {
  it('a timed hold comes with its seconds and holds, the squeeze with its count, as the element reads them', () => {
    expect(withPlan(FIRST_CHOICE, 'hamstring-stretch')).toMatchObject({
      plan: 'hamstring-stretch',
      targetReps: holdById('hamstring-stretch').targetMs / 1000,
      sets: holdById('hamstring-stretch').holds,
    });
    expect(withPlan(FIRST_CHOICE, 'glute-squeeze')).toMatchObject({ targetReps: holdById('glute-squeeze').holds, sets: 1 });
    expect(withPlan(FIRST_CHOICE, 'beginner')).toMatchObject({ plan: 'beginner', targetReps: FIRST_CHOICE.targetReps });
  });

  it('names the numbers by what they count', () => {
    expect(targetLabels('glute-bridge')).toEqual({ reps: 'Reps', sets: 'Sets' });
    expect(targetLabels('plank')).toEqual({ reps: 'Seconds', sets: 'Holds' });
    expect(targetLabels('hip-flexor-stretch')).toEqual({ reps: 'Seconds', sets: 'Holds each side' });
    expect(targetLabels('glute-squeeze')).toEqual({ reps: 'Squeezes', sets: null });
  });
});
