/**
 * Runs in the page (served by the tool's dev server): one clip through the app's clip pipeline, handing back
 * every frame's landmarks as plain arrays. A fresh PoseClient (worker and model) per clip, so MediaPipe's
 * tracker never starts a clip from the last one's pose.
 */
import type { AnalyzerOptions, Summary } from '../../src/analysis';
import { analyzeClip } from '../../src/clip/analyze-clip';
import { loadForClip, peopleInClip, type PeopleFound } from '../../src/clip/people-probe';
import { defaultAssetsBase } from '../../src/pose';
import { openVideo } from '../../src/clip/video-frames';
import { PoseClient } from '../../src/pose/pose-client';
import type { EngineInfo, EngineName, ModelVariant, PoseResult } from '../../workers/engine';

/** Typed arrays as plain number arrays, which cross from the page to the tool unchanged. */
export interface PageFrame {
  t: number;
  width: number;
  height: number;
  image: number[] | null;
  world: number[] | null;
  others?: { image: number[]; world: number[] | null }[];
}

export interface PageRecording {
  info: Pick<EngineInfo, 'variant' | 'engine' | 'delegate'>;
  /** The page's own analysis of the clip, to check the tool's against. */
  summary: Summary;
  frames: PageFrame[];
}

const plain = (values: Float32Array | null) => values && Array.from(values);

function plainFrame(pose: PoseResult): PageFrame {
  const frame = { t: pose.t, width: pose.width, height: pose.height, image: plain(pose.image), world: plain(pose.world) };
  return pose.others ? { ...frame, others: pose.others.map((person) => ({ image: Array.from(person.image), world: plain(person.world) })) } : frame;
}

const loadOptions = (model: ModelVariant, engine: EngineName) => ({ variant: model, engine, assetsBase: defaultAssetsBase(), delegate: 'auto' as const });

/** The people the clip analyser looks for in this clip with `people="auto"` (people-probe.ts). */
export async function probeClip(url: string, model: ModelVariant, engine: EngineName): Promise<PeopleFound> {
  const video = await openVideo(await (await fetch(url)).blob());
  const client = new PoseClient();
  try {
    return await peopleInClip(video, client, loadOptions(model, engine));
  } finally {
    client.terminate();
    URL.revokeObjectURL(video.src);
  }
}

/** How often (in frames) progress goes back to the tool. */
const PROGRESS_EVERY = 150;

export async function recordClip(
  url: string,
  model: ModelVariant,
  engine: EngineName,
  options: AnalyzerOptions,
  people: number,
  reportProgress: (text: string) => void,
): Promise<PageRecording> {
  const video = await openVideo(await (await fetch(url)).blob());
  const client = new PoseClient();
  try {
    const loaded = await loadForClip(video, client, loadOptions(model, engine), people);
    const frames: PageFrame[] = [];
    const result = await analyzeClip(video, client, loaded, options, {
      onPose: (pose) => frames.push(plainFrame(pose)),
      onProgress: ({ done, total }) => done % PROGRESS_EVERY === 0 && reportProgress(`${done}/${total} frames`),
    });
    return { info: { variant: result.model, engine: result.engine, delegate: result.delegate }, summary: result, frames };
  } finally {
    client.terminate();
  }
}
