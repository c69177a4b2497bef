/** Locates the shared real-footage clips (never copied into the repository) and their labels. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ClipLabel {
  file: string;
  /** An exercise id, possibly one the coach does not know yet (squat, donkey-kick…); null: not an exercise it counts. */
  exercise: string | null;
  /** The working leg, where the exercise has one. */
  side?: 'left' | 'right';
  /** A form of the exercise ("frog pump: soles together, knees out"). */
  variant?: string;
  /** The most likely count. */
  reps: number;
  /** The range a correct count may fall in, where the footage leaves room (cuts, a body partly out of view). */
  repsRange?: [number, number];
  /** Per fault type: how many reps show it, or a sentence ("at least 5 of the 6 reps"). */
  faults?: Record<string, number | string>;
}

interface LabelsFile {
  /** The first four clips: the ones tests/fixtures holds recorded landmarks for. */
  clips: ClipLabel[];
  /** Clips added later. */
  more?: ClipLabel[];
}

export function clipsDir(): string {
  const dir = process.env.GLUTE_CLIPS_DIR ?? join(repoRoot, '..', 'shared', 'clips');
  if (!existsSync(join(dir, 'labels.json'))) {
    throw new Error(`The shared clips are missing: expected ${dir}/labels.json (set GLUTE_CLIPS_DIR to override).`);
  }
  return dir;
}

export function clipPath(file: string): string {
  return join(clipsDir(), file);
}

function readLabels(labelsFile: string): LabelsFile {
  return JSON.parse(readFileSync(labelsFile, 'utf8')) as LabelsFile;
}

/** Every labelled clip of a labels file (both lists); its clips lie beside it. The shared clips by default. */
export function clipLabels(labelsFile = join(clipsDir(), 'labels.json')): ClipLabel[] {
  const labels = readLabels(labelsFile);
  return [...labels.clips, ...(labels.more ?? [])];
}

/** The shared `clips` list only: the four clips with recorded fixtures, which the slower checks stay on. */
export function firstClipLabels(): ClipLabel[] {
  return readLabels(join(clipsDir(), 'labels.json')).clips;
}
