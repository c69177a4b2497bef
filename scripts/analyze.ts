/**
 * npm run analyze -- <video> --exercise <id from the catalogue, or detect> [--side left|right]
 *                    [--model lite|full|heavy] [--engine auto|mediapipe|tfjs] [--people auto|N]
 * Runs the app's own clip analyser (<gc-clip-analyzer>: video frames -> pose worker -> analysis) in headless
 * system Chromium on the dev-served app, and prints exactly one JSON object on stdout. Logs go to stderr.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from './lib/app-browser';
import { commandLine, peopleOption, type CommandLine } from './lib/command-line';
import { DETECT, type ClipAnalysis } from '../src/clip/analyze-clip';
import type { PeopleChoice } from '../src/clip/people-probe';
import { EXERCISES, exerciseById, isExerciseId, takesChosenSide } from '../src/analysis';
import { MODEL_VARIANTS } from '../workers/engine';

const SIDES = ['left', 'right'];
const MODELS = MODEL_VARIANTS;
/** auto: MediaPipe, falling back to TensorFlow.js where MediaPipe cannot run (as in the app). */
const ENGINES = ['auto', 'mediapipe', 'tfjs'];

interface Request {
  file: string;
  exercise: string;
  side: string | null;
  model: string;
  engine: string;
  /** People looked for in each frame: auto (the clip analyser's default) or a number. */
  people: PeopleChoice;
}

const cli: CommandLine = commandLine('analyze');

function parseRequest(argv: string[]): Request {
  const { values, positionals } = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      exercise: { type: 'string' },
      side: { type: 'string' },
      model: { type: 'string', default: 'full' },
      engine: { type: 'string', default: 'auto' },
      people: { type: 'string', default: 'auto' },
    },
  });
  const file = positionals[0];
  if (!file) cli.fail('missing the video file: npm run analyze -- <video> --exercise <id>');
  if (!existsSync(file) || !statSync(file).isFile()) cli.fail(`no such file: ${file}`);
  if (!values.exercise) cli.fail(`missing --exercise (${[...EXERCISES, DETECT].join(', ')})`);
  const exercise = cli.oneOf('exercise', values.exercise, [...EXERCISES, DETECT]);
  if (isExerciseId(exercise) && takesChosenSide(exercise) && !values.side) {
    cli.fail(`${exerciseById(exercise).name.toLowerCase()} needs --side left or --side right (the working leg)`);
  }
  const side = values.side ? cli.oneOf('side', values.side, SIDES) : null;
  const people = peopleOption(cli, values.people);
  return { file: resolve(file), exercise, side, model: cli.oneOf('model', values.model, MODELS), engine: cli.oneOf('engine', values.engine, ENGINES), people };
}

/** The printed JSON, keys in the documented order. */
function report(request: Request, result: ClipAnalysis) {
  return {
    exercise: result.exercise,
    side: result.side,
    reps: result.reps,
    ...(result.repsByLeg ? { repsByLeg: result.repsByLeg } : {}),
    repDetails: result.repDetails,
    faults: result.faults,
    frames: result.frames,
    framesWithPose: result.framesWithPose,
    framesInPosition: result.framesInPosition,
    framesByStatus: result.framesByStatus,
    notJudged: result.notJudged,
    ...(result.detection ? { detection: result.detection } : {}),
    people: result.people,
    model: result.model,
    engine: result.engine,
    delegate: result.delegate,
    msPerFrame: result.msPerFrame,
  };
}

async function main(): Promise<void> {
  const request = parseRequest(process.argv.slice(2));
  const app = await openApp('/');
  try {
    const { page } = app;
    await page.evaluate(async ([exercise, side, model, engine, people]) => {
      await import('/src/components/clip-analyzer/clip-analyzer.ts' as string);
      const analyzer = document.createElement('gc-clip-analyzer');
      Object.assign(analyzer, { exercise, model, engine, people, ...(side ? { side } : {}) });
      document.body.append(analyzer);
      await analyzer.updateComplete;
      const outcome = new Promise((resolve) => {
        analyzer.addEventListener('analysis-complete', (e) => resolve({ ok: true, result: (e as CustomEvent).detail }));
        analyzer.addEventListener('error', (e) => resolve({ ok: false, error: (e as unknown as CustomEvent).detail }));
      });
      Object.assign(window, { analysisOutcome: outcome });
    }, [request.exercise, request.side, request.model, request.engine, request.people] as const);
    let lastLogged = 0;
    page.on('console', (message) => message.type() === 'error' && console.error(`[page] ${message.text()}`));
    const progress = setInterval(async () => {
      const text = await page.locator('gc-clip-analyzer [aria-live]').first().textContent().catch(() => null);
      if (text && Date.now() - lastLogged > 5000) {
        lastLogged = Date.now();
        console.error(text.trim());
      }
    }, 1000);
    await page.locator('gc-clip-analyzer #file').setInputFiles(request.file);
    const outcome = (await page.evaluate(() => (window as unknown as { analysisOutcome: Promise<unknown> }).analysisOutcome)) as
      | { ok: true; result: ClipAnalysis }
      | { ok: false; error: { code: string; message: string } };
    clearInterval(progress);
    if (!outcome.ok) cli.fail(`${request.file}: ${outcome.error.message}`);
    process.stdout.write(JSON.stringify(report(request, outcome.result)) + '\n');
  } finally {
    await app.close();
  }
}

await main();
