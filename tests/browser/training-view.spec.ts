/**
 * The training view of the app (issue 18), with a real bridge clip as the camera: during a set the coach covers
 * the viewport on a phone held upright (390x844), the same phone on its side (844x390) and a laptop (1366x768);
 * the count's box lies wholly inside the viewport with nothing scrolled, at least a quarter of its height, and
 * neither the navigation nor the pain scale is there. One model load: the set runs while the viewport turns.
 * Screenshots go to test-results/screenshots/ (not committed). Light or dark as the system is, high contrast by
 * its toggle. The screen wake lock (the real API) is held and
 * taken again after the page was hidden; Escape asks before leaving, and leaving gives the page back.
 *
 * Headless Chromium grants `navigator.wakeLock.request('screen')` but never hides a page (another tab in front,
 * a minimised window and a frozen lifecycle all leave it `visible`), so the hide is played in the page: the
 * document reads `hidden`, `visibilitychange` fires and the sentinel is released, as the browser does on a real
 * hide; then the page reads `visible` again. The coach's requests are recorded as they go to the real API.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { REPO_ROOT, waitForCoachEvent, useFakeCameraBrowser } from './support/coach-support';
import { devOrigin, openTrainingView, startAppCoach } from './support/app-rig';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

const VIEWPORTS = [
  { name: 'phone-portrait', viewport: { width: 390, height: 844 } },
  { name: 'phone-landscape', viewport: { width: 844, height: 390 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
];

const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

/** Where the count is, how far the page is scrolled, and what covers the viewport's corners and middle. */
function measureTrainingView(page: Page) {
  return page.evaluate(() => {
    const app = document.querySelector('gc-app')!.shadowRoot!;
    const coach = app.querySelector('glute-coach')!;
    const count = coach.shadowRoot!.querySelector('gc-coach-counter')!.shadowRoot!.querySelector('.count')!;
    const box = count.getBoundingClientRect();
    const { innerWidth: width, innerHeight: height } = window;
    const points = [
      [1, 1],
      [width - 2, 1],
      [1, height - 2],
      [width - 2, height - 2],
      [width / 2, height / 2],
    ] as const;
    return {
      count: { top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height },
      viewport: { width, height },
      scrolled: { x: window.scrollX, y: window.scrollY, page: document.scrollingElement!.scrollTop },
      // What a person sees at each point: the element on top, looked up inside the app's shadow root.
      onTop: points.map(([x, y]) => app.elementFromPoint(x, y)?.tagName.toLowerCase() ?? null),
      navigation: app.querySelectorAll('nav').length,
      painScale: app.querySelectorAll('gc-pain-rating').length,
      trainingForm: app.querySelectorAll('form').length,
    };
  });
}

type WakeLockWindow = Window & { wakeLocks: WakeLockSentinel[] };

/** Records every sentinel the page gets from the real Wake Lock API. Runs in the page before its scripts. */
function recordWakeLocks(): void {
  const wakeLock = navigator.wakeLock;
  const request = wakeLock.request.bind(wakeLock);
  const log: WakeLockSentinel[] = [];
  (window as unknown as WakeLockWindow).wakeLocks = log;
  wakeLock.request = async (type) => {
    const sentinel = await request(type);
    log.push(sentinel);
    return sentinel;
  };
}

/** Each sentinel the coach asked for, released or not. */
const wakeLocks = (page: Page) => page.evaluate(() => (window as unknown as WakeLockWindow).wakeLocks.map((sentinel) => sentinel.released));

/** What a hide and a show do to the page: its visibility read and announced, the wake lock let go on the hide. */
function hideAndShowPage(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const hidden = { visibilityState: 'hidden', hidden: true };
    for (const [name, value] of Object.entries(hidden)) Object.defineProperty(document, name, { configurable: true, get: () => value });
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.all((window as unknown as WakeLockWindow).wakeLocks.map((sentinel) => sentinel.release()));
    await new Promise((done) => setTimeout(done, 500));
    for (const name of Object.keys(hidden)) delete (document as unknown as Record<string, unknown>)[name];
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test.describe.serial('the training view, one session through the app', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    context = await camera.browser.newContext({ viewport: VIEWPORTS[0]!.viewport });
    await context.addInitScript(recordWakeLocks);
    page = await context.newPage();
    await openTrainingView(page, devOrigin());
    await expect(page.locator('gc-app nav')).toBeVisible();
    await expect(page.locator('gc-app gc-pain-rating')).toBeVisible();
    await startAppCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '3' });
    const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
    expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
    // A counted rep: the person is on screen with the skeleton over them, the set well under way.
    await waitForCoachEvent(page, ['rep'], 60_000);
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('during a set the count fills a quarter of the screen in portrait, landscape and on a laptop, with nothing of the page around', async () => {
    for (const { name, viewport } of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path: join(SCREENSHOTS, `training-view-${name}.png`) });
      const view = await measureTrainingView(page);
      console.log(`${name}: count box ${view.count.height.toFixed(0)} px of ${viewport.height} (${((100 * view.count.height) / viewport.height).toFixed(1)}%), ${JSON.stringify(view)}`);
      expect(await page.locator('gc-app glute-coach').evaluate((coach: HTMLElementTagNameMap['glute-coach']) => coach.stage)).toBe('training');
      expect(view.scrolled).toEqual({ x: 0, y: 0, page: 0 });
      expect(view.count.top).toBeGreaterThanOrEqual(0);
      expect(view.count.left).toBeGreaterThanOrEqual(0);
      expect(view.count.bottom).toBeLessThanOrEqual(viewport.height);
      expect(view.count.right).toBeLessThanOrEqual(viewport.width);
      expect(view.count.height).toBeGreaterThanOrEqual(viewport.height / 4);
      expect(view.onTop).toEqual(view.onTop.map(() => 'glute-coach'));
      expect(view).toMatchObject({ navigation: 0, painScale: 0, trainingForm: 0 });
    }
  });

  test('the training view follows the light or dark scheme of the system, and its toggle gives a high-contrast theme', async () => {
    const coach = page.locator('gc-app glute-coach');
    const colours = () => coach.evaluate((element) => {
      const count = element.shadowRoot!.querySelector('gc-coach-counter')!.shadowRoot!.querySelector('.count')!;
      return { background: getComputedStyle(element).backgroundColor, count: getComputedStyle(count).color };
    });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toEqual({ background: 'rgb(247, 249, 251)', count: 'rgb(11, 17, 22)' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colours()).toEqual({ background: 'rgb(15, 20, 25)', count: 'rgb(244, 246, 248)' });
    await coach.locator('[part="contrast-toggle"]').click();
    await expect.poll(colours).toEqual({ background: 'rgb(0, 0, 0)', count: 'rgb(255, 255, 255)' });
    await coach.locator('[part="contrast-toggle"]').click();
    await expect.poll(colours).toEqual({ background: 'rgb(15, 20, 25)', count: 'rgb(244, 246, 248)' });
  });

  test('the screen wake lock is held during the session and taken again when the page is shown after a hide', async () => {
    expect(await wakeLocks(page)).toEqual([false]);
    await hideAndShowPage(page);
    await expect.poll(() => wakeLocks(page)).toEqual([true, false]);
    await expect(page.locator('gc-app glute-coach [part="screen-lock"]')).toHaveCount(0);
  });

  test('Escape asks before leaving; leaving ends the session, lets the screen lock, leaves fullscreen and gives the page back', async () => {
    const coach = page.locator('gc-app glute-coach');
    await page.keyboard.press('Escape');
    const dialog = coach.locator('gc-confirm-dialog dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await coach.evaluate((element: HTMLElementTagNameMap['glute-coach']) => element.stage)).toBe('training');
    // The whole screen with the Fullscreen API (its button; a phone takes it at Start), given back with the page.
    const fullscreenElement = () => page.evaluate(() => document.querySelector('gc-app')!.shadowRoot!.fullscreenElement?.tagName.toLowerCase() ?? null);
    await coach.locator('[part="fullscreen-toggle"]').click();
    await expect.poll(fullscreenElement).toBe('glute-coach');
    await coach.locator('[part="stop"]').click();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    const saved = await waitForCoachEvent(page, ['session-end']);
    await expect(page.locator('gc-app nav')).toBeVisible();
    await expect(page.locator('gc-app gc-pain-rating[moment="after"]')).toBeVisible();
    await expect.poll(() => wakeLocks(page)).toEqual([true, true]);
    await expect.poll(fullscreenElement).toBeNull();
    // Stopped early, so not "Session complete"; the last set's report says what was done.
    await expect(coach.locator('[part="summary-title"]')).toHaveText('Stopped during set 1 of 3');
    await expect(coach.locator('gc-set-report [part="title"]')).toHaveText(`Set 1 of 3: ${String(saved.detail.reps)} ${saved.detail.reps === 1 ? 'rep' : 'reps'}`);
    await expect(coach.locator('gc-set-report [part="holds"]')).toContainText('best');
    await page.screenshot({ path: join(SCREENSHOTS, 'training-view-summary.png') });
  });
});
