/**
 * Node-side helpers for the privacy, CSP, offline and fault tests, which drive the app itself (index.html, as
 * served by the dev server or a production build) with a shared clip as the webcam:
 * - every request a browser context makes (its pages, their workers, its service workers) and every CSP
 *   violation (pages and workers) recorded;
 * - the app's own <glute-coach> started past the safety screen, its events in `window.coachLog` (as
 *   coach-support.ts's startCoach keeps them, so readCoachLog and waitForCoachEvent read them);
 * - a short piece of a clip as a file to analyse, and the production build served by `vite preview`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { clipPath } from '../../support/clips';
import { manifestFor, SERVICE_WORKER_FILE } from '../../../src/sw/precache-plugin';
import { REPO_ROOT, type LoggedEvent } from './coach-support';

/** A new folder under the system temp folder, removed when the test process ends. */
function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface RecordedRequest {
  url: string;
  /** A page's or a dedicated worker's request (the pose worker's model downloads among them), or a service worker's. */
  by: 'page-or-worker' | 'service-worker';
  /** Date.now() when the browser sent it. */
  at: number;
}

/** Every request `context` makes from now on, in the order they are sent. WebSockets are requests too. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  context.on('request', (request) => log.push({ url: request.url(), by: request.serviceWorker() ? 'service-worker' : 'page-or-worker', at: Date.now() }));
  context.on('page', (page) => page.on('websocket', (socket) => log.push({ url: socket.url(), by: 'page-or-worker', at: Date.now() })));
  return log;
}

/** Requests that left the browser for another origin than `origin` (blob: and data: never leave it). */
export function foreignRequests(log: RecordedRequest[], origin: string): RecordedRequest[] {
  const sameHost = new URL(origin).host;
  return log.filter(({ url }) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return false;
    return parsed.host !== sameHost || !['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  });
}

const VIOLATION_PREFIX = 'securitypolicyviolation:';

/**
 * Installed in every page and worker: reports each violation on the console, where the test hears it. Runs in
 * the browser (Playwright serialises it), so it spells out the prefix itself.
 */
function reportViolations(): void {
  const scope: EventTarget = typeof document === 'undefined' ? self : document;
  scope.addEventListener('securitypolicyviolation', (event) => {
    const { effectiveDirective, blockedURI, sourceFile, lineNumber, sample } = event as SecurityPolicyViolationEvent;
    console.error(`securitypolicyviolation: ${JSON.stringify({ effectiveDirective, blockedURI, sourceFile, lineNumber, sample })}`);
  });
}

/**
 * Every Content-Security-Policy violation in `context`'s pages and their workers: the `securitypolicyviolation`
 * events (the listener is added to a worker as soon as Playwright sees it, long before it loads a model) and
 * the browser's own "violates the following Content Security Policy directive" console errors.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  const hear = (message: ConsoleMessage) => {
    const text = message.text();
    if (text.startsWith(VIOLATION_PREFIX) || text.includes('Content Security Policy')) violations.push(text);
  };
  await context.addInitScript(reportViolations);
  context.on('page', (page) => {
    page.on('console', hear);
    page.on('worker', (worker) => {
      worker.on('console', hear);
      worker.evaluate(reportViolations).catch(() => {});
    });
  });
  return violations;
}

type LogWindow = Window & { coachLog: LoggedEvent[] };

/** Opens the app and answers the first-use safety screen (no red flags), as a person does before training. */
export async function openTrainingView(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#train`);
  const safety = page.locator('gc-app gc-safety-screen');
  const coach = page.locator('gc-app glute-coach');
  await expect(safety.or(coach)).toBeVisible({ timeout: 30_000 });
  if (await safety.isVisible()) await safety.getByRole('button', { name: 'Continue' }).click();
  await expect(coach).toBeVisible();
}

/**
 * Keeps every event of the app's <glute-coach> in `window.coachLog`, sets `attributes` on it and presses its
 * Start button. Runs in the page, so it names the events itself.
 */
export async function startAppCoach(page: Page, attributes: Record<string, string>): Promise<void> {
  await page.evaluate((attributes) => {
    const coach = document.querySelector('gc-app')!.shadowRoot!.querySelector('glute-coach')!;
    const log: LoggedEvent[] = [];
    for (const type of ['ready', 'rep', 'fault', 'set-complete', 'session-end', 'error']) {
      coach.addEventListener(type, (event) => log.push({ type, at: performance.now(), detail: (event as CustomEvent).detail }));
    }
    (window as unknown as LogWindow).coachLog = log;
    for (const [name, value] of Object.entries(attributes)) coach.setAttribute(name, value);
  }, attributes);
  await page.locator('gc-app glute-coach [part="start"]').click();
}

/** The first `seconds` of a shared clip as an MP4 in a temp folder: enough to analyse without waiting minutes. */
export function clipExcerpt(clip: string, seconds: number): string {
  const file = join(tempFolder('glute-excerpt-'), clip.replace(/\.\w+$/, `-${seconds}s.mp4`));
  execFileSync('ffmpeg', ['-v', 'error', '-i', clipPath(clip), '-t', String(seconds), '-an', '-c:v', 'libx264', '-preset', 'ultrafast', file]);
  return file;
}

/**
 * Two shared clips side by side in one picture (both scaled to 720 px high, the first `seconds`): two people, as a
 * camera seeing both would film them. Made in a temp folder for the run, never kept.
 */
export function clipsSideBySide(left: string, right: string, seconds: number): string {
  const file = join(tempFolder('glute-side-by-side-'), `${left.replace(/\.\w+$/, '')}+${right.replace(/\.\w+$/, '')}.mp4`);
  const scaled = (input: number, name: string) => `[${input}:v]scale=-2:720,setsar=1,fps=30[${name}]`;
  const filter = `${scaled(0, 'a')};${scaled(1, 'b')};[a][b]hstack=inputs=2`;
  execFileSync('ffmpeg', ['-v', 'error', '-i', clipPath(left), '-i', clipPath(right), '-filter_complex', filter, '-t', String(seconds), '-an', '-c:v', 'libx264', '-preset', 'ultrafast', file]);
  return file;
}

/** The dev server the Playwright config starts (its baseURL): it sends the app's security headers (vite.config.ts). */
export function devOrigin(): string {
  return new URL(test.info().project.use.baseURL!).origin;
}

export interface AppServer {
  origin: string;
  close(): Promise<void>;
}

/** `vite build` of the app into a temp folder, once per test process (several spec files use it). */
let builtApp: string | null = null;
export async function buildApp(): Promise<string> {
  if (builtApp) return builtApp;
  const outDir = tempFolder('glute-app-build-');
  await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  builtApp = outDir;
  return outDir;
}

/**
 * A production build served by `vite preview` (with the app's security headers) on loopback: on a free port, or
 * on `port` to serve another deploy on the same origin.
 */
export async function previewApp(outDir: string, port = 0): Promise<AppServer> {
  const server = await preview({ root: REPO_ROOT, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not bind a port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * The next deploy of the build in `outDir`, in a new folder: index.html gains `<!-- marker -->` and sw.js lists
 * it, so it is a new version whose other files are all unchanged. `halfDeployed` leaves the old index.html in
 * place, as a server caught between copying sw.js and the rest would serve it.
 */
export function nextDeploy(outDir: string, marker: string, options: { halfDeployed?: boolean } = {}): string {
  const next = tempFolder('glute-app-deploy-');
  cpSync(outDir, next, { recursive: true });
  const indexPath = join(next, 'index.html');
  const oldIndex = readFileSync(indexPath, 'utf8');
  writeFileSync(indexPath, oldIndex.replace('</body>', `<!-- ${marker} -->\n  </body>`));
  const workerPath = join(next, SERVICE_WORKER_FILE);
  const worker = readFileSync(workerPath, 'utf8');
  const oldList = JSON.stringify(manifestFor(outDir));
  if (!worker.includes(oldList)) throw new Error(`${SERVICE_WORKER_FILE} does not hold the file list of ${outDir}`);
  writeFileSync(workerPath, worker.replace(oldList, JSON.stringify(manifestFor(next))));
  if (options.halfDeployed) writeFileSync(indexPath, oldIndex);
  return next;
}
