/**
 * The app's Train view shows this week's training days against the programme's 2-3 (<gc-week-progress>), read
 * from the real IndexedDB store: a routine's blocks on one day make one training day, and a block without a rep
 * (skipped before its first) makes none.
 */
import { expect, test } from '@playwright/test';
import { sampleComplete } from './support/storage-fixtures';
import { openStore } from './support/storage-support';

test("this week's training days in the Train view: one day for a routine's blocks, none for a block without a rep", async ({ page }) => {
  const now = Date.now();
  const today = [
    sampleComplete('hip-thrust', now - 60_000, 12, { source: 'live' }),
    sampleComplete('clamshell', now - 30_000, 15, { source: 'live' }),
    sampleComplete('donkey-kick', now - 10_000, 0, { source: 'live', status: 'skipped', sets: [], faults: [] }),
  ];
  await openStore(page, 'glute-coach');
  await page.evaluate(async (sessions) => {
    for (const session of sessions) await window.storageHarness.store().saveComplete(session);
  }, today);

  await page.goto('/');
  await page.locator('gc-app gc-safety-screen').getByRole('button', { name: 'Continue' }).click();
  const week = page.locator('gc-app gc-week-progress');
  await expect(week.locator('[part="summary"]')).toContainText('This week: 1 of 2-3 training days');
  await expect(week.locator('li.trained')).toHaveCount(1);
  await expect(week.locator('li.today')).toHaveClass(/trained/);
});
