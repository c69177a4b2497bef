/**
 * docs/SECURITY.md tells sites that embed <glute-coach> what their Content-Security-Policy must allow
 * (embeddingPolicy in src/app/content-security-policy.ts). This runs the element from a stand-in CDN on a page
 * whose policy allows exactly that and nothing else (default-src 'none'), and needs a clean live session.
 */
import { expect, test, type Browser } from '@playwright/test';
import { join } from 'node:path';
import { embeddingPolicy } from '../../src/app/content-security-policy';
import { buildLib, fakeCameraFile, launchWithFakeCamera, LIB_DIR, REPO_ROOT, serveFolder, startCoach, waitForCoachEvent, type StaticServer } from './support/coach-support';
import { recordCspViolations } from './support/app-rig';

let site: StaticServer;
let cdn: StaticServer;
let browser: Browser;

test.beforeAll(async () => {
  buildLib();
  cdn = await serveFolder(LIB_DIR, { cors: true });
  // The page's own inline <style> is its business: the policy adds only that to what the coach needs.
  const policy = `default-src 'none'; style-src 'unsafe-inline'; ${embeddingPolicy(cdn.origin)}`;
  site = await serveFolder(join(REPO_ROOT, 'tests/browser/harness'), {
    rewrite: (html) =>
      html
        .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
        .replace('/dist/lib/glute-coach.js', `${cdn.origin}/glute-coach.js`),
  });
  browser = await launchWithFakeCamera(fakeCameraFile('bridge-side-studio.mp4'));
});

test.afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), cdn?.close()]);
});

test('embedded from another origin under the documented policy: the coach loads its worker, wasm and model, and counts, with no violation', async () => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const violations = await recordCspViolations(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}/coach-screen.html`);
  await page.waitForFunction(() => customElements.get('glute-coach') !== undefined);
  await startCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  await waitForCoachEvent(page, ['rep'], 60_000);
  expect(violations).toEqual([]);
  await context.close();
});
