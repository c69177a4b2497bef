/**
 * The alternating-legs rule is the entry's `workingSide` alone: an exercise counted per chosen leg becomes one
 * whose legs take turns by changing that one field (the clamshell here, on its real recording of the left leg).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence, analyzerFor, clamshell, defineExercise } from '../../../src/analysis';
import { loadFixture } from './real-fixtures';

const clamshellLeft = loadFixture('clamshell-front-left').frames;
const takingTurns = defineExercise({ ...clamshell, id: 'test-alternating-clamshell', workingSide: 'alternating' });

describe('alternating legs', () => {
  it('counts each leg apart with nothing changed but the working-side rule', () => {
    const chosen = analyzeSequence(clamshellLeft, { exercise: 'clamshell', side: 'left' });
    const analyzer = analyzerFor(takingTurns, null);
    for (const frame of clamshellLeft) analyzer.push(frame);
    const alternating = analyzer.finish();
    expect(alternating).toMatchObject({ side: null, reps: chosen.reps, repsByLeg: { left: chosen.reps, right: 0 } });
    expect(alternating.repDetails.map(({ leg, ...rest }) => [leg, rest])).toEqual(chosen.repDetails.map((rep) => ['left', rep]));
  });

  it('leaves the other rules as they were: no leg on their reps or frames', () => {
    const summary = analyzeSequence(clamshellLeft, { exercise: 'clamshell', side: 'left' });
    expect(summary.repsByLeg).toBeUndefined();
    expect(summary.repDetails.every((rep) => rep.leg === undefined)).toBe(true);
  });
});
