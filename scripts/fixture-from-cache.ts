/**
 * Cuts a landmark fixture from the evaluation's cache (`npm run evaluate` records it; .cache/evaluate/): the
 * frames of one clip between two times, rounded as `record-fixtures` rounds them, written to
 * tests/fixtures/<clip>.landmarks.json. Only landmarks are kept, never frames. For the later clips, whose
 * fixtures need only the stretch their tests use.
 * Usage: npx tsx scripts/fixture-from-cache.ts <clip.mp4> [--from <s>] [--to <s>] [--model full|lite|heavy]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_FPS } from '../src/clip/video-frames';
import { MODEL_VARIANTS } from '../workers/engine';
import { clipPath } from '../tests/support/clips';
import { commandLine } from './lib/command-line';
import { LandmarkCache } from './evaluate/landmarks';

const cli = commandLine('fixture-from-cache');
const { values, positionals } = cli.parse({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { from: { type: 'string', default: '0' }, to: { type: 'string', default: 'Infinity' }, model: { type: 'string', default: 'full' } },
});
const clip = positionals[0] ?? cli.fail('name a clip, e.g. donkey-kick-side-right.mp4');
const model = cli.oneOf('model', values.model, MODEL_VARIANTS);
const [fromMs, toMs] = [Number(values.from) * 1000, Number(values.to) * 1000];

const cache = new LandmarkCache('.cache/evaluate', model, 'mediapipe', 1);
const recording = cache.read(clipPath(clip), cache.keyFor(clipPath(clip))) ?? cli.fail(`no cached landmarks of ${clip}: run npm run evaluate first`);
const frames = recording.frames.filter((frame) => frame.t >= fromMs && frame.t <= toMs);
const first = frames[0] ?? cli.fail('no frames between those times');
const round = (values: Float32Array | null) => values && Array.from(values, (v) => Number(v.toFixed(4)));
const fixture = {
  clip,
  model: recording.info.variant,
  engine: recording.info.engine,
  width: first.width,
  height: first.height,
  fps: ANALYSIS_FPS, // the evaluation samples every clip at this fixed rate
  frames: frames.map((frame) => ({ t: frame.t, image: round(frame.image), world: round(frame.world) })),
};
const suffix = model === 'full' ? '' : `.${model}`;
const file = join('tests/fixtures', `${clip.replace(/\.mp4$/, '')}${suffix}.landmarks.json`);
writeFileSync(file, JSON.stringify(fixture) + '\n');
console.error(`${file}: ${frames.length} frames, ${(first.t / 1000).toFixed(2)}-${(frames.at(-1)!.t / 1000).toFixed(2)} s`);
