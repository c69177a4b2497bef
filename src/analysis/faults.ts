/**
 * Form faults, judged once per rep over the held stretch at its top. Each kind of fault is a check an
 * exercise lists in its catalogue entry, with the threshold and the cue that exercise needs.
 */
import { median } from '../util/median';
import { angleBetween3, roundDeg } from './geometry';
import { Landmark, type Point3 } from './pose';
import type { Sample } from './exercise-model';
import type { StandingForm } from './standing-form';
import type { TopOfRep } from './top-of-rep';

export interface FaultCheck<Type extends string = string> {
  type: Type;
  /** At or above this size (degrees; degrees a second for a tempo) the fault is flagged. */
  minDeg: number;
  /** Short plain-words correction for the person, shown and spoken. */
  cue: string;
  /** What the history calls it. */
  label: string;
  /** Its colour in the history charts (Okabe-Ito: told apart with the common colour-vision deficiencies). */
  color: string;
  /** The joints it is judged on, both sides: the skeleton draws them in the fault colour while its cue shows (the far side only where seen). */
  joints: readonly number[];
  /**
   * Size of the fault at the top of a rep; null where it cannot be measured. `samples`: the rep's samples from
   * the moment it counted until now (the lowering too, once the rep has ended).
   */
  measure(start: Sample, top: TopOfRep<Sample>, samples: readonly Sample[]): number | null;
}

/** A fault found at the top of one rep. */
export interface FoundFault<Type extends string = string> {
  type: Type;
  /** 1-based rep number. */
  rep: number;
  /** Time of the rep's top, ms. */
  t: number;
  /** Size of the fault in degrees (degrees a second for a tempo). */
  value: number;
  /** Short plain-words correction for the person. */
  cue: string;
}

/** Median of a per-sample reading over the held stretch at the top; null where it is never measured. */
export function heldMedian(top: TopOfRep<Sample>, read: (sample: Sample) => number | null): number | null {
  const readings = top.held.flatMap((sample) => read(sample) ?? []);
  return readings.length > 0 ? median(readings) : null;
}

/** Mean of unit vectors: points along their average direction, which is all an angle needs. */
function meanDirection(vectors: Point3[]): Point3 {
  const sum = vectors.reduce((acc, v) => ({ x: acc.x + v.x, y: acc.y + v.y, z: acc.z + v.z }), { x: 0, y: 0, z: 0 });
  return { x: sum.x / vectors.length, y: sum.y / vectors.length, z: sum.z / vectors.length };
}

const HIPS = [Landmark.leftHip, Landmark.rightHip];
const SHOULDERS = [Landmark.leftShoulder, Landmark.rightShoulder];

/** Hips pushed past the straight shoulder-hip-knee line at the top: the lower back doing the glutes' work. */
export function lumbarOverarch(minDeg: number, cue = 'Ribs down: stop the lift when hips line up with knees and shoulders'): FaultCheck<'lumbar-overarch'> {
  return {
    type: 'lumbar-overarch',
    minDeg,
    cue,
    label: 'Lower back arched',
    color: '#d55e00',
    joints: [...SHOULDERS, ...HIPS, Landmark.leftKnee, Landmark.rightKnee],
    // Typical hip position while held (a few degrees below the peak at most), so one frame's jitter does not decide it.
    measure: (_start, top) => heldMedian(top, (s) => s.extensionDeg),
  };
}

/** The chin lifting at the top, which pulls the neck and lower back into extension. */
export function headBack(minDeg: number): FaultCheck<'head-back'> {
  return {
    type: 'head-back',
    minDeg,
    cue: 'Keep your chin tucked',
    label: 'Head pushed back',
    color: '#f0e442',
    joints: [Landmark.leftEar, Landmark.rightEar, ...SHOULDERS],
    // Typical head position while held, so a glance during the hold does not decide it.
    measure: (_start, top) => heldMedian(top, (s) => s.headBackDeg),
  };
}

// Hip-line turn from start to top: bridge 5.5-6.7, thrust 1.1-6.3, clamshell 2.6-15.4 (form not labelled).
/** Hip-to-hip line turned this far between the rep's start and its top: the pelvis dropping or rolling. */
export const PELVIC_TURN_MIN_DEG = 20; // clear of every real reading (<= 15.4, MediaPipe's hip depth is noisy): only an obvious drop or roll

/** The pelvis turning during the lift (dropping on one side, or rolling back when lying on the side). */
export function pelvicTurn(minDeg: number, cue: string): FaultCheck<'pelvic-drop'> {
  return {
    type: 'pelvic-drop',
    minDeg,
    cue,
    label: 'Hips not level',
    color: '#009e73',
    joints: HIPS,
    // Turn of the hip line from the start of the lift, so each person's own level pelvis is the reference.
    measure: (start, top) => angleBetween3(start.hipLine, meanDirection(top.held.map((s) => s.hipLine))),
  };
}

/**
 * The working leg drifting forward as it lifts (the hip flexing, so the front of the hip works instead of the
 * glute): the hip's extension lost from the rep's start to its held top, each person's own start the reference.
 */
export function legForward(minDeg: number, cue: string): FaultCheck<'leg-forward'> {
  return {
    type: 'leg-forward',
    minDeg,
    cue,
    label: 'Leg drifted forward',
    color: '#cc79a7',
    joints: [Landmark.leftHip, Landmark.rightHip, Landmark.leftKnee, Landmark.rightKnee, Landmark.leftAnkle, Landmark.rightAnkle],
    measure: (start, top) => {
      const held = heldMedian(top, (s) => s.extensionDeg);
      return start.extensionDeg === null || held === null ? null : start.extensionDeg - held;
    },
  };
}

/** Mean speed of the movement angle from one sample to a later one, degrees a second; null when no time passed. */
function angleSpeed(from: Sample, to: Sample): number | null {
  return to.t > from.t ? (Math.abs(to.angleDeg - from.angleDeg) * 1000) / (to.t - from.t) : null;
}

/**
 * The leg lifted or lowered faster than it can be controlled: momentum, not the glute, moves it. The mean speed
 * of the lift (from the last moment at the bottom to the first at the top) and of the lowering (from the last
 * moment at the top to the last before the bottom), the faster of the two.
 */
export function swing(minDegPerS: number, cue: string): FaultCheck<'swing'> {
  return {
    type: 'swing',
    minDeg: minDegPerS,
    cue,
    label: 'Leg swung',
    color: '#0072b2',
    joints: [Landmark.leftHip, Landmark.rightHip, Landmark.leftKnee, Landmark.rightKnee, Landmark.leftAnkle, Landmark.rightAnkle],
    measure: (start, top, samples) => {
      const lastHeld = top.held.at(-1);
      const lastSample = samples.at(-1);
      const speeds = [
        top.held[0] ? angleSpeed(start, top.held[0]) : null,
        lastHeld && lastSample ? angleSpeed(lastHeld, lastSample) : null,
      ].filter((speed): speed is number => speed !== null);
      return speeds.length > 0 ? Math.max(...speeds) : null;
    },
  };
}

/** One check's size at the top of a rep; null where this view cannot measure it (a front view shows no heel lift). */
export interface CheckAtTop<Type extends string = string> {
  check: FaultCheck<Type>;
  value: number | null;
}

/** Every check measured once at the top of one rep. */
export function measureAtTop<Type extends string>(
  checks: readonly FaultCheck<Type>[],
  start: Sample,
  top: TopOfRep<Sample>,
  samples: readonly Sample[],
): CheckAtTop<Type>[] {
  return checks.map((check) => ({ check, value: check.measure(start, top, samples) }));
}

/** The faults among a rep's measured checks (those at or past their threshold), each with its size. */
export function faultsIn<Type extends string>(measured: readonly CheckAtTop<Type>[], rep: number, t: number): FoundFault<Type>[] {
  return measured.flatMap(({ check, value }) =>
    value === null || value < check.minDeg ? [] : [{ type: check.type, rep, t, value: roundDeg(value), cue: check.cue }],
  );
}

/** The faults found at the top of one rep, each with its size. */
export function faultsAtTop<Type extends string>(
  checks: readonly FaultCheck<Type>[],
  rep: number,
  start: Sample,
  top: TopOfRep<Sample>,
  samples: readonly Sample[],
): FoundFault<Type>[] {
  return faultsIn(measureAtTop(checks, start, top, samples), rep, top.peak.t);
}

/** A standing exercise's fault, judged on its form over the held deepest stretch (a standing rep's top is its bottom). */
function atTheBottom<Type extends string>(
  kind: Omit<FaultCheck<Type>, 'measure'>,
  read: (form: StandingForm) => number | null,
): FaultCheck<Type> {
  return { ...kind, measure: (_start, top) => heldMedian(top, (sample) => (sample.standing ? read(sample.standing) : null)) };
}

/**
 * Standing tall, leaning back with the hips pushed past the shoulder-knee line: the lower back extending, as a
 * bridge's over-arch is. Judged standing before each descent (a standing rep starts there).
 */
export function leanBack(minDeg: number, cue: string): FaultCheck<'lumbar-overarch'> {
  return { ...lumbarOverarch(minDeg, cue), measure: (start) => start.extensionDeg };
}

const KNEES = [Landmark.leftKnee, Landmark.rightKnee];
const FEET = [Landmark.leftHeel, Landmark.rightHeel, Landmark.leftFootIndex, Landmark.rightFootIndex];

/** The knees bending so far against the hips that a hinge turns into a squat; size: knee over hip flexion x 100. */
export function kneesForward(minRatio: number, cue: string): FaultCheck<'knees-forward'> {
  return atTheBottom(
    { type: 'knees-forward', minDeg: minRatio * 100, cue, label: 'Knees bent, hips down', color: '#e69f00', joints: [...HIPS, ...KNEES] },
    (form) => form.kneeToHipFlexion * 100,
  );
}

/** A knee caving in toward the midline (front view only): `leg` says which knees are judged; size: % of the hips' width. */
export function kneeCaveIn(minShift: number, cue: string, leg: 'both' | 'front'): FaultCheck<'knee-cave-in'> {
  return atTheBottom(
    { type: 'knee-cave-in', minDeg: minShift * 100, cue, label: 'Knee caving in', color: '#cc79a7', joints: [...HIPS, ...KNEES, Landmark.leftAnkle, Landmark.rightAnkle] },
    ({ kneeInward, frontLeg }) => (kneeInward === null ? null : 100 * (leg === 'front' ? kneeInward[frontLeg] : Math.max(kneeInward.left, kneeInward.right))),
  );
}

/** A heel rising off the floor (side view only). */
export function heelLift(minDeg: number, cue: string): FaultCheck<'heel-lift'> {
  return atTheBottom(
    { type: 'heel-lift', minDeg, cue, label: 'Heels lifting', color: '#56b4e9', joints: FEET },
    (form) => form.heelUpDeg,
  );
}

/** The torso falling forward toward the toes (side view only). */
export function torsoForward(minDeg: number, cue: string): FaultCheck<'torso-forward'> {
  return atTheBottom(
    { type: 'torso-forward', minDeg, cue, label: 'Torso leaning forward', color: '#0072b2', joints: [...SHOULDERS, ...HIPS] },
    (form) => form.torsoForwardDeg,
  );
}

/** The feet in one line, as on a tightrope (front view only); size: how far short of the width, % of the hips' width. */
export function narrowStance(minShortfall: number, cue: string): FaultCheck<'narrow-stance'> {
  return atTheBottom(
    { type: 'narrow-stance', minDeg: minShortfall * 100, cue, label: 'Feet in one line', color: '#009e73', joints: [Landmark.leftAnkle, Landmark.rightAnkle] },
    (form) => (form.stanceWidth === null ? null : (1 - form.stanceWidth) * 100),
  );
}
