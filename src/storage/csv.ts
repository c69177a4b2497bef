/**
 * The history as CSV, one row per rep, for spreadsheets (RFC 4180: quoted where needed, CRLF line ends). `side`
 * is the session's working leg, or where the legs alternate (glute march), the leg the rep lifted.
 */
import type { RepDetail } from '../analysis/types';
import type { SessionRecord } from './records';

type Cell = string | number | null;

const COLUMNS: readonly [header: string, value: (session: SessionRecord, set: number, rep: RepDetail) => Cell][] = [
  ['session_id', (session) => session.id],
  ['started_at', (session) => new Date(session.startedAt).toISOString()],
  ['exercise', (session) => session.exercise],
  ['side', (session, _set, rep) => session.side ?? rep.leg ?? null],
  ['source', (session) => session.source],
  ['status', (session) => session.status],
  ['model', (session) => session.model],
  ['engine', (session) => session.engine],
  ['delegate', (session) => session.delegate],
  ['pain_before', (session) => session.painBefore],
  ['pain_after', (session) => session.painAfter],
  ['set', (_session, set) => set],
  ['rep', (_session, _set, rep) => rep.rep],
  ['start_ms', (_session, _set, rep) => rep.start],
  ['top_ms', (_session, _set, rep) => rep.top],
  ['end_ms', (_session, _set, rep) => rep.end],
  ['hold_ms', (_session, _set, rep) => rep.holdMs],
  ['rom_deg', (_session, _set, rep) => rep.romDeg],
  ['peak_extension_deg', (_session, _set, rep) => rep.peakExtensionDeg],
  ['faults', (_session, _set, rep) => rep.faults.join(';')],
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
    session.sets.flatMap(({ set, reps }) => reps.map((rep) => COLUMNS.map(([, value]) => cell(value(session, set, rep))))),
  );
  return [COLUMNS.map(([header]) => header), ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
