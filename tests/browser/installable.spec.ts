/**
 * The production build (`vite build` + `vite preview`) is an installable app: Chromium's own installability
 * check (CDP `Page.getInstallabilityErrors`) finds nothing missing, every icon the manifest lists is a PNG of the
 * size it declares, and after one visit the installed app's start URL, manifest and icons load with the network
 * off (the offline service worker caches them with the rest of the build: offline.spec.ts). A browser profile
 * on disk: Chromium never offers to install from an incognito context, which is what Playwright's new contexts are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import { buildApp, previewApp, type AppServer } from './support/app-rig';

let server: AppServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await previewApp(await buildApp());
});

test.afterAll(async () => {
  await server?.close();
});

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('Chromium finds the built app installable; its icons are the sizes listed; it starts offline after one visit', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'glute-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const manifestUrl = `${server.origin}/manifest.webmanifest`;
  const manifest = (await (await context.request.get(manifestUrl)).json()) as { start_url: string; display: string; icons: ManifestIcon[] };
  expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await context.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type'], icon.src).toBe(icon.type);
    expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }

  // From the home screen with no network: the start URL, the manifest and the icons come from the cache.
  await context.setOffline(true);
  await page.goto(new URL(manifest.start_url, manifestUrl).href);
  await expect(page.locator('gc-app nav')).toBeVisible();
  const offline = await page.evaluate(
    (urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)),
    [manifestUrl, ...manifest.icons.map((icon) => new URL(icon.src, manifestUrl).href)],
  );
  expect(offline).toEqual(offline.map(() => 200));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});
