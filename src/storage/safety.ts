/**
 * The safety screen's answer: which warning signs ("red flags") the person ticked before training. These signs
 * can point to a problem that needs a health professional, not exercise. The answer stays on this device.
 */
import type { SessionStore } from './session-store';

/** Ids of the warning signs, as stored; the words shown for each live with the screen. */
export const RED_FLAGS = [
  'leg-pain',
  'numbness',
  'worsening',
  'bladder-bowel',
  'severe-limitation',
  'fever-weight-loss',
  'fall-injury',
] as const;

export type RedFlag = (typeof RED_FLAGS)[number];

export interface SafetyAnswer {
  /** epoch ms */
  answeredAt: number;
  /** The signs ticked; empty when none applies. */
  flags: RedFlag[];
  /** The person read that the ticked signs need a professional's check and chose to go on. False when none was ticked. */
  acknowledged: boolean;
}

/** True until the screen has been answered on this device (and again after everything was deleted). */
export async function needsSafetyScreen(store: Pick<SessionStore, 'safetyAnswer'>): Promise<boolean> {
  return (await store.safetyAnswer()) === null;
}

/** The answer to keep when two meet (an import, say): the more recent one, since it says how the person is now. */
export function newerAnswer(current: SafetyAnswer | null, incoming: SafetyAnswer): SafetyAnswer {
  return current !== null && current.answeredAt > incoming.answeredAt ? current : incoming;
}
