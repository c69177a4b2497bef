/**
 * The evaluation command end to end on one short shared clip: the real clip pipeline records its landmarks into
 * the cache once, and a second run scores the same landmarks from the cache alone.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EvaluationSummary, TrialResult } from '../../scripts/evaluate/score';
import type { ClipReport } from '../../scripts/evaluate/report';
import { EXERCISES, takesChosenSide } from '../../src/analysis';
import { clipLabels, clipsDir } from '../support/clips';

const run = promisify(execFile);
const CLIP = 'frog-pump-two-shots.mp4';

interface Evaluation {
  clips: ClipReport[];
  summary: EvaluationSummary;
}

async function evaluate(...args: string[]): Promise<Evaluation> {
  const { stdout } = await run('npx', ['tsx', 'scripts/evaluate.ts', ...args, '--json'], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as Evaluation;
}

test('one clip: recorded through the pipeline, then scored again from the cache alone', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'glute-evaluate-'));
  const labelsFile = join(dir, 'labels.json');
  writeFileSync(labelsFile, JSON.stringify({ clips: clipLabels().filter((label) => label.file === CLIP) }));
  const args = [labelsFile, '--clips', clipsDir(), '--model', 'lite', '--cache', join(dir, 'cache')];

  const first = await evaluate(...args);
  expect(first.clips).toHaveLength(1);
  const [clip] = first.clips;
  expect(clip).toMatchObject({ file: CLIP, model: 'lite', engine: 'mediapipe', people: 1, cached: false });
  const tried = clip!.trials.map((t: TrialResult) => `${t.role} ${t.exercise}${t.side ? ` ${t.side}` : ''}`);
  // The bridge clip as a bridge, and as every other catalogue exercise (on each leg where the leg is chosen).
  const negatives = EXERCISES.filter((id) => id !== 'glute-bridge').flatMap((id) => (takesChosenSide(id) ? [`negative ${id} left`, `negative ${id} right`] : [`negative ${id}`]));
  expect(tried).toEqual(['positive glute-bridge', ...negatives]);
  for (const trial of clip!.trials) {
    expect(trial.frames).toBe(180); // 6.0 s at the fixed 30 fps
    expect(Object.values(trial.framesByStatus).reduce((a, b) => a + b, 0)).toBe(trial.frames);
    expect(trial.framesByStatus.ok).toBe(trial.framesInPosition);
  }
  expect(clip!.trials[0]).toMatchObject({ expectedReps: 6, repsRange: [0, 7] });
  expect(first.summary).toMatchObject({ positives: 1, negatives: negatives.length });
  // The landmarks, and the first look's choice of how many people to look for (one: nobody else in the picture).
  expect(readdirSync(join(dir, 'cache')).sort()).toEqual([`${CLIP}.lite.mediapipe.json`, `${CLIP}.lite.mediapipe.people.json`]);

  const second = await evaluate(...args);
  expect(second.clips[0]!.cached).toBe(true);
  expect(second.clips[0]!.trials).toEqual(clip!.trials);
  expect(second.summary).toEqual(first.summary);
});

test('bad input: a one-line error and a non-zero exit, no browser started', async () => {
  const error = await run('npx', ['tsx', 'scripts/evaluate.ts', '--model', 'huge']).then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );
  expect(error?.code).toBe(2);
  expect(error?.stderr.trim()).toMatch(/^evaluate: unknown model "huge"/);
});
