/**
 * The pain diary kept with each session: a 0-10 back-pain rating before and after, and every "stop: it hurts"
 * with where in the rep it happened, so a pattern (always on the way up, always at the top) can be seen later.
 */
import type { FrameUpdate, Phase } from '../analysis/types';

export type PainMoment = 'before' | 'after';

/** 0 = no pain, 10 = the worst pain imaginable: the usual numeric rating scale. */
export const PAIN_SCALE_MAX = 10;

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

/** Where a stop fell, from the analysis frame on screen when the button was pressed. */
export function painStopAt(set: number, frame: Pick<FrameUpdate, 't' | 'phase' | 'angleDeg' | 'repCount'>): PainStop {
  // A rep is counted when it reaches the top, so at the top and on the way down it is already in repCount;
  // a set that starts at the top has counted nothing yet, and that first rep is still rep 1.
  const counted = frame.phase === 'top' || frame.phase === 'lowering';
  const rep = counted ? Math.max(frame.repCount, 1) : frame.repCount + 1;
  return { t: frame.t, set, rep, phase: frame.phase, angleDeg: frame.angleDeg };
}
