/**
 * Node-side helpers for the <glute-coach> browser tests: a shared clip as a fake webcam, Chromium started
 * with it, the library build, and small static servers that play two origins (an embedding site and a CDN).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../support/chromium';
import { clipPath } from '../../support/clips';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const LIB_DIR = join(REPO_ROOT, 'dist/lib');

/** Seconds of the clip's last frame appended after it: see fakeCameraFile. */
export const STILL_TAIL_SECONDS = 40;
/**
 * Seconds of the clip's first frame put before it: the person getting into position while the coach opens the
 * camera and loads its model (the camera opens first, and `model="auto"` times models on its first frames:
 * 2-4 s on the 2-core test machine, more under load), so the clip's first rep comes after `ready`.
 */
export const STILL_LEAD_SECONDS = 10;

/**
 * The clip as an MJPEG file Chromium can play as a webcam (at 30 fps, whatever the source rate), in a temp
 * folder, after `STILL_LEAD_SECONDS` of its first frame. Chromium loops the file; holding the last frame for a
 * while after the clip keeps the second pass (and the jump from the last frame back to the first) well away
 * from the first, so a test counts exactly one pass of the clip. The person lies still at the bottom in that
 * frame, so it adds no movement. `stillTailSeconds` 0 leaves the tail out: the clip then plays back to back,
 * as the soak test wants it. `fromSeconds` starts the camera that far into the clip (a short test of a long clip).
 */
export function fakeCameraFile(clip: string, stillTailSeconds = STILL_TAIL_SECONDS, fromSeconds = 0): string {
  const key = `${clip} from ${fromSeconds} s + ${stillTailSeconds} s`;
  const made = cameraFiles.get(key);
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'glute-cam-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, clip.replace(/\.\w+$/, '.mjpeg'));
  const tail = stillTailSeconds > 0 ? `:stop_mode=clone:stop_duration=${stillTailSeconds}` : '';
  const pad = `tpad=start_mode=clone:start_duration=${STILL_LEAD_SECONDS}${tail}`;
  execFileSync('ffmpeg', ['-v', 'error', '-ss', `${fromSeconds}`, '-i', clipPath(clip), '-vf', `fps=30,${pad}`, '-q:v', '4', file]);
  cameraFiles.set(key, file);
  return file;
}

/** One converted file per clip, tail and test process, removed when the process ends. */
const cameraFiles = new Map<string, string>();

export function launchWithFakeCamera(videoFile: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${videoFile}`],
  });
}

/** `npm run build:lib`, once per test process (a second spec file reuses the first one's build). */
let libBuilt = false;
export function buildLib(): void {
  if (libBuilt) return;
  execFileSync('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  libBuilt = true;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files from `root` on 127.0.0.1 at a free port (each port is its own origin). `cors` sends
 * Access-Control-Allow-Origin: * as a CDN does; `rewrite` may change an HTML page on its way out.
 */
export async function serveFolder(root: string, options: { cors?: boolean; rewrite?: (html: string) => string } = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (options.cors) headers['access-control-allow-origin'] = '*';
    if (options.rewrite && extname(file) === '.html') {
      response.writeHead(200, headers).end(options.rewrite(readFileSync(file, 'utf8')));
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

export interface LoggedEvent {
  type: string;
  /** performance.now() in the page when it fired, ms. */
  at: number;
  detail: Record<string, unknown>;
}

type LogWindow = Window & { coachLog: LoggedEvent[] };

/**
 * Keeps every event of the page's <glute-coach> in `window.coachLog`, sets `attributes` on it and starts it.
 * Runs in the page (Playwright serialises the function), so it names the events itself.
 */
export async function startCoach(page: Page, attributes: Record<string, string>): Promise<void> {
  await logCoachEvents(page);
  await page.evaluate((attributes) => {
    const coach = document.querySelector('glute-coach')!;
    for (const [name, value] of Object.entries(attributes)) coach.setAttribute(name, value);
    void coach.start();
  }, attributes);
}

/** Keeps every event of the page's <glute-coach> in `coachLog` (readCoachLog reads it), from now on. */
export async function logCoachEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const coach = document.querySelector('glute-coach')!;
    const log: LoggedEvent[] = [];
    for (const type of ['ready', 'rep', 'hold', 'fault', 'set-complete', 'session-end', 'pain-stop', 'exercise-suggested', 'exercise-switched', 'error']) {
      coach.addEventListener(type, (event) => log.push({ type, at: performance.now(), detail: (event as CustomEvent).detail }));
    }
    (window as unknown as LogWindow).coachLog = log;
  });
}

export function readCoachLog(page: Page): Promise<LoggedEvent[]> {
  return page.evaluate(() => (window as unknown as LogWindow).coachLog);
}

/** Waits for the first event of one of `types` and returns it. */
export async function waitForCoachEvent(page: Page, types: string[], timeout = 60_000): Promise<LoggedEvent> {
  const handle = await page.waitForFunction((types) => (window as unknown as LogWindow).coachLog.find((event) => types.includes(event.type)), types, { timeout });
  return (await handle.jsonValue()) as LoggedEvent;
}

export interface FakeCameraRig {
  server: StaticServer;
  browser: Browser;
}

/**
 * For a spec file: the library build, a static server for the repository and a Chromium whose camera plays
 * `clip` (and its still tail), set up once before its tests and closed after them.
 */
export function useFakeCameraRig(clip: string, stillTailSeconds = STILL_TAIL_SECONDS, fromSeconds = 0): FakeCameraRig {
  const rig = useFakeCameraBrowser(clip, stillTailSeconds, fromSeconds) as FakeCameraRig;
  test.beforeAll(async () => {
    buildLib();
    rig.server = await serveFolder(REPO_ROOT);
  });
  test.afterAll(async () => {
    await rig.server?.close();
  });
  return rig;
}

/**
 * For a spec file: a Chromium whose camera plays `clip` (followed by `stillTailSeconds` of its last frame, see
 * fakeCameraFile), started before its tests and closed after them.
 */
export function useFakeCameraBrowser(clip: string, stillTailSeconds = STILL_TAIL_SECONDS, fromSeconds = 0): { browser: Browser } {
  const camera = {} as { browser: Browser };
  test.beforeAll(async () => {
    camera.browser = await launchWithFakeCamera(fakeCameraFile(clip, stillTailSeconds, fromSeconds));
  });
  test.afterAll(async () => {
    await camera.browser?.close();
  });
  return camera;
}
