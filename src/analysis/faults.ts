/** Form faults, judged once per rep over the held stretch at its top. */
import { median } from '../util/median';
import type { AnalysisConfig } from './config';
import type { Sample } from './exercise-model';
import { angleBetween3, roundDeg } from './geometry';
import type { Point3 } from './pose';
import type { TopOfRep } from './top-of-rep';
import type { ExerciseId, Fault, FaultType } from './types';

export const FAULTS_CHECKED: Record<ExerciseId, readonly FaultType[]> = {
  'glute-bridge': ['lumbar-overarch', 'pelvic-drop'],
  'hip-thrust': ['lumbar-overarch', 'head-back', 'pelvic-drop'],
  clamshell: ['pelvic-drop'],
};

const CUES: Record<FaultType, string> = {
  'lumbar-overarch': 'Ribs down: stop the lift when hips line up with knees and shoulders',
  'head-back': 'Keep your chin tucked',
  'pelvic-drop': 'Keep your hips level',
};

/** Lying on the side, a turning pelvis rolls backward rather than dropping. */
const CLAMSHELL_PELVIC_CUE = "Keep your hips stacked: don't roll back";

export function cueFor(type: FaultType, exercise: ExerciseId): string {
  return type === 'pelvic-drop' && exercise === 'clamshell' ? CLAMSHELL_PELVIC_CUE : CUES[type];
}

const MIN_DEG: Record<FaultType, keyof AnalysisConfig['faults']> = {
  'lumbar-overarch': 'lumbarOverarchMinDeg',
  'head-back': 'headBackMinDeg',
  'pelvic-drop': 'pelvicDropMinDeg',
};

/** Median of a per-sample reading over the held stretch at the top; null where it is never measured. */
function heldMedian(top: TopOfRep<Sample>, read: (sample: Sample) => number | null): number | null {
  const readings = top.held.flatMap((sample) => read(sample) ?? []);
  return readings.length > 0 ? median(readings) : null;
}

/** Mean of unit vectors: points along their average direction, which is all an angle needs. */
function meanDirection(vectors: Point3[]): Point3 {
  const sum = vectors.reduce((acc, v) => ({ x: acc.x + v.x, y: acc.y + v.y, z: acc.z + v.z }), { x: 0, y: 0, z: 0 });
  return { x: sum.x / vectors.length, y: sum.y / vectors.length, z: sum.z / vectors.length };
}

/** Size of each fault in degrees at the top of a rep; null where it cannot be measured. */
const MEASURES: Record<FaultType, (start: Sample, top: TopOfRep<Sample>) => number | null> = {
  // Typical hip position while held (a few degrees below the peak at most), so one frame's jitter does not decide it.
  'lumbar-overarch': (_start, top) => heldMedian(top, (s) => s.extensionDeg),
  // Typical head position while held, so a glance during the hold does not decide it.
  'head-back': (_start, top) => heldMedian(top, (s) => s.headBackDeg),
  // Turn of the hip line from the start of the lift, so each person's own level pelvis is the reference.
  'pelvic-drop': (start, top) => angleBetween3(start.hipLine, meanDirection(top.held.map((s) => s.hipLine))),
};

/** The faults found at the top of one rep, each with its size in degrees. */
export function faultsAtTop(
  exercise: ExerciseId,
  rep: number,
  start: Sample,
  top: TopOfRep<Sample>,
  thresholds: AnalysisConfig['faults'],
): Fault[] {
  return FAULTS_CHECKED[exercise].flatMap((type) => {
    const value = MEASURES[type](start, top);
    if (value === null || value < thresholds[MIN_DEG[type]]) return [];
    return [{ type, rep, t: top.peak.t, value: roundDeg(value), cue: cueFor(type, exercise) }];
  });
}
