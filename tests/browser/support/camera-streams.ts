/**
 * Keeps every camera stream a page opens (getUserMedia wrapped by an init script), so a test can check that the
 * camera light is off: no track still live after the coach stopped, failed or was overtaken.
 */
import type { BrowserContext, Page } from '@playwright/test';

type CameraWindow = Window & { cameraStreams: MediaStream[] };

/** Before the page loads (an init script on the page or on every page of the context). */
export async function keepCameraStreams(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    const streams: MediaStream[] = [];
    Object.assign(window, { cameraStreams: streams });
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** Camera tracks still live: the camera light still on. */
export function liveCameraTracks(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as CameraWindow).cameraStreams.flatMap((stream) => stream.getTracks()).filter((track) => track.readyState === 'live').length);
}
