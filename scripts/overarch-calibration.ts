/**
 * Can another model's landmarks be mapped onto full's over-arch reading? A ridge regression from the model's
 * per-frame readings (the hip's extension on screen near and far side and at both sides' midpoints, in 3-D, the
 * knee's angle, thigh and shin against the torso, both hips' visibility) to full's near-side extension on the same
 * frame, fitted on the bridge and thrust clips' frames (no labels: full is the target) and scored leave one clip
 * out: each clip's readings come from a fit that never saw it. Prints, per clip, the frame-by-frame error against
 * full before and after, and each rep's reading at full's peak (+-300 ms) from full, the model, and the mapping.
 * For docs/accuracy.md, "Model agreement". Needs the evaluation's cache of both models.
 * Usage: npx tsx scripts/overarch-calibration.ts [--model lite|heavy|tfjs] [--lambda 1]
 */
import { analyzeSequence, analyzerOptions, DEFAULT_CONFIG, type ExerciseId, type PoseFrame } from '../src/analysis';
import { angleAt2, angleAt3, midpoint2, sub2 } from '../src/analysis/geometry';
import { bodyOf, JOINTS, otherSide, type Body, type Point2, type Side } from '../src/analysis/pose';
import { CameraSideTracker } from '../src/analysis/tracking';
import { median } from '../src/util/median';
import { MODEL_VARIANTS } from '../workers/engine';
import { clipLabels } from '../tests/support/clips';
import { cachedFrames, extensionOnScreen } from './lib/cached-landmarks';
import { commandLine } from './lib/command-line';

const distance2 = (a: Point2, b: Point2) => Math.hypot(sub2(a, b).x, sub2(a, b).y);

const SUPINE: readonly string[] = ['glute-bridge', 'hip-thrust'];
/** Full's readings kept for the fit: around the straight line, where an over-arch is judged (not the hips down). */
const TARGET_RANGE_DEG = [-40, 25] as const;
const PEAK_WINDOW_MS = 300;

const cli = commandLine('overarch-calibration');
const { values } = cli.parse({
  args: process.argv.slice(2),
  options: { model: { type: 'string', default: 'lite' }, lambda: { type: 'string', default: '1' } },
});
const model = values.model === 'tfjs' ? 'tfjs' : cli.oneOf('model', values.model, MODEL_VARIANTS);
const lambda = cli.positiveNumber('lambda', values.lambda);
const recorded = (clip: string) => (model === 'tfjs' ? cachedFrames('full', 'tfjs', clip) : cachedFrames(model, 'mediapipe', clip));

function nearExtension(body: Body, side: Side): number {
  const j = JOINTS[side];
  return extensionOnScreen(body.image(j.shoulder), body.image(j.hip), body.image(j.knee), body.image(j.ankle));
}

/** What the model's frame offers the mapping; the first is the analysis' own reading. */
function readings(body: Body, side: Side): number[] {
  const j = JOINTS[side];
  const both = (joint: keyof (typeof JOINTS)['left']) => midpoint2(body.image(JOINTS.left[joint]), body.image(JOINTS.right[joint]));
  const near = nearExtension(body, side);
  const [shoulder, hip, knee, ankle] = [body.image(j.shoulder), body.image(j.hip), body.image(j.knee), body.image(j.ankle)];
  const torso = Math.max(1e-6, distance2(shoulder, hip));
  return [
    near,
    nearExtension(body, otherSide(side)),
    extensionOnScreen(both('shoulder'), both('hip'), both('knee'), both('ankle')),
    (Math.sign(near) || 1) * (180 - angleAt3(body.world(j.hip), body.world(j.shoulder), body.world(j.knee))),
    angleAt2(knee, hip, ankle) / 10,
    distance2(hip, knee) / torso,
    distance2(knee, ankle) / torso,
    body.visibility(j.hip),
    body.visibility(JOINTS[otherSide(side)].hip),
  ];
}

interface Row {
  t: number;
  x: number[];
  /** Full's reading on the same frame. */
  y: number;
}

interface Clip {
  file: string;
  rows: Row[];
  tops: number[];
}

function pairedRows(full: PoseFrame[], other: PoseFrame[]): Row[] {
  const tracker = new CameraSideTracker(DEFAULT_CONFIG.tracking); // the camera's side as the analysis tracks it on full
  const otherAt = new Map(other.map((frame) => [frame.t, frame]));
  return full.flatMap((frame) => {
    const reference = bodyOf(frame);
    if (!reference) return [];
    const side = tracker.update(reference);
    const matching = otherAt.get(frame.t);
    const body = matching && bodyOf(matching);
    if (!body) return [];
    const row = { t: frame.t, x: readings(body, side), y: nearExtension(reference, side) };
    return row.x.every(Number.isFinite) && row.y > TARGET_RANGE_DEG[0] && row.y < TARGET_RANGE_DEG[1] ? [row] : [];
  });
}

/** Least squares with a ridge on the standardised inputs (not the intercept), by Gaussian elimination. */
function fit(rows: Row[]): (x: number[]) => number {
  const n = rows[0]!.x.length;
  const mean = Array.from({ length: n }, (_, i) => rows.reduce((sum, row) => sum + row.x[i]!, 0) / rows.length);
  const sd = mean.map((m, i) => Math.sqrt(rows.reduce((sum, row) => sum + (row.x[i]! - m) ** 2, 0) / rows.length) || 1);
  const standard = (x: number[]) => [1, ...x.map((v, i) => (v - mean[i]!) / sd[i]!)];
  const a = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 2 }, (_, k) => (i === k && i > 0 ? (lambda * rows.length) / 100 : 0)));
  for (const row of rows) {
    const z = standard(row.x);
    z.forEach((zi, i) => {
      z.forEach((zk, k) => (a[i]![k]! += zi * zk));
      a[i]![n + 1]! += zi * row.y;
    });
  }
  const weights = solve(a);
  return (x) => standard(x).reduce((sum, z, i) => sum + z * weights[i]!, 0);
}

/** Solves the augmented system in place (the matrix is symmetric positive definite: no pivoting needed). */
function solve(a: number[][]): number[] {
  const m = a.length;
  for (let i = 0; i < m; i++) {
    for (let r = i + 1; r < m; r++) {
      const factor = a[r]![i]! / a[i]![i]!;
      for (let c = i; c <= m; c++) a[r]![c]! -= factor * a[i]![c]!;
    }
  }
  const w = new Array<number>(m).fill(0);
  for (let i = m - 1; i >= 0; i--) w[i] = (a[i]![m]! - a[i]!.slice(i + 1, m).reduce((sum, v, k) => sum + v * w[i + 1 + k]!, 0)) / a[i]![i]!;
  return w;
}

const clips: Clip[] = clipLabels().flatMap((label) => {
  if (!label.exercise || !SUPINE.includes(label.exercise)) return [];
  const [full, other] = [cachedFrames('full', 'mediapipe', label.file), recorded(label.file)];
  if (!full || !other) {
    console.log(`${label.file}: not in .cache/evaluate for full and ${model} (run npm run evaluate first)`);
    return [];
  }
  const tops = analyzeSequence(full, analyzerOptions(label.exercise as ExerciseId, 'left')).repDetails.map((rep) => rep.top);
  return [{ file: label.file, rows: pairedRows(full, other), tops }];
});

const rms = (errors: number[]) => Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length).toFixed(1);
console.log(`${model} mapped onto full, leave one clip out, lambda ${lambda}`);
for (const held of clips) {
  const mapped = fit(clips.filter((clip) => clip !== held).flatMap((clip) => clip.rows));
  const atPeaks = (read: (row: Row) => number) =>
    held.tops.map((top) => {
      const near = held.rows.filter((row) => Math.abs(row.t - top) <= PEAK_WINDOW_MS);
      return near.length > 0 ? median(near.map(read)).toFixed(1) : '-';
    });
  console.log(`\n${held.file}: ${held.rows.length} frames, error against full ${rms(held.rows.map((r) => r.x[0]! - r.y))} -> ${rms(held.rows.map((r) => mapped(r.x) - r.y))}`);
  console.log(`  full    ${atPeaks((row) => row.y).join(' ')}`);
  console.log(`  ${model.padEnd(7)} ${atPeaks((row) => row.x[0]!).join(' ')}`);
  console.log(`  mapped  ${atPeaks((row) => mapped(row.x)).join(' ')}`);
}
