/**
 * The clip analyser command on the TensorFlow.js engine: on the real bridge and hip-thrust clips it must count
 * and flag what MediaPipe does (the labelled reps; no over-arching on the clean bridge, over-arching on the
 * thrust), so the fallback engine coaches like the main one.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ClipAnalysis } from '../../src/clip/analyze-clip';
import { clipPath } from '../support/clips';

const run = promisify(execFile);

test.describe.configure({ timeout: 300_000 });

async function analyseOnTfjs(clip: string, exercise: string): Promise<ClipAnalysis> {
  const args = ['tsx', 'scripts/analyze.ts', clipPath(clip), '--exercise', exercise, '--engine', 'tfjs'];
  const { stdout } = await run('npx', args, { maxBuffer: 16 << 20 });
  const report = JSON.parse(stdout) as ClipAnalysis;
  expect(report.engine).toBe('tfjs');
  return report;
}

const overarched = (report: ClipAnalysis) => report.repDetails.filter((rep) => rep.faults.includes('lumbar-overarch')).length;

test('analyze --engine tfjs counts the bridge clip’s 5 clean reps', async () => {
  const report = await analyseOnTfjs('bridge-side-studio.mp4', 'glute-bridge');
  expect(report.reps).toBe(5);
  expect(overarched(report)).toBe(0);
  expect(report.framesWithPose).toBeGreaterThan(report.frames * 0.9);
  console.log(`tfjs: ${report.reps} reps, ${report.msPerFrame.median} ms/frame median (p95 ${report.msPerFrame.p95})`);
});

test('analyze --engine tfjs counts the hip thrust’s 6 reps and flags the over-arching, as MediaPipe does', async () => {
  const report = await analyseOnTfjs('hip-thrust-side-box.mp4', 'hip-thrust');
  expect(report.reps).toBe(6);
  // The label: over-arched on at least 5 of the 6 reps (MediaPipe full flags all 6).
  expect(overarched(report)).toBeGreaterThanOrEqual(5);
  console.log(`tfjs: ${report.reps} reps, ${overarched(report)} over-arched, ${report.msPerFrame.median} ms/frame median`);
});
