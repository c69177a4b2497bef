/**
 * The robustness matrix: the recorded fixture clips, filmed again through virtual cameras (virtual-camera.ts) and
 * perturbed, each analysed for its own exercise and as negatives, and compared with what the clip shows. Shared by
 * `npm run robustness` (the whole matrix) and tests/unit/analysis/robustness-matrix.test.ts (the part that holds).
 */
import { analyzeSequence, takesChosenSide, type AnalyzerOptions, type FaultType, type PoseFrame, type Summary } from '../../src/analysis';
import { otherSide } from '../../src/analysis/pose';
import { loadFixture } from '../unit/analysis/real-fixtures';
import {
  film,
  RECORDED_VIEW,
  sceneOf,
  subsampled,
  withDropBursts,
  withNoise,
  withRandomDrops,
  type Scene,
  type View,
} from './virtual-camera';

/** What a clip shows for one exercise: the labels that tests/unit/analysis/real-clips.test.ts holds the recorded clip to. */
export interface Expected {
  options: AnalyzerOptions;
  reps: number;
  /** The reps each fault is flagged on; a fault type the exercise checks but this lists not: on no rep. */
  faults: Partial<Record<FaultType, number[]>>;
}

export interface MatrixClip {
  name: string;
  expected: Expected[];
}

const BRIDGE = { exercise: 'glute-bridge' } as const;
const THRUST = { exercise: 'hip-thrust' } as const;
const CLAMSHELL_LEFT = { exercise: 'clamshell', side: 'left' } as const;
const CLAMSHELL_RIGHT = { exercise: 'clamshell', side: 'right' } as const;
const LEG_LIFT_LEFT = { exercise: 'side-lying-leg-lift', side: 'left' } as const;
const LEG_LIFT_RIGHT = { exercise: 'side-lying-leg-lift', side: 'right' } as const;
/** Both legs at once: each counted apart. */
const DONKEY = { exercise: 'donkey-kick' } as const;
const EVERY_REP_OF_6 = [1, 2, 3, 4, 5, 6];
// No clip shows a glute march or a single-leg bridge (both are proven on synthetic sequences, which the matrix,
// filming the recorded fixtures of every model, does not run): every clip is a negative for them. A bridge on
// both feet is neither.
const ONE_LEG_NEGATIVES: Expected[] = [
  { exercise: 'glute-march' } as const,
  { exercise: 'single-leg-bridge', side: 'left' } as const,
  { exercise: 'single-leg-bridge', side: 'right' } as const,
].map((options) => ({ options, reps: 0, faults: {} }));
/** The floor exercises added later count none of the first clips. */
const NO_FLOOR_EXERCISE = [LEG_LIFT_LEFT, LEG_LIFT_RIGHT, DONKEY].map((options) => ({ options, reps: 0, faults: {} }));
const DEADLIFT = { exercise: 'romanian-deadlift' } as const;
const SQUAT = { exercise: 'squat' } as const;
const LUNGE = { exercise: 'lunge' } as const;
const STEP_UP_LEFT = { exercise: 'step-up', side: 'left' } as const;
const STEP_UP_RIGHT = { exercise: 'step-up', side: 'right' } as const;
const none = (options: AnalyzerOptions): Expected => ({ options, reps: 0, faults: {} });
/** The standing exercises count none of the floor clips. */
const NO_STANDING_EXERCISE = [DEADLIFT, SQUAT, LUNGE, STEP_UP_LEFT, STEP_UP_RIGHT].map(none);
/** ... and the floor exercises none of the standing clips. */
const NO_FLOOR_EXERCISE_STANDING = [...[BRIDGE, THRUST, CLAMSHELL_LEFT, CLAMSHELL_RIGHT].map(none), ...NO_FLOOR_EXERCISE, ...ONE_LEG_NEGATIVES];

export const MATRIX_CLIPS: readonly MatrixClip[] = [
  {
    name: 'bridge-side-studio',
    expected: [
      { options: BRIDGE, reps: 5, faults: {} },
      // The head rests on the floor, face to the ceiling: not a thrust's head held up off the bench.
      { options: THRUST, reps: 0, faults: {} },
      { options: CLAMSHELL_LEFT, reps: 0, faults: {} },
      { options: CLAMSHELL_RIGHT, reps: 0, faults: {} },
      ...NO_FLOOR_EXERCISE,
      ...ONE_LEG_NEGATIVES,
      ...NO_STANDING_EXERCISE,
    ],
  },
  {
    name: 'hip-thrust-side-box',
    expected: [
      { options: THRUST, reps: 6, faults: { 'lumbar-overarch': EVERY_REP_OF_6, 'head-back': EVERY_REP_OF_6 } },
      // The head is held up off the box, looking toward the knees: not a bridge's head on the floor.
      { options: BRIDGE, reps: 0, faults: {} },
      { options: CLAMSHELL_LEFT, reps: 0, faults: {} },
      { options: CLAMSHELL_RIGHT, reps: 0, faults: {} },
      ...NO_FLOOR_EXERCISE,
      ...ONE_LEG_NEGATIVES,
      ...NO_STANDING_EXERCISE,
    ],
  },
  {
    name: 'clamshell-front-left',
    expected: [
      // Form not labelled: the recording flags nothing (hip-line turn <= 15.4, threshold 20).
      { options: CLAMSHELL_LEFT, reps: 8, faults: {} },
      { options: CLAMSHELL_RIGHT, reps: 0, faults: {} },
      { options: BRIDGE, reps: 0, faults: {} },
      { options: THRUST, reps: 0, faults: {} },
      ...NO_FLOOR_EXERCISE,
      ...ONE_LEG_NEGATIVES,
      ...NO_STANDING_EXERCISE,
    ],
  },
  {
    name: 'pushup-side-studio',
    expected: [...[BRIDGE, THRUST, CLAMSHELL_LEFT, CLAMSHELL_RIGHT].map((options) => ({ options, reps: 0, faults: {} })), ...NO_FLOOR_EXERCISE, ...ONE_LEG_NEGATIVES, ...NO_STANDING_EXERCISE],
  },
  {
    // 23-36 s of the clip: the frozen top's end (not counted), then four lifts; hips stacked, no swing.
    name: 'side-lying-leg-lift-left',
    expected: [
      { options: LEG_LIFT_LEFT, reps: 4, faults: {} },
      { options: LEG_LIFT_RIGHT, reps: 0, faults: {} },
      ...[CLAMSHELL_LEFT, CLAMSHELL_RIGHT, BRIDGE, THRUST, DONKEY].map((options) => ({ options, reps: 0, faults: {} })),
      ...NO_STANDING_EXERCISE,
    ],
  },
  {
    // 2-15 s of the clip: four kicks, the thigh past the line of the back at every top.
    name: 'donkey-kick-side-right',
    expected: [
      // Every kick the right leg's (the left stays down): the summary's repsByLeg, checked in floor-exercises.test.ts.
      { options: DONKEY, reps: 4, faults: { 'lumbar-overarch': [1, 2, 3, 4] } },
      ...[LEG_LIFT_LEFT, LEG_LIFT_RIGHT, CLAMSHELL_LEFT, CLAMSHELL_RIGHT].map((options) => ({ options, reps: 0, faults: {} })),
      ...NO_STANDING_EXERCISE,
    ],
  },
  {
    // The donkey kick's hard negative: on all fours, an arm reaches forward as the opposite leg goes back.
    name: 'bird-dog-side',
    expected: [...[DONKEY, LEG_LIFT_LEFT, LEG_LIFT_RIGHT, CLAMSHELL_LEFT, CLAMSHELL_RIGHT].map((options) => ({ options, reps: 0, faults: {} })), ...NO_STANDING_EXERCISE],
  },
  ...standingClips(),
];

/** The standing clips (their fixtures: the squat's wide shot, the whole band deadlift and lunge), each refused by the others. */
function standingClips(): MatrixClip[] {
  return [
    // Two squats from the side; form not labelled, the recording flags nothing.
    { name: 'squat-side-cut', expected: [{ options: SQUAT, reps: 2, faults: {} }, ...[DEADLIFT, LUNGE, STEP_UP_LEFT, STEP_UP_RIGHT].map(none)] },
    // Three hinges, obliquely from the front (the clip starts and ends hinged); form not labelled, the recording flags nothing.
    { name: 'band-deadlift-oblique', expected: [{ options: DEADLIFT, reps: 3, faults: {} }, ...[SQUAT, LUNGE, STEP_UP_LEFT, STEP_UP_RIGHT].map(none)] },
    // Two lunges from the front, the first with the feet in one line.
    { name: 'lunge-front', expected: [{ options: LUNGE, reps: 2, faults: { 'narrow-stance': [1] } }, ...[DEADLIFT, SQUAT, STEP_UP_LEFT, STEP_UP_RIGHT].map(none)] },
  ].map((clip) => ({ ...clip, expected: [...clip.expected, ...NO_FLOOR_EXERCISE_STANDING] }));
}

export function optionsLabel(options: AnalyzerOptions): string {
  return 'side' in options && options.side ? `${options.exercise} ${options.side}` : options.exercise;
}

/** Frames lost on the way: at random, or in bursts of `burstMs` every `everyMs`. */
export type Drops = { share: number } | { burstMs: number; everyMs: number };

/** One point of the matrix: how the clip is filmed, then what happens to its landmarks. */
export interface Condition {
  view: View;
  /** Landmark noise, standard deviation as a share of the body's size; 0 = none. */
  noise: number;
  drops: Drops | null;
  /** Analysed frame rate; null = every recorded frame. */
  fps: number | null;
}

export const RECORDED: Condition = { view: RECORDED_VIEW, noise: 0, drops: null, fps: null };

/** Random perturbations are tried with each of these seeds: one lucky draw must not pass a point. */
export const SEEDS = [1, 2, 3];

export function isRandom(condition: Condition): boolean {
  return condition.noise > 0 || (condition.drops !== null && 'share' in condition.drops);
}

/** The frames the analysis gets under a condition. */
export function framesUnder(scene: Scene, condition: Condition, seed: number): PoseFrame[] {
  let frames = film(scene, condition.view);
  if (condition.noise > 0) frames = withNoise(frames, condition.noise, seed);
  if (condition.drops && 'share' in condition.drops) frames = withRandomDrops(frames, condition.drops.share, seed);
  if (condition.drops && 'burstMs' in condition.drops) frames = withDropBursts(frames, condition.drops.burstMs, condition.drops.everyMs);
  if (condition.fps !== null) frames = subsampled(frames, condition.fps);
  return frames;
}

/** A mirror image person lies on the other side: a clamshell's working leg swaps with the labels. */
export function expectedUnder(expected: Expected, condition: Condition): Expected {
  const { options } = expected;
  if (condition.view.mirror !== 'person' || !takesChosenSide(options.exercise) || !options.side) return expected;
  return { ...expected, options: { ...options, side: otherSide(options.side) } as AnalyzerOptions };
}

/** Faults as "type:rep" in a stable order, the form results are compared in. */
export function faultKeys(faults: Partial<Record<FaultType, number[]>>): string[] {
  return Object.entries(faults)
    .flatMap(([type, reps]) => (reps ?? []).map((rep) => `${type}:${rep}`))
    .sort();
}

export function summaryFaultKeys(summary: Summary): string[] {
  return summary.faults.map((fault) => `${fault.type}:${fault.rep}`).sort();
}

export interface Verdict {
  summary: Summary;
  countHolds: boolean;
  faultsHold: boolean;
}

/** Analyses frames for an expectation and says whether the count and the faults are the clip's. */
export function judge(frames: readonly PoseFrame[], expected: Expected): Verdict {
  const summary = analyzeSequence(frames, expected.options);
  const faults = summaryFaultKeys(summary);
  const wanted = faultKeys(expected.faults);
  return {
    summary,
    countHolds: summary.reps === expected.reps,
    faultsHold: faults.length === wanted.length && faults.every((key, i) => key === wanted[i]),
  };
}

export interface LoadedClip extends MatrixClip {
  scene: Scene;
}

export function loadMatrixClip(clip: MatrixClip): LoadedClip {
  return { ...clip, scene: sceneOf(loadFixture(clip.name).frames) };
}

/** One value of an axis: its label, and the condition it stands for. */
export interface AxisPoint {
  label: string;
  /** The value as a number, for --json and for finding the break each way. */
  value: number;
  condition: Condition;
}

/** One axis swept alone around the recorded clip; `identity` is the value the recorded clip has. */
export interface Axis {
  name: string;
  unit: string;
  identity: number;
  points: AxisPoint[];
}

const LANDSCAPE = { width: 1280, height: 720 };
const PORTRAIT = { width: 720, height: 1280 };

function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
}

function viewAxis(name: string, unit: string, values: number[], view: (value: number) => Partial<View>): Axis {
  return {
    name,
    unit,
    identity: 0,
    points: values.map((value) => ({ label: `${value}`, value, condition: { ...RECORDED, view: { ...RECORDED_VIEW, ...view(value) } } })),
  };
}

function framingAxis(name: string, size: { width: number; height: number }): Axis {
  return {
    name,
    unit: 'fill',
    identity: Number.NaN, // no fill of a new picture is the recorded one
    points: range(0.3, 0.9, 0.1).map((fill) => {
      const rounded = Math.round(fill * 10) / 10;
      return { label: `${rounded}`, value: rounded, condition: { ...RECORDED, view: { ...RECORDED_VIEW, framing: { fill: rounded, ...size } } } };
    }),
  };
}

function conditionAxis(name: string, unit: string, identity: number, values: number[], condition: (value: number) => Partial<Condition>): Axis {
  return { name, unit, identity, points: values.map((value) => ({ label: `${value}`, value, condition: { ...RECORDED, ...condition(value) } })) };
}

/** Every axis, each swept alone around the recorded clip. */
export const AXES: readonly Axis[] = [
  viewAxis('yaw', 'deg', range(-40, 40, 5), (yawDeg) => ({ yawDeg })),
  viewAxis('elevation', 'deg', range(0, 45, 5), (elevationDeg) => ({ elevationDeg })),
  viewAxis('roll', 'deg', range(-15, 15, 2.5), (rollDeg) => ({ rollDeg })),
  framingAxis('landscape 1280x720', LANDSCAPE),
  framingAxis('portrait 720x1280', PORTRAIT),
  {
    name: 'mirror',
    unit: '',
    identity: 0,
    points: (['none', 'picture', 'person'] as const).map((mirror, value) => ({
      label: mirror,
      value,
      condition: { ...RECORDED, view: { ...RECORDED_VIEW, mirror } },
    })),
  },
  conditionAxis('noise', 'share of body size', 0, [0, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.02, 0.03], (noise) => ({ noise })),
  conditionAxis('random drops', 'share of frames', 0, [0, 0.1, 0.2, 0.3, 0.5], (share) => ({ drops: share > 0 ? { share } : null })),
  conditionAxis('drop bursts every 3 s', 'ms', 0, [0, 200, 400, 600, 800, 1000], (burstMs) => ({
    drops: burstMs > 0 ? { burstMs, everyMs: 3000 } : null,
  })),
  conditionAxis('frame rate', 'fps', 30, [30, 20, 15, 12, 10, 7.5, 5], (fps) => ({ fps })),
];

/** A coarse grid of every camera axis at once, the person filling 60% of a landscape or portrait picture; clean, and at 15 fps with 0.5% noise. */
export function combinedGrid(): { label: string; condition: Condition }[] {
  const points: { label: string; condition: Condition }[] = [];
  for (const [perturbation, rest] of [['clean', { noise: 0, fps: null }], ['15 fps + 0.5% noise', { noise: 0.005, fps: 15 }]] as const)
    for (const yawDeg of [-20, 0, 20])
      for (const elevationDeg of [0, 20])
        for (const rollDeg of [-10, 0, 10])
          for (const [shape, size] of [['landscape', LANDSCAPE], ['portrait', PORTRAIT]] as const) {
            const view: View = { yawDeg, elevationDeg, rollDeg, framing: { fill: 0.6, ...size }, mirror: 'none' };
            points.push({ label: combinedLabel(view, shape, perturbation), condition: { view, drops: null, ...rest } });
          }
  return points;
}

function combinedLabel(view: View, shape: string, perturbation: string): string {
  return `yaw ${view.yawDeg}, elevation ${view.elevationDeg}, roll ${view.rollDeg}, ${shape} 0.6, ${perturbation}`;
}

/** Noise levels the frame-rate sweep is repeated at: lower rates average fewer frames, so noise and rate interact. */
export const RATE_SWEEP_NOISE = [0, 0.0025, 0.005];

/** The frame-rate axis at a noise level (the recorded view). */
export function rateSweep(noise: number): { fps: number; condition: Condition }[] {
  const rates = AXES.find((axis) => axis.name === 'frame rate')?.points ?? [];
  return rates.map((point) => ({ fps: point.value, condition: { ...point.condition, noise } }));
}
