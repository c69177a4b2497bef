/**
 * The clip analyser command on the TensorFlow.js engine: on the real bridge clip it must count what MediaPipe
 * counts (the labelled 5 reps, none over-arched), so the fallback engine coaches like the main one.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ClipAnalysis } from '../../src/clip/analyze-clip';
import { clipPath } from '../support/clips';

const run = promisify(execFile);

test.describe.configure({ timeout: 300_000 });

test('analyze --engine tfjs counts the bridge clip’s 5 clean reps', async () => {
  const args = ['tsx', 'scripts/analyze.ts', clipPath('bridge-side-studio.mp4'), '--exercise', 'glute-bridge', '--engine', 'tfjs'];
  const { stdout } = await run('npx', args, { maxBuffer: 16 << 20 });
  const report = JSON.parse(stdout) as ClipAnalysis;
  expect(report.engine).toBe('tfjs');
  expect(report.reps).toBe(5);
  expect(report.repDetails.filter((rep) => rep.faults.includes('lumbar-overarch'))).toEqual([]);
  expect(report.framesWithPose).toBeGreaterThan(report.frames * 0.9);
  console.log(`tfjs: ${report.reps} reps, ${report.msPerFrame.median} ms/frame median (p95 ${report.msPerFrame.p95})`);
});
