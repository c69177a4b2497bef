/** Test page: drives the real pose worker on image files the test serves, and hands results back as JSON. */
import { PoseClient } from '../../../src/pose/pose-client';
import type { DelegateChoice, EngineInfo, EngineOptions, ModelVariant } from '../../../workers/engine';

export interface HarnessFrame {
  t: number;
  width: number;
  height: number;
  image: number[] | null;
  world: number[] | null;
  inferenceMs: number;
  roundTripMs: number;
}

let client: PoseClient | null = null;

/** `runtime` picks the engine (and, for tfjs, a backend); MediaPipe when left out. */
async function load(variant: ModelVariant, delegate: DelegateChoice = 'auto', runtime: Pick<EngineOptions, 'engine' | 'tfjsBackend'> = {}): Promise<EngineInfo> {
  client?.terminate();
  client = new PoseClient();
  return client.load({ variant, delegate, ...runtime, assetsBase: new URL('/', location.href).href });
}

async function bitmapFrom(url: string): Promise<ImageBitmap> {
  const blob = await (await fetch(url)).blob();
  return createImageBitmap(blob);
}

/** Runs every frame in order, waiting for each: nothing is dropped, so the output is deterministic. */
async function detectAll(urls: string[], frameIntervalMs: number): Promise<HarnessFrame[]> {
  if (!client) throw new Error('load() first');
  const frames: HarnessFrame[] = [];
  for (const [index, url] of urls.entries()) {
    const bitmap = await bitmapFrom(url);
    const started = performance.now();
    const pose = await client.detect(bitmap, Math.round(index * frameIntervalMs));
    frames.push({
      t: pose.t,
      width: pose.width,
      height: pose.height,
      image: pose.image ? Array.from(pose.image) : null,
      world: pose.world ? Array.from(pose.world) : null,
      inferenceMs: pose.inferenceMs,
      roundTripMs: performance.now() - started,
    });
  }
  return frames;
}

const poseHarness = { load, detectAll };
export type PoseHarness = typeof poseHarness;
Object.assign(window, { poseHarness });
