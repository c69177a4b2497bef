/**
 * The pain diary kept with each session (its records are in records.ts): the rating scale, and where in the rep
 * a "stop: it hurts" fell, so a pattern (always on the way up, always at the top) can be seen later.
 */
import type { FrameUpdate } from '../analysis/types';
import type { PainStop } from './records';

/** 0 = no pain, 10 = the worst pain imaginable: the usual numeric rating scale. */
export const PAIN_SCALE_MAX = 10;

/** Where a stop fell, from the analysis frame on screen when the button was pressed. */
export function painStopAt(set: number, frame: Pick<FrameUpdate, 't' | 'phase' | 'angleDeg' | 'repCount'>): PainStop {
  // A rep is counted when it reaches the top, so at the top and on the way down it is already in repCount;
  // a set that starts at the top has counted nothing yet, and that first rep is still rep 1.
  const counted = frame.phase === 'top' || frame.phase === 'lowering';
  const rep = counted ? Math.max(frame.repCount, 1) : frame.repCount + 1;
  return { t: frame.t, set, rep, phase: frame.phase, angleDeg: frame.angleDeg };
}
