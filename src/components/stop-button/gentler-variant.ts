/** What to try after stopping for pain: the same work with less load on the back, in plain words. */
import type { ExerciseId } from '../../analysis/types';

export interface GentlerVariant {
  /** The exercise to do instead: the hip thrust becomes a bridge; the others stay, done smaller. */
  exercise: ExerciseId;
  /** Short, for a heading. */
  title: string;
  /** What to do, then what to do if it still hurts. */
  advice: string;
}

const IF_IT_STILL_HURTS = 'If it still hurts, stop for today and check with a health professional.';

const VARIANTS: Record<ExerciseId, Omit<GentlerVariant, 'advice'> & { how: string }> = {
  'hip-thrust': {
    exercise: 'glute-bridge',
    title: 'Try a glute bridge instead',
    how: 'Lie on the floor with your knees bent and lift your hips from there. It puts less load on your back than a hip thrust.',
  },
  'glute-bridge': {
    exercise: 'glute-bridge',
    title: 'Lift only halfway',
    how: 'Lift your hips only halfway, or only as far as feels easy, and keep your ribs down. A smaller lift still works your glutes.',
  },
  clamshell: {
    exercise: 'clamshell',
    title: 'Open your knee less',
    how: 'Open your top knee only a little, and take the band off if you use one. Keep your hips stacked and still.',
  },
};

export function gentlerVariant(exercise: ExerciseId): GentlerVariant {
  const { how, ...variant } = VARIANTS[exercise];
  return { ...variant, advice: `${how} ${IF_IT_STILL_HURTS}` };
}
