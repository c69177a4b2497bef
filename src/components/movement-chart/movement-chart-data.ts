/**
 * What the movement chart shows, worked out from a movement angle series and the reps counted on it (pure, so
 * it is tested without a browser): the counting zones, each rep's top with its held stretch, and its faults.
 */
import { DEFAULT_CONFIG, exerciseById, type ExerciseId, type FaultType, type RepDetail } from '../../analysis';
import { topOfRep } from '../../analysis/top-of-rep';
import type { MovementSeries } from '../../storage';

/** The movement angle over time: `t` in ms (ascending), one angle per moment, null where it was not tracked. */
export interface AngleSeries {
  t: readonly number[];
  angleDeg: readonly (number | null)[];
}

export interface RepMark {
  rep: number;
  /** The top (the rep's peak), ms. */
  top: number;
  /** The angle there; null when the series does not reach it. */
  angleDeg: number | null;
  /** The held stretch around the top, [from, to] ms; null when the series holds no sample of the rep. */
  held: [from: number, to: number] | null;
  faults: FaultType[];
}

export interface MovementChartData {
  /** Seconds from the series' clock origin (the chart's x). */
  x: number[];
  y: (number | null)[];
  /** The counting zones: at or below `bottomMaxDeg` is the bottom, at or above `topMinDeg` the top. */
  zones: { bottomMaxDeg: number; topMinDeg: number };
  reps: RepMark[];
  /** The exercise's chart colour (the catalogue's). */
  color: string;
}

/** A stored series (a value every `stepMs`) as the moments and angles the chart reads. */
export function seriesPoints({ startMs, stepMs, angleDeg }: MovementSeries): AngleSeries {
  return { t: angleDeg.map((_, index) => startMs + index * stepMs), angleDeg };
}

/** Index of the sample nearest `t` in the ascending `times`; -1 when there are none. */
export function nearestIndex(times: readonly number[], t: number): number {
  let low = 0;
  let high = times.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! < t) low = middle + 1;
    else high = middle;
  }
  return low > 0 && t - times[low - 1]! < times[low]! - t ? low - 1 : low;
}

/** The samples from `start` to `end` that were tracked. */
function trackedBetween(series: AngleSeries, start: number, end: number): { t: number; angleDeg: number }[] {
  return series.t.flatMap((t, i) => {
    const angleDeg = series.angleDeg[i] ?? null;
    return t >= start && t <= end && angleDeg !== null ? [{ t, angleDeg }] : [];
  });
}

/** The held stretch as the analysis reads it: the unbroken run near the rep's peak (src/analysis/top-of-rep.ts). */
function heldStretch(series: AngleSeries, rep: RepDetail): [number, number] | null {
  const top = topOfRep(trackedBetween(series, rep.start, rep.end), DEFAULT_CONFIG.holdToleranceDeg);
  return top ? [top.held[0]!.t, top.held.at(-1)!.t] : null;
}

function repMark(series: AngleSeries, rep: RepDetail): RepMark {
  const index = nearestIndex(series.t, rep.top);
  return {
    rep: rep.rep,
    top: rep.top,
    angleDeg: index < 0 ? null : (series.angleDeg[index] ?? null),
    held: heldStretch(series, rep),
    faults: rep.faults,
  };
}

export function movementChartData(exercise: ExerciseId, series: AngleSeries, reps: readonly RepDetail[]): MovementChartData {
  const { reps: zones, chartColor } = exerciseById(exercise);
  return {
    x: series.t.map((t) => t / 1000),
    y: [...series.angleDeg],
    zones: { bottomMaxDeg: zones.bottomMaxDeg, topMinDeg: zones.topMinDeg },
    reps: reps.map((rep) => repMark(series, rep)),
    color: chartColor,
  };
}

/** The rep under way at `t` (from its start to its end), or null between reps. */
export function repAt(reps: readonly RepDetail[], t: number): RepDetail | null {
  return reps.find((rep) => t >= rep.start && t <= rep.end) ?? null;
}

/** A fault is shown from a little before its held top to a little after, so a short hold is still seen. */
const FAULT_MARGIN_MS = 300;

/** The faults of the rep whose held top (with a margin) holds `t`: what the replay draws in red then. */
export function faultsAt(marks: readonly RepMark[], t: number): FaultType[] {
  return marks.flatMap((mark) => {
    const [from, to] = mark.held ?? [mark.top, mark.top];
    return t >= from - FAULT_MARGIN_MS && t <= to + FAULT_MARGIN_MS ? mark.faults : [];
  });
}
