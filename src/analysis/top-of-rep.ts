/**
 * "At the top" means within a few degrees of the rep's peak angle. The hold
 * is the unbroken stretch of such frames around the peak; top-of-rep faults
 * are judged over the same stretch, so one noisy frame cannot decide them.
 */
import type { AngleSample } from './rep-counter';

export interface TopOfRep<S extends AngleSample> {
  peak: S;
  /** The unbroken run of samples around the peak within tolerance of it (includes the peak). */
  held: S[];
  holdMs: number;
}

function peakIndex(samples: readonly AngleSample[]): number {
  return samples.reduce((best, sample, i) => (sample.angleDeg > (samples[best]?.angleDeg ?? -Infinity) ? i : best), 0);
}

/** Indices [first, last] of the run around `index` whose angles stay within tolerance of peakDeg. */
function runWithin(samples: readonly AngleSample[], index: number, floorDeg: number): [number, number] {
  const atTop = (i: number): boolean => (samples[i]?.angleDeg ?? -Infinity) >= floorDeg;
  let first = index;
  let last = index;
  while (atTop(first - 1)) first -= 1;
  while (atTop(last + 1)) last += 1;
  return [first, last];
}

function spanMs(samples: readonly AngleSample[], first: number, last: number): number {
  return (samples[last]?.t ?? 0) - (samples[first]?.t ?? 0);
}

/** Peak and held stretch of a rep's samples; null for no samples. */
export function topOfRep<S extends AngleSample>(samples: readonly S[], toleranceDeg: number): TopOfRep<S> | null {
  const index = peakIndex(samples);
  const peak = samples[index];
  if (!peak) return null;
  const [first, last] = runWithin(samples, index, peak.angleDeg - toleranceDeg);
  return { peak, held: samples.slice(first, last + 1), holdMs: spanMs(samples, first, last) };
}

/** How long the latest sample has been held near the peak so far; 0 once it has dropped away. */
export function currentHoldMs(samples: readonly AngleSample[], toleranceDeg: number): number {
  const latest = samples.length - 1;
  const peakDeg = samples[peakIndex(samples)]?.angleDeg ?? -Infinity;
  if ((samples[latest]?.angleDeg ?? -Infinity) < peakDeg - toleranceDeg) return 0;
  const [first] = runWithin(samples, latest, peakDeg - toleranceDeg);
  return spanMs(samples, first, latest);
}
