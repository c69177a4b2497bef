/**
 * npm run evaluate [-- <labels.json>] [--clips <dir>] [--json] [--model lite|full|heavy] [--engine mediapipe|tfjs]
 *                  [--refresh] [--cache <dir>] [--fps <n>] [--people auto|<n>]
 * Scores the analysis on labelled footage: every clip through the real clip pipeline (as `npm run analyze`) for
 * its own exercise and, as negatives, for every other exercise the coach knows; a table per clip and a summary
 * (docs/accuracy.md). The landmarks are cached under .cache/evaluate/, so a re-run after an analysis change is
 * Node only. The clips are the labels file's neighbours unless --clips says where. Exits 0 whatever the
 * numbers (it is a measurement), 2 on bad input, 1 when the pipeline fails. --fps: analyse the recorded landmarks
 * subsampled to that many frames a second (what a device that analyses fewer frames would see; the lowest rate
 * at which nothing changes is what `auto` must sustain). --people: how many people the model looks for in each
 * frame; auto (the default, as the clip analyser): one, or two where a first look at the clip finds someone else
 * (src/clip/people-probe.ts; the choice is cached with the landmarks). The tfjs engine finds one whatever is asked.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyzeSequence } from '../src/analysis';
import type { PeopleChoice } from '../src/clip/people-probe';
import { MODEL_VARIANTS, type EngineName, type ModelVariant } from '../workers/engine';
import { clipLabels, clipsDir, type ClipLabel } from '../tests/support/clips';
import { subsampled } from '../tests/support/virtual-camera';
import { commandLine, peopleOption, type CommandLine } from './lib/command-line';
import { clipLandmarks, clipPeople, LandmarkCache, type Recording } from './evaluate/landmarks';
import { clipTable, summaryText, type ClipReport } from './evaluate/report';
import { summarise } from './evaluate/score';
import { recognitionLine, recognitionResult, recognitionSummary } from './evaluate/recognition';
import { recordingTrial, runTrials } from './evaluate/trials';

const ENGINES: readonly EngineName[] = ['mediapipe', 'tfjs'];

interface Request {
  labelsFile: string;
  clipsDir: string;
  json: boolean;
  model: ModelVariant;
  engine: EngineName;
  refresh: boolean;
  cacheDir: string;
  /** Analysed frames a second; null: every recorded frame (30). */
  fps: number | null;
  people: PeopleChoice;
}

const cli: CommandLine = commandLine('evaluate');

function parseRequest(argv: string[]): Request {
  const { values, positionals } = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      clips: { type: 'string' },
      json: { type: 'boolean', default: false },
      model: { type: 'string', default: 'full' },
      engine: { type: 'string', default: 'mediapipe' },
      refresh: { type: 'boolean', default: false },
      cache: { type: 'string', default: '.cache/evaluate' },
      fps: { type: 'string' },
      people: { type: 'string', default: 'auto' },
    },
  });
  const labelsFile = resolve(positionals[0] ?? join(clipsDir(), 'labels.json'));
  if (!existsSync(labelsFile)) cli.fail(`no such labels file: ${labelsFile}`);
  return {
    labelsFile,
    clipsDir: resolve(values.clips ?? dirname(labelsFile)),
    json: values.json,
    model: cli.oneOf('model', values.model, MODEL_VARIANTS),
    engine: cli.oneOf('engine', values.engine, ENGINES),
    refresh: values.refresh,
    cacheDir: resolve(values.cache),
    fps: values.fps === undefined ? null : cli.positiveNumber('fps', values.fps),
    people: peopleOption(cli, values.people),
  };
}

/** A fresh recording's page analysis must equal the Node analysis of the same landmarks, or the cache is not the pipeline. */
function checkAgainstPage(label: ClipLabel, recording: Recording): void {
  if (!recording.pageSummary) return;
  const inNode = analyzeSequence(recording.frames, recordingTrial(label).options);
  const page = recording.pageSummary as unknown as Record<string, unknown>;
  if (!Object.entries(inNode).every(([field, value]) => isDeepStrictEqual(value, page[field]))) {
    throw new Error(`${label.file}: the analysis in Node differs from the page's on the same landmarks`);
  }
}

/** Every clip's landmarks, each recorded looking for as many people as `--people` says for it. */
async function landmarksOf(labels: ClipLabel[], paths: string[], request: Request): Promise<Recording[]> {
  const log = (line: string) => console.error(line);
  const cacheFor = (people: number) => new LandmarkCache(request.cacheDir, request.model, request.engine, people);
  const people = request.people === 'auto' ? await clipPeople(paths, cacheFor(1), request.refresh, log) : paths.map(() => request.people as number);
  const recordings: Recording[] = [];
  for (const count of new Set(people)) {
    const clips = labels.flatMap((label, i) => (people[i] === count ? [i] : []));
    const recorded = await clipLandmarks(clips.map((i) => ({ path: paths[i]!, options: recordingTrial(labels[i]!).options })), cacheFor(count), request, log);
    clips.forEach((i, j) => (recordings[i] = recorded[j]!));
  }
  return recordings;
}

async function main(): Promise<void> {
  const request = parseRequest(process.argv.slice(2));
  const labels = clipLabels(request.labelsFile);
  const paths = labels.map((label) => join(request.clipsDir, label.file));
  const absent = paths.filter((path) => !existsSync(path));
  if (absent.length > 0) cli.fail(`clips not found: ${absent.join(', ')}`);
  const started = Date.now();
  const recordings = await landmarksOf(labels, paths, request);
  const clips: ClipReport[] = labels.map((label, i) => {
    const recording = recordings[i]!;
    checkAgainstPage(label, recording);
    const { variant, engine, delegate } = recording.info;
    const frames = request.fps ? subsampled(recording.frames, request.fps) : recording.frames;
    const trials = runTrials(label, frames);
    const { people, cached } = recording;
    return { file: label.file, exercise: label.exercise, model: variant, engine, delegate, people, cached, trials, recognition: recognitionResult(label, frames) };
  });
  const summary = summarise(clips.flatMap((clip) => clip.trials));
  console.error(`evaluated ${clips.length} clips in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (request.json) {
    const { labelsFile, model, engine, fps } = request;
    const recognitionRight = clips.filter((clip) => clip.recognition.right).length;
    process.stdout.write(JSON.stringify({ labels: labelsFile, model, engine, fps, clips, summary: { ...summary, recognitionRight } }) + '\n');
  } else {
    const tables = clips.map((clip) => `${clipTable(clip)}\n${recognitionLine(clip.recognition)}`);
    const summaries = [summaryText(summary), recognitionSummary(clips.map((clip) => clip.recognition))];
    process.stdout.write([...tables, summaries.join('\n')].join('\n\n') + '\n');
  }
}

main().catch((error: unknown) => {
  console.error(`evaluate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
