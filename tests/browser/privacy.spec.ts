/**
 * Nothing leaves the device: every request the app makes (the page, the pose worker, a service worker) goes to
 * the app's own origin, and once the coach is ready no request is made at all while training, stopping and
 * saving, nor while a recorded clip is analysed. The fake camera plays a shared clip; the dev server sends the
 * app's Content-Security-Policy, which would refuse another origin anyway: these tests check the app never
 * asks. (The production build and its service worker are checked the same way in offline.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { readCoachLog, waitForCoachEvent, useFakeCameraBrowser } from './support/coach-support';
import { clipExcerpt, devOrigin, foreignRequests, openTrainingView, recordRequests, startAppCoach, type RecordedRequest } from './support/app-rig';

let origin: string;
test.beforeAll(() => {
  origin = devOrigin();
});
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

/** The page's clock as Date.now() time: coach events carry performance.now(). */
const pageTimeOrigin = (page: Page) => page.evaluate(() => performance.timeOrigin);

const urls = (requests: RecordedRequest[]) => requests.map((request) => request.url);

test('a live session: every request stays on the app origin, and none is made from ready to the saved session', async () => {
  test.setTimeout(150_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = recordRequests(context);
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  const readyAt = (await pageTimeOrigin(page)) + ready.at;

  await page.waitForFunction(() => (window as unknown as { coachLog: { type: string }[] }).coachLog.filter((e) => e.type === 'rep').length >= 3, null, {
    timeout: 60_000,
  });
  await page.locator('gc-app glute-coach [part="stop"]').click();
  // The app's training view asks before leaving (training-view.spec.ts).
  await page.locator('gc-app glute-coach gc-confirm-dialog').getByRole('button', { name: 'Leave' }).click();
  await waitForCoachEvent(page, ['session-end']);
  const saved = (await readCoachLog(page)).find((event) => event.type === 'session-end');
  expect(saved?.detail).toMatchObject({ source: 'live', reps: expect.any(Number) });

  // The recorder hears the worker too: the model and the wasm runtime were fetched from inside it.
  expect(urls(requests)).toContain(`${origin}/models/pose_landmarker_full.task`);
  expect(urls(requests)).toContain(`${origin}/wasm/vision_wasm_module_internal.wasm`);
  expect(foreignRequests(requests, origin)).toEqual([]);
  expect(urls(requests.filter((request) => request.at > readyAt))).toEqual([]);
  await context.close();
});

test('a clip analysis: every request stays on the app origin, and none is made once frames are analysed', async () => {
  test.setTimeout(180_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto(`${origin}/#clip`);
  const analyzer = page.locator('gc-app gc-clip-analyzer');
  await analyzer.locator('#file').setInputFiles(clipExcerpt('bridge-side-studio.mp4', 4));
  // The model is loaded once the first frame has been through it.
  await expect(analyzer.getByText(/Analysing frame [1-9]/)).toBeVisible({ timeout: 120_000 });
  const analysingSince = Date.now();
  await expect(analyzer.getByTestId('reps')).toBeVisible({ timeout: 150_000 });

  expect(urls(requests)).toContain(`${origin}/models/pose_landmarker_full.task`);
  expect(foreignRequests(requests, origin)).toEqual([]);
  // The picked file is read from a blob: URL in the browser, never sent anywhere.
  const network = requests.filter((request) => request.at > analysingSince && !request.url.startsWith('blob:'));
  expect(urls(network)).toEqual([]);
  await context.close();
});

test('the camera light goes off when a session completes by itself (stop, removal and pagehide: coach-camera.spec.ts)', async () => {
  test.setTimeout(120_000);
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '2', sets: '1' });
  await waitForCoachEvent(page, ['ready']);
  await page.locator('gc-app glute-coach').evaluate((coach: HTMLElementTagNameMap['glute-coach']) => {
    const track = (coach.shadowRoot!.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0]!;
    Object.assign(window, { coachTrack: track });
  });
  const trackState = () => page.evaluate(() => (window as unknown as { coachTrack: MediaStreamTrack }).coachTrack.readyState);
  expect(await trackState()).toBe('live');
  await waitForCoachEvent(page, ['session-end'], 60_000);
  await expect.poll(trackState).toBe('ended');
  await context.close();
});
