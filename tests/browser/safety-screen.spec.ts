/** The safety screen on real IndexedDB: asked once, warning plainly on any sign, going on only when acknowledged. */
import { expect, test, type Page } from '@playwright/test';
import type {} from './harness/safety-screen.page';

const SAFETY = '/tests/browser/harness/safety-screen.html';
const DB = 'gc-safety-test';

async function startApp(page: Page): Promise<'screen' | 'coach'> {
  await page.goto(SAFETY);
  await page.waitForFunction(() => 'safetyHarness' in window);
  return page.evaluate((name) => window.safetyHarness.start(name), DB);
}

const storedAnswer = (page: Page) => page.evaluate(() => window.storageHarness.store().safetyAnswer());

test('appears on first use, and not again once answered, even after a reload', async ({ page }) => {
  expect(await startApp(page)).toBe('screen');
  const screen = page.locator('gc-safety-screen');
  await expect(screen.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(screen.getByRole('checkbox')).toHaveCount(7);
  await expect(screen).toContainText('Your answers stay on this device.');
  await expect(screen.locator('.warning')).toHaveCount(0);

  const started = Date.now();
  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#coach')).toBeVisible();
  await expect(screen).toHaveCount(0);
  const [answer] = await page.evaluate(() => window.safetyHarness.answers());
  expect(answer).toEqual({ answeredAt: expect.any(Number), flags: [], acknowledged: false });
  expect(answer!.answeredAt).toBeGreaterThanOrEqual(started);
  expect(await storedAnswer(page)).toEqual(answer);

  expect(await startApp(page)).toBe('coach');
  await expect(page.locator('gc-safety-screen')).toHaveCount(0);
  await expect(page.locator('#coach')).toBeVisible();
});

test('the answer goes with an export into another database, and is asked again once everything is deleted', async ({ page }) => {
  await startApp(page);
  await page.locator('gc-safety-screen').getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#coach')).toBeVisible();
  const answer = await storedAnswer(page);

  const elsewhere = await page.evaluate(async (otherDb) => {
    const exported = await window.storageHarness.store().exportJson();
    await window.storageHarness.open(otherDb);
    await window.storageHarness.store().importJson(exported);
    return window.storageHarness.store().safetyAnswer();
  }, `${DB}-elsewhere`);
  expect(elsewhere).toEqual(answer);

  await page.evaluate((name) => window.storageHarness.open(name).then(() => window.storageHarness.store().clear()), DB);
  expect(await startApp(page)).toBe('screen');
});

test('a ticked sign gets a plain warning, and going on needs an explicit acknowledgement', async ({ page }) => {
  await startApp(page);
  const screen = page.locator('gc-safety-screen');
  const warning = screen.locator('.warning');
  await screen.getByLabel('Pain that shoots down your leg').check();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("These signs need a health professional's check before you train. Glute Coach can't assess them.");
  await expect(warning).not.toContainText('today');

  await screen.getByRole('button', { name: 'Continue' }).click();
  const acknowledgement = screen.getByLabel("I understand that Glute Coach can't check these signs, and I choose to go on.");
  await expect(screen.locator('.hint')).toHaveText('Tick the box above to go on, or stop here and see a professional first.');
  await expect(acknowledgement).toBeFocused();
  await expect(page.locator('#coach')).toHaveCount(0);
  expect(await page.evaluate(() => window.safetyHarness.answers())).toEqual([]);
  expect(await storedAnswer(page)).toBeNull();

  // The sign that cannot wait adds when to get it checked.
  await screen.getByLabel(/New problems peeing or pooing/).check();
  await expect(warning).toContainText('should be checked by a doctor today');

  // By keyboard: Space ticks the focused acknowledgement, then Tab and Enter go on.
  await acknowledgement.focus();
  await page.keyboard.press('Space');
  await expect(screen.locator('.hint')).toHaveCount(0);
  await screen.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#coach')).toBeVisible();
  const expected = { answeredAt: expect.any(Number), flags: ['leg-pain', 'bladder-bowel'], acknowledged: true };
  expect(await page.evaluate(() => window.safetyHarness.answers())).toEqual([expected]);
  expect(await storedAnswer(page)).toEqual(expected);
});

test('unticking every sign takes the warning away; reopened later, the screen shows the answer given', async ({ page }) => {
  await startApp(page);
  const screen = page.locator('gc-safety-screen');
  await screen.getByLabel('A recent fall, accident or injury to your back').check();
  await expect(screen.locator('.warning')).toBeVisible();
  await screen.getByLabel('A recent fall, accident or injury to your back').uncheck();
  await expect(screen.locator('.warning')).toHaveCount(0);
  await screen.getByLabel('Numbness or tingling in your leg or foot').check();
  await screen.getByLabel(/I understand/).check();
  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#coach')).toBeVisible();

  await page.evaluate(() => window.safetyHarness.reopen());
  await expect(screen.getByLabel('Numbness or tingling in your leg or foot')).toBeChecked();
  await expect(screen.getByLabel(/I understand/)).toBeChecked();
  await screen.getByLabel('Numbness or tingling in your leg or foot').uncheck();
  await screen.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#coach')).toBeVisible();
  expect(await storedAnswer(page)).toMatchObject({ flags: [], acknowledged: false });
});
