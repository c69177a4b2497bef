/**
 * The history export file: `{format:'glute-coach-history', version, exportedAt, sessions:[...]}`.
 * Reading one checks every record before anything is stored, and lists every problem found.
 */
import type { SessionRecord } from './session-store';
import { listOf, object, oneOf, sessionRecord, wholeNumber, MAX_TIME_MS, type Check } from './validation';

export const EXPORT_FORMAT = 'glute-coach-history';
/** Version of the file layout around the sessions; each session carries its own schemaVersion. */
export const EXPORT_VERSION = 1;

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
}

export type ReadHistory = { ok: true; sessions: SessionRecord[] } | { ok: false; errors: string[] };

export function writeHistoryFile(sessions: SessionRecord[], exportedAt: number): string {
  const file: HistoryFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, sessions };
  return JSON.stringify(file);
}

/** Sessions are checked one by one after the header, and only when the header is right. */
const anySession: Check = () => undefined;

const header = object({
  format: oneOf([EXPORT_FORMAT]),
  version: oneOf([EXPORT_VERSION]),
  exportedAt: wholeNumber(0, MAX_TIME_MS),
  sessions: listOf(anySession, MAX_SESSIONS),
});

export function readHistoryFile(text: string): ReadHistory {
  if (text.length > MAX_FILE_CHARS) return failed([`file: too large (${text.length} characters; at most ${MAX_FILE_CHARS})`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed([`file: not JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  const problems: string[] = [];
  header(data, 'file', problems);
  // A file of another kind or version: its sessions would only add noise to the one problem that matters.
  if (problems.length > 0) return failed(problems);
  const { sessions } = data as HistoryFile;
  sessions.forEach((session, index) => sessionRecord(session, `sessions[${index}]`, problems));
  if (problems.length > 0) return failed(problems);
  problems.push(...duplicateIds(sessions));
  return problems.length > 0 ? failed(problems) : { ok: true, sessions };
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
