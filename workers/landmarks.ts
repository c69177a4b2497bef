/** Packs one runtime's landmark objects into the engines' shared format (see engine.ts). */
import { LANDMARK_COUNT, LANDMARK_STRIDE } from './engine';

export interface LandmarkPoint {
  x: number;
  y: number;
  z?: number | undefined;
  visibility?: number | undefined;
}

/** LANDMARK_COUNT x [x, y, z, visibility] as one Float32Array, or null when the pose is missing or incomplete. */
export function packLandmarks(points: readonly LandmarkPoint[] | null | undefined): Float32Array | null {
  if (!points || points.length < LANDMARK_COUNT) return null;
  const packed = new Float32Array(LANDMARK_COUNT * LANDMARK_STRIDE);
  for (let i = 0; i < LANDMARK_COUNT; i++) {
    const p = points[i]!;
    packed.set([p.x, p.y, p.z ?? 0, p.visibility ?? 0], i * LANDMARK_STRIDE);
  }
  return packed;
}
