/**
 * One coaching session through <glute-coach> on the fake camera, for the specs that check what a whole session
 * leaves behind: the rep events, what the coach said and the sessions stored in IndexedDB.
 */
import { expect, type Page } from '@playwright/test';
import type { SessionRecord } from '../../../src/storage';
import { readCoachLog, startCoach, waitForCoachEvent, type FakeCameraRig } from './coach-support';

const LIB = '/dist/lib/glute-coach.js';

export interface CoachedSession {
  page: Page;
  /** The detail of every `rep` event. */
  reps: Record<string, unknown>[];
  /** Everything the coach said, in order (kept instead of spoken). */
  spoken: string[];
  /** The sessions in the coach's IndexedDB store after it stopped. */
  stored: SessionRecord[];
}

/** Starts the coach with `attributes` (voice on, no framing check), stops it after `minReps` reps and reads what it left. */
export async function coachUntilReps(rig: FakeCameraRig, attributes: Record<string, string>, minReps: number): Promise<CoachedSession> {
  const page = await rig.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { model: 'full', voice: '', 'skip-setup': '', 'target-reps': '30', sets: '1', ...attributes });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  const repCount = async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').length;
  await expect.poll(repCount, { timeout: 90_000 }).toBeGreaterThanOrEqual(minReps);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);
  const reps = (await readCoachLog(page)).filter((e) => e.type === 'rep').map((e) => e.detail);
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  const stored = await page.evaluate(async (lib) => {
    const { openSessionStore } = (await import(lib)) as typeof import('../../../src/lib/glute-coach');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, LIB);
  return { page, reps, spoken, stored };
}
