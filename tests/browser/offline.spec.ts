/**
 * Offline after the first visit, on the production build (`vite build` + `vite preview`): the service worker
 * (src/sw/service-worker.ts) caches the app shell, the wasm runtime and the default model, so after one visit
 * online the app starts and the coach loads its pose model with the network off and the server gone. Versions
 * change atomically: a new deploy is installed completely (unchanged files copied, not downloaded again) and
 * only serves once no page runs the old one; a half-copied deploy never installs.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { manifestFor } from '../../src/sw/precache-plugin';
import { fakeCameraFile, launchWithFakeCamera, waitForCoachEvent } from './support/coach-support';
import { buildApp, foreignRequests, nextDeploy, openTrainingView, previewApp, recordRequests, startAppCoach, type AppServer } from './support/app-rig';

let browser: Browser;
let outDir: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  outDir = await buildApp();
  browser = await launchWithFakeCamera(fakeCameraFile('bridge-side-studio.mp4'));
});

test.afterAll(async () => {
  await browser?.close();
});

const cacheName = (dir: string) => `glute-coach-${manifestFor(dir).version}`;

/** Waits until the page's service worker is active (installed with everything it precaches). */
function serviceWorkerReady(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).active!.state);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('after one visit online, the app starts and the coach loads its model with the network off', async () => {
  test.setTimeout(240_000);
  const server = await previewApp(outDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = recordRequests(context);
  const page = await context.newPage();
  await openTrainingView(page, server.origin);
  expect(await serviceWorkerReady(page)).toMatch(/activat/);
  expect(await cacheNames(page)).toEqual([cacheName(outDir)]);

  await context.setOffline(true);
  await server.close();
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await openTrainingView(page, server.origin);
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 120_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  const readyAt = (await page.evaluate(() => performance.timeOrigin)) + ready.at;
  await waitForCoachEvent(page, ['rep'], 60_000);

  // The service worker's own downloads are recorded too, and stay on the origin like everything else; once the
  // coach is ready, nothing is asked for, not even from the cache.
  expect(requests.some((request) => request.by === 'service-worker')).toBe(true);
  expect(foreignRequests(requests, server.origin)).toEqual([]);
  expect(requests.filter((request) => request.at > readyAt).map((request) => request.url)).toEqual([]);
  await context.close();
});

/** The marker comment of the deploy the page was served from, if any. */
const servedMarker = (page: Page) => page.evaluate(() => /<!-- (v\d) -->/.exec(document.documentElement.outerHTML)?.[1] ?? 'v1');

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => {});
    // Settled: the new version waits (installed) or was thrown away (redundant).
    const installing = registration.installing;
    if (installing) await new Promise((done) => installing.addEventListener('statechange', () => installing.state !== 'installing' && done(null)));
  });
}

/** Serves `dir` on the origin `server` had: the next deploy going live on the same site. */
async function redeploy(server: AppServer, dir: string): Promise<AppServer> {
  await server.close();
  return previewApp(dir, Number(new URL(server.origin).port));
}

/** A page of the app served through the service worker (a first visit is not: it is reloaded once the worker is in). */
async function openApp(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await serviceWorkerReady(page);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  expect(await controlled()).toBe(true);
  return page;
}

test('a new deploy installs completely beside the old one, takes over only when no page runs the old one, and a half-copied deploy never installs', async () => {
  test.setTimeout(240_000);
  const second = nextDeploy(outDir, 'v2');
  const halfCopied = nextDeploy(second, 'v3', { halfDeployed: true });
  let server = await previewApp(outDir);
  const context = await browser.newContext();
  const requests = recordRequests(context);
  let page = await openApp(context, server.origin);
  expect(await servedMarker(page)).toBe('v1');

  server = await redeploy(server, second);
  const updateFrom = requests.length;
  await checkForUpdate(page);
  // Both versions are cached while the old one still serves; only the changed file was downloaded.
  expect((await cacheNames(page)).sort()).toEqual([cacheName(outDir), cacheName(second)].sort());
  // (sw.js itself is the browser's update check.)
  const downloaded = requests.slice(updateFrom).filter((request) => request.by === 'service-worker' && !request.url.endsWith('/sw.js'));
  expect(downloaded.map((request) => new URL(request.url).pathname)).toEqual(['/index.html']);
  await page.reload();
  expect(await servedMarker(page)).toBe('v1');

  // The last page of the old version closes: the new one takes over and the old cache goes.
  await page.close();
  page = await openApp(context, server.origin);
  await expect.poll(() => cacheNames(page)).toEqual([cacheName(second)]);
  await page.reload();
  expect(await servedMarker(page)).toBe('v2');

  // sw.js of v3 is live but its index.html is still v2's: the install fails and v2 keeps serving.
  server = await redeploy(server, halfCopied);
  const halfFrom = requests.length;
  await checkForUpdate(page);
  // It did try: v3's worker fetched index.html, found v2's file under that name and gave up.
  expect(requests.slice(halfFrom).some((request) => request.by === 'service-worker' && request.url.endsWith('/index.html'))).toBe(true);
  const registration = await page.evaluate(async () => {
    const current = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: current.waiting !== null, active: current.active?.state };
  });
  expect(registration).toEqual({ waiting: false, active: 'activated' });
  await page.close();
  page = await openApp(context, server.origin);
  expect(await servedMarker(page)).toBe('v2');
  await context.close();
  await server.close();
});
