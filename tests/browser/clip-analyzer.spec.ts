/** The in-app clip analyser, used as a person would: pick a file, watch progress, read the result. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrackingStatus } from '../../src/analysis';
import { framingMessage } from '../../src/live/coaching-words';
import { clipPath } from '../support/clips';

test('analyses a picked hip-thrust video: progress, reps, faults with cues, and a way to see each fault', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/tests/browser/harness/clip.html');
  const analyzer = page.locator('gc-clip-analyzer');
  await analyzer.locator('#file').setInputFiles(clipPath('hip-thrust-side-box.mp4'));
  await expect(analyzer.locator('progress')).toBeVisible();
  await expect(analyzer.getByTestId('reps')).toHaveText('6', { timeout: 200_000 });
  await expect(analyzer.locator('tbody tr')).toHaveCount(6);

  const faults = analyzer.locator('li.fault', { hasText: 'Ribs down' });
  expect(await faults.count()).toBeGreaterThanOrEqual(3);
  const firstFault = (await faults.first().textContent()) ?? '';
  const seconds = Number(/at ([\d.]+) s/.exec(firstFault)?.[1]);
  await faults.first().getByRole('button', { name: 'Show' }).click();
  const shown = await analyzer.locator('#preview').evaluate((video: HTMLVideoElement) => video.currentTime);
  expect(shown).toBeCloseTo(seconds, 0);
});

test('push-ups as a hip thrust: nothing counted, and the reason that kept the most frames out', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/tests/browser/harness/clip.html');
  const analyzer = page.locator('gc-clip-analyzer');
  const result = analyzer.evaluate(
    (element) => new Promise<{ frames: number; framesByStatus: Record<TrackingStatus, number> }>((resolve) =>
      element.addEventListener('analysis-complete', (event) => resolve((event as CustomEvent).detail), { once: true })),
  );
  await analyzer.locator('#file').setInputFiles(clipPath('pushup-side-studio.mp4'));
  const { frames, framesByStatus } = await result;
  await expect(analyzer.getByTestId('reps')).toHaveText('0');
  const [reason, keptOut] = Object.entries(framesByStatus).filter(([status]) => status !== 'ok').sort((a, b) => b[1] - a[1])[0]!;
  const why = analyzer.getByTestId('why-nothing');
  await expect(why).toHaveAttribute('data-reason', reason);
  await expect(why).toContainText(`In ${keptOut} of ${frames} frames: ${framingMessage(reason as TrackingStatus, 'hip-thrust')}`);
});

test('says plainly when the file is not a video', async ({ page }) => {
  const notVideo = join(mkdtempSync(join(tmpdir(), 'glute-')), 'holiday.mp4');
  writeFileSync(notVideo, 'not a video at all\n');
  await page.goto('/tests/browser/harness/clip.html');
  const analyzer = page.locator('gc-clip-analyzer');
  await analyzer.locator('#file').setInputFiles(notVideo);
  await expect(analyzer.getByRole('alert')).toContainText('not a video');
});
