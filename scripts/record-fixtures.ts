/**
 * Records the landmark sequences the analysis tests use: every frame of each shared clip through the real
 * pose worker (MediaPipe full), rounded and written to tests/fixtures/<clip>.landmarks.json. Only landmarks
 * are kept, never frames. Usage: npm run record-fixtures [-- --model lite|full|heavy]
 */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { firstClipLabels, clipPath } from '../tests/support/clips';
import { decodeFrames } from '../tests/support/frames';
import type { PoseHarness } from '../tests/browser/harness/pose.page';
import { median } from '../src/util/median';
import type { ModelVariant } from '../workers/engine';
import { openApp } from './lib/app-browser';

type HarnessWindow = Window & { poseHarness: PoseHarness };

const model = (process.argv.includes('--model') ? process.argv[process.argv.indexOf('--model') + 1] : 'full') as ModelVariant;

const round = (values: number[] | null, digits: number) => values && values.map((v) => Number(v.toFixed(digits)));

async function main(): Promise<void> {
  const app = await openApp('/tests/browser/harness/pose.html');
  try {
    await app.page.waitForFunction(() => 'poseHarness' in window);
    for (const label of firstClipLabels()) {
      // A fresh model per clip: MediaPipe's tracker would otherwise start each clip from the last one's pose.
      const info = await app.page.evaluate((m) => (window as unknown as HarnessWindow).poseHarness.load(m, 'CPU', { engine: 'mediapipe' }), model);
      const clip = decodeFrames(clipPath(label.file));
      await app.page.unroute('**/__frames/*');
      await app.page.route('**/__frames/*', (route) => route.fulfill({ path: join(clip.dir, basename(new URL(route.request().url()).pathname)) }));
      const urls = clip.files.map((f) => `/__frames/${f}`);
      const frames = await app.page.evaluate(
        ([u, ms]) => (window as unknown as HarnessWindow).poseHarness.detectAll([...u], ms),
        [urls, 1000 / clip.fps] as const,
      );
      rmSync(clip.dir, { recursive: true, force: true });
      const first = frames[0]!;
      const name = label.file.replace(/\.mp4$/, '');
      const fixture = {
        clip: label.file,
        model: info.variant,
        engine: info.engine,
        width: first.width,
        height: first.height,
        fps: Number(clip.fps.toFixed(3)),
        frames: frames.map((f) => ({ t: f.t, image: round(f.image, 4), world: round(f.world, 4) })),
      };
      const suffix = model === 'full' ? '' : `.${model}`;
      writeFileSync(join('tests/fixtures', `${name}${suffix}.landmarks.json`), JSON.stringify(fixture) + '\n');
      const ms = median(frames.map((f) => f.inferenceMs));
      console.error(`${name}: ${frames.length} frames, ${frames.filter((f) => f.image).length} with a pose, median ${ms.toFixed(1)} ms`);
    }
  } finally {
    await app.close();
  }
}

await main();
