/** The app asks the red-flag questions before the first session only, and a quick pain rating before training. */
import { expect, test } from '@playwright/test';

test('the safety screen comes first on first use, not again once answered, and stays reachable', async ({ page }) => {
  await page.goto('/');
  const screen = page.locator('gc-app gc-safety-screen');
  await expect(screen).toBeVisible();
  await expect(page.locator('gc-app glute-coach')).toHaveCount(0);

  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('gc-app glute-coach')).toBeVisible();

  await page.reload();
  await expect(page.locator('gc-app glute-coach')).toBeVisible();
  await expect(page.locator('gc-app gc-safety-screen')).toHaveCount(0);

  await page.locator('gc-app nav').getByRole('link', { name: 'Safety check' }).click();
  await expect(page.locator('gc-app gc-safety-screen')).toBeVisible();
});

test('a ticked red flag is said plainly and needs acknowledging before the coach is offered', async ({ page }) => {
  await page.goto('/');
  const screen = page.locator('gc-app gc-safety-screen');
  await screen.locator('input[type="checkbox"]').first().check();
  await expect(screen.getByRole('status')).toContainText('professional');
  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('gc-app glute-coach')).toHaveCount(0);
  await screen.locator('#acknowledge').check();
  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('gc-app glute-coach')).toBeVisible();
});

test('the pain rating before training is one tap and then gets out of the way', async ({ page }) => {
  await page.goto('/');
  await page.locator('gc-app gc-safety-screen').getByRole('button', { name: 'Continue' }).click();
  const rating = page.locator('gc-app gc-pain-rating[moment="before"]');
  await expect(rating).toBeVisible();
  await rating.getByRole('button', { name: '3 out of 10' }).click();
  await expect(page.locator('gc-app gc-pain-rating')).toHaveCount(0);
  await expect(page.locator('gc-app glute-coach')).toBeVisible();
});
