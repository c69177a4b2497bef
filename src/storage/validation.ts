/**
 * Hand-written checks of session records and the safety answer: what an import must pass field by field, and
 * what every write passes too, so anything stored can be exported and imported back. Each problem names where it
 * is (`sessions[3].sets[0].reps[2].romDeg`) and what was expected; nothing is coerced or guessed.
 */
import { alternatesLegs, EXERCISES, FAULT_TYPES, HOLD_IDS, holdById, isHoldId, type Phase } from '../analysis';
import { PAIN_SCALE_MAX } from './pain';
import { RED_FLAGS, type SafetyAnswer, type SessionRecord, type SessionStatus } from './records';
import { SESSION_RECORD_VERSION, type SessionRecordV2, type SessionRecordV4 } from './schema';

/** Adds a line to `problems` for each thing wrong with `value`, found at `path`. */
export type Check = (value: unknown, path: string, problems: string[]) => void;

/** Latest moment a JavaScript Date can hold, ms. */
export const MAX_TIME_MS = 8_640_000_000_000_000;
const DAY_MS = 86_400_000;
const MAX_COUNT = 100_000;
const MAX_SETS = 1_000;
/** An hour of movement at 10 values a second: far more than any set. */
const MAX_SERIES_VALUES = 36_000;

const PHASES = Object.keys({ bottom: true, rising: true, top: true, lowering: true } satisfies Record<Phase, true>) as Phase[];

const STATUSES: readonly SessionStatus[] = ['in-progress', 'complete', 'interrupted', 'skipped'];

/** The offending value in a few characters: enough to find it, never the whole of a huge or hostile string. */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? typeof value;
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

function numberIn(min: number, max: number, whole: boolean): Check {
  const kind = whole ? 'a whole number' : 'a number';
  return (value, path, problems) => {
    const fits = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
    if (!fits || (whole && !Number.isInteger(value))) {
      problems.push(`${path}: must be ${kind} from ${min} to ${max} (got ${shown(value)})`);
    }
  };
}

export const wholeNumber = (min: number, max: number): Check => numberIn(min, max, true);
export const decimal = (min: number, max: number): Check => numberIn(min, max, false);

type Literal = string | number | boolean | null;

export function oneOf(allowed: readonly Literal[]): Check {
  const listed = allowed.map((option) => JSON.stringify(option)).join(', ');
  const expected = allowed.length === 1 ? listed : `one of ${listed}`;
  return (value, path, problems) => {
    if (!allowed.includes(value as Literal)) problems.push(`${path}: must be ${expected} (got ${shown(value)})`);
  };
}

export function text(minLength: number, maxLength: number): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string' || value.length < minLength || value.length > maxLength) {
      problems.push(`${path}: must be text of ${minLength} to ${maxLength} characters (got ${shown(value)})`);
    }
  };
}

export function nullable(check: Check): Check {
  return (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
}

export function listOf(item: Check, maxItems: number): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) problems.push(`${path}: must be a list (got ${shown(value)})`);
    else if (value.length > maxItems) problems.push(`${path}: must hold at most ${maxItems} items (got ${value.length})`);
    else value.forEach((element, index) => item(element, `${path}[${index}]`, problems));
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${shown(key)}]`;
}

/** Every field in `fields` present (unless optional) and valid; no others, so a stray key cannot ride along. */
export function object(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  const listed = objectWith(fields, optional);
  return (value, path, problems) => {
    listed(value, path, problems);
    if (!isPlainObject(value)) return;
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) problems.push(`${fieldPath(path, key)}: not a known field`);
    }
  };
}

/** Every field in `fields` present (unless optional) and valid, whatever else the object holds. */
export function objectWith(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.push(`${path}: must be an object (got ${shown(value)})`);
      return;
    }
    for (const [key, check] of Object.entries(fields)) {
      const present = Object.hasOwn(value, key) && value[key] !== undefined;
      if (present) check(value[key], fieldPath(path, key), problems);
      else if (!optional.includes(key)) problems.push(`${fieldPath(path, key)}: missing`);
    }
  };
}

const time = decimal(0, MAX_TIME_MS);
const moment = wholeNumber(0, MAX_TIME_MS);

const repDetail = object(
  {
    rep: wholeNumber(1, MAX_COUNT),
    start: time,
    top: time,
    end: time,
    holdMs: decimal(0, DAY_MS),
    romDeg: decimal(0, 360),
    peakExtensionDeg: nullable(decimal(-180, 180)),
    faults: listOf(oneOf(FAULT_TYPES), FAULT_TYPES.length),
    leg: oneOf(['left', 'right']),
  },
  ['leg'],
);

const fault = object({
  type: oneOf(FAULT_TYPES),
  rep: wholeNumber(1, MAX_COUNT),
  t: time,
  value: decimal(-360, 360),
  cue: text(0, 500),
});

const painRating = nullable(wholeNumber(0, PAIN_SCALE_MAX));

const painStop = object({
  t: time,
  set: wholeNumber(1, MAX_SETS),
  rep: wholeNumber(1, MAX_COUNT),
  phase: oneOf(PHASES),
  angleDeg: nullable(decimal(-360, 360)),
});

const movementSeries = object({
  startMs: time,
  stepMs: decimal(1, 60_000),
  angleDeg: listOf(nullable(decimal(-360, 360)), MAX_SERIES_VALUES),
});

const holdPause = object({ t: time, reason: text(1, 500), resumedAt: nullable(time) });

const holdRecord = object(
  {
    side: oneOf(['left', 'right', null]),
    targetMs: decimal(1, DAY_MS),
    heldMs: decimal(0, DAY_MS),
    start: time,
    end: time,
    // A pause lasts at least the clock's grace, so an hour of holding holds fewer than this many.
    pauses: listOf(holdPause, MAX_COUNT),
    guided: oneOf([true]),
  },
  ['guided'],
);

const setOf = (fields: Record<string, Check>, optional: readonly string[] = []) => listOf(object({ set: wholeNumber(1, MAX_SETS), reps: listOf(repDetail, MAX_COUNT), ...fields }, optional), MAX_SETS);

const SESSION_FIELDS_V2: Record<string, Check> = {
  id: text(1, 100),
  schemaVersion: oneOf([2]),
  startedAt: moment,
  endedAt: nullable(moment),
  status: oneOf(STATUSES),
  source: oneOf(['live', 'clip']),
  exercise: oneOf(EXERCISES),
  side: oneOf(['left', 'right', null]),
  targetReps: nullable(wholeNumber(1, MAX_COUNT)),
  targetSets: nullable(wholeNumber(1, MAX_SETS)),
  model: text(1, 50),
  engine: text(1, 50),
  delegate: text(1, 50),
  modelReason: text(0, 500),
  reps: wholeNumber(0, MAX_COUNT),
  sets: setOf({}),
  faults: listOf(fault, MAX_COUNT),
};

const SESSION_FIELDS_V3: Record<string, Check> = {
  ...SESSION_FIELDS_V2,
  schemaVersion: oneOf([3]),
  painBefore: painRating,
  painAfter: painRating,
  // Each stop ends its set, so a session holds no more stops than it can hold sets.
  painStops: listOf(painStop, MAX_SETS),
};

const SESSION_FIELDS_V4: Record<string, Check> = {
  ...SESSION_FIELDS_V3,
  schemaVersion: oneOf([4]),
  sets: setOf({ series: movementSeries }, ['series']),
  routine: object({ routine: text(1, 50), block: wholeNumber(0, MAX_SETS) }),
};

const SESSION_FIELDS: Record<string, Check> = {
  ...SESSION_FIELDS_V4,
  schemaVersion: oneOf([SESSION_RECORD_VERSION]),
  exercise: oneOf([...EXERCISES, ...HOLD_IDS]),
  sets: setOf({ series: movementSeries, holds: listOf(holdRecord, MAX_COUNT) }, ['series', 'holds']),
};

const OPTIONAL_SESSION_FIELDS = ['modelReason', 'routine'];

/** A session in progress has not ended; a complete one has, and no session ends before it starts. */
function endAgreesWithStatus(session: SessionRecordV2, path: string, problems: string[]): void {
  if (session.status === 'in-progress' && session.endedAt !== null) {
    problems.push(`${path}.endedAt: must be null while the session is in progress (got ${session.endedAt})`);
  }
  if ((session.status === 'complete' || session.status === 'skipped') && session.endedAt === null) {
    problems.push(`${path}.endedAt: a ${session.status} session needs the time it ended (got null)`);
  }
  if (session.endedAt !== null && session.endedAt < session.startedAt) {
    problems.push(`${path}.endedAt: must not be before startedAt (${session.endedAt} < ${session.startedAt})`);
  }
}

/** Every rep names the leg it lifted where the exercise alternates legs (the catalogue says which), and none elsewhere. */
function legsAgreeWithExercise(session: SessionRecordV2, path: string, problems: string[]): void {
  const alternating = !isHoldId(session.exercise) && alternatesLegs(session.exercise);
  session.sets.forEach(({ reps }, setIndex) =>
    reps.forEach((rep, repIndex) => {
      if (alternating === (rep.leg !== undefined)) return;
      const where = `${path}.sets[${setIndex}].reps[${repIndex}].leg`;
      problems.push(alternating ? `${where}: missing (${session.exercise} counts each leg apart)` : `${where}: not a field of ${session.exercise} (it does not alternate legs)`);
    }),
  );
}

/** A hold session's sets hold holds, each naming its side exactly where the hold has sides; a rep session's hold none. */
function holdsAgreeWithExercise(session: SessionRecord, path: string, problems: string[]): void {
  const hold = isHoldId(session.exercise) ? holdById(session.exercise) : null;
  session.sets.forEach(({ reps, holds = [] }, setIndex) => {
    const where = `${path}.sets[${setIndex}]`;
    if (!hold && holds.length > 0) problems.push(`${where}.holds: not a field of ${session.exercise} (it counts reps)`);
    if (hold && reps.length > 0) problems.push(`${where}.reps: must be empty (${session.exercise} is a timed hold)`);
    holds.forEach((entry, holdIndex) => {
      if (hold && hold.perSide !== (entry.side !== null)) {
        problems.push(`${where}.holds[${holdIndex}].side: ${hold.perSide ? `missing (${hold.id} is held each side)` : `must be null (${hold.id} has no sides)`}`);
      }
    });
  });
}

/** What a session's fields must agree on once each is valid. */
function sessionAgrees(session: SessionRecordV2, path: string, problems: string[]): void {
  endAgreesWithStatus(session, path, problems);
  legsAgreeWithExercise(session, path, problems);
}

/** As sessionAgrees, and a hold session's sets hold its holds. */
function currentSessionAgrees(session: SessionRecord, path: string, problems: string[]): void {
  sessionAgrees(session as SessionRecordV2, path, problems);
  holdsAgreeWithExercise(session, path, problems);
}

/** `shape`, then `rule` on a value of that shape (the rule reads fields the shape has vouched for). */
function shapedBy<T>(shape: Check, rule: (value: T, path: string, problems: string[]) => void): Check {
  return (value, path, problems) => {
    const before = problems.length;
    shape(value, path, problems);
    if (problems.length === before) rule(value as T, path, problems);
  };
}

/** A session as stored now. */
export const sessionRecord: Check = shapedBy(object(SESSION_FIELDS, OPTIONAL_SESSION_FIELDS), currentSessionAgrees);

/** A session as version 4 stored it, and as export files of version 3 hold it. */
export const sessionRecordV4: Check = shapedBy<SessionRecordV4>(object(SESSION_FIELDS_V4, OPTIONAL_SESSION_FIELDS), (session, path, problems) =>
  sessionAgrees(session as unknown as SessionRecordV2, path, problems),
);

/** A session as version 3 stored it, and as export files of version 2 hold it. */
export const sessionRecordV3: Check = shapedBy(object(SESSION_FIELDS_V3, OPTIONAL_SESSION_FIELDS), endAgreesWithStatus);

/** A session as version 2 stored it, and as export files of version 1 hold it. */
export const sessionRecordV2: Check = shapedBy(object(SESSION_FIELDS_V2, OPTIONAL_SESSION_FIELDS), sessionAgrees);

/** Anyone who ticked a sign saw the warning and chose to go on; no sign is ticked twice. */
function flagsAcknowledged(answer: SafetyAnswer, path: string, problems: string[]): void {
  if (new Set(answer.flags).size !== answer.flags.length) problems.push(`${path}.flags: must not list a sign twice`);
  if (answer.flags.length > 0 && !answer.acknowledged) {
    problems.push(`${path}.acknowledged: must be true when a sign is ticked (got false)`);
  }
}

export const safetyAnswer: Check = shapedBy(
  object({ answeredAt: moment, flags: listOf(oneOf(RED_FLAGS), RED_FLAGS.length), acknowledged: oneOf([true, false]) }),
  flagsAcknowledged,
);

/** Thrown when the app asks to store something that an import would refuse. */
export class InvalidRecordError extends Error {
  constructor(
    what: string,
    readonly problems: string[],
  ) {
    super(`The ${what} was not saved: ${problems.join('; ')}`);
  }
}

export class InvalidSessionError extends InvalidRecordError {
  constructor(problems: string[]) {
    super('session', problems);
  }
}

function problemsWith(check: Check, value: unknown, path: string): string[] {
  const problems: string[] = [];
  check(value, path, problems);
  return problems;
}

/** The record itself, once it passes every check. */
export function checkedSession(record: SessionRecord): SessionRecord {
  const problems = problemsWith(sessionRecord, record, 'session');
  if (problems.length > 0) throw new InvalidSessionError(problems);
  return record;
}

export function checkedSafetyAnswer(answer: SafetyAnswer): SafetyAnswer {
  const problems = problemsWith(safetyAnswer, answer, 'safety');
  if (problems.length > 0) throw new InvalidRecordError('safety answer', problems);
  return answer;
}
