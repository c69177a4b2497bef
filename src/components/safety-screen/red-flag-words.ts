/** The warning signs in plain words (reading age about 12): what the person recognises, never a diagnosis. */
import type { RedFlag } from '../../storage';

export const RED_FLAG_WORDS: Record<RedFlag, string> = {
  'leg-pain': 'Pain that shoots down your leg',
  numbness: 'Numbness or tingling in your leg or foot',
  worsening: 'Back pain that keeps getting worse, week after week',
  'bladder-bowel': 'New problems peeing or pooing, or numbness around your bottom or between your legs',
  'severe-limitation': 'Pain so bad that you can hardly move, bend or walk',
  'fever-weight-loss': 'A fever, or losing weight without trying',
  'fall-injury': 'A recent fall, accident or injury to your back',
};

export const SEE_A_PROFESSIONAL = "These signs need a health professional's check before you train. Glute Coach can't assess them.";

/** Only for signs that cannot wait: said once, calmly, with what to do. */
export const SAME_DAY_SIGNS: Partial<Record<RedFlag, string>> = {
  'bladder-bowel': 'New problems peeing or pooing, or numbness around your bottom, should be checked by a doctor today.',
};
