/** The words of the history view: how a session, its pain notes and the questions about it are put. */
import type { Phase } from '../../analysis/types';
import type { PainStop, SessionRecord } from '../../storage';
import { exerciseName } from '../../live/coaching-words';

export const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function sessionExerciseName(session: SessionRecord): string {
  const label = exerciseName(session.exercise);
  return session.side ? `${label} (${session.side} side)` : label;
}

/**
 * What a session did: "12 reps in 3 sets", or for a timed hold the seconds held, each side's apart where it has
 * sides ("left 30 s, right 22 s held of 30 s · 1 pause").
 */
export function sessionAmount(session: SessionRecord): string {
  const holds = session.sets.flatMap((set) => set.holds ?? []);
  if (holds.length === 0) return `${counted(session.reps, 'rep')} in ${counted(session.sets.length, 'set')}`;
  const held = holds.map((hold) => `${hold.side ? `${hold.side} ` : ''}${Math.round(hold.heldMs / 1000)} s`).join(', ');
  const targets = [...new Set(holds.map((hold) => Math.round(hold.targetMs / 1000)))].join(', ');
  return `${held} held of ${targets} s · ${counted(holds.reduce((sum, hold) => sum + hold.pauses.length, 0), 'pause')}`;
}

/** "1 rep", "3 reps". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatMeasure(value: number | null, unit: string): string {
  return value === null ? '–' : `${value.toFixed(1)}${unit}`;
}

const PHASE_WORDS: Record<Phase, string> = {
  bottom: 'at the bottom',
  rising: 'on the way up',
  top: 'at the top',
  lowering: 'on the way down',
};

/** "back pain 6 → 4 (0-10)", "stopped for pain: set 1, rep 3, on the way up"; empty when nothing was noted. */
export function painNotes(session: SessionRecord): string[] {
  const { painBefore, painAfter, painStops } = session;
  const rated = painBefore !== null || painAfter !== null;
  const ratings = rated ? [`back pain ${painBefore ?? '–'} → ${painAfter ?? '–'} (0-10)`] : [];
  return [...ratings, ...painStops.map(stopWords)];
}

function stopWords({ set, rep, phase }: PainStop): string {
  return `stopped for pain: set ${set}, rep ${rep}, ${PHASE_WORDS[phase]}`;
}

export function deleteSessionQuestion(session: SessionRecord): string {
  return `Delete the ${sessionExerciseName(session)} session of ${WHEN.format(session.startedAt)}? This cannot be undone.`;
}

export function deleteAllQuestion(sessions: number): string {
  return (
    `Delete all ${counted(sessions, 'session')}? Your safety check answer goes too, so it is asked again. ` +
    'Export them first if you want a copy. This cannot be undone.'
  );
}
