/**
 * The history export file: `{format:'glute-coach-history', version, exportedAt, sessions:[...], safety}`.
 * Reading one checks every record before anything is stored, and lists every problem found.
 *
 *   version 1: sessions of record version 2, no safety answer.
 *   version 2: sessions of record version 3 (with the pain diary), and the safety screen's answer or null.
 *   version 3: sessions of record version 4 (a set may hold its movement series), and the safety answer.
 *   version 4: sessions of record version 5 (timed holds among them), and the safety answer.
 *
 * Files of versions 1 to 3 are still read: their sessions are brought up to date as the database upgrade does.
 */
import { errorMessage } from '../util/error-message';
import type { SafetyAnswer, SessionRecord } from './records';
import { fromV2, fromV3, fromV4, type SessionRecordV2, type SessionRecordV3, type SessionRecordV4 } from './schema';
import {
  listOf,
  nullable,
  object,
  objectWith,
  oneOf,
  safetyAnswer,
  sessionRecord,
  sessionRecordV2,
  sessionRecordV3,
  sessionRecordV4,
  wholeNumber,
  MAX_TIME_MS,
  type Check,
} from './validation';

export const EXPORT_FORMAT = 'glute-coach-history';
/** Version of the file layout around the sessions; each session carries its own schemaVersion. */
export const EXPORT_VERSION = 4;

/** Beyond these a file is not a history export made by the app, and reading it would only eat memory. */
const MAX_FILE_CHARS = 50_000_000;
const MAX_SESSIONS = 100_000;
/** A few problems say what is wrong with a file; thousands would bury it. */
const MAX_PROBLEMS_LISTED = 20;

export interface HistoryFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: number;
  sessions: SessionRecord[];
  safety: SafetyAnswer | null;
}

export type ReadHistory = { ok: true; sessions: SessionRecord[]; safety: SafetyAnswer | null } | { ok: false; errors: string[] };

export function writeHistoryFile(sessions: SessionRecord[], safety: SafetyAnswer | null, exportedAt: number): string {
  const file: HistoryFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, sessions, safety };
  return JSON.stringify(file);
}

/** Sessions are checked one by one after the header, and only when the header is right. */
const anySession: Check = () => undefined;

const HEADER_V1: Record<string, Check> = {
  format: oneOf([EXPORT_FORMAT]),
  version: oneOf([1]),
  exportedAt: wholeNumber(0, MAX_TIME_MS),
  sessions: listOf(anySession, MAX_SESSIONS),
};

/** How to read each version still accepted: its header, its sessions, and how they become today's. */
interface Layout {
  header: Check;
  session: Check;
  read(file: Record<string, unknown>): { sessions: SessionRecord[]; safety: SafetyAnswer | null };
}

const LAYOUTS = new Map<number, Layout>([
  [
    1,
    {
      header: object(HEADER_V1),
      session: sessionRecordV2,
      read: (file) => ({ sessions: (file.sessions as SessionRecordV2[]).map((session) => fromV4(fromV3(fromV2(session)))), safety: null }),
    },
  ],
  [
    2,
    {
      header: object({ ...HEADER_V1, version: oneOf([2]), safety: nullable(safetyAnswer) }),
      session: sessionRecordV3,
      read: (file) => ({ sessions: (file.sessions as SessionRecordV3[]).map((session) => fromV4(fromV3(session))), safety: file.safety as SafetyAnswer | null }),
    },
  ],
  [
    3,
    {
      header: object({ ...HEADER_V1, version: oneOf([3]), safety: nullable(safetyAnswer) }),
      session: sessionRecordV4,
      read: (file) => ({ sessions: (file.sessions as SessionRecordV4[]).map(fromV4), safety: file.safety as SafetyAnswer | null }),
    },
  ],
  [
    EXPORT_VERSION,
    {
      header: object({ ...HEADER_V1, version: oneOf([EXPORT_VERSION]), safety: nullable(safetyAnswer) }),
      session: sessionRecord,
      read: (file) => ({ sessions: file.sessions as SessionRecord[], safety: file.safety as SafetyAnswer | null }),
    },
  ],
]);

/** Enough of the header to tell whether this is an export at all, and which layout reads the rest. */
const identity = objectWith({ format: oneOf([EXPORT_FORMAT]), version: oneOf([...LAYOUTS.keys()]) });

export function readHistoryFile(text: string): ReadHistory {
  if (text.length > MAX_FILE_CHARS) return failed([`file: too large (${text.length} characters; at most ${MAX_FILE_CHARS})`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed([`file: not JSON (${errorMessage(error)})`]);
  }
  const problems: string[] = [];
  const layout = layoutOf(data, problems);
  // A file of another kind or version: its sessions would only add noise to the one problem that matters.
  if (!layout || problems.length > 0) return failed(problems);
  const file = data as Record<string, unknown> & { sessions: unknown[] };
  file.sessions.forEach((session, index) => layout.session(session, `sessions[${index}]`, problems));
  if (problems.length > 0) return failed(problems);
  const read = layout.read(file);
  problems.push(...duplicateIds(read.sessions));
  return problems.length > 0 ? failed(problems) : { ok: true, ...read };
}

/** The layout of the file's version, its header checked; null when the file is no export this app reads. */
function layoutOf(data: unknown, problems: string[]): Layout | null {
  identity(data, 'file', problems);
  const layout = problems.length === 0 ? LAYOUTS.get((data as { version: number }).version) : undefined;
  layout?.header(data, 'file', problems);
  return layout ?? null;
}

function duplicateIds(sessions: SessionRecord[]): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  sessions.forEach(({ id }, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push(`sessions[${index}].id: same id as sessions[${first}]`);
  });
  return problems;
}

function failed(problems: string[]): ReadHistory {
  const hidden = problems.length - MAX_PROBLEMS_LISTED;
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  return { ok: false, errors: hidden > 0 ? [...listed, `…and ${hidden} more problems`] : listed };
}
