/**
 * What the history keeps (session records, the pain diary's entries, the safety screen's answer) and the
 * contract the app codes against (`SessionStore`). It imports nothing of storage, so every other storage module
 * can depend on it without forming a cycle.
 *
 * History lives in IndexedDB in the browser that did the workout; nothing leaves the device unless the
 * person exports it.
 */
import type { ExerciseId, Fault, HoldId, HoldResult, Phase, RepDetail } from '../analysis/types';

/** `persisted`: the browser keeps the history until the person clears it; `best-effort`: it may clear it. */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/** `skipped`: a routine's block the person skipped (the rest of its sets), with whatever reps it got first. */
export type SessionStatus = 'in-progress' | 'complete' | 'interrupted' | 'skipped';

/** Where a live session sits in a routine (`<glute-coach routine>`): a cut-off routine resumes at this block. */
export interface RoutinePlace {
  /** The routine's name, as the element's `routine` attribute gives it. */
  routine: string;
  /** The block, 0-based over the routine's sections. */
  block: number;
}

/**
 * A timed hold, kept as a rep is: its side (where the hold has sides), its target, the time in position and every
 * pause with the reason said.
 */
export type HoldRecord = HoldResult;

export interface SetRecord {
  set: number;
  reps: RepDetail[];
  /** A hold session's holds, in the order held (each side of a stretch is one); absent in a rep exercise's sets. */
  holds?: HoldRecord[];
  /** The movement angle through the set, for its chart; absent where none was recorded (clips, older sessions). */
  series?: MovementSeries;
}

/**
 * The movement angle of a set, sampled on a fixed clock: about 10 values a second keeps every rep's shape (a rep
 * takes 2-4 s) while a 3 x 15 session stays a few kilobytes.
 */
export interface MovementSeries {
  /** Time of the first value, on the clock of the set's rep times (RepDetail start/top/end), ms. */
  startMs: number;
  /** Time between values, ms. */
  stepMs: number;
  /** Whole degrees; null where the pose was not tracked. */
  angleDeg: (number | null)[];
}

export interface SessionRecord {
  /** crypto.randomUUID() */
  id: string;
  schemaVersion: number;
  /** epoch ms */
  startedAt: number;
  endedAt: number | null;
  status: SessionStatus;
  source: 'live' | 'clip';
  /** A rep exercise, or a timed hold (whose sets hold `holds` and no reps). */
  exercise: ExerciseId | HoldId;
  side: 'left' | 'right' | null;
  targetReps: number | null;
  targetSets: number | null;
  /** 'lite' | 'full' | 'heavy' */
  model: string;
  /** 'mediapipe' | 'tfjs' */
  engine: string;
  /** 'CPU' | 'GPU' */
  delegate: string;
  /** Why the model was chosen (auto choice). */
  modelReason?: string;
  /** The routine and block this session is; absent for a single exercise and a clip. */
  routine?: RoutinePlace;
  /** Total counted. */
  reps: number;
  sets: SetRecord[];
  faults: Fault[];
  /** Back pain 0-10 before the session; null when skipped or not asked (clips, sessions from before the diary). */
  painBefore: number | null;
  painAfter: number | null;
  /** Every press of "stop: it hurts", in order. */
  painStops: PainStop[];
}

/** The pain diary fields: filled in during and after a session, so a new or analysed one may start without them. */
type PainDiary = 'painBefore' | 'painAfter' | 'painStops';

export type NewSession = Omit<SessionRecord, 'id' | 'schemaVersion' | 'endedAt' | 'status' | 'reps' | 'sets' | 'faults' | PainDiary>;

/** A whole session at once; the pain diary fields default to no rating and no stops. */
export type CompletedSession = Omit<SessionRecord, 'id' | 'schemaVersion' | PainDiary> & Partial<Pick<SessionRecord, PainDiary>>;

export interface ImportResult {
  ok: boolean;
  imported: number;
  errors: string[];
}

export interface SessionStore {
  /** false = history is not kept (fallback in memory), or no longer all of it (the storage is full). */
  readonly available: boolean;
  /** Plain words why, when not available. */
  readonly reason: string | null;
  /** Whether the browser keeps the history for good; asked for when the first session is saved. */
  persistence(): Promise<Persistence>;
  create(session: NewSession): Promise<SessionRecord>;
  /**
   * Written immediately, so a reload or crash keeps every rep counted so far; `series`, the set's movement so
   * far, replaces the one stored with the set.
   */
  appendRep(id: string, set: number, rep: RepDetail, faults: Fault[], series?: MovementSeries): Promise<SessionRecord>;
  /** A hold ended (reached its target, or stopped): written immediately, like a rep. */
  appendHold(id: string, set: number, hold: HoldRecord): Promise<SessionRecord>;
  /** Status complete. */
  finish(id: string, endedAt?: number): Promise<SessionRecord>;
  markInterrupted(id: string): Promise<SessionRecord>;
  /** Status skipped: a routine's block the person skipped. */
  markSkipped(id: string): Promise<SessionRecord>;
  /** A whole session at once, e.g. a clip analysis result. */
  saveComplete(session: CompletedSession): Promise<SessionRecord>;
  /** Stores the 0-10 rating (null: skipped), whatever the session's status: the "after" rating comes once it ended. */
  ratePain(id: string, moment: PainMoment, value: number | null): Promise<SessionRecord>;
  /** Written immediately, like a rep, and accepted even just after the session ended: a stop for pain is never lost. */
  recordPainStop(id: string, stop: PainStop): Promise<SessionRecord>;
  /** The safety screen's latest answer on this device; null when it was never answered. */
  safetyAnswer(): Promise<SafetyAnswer | null>;
  saveSafetyAnswer(answer: SafetyAnswer): Promise<SafetyAnswer>;
  get(id: string): Promise<SessionRecord | undefined>;
  /** Newest first. */
  list(): Promise<SessionRecord[]>;
  /** Sessions still in progress that no open tab is recording: a reload, closed tab or crash cut them off. */
  findUnfinished(): Promise<SessionRecord[]>;
  delete(id: string): Promise<void>;
  /** Deletes everything kept on this device: every session and the safety screen's answer (so it is asked again). */
  clear(): Promise<void>;
  /** {format:'glute-coach-history', version, exportedAt, sessions:[...], safety: SafetyAnswer | null} */
  exportJson(): Promise<string>;
  /** One row per rep. */
  exportCsv(): Promise<string>;
  /**
   * All-or-nothing, in one transaction; every record is checked first. Files of the previous version are read
   * too. A safety answer in the file replaces the one here only if it is more recent.
   */
  importJson(text: string): Promise<ImportResult>;
  close(): void;
}

/** The pain diary: a 0-10 back-pain rating before and after each session (pain.ts has the scale)... */
export type PainMoment = 'before' | 'after';

/** ...and every "stop: it hurts", with where in the rep it happened, so a pattern can be seen later. */
export interface PainStop {
  /** On the clock of the session's rep times (RepDetail start/top/end), ms. */
  t: number;
  /** 1-based. */
  set: number;
  /** 1-based: the rep under way, or about to start when stopped at the bottom. */
  rep: number;
  phase: Phase;
  /** The movement angle then (hip angle or clamshell opening); null when the pose was not tracked. */
  angleDeg: number | null;
}

/** Ids of the warning signs, as stored; the words shown for each live with the screen. */
export const RED_FLAGS = [
  'leg-pain',
  'numbness',
  'worsening',
  'bladder-bowel',
  'severe-limitation',
  'fever-weight-loss',
  'fall-injury',
] as const;

export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * The safety screen's answer: which warning signs ("red flags") the person ticked before training. These signs
 * can point to a problem that needs a health professional, not exercise. The answer stays on this device.
 */
export interface SafetyAnswer {
  /** epoch ms */
  answeredAt: number;
  /** The signs ticked; empty when none applies. */
  flags: RedFlag[];
  /** The person read that the ticked signs need a professional's check and chose to go on. False when none was ticked. */
  acknowledged: boolean;
}
