/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import type { ModelVariant } from '../../workers/engine';

export interface BenchOptions {
  /** One JSON object on stdout instead of the table (logs go to stderr either way). */
  json: boolean;
  /** Also run the 10-minute heap soak (left out by default: it takes the whole ten minutes). */
  soak: boolean;
  soakMinutes: number;
  models: ModelVariant[];
  /** Length of each live session (ours and the baseline, per model), seconds. */
  liveSeconds: number;
  /** Frames timed per shared clip and model for worker_ms_per_frame (and tfjs_ms_per_frame). */
  framesPerClip: number;
  /** Also time the TensorFlow.js engine in the worker on the same frames (tfjs_ms_per_frame); --no-tfjs leaves it out. */
  tfjs: boolean;
  /** The shared clip the live sessions play through the fake camera. */
  liveClip: string;
  /** Rewrite the results section of docs/benchmarks.md with this run. */
  writeDocs: boolean;
}

const VARIANTS: readonly ModelVariant[] = ['lite', 'full', 'heavy'];

export const USAGE = `npm run bench -- [--json] [--soak] [--soak-minutes 10] [--models lite,full,heavy] [--seconds 30]
                    [--frames 120] [--no-tfjs] [--clip bridge-side-studio.mp4] [--write-docs]`;

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

function variants(text: string): ModelVariant[] {
  const list = text.split(',').map((name) => name.trim());
  const unknown = list.filter((name) => !VARIANTS.includes(name as ModelVariant));
  if (unknown.length > 0 || list.length === 0) throw new Error(`--models takes ${VARIANTS.join(', ')}, not "${text}"`);
  return list as ModelVariant[];
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      json: { type: 'boolean', default: false },
      soak: { type: 'boolean', default: false },
      'soak-minutes': { type: 'string', default: '10' },
      models: { type: 'string', default: VARIANTS.join(',') },
      seconds: { type: 'string', default: '30' },
      frames: { type: 'string', default: '120' },
      tfjs: { type: 'boolean', default: true },
      clip: { type: 'string', default: 'bridge-side-studio.mp4' },
      'write-docs': { type: 'boolean', default: false },
    },
  });
  return {
    json: values.json,
    soak: values.soak,
    soakMinutes: positiveNumber('soak-minutes', values['soak-minutes']),
    models: variants(values.models),
    liveSeconds: positiveNumber('seconds', values.seconds),
    framesPerClip: Math.round(positiveNumber('frames', values.frames)),
    tfjs: values.tfjs,
    liveClip: values.clip,
    writeDocs: values['write-docs'],
  };
}
