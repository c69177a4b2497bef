/** Summaries shared by every benchmark measure: median and 95th percentile, as the clip analyser reports them. */
import { timingSummary, type TimingSummary } from '../../src/clip/analyze-clip';

export type { TimingSummary };

/** Median and p95 of `samples`, or null when there are none (a measure that could not be taken). */
export function summary(samples: number[]): TimingSummary | null {
  return samples.length > 0 ? timingSummary(samples) : null;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
export const round2 = (value: number) => Math.round(value * 100) / 100;
