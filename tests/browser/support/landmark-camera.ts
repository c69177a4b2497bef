/**
 * Synthetic sequences through the real <glute-coach>: a page of the landmark-camera harness answers each live frame
 * with the sequence's landmarks at that time (in place of the pose model), speech is kept instead of spoken, and the
 * coach runs until its session ends.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import type { PoseFrame } from '../../../src/analysis';
import { devOrigin } from './app-rig';
import { readCoachLog, startCoach, type LoggedEvent } from './coach-support';

export interface LandmarkCameraSession {
  page: Page;
  log: LoggedEvent[];
  spoken: string[];
}

/** A page of the landmark-camera harness, `frames` its camera, whose speech is kept (`spokenOn`) instead of said. */
export async function openLandmarkCamera(browser: Browser, frames: readonly PoseFrame[]): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${devOrigin()}/tests/browser/harness/landmark-camera.html`);
  await playLandmarks(page, frames);
  return page;
}

/** `frames` as the camera from now on: before a start, or in a session, from its next frame. */
export async function playLandmarks(page: Page, frames: readonly PoseFrame[]): Promise<void> {
  const sequence = {
    width: frames[0]!.width,
    height: frames[0]!.height,
    frames: frames.map(({ t, image, world }) => ({ t, image: image && [...image], world: world && [...world] })),
  };
  await page.evaluate((played) => (window as unknown as { playLandmarks(s: unknown): void }).playLandmarks(played), sequence);
}

/** What the coach on the page has said so far. */
export function spokenOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
}

/** The types of the events the page's coach has fired so far (reading the log: waitForFunction's animation-frame polling stalls on this page). */
export async function coachEventTypes(page: Page): Promise<string[]> {
  return (await readCoachLog(page)).map((event) => event.type);
}

/** Plays `frames` as the camera, coaches with `attributes` (full model, voice, no framing check) until the session ends. */
export async function coachOnLandmarks(browser: Browser, frames: readonly PoseFrame[], attributes: Record<string, string>): Promise<LandmarkCameraSession> {
  const page = await openLandmarkCamera(browser, frames);
  await startCoach(page, { model: 'full', voice: '', 'skip-setup': '', ...attributes });
  await expect.poll(() => coachEventTypes(page), { timeout: 60_000 }).toContain('session-end');
  return { page, log: await readCoachLog(page), spoken: await spokenOn(page) };
}
