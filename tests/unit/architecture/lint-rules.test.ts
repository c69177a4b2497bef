/**
 * The linter refuses what docs/ARCHITECTURE.md forbids: fed a forbidden import or a cycle, `eslint` with the
 * repo's own config reports it. A forbidden import is linted as a file that does not exist at the path it would
 * have (its imports resolve against the real tree); the cycle is two files in fixtures/, which the normal lint
 * run ignores.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './import-graph';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The rule and the import named by each problem the linter finds in `code` placed at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, filePath) });
  return result!.messages.map((message) => `${message.ruleId}: ${/"([^"]+)"/.exec(message.message)?.[1] ?? message.message}`);
}

describe('the import boundaries', () => {
  it('src/analysis imports nothing of storage or the worker', async () => {
    const code = [
      "import type { SessionRecord } from '../storage';",
      "import type { PoseResult } from '../../workers/engine';",
      'export type Seen = [SessionRecord, PoseResult];',
    ].join('\n');
    expect(await problems('src/analysis/lint-fixture.ts', code)).toEqual([
      'import-x/no-restricted-paths: ../storage',
      'import-x/no-restricted-paths: ../../workers/engine',
    ]);
  });

  it('src/live reaches the worker only through src/pose', async () => {
    expect(await problems('src/live/lint-fixture.ts', "export type { EngineInfo } from '../../workers/engine';")).toEqual([
      'import-x/no-restricted-paths: ../../workers/engine',
    ]);
    expect(await problems('src/live/lint-fixture.ts', "export type { EngineInfo } from '../pose';")).toEqual([]);
  });

  it('components never import the worker, storage never components or live', async () => {
    expect(await problems('src/components/lint-fixture.ts', "export { MODEL_VARIANTS } from '../../workers/engine';")).toEqual([
      'import-x/no-restricted-paths: ../../workers/engine',
    ]);
    expect(await problems('src/storage/lint-fixture.ts', "export { CoachError } from '../live/errors';")).toEqual([
      'import-x/no-restricted-paths: ../live/errors',
    ]);
  });
});

describe('import cycles', () => {
  it('two files importing each other are refused, each at its import', async () => {
    const linter = new ESLint({ cwd: REPO_ROOT, ignore: false });
    const results = await linter.lintFiles([join(import.meta.dirname, 'fixtures/value-cycle')]);
    const found = results.map((result) => [result.filePath.replace(`${import.meta.dirname}/`, ''), result.messages.map((m) => m.ruleId)]);
    expect(found.sort()).toEqual([
      ['fixtures/value-cycle/first.ts', ['import-x/no-cycle']],
      ['fixtures/value-cycle/second.ts', ['import-x/no-cycle']],
    ]);
  });
});
