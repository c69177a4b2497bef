/**
 * `model="auto"`, the default: the coach times the models on its first camera frames in the real worker and
 * runs the most accurate one that gives the analysis its frames. The test checks that the choice is the one
 * the rule gives for the times it reports, that this is full on a 2-core laptop like the test machine, that it
 * is shown, and that it is stored with the session; the rule itself is unit-tested (tests/unit/pose/model-choice.test.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseModel, FRAME_BUDGET_MS, type Medians } from '../../src/pose/model-choice';
import type { SessionRecord } from '../../src/storage';
import type { EngineInfo } from '../../workers/engine';
import { readCoachLog, startCoach, useFakeCameraRig, waitForCoachEvent } from './support/coach-support';

const rig = useFakeCameraRig('bridge-side-studio.mp4');

/** The median a reason quotes: "full took 48 ms" or "full: it took 25 ms". */
function mediansIn(reason: string): Medians {
  const full = /full(?: took|: it took) (\d+) ms/.exec(reason)?.[1];
  return full === undefined ? {} : { full: Number(full) };
}

/** The text of the element's part `name`, or null when it is not shown. */
function shownPart(page: Page, name: string): Promise<string | null> {
  return page.evaluate((part) => document.querySelector('glute-coach')!.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent ?? null, name);
}

test('auto times full on camera frames, runs the model the rule picks, shows it and stores it with the session', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().startsWith('Glute Coach') && warnings.push(message.text()));
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { 'skip-setup': '', 'target-reps': '30', sets: '1' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  const { model, modelReason } = ready.detail as { model: EngineInfo; modelReason: string };
  console.log(`auto chose ${model.variant} on ${model.engine}/${model.delegate}: ${modelReason}`);

  // Timing one variant and then loading another must not knock MediaPipe over onto the fallback engine.
  expect(warnings).toEqual([]);
  expect(model.engine).toBe('mediapipe');
  const medians = mediansIn(modelReason);
  expect(medians.full, 'full is always timed').toBeGreaterThan(0);
  expect(model.variant).toBe(chooseModel(medians).variant);
  expect(modelReason.startsWith(`${model.variant}:`)).toBe(true);
  // Which model that is depends on the machine, and a test must not fail on a slow one: a 2-core laptop CPU runs
  // full in 45-55 ms, within the 67 ms budget (the counting's 10 frames a second with a margin), and auto keeps
  // full there (the largest-that-keeps-up rule of before picked lite); a CPU 2.8x slower took 116 ms and got
  // lite. Where full fits, it must be full: the most accurate model that sustains the rate.
  if (medians.full! <= FRAME_BUDGET_MS) expect(model.variant, `full fits the budget: ${modelReason}`).toBe('full');

  const shown = (await shownPart(page, 'model-info')) ?? '';
  expect(shown).toContain(`Pose model: ${model.variant}, chosen for this device`);
  expect(shown).toContain(modelReason);
  if (model.variant === 'full') expect(await shownPart(page, 'model-caveat')).toBeNull();

  await waitForCoachEvent(page, ['rep'], 60_000);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  const saved = (await readCoachLog(page)).find((e) => e.type === 'session-end')?.detail as unknown as SessionRecord;
  expect(saved).toMatchObject({ model: model.variant, engine: model.engine, delegate: model.delegate, modelReason });
  await page.close();
});

test('a model named in the attribute is loaded as it is, with no timing and no reason', async () => {
  test.setTimeout(120_000);
  const page = await rig.browser.newPage();
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { 'skip-setup': '', model: 'lite' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready).toMatchObject({ type: 'ready', detail: { model: { variant: 'lite' }, modelReason: null } });
  const shown = (await shownPart(page, 'model-info')) ?? '';
  expect(shown).toMatch(/^Pose model: lite · MediaPipe on the (CPU|GPU)$/);
  // The form checks are set on full: on lite the person is told how much less sure they are.
  expect(await shownPart(page, 'model-caveat')).toContain('less sure with the lite model');
  await page.close();
});

test('in view, the element loads its model before Start, without the camera, and Start takes that worker over', async () => {
  test.setTimeout(120_000);
  const page = await rig.browser.newPage();
  const fullRequests: string[] = [];
  page.on('request', (request) => request.url().endsWith('/pose_landmarker_full.task') && fullRequests.push(request.url()));
  let workers = 0;
  page.on('worker', () => workers++);
  await page.addInitScript(() => {
    const calls = { camera: 0 };
    (window as unknown as { cameraCalls: typeof calls }).cameraCalls = calls;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) => (calls.camera++, open(constraints));
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  // `auto` times full first, so full is what loads ahead.
  await expect.poll(() => fullRequests.length, { timeout: 30_000 }).toBe(1);
  await page.waitForTimeout(3000);
  expect(await page.evaluate(() => (window as unknown as { cameraCalls: { camera: number } }).cameraCalls.camera), 'the camera waits for Start').toBe(0);

  const pressed = Date.now();
  await startCoach(page, { 'skip-setup': '' });
  const ready = await waitForCoachEvent(page, ['ready', 'error'], 90_000);
  expect(ready.type, JSON.stringify(ready.detail)).toBe('ready');
  console.log(`preloaded: Start to ready in ${Date.now() - pressed} ms`);
  expect(fullRequests, 'full was not downloaded again').toHaveLength(1);
  // Full was timed in the worker that loaded ahead; where auto then moves to lite (a slow machine), lite gets a
  // worker of its own, and that is the only other one.
  const chosen = (ready.detail as { model: EngineInfo }).model.variant;
  expect(workers, `the start used the worker that loaded ahead (${chosen} chosen)`).toBe(chosen === 'full' ? 1 : 2);
  await page.close();
});
