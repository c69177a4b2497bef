/**
 * Headless system Chromium for the benchmark, with the same flags as the tests and tools
 * (tests/support/chromium.ts), optionally a fake camera playing an MJPEG file, and a profile folder so a
 * second visit finds the first one's HTTP cache.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/chromium';
import type { BenchEngine, BenchSessionData } from './pages/bench-probe';

/** ffmpeg filter: at most 640 px a side, as the live path scales camera frames before the worker sees them. */
export const FIT_640 = 'scale=640:640:force_original_aspect_ratio=decrease:force_divisible_by=2';

/**
 * The clip as the fake camera: MJPEG (Chromium plays it at 30 frames a second, whatever the source's rate) at
 * most 640 px a side, a webcam's usual size. Every page then gets the same frames, whatever size it asks for:
 * asked for 640x480, Chromium's fake camera reshapes a 1280x720 file, and the baseline page then found the
 * person in only 16-42% of its frames (a frame without a person is cheap, so its frame rate looked high).
 */
export function fakeCameraFile(clip: string, dir: string): string {
  const file = join(dir, 'camera.mjpeg');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', clip, '-vf', `fps=30,${FIT_640}`, '-q:v', '4', file]);
  return file;
}

export function fakeCameraArgs(mjpeg: string): string[] {
  return ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${mjpeg}`];
}

function logPageErrors(context: BrowserContext): BrowserContext {
  context.on('weberror', (error) => console.error(`[page] ${error.error().message}`));
  return context;
}

/** A browser with one fresh context (no profile on disk). */
export async function launchBrowser(extraArgs: string[] = []): Promise<BrowserContext> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...extraArgs] });
  return logPageErrors(await browser.newContext());
}

/** A browser on the profile in `profileDir`, whose HTTP cache outlives the browser. */
export async function launchProfile(profileDir: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return logPageErrors(await chromium.launchPersistentContext(profileDir, { executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...extraArgs] }));
}

/** Closes the context and, for one from launchBrowser, its browser. */
export async function closeBrowser(context: BrowserContext): Promise<void> {
  const browser = context.browser();
  await context.close();
  await browser?.close();
}

type BenchWindow = Window & { bench: NonNullable<Window['bench']> };

/** Opens a benchmark page (scripts/bench/pages/bench-probe.ts) and waits until it runs on camera frames. */
export async function openBenchPage(context: BrowserContext, url: string): Promise<{ page: Page; engine: BenchEngine }> {
  const page = await context.newPage();
  await page.goto(url);
  try {
    const engine = await page.evaluate(() => (window as BenchWindow).bench.ready);
    return { page, engine };
  } catch (error) {
    await page.close();
    throw error;
  }
}

export const startRecording = (page: Page) => page.evaluate(() => (window as BenchWindow).bench.startRecording());
export const stopRecording = (page: Page): Promise<BenchSessionData> => page.evaluate(() => (window as BenchWindow).bench.stopRecording());

/** Time the page's main thread spent running tasks so far, ms (Chromium's own counter, all tasks long or short). */
export async function mainThreadTaskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
  if (seconds === undefined) throw new Error('Chromium reported no TaskDuration metric');
  return seconds * 1000;
}

/**
 * CPU time Chromium's GPU process has used so far, seconds (all its threads). On a software renderer it is where the
 * compositor draws every frame of the page (Viz), work that competes with the pose worker for the CPU but shows in
 * no main-thread metric. Needs a launched browser (launchBrowser), not a persistent profile.
 */
export async function gpuProcessCpuSeconds(page: Page): Promise<number | null> {
  const browser = page.context().browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
    return processInfo.filter((process) => process.type === 'GPU').reduce((total, process) => total + process.cpuTime, 0);
  } finally {
    await cdp.detach();
  }
}

export async function performanceCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}
