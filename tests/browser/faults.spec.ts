/**
 * What goes wrong around a live session, in the app (dev server, under its CSP) with a bridge clip as the
 * webcam: no camera at all, the camera unplugged mid-set, the tab hidden and shown again, the phone turned, and
 * a browser that refuses IndexedDB. Each time the person is told plainly what happened and what to do, and no
 * rep already counted is lost. (Broken model files: faults-model.spec.ts.)
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, waitForCoachEvent, useFakeCameraBrowser } from './support/coach-support';
import { devOrigin, openTrainingView, startAppCoach } from './support/app-rig';

let origin: string;
test.beforeAll(() => {
  origin = devOrigin();
});
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

const COUNTING = { 'skip-setup': '', 'target-reps': '30', sets: '1' };

type Coach = HTMLElementTagNameMap['glute-coach'];

const coachOf = (page: Page) => page.locator('gc-app glute-coach');
const frameStats = (page: Page) => coachOf(page).evaluate((coach: Coach) => coach.frameStats);
const repsLogged = async (page: Page) => (await readCoachLog(page)).filter((event) => event.type === 'rep').length;

async function startCounting(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, COUNTING);
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  return page;
}

async function waitForReps(page: Page, reps: number): Promise<void> {
  await expect.poll(() => repsLogged(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(reps);
}

/** The history as the app keeps it, read through the app's own storage module (served by the dev server). */
function history(page: Page): Promise<SessionRecord[]> {
  return page.evaluate(async (module) => {
    const { openSessionStore } = (await import(module)) as typeof import('../../src/storage');
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  }, '/src/storage/index.ts');
}

test('no camera: no-camera with what to do, a working Try again once one is plugged in, and the clip analyser offered', async () => {
  test.setTimeout(120_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    Object.assign(window, { cameraPlugged: false });
    devices.getUserMedia = (constraints) =>
      (window as unknown as { cameraPlugged: boolean }).cameraPlugged ? open(constraints) : Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, COUNTING);
  const failure = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(failure).toMatchObject({ type: 'error', detail: { code: 'no-camera', message: expect.stringContaining('Connect a camera, then start again') } });
  await expect(coachOf(page).locator('[part="error"]')).toContainText('No camera could be opened');
  const offer = page.locator('gc-app p[role="status"]', { hasText: 'No camera to use?' });
  await expect(offer).toBeVisible();

  await page.evaluate(() => Object.assign(window, { cameraPlugged: true }));
  await coachOf(page).getByRole('button', { name: 'Try again' }).click();
  await waitForCoachEvent(page, ['ready']);
  await expect(offer).toHaveCount(0);
  await coachOf(page).locator('[part="stop"]').click();
  // In the app's training view, Stop is "Leave" and asks first.
  await coachOf(page).locator('gc-confirm-dialog').getByRole('button', { name: 'Leave' }).click();

  await page.evaluate(() => Object.assign(window, { cameraPlugged: false }));
  await coachOf(page).locator('[part="start"]').click();
  await expect(offer).toBeVisible();
  await offer.getByRole('link', { name: 'analyse the video' }).click();
  await expect(page.locator('gc-app gc-clip-analyzer')).toBeVisible();
  await context.close();
});

test('camera unplugged mid-set: the coach says so, the camera is let go, and the reps so far are in the history', async () => {
  test.setTimeout(150_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await startCounting(context);
  await waitForReps(page, 2);
  // What the browser does when a camera goes away: the track ends on its own (stop() alone fires no `ended`).
  await coachOf(page).evaluate((coach: Coach) => {
    const track = (coach.shadowRoot!.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0]!;
    Object.assign(window, { unpluggedTrack: track });
    track.stop();
    track.dispatchEvent(new Event('ended'));
  });
  const lost = await waitForCoachEvent(page, ['error']);
  expect(lost.detail).toMatchObject({ code: 'no-camera', message: expect.stringContaining('Every rep so far is saved') });
  await expect(coachOf(page).locator('[part="error"]')).toContainText('The camera stopped');
  await expect(coachOf(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(await coachOf(page).evaluate((coach: Coach) => coach.shadowRoot!.querySelector('video')!.srcObject)).toBeNull();

  const counted = await repsLogged(page);
  const [session] = await history(page);
  // In progress, so the history offers to carry on with it.
  expect(session).toMatchObject({ source: 'live', status: 'in-progress', reps: counted });
  await context.close();
});

async function setPageVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('tab hidden, then shown again: frames pause while hidden and resume after, with the reps kept', async () => {
  test.setTimeout(150_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await startCounting(context);
  await waitForReps(page, 1);

  await setPageVisibility(page, 'hidden');
  const repsWhenHidden = await repsLogged(page);
  const seenWhenHidden = (await frameStats(page)).seen;
  await page.waitForTimeout(2_000);
  // One frame may already have been on its way to the model.
  expect((await frameStats(page)).seen - seenWhenHidden).toBeLessThanOrEqual(1);

  await setPageVisibility(page, 'visible');
  await expect.poll(async () => (await frameStats(page)).seen, { timeout: 10_000 }).toBeGreaterThan(seenWhenHidden + 10);
  expect(await coachOf(page).evaluate((coach: Coach) => coach.stage)).toBe('training');
  expect(await repsLogged(page)).toBeGreaterThanOrEqual(repsWhenHidden);
  const shownCount = await coachOf(page).locator('gc-coach-counter').evaluate((counter: HTMLElementTagNameMap['gc-coach-counter']) => counter.count);
  expect(shownCount).toBeGreaterThanOrEqual(repsWhenHidden);
  await context.close();
});

async function boxes(page: Page) {
  const view = await coachOf(page).locator('[part="view"]').boundingBox();
  const panel = await coachOf(page).locator('[part="panel"]').boundingBox();
  return { view: view!, panel: panel! };
}

test('phone turned from landscape to portrait: the view restacks, counting goes on, and the picture keeps its shape', async () => {
  test.setTimeout(150_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await startCounting(context);
  const landscape = await boxes(page);
  expect(landscape.panel.x).toBeGreaterThanOrEqual(landscape.view.x + landscape.view.width - 1);
  await waitForReps(page, 1);

  const repsBefore = await repsLogged(page);
  await page.setViewportSize({ width: 412, height: 915 });
  const portrait = await boxes(page);
  expect(portrait.panel.y).toBeGreaterThanOrEqual(portrait.view.y + portrait.view.height - 1);
  expect(portrait.view.x + portrait.view.width).toBeLessThanOrEqual(412);
  await waitForReps(page, repsBefore + 1);

  // A turned phone's camera delivers portrait frames: the view takes their shape instead of stretching them.
  await coachOf(page).evaluate((coach: Coach) =>
    (coach.shadowRoot!.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0]!.applyConstraints({ width: 360, height: 480 }),
  );
  const aspect = () => coachOf(page).locator('[part="view"]').evaluate((view: HTMLElement) => Number(view.style.getPropertyValue('--aspect')));
  await expect.poll(aspect).toBeCloseTo(360 / 480, 2);
  await context.close();
});

test('IndexedDB refused: the coach still counts, and says plainly that history is not kept', async () => {
  test.setTimeout(150_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // As a browser with site data blocked answers.
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const page = await startCounting(context);
  await expect(coachOf(page).locator('[part="history-off"]')).toHaveText(
    'History will not be kept on this device: the browser does not let this page store data (private browsing, or site data blocked).',
  );
  await waitForReps(page, 2);
  await coachOf(page).locator('[part="stop"]').click();
  await coachOf(page).locator('gc-confirm-dialog').getByRole('button', { name: 'Leave' }).click();
  const saved = await waitForCoachEvent(page, ['session-end']);
  expect(saved.detail).toMatchObject({ source: 'live', reps: await repsLogged(page) });
  await context.close();
});
