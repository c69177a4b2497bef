/**
 * The single-leg bridge through <glute-coach>. No real single-leg bridge clip exists, so its camera is the real
 * bridge recording done on the left leg, the right leg held up and the pelvis dropping 15 degrees on that free side
 * as the hips rise (tests/support/one-leg-bridges.ts), fed in place of the pose model's answers
 * (harness/landmark-camera.page.ts); everything after the pose model is the real element.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { singleLegSequence } from '../support/one-leg-bridges';
import { loadFixture } from '../unit/analysis/real-fixtures';
import { devOrigin } from './support/app-rig';
import { readCoachLog, startCoach, useFakeCameraBrowser } from './support/coach-support';
import { openStore } from './support/storage-support';

// The pose model never sees this camera's pictures; the coach still needs a camera to open.
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

test('a synthetic single-leg bridge: reps on the working leg, the dropping free side cued, the session kept', async () => {
  test.setTimeout(120_000);
  const bridge = loadFixture('bridge-side-studio').frames;
  const oneLeg = singleLegSequence(bridge, 'left', { freeLeg: 'right', liftDeg: 60, dropDeg: 15 });
  const page = await camera.browser.newPage();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push(utterance.text);
  });
  await page.goto(`${devOrigin()}/tests/browser/harness/landmark-camera.html`);
  const frames = oneLeg.map(({ t, image, world }) => ({ t, image: image && [...image], world: world && [...world] }));
  await page.evaluate((sequence) => (window as unknown as { playLandmarks(s: unknown): void }).playLandmarks(sequence), {
    width: bridge[0]!.width,
    height: bridge[0]!.height,
    frames,
  });
  await startCoach(page, { exercise: 'single-leg-bridge', side: 'left', model: 'full', voice: '', 'skip-setup': '', 'target-reps': '3', sets: '1' });
  // Polled by reading the log (as the march's spec does: waitForFunction stalls on this page).
  const eventTypes = async () => (await readCoachLog(page)).map((event) => event.type);
  await expect.poll(eventTypes, { timeout: 60_000 }).toContain('session-end');
  const log = await readCoachLog(page);
  const reps = log.filter((e) => e.type === 'rep').map((e) => e.detail);
  expect(reps).toHaveLength(3);
  for (const rep of reps) expect(rep).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', set: 1, faults: [{ type: 'pelvic-drop' }] });

  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toContain("Keep your hips level: don't let the free side drop");

  const id = (log.find((event) => event.type === 'session-end')!.detail as unknown as SessionRecord).id;
  await openStore(page, 'glute-coach');
  const stored = await page.evaluate((id) => window.storageHarness.store().get(id), id);
  expect(stored).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', status: 'complete', reps: 3 });
  await page.close();
});
