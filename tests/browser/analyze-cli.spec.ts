/**
 * The clip analyser command on the real shared clips: the full pipeline (browser video decoding, the real
 * MediaPipe worker, the analysis) must give exactly the labelled counts.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clipPath } from '../support/clips';
import { clipExcerpt } from './support/app-rig';

const run = promisify(execFile);

interface Report {
  exercise: string;
  side: string | null;
  reps: number;
  /** Where the legs alternate (glute march). */
  repsByLeg?: { left: number; right: number };
  repDetails: { rep: number; faults: string[]; peakExtensionDeg: number | null; leg?: string }[];
  faults: { type: string; rep: number }[];
  frames: number;
  framesWithPose: number;
  framesInPosition: number;
  framesByStatus: Record<string, number>;
  /** --exercise detect: how sure the detected exercise is. */
  detection?: { inPositionShare: number; runnerUp: { exercise: string; side: string | null; inPositionShare: number; reps: number } | null };
  people: number;
  msPerFrame: { median: number; p95: number };
}

async function analyze(...args: string[]): Promise<Report> {
  const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyze.ts', ...args], { maxBuffer: 16 << 20 });
  console.log(stderr.split('\n').filter((line) => line.startsWith('Analysing')).at(-1));
  return JSON.parse(stdout) as Report;
}

async function analyzeFails(...args: string[]): Promise<string> {
  const error = await run('npx', ['tsx', 'scripts/analyze.ts', ...args]).then(
    () => null,
    (e: { code: number; stderr: string; stdout: string }) => e,
  );
  expect(error, 'the command should fail').not.toBeNull();
  expect(error!.code).not.toBe(0);
  expect(error!.stdout).toBe('');
  return error!.stderr.trim().split('\n').at(-1)!;
}

const repsWith = (report: Report, fault: string) => report.repDetails.filter((r) => r.faults.includes(fault)).length;

test.describe.configure({ timeout: 300_000 });

test('glute bridge: 5 clean reps, the same JSON on a second run', async () => {
  const first = await analyze(clipPath('bridge-side-studio.mp4'), '--exercise', 'glute-bridge');
  expect(first.reps).toBe(5);
  expect(first.people).toBe(1); // the first look found nobody else
  expect(repsWith(first, 'lumbar-overarch')).toBe(0);
  expect(first.framesWithPose).toBeGreaterThan(first.frames * 0.9);
  const second = await analyze(clipPath('bridge-side-studio.mp4'), '--exercise', 'glute-bridge');
  // Only the timing may differ between runs.
  expect({ ...second, msPerFrame: null }).toEqual({ ...first, msPerFrame: null });
});

test('hip thrust: 6 reps, lumbar over-arching flagged on at least 5', async () => {
  const report = await analyze(clipPath('hip-thrust-side-box.mp4'), '--exercise', 'hip-thrust');
  expect(report.reps).toBe(6);
  expect(repsWith(report, 'lumbar-overarch')).toBeGreaterThanOrEqual(5);
});

test('clamshell, left side: 8 reps', async () => {
  const report = await analyze(clipPath('clamshell-front-left.mp4'), '--exercise', 'clamshell', '--side', 'left');
  expect(report.reps).toBe(8);
  expect(report.side).toBe('left');
});

for (const exercise of ['glute-bridge', 'hip-thrust', 'clamshell']) {
  test(`push-ups count zero as ${exercise}`, async () => {
    const side = exercise === 'clamshell' ? ['--side', 'left'] : [];
    const report = await analyze(clipPath('pushup-side-studio.mp4'), '--exercise', exercise, ...side);
    expect(report.reps).toBe(0);
    expect(report.faults).toEqual([]);
    // Say why: every frame under one status, and the ones kept out under the reasons that kept them out.
    expect(Object.values(report.framesByStatus).reduce((a, b) => a + b, 0)).toBe(report.frames);
    expect(report.framesByStatus.ok).toBe(report.framesInPosition);
    // The coach should say the person is not in the exercise's position (labels.json).
    expect(report.framesByStatus['not-in-position']).toBeGreaterThan(report.frames / 2);
    expect(Object.keys(report.framesByStatus).sort()).toEqual(['body-not-visible', 'low-confidence', 'not-in-position', 'ok']);
  });
}

test('a bridge on both feet counts zero as a glute march (legs read from the clip) and as a single-leg bridge (--side)', async () => {
  const march = await analyze(clipPath('bridge-side-studio.mp4'), '--exercise', 'glute-march', '--side', 'left');
  expect(march).toMatchObject({ exercise: 'glute-march', side: null, reps: 0, repsByLeg: { left: 0, right: 0 } });
  const singleLeg = await analyze(clipPath('bridge-side-studio.mp4'), '--exercise', 'single-leg-bridge', '--side', 'left');
  expect(singleLeg).toMatchObject({ exercise: 'single-leg-bridge', side: 'left', reps: 0 });
  expect(singleLeg.framesByStatus['not-in-position']).toBeGreaterThan(singleLeg.frames / 2); // the free foot is down
  expect(await analyzeFails(clipPath('bridge-side-studio.mp4'), '--exercise', 'single-leg-bridge')).toMatch(/needs --side/);
});

test('--exercise detect: a clamshell excerpt is analysed as clamshells on the left leg, with how sure; push-ups are none', async () => {
  const report = await analyze(clipExcerpt('clamshell-front-left.mp4', 3), '--exercise', 'detect', '--model', 'lite');
  expect(report).toMatchObject({ exercise: 'clamshell', side: 'left', detection: { inPositionShare: expect.any(Number) } });
  expect(report.detection!.inPositionShare).toBeGreaterThan(0.5);
  expect(await analyzeFails(clipExcerpt('pushup-side-studio.mp4', 3), '--exercise', 'detect', '--model', 'lite')).toMatch(/No exercise detected/);
});

test('clear one-line errors for bad input', async () => {
  expect(await analyzeFails('/nonexistent/clip.mp4', '--exercise', 'glute-bridge')).toMatch(/no such file/);
  expect(await analyzeFails(clipPath('bridge-side-studio.mp4'), '--exercise', 'burpee')).toMatch(/unknown exercise "burpee"/);
  expect(await analyzeFails(clipPath('clamshell-front-left.mp4'), '--exercise', 'clamshell')).toMatch(/needs --side/);
  const notVideo = join(mkdtempSync(join(tmpdir(), 'glute-')), 'notes.mp4');
  writeFileSync(notVideo, 'this is text, not a video\n');
  expect(await analyzeFails(notVideo, '--exercise', 'glute-bridge')).toMatch(/not a video/);
});
