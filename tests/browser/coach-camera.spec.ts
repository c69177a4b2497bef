/**
 * The camera light must go off whenever coaching ends (stop(), the element removed, the page hidden for good),
 * and each way starting can fail must reach the page as an `error` event with its code, never as a crash.
 */
import { expect, test, type Page } from '@playwright/test';
import { keepCameraStreams, liveCameraTracks } from './support/camera-streams';
import { readCoachLog, startCoach, waitForCoachEvent, useFakeCameraRig } from './support/coach-support';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';

const rig = useFakeCameraRig('bridge-side-studio.mp4');

const PAGE = '/tests/browser/harness/coach-screen.html';

/** Starts the coach and keeps its camera track in `window.coachTrack`, to check on it after the coach lets go. */
async function startAndHoldTrack(page: Page): Promise<void> {
  await page.goto(`${rig.server.origin}${PAGE}`);
  await startCoach(page, { 'skip-setup': '' });
  const first = await waitForCoachEvent(page, ['ready', 'error']);
  expect(first.type, JSON.stringify(first.detail)).toBe('ready');
  await page.evaluate(() => {
    const video = document.querySelector('glute-coach')!.shadowRoot!.querySelector('video')!;
    Object.assign(window, { coachTrack: (video.srcObject as MediaStream).getVideoTracks()[0] });
  });
}

const trackState = (page: Page) => page.evaluate(() => (window as unknown as { coachTrack: MediaStreamTrack }).coachTrack.readyState);

const ENDINGS: [string, (page: Page) => Promise<void>][] = [
  ['stop()', (page) => page.evaluate(() => document.querySelector('glute-coach')!.stop())],
  ['removing the element', (page) => page.evaluate(() => document.querySelector('glute-coach')!.remove())],
  ['pagehide', (page) => page.evaluate(() => void window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })))],
];

for (const [ending, end] of ENDINGS) {
  test(`the camera track is stopped by ${ending}`, async () => {
    test.setTimeout(90_000);
    const page = await rig.browser.newPage();
    await startAndHoldTrack(page);
    expect(await trackState(page)).toBe('live');
    await end(page);
    await expect.poll(() => trackState(page)).toBe('ended');
    await page.close();
  });
}

test('stopped and started again while still starting (as resume() does): one camera on, owned by the new start, and counting', async () => {
  test.setTimeout(90_000);
  const page = await rig.browser.newPage();
  await keepCameraStreams(page);
  await page.goto(`${rig.server.origin}${PAGE}`);
  const processed = () => page.evaluate(() => document.querySelector('glute-coach')!.frameStats.processed);
  await startCoach(page, { 'skip-setup': '' });
  await page.evaluate(() => {
    const coach = document.querySelector('glute-coach')!;
    void coach.stop().then(() => coach.start());
  });
  const ready = await waitForCoachEvent(page, ['ready', 'error']);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  // The first start finishes (or fails) after the second took over: it must not close the second one's camera.
  await page.waitForTimeout(3000);
  expect(await liveCameraTracks(page)).toBe(1);
  const before = await processed();
  await expect.poll(processed, { timeout: 10_000 }).toBeGreaterThan(before + 10);
  await page.close();
});

test('model files that are not there: error model-load-failed, a message in the element, and a way to try again', async () => {
  const page = await rig.browser.newPage();
  await page.goto(`${rig.server.origin}${PAGE}`);
  await startCoach(page, { 'assets-base': '/no-such-folder/' });
  const error = await waitForCoachEvent(page, ['ready', 'error']);
  expect(error).toMatchObject({ type: 'error', detail: { code: 'model-load-failed' } });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('glute-coach')!.shadowRoot!;
    return { message: root.querySelector('[part="error"]')?.textContent, retry: root.querySelector('[part="start"]')?.textContent?.trim() };
  });
  expect(shown.message).toContain('models/models.json');
  expect(shown.retry).toBe('Try again');
  await page.close();
});

test('camera permission refused: error camera-denied', async () => {
  // Without the fake-UI flag, headless Chromium refuses the camera prompt, as a person pressing "Block" would.
  const refusing = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream'] });
  try {
    const page = await refusing.newPage();
    await page.goto(`${rig.server.origin}${PAGE}`);
    await startCoach(page, {});
    const error = await waitForCoachEvent(page, ['ready', 'error']);
    expect(error).toMatchObject({ type: 'error', detail: { code: 'camera-denied' } });
    expect((await readCoachLog(page)).filter((e) => e.type === 'error')).toHaveLength(1);
  } finally {
    await refusing.close();
  }
});
