/**
 * The app runs under its Content-Security-Policy (src/app/content-security-policy.ts): the dev server these
 * tests use sends it on every response, as production must. A live session, a clip analysis and the history
 * charts must not trip a single violation, in the page or in the pose worker.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/app/content-security-policy';
import { waitForCoachEvent, useFakeCameraBrowser } from './support/coach-support';
import { clipExcerpt, devOrigin, openTrainingView, recordCspViolations, startAppCoach } from './support/app-rig';

let origin: string;
test.beforeAll(() => {
  origin = devOrigin();
});
const camera = useFakeCameraBrowser('bridge-side-studio.mp4');

async function watchedContext(): Promise<{ context: BrowserContext; violations: string[] }> {
  const context = await camera.browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, violations: await recordCspViolations(context) };
}

test('the page, its scripts and the pose worker are served with the policy, and index.html carries it too', async ({ request }) => {
  const page = await request.get('/');
  expect(page.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(await page.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`);
  // A worker gets its policy from its own response, not from the page that starts it.
  const worker = await request.get('/workers/pose.worker.ts?worker_file&type=module');
  expect(worker.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
});

test('the policy bites, and is heard from the page and from a worker, so a clean run below means something', async () => {
  const { context, violations } = await watchedContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.head.append(script);
    return 'inlineScriptRan' in window;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((text) => text.includes('"effectiveDirective":"script-src-elem"'))).toBe(true);

  // A worker that tries eval when asked, under the app's policy: its violation must reach the test as well.
  await page.route('**/csp-probe.worker.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
      body: `onmessage = () => { try { postMessage(eval('"eval ran"')); } catch (error) { postMessage(error.name); } };`,
    }),
  );
  const started = page.waitForEvent('worker');
  await page.evaluate(() => Object.assign(window, { probe: new Worker('/csp-probe.worker.js') }));
  // Playwright runs a worker's evaluations in order: once this one is back, the watcher's listener is in.
  await (await started).evaluate(() => 0);
  const evaluated = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const probe = (window as unknown as { probe: Worker }).probe;
        probe.onmessage = (event) => resolve(event.data);
        probe.postMessage('try eval');
      }),
  );
  expect(evaluated).toBe('EvalError');
  await expect.poll(() => violations.some((text) => text.includes('"effectiveDirective":"script-src"'))).toBe(true);
  await context.close();
});

test('a live session under the policy: the model loads, reps are counted, no violation', async () => {
  test.setTimeout(150_000);
  const { context, violations } = await watchedContext();
  const page = await context.newPage();
  await openTrainingView(page, origin);
  await startAppCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const first = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(first.type, JSON.stringify(first.detail)).toBe('ready');
  await waitForCoachEvent(page, ['rep'], 60_000);
  expect(violations).toEqual([]);
  await context.close();
});

test('a clip analysis and the history charts under the policy: no violation', async () => {
  test.setTimeout(180_000);
  const { context, violations } = await watchedContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#clip`);
  const analyzer = page.locator('gc-app gc-clip-analyzer');
  await analyzer.locator('#file').setInputFiles(clipExcerpt('bridge-side-studio.mp4', 4));
  await expect(analyzer.getByTestId('reps')).toBeVisible({ timeout: 150_000 });
  // The preview of the analysed video plays from a blob: URL (media-src).
  await expect.poll(() => analyzer.locator('#preview').evaluate((video: HTMLVideoElement) => video.readyState)).toBeGreaterThan(0);
  await analyzer.getByRole('button', { name: 'Save to history' }).click();
  await expect(page.locator('gc-app gc-history-view')).toBeVisible();
  await expect(page.locator('gc-app gc-history-view canvas').first()).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('a clip analysis on the TensorFlow.js fallback engine under the policy: no violation', async () => {
  test.setTimeout(240_000);
  const { context, violations } = await watchedContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#clip`);
  const analyzer = page.locator('gc-app gc-clip-analyzer');
  await analyzer.evaluate((element: HTMLElementTagNameMap['gc-clip-analyzer']) => (element.engine = 'tfjs'));
  await analyzer.locator('#file').setInputFiles(clipExcerpt('bridge-side-studio.mp4', 2));
  await expect(analyzer.getByTestId('reps')).toBeVisible({ timeout: 200_000 });
  await expect(analyzer.getByText(/full model, tfjs on/)).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});
