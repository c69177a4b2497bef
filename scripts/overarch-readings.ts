/**
 * Each model's reading of the over-arch at every rep's peak, side by side on the same frames, from the evaluation's
 * cache (`npm run evaluate -- --model ...` records it): the hip's extension past the straight shoulder-hip-knee
 * line on the camera's side on screen (what the analysis reads; the side as it tracks it on full's frames), both sides' midpoints on screen, and the near side in
 * the world landmarks. Full's reps pick the frames (its peak +-300 ms). For docs/accuracy.md, "Model agreement".
 * Usage: npx tsx scripts/overarch-readings.ts [--models full,lite,heavy,tfjs]
 */
import { analyzeSequence, analyzerOptions, DEFAULT_CONFIG, type ExerciseId, type PoseFrame } from '../src/analysis';
import { angleAt3, midpoint2 } from '../src/analysis/geometry';
import { bodyOf, JOINTS, type Body, type Side } from '../src/analysis/pose';
import { CameraSideTracker } from '../src/analysis/tracking';
import { median } from '../src/util/median';
import { MODEL_VARIANTS } from '../workers/engine';
import { cachedFrames, extensionOnScreen } from './lib/cached-landmarks';
import { commandLine } from './lib/command-line';

const CLIPS: [string, ExerciseId][] = [
  ['bridge-side-studio.mp4', 'glute-bridge'],
  ['bridge-side-home.mp4', 'glute-bridge'],
  ['hip-thrust-side-box.mp4', 'hip-thrust'],
];
const PEAK_WINDOW_MS = 300;

const cli = commandLine('overarch-readings');
const { values } = cli.parse({ args: process.argv.slice(2), options: { models: { type: 'string', default: 'full,lite,heavy,tfjs' } } });
const models = values.models.split(',');

/** `tfjs` is the full model on the TensorFlow.js engine; the rest are MediaPipe's variants. */
function recorded(model: string, clip: string): PoseFrame[] | null {
  const tfjs = model === 'tfjs';
  return cachedFrames(tfjs ? 'full' : cli.oneOf('models', model, MODEL_VARIANTS), tfjs ? 'tfjs' : 'mediapipe', clip);
}

const MEASURES: Record<string, (body: Body, side: Side) => number> = {
  'near side on screen': (body, side) => {
    const j = JOINTS[side];
    return extensionOnScreen(body.image(j.shoulder), body.image(j.hip), body.image(j.knee), body.image(j.ankle));
  },
  'both sides on screen': (body) => {
    const both = (joint: keyof (typeof JOINTS)['left']) => midpoint2(body.image(JOINTS.left[joint]), body.image(JOINTS.right[joint]));
    return extensionOnScreen(both('shoulder'), both('hip'), both('knee'), both('ankle'));
  },
  'near side in 3-D': (body, side) => {
    const j = JOINTS[side];
    const sign = Math.sign(MEASURES['near side on screen']!(body, side)) || 1; // the world angle has no side of the line
    return sign * (180 - angleAt3(body.world(j.hip), body.world(j.shoulder), body.world(j.knee)));
  },
};

/** The camera's side on each of full's frames, as the analysis tracks it. */
function cameraSides(frames: readonly PoseFrame[]): Map<number, Side> {
  const tracker = new CameraSideTracker(DEFAULT_CONFIG.tracking);
  const sides = new Map<number, Side>();
  for (const frame of frames) {
    const body = bodyOf(frame);
    if (body) sides.set(frame.t, tracker.update(body));
  }
  return sides;
}

for (const [clip, exercise] of CLIPS) {
  const reference = recorded('full', clip);
  if (!reference) {
    console.log(`${clip}: no full landmarks in .cache/evaluate (run npm run evaluate first)`);
    continue;
  }
  const reps = analyzeSequence(reference, analyzerOptions(exercise, 'left')).repDetails;
  const sides = cameraSides(reference);
  const recordings = models.map((model) => ({ model, frames: model === 'full' ? reference : recorded(model, clip) }));
  console.log(`\n${clip} (${exercise}, ${reps.length} reps)`);
  for (const [name, measure] of Object.entries(MEASURES)) {
    for (const { model, frames } of recordings) {
      const readings = reps.map((rep) => {
        const atPeak = (frames ?? []).filter((frame) => Math.abs(frame.t - rep.top) <= PEAK_WINDOW_MS);
        const values = atPeak.flatMap((frame) => {
          const [body, side] = [bodyOf(frame), sides.get(frame.t)];
          return body && side ? [measure(body, side)] : [];
        });
        return values.length > 0 ? median(values).toFixed(1) : '-';
      });
      console.log(`  ${name.padEnd(22)} ${model.padEnd(6)} ${frames ? readings.join(' ') : '-'}`);
    }
  }
}
