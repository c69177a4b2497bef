/** What to try after stopping for pain: the same work with less load on the back, in plain words. */
import { activityById, isExerciseId, isHoldId, type ActivityId } from '../../analysis';

export interface GentlerVariant {
  /** The exercise to do instead (the catalogue entry names it), or the same one done smaller. */
  exercise: ActivityId;
  /** Short, for a heading. */
  title: string;
  /** What to do, then what to do if it still hurts. */
  advice: string;
}

const IF_IT_STILL_HURTS = 'If it still hurts, stop for today and check with a health professional.';

export function gentlerVariant(exercise: ActivityId): GentlerVariant {
  const { instead, title, how } = activityById(exercise).gentler;
  if (instead !== undefined && !isExerciseId(instead) && !isHoldId(instead)) throw new Error(`${exercise}: its gentler variant names an unknown exercise "${instead}"`);
  return { exercise: instead ?? exercise, title, advice: `${how} ${IF_IT_STILL_HURTS}` };
}
