/** The evaluation's cached landmarks of one clip, for the scripts that compare the models on the same frames. */
import { existsSync } from 'node:fs';
import type { PoseFrame } from '../../src/analysis';
import { hipAngleOnScreen } from '../../src/analysis/supine';
import { clipPath } from '../../tests/support/clips';
import { LandmarkCache } from '../evaluate/landmarks';
import type { EngineName, ModelVariant } from '../../workers/engine';

/** A clip's frames as `npm run evaluate` recorded them (one person looked for); null where not recorded. */
export function cachedFrames(variant: ModelVariant, engine: EngineName, clip: string): PoseFrame[] | null {
  const cache = new LandmarkCache('.cache/evaluate', variant, engine, 1);
  const path = clipPath(clip);
  return existsSync(path) ? (cache.read(path, cache.keyFor(path))?.frames ?? null) : null;
}

/** Degrees past the straight shoulder-hip-knee line, + with the hip above it (the analysis' own reading). */
export const extensionOnScreen = (...points: Parameters<typeof hipAngleOnScreen>): number => hipAngleOnScreen(...points) - 180;
