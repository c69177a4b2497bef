/**
 * <glute-coach> as a site owner installs it from npm: the packed tarball (`npm pack`, whose prepack builds the
 * library, its types and custom-elements.json) installed offline into a scratch site, a TypeScript use of the
 * element and its typed events checked with tsc, the site built with Vite, and the built site run in Chromium
 * until the coach is ready: the worker comes from the site's own build, the models and wasm from assets-base.
 */
import { chromium, expect, test, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import { REPO_ROOT, serveFolder, type StaticServer } from './support/coach-support';

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
}

const project = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
const TARBALL = `${project.name}-${project.version}.tgz`;
/** Where the site serves the package's models and wasm (its `assets-base`). */
const ASSETS_BASE = '/glute-coach/';

const SITE_FILES = {
  'index.html': `<!doctype html>
<html lang="en">
  <body>
    <glute-coach assets-base="${ASSETS_BASE}" skip-setup></glute-coach>
    <script type="module" src="/main.ts"></script>
  </body>
</html>
`,
  'main.ts': `import 'glute-coach';
import type { CoachErrorDetail, RepEventDetail } from 'glute-coach';

const coach = document.querySelector('glute-coach')!;
const seen: string[] = [];
coach.addEventListener('ready', (event) => seen.push(\`ready: \${event.detail.model.engine} \${event.detail.model.variant}\`));
coach.addEventListener('rep', (event) => {
  const detail: RepEventDetail = event.detail;
  seen.push(\`rep \${detail.rep}\`);
});
coach.addEventListener('error', (event) => {
  const detail: CoachErrorDetail = event.detail;
  seen.push(\`error: \${detail.code} \${detail.message}\`);
});
// @ts-expect-error a rep's detail has no such field: the events are typed, not any
coach.addEventListener('rep', (event) => event.detail.noSuchField);
coach.targetReps = 10;
Object.assign(window, { seen });
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, types: [], skipLibCheck: false },
    include: ['main.ts'],
  }),
};

/**
 * A lockfile for the site, so `npm ci --offline` installs from the npm cache alone (the cache holds the
 * tarballs the project's own install fetched, not the registry's package lists that resolving versions needs):
 * the tarball, and the project's locked entries for everything the package needs at run time.
 */
function siteLockfile(): object {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && !entry.link);
  const dependencies = { [project.name]: `file:../${TARBALL}` };
  return {
    name: 'site',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'site', dependencies },
      [`node_modules/${project.name}`]: { version: project.version, resolved: `file:../${TARBALL}`, dependencies: project.dependencies },
      ...Object.fromEntries(runtime),
    },
  };
}

interface ListedFile {
  file: string;
  bytes: number;
}

/** Every `{ file, bytes }` entry of models.json, at any depth (MediaPipe bundles, tfjs graphs and weights). */
function listedFiles(node: unknown): ListedFile[] {
  if (typeof node !== 'object' || node === null) return [];
  if ('file' in node && 'bytes' in node) return [node as ListedFile];
  return Object.values(node).flatMap(listedFiles);
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

const tool = (path: string) => join(REPO_ROOT, 'node_modules', path);

let scratch: string;
let site: string;

test.beforeAll(() => {
  test.setTimeout(240_000);
  scratch = mkdtempSync(join(tmpdir(), 'glute-package-'));
  site = join(scratch, 'site');
  run('npm', ['pack', '--pack-destination', scratch, '--loglevel=error'], REPO_ROOT);
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module', dependencies: { [project.name]: `file:../${TARBALL}` } }));
  writeFileSync(join(site, 'package-lock.json'), JSON.stringify(siteLockfile()));
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], site);
  for (const [name, text] of Object.entries(SITE_FILES)) writeFileSync(join(site, name), text);
});

test.afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the installed package names its types and its custom-elements manifest, and holds every file the coach loads', () => {
  const installed = join(site, 'node_modules', project.name);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { types: string; customElements: string };
  expect(existsSync(join(installed, manifest.types))).toBe(true);
  expect(readFileSync(join(installed, manifest.customElements), 'utf8')).toContain('"tagName": "glute-coach"');
  // Every file models.json lists ships, at its size: `model="auto"` may load any variant, on either engine.
  const listed = listedFiles(JSON.parse(readFileSync(join(installed, 'dist/lib/models/models.json'), 'utf8')));
  expect(listed.length).toBeGreaterThan(0);
  for (const { file, bytes } of listed) expect(statSync(join(installed, 'dist/lib/models', file)).size, file).toBe(bytes);
  const resolve = (specifier: string) => execFileSync('node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], { cwd: site, encoding: 'utf8' });
  expect(resolve('glute-coach/assets/wasm/vision_wasm_module_internal.wasm')).toContain('/dist/lib/wasm/vision_wasm_module_internal.wasm');
});

test('a TypeScript use of the element and its typed events compiles, and a wrong detail field does not', () => {
  // main.ts marks its wrong field with @ts-expect-error: were the events untyped, the unused directive would fail tsc.
  run('node', [tool('typescript/bin/tsc'), '-p', 'tsconfig.json'], site);
});

test.describe('the site built with Vite', () => {
  let server: StaticServer;
  let browser: Browser;

  test.beforeAll(async () => {
    mkdirSync(join(site, 'public'));
    symlinkSync(join(site, 'node_modules', project.name, 'dist/lib'), join(site, 'public', ASSETS_BASE.replaceAll('/', '')));
    run('node', [tool('vite/bin/vite.js'), 'build', '--logLevel', 'error'], site);
    server = await serveFolder(join(site, 'dist'));
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
  });

  test.afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('starts the coach: ready, with the worker from the site build and the models and wasm from assets-base', async () => {
    const builtWorkers = readdirSync(join(site, 'dist/assets')).filter((file) => file.startsWith('pose.worker-'));
    expect(builtWorkers).toHaveLength(1);
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => customElements.get('glute-coach') !== undefined);
    await page.evaluate(() => void document.querySelector('glute-coach')!.start());
    const first = await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.find((line) => /^(ready|error)/.test(line)), null, { timeout: 90_000 });
    expect(await first.jsonValue()).toMatch(/^ready: mediapipe (lite|full)$/);
    expect(requested).toContain(`/assets/${builtWorkers[0]}`);
    expect(requested).toContain(`${ASSETS_BASE}models/models.json`);
    expect(requested).toContain(`${ASSETS_BASE}wasm/vision_wasm_module_internal.wasm`);
    await context.close();
  });
});
