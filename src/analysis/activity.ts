/**
 * What the coach, the history and storage share of a rep exercise and a timed hold alike: its name, its camera
 * set-up, what to do instead after a pain stop, its colour. Everything else differs (reps are counted, holds are
 * timed), so each catalogue keeps its own entries and this is the one place that reads either.
 */
import { exerciseById, isExerciseId, type ExerciseId } from './exercises/catalogue';
import type { ExerciseDescriptor } from './exercises/exercise';
import { holdById, type HoldId } from './holds/catalogue';

/** A rep exercise or a timed hold: what a block of training, and the session record it makes, is of. */
export type ActivityId = ExerciseId | HoldId;

export type Activity = Pick<ExerciseDescriptor, 'name' | 'camera' | 'gentler' | 'chartColor'>;

export function activityById(id: ActivityId): Activity {
  return isExerciseId(id) ? exerciseById(id) : holdById(id);
}
