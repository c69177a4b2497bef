/**
 * The history as CSV, one row per rep, or per hold in a timed hold's session, for spreadsheets (RFC 4180: quoted
 * where needed, CRLF line ends). `side` is the session's working leg, or where the legs alternate (glute march),
 * the leg the rep lifted, or the side a hold was held on. A hold's row gives its time in position as `hold_ms`,
 * its target and its pauses with their reasons; the columns only a rep has stay empty.
 */
import type { RepDetail } from '../analysis/types';
import type { HoldRecord, SessionRecord } from './records';

type Cell = string | number | null;

/** What one row reports: a rep, or a hold (numbered in its set as reps are). */
interface Entry {
  number: number;
  side: string | null;
  start: number;
  top: number | null;
  end: number;
  holdMs: number;
  romDeg: number | null;
  peakExtensionDeg: number | null;
  faults: string;
  targetMs: number | null;
  pauses: string;
}

function repEntry(rep: RepDetail): Entry {
  const { start, top, end, holdMs, romDeg, peakExtensionDeg } = rep;
  return { number: rep.rep, side: rep.leg ?? null, start, top, end, holdMs, romDeg, peakExtensionDeg, faults: rep.faults.join(';'), targetMs: null, pauses: '' };
}

/** Each pause as "at_ms-back_ms reason" (back empty where the hold ended paused), separated by ";". */
function holdEntry(hold: HoldRecord, index: number): Entry {
  const pauses = hold.pauses.map((pause) => `${pause.t}-${pause.resumedAt ?? ''} ${pause.reason}`).join(';');
  return { number: index + 1, side: hold.side, start: hold.start, top: null, end: hold.end, holdMs: hold.heldMs, romDeg: null, peakExtensionDeg: null, faults: '', targetMs: hold.targetMs, pauses };
}

const COLUMNS: readonly [header: string, value: (session: SessionRecord, set: number, entry: Entry) => Cell][] = [
  ['session_id', (session) => session.id],
  ['started_at', (session) => new Date(session.startedAt).toISOString()],
  ['exercise', (session) => session.exercise],
  ['side', (session, _set, entry) => session.side ?? entry.side],
  ['source', (session) => session.source],
  ['status', (session) => session.status],
  ['model', (session) => session.model],
  ['engine', (session) => session.engine],
  ['delegate', (session) => session.delegate],
  ['pain_before', (session) => session.painBefore],
  ['pain_after', (session) => session.painAfter],
  ['set', (_session, set) => set],
  ['rep', (_session, _set, entry) => entry.number],
  ['start_ms', (_session, _set, entry) => entry.start],
  ['top_ms', (_session, _set, entry) => entry.top],
  ['end_ms', (_session, _set, entry) => entry.end],
  ['hold_ms', (_session, _set, entry) => entry.holdMs],
  ['rom_deg', (_session, _set, entry) => entry.romDeg],
  ['peak_extension_deg', (_session, _set, entry) => entry.peakExtensionDeg],
  ['faults', (_session, _set, entry) => entry.faults],
  ['target_ms', (_session, _set, entry) => entry.targetMs],
  ['pauses', (_session, _set, entry) => entry.pauses],
];

/** Spreadsheets run text that starts like a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(sessions: readonly SessionRecord[]): string {
  const rows = sessions.flatMap((session) =>
    session.sets.flatMap(({ set, reps, holds = [] }) =>
      [...reps.map(repEntry), ...holds.map(holdEntry)].map((entry) => COLUMNS.map(([, value]) => cell(value(session, set, entry)))),
    ),
  );
  return [COLUMNS.map(([header]) => header), ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
