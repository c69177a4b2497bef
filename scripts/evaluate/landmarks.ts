/**
 * The landmarks of each clip, through the real clip pipeline in headless Chromium (src/clip: the video sampled
 * at a fixed rate by seeking -> PoseClient.detect in the pose worker -> analysis), cached per clip, model and
 * engine so that a re-run when only the analysis changed needs no browser. Only landmarks are kept, never frames.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright';
import type { AnalyzerOptions, PoseFrame, Summary } from '../../src/analysis';
import { ANALYSIS_FPS } from '../../src/clip/video-frames';
import type { EngineInfo, EngineName, ModelVariant } from '../../workers/engine';
import { openApp } from '../lib/app-browser';
import type { PageFrame, PageRecording } from './page-recorder';
import { PEOPLE_PROBE, type PeopleFound } from '../../src/clip/people-probe';

/**
 * Bump when the path from file to landmarks changes in a way the clip's and model's hashes do not show (how
 * video-frames samples, what the worker or an engine does to a frame), so old caches are not read as new.
 */
export const LANDMARKS_PIPELINE_VERSION = 1;

export interface CacheKey {
  clipSha256: string;
  modelSha256: string;
  model: ModelVariant;
  engine: EngineName;
  analysisFps: number;
  pipeline: number;
  /** People the model looked for, where more than one (so the caches of one person made before it still read). */
  people?: number;
}

export interface Recording {
  frames: PoseFrame[];
  info: Pick<EngineInfo, 'variant' | 'engine' | 'delegate'>;
  /** People the model looked for in each frame. */
  people: number;
  /** Read from the cache (true) or recorded in this run. */
  cached: boolean;
  /** A fresh recording's analysis as the page ran it (with the page's own fields beside), to check the Node analysis against. */
  pageSummary: Summary | null;
}

export interface ClipRequest {
  path: string;
  /** What the page analyses while recording (any exercise: the landmarks do not depend on it). */
  options: AnalyzerOptions;
}

interface CachedFrame {
  t: number;
  width: number;
  height: number;
  /** Float32 landmarks, base64: exact, so the Node analysis sees the very values the page saw. */
  image: string | null;
  world: string | null;
  others?: { image: string; world: string | null }[];
}

interface CacheFile {
  key: CacheKey;
  info: Recording['info'];
  frames: CachedFrame[];
}

/** Each file hashed once a run: the first look's cache and the landmarks' both key on the clip's hash. */
const hashes = new Map<string, string>();
function sha256(path: string): string {
  let hash = hashes.get(path);
  if (hash === undefined) hashes.set(path, (hash = createHash('sha256').update(readFileSync(path)).digest('hex')));
  return hash;
}

function modelSha256(model: ModelVariant, engine: EngineName): string {
  const manifest = JSON.parse(readFileSync('public/models/models.json', 'utf8')) as {
    models: Record<ModelVariant, { sha256: string }>;
    tfjs: Record<ModelVariant, { weights: { sha256: string } }>;
  };
  return engine === 'tfjs' ? manifest.tfjs[model].weights.sha256 : manifest.models[model].sha256;
}

const toBase64 = (values: number[] | null) => values && Buffer.from(new Float32Array(values).buffer).toString('base64');
/** Copied into its own buffer: a decoded Buffer may sit at an offset no Float32Array can start on. */
const fromBase64 = (text: string | null) => text === null ? null : new Float32Array(new Uint8Array(Buffer.from(text, 'base64')).buffer);

function cachedFrame(frame: PageFrame): CachedFrame {
  const cached = { t: frame.t, width: frame.width, height: frame.height, image: toBase64(frame.image), world: toBase64(frame.world) };
  return frame.others ? { ...cached, others: frame.others.map((person) => ({ image: toBase64(person.image)!, world: toBase64(person.world) })) } : cached;
}

function poseFrame(frame: CachedFrame): PoseFrame {
  const pose = { t: frame.t, width: frame.width, height: frame.height, image: fromBase64(frame.image), world: fromBase64(frame.world) };
  return frame.others ? { ...pose, others: frame.others.map((person) => ({ image: fromBase64(person.image)!, world: fromBase64(person.world) })) } : pose;
}

export class LandmarkCache {
  /** The tfjs engine's BlazePose finds one person whatever is asked, so its landmarks do not depend on `people`. */
  readonly people: number;

  constructor(
    readonly dir: string,
    readonly model: ModelVariant,
    readonly engine: EngineName,
    people: number,
  ) {
    this.people = engine === 'tfjs' ? 1 : people;
  }

  keyFor(clip: string): CacheKey {
    return {
      clipSha256: sha256(clip),
      modelSha256: modelSha256(this.model, this.engine),
      model: this.model,
      engine: this.engine,
      analysisFps: ANALYSIS_FPS,
      pipeline: LANDMARKS_PIPELINE_VERSION,
      ...(this.people > 1 ? { people: this.people } : {}),
    };
  }

  private fileFor(clip: string): string {
    return this.named(clip, this.people > 1 ? `people${this.people}.json` : 'json');
  }

  /** Where the first look's choice for `clip` is kept (clipPeople). */
  peopleFileFor(clip: string): string {
    return this.named(clip, 'people.json');
  }

  private named(clip: string, ending: string): string {
    return join(this.dir, `${basename(clip)}.${this.model}.${this.engine}.${ending}`);
  }

  read(clip: string, key: CacheKey): Recording | null {
    const file = this.fileFor(clip);
    if (!existsSync(file)) return null;
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (JSON.stringify(cached.key) !== JSON.stringify(key)) return null;
    const frames = cached.frames.map(poseFrame);
    return { frames, info: cached.info, people: this.people, cached: true, pageSummary: null };
  }

  write(clip: string, key: CacheKey, recording: PageRecording): Recording {
    const frames = recording.frames.map(cachedFrame);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.fileFor(clip), JSON.stringify({ key, info: recording.info, frames } satisfies CacheFile));
    return { ...this.read(clip, key)!, cached: false, pageSummary: recording.summary };
  }
}

/** The people the clip analyser's `people="auto"` looks for, per clip, as a first look found them. */
interface PeopleFile extends PeopleFound {
  key: CacheKey & { probe: typeof PEOPLE_PROBE };
}

/**
 * The clip analyser's `people="auto"` choice for each clip (people-probe.ts), cached beside the landmarks: read
 * where the cache holds it for this clip, model and probe, else looked for in one browser session. The tfjs engine
 * finds one person whatever is asked, so it needs no look.
 */
export async function clipPeople(paths: string[], cache: LandmarkCache, refresh: boolean, log: (line: string) => void): Promise<number[]> {
  if (cache.engine === 'tfjs') return paths.map(() => 1);
  const keys = paths.map((path) => ({ ...cache.keyFor(path), probe: PEOPLE_PROBE }));
  const files = paths.map((path) => cache.peopleFileFor(path));
  const cached = files.map((file, i) => {
    if (refresh || !existsSync(file)) return null;
    const read = JSON.parse(readFileSync(file, 'utf8')) as PeopleFile;
    return JSON.stringify(read.key) === JSON.stringify(keys[i]) ? read.people : null;
  });
  const missing = paths.flatMap((_path, i) => (cached[i] === null ? [i] : []));
  if (missing.length === 0) return cached as number[];
  await inAppPage(async (page) => {
    for (const i of missing) {
      const path = paths[i]!;
      log(`${basename(path)}: looking for a second person (${cache.model}, ${cache.engine})`);
      const found = await page.evaluate(
        async ([url, model, engine]) => {
          const recorder = (await import('/scripts/evaluate/page-recorder.ts' as string)) as typeof import('./page-recorder');
          return recorder.probeClip(url, model, engine);
        },
        [await serveClip(page, path), cache.model, cache.engine] as const,
      );
      mkdirSync(cache.dir, { recursive: true });
      log(`  a second person on ${found.framesWithOthers} of ${PEOPLE_PROBE.frames} frames: looking for ${found.people}`);
      writeFileSync(files[i]!, JSON.stringify({ key: keys[i]!, ...found } satisfies PeopleFile));
      cached[i] = found.people;
    }
  });
  return cached as number[];
}

/** Runs `use` in the app, served by the tool's dev server, in headless Chromium. */
async function inAppPage(use: (page: Page) => Promise<void>): Promise<void> {
  const app = await openApp('/');
  try {
    await use(app.page);
  } finally {
    await app.close();
  }
}

/** Has the page fetch `path` at a URL of its own; returns that URL. */
async function serveClip(page: Page, path: string): Promise<string> {
  await page.unroute('**/__evaluate-clip/*');
  await page.route('**/__evaluate-clip/*', (route) => route.fulfill({ path }));
  return `/__evaluate-clip/${encodeURIComponent(basename(path))}`;
}

/** Records one clip in the open page (page-recorder.ts, loaded through the tool's dev server). */
function recordInPage(page: Page, url: string, model: ModelVariant, engine: EngineName, people: number, options: AnalyzerOptions): Promise<PageRecording> {
  return page.evaluate(
    async ([url, model, engine, people, options]) => {
      const recorder = (await import('/scripts/evaluate/page-recorder.ts' as string)) as typeof import('./page-recorder');
      const progress = (window as unknown as { reportProgress(text: string): Promise<void> }).reportProgress;
      return recorder.recordClip(url, model, engine, options, people, (text) => void progress(text));
    },
    [url, model, engine, people, options] as const,
  );
}

/**
 * The landmarks of every clip asked for: from the cache where it holds them for this clip file, model, engine
 * and pipeline (unless `refresh`), the rest recorded in one browser session.
 */
export async function clipLandmarks(
  requests: ClipRequest[],
  cache: LandmarkCache,
  { model, engine, refresh }: { model: ModelVariant; engine: EngineName; refresh: boolean },
  log: (line: string) => void,
): Promise<Recording[]> {
  const keys = requests.map((request) => cache.keyFor(request.path));
  const recordings = requests.map((request, i) => (refresh ? null : cache.read(request.path, keys[i]!)));
  const missing = requests.flatMap((request, i) => (recordings[i] ? [] : [i]));
  if (missing.length === 0) return recordings as Recording[];
  await inAppPage(async (page) => {
    await page.exposeFunction('reportProgress', (text: string) => log(`  ${text}`));
    for (const i of missing) {
      const { path, options } = requests[i]!;
      log(`${basename(path)}: recording landmarks (${model}, ${engine}, ${cache.people} ${cache.people > 1 ? 'people' : 'person'})`);
      const recorded = await recordInPage(page, await serveClip(page, path), model, engine, cache.people, options);
      recordings[i] = cache.write(path, keys[i]!, recorded);
    }
  });
  return recordings as Recording[];
}
