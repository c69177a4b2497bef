/** The in-app clip analyser, used as a person would: pick a file, watch progress, read the result. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('says plainly when the file is not a video', async ({ page }) => {
  const notVideo = join(mkdtempSync(join(tmpdir(), 'glute-')), 'holiday.mp4');
  writeFileSync(notVideo, 'not a video at all\n');
  await page.goto('/tests/browser/harness/clip.html');
  const analyzer = page.locator('gc-clip-analyzer');
  await analyzer.locator('#file').setInputFiles(notVideo);
  await expect(analyzer.getByRole('alert')).toContainText('not a video');
});
