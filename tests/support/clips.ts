/** Locates the shared real-footage clips (never copied into the repository) and their labels. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ClipLabel {
  file: string;
  exercise: 'glute-bridge' | 'hip-thrust' | 'clamshell' | null;
  side?: 'left' | 'right';
  reps: number;
  faults?: Record<string, number | string>;
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

export function clipLabels(): ClipLabel[] {
  return (JSON.parse(readFileSync(join(clipsDir(), 'labels.json'), 'utf8')) as { clips: ClipLabel[] }).clips;
}
