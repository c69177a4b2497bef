/** Loads the real MediaPipe landmark recordings in tests/fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PoseFrame } from '../../../src/analysis';

interface FixtureFile {
  clip: string;
  width: number;
  height: number;
  fps: number;
  frames: { t: number; image: number[] | null; world: number[] | null }[];
}

export interface RealClip {
  name: string;
  frames: PoseFrame[];
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}.landmarks.json`, import.meta.url));
}

export function loadFixture(name: string): RealClip {
  const file = JSON.parse(readFileSync(fixturePath(name), 'utf8')) as FixtureFile;
  const toArray = (values: number[] | null): Float32Array | null => (values ? Float32Array.from(values) : null);
  return {
    name,
    frames: file.frames.map((frame) => ({
      t: frame.t,
      width: file.width,
      height: file.height,
      image: toArray(frame.image),
      world: toArray(frame.world),
    })),
  };
}
