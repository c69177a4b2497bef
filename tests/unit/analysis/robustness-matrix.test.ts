/**
 * The part of the robustness matrix (`npm run robustness`, docs/accuracy-matrix.md) that the analysis gets right
 * today: the fixture clips filmed again through virtual cameras and perturbed inside that region keep every count
 * and every fault the recorded clips have. Outside it the matrix shows where and why the analysis breaks; issue 15
 * widens the region (and this test with it) as it generalises the analysis.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSequence } from '../../../src/analysis';
import {
  AXES,
  combinedGrid,
  expectedUnder,
  faultKeys,
  framesUnder,
  isRandom,
  loadMatrixClip,
  MATRIX_CLIPS,
  optionsLabel,
  RECORDED,
  SEEDS,
  summaryFaultKeys,
  type Condition,
} from '../../support/robustness-matrix';
import { loadFixture } from './real-fixtures';

function axisPoint(axis: string, value: number): { label: string; condition: Condition } {
  const point = AXES.find((a) => a.name === axis)?.points.find((p) => p.value === value);
  if (!point) throw new Error(`No ${axis} ${value} in the matrix`);
  return { label: `${axis} ${point.label}`, condition: point.condition };
}

function combinedPoint(label: string): { label: string; condition: Condition } {
  const point = combinedGrid().find((p) => p.label === label);
  if (!point) throw new Error(`No combined point "${label}" in the matrix`);
  return point;
}

/** Each axis at the ends of the range where every clip holds, and a few points of the combined grid inside it. */
const HOLDING_REGION = [
  axisPoint('yaw', -30),
  axisPoint('yaw', 30),
  axisPoint('elevation', 25), // the camera ~0.8-0.95 m above the body centre at the recorded distances
  axisPoint('roll', -15),
  axisPoint('roll', 5),
  axisPoint('landscape 1280x720', 0.3),
  axisPoint('landscape 1280x720', 0.6),
  axisPoint('portrait 720x1280', 0.3),
  axisPoint('portrait 720x1280', 0.7),
  axisPoint('mirror', 1), // the picture flipped
  axisPoint('mirror', 2), // ...and the person labelled as their mirror image
  axisPoint('noise', 0.005),
  axisPoint('random drops', 0.3),
  axisPoint('drop bursts every 3 s', 400),
  axisPoint('frame rate', 10),
  combinedPoint('yaw 0, elevation 20, roll 10, landscape 0.6, clean'),
  combinedPoint('yaw 20, elevation 20, roll -10, portrait 0.6, 15 fps + 0.5% noise'),
  combinedPoint('yaw -20, elevation 20, roll 10, portrait 0.6, 15 fps + 0.5% noise'),
];

/**
 * The points of that region where the clips added with the floor exercises do not hold yet (docs/accuracy.md,
 * "Side-lying leg lift and donkey kick"): the region was drawn around the first clips; these are what it misses.
 */
const BREAKS_IN_REGION: Readonly<Record<string, readonly string[]>> = {
  // Turned 30 degrees, the re-filmed picture keeps the close-up's legs and guessed head in view, which the real
  // picture cut off: its lift (labelled, at 30.5 s) counts as a fifth, with a rolled pelvis from the dissolve.
  // Rolled -15 degrees, the right leg (underneath) is in position for 5 frames and counts one swing.
  'side-lying-leg-lift-left': ['yaw 30', 'roll -15'],
  // From above the thigh's rise past the back shrinks in the picture: the over-arch is missed on some reps.
  'donkey-kick-side-right': [
    'elevation 25',
    'yaw 0, elevation 20, roll 10, landscape 0.6, clean',
    'yaw 20, elevation 20, roll -10, portrait 0.6, 15 fps + 0.5% noise',
    'yaw -20, elevation 20, roll 10, portrait 0.6, 15 fps + 0.5% noise',
  ],
  // From above, the kneeling body reads as lying on the side with bent knees: clamshells counted (not leg lifts).
  'bird-dog-side': [
    'yaw 0, elevation 20, roll 10, landscape 0.6, clean',
    'yaw 20, elevation 20, roll -10, portrait 0.6, 15 fps + 0.5% noise',
    'yaw -20, elevation 20, roll 10, portrait 0.6, 15 fps + 0.5% noise',
  ],
};

/**
 * The standing clips hold a smaller region: their counts hold much further (docs/accuracy.md), but the faults only one
 * view shows (the feet's width and the knees' cave-in from the front) move as soon as the camera turns, and the
 * band deadlift's first rep sits 0.06 above its knees-forward threshold.
 */
const STANDING_HOLDING_REGION = [
  axisPoint('yaw', -5),
  axisPoint('yaw', 5),
  axisPoint('elevation', 10),
  axisPoint('roll', -12.5),
  axisPoint('roll', 7.5),
  axisPoint('landscape 1280x720', 0.3),
  axisPoint('portrait 720x1280', 0.9),
  axisPoint('mirror', 1),
  axisPoint('mirror', 2),
  axisPoint('noise', 0.005),
  axisPoint('random drops', 0.5),
  axisPoint('drop bursts every 3 s', 600),
  axisPoint('frame rate', 5),
];
const STANDING_CLIPS: ReadonlySet<string> = new Set(['squat-side-cut', 'band-deadlift-oblique', 'lunge-front']);

const clips = MATRIX_CLIPS.map(loadMatrixClip);

describe('robustness matrix: the identity view', () => {
  for (const clip of clips) {
    it(`${clip.name}: filmed again through the recorded camera, every analysis is the recorded one`, () => {
      const recorded = loadFixture(clip.name).frames;
      const filmed = framesUnder(clip.scene, RECORDED, SEEDS[0]!);
      for (const { options } of clip.expected) expect(analyzeSequence(filmed, options)).toEqual(analyzeSequence(recorded, options));
    });
  }
});

function holdsIn(region: readonly { label: string; condition: Condition }[], inRegion: typeof clips): void {
  for (const { label, condition } of region) {
    for (const clip of inRegion.filter((c) => !BREAKS_IN_REGION[c.name]?.includes(label))) {
      it(`${label}: ${clip.name} keeps its counts and faults`, () => {
        const seeds = isRandom(condition) ? SEEDS : [SEEDS[0]!];
        for (const seed of seeds) {
          const frames = framesUnder(clip.scene, condition, seed);
          const results = clip.expected.map((labelled) => {
            const { options } = expectedUnder(labelled, condition);
            const summary = analyzeSequence(frames, options);
            return { analysedAs: optionsLabel(options), seed, reps: summary.reps, faults: summaryFaultKeys(summary) };
          });
          const expected = clip.expected.map((labelled) => {
            const { options, reps, faults } = expectedUnder(labelled, condition);
            return { analysedAs: optionsLabel(options), seed, reps, faults: faultKeys(faults) };
          });
          expect(results).toEqual(expected);
        }
      });
    }
  }
}

describe('robustness matrix: the region that holds', () => holdsIn(HOLDING_REGION, clips.filter((clip) => !STANDING_CLIPS.has(clip.name))));

describe('robustness matrix: the region the standing clips hold', () => holdsIn(STANDING_HOLDING_REGION, clips.filter((clip) => STANDING_CLIPS.has(clip.name))));
