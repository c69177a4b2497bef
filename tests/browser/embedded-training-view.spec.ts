/**
 * <glute-coach fullscreen> inside a box of an embedding page: from Start the training view fills the box it is
 * given (the page's own style on the element keeps it there) and picks its layout from the box's size, not the
 * viewport's: side by side in a wide box, the picture over the count in a tall one. On a phone, Start takes the
 * whole screen (Fullscreen API) and the session's end gives it back. Chromium's synthetic fake camera is enough:
 * the training view is on from Start, while the model still loads.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import type {} from './harness/embedded-training-view.page';

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
});
test.afterAll(async () => {
  await browser?.close();
});

/** The element's box and the grid areas its training view uses. */
function layout(page: Page) {
  return page.evaluate(() => {
    const coach = document.querySelector('glute-coach')!;
    const { left, top, width, height } = coach.getBoundingClientRect();
    const areas = getComputedStyle(coach.shadowRoot!.querySelector('.coach')!).gridTemplateAreas;
    return { box: { left, top, width, height }, areas, floor: coach.hasAttribute('data-floor') };
  });
}

test('the training view fills the box the page gives it, side by side when wide and stacked when tall', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1280 } });
  await page.goto('/tests/browser/harness/embedded-training-view.html');
  await page.locator('glute-coach [part="start"]').click();
  await expect.poll(() => layout(page)).toMatchObject({ floor: true });
  // The sizes are chosen against the coach's layout outside the training view (side by side from 760 px wide):
  // here the shape of the box decides, not its width.
  await page.evaluate(() => window.resizeBox(700, 400));
  await expect.poll(() => layout(page)).toEqual({ box: { left: 40, top: 30, width: 700, height: 400 }, areas: '"header header" "stage panel"', floor: true });

  await page.evaluate(() => window.resizeBox(900, 1200));
  await expect.poll(() => layout(page)).toEqual({ box: { left: 40, top: 30, width: 900, height: 1200 }, areas: '"header" "stage" "panel"', floor: true });

  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await expect.poll(() => layout(page)).toMatchObject({ floor: false });
  await page.close();
});

test('on a phone (a coarse pointer) Start takes the whole screen, and the end of the session gives it back', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/tests/browser/harness/embedded-training-view.html');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await page.locator('glute-coach [part="start"]').tap();
  const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName.toLowerCase() ?? null);
  await expect.poll(fullscreen).toBe('glute-coach');
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await expect.poll(fullscreen).toBeNull();
  await context.close();
});
